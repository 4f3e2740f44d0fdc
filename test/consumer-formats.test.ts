/**
 * The formats written for a particular consumer (editors' problem matchers, reviewdog, Code
 * Climate), checked against what that consumer documents. The schemas in test/schemas/ are the
 * parts of the consumers' documented schemas this tool writes, each citing its source.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { repoRoot, runCli, scratch } from "./helpers.js";

const validator = (name: string) => new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(JSON.parse(readFileSync(join(repoRoot, "test", "schemas", name), "utf8")) as object);
const examples = join(repoRoot, "examples");

describe("--format compact", () => {
  test("one `path:line:col: level: message [rule-id]` line per finding, nothing else", () => {
    const out = runCli(["--format", "compact", "vulnerable"], { cwd: examples });
    const json = JSON.parse(runCli(["--format", "json", "vulnerable"], { cwd: examples }).stdout) as { files: { path: string; findings: { ruleId: string; level: string; line: number; column: number; message: string }[] }[] };
    const expected = json.files.flatMap((file) => file.findings.map((f) => `${file.path}:${f.line}:${f.column}: ${f.level}: ${f.message} [${f.ruleId}]`));
    expect(expected.length).toBeGreaterThan(5);
    expect(out.stdout).toBe(expected.join("\n") + "\n");
    expect(out.status).toBe(1);
  });

  test("a file name or message cannot break the line apart or reach the terminal as a control sequence", () => {
    const dir = scratch({ "we\nird\u001b[2J.yaml": 'services:\n  a:\n    image: nginx:1.27\n    ports: ["80:80"]\n' });
    const out = runCli(["--format", "compact", "we\nird\u001b[2J.yaml"], { cwd: dir });
    expect(out.stdout).toMatch(/^we\\nird\\u\{1b\}\[2J\.yaml:4:13: warning: .* \[no-unbound-port\]\n$/);
  });
});

describe("--format rdjson (reviewdog)", () => {
  const validate = validator("rdjson.schema.json");

  test("is a DiagnosticResult as reviewdog's schema documents it", () => {
    const out = runCli(["--format", "rdjson", "vulnerable"], { cwd: examples });
    const report = JSON.parse(out.stdout) as { diagnostics: { severity: string; code: { value: string } }[] };
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(report.diagnostics.length).toBeGreaterThan(5);
    expect(new Set(report.diagnostics.map((d) => d.severity))).toEqual(new Set(["ERROR", "WARNING"]));
  });

  test("columns count UTF-8 bytes and the end is exclusive, as reviewdog reads them", () => {
    // "é" and "🐳" take 2 and 4 UTF-8 bytes but 1 and 2 UTF-16 units: the port starts at byte 18.
    const dir = scratch({ "compose.yaml": 'services:\n  a:\n    image: nginx:1.27\n    labels: { x: "é🐳" }\n    ports: ["é🐳", "80:80"]\n' });
    const out = runCli(["--format", "rdjson", "--rule", "compose-schema=off", "compose.yaml"], { cwd: dir });
    const report = JSON.parse(out.stdout) as { diagnostics: { code: { value: string }; location: { range: { start: { column: number }; end: { column: number } } } }[] };
    const unbound = report.diagnostics.find((d) => d.code.value === "no-unbound-port")!;
    const line = '    ports: ["é🐳", "80:80"]';
    const startByte = Buffer.byteLength(line.slice(0, line.indexOf('"80:80"'))) + 1;
    expect(unbound.location.range.start.column).toBe(startByte);
    expect(unbound.location.range.end.column).toBe(startByte + '"80:80"'.length);
  });
});

describe("--format codeclimate", () => {
  const validate = validator("codeclimate-issue.schema.json");

  test("streams Code Climate issues, each terminated by NUL, valid against the engine spec", () => {
    const out = runCli(["--format", "codeclimate", "vulnerable"], { cwd: examples });
    expect(out.stdout.endsWith("\0\n")).toBe(true);
    const issues = out.stdout.split("\0\n").slice(0, -1).map((chunk) => JSON.parse(chunk) as { check_name: string; fingerprint: string; content: { body: string }; location: { positions: unknown } });
    expect(issues.length).toBeGreaterThan(5);
    for (const issue of issues) expect(validate(issue), `${issue.check_name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    // The fingerprints are the GitLab report's (the same scheme), and each issue carries its rule's page.
    const gitlab = JSON.parse(runCli(["--format", "gitlab", "vulnerable"], { cwd: examples }).stdout) as { fingerprint: string }[];
    expect(issues.map((i) => i.fingerprint)).toEqual(gitlab.map((i) => i.fingerprint));
    expect(issues[0]!.content.body).toBe(readFileSync(join(repoRoot, "rules", `${issues[0]!.check_name}.md`), "utf8"));
  });
});
