/**
 * The compose-schema rule: how ajv's errors become one located, readable problem per place.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, isMap, isSeq, parseDocument } from "yaml";
import type { Node as YamlNode } from "yaml";
import { describe, expect, test } from "vitest";
import rule from "../rules/compose-schema.js";
import { lintText } from "../src/lint.js";
import { loadComposeText } from "../src/load/index.js";
import type { SourceFile, Span } from "../src/model/types.js";
import { closest, formatPath, validateComposeSchema } from "../src/schema/validate.js";
import type { SchemaProblem } from "../src/schema/validate.js";

function problems(text: string): SchemaProblem[] {
  const loaded = loadComposeText(text, "compose.yaml", { env: {} });
  // Values of a wrong type are also unreadable to the loader; these tests are about the schema.
  expect(loaded.problems.filter((p) => p.ruleId !== "unreadable-value")).toEqual([]);
  return validateComposeSchema(loaded.file);
}

/** "line:column-endLine:endColumn message", for compact expectations. */
function brief(list: SchemaProblem[]): string[] {
  return list.map((p) => `${p.span.line}:${p.span.column}-${p.span.endLine}:${p.span.endColumn} ${p.message}`);
}

describe("unknown keys", () => {
  test("point at the key and suggest the nearest valid name", () => {
    const text = ["services:", "  web:", "    image: nginx:1.27", "    enviroment:", "      - A=1", ""].join("\n");
    expect(brief(problems(text))).toEqual(["4:5-4:15 unknown key `enviroment` in `services.web`; did you mean `environment`?"]);
  });

  test("at the top level, name the section", () => {
    const text = ["services:", "  web:", "    image: nginx", "volume:", "  data:", ""].join("\n");
    expect(brief(problems(text))).toEqual(["4:1-4:7 unknown top-level key `volume`; did you mean `volumes`?"]);
  });

  test("a key valid one level down says where it belongs", () => {
    const text = ["services:", "  web:", "    image: nginx", "    replicas: 3", ""].join("\n");
    expect(problems(text).map((p) => p.message)).toEqual([
      "unknown key `replicas` in `services.web`; it belongs under `deploy` (`deploy.replicas`).",
    ]);
  });

  test("a key with no near name tells how to add custom data", () => {
    const text = ["services:", "  web:", "    image: nginx", "    owner: platform", ""].join("\n");
    expect(problems(text).map((p) => p.message)).toEqual([
      "unknown key `owner` in `services.web`: Compose rejects keys the specification does not define (custom keys must start with `x-`).",
    ]);
  });

  test("a service at the top level is recognised as the version 1 layout", () => {
    const [problem] = problems(["web:", "  image: nginx", ""].join("\n"));
    expect(problem?.message).toMatch(/^unknown top-level key `web`: it looks like a service/);
  });

  test("inside a long-syntax list item, the path names the index", () => {
    const text = ["services:", "  web:", "    image: nginx", "    ports:", "      - target: 80", "        publised: 8080", ""].join("\n");
    expect(brief(problems(text))).toEqual([
      "6:9-6:17 unknown key `publised` in `services.web.ports[0]`; did you mean `published`?",
    ]);
  });
});

describe("wrong types", () => {
  test("point at the value and say what the key takes", () => {
    const text = ["services:", "  web:", "    image: nginx", '    ports: "8080:80"', ""].join("\n");
    expect(brief(problems(text))).toEqual([
      '4:12-4:21 `services.web.ports` must be a list of ports, not the string "8080:80".',
    ]);
  });

  test("a boolean written as a word other than true/false", () => {
    const text = ["services:", "  web:", "    image: nginx", "    privileged: maybe", ""].join("\n");
    expect(problems(text).map((p) => p.message)).toEqual([
      '`services.web.privileged` must be a boolean (true or false), not the string "maybe".',
    ]);
  });

  test("a number where Compose wants text suggests quotes", () => {
    const text = ["services:", "  web:", "    image: nginx", "    user: 1000", ""].join("\n");
    expect(problems(text).map((p) => p.message)).toEqual([
      '`services.web.user` must be a string, not the number 1000 (write it in quotes: "1000").',
    ]);
  });

  test("keys that are not identifiers are quoted in the path", () => {
    const text = ["services:", "  web:", "    image: nginx", "    labels:", "      traefik.enable: [true]", ""].join("\n");
    expect(problems(text).map((p) => p.message)).toEqual([
      '`services.web.labels["traefik.enable"]` must be a string, number, boolean or null, not a list.',
    ]);
  });
});

