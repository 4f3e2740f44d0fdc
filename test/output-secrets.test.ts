/**
 * Issue 7, section 3: nothing secret leaves through the output. Values interpolation takes from
 * the environment or `.env` are never printed (messages quote the source text), and no code frame
 * shows the value of a secret-looking key, whatever finding it is drawn for. Every check renders
 * every output format.
 */
import { describe, expect, test } from "vitest";
import { maskFinding, substitutionMask } from "../src/engine/mask.js";
import type { Finding } from "../src/engine/rule.js";
import { FRAME_WIDTH } from "../src/format/frame.js";
import { formatText } from "../src/format/text.js";
import { enabledRules, lintText } from "../src/lint.js";
import type { LintResult } from "../src/lint.js";
import { interpolate } from "../src/load/interpolate.js";
import { quoted, shown } from "../src/model/quote.js";
import { maskSecretValues } from "../src/model/secret-mask.js";
import { leaksByFormat, renderEveryFormat } from "./secret-leaks.js";

const ALL = { strict: true };

function lint(text: string, env: Record<string, string> = {}): LintResult {
  return { files: [lintText(text, "compose.yaml", { ...ALL, env }, enabledRules(ALL))], errors: [] };
}

function messages(result: LintResult): string {
  return result.files.flatMap((f) => f.findings.flatMap((x) => [x.message, ...x.related.map((r) => r.message)])).join("\n");
}

describe("interpolate() says what came from outside the file", () => {
  test.each([
    ["${A:-x}", {}, "x", false],
    ["${A:-x}", { A: "v" }, "v", true],
    ["${A-x}", { A: "" }, "", false],
    ["${A:+alt}", { A: "v" }, "alt", false],
    ["$$A", { A: "v" }, "$A", false],
    ["${A}", { A: "" }, "", false],
    ["pre-$A", { A: "v" }, "pre-v", true],
    ["${A:-${B:-d}}", { B: "w" }, "w", true],
    ["${A:?required}", { A: "v" }, "v", true],
  ] as const)("%s with %o is %s, external %s", (text, env, value, external) => {
    const result = interpolate(text, env);
    expect(result.value).toBe(value);
    expect(result.external).toBe(external);
    expect(result.substituted.map((s) => s.value).join("")).toBe(external ? String(env[Object.keys(env).at(-1) as keyof typeof env]) : "");
  });
});

test("a text nested too deep is not evaluated, so it takes nothing from the environment", () => {
  const text = "${B}" + "${A:-".repeat(80) + "x" + "}".repeat(80);
  const result = interpolate(text, { B: "Secret-B-value" });
  expect(result).toMatchObject({ value: text, tooDeep: true, external: false, substituted: [] });
});

describe("the one helper that quotes a value", () => {
  test("literal, from the file's own default, from the environment", () => {
    expect(quoted("/etc")).toBe('"/etc"');
    expect(quoted("127.0.0.1:13306", { raw: "${SQL_PORT:-127.0.0.1:13306}" })).toBe('"${SQL_PORT:-127.0.0.1:13306}" (127.0.0.1:13306)');
    expect(quoted("10.0.0.5", { raw: "${DB_BIND}", external: true })).toBe('"${DB_BIND}"');
    expect(shown("10.0.0.5", { raw: "${DB_BIND}", external: true })).toBe('"${DB_BIND}"');
    expect(shown("127.0.0.1", { raw: "${BIND:-127.0.0.1}" })).toBe("127.0.0.1");
  });
});

