import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { parseSuppressions } from "../src/engine/suppressions.js";
import { lintFiles, lintText } from "../src/lint.js";
import type { LintOptions } from "../src/lint.js";
import { repoRoot, runCli, scratch } from "./helpers.js";

const lint = (lines: string[], options: LintOptions = {}) => lintText(lines.join("\n") + "\n", "compose.yaml", { env: {}, ...options });
const at = (f: { ruleId: string; span: { line: number; column: number } }) => `${f.ruleId}@${f.span.line}:${f.span.column}`;
const WEB = ["services:", "  web:", "    image: nginx:1.27", "    ports:"];

describe("ignore comments with reasons", () => {
  test("a reason after ` -- ` is kept as the justification; the finding is suppressed, not dropped", () => {
    const result = lint([...WEB, '      - "80:80"  # compose-lint ignore=no-unbound-port -- public reverse proxy']);
    expect(result.findings).toEqual([]);
    expect(result.suppressed!.map(at)).toEqual(["no-unbound-port@5:9"]);
    expect(result.suppressed![0]!.suppression).toEqual({ kind: "inSource", justification: "public reverse proxy" });
  });

  test("several ids, with or without spaces after commas, on the line above, and file-wide", () => {
    const s = parseSuppressions(["a: 1  # compose-lint ignore=rule-a,rule-b -- both", "# compose-lint ignore=rule-c, acme/rule-d", "b: 2", "# compose-lint ignore-file=rule-e -- generated"].join("\n"));
    expect(s.problems).toEqual([]);
    expect(s.directives.map((d) => `${d.ruleId} ${d.scope} ${d.target ?? "-"} ${d.reason ?? "-"}`)).toEqual([
      "rule-a line 1 both",
      "rule-b line 1 both",
      "rule-c line 3 -",
      "acme/rule-d line 3 -",
      "rule-e file - generated",
    ]);
  });

  test("a reason without ` -- ` is one finding, not one per word, and silences nothing", () => {
    for (const comment of ["# compose-lint ignore=no-unbound-port reverse proxy", "# compose-lint ignore=no-unbound-port reason: public"]) {
      const result = lint([...WEB, `      - "80:80"  ${comment}`]);
      expect(result.findings.map(at)).toEqual(["no-unbound-port@5:9", "invalid-ignore@5:18"]);
      expect(result.findings[1]!.message).toContain("write `# compose-lint ignore=no-unbound-port -- ");
    }
  });

  test("an unknown rule with a reason is one finding naming the nearest rule", () => {
    const result = lint([...WEB, '      - "80:80"  # compose-lint ignore=no-unbound-prot -- reverse proxy']);
    expect(result.findings.map(at)).toEqual(["no-unbound-port@5:9", "invalid-ignore@5:40"]);
    expect(result.findings[1]!.message).toBe('"no-unbound-prot" is not a compose-lint rule, so this ignore silences nothing; did you mean "no-unbound-port"?');
  });

  test("a compose-lint comment that is no directive is one finding; prose that mentions compose-lint later, and quoted text, are not", () => {
    const result = lint([
      "# compose-lint ignor=no-privileged",
      "# compose-lint ignore=",
      "# this file is checked by compose-lint ignore=nothing",
      "services:",
      "  app:",
      "    image: app:1.0",
      "    command: \"echo '# compose-lint ignore=no-privileged'\"",
    ]);
    expect(result.findings.map(at)).toEqual(["invalid-ignore@1:1", "invalid-ignore@2:1"]);
    expect(result.findings[1]!.message).toContain("names no rule");
  });

  test("an id that cannot be silenced by a comment is reported, and the finding stays", () => {
    const result = lint(["services:  # compose-lint ignore=yaml-syntax", "  app:", "    image: app:1.0"]);
    expect(result.findings.map(at)).toEqual(["invalid-ignore@1:34"]);
    expect(result.findings[0]!.message).toContain("cannot be silenced from inside the file");
  });

  test("requireReason: a directive without a reason silences nothing and is reported once per comment", () => {
    const lines = [...WEB, '      - "80:80"  # compose-lint ignore=no-unbound-port,no-privileged', '      - "81:81"  # compose-lint ignore=no-unbound-port -- lab only'];
    const result = lint(lines, { requireReason: true });
    expect(result.findings.map(at)).toEqual(["no-unbound-port@5:9", "invalid-ignore@5:40"]);
    expect(result.suppressed!.map(at)).toEqual(["no-unbound-port@6:9"]);
  });

  test("noInlineConfig: every directive is ignored, none is reported", () => {
    const result = lint([...WEB, '      - "80:80"  # compose-lint ignore=no-unbound-port -- proxy', "    x-compose-lint: { ignore: [no-unbound-port] }", "  # compose-lint ignore=nope"], { noInlineConfig: true });
    expect(result.findings.map(at)).toEqual(["no-unbound-port@5:9"]);
    expect(result.suppressed).toEqual([]);
  });
});