describe("one problem per place", () => {
  test("never a wall of oneOf/anyOf errors", () => {
    const text = [
      "services:",
      "  web:",
      "    image: 42",
      "    build: [a]",
      "    ports:",
      "      - {target: x, mode: both}",
      "    volumes:",
      "      - {source: ./a, target: /a, bind: {selinux: q}}",
      "    environment: 5",
      "    healthcheck: curl",
      "    depends_on: {db: {condition: healthy}}",
      "",
    ].join("\n");
    const list = problems(text);
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) expect(p.message).not.toMatch(/oneOf|anyOf|allOf|must match/);
    const places = list.map((p) => `${p.span.line}:${p.span.column}`);
    expect(new Set(places).size).toBe(places.length);
    expect(list.map((p) => p.message)).toContain("`services.web.build` must be a build context path or a build mapping, not a list.");
  });

  test("a required key lists every missing key at once", () => {
    const text = ["services:", "  web:", "    image: nginx", "    develop:", "      watch:", "        - target: /app", ""].join("\n");
    expect(brief(problems(text))).toEqual([
      "6:11-6:23 `services.web.develop.watch[0]` is missing the required keys `path` and `action`.",
    ]);
  });

  test("a mapping missing a required key is reported at its key", () => {
    const text = ["services:", "  web:", "    image: nginx", "    extends:", "      file: base.yaml", ""].join("\n");
    expect(brief(problems(text))).toEqual(["4:5-4:12 `services.web.extends` is missing the required key `service`."]);
  });

  test("a typo in an anchor merged into two services is reported once, in the anchor", () => {
    const text = [
      "x-base: &base",
      "  restrat: always",
      "services:",
      "  a:",
      "    <<: *base",
      "    image: nginx",
      "  b:",
      "    <<: *base",
      "    image: nginx",
      "",
    ].join("\n");
    const list = problems(text);
    expect(list).toHaveLength(1);
    expect(list[0]?.span).toMatchObject({ line: 2, column: 3 });
    expect(list[0]?.message).toContain("did you mean `restart`?");
  });
});

describe("valid files stay silent", () => {
  test("interpolated numbers and booleans", () => {
    const text = [
      "services:",
      "  app:",
      "    image: app:${TAG:-1}",
      "    privileged: ${PRIV}",
      "    read_only: ${RO:-true}",
      "    cpus: ${CPUS:-0.5}",
      "    ports:",
      '      - target: ${TARGET:-80}',
      '        published: "${PORT}"',
      "    deploy:",
      "      replicas: ${REPLICAS:-2}",
      "",
    ].join("\n");
    expect(problems(text)).toEqual([]);
  });

  test("x- extension fields where the specification allows them", () => {
    const text = [
      "x-shared: {a: 1}",
      "services:",
      "  app:",
      "    image: app",
      "    x-team: core",
      "    logging: {driver: local, x-keep: 7d}",
      "    deploy: {x-aws-role: r, resources: {limits: {x-note: n}}}",
      "networks:",
      "  n: {x-owner: ops}",
      "",
    ].join("\n");
    expect(problems(text)).toEqual([]);
  });

  test("merge keys and YAML-1.1 style boolean words", () => {
    const text = [
      "x-d: &d {restart: always, init: yes}",
      "services:",
      "  app:",
      "    <<: *d",
      "    image: app",
      "    tty: on",
      "",
    ].join("\n");
    expect(problems(text)).toEqual([]);
  });

  test("!reset removes an inherited value", () => {
    expect(problems(["services:", "  app:", "    ports: !reset null", ""].join("\n"))).toEqual([]);
  });
});