describe("values from the environment or .env are never printed", () => {
  const ENV = {
    AWS_SECRET_ACCESS_KEY: "AKIAQ7SECRETVALUE42",
    IMAGE_REF: "registry.example/private-image-H3k:latest",
    RUN_AS: "root",
    DB_BIND: "10.77.66.55",
    HOST_ETC: "/etc",
    SECCOMP: "seccomp=unconfined",
    ENGINE_HOST: "engine-secret-J2w.example.com",
    NET_NAME: "private-net-Z8q",
  };
  const COMPOSE = `services:
  db:
    image: "\${IMAGE_REF}"
    user: "\${RUN_AS}"
    ports: ["\${DB_BIND}:5432:5432"]
    devices: ["/dev/sda\${AWS_SECRET_ACCESS_KEY}:/dev/x"]
    volumes: ["\${HOST_ETC}:/etc/host"]
    security_opt: ["\${SECCOMP}"]
    networks: ["\${NET_NAME}"]
    environment:
      DOCKER_HOST: "tcp://\${ENGINE_HOST}:2375"
`;

  test("each rule still judges the evaluated value and quotes the source text", () => {
    const result = lint(COMPOSE, ENV);
    const ids = result.files[0]!.findings.map((f) => f.ruleId);
    for (const id of ["require-pinned-image", "require-non-root-user", "no-published-database-port", "no-host-device", "no-sensitive-host-mount", "no-unconfined-security-opt", "no-exposed-docker-api"]) {
      expect(ids).toContain(id);
    }
    const text = messages(result);
    for (const source of ["${AWS_SECRET_ACCESS_KEY}", '"${IMAGE_REF}"', '"${RUN_AS}"', 'port "${DB_BIND}:5432:5432" on "${DB_BIND}"', '"${HOST_ETC}"', '"${SECCOMP}"', "${ENGINE_HOST}"]) {
      expect(text).toContain(source);
    }
    // Short values escape the engine's mask: the rules themselves must not print them.
    expect(text).not.toMatch(/user "root"|host's "\/etc"|10\.77\.66\.55/);
  });

  test("no format prints any of them", async () => {
    // A value the rules' help texts also hold (`seccomp=unconfined`) is not a leak of the environment.
    const help = enabledRules(ALL).map((r) => r.rule.meta.help).join("\n");
    const long = Object.values(ENV).filter((v) => v.length >= 6 && !help.includes(v));
    expect(long).toHaveLength(5);
    expect(await leaksByFormat(lint(COMPOSE, ENV), long)).toEqual({});
  });

  test("a value from the file's own default is shown with its source", () => {
    const text = messages(lint(`services:\n  db:\n    image: mysql:8.4\n    ports: ["\${SQL_PORT:-0.0.0.0:13306}:3306"]\n`));
    expect(text).toContain('"${SQL_PORT:-0.0.0.0:13306}:3306" (0.0.0.0:13306:3306)');
  });

  test("the engine masks an environment value a message still holds (values of 6 characters or more)", () => {
    const mask = substitutionMask([
      { name: "ONE", value: "1" },
      { name: "PORT", value: "5432" },
      { name: "TOKEN", value: "tok-123456" },
      { name: "LONGER", value: "tok-123456-and-more" },
    ]);
    expect(mask("port 5432 and 1 are kept; tok-123456-and-more and xtok-123456y are not")).toBe("port 5432 and 1 are kept; ${LONGER} and x${TOKEN}y are not");
    const finding: Finding = { ruleId: "r", level: "error", message: "a tok-123456", span: { file: "f", line: 1, column: 1, endLine: 1, endColumn: 2 }, related: [{ span: { file: "f", line: 1, column: 1, endLine: 1, endColumn: 2 }, message: "b tok-123456" }] };
    expect(maskFinding(finding, mask)).toMatchObject({ message: "a ${TOKEN}", related: [{ message: "b ${TOKEN}" }] });
  });

  test("a message from the loader that quotes an evaluated value is masked too", () => {
    const result = lint(`services:\n  web:\n    image: nginx:1\n    ports: ["\${BAD_PORT}"]\n`, { BAD_PORT: "Secret-port-text-Q1/x/y" });
    expect(messages(result)).not.toContain("Secret-port-text-Q1");
  });
});

describe("no code frame shows a secret-looking key's value", () => {
  test("masking by line content", () => {
    expect(maskSecretValues("      DB_PASSWORD: [Zq8kLm]")).toBe("      DB_PASSWORD: ********");
    expect(maskSecretValues('  - "DB_PASSWORD=abc"')).toBe('  - "DB_PASSWORD=***"');
    expect(maskSecretValues('environment: ["API_TOKEN=xyz123", "A=1"]')).toBe('environment: ["API_TOKEN=******", "A=1"]');
    expect(maskSecretValues("db: {image: x, environment: {DB_PASSWORD: Supp-1, X: 1}}")).toBe("db: {image: x, environment: {DB_PASSWORD: ******, X: 1}}");
    expect(maskSecretValues("cmd: redis-server --requirepass hunter22 --port 1")).toBe("cmd: redis-server --requirepass ******** --port 1");
    expect(maskSecretValues('command: ["--requirepass", "abc123"]')).toBe('command: ["--requirepass", "******"]');
    expect(maskSecretValues("url: postgres://u:pw123@db/x")).toBe("url: postgres://u:*****@db/x");
    expect(maskSecretValues('DB_PASSWORD: "q" # comment')).toBe('DB_PASSWORD: "*" # comment');
    // References resolved elsewhere stay readable; a default written in the file does not.
    expect(maskSecretValues("   POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}")).toBe("   POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}");
    expect(maskSecretValues("   POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-dflt}")).toBe("   POSTGRES_PASSWORD: **************************");
    expect(maskSecretValues("    image: nginx:1.27")).toBe("    image: nginx:1.27");
  });

  test.each([
    ["a plain-string environment (quoted back by the schema check)", `services:\n  db:\n    image: postgres:16\n    environment: "DB_PASSWORD=Plain-secret-P1q"\n`],
    ["a list entry in a flow sequence", `services:\n  db:\n    image: postgres:16\n    environment: ["DB_PASSWORD=Flow-secret-F2w"]\n`],
    ["a duplicate key", `services:\n  db:\n    image: postgres:16\n    environment:\n      DB_PASSWORD: Dup-secret-D3e\n      DB_PASSWORD: Dup-secret-D4r\n`],
    ["a list value", `services:\n  db:\n    image: postgres:16\n    environment:\n      DB_PASSWORD: [List-secret-L5t]\n`],
    [
      "a suppressed secret with another finding on its line",
      `services:\n  db: {image: postgres, privileged: true, environment: {DB_PASSWORD: Supp-secret-S6y}} # compose-lint ignore=no-hardcoded-secret\n`,
    ],
  ])("%s: no format prints it", async (_what, compose) => {
    const secrets = [...compose.matchAll(/[A-Z][a-z]+-secret-[A-Z0-9]{2}[a-z]/g)].map((m) => m[0]);
    expect(secrets.length).toBeGreaterThan(0);
    const result = lint(compose);
    expect(result.files[0]!.findings.length).toBeGreaterThan(0);
    expect(await leaksByFormat(result, secrets)).toEqual({});
    // The text output draws a frame on the secret's line, masked.
    expect((await renderEveryFormat(result)).text).toMatch(/^\s+\d+ \| .*\*{4,}/m);
  });
});

describe("a code frame shows a window of the line, not the whole line", () => {
  test("a 200 KB one-line file with 2,000 findings: every frame line is short, marks the cut, and underlines its range", () => {
    const ports = Array.from({ length: 2_000 }, (_, i) => `"${10_000 + i}:80"`).join(", ");
    const compose = `services: {web: {image: nginx:1, ports: [${ports}]}} # ${"x".repeat(180_000)}`;
    expect(compose.length).toBeGreaterThan(199_000);
    const result = lint(compose);
    const findings = result.files[0]!.findings;
    expect(findings.filter((f) => f.ruleId === "no-unbound-port")).toHaveLength(2_000);
    const started = performance.now();
    const output = formatText(result, { rules: [], color: false, cwd: "/" });
    expect(performance.now() - started).toBeLessThan(2_000);
    // Linear in the findings: a frame window, a wrapped message and a location each.
    expect(output.length).toBeLessThan(findings.length * 700);
    const lines = output.split("\n");
    const frames = lines.flatMap((l, i) => (/^ {4}1 \| /.test(l) ? [i] : []));
    expect(frames).toHaveLength(findings.length);
    for (const i of frames) expect(lines[i]!.length).toBeLessThanOrEqual(FRAME_WIDTH + 10);
    expect(lines[frames.at(-1)!]).toMatch(/^ {4}1 \| ….*…$/);
    // Each underline sits under its own port entry.
    findings.forEach((finding, n) => {
      if (finding.ruleId !== "no-unbound-port") return;
      const shownText = lines[frames[n]!]!.slice("    1 | ".length);
      const underline = lines[frames[n]! + 1]!;
      const caret = underline.indexOf("^") - "      | ".length;
      expect(shownText.slice(caret, caret + 10)).toMatch(/^"1\d{4}:80"/);
    });
  });
});

describe("fingerprints", () => {
  test("are not a hash of a secret: two passwords of one length give the same fingerprint", async () => {
    const { findingFingerprints } = await import("../src/format/fingerprint.js");
    const file = (password: string) => {
      const text = `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${password}\n`;
      return findingFingerprints(lintText(text, "compose.yaml", { env: {} }));
    };
    expect(file("Hunter2-guess")).toEqual(file("Xyzzy9-secret"));
    expect(file("Hunter2-guess")).toHaveLength(1);
  });
});