describe("x-compose-lint in a service", () => {
  const SERVICE = ["services:", "  proxy:", "    image: nginx:1.27", "    privileged: true", '    ports: ["80:80", "443:443"]', "    x-compose-lint:"];
  const OTHER = ["  app:", "    image: app:1.0", '    ports: ["8080:80"]'];

  test("silences the named rules in that service only, with the reason", () => {
    const result = lint([...SERVICE, "      ignore: [no-unbound-port]", "      reason: public reverse proxy", ...OTHER]);
    expect(result.findings.map(at)).toEqual(["no-privileged@4:17", "no-unbound-port@11:13"]);
    expect(result.suppressed!.map(at)).toEqual(["no-unbound-port@5:13", "no-unbound-port@5:22"]);
    expect(result.suppressed![0]!.suppression).toEqual({ kind: "inSource", justification: "public reverse proxy" });
  });

  test("unknown ids, unknown keys and a wrong shape are findings; an id with nothing to silence is unused", () => {
    const result = lint([...SERVICE, "      ignore: [no-unbound-port, no-privilegd, require-read-only, no-host-network]", "      because: proxy", ...OTHER]);
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId === "no-unbound-port" || f.ruleId === "no-privileged" ? "" : f.message.slice(0, 40)}`.trim())).toEqual([
      "no-privileged@4:17",
      "invalid-ignore@7:33 \"no-privilegd\" is not a compose-lint rul",
      "unused-ignore@7:66 no-host-network reports nothing in servi",
      "invalid-ignore@8:7 unknown key `because` in `x-compose-lint",
      "no-unbound-port@11:13",
    ]);
    const shape = lint([...SERVICE.slice(0, -1), "    x-compose-lint: no-unbound-port"]);
    expect(shape.findings.filter((f) => f.ruleId === "invalid-ignore").map(at)).toEqual(["invalid-ignore@6:21"]);
  });

  test("requireReason applies to it too", () => {
    const result = lint([...SERVICE, "      ignore: [no-unbound-port]"], { requireReason: true });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["no-privileged", "no-unbound-port", "no-unbound-port", "invalid-ignore"]);
  });
});

describe("x-compose-lint across a project's files", () => {
  const files = (dir: string) => lintFiles(["."], { cwd: dir, env: {} });
  const where = (f: { ruleId: string; span: { file: string; line: number; column: number } }) => `${f.ruleId}@${f.span.file}:${f.span.line}:${f.span.column}`;

  test("a service's directive silences its findings written in an override and in its env file, and is then not unused", async () => {
    const dir = scratch({
      "compose.yaml": "services:\n  db:\n    image: postgres:16.4\n    env_file: db.env\n    x-compose-lint:\n      ignore: [no-published-database-port, no-hardcoded-secret]\n      reason: throwaway lab database\n",
      "compose.override.yaml": 'services:\n  db:\n    ports: ["5432:5432"]\n  other:\n    image: postgres:16.4\n    ports: ["5433:5432"]\n',
      "db.env": "POSTGRES_PASSWORD=Tr0ub4dor-and-3-horses\n",
    });
    const result = await files(dir);
    expect(result.files.flatMap((f) => f.findings.map(where))).toEqual(["no-published-database-port@compose.override.yaml:6:13"]);
    expect(result.files.flatMap((f) => (f.suppressed ?? []).map((x) => `${where(x)} ${x.suppression!.justification}`)).sort()).toEqual([
      "no-hardcoded-secret@db.env:1:19 throwaway lab database",
      "no-published-database-port@compose.override.yaml:3:13 throwaway lab database",
    ]);
  });

  test("a finding several services share is silenced only when each of them ignores the rule", async () => {
    const base = (second: string) =>
      scratch({
        "compose.yaml": `x-db: &db\n  image: postgres:16.4\n  ports: ["5432:5432"]\nservices:\n  a:\n    <<: *db\n    x-compose-lint: { ignore: [no-published-database-port], reason: lab }\n  b:\n    <<: *db\n${second}`,
      });
    expect((await files(base(""))).files.flatMap((f) => f.findings.map(where))).toEqual(["no-published-database-port@compose.yaml:3:11"]);
    const both = await files(base("    x-compose-lint: { ignore: [no-published-database-port], reason: lab too }\n"));
    expect(both.files.flatMap((f) => f.findings.map(where))).toEqual([]);
    expect(both.files.flatMap((f) => (f.suppressed ?? []).map((x) => x.suppression!.justification))).toEqual(["lab; lab too"]);
  });
});

