/**
 * Fixes, golden: each `test/fixes/<rule>/<case>.before.yaml` is fixed with only that rule on
 * (strict, every fix type, an empty environment); the fixed text must equal `<case>.after.yaml`
 * byte for byte and the diff (with the refusals) `<case>.diff`. A second fix changes nothing.
 * UPDATE_GOLDEN=1 rewrites the expected files (review them before committing).
 */
import { existsSync, lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { rules } from "../rules/index.js";
import { fileDiff } from "../src/fix/diff.js";
import { fixText } from "../src/fix/run.js";
import { lintText } from "../src/lint.js";
import { formatSarif } from "../src/format/sarif.js";
import { formatJson } from "../src/format/json.js";
import { repoRoot, runCli, scratch } from "./helpers.js";

const root = join(repoRoot, "test", "fixes");
const update = process.env.UPDATE_GOLDEN === "1";

function golden(path: string, actual: string): void {
  if (update) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

for (const ruleId of readdirSync(root).sort()) {
  const rule = rules.find((r) => r.meta.id === ruleId)!;
  describe(`fixes of ${ruleId}`, () => {
    test("the rule declares it is fixable", () => {
      expect(rule.meta.fixable).toBe(["require-read-only", "require-cap-drop-all"].includes(ruleId) ? "behaviour" : "safe");
    });
    for (const name of readdirSync(join(root, ruleId)).filter((n) => n.endsWith(".before.yaml")).sort()) {
      const base = name.replace(/\.before\.yaml$/, "");
      test(base, async () => {
        const before = readFileSync(join(root, ruleId, name), "utf8");
        const options = { ruleSet: [rule], strict: true, env: {} };
        const fixed = await fixText(before, `${base}.yaml`, options, { type: "all" });
        expect(fixed.applied.length).toBeGreaterThan(0);
        golden(join(root, ruleId, `${base}.after.yaml`), fixed.after);
        const refusals = fixed.refused.map((r) => `# not fixed ${r.span.line}:${r.span.column} ${r.ruleId}: ${r.reason}\n`).join("");
        golden(join(root, ruleId, `${base}.diff`), fileDiff(fixed) + refusals);
        // Line breaks are kept: a CR LF file stays CR LF throughout.
        if (before.includes("\r\n")) expect(fixed.after.replace(/\r\n/g, "")).not.toContain("\n");
        // What is left after fixing is what was refused, and a second run has nothing to do.
        expect(fixed.result.findings.filter((f) => f.ruleId === ruleId).length).toBe(fixed.refused.length);
        const again = await fixText(fixed.after, `${base}.yaml`, options, { type: "all" });
        expect(again.after).toBe(fixed.after);
        expect(again.applied).toEqual([]);
      });
    }
  });
}

describe("fix selection", () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n';
  test("safe fixes by default; behaviour-changing ones only with type all", async () => {
    const safe = await fixText(text, "compose.yaml", { strict: true, env: {} });
    expect(safe.applied.map((a) => a.ruleId).sort()).toEqual(["no-unbound-port", "require-no-new-privileges"]);
    const all = await fixText(text, "compose.yaml", { strict: true, env: {} }, { type: "all" });
    expect(all.applied.map((a) => a.ruleId).sort()).toEqual(["no-unbound-port", "require-cap-drop-all", "require-no-new-privileges", "require-read-only"]);
    expect(all.after).toBe('services:\n  web:\n    read_only: true\n    security_opt: ["no-new-privileges:true"]\n    cap_drop: [ALL]\n    image: nginx:1.27\n    ports: ["127.0.0.1:8080:80"]\n');
  });
  test("rules: only the named rules' fixes", async () => {
    const only = await fixText(text, "compose.yaml", { strict: true, env: {} }, { type: "all", rules: ["require-read-only"] });
    expect(only.applied.map((a) => a.ruleId)).toEqual(["require-read-only"]);
    expect(only.after).toBe('services:\n  web:\n    read_only: true\n    image: nginx:1.27\n    ports: ["8080:80"]\n');
  });
  test("a fix that would add a finding is refused, the file left as it was, the reason given", async () => {
    // In a swarm stack, loopback is ignored: binding the port would add no-host-ip-in-swarm.
    const swarm = 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    deploy:\n      placement:\n        constraints: [node.role == worker]\n';
    const fixed = await fixText(swarm, "compose.yaml", { env: {} }, { rules: ["no-unbound-port"] });
    expect(fixed.after).toBe(swarm);
    expect(fixed.refused.map((r) => [r.ruleId, r.reason.split(" (")[0]])).toEqual([["no-unbound-port", "the fix would add a finding"]]);
    expect(fixed.refused[0]!.reason).toContain("no-host-ip-in-swarm");
  });
});

describe("fixes in the output formats", () => {
  const text = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';
  const result = lintText(text, "compose.yaml", { env: {} });
  const context = { rules: rules.map((r) => r.meta), cwd: repoRoot, color: false };
  test("JSON carries the edits", () => {
    const json = JSON.parse(formatJson({ files: [result], errors: [] }, context)) as { files: { findings: { ruleId: string; fix?: unknown }[] }[] };
    const finding = json.files[0]!.findings.find((f) => f.ruleId === "no-published-database-port")!;
    expect(finding.fix).toEqual({ description: "bind the port to 127.0.0.1", safety: "safe", edits: [{ file: "compose.yaml", line: 5, column: 10, endLine: 5, endColumn: 10, newText: "127.0.0.1:" }] });
  });
  test("SARIF carries fixes[] with artifactChanges and replacements", () => {
    const sarif = JSON.parse(formatSarif({ files: [result], errors: [] }, context)) as { runs: { results: { ruleId: string; fixes?: unknown }[] }[] };
    const fixes = sarif.runs[0]!.results.find((r) => r.ruleId === "no-published-database-port")!.fixes;
    expect(fixes).toEqual([
      {
        description: { text: "bind the port to 127.0.0.1" },
        artifactChanges: [{ artifactLocation: { uri: "compose.yaml", uriBaseId: "%SRCROOT%" }, replacements: [{ deletedRegion: { startLine: 5, startColumn: 10, endLine: 5, endColumn: 10 }, insertedContent: { text: "127.0.0.1:" } }] }],
        properties: { safety: "safe" },
      },
    ]);
  });
  test("fixes: false computes none (the command line without --fix, JSON or SARIF); the findings are the same", () => {
    const without = lintText(text, "compose.yaml", { env: {}, fixes: false });
    expect(without.findings.some((f) => f.fix !== undefined || f.fixRefused !== undefined)).toBe(false);
    expect(result.findings.some((f) => f.fix !== undefined)).toBe(true);
    expect(without.findings).toEqual(result.findings.map(({ fix: _fix, fixRefused: _refused, ...rest }) => rest));
  });
});

describe("CLI", () => {
  const bad = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"   # keep me\n';
  test("--fix-dry-run prints the diff and changes nothing; the findings reported are those left", () => {
    const dir = scratch({ "compose.yaml": bad });
    const run = runCli(["--fix-dry-run", "--no-config", "compose.yaml"], { cwd: dir });
    expect(run.stdout).toContain('--- a/compose.yaml\n+++ b/compose.yaml\n@@ -2,4 +2,4 @@\n   db:\n     image: postgres:16\n     ports:\n-      - "5432:5432"   # keep me\n+      - "127.0.0.1:5432:5432"   # keep me\n');
    expect(run.stdout).toContain("No problems found");
    expect(run.stderr).toContain("would fix 1 finding in 1 file");
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, "compose.yaml"), "utf8")).toBe(bad);
  });
  test("--fix writes the file; a second --fix changes nothing", () => {
    const dir = scratch({ "compose.yaml": bad });
    const run = runCli(["--fix", "--no-config", "compose.yaml"], { cwd: dir });
    expect(run.status).toBe(0);
    const fixed = readFileSync(join(dir, "compose.yaml"), "utf8");
    expect(fixed).toBe(bad.replace('"5432:5432"', '"127.0.0.1:5432:5432"'));
    const again = runCli(["--fix", "--no-config", "compose.yaml"], { cwd: dir });
    expect(again.stderr).toContain("fixed 0 findings in 0 files");
    expect(readFileSync(join(dir, "compose.yaml"), "utf8")).toBe(fixed);
  });
  test("--fix-dry-run with JSON on standard output: the diff goes to standard error, a refusal is named", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  db:\n    image: postgres:16\n    ports: ["${DB_BIND}:5432:5432", "6543:5432"]\n' });
    const run = runCli(["--fix-dry-run", "--no-config", "--format", "json", "compose.yaml"], { cwd: dir, env: { DB_BIND: "" } });
    const json = JSON.parse(run.stdout) as { files: { findings: { ruleId: string; line: number; fixRefused?: string }[] }[] };
    // What is left after fixing: the port whose address comes from an unset variable without default.
    expect(json.files[0]!.findings.map((f) => [f.ruleId, f.fixRefused?.split(":")[0]])).toEqual([["no-published-database-port", "the host address comes from ${DB_BIND}, which has no default"]]);
    expect(run.stderr).toContain('+    ports: ["${DB_BIND}:5432:5432", "127.0.0.1:6543:5432"]\n');
    expect(run.stderr).toContain("compose.yaml:4:13: no-published-database-port not fixed: the host address comes from ${DB_BIND}");
    expect(run.status).toBe(1);
  });
  test("the diff shows control characters escaped, never raw", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  web:\n    image: nginx:1.27   # \u001b[2J\n    ports: ["80:80"]\n' });
    const run = runCli(["--fix-dry-run", "--no-config", "compose.yaml"], { cwd: dir });
    expect(run.stdout).toContain("# \\u{1b}[2J");
    expect(run.stdout).not.toContain("\u001b");
  });
  test("--fix never writes through a symbolic link", () => {
    const dir = scratch({ "real.yaml": bad });
    symlinkSync(join(dir, "real.yaml"), join(dir, "compose.yaml"));
    const run = runCli(["--fix", "--no-config", "compose.yaml"], { cwd: dir });
    expect(run.stdout + run.stderr).toMatch(/not fixed: output file ".*" is a symbolic link; compose-lint does not write through links/);
    expect(run.status).toBe(2);
    expect(lstatSync(join(dir, "compose.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.yaml"), "utf8")).toBe(bad);
  });
  test("usage errors: --fix-rule of a rule without fixes, a bad --fix-type, --fix with standard input", () => {
    const dir = scratch({ "compose.yaml": bad });
    expect(runCli(["--fix", "--fix-rule", "no-privileged", "compose.yaml"], { cwd: dir }).stderr).toContain('"no-privileged" is not a rule with fixes');
    expect(runCli(["--fix", "--fix-type", "risky", "compose.yaml"], { cwd: dir }).status).toBe(2);
    expect(runCli(["--fix-rule", "no-unbound-port", "compose.yaml"], { cwd: dir }).stderr).toContain("go with --fix or --fix-dry-run");
    expect(runCli(["--fix", "-"], { cwd: dir, input: bad }).status).toBe(2);
    expect(existsSync(join(dir, "compose.yaml"))).toBe(true);
  });
});

describe("projects", () => {
  test("an edit goes into the file that wrote the value: a port added by the override is bound there", () => {
    const base = "services:\n  web:\n    image: nginx:1.27\n";
    const override = 'services:\n  web:\n    ports:\n      - "8080:80"   # from the override\n';
    const dir = scratch({ "compose.yaml": base, "compose.override.yaml": override });
    const run = runCli(["--fix", "--no-config", "."], { cwd: dir });
    expect(run.stderr).toContain("fixed 1 finding in 1 file");
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, "compose.yaml"), "utf8")).toBe(base);
    expect(readFileSync(join(dir, "compose.override.yaml"), "utf8")).toBe(override.replace('"8080:80"', '"127.0.0.1:8080:80"'));
  });
});