describe("locating", () => {
  /** A SourceFile read with the yaml package directly, whose locate knows only the first levels. */
  function shallowFile(text: string, depth: number): SourceFile {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const spanOf = (node: YamlNode): Span => {
      const [start, , end] = node.range ?? [0, 0, 0];
      const a = lineCounter.linePos(start);
      const b = lineCounter.linePos(end);
      return { file: "x.yaml", line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
    };
    return {
      path: "x.yaml",
      text,
      data: doc.toJS(),
      locate(path, part) {
        if (path.length > depth) return undefined;
        let node = doc.contents as YamlNode | null;
        let key: YamlNode | undefined;
        for (const step of path) {
          if (isMap(node)) {
            const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
            if (!pair) return undefined;
            key = pair.key as YamlNode;
            node = pair.value as YamlNode | null;
          } else if (isSeq(node)) {
            node = node.items[step as number] as YamlNode | null;
            key = undefined;
          } else return undefined;
        }
        if (part === "key" && key) return spanOf(key);
        return node ? spanOf(node) : undefined;
      },
    };
  }

  test("falls back to the nearest ancestor the file can locate", () => {
    const text = ["services:", "  web:", "    image: nginx", "    ports:", "      - target: 80", "        publised: 1", ""].join("\n");
    const list = validateComposeSchema(shallowFile(text, 2));
    expect(list).toHaveLength(1);
    expect(list[0]?.span).toMatchObject({ line: 2, column: 3 });
    expect(list[0]?.message).toContain("`services.web.ports[0]`");
  });

  test("works from any SourceFile, not only the loader's", () => {
    const text = ["services:", "  web:", "    image: nginx", "    enviroment: {}", ""].join("\n");
    const [problem] = validateComposeSchema(shallowFile(text, 10));
    expect(problem?.span).toMatchObject({ line: 4, column: 5, endLine: 4, endColumn: 15 });
  });
});

describe("helpers", () => {
  test("closest suggests typos only", () => {
    const keys = ["environment", "image", "ports", "volumes", "read_only", "cap_drop"];
    expect(closest("enviroment", keys)).toBe("environment");
    expect(closest("enviornment", keys)).toBe("environment");
    expect(closest("Image", keys)).toBe("image");
    expect(closest("read-only", keys)).toBe("read_only");
    expect(closest("cap_dorp", keys)).toBe("cap_drop");
    expect(closest("port", keys)).toBe("ports");
    expect(closest("owner", keys)).toBeUndefined();
    expect(closest("net", keys)).toBeUndefined();
  });

  test("formatPath writes compose terms", () => {
    expect(formatPath(["services", "web", "ports", 0])).toBe("services.web.ports[0]");
    expect(formatPath(["services", "web", "labels", "a.b"])).toBe('services.web.labels["a.b"]');
  });
});

describe("the rule", () => {
  test("reports through the engine and honours inline suppressions", () => {
    const text = [
      "services:",
      "  web:",
      "    image: nginx",
      "    enviroment: {}",
      "    # compose-lint ignore=compose-schema",
      "    volume_driver: local",
      "",
    ].join("\n");
    const result = lintText(text, "compose.yaml", { env: {}, ruleSet: [rule] });
    expect(result.findings.map((f) => `${f.ruleId}@${f.span.line}:${f.span.column} ${f.level}`)).toEqual(["compose-schema@4:5 error"]);
  });

  test("its fixtures produce exactly the annotated findings", () => {
    const dir = join(import.meta.dirname, "..", "fixtures", "compose-schema");
    for (const name of ["unknown-service-key.yaml", "wrong-type.yaml", "full-specification.yaml", "interpolation.yaml"]) {
      const text = readFileSync(join(dir, name), "utf8");
      const expected = text.split("\n").flatMap((line, i) => {
        const match = /#\s*expect:\s*compose-schema@(\d+)/.exec(line);
        return match ? [`${i + 1}:${match[1]}`] : [];
      });
      const result = lintText(text, name, { env: {}, ruleSet: [rule] });
      expect(result.findings.map((f) => `${f.span.line}:${f.span.column}`), name).toEqual(expected);
    }
  });
});