describe("suppressed findings in the outputs", () => {
  const dir = () =>
    scratch({ "compose.yaml": 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"  # compose-lint ignore=no-unbound-port -- public reverse proxy\n' });

  test("they do not count toward the exit code; text shows them only with --show-suppressed", () => {
    const cwd = dir();
    const plain = runCli(["."], { cwd });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe("No problems found (1 file checked, 1 finding suppressed; --show-suppressed lists them).\n");
    const shown = runCli(["--show-suppressed", "."], { cwd });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/^compose\.yaml \(1 suppressed\)\ncompose\.yaml:5:9 {2}ignored {2}service "web" publishes port 80:80 /);
    expect(shown.stdout).toMatch(/\[no-unbound-port\]\s+\(suppressed:\s+public\s+reverse\s+proxy\)$/m);
  });

  test("JSON lists them apart, with suppressed: true and the reason", () => {
    const file = JSON.parse(runCli(["--format", "json", "."], { cwd: dir() }).stdout).files[0];
    expect(file.findings).toEqual([]);
    expect(file.suppressed.map((f: { ruleId: string; suppressed: boolean; reason: string }) => [f.ruleId, f.suppressed, f.reason])).toEqual([["no-unbound-port", true, "public reverse proxy"]]);
  });

  test("SARIF gives each a suppressions entry, valid against the SARIF 2.1.0 schema", () => {
    const log = JSON.parse(runCli(["--format", "sarif", "."], { cwd: dir() }).stdout);
    const [result] = log.runs[0].results;
    expect(result.suppressions).toEqual([{ kind: "inSource", status: "accepted", justification: "public reverse proxy" }]);
    const schema = JSON.parse(readFileSync(join(repoRoot, "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json"), "utf8"));
    delete schema.$schema;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("the command-line switches", () => {
  test("--no-inline-config and --require-reason do what noInlineConfig and requireReason do", () => {
    const cwd = scratch({ "compose.yaml": 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"  # compose-lint ignore=no-unbound-port\n' });
    const ids = (args: string[]) => JSON.parse(runCli(["--format", "json", ...args, "."], { cwd }).stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids([])).toEqual([]);
    expect(ids(["--no-inline-config"])).toEqual(["no-unbound-port"]);
    expect(ids(["--require-reason"])).toEqual(["no-unbound-port", "invalid-ignore"]);
  });
});

describe("the directive parser, on any text", () => {
  test("a `# compose-lint` comment is either directives or exactly one problem, never both, never one per word", async () => {
    const fc = (await import("fast-check")).default;
    const word = fc.stringMatching(/^[a-z0-9:=,/ -]{0,30}$/);
    fc.assert(
      fc.property(word, fc.boolean(), (rest, trailing) => {
        const line = `${trailing ? 'a: "1"  ' : ""}# compose-lint${rest.startsWith(" ") || rest === "" ? "" : " "}${rest}`;
        const parsed = parseSuppressions(`${line}\nb: 2\n`);
        const problems = parsed.problems.length;
        const directives = parsed.directives.length;
        return (problems === 1 && directives === 0) || (problems === 0 && directives > 0);
      }),
      { numRuns: 500 },
    );
  });
});
