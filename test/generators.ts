/** fast-check generators of compose files, shared by the fuzz suite and the fix properties. */
import fc from "fast-check";

// Compose-shaped documents: every ports and volumes syntax, anchors, merge keys, interpolation.
const scalarText = fc.constantFrom("nginx:1.27", "postgres:16", "constructor", "redis", "${SET}", "${UNSET:-0.0.0.0}", "${A:-${B:-x}}", "$$HOME", "${X?required}", "true", "yes", "0", "~", "", "é ☃", "::1");
const port = fc.oneof(
  fc.constantFrom('"80"', '"8080:80"', '"127.0.0.1:8080:80"', '"[::1]:5432:5432"', '"8000-8010:8000-8010/udp"', '"5432:5432/"', '"${PORT:-80}:80"', "80", '"0.0.0.0:2375:2375"', '"53:53/udp/tcp"', '"${UNSET}"'),
  fc.record({ target: fc.integer({ min: 0, max: 70000 }), published: fc.constantFrom("8080", '"${PORT}"', "80-81", '""'), host_ip: fc.constantFrom("0.0.0.0", "127.0.0.1", "::"), protocol: fc.constantFrom("tcp", "udp", "sctp", "bogus") }).map((p) => `{target: ${p.target}, published: ${p.published}, host_ip: "${p.host_ip}", protocol: ${p.protocol}}`),
);
const volume = fc.oneof(
  fc.constantFrom('"/var/run/docker.sock:/var/run/docker.sock"', '"data:/data:ro"', '"./app:/app"', '"${HOME}/.ssh:/root/.ssh"', '"/:/host:rw"', '"/etc:/etc:ro,z"', "/tmp", '":::"'),
  fc.record({ type: fc.constantFrom("bind", "volume", "tmpfs", "npipe", "bogus"), source: fc.constantFrom("/", "/etc", "data", "${SRC:-/}", "./x"), target: fc.constantFrom("/x", "/var/run/docker.sock", "") }).map((v) => `{type: ${v.type}, source: "${v.source}", target: "${v.target}"}`),
);
const serviceName = fc.constantFrom("web", "db", "postgres", "__proto__", "constructor", "toString", "a b", "ws", "x-y");
const service = fc.record({
  name: serviceName,
  image: scalarText,
  ports: fc.array(port, { maxLength: 3 }),
  volumes: fc.array(volume, { maxLength: 3 }),
  environment: fc.array(fc.tuple(fc.constantFrom("DB_PASSWORD", "API_KEY", "MODE", "__proto__"), scalarText), { maxLength: 3 }),
  merge: fc.constantFrom("", "    <<: *base\n", "    <<: [*base, *more]\n", "    <<: *nowhere\n"),
  privileged: fc.constantFrom("", "    privileged: true\n", "    privileged: ${PRIV:-false}\n"),
  listEnv: fc.boolean(),
  repeated: fc.constantFrom("", '    image: "busybox"\n', "    privileged: false\n", "    <<: *more\n"),
});
export const composeDocument = fc
  .record({
    services: fc.array(service, { minLength: 1, maxLength: 4 }),
    noise: fc.array(fc.tuple(fc.nat(), fc.constantFrom("\r", "\u2028", "\u0085", "\t", "\r\n", "---\n", "&a ", "*a", "<<: ", " #", "\uFEFF")), { maxLength: 2 }),
  })
  .map(({ services, noise }) => {
    let text = "x-base: &base\n  restart: always\n  user: root\nx-more: &more {read_only: false, cap_add: [ALL]}\nservices:\n";
    for (const s of services) {
      const env = s.listEnv ? s.environment.map(([k, v]) => `      - "${k}=${v}"\n`).join("") : s.environment.map(([k, v]) => `      ${k}: "${v}"\n`).join("");
      text += `  ${s.name}:\n${s.merge}    image: "${s.image}"\n${s.privileged}${s.repeated}`;
      if (s.ports.length > 0) text += `    ports:\n${s.ports.map((p) => `      - ${p}\n`).join("")}`;
      if (s.volumes.length > 0) text += `    volumes:\n${s.volumes.map((v) => `      - ${v}\n`).join("")}`;
      if (env) text += `    environment:\n${env}`;
    }
    for (const [at, piece] of noise) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

/**
 * YAML's syntax characters and the shapes the readers must give up on, spliced into given texts
 * (real files), one to four at random places.
 */
const syntaxPieces = [" ", "\t", ":", ": ", "- ", "#", " #c", "&a ", "*a", "!reset ", "!!str ", '"', "'", "[", "]", "{", "}", ",", "\n", "\n  ", "|", ">", "? ", "%", "@", "`", "---", "...", "<<: *a", "~", "\r", "\\", "0o17", "0x1F", "1e3", ".inf", "'it''s'", '"a\\tb"', "|-\n  a\n", "[a, b,]", "{a: 1,}", "[a: b]", "{a}", "&", "*", "\u00a0", "\ufeff", "%YAML 1.2\n", "\n# c\n", "\n  # c\n", "\n\n"];
export function spliced(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(texts.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...syntaxPieces), fc.nat(3)), { minLength: 1, maxLength: 4 }))
    .map(([index, edits]) =>
      edits.reduce((text, [at, piece, removed]) => {
        const p = at % (text.length + 1);
        return text.slice(0, p) + piece + text.slice(p + removed);
      }, texts[index]!),
    );
}

