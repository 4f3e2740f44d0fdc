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