// Block YAML of any shape, with blank and comment lines at any indentation between its lines:
// where the parser hangs those lines decides where collections end.
type Shape = { kind: "scalar"; text: string } | { kind: "map"; pairs: [string, Shape][] } | { kind: "seq"; items: Shape[] };
const inlineValue = fc.constantFrom("a", "1", "true", "~", "x y", "-1", "0o17", '"q"', "'s''q'", '""', "[x, 1]", "{k: v, n: [1, 2]}", "[]", "{}", "*anc", "[*anc, b]", "&anc v", "http://h:80/p", "a#b", "é", '"e\\"s\\\\c\\t\\ \\N"', '["\\/x", "\\x41"]');
const mapKey = fc.constantFrom("a", "b", "<<", "'k'", '"k2"', "c d", "80", "x-y");
const { shape } = fc.letrec<{ shape: Shape; map: Shape; seq: Shape }>((tie) => ({
  shape: fc.oneof({ depthSize: "small" }, inlineValue.map((text): Shape => ({ kind: "scalar", text })), tie("map"), tie("seq")),
  map: fc.array(fc.tuple(mapKey, tie("shape")), { minLength: 1, maxLength: 3 }).map((pairs): Shape => ({ kind: "map", pairs })),
  seq: fc.array(tie("shape"), { minLength: 1, maxLength: 3 }).map((items): Shape => ({ kind: "seq", items })),
}));

function renderShape(root: Shape, choices: readonly number[]): string {
  let next = 0;
  const pick = (n: number): number => choices[next++ % choices.length]! % n;
  const lines: string[] = [];
  const trivia = (): void => {
    for (let count = pick(4) === 0 ? pick(3) + 1 : 0; count > 0; count--) {
      const kind = pick(4);
      lines.push(kind === 0 ? "" : kind === 1 ? " ".repeat(pick(4)) : `${" ".repeat(pick(9))}# c`);
    }
  };
  const emit = (line: string): void => {
    lines.push(pick(5) === 0 ? `${line} # t` : line);
    trivia();
  };
  // `lead` is what the first line starts with (a key line's or a dash's prefix), `indent` the column below it.
  const render = (node: Shape, lead: string, indent: number): void => {
    const pad = " ".repeat(indent);
    if (node.kind === "scalar") {
      emit(`${lead}${node.text}`);
      return;
    }
    const step = pick(3) + 1;
    if (node.kind === "map") {
      node.pairs.forEach(([key, value], i) => {
        const prefix = `${i === 0 ? lead : pad}${key}:`;
        if (value.kind === "scalar") emit(`${prefix} ${value.text}`);
        else {
          emit(pick(4) === 0 ? `${prefix} &anc` : prefix);
          const inner = value.kind === "seq" && pick(2) === 0 ? indent : indent + step;
          render(value, " ".repeat(inner), inner);
        }
      });
      return;
    }
    node.items.forEach((item, i) => {
      const dash = `${i === 0 ? lead : pad}-${" ".repeat(step)}`;
      if (item.kind === "map") render(item, dash, indent + 1 + step);
      else if (item.kind === "scalar") emit(`${dash}${item.text}`);
      else {
        emit(`${i === 0 ? lead : pad}-`);
        render(item, " ".repeat(indent + step), indent + step);
      }
    });
  };
  trivia();
  render(root, "", 0);
  return lines.join("\n") + (pick(3) === 0 ? "" : "\n");
}

export const blockYaml = fc.tuple(fc.oneof(shape.filter((s) => s.kind !== "scalar")), fc.array(fc.nat(99), { minLength: 50, maxLength: 50 })).map(([root, choices]) => renderShape(root, choices));
