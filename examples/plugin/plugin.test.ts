import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lintFiles } from "../../src/lint.js";
import { repoRoot, runCli, scratch } from "../../test/helpers.js";

const PLUGIN = join(repoRoot, "examples", "plugin", "index.js");
const COMPOSE = join(repoRoot, "examples", "plugin", "compose.yaml");

function findings(stdout: string): string[] {
  return JSON.parse(stdout).files.flatMap((file: { findings: { ruleId: string; line: number; column: number; level: string }[] }) => file.findings.map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.level}`));
}

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe("the example plugin, end to end", () => {
  test("--plugin loads its rule, which reports like a built-in one", () => {
    const run = runCli(["--plugin", PLUGIN, "--format", "json", COMPOSE]);
    expect(run.status).toBe(1);
    expect(findings(run.stdout)).toEqual(["acme/no-public-admin@7:9 error", "no-unbound-port@7:9 warning"]);
    expect(JSON.parse(run.stdout).files[0].findings[0].message).toBe('service "adminer" publishes the administration UI "adminer" on all interfaces; bind it to 127.0.0.1 and reach it through a tunnel.');
    // Without --plugin the rule does not exist.
    expect(findings(runCli(["--format", "json", COMPOSE]).stdout)).toEqual(["no-unbound-port@7:9 warning"]);
  });

  test("the programmatic API loads it from `plugins`", async () => {
    const result = await lintFiles([COMPOSE], { cwd: repoRoot, env: {}, plugins: [PLUGIN] });
    expect(result.files[0]!.findings.map((f) => f.ruleId)).toEqual(["acme/no-public-admin", "no-unbound-port"]);
  });

  test("--list-rules, --explain and SARIF know it", () => {
    const list = runCli(["--plugin", PLUGIN, "--list-rules"]);
    expect(list.stdout).toMatch(/^acme\/no-public-admin +error +recommended +An administration UI.* Options: images\.$/m);
    const json = JSON.parse(runCli(["--plugin", PLUGIN, "--list-rules", "--format", "json"]).stdout);
    expect(json.rules.find((r: { id: string }) => r.id === "acme/no-public-admin")).toMatchObject({ source: "plugin", canTurnOff: true, canSuppress: true, options: ["images"] });
    const explain = runCli(["--plugin", PLUGIN, "--explain", "acme/no-public-admin"]);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain("acme/no-public-admin\n====================");
    expect(explain.stdout).toContain('    ports: ["127.0.0.1:8080:8080"]');
    const sarif = JSON.parse(runCli(["--plugin", PLUGIN, "--format", "sarif", COMPOSE]).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "acme/no-public-admin");
    expect(rule.help.markdown).toContain("## Bad");
  });

  test("configuration and comments configure and silence it; a config naming it without --plugin is an error", () => {
    const dir = scratch({
      ".compose-lint.yaml": "rules:\n  no-unbound-port: off\n  acme/no-public-admin: [warning, { images: [pgadmin4, adminer] }]\n",
      "compose.yaml": 'services:\n  pgadmin:\n    image: dpage/pgadmin4:8.12\n    ports: ["5050:80"]\n  adminer:\n    image: adminer:4.8.1\n    ports: ["8080:8080"]  # compose-lint ignore=acme/no-public-admin -- VPN only\n',
    });
    mkdirSync(join(dir, ".git"));
    const run = runCli(["--plugin", PLUGIN, "--format", "json", "."], { cwd: dir });
    expect(findings(run.stdout)).toEqual(["acme/no-public-admin@4:13 warning"]);
    expect(JSON.parse(run.stdout).files[0].suppressed.map((f: { ruleId: string; reason: string }) => `${f.ruleId} ${f.reason}`)).toEqual(["acme/no-public-admin VPN only"]);
    expect(runCli(["--plugin", PLUGIN, "--rule", "acme/no-public-admin=off", "--format", "json", "."], { cwd: dir }).stdout).not.toContain("acme/no-public-admin@");

    const missing = runCli(["."], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('.compose-lint.yaml:3:3: unknown rule `acme/no-public-admin`: no loaded plugin defines it (load the plugin "acme" with --plugin; a configuration file cannot load code).');
  });

  test("its options are validated like a built-in rule's, with the position and the nearest name", () => {
    const dir = scratch({ ".compose-lint.yaml": "rules:\n  acme/no-public-admin: [error, { image: [adminer] }]\n  acme/no-public-admn: error\n", "compose.yaml": "services: {}\n" });
    mkdirSync(join(dir, ".git"));
    const run = runCli(["--plugin", PLUGIN, "."], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      "compose-lint: .compose-lint.yaml:2:35: rule `acme/no-public-admin` has no option `image`; did you mean `images`?",
      "compose-lint: .compose-lint.yaml:3:3: unknown rule `acme/no-public-admn`; did you mean `acme/no-public-admin`?",
    ]);
  });
});

describe("a broken plugin is a clear error naming it: exit 2, no stack trace", () => {
  const cases: [string, string, string][] = [
    ["throws.mjs", 'throw new Error("cannot start");\n', 'plugin "./throws.mjs" could not be loaded: cannot start'],
    ["nonsense.mjs", "export default 42;\n", 'plugin "./nonsense.mjs" exports no rules'],
    ["flat.mjs", 'export const rules = [{ meta: { id: "no-flat", description: "d", level: "error" }, check() {} }];\n', 'plugin "./flat.mjs", rule 1: meta.id must be namespaced'],
    ["nocheck.mjs", 'export const rules = [{ meta: { id: "acme/x", description: "d", level: "error" } }];\n', 'plugin "./nocheck.mjs", rule "acme/x" has no `check` function'],
    ["level.mjs", 'export const rules = [{ meta: { id: "acme/x", description: "d", level: "fatal" }, check() {} }];\n', 'meta.level must be error, warning or note; got "fatal"'],
    ["syntax.mjs", "export const = ;\n", 'plugin "./syntax.mjs" could not be loaded: '],
    ["missing-dependency.mjs", 'import "left-pad-that-does-not-exist";\n', 'plugin "./missing-dependency.mjs" could not be loaded: Cannot find package \'left-pad-that-does-not-exist\''],
  ];
  test.each(cases)("%s", (name, source, message) => {
    const dir = scratch({ [name]: source, "compose.yaml": "services: {}\n" });
    const run = runCli(["--plugin", `./${name}`, "."], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    noStackTrace(run.stderr);
  });

  test("a file or package that does not exist, and an id clash with a built-in rule", () => {
    const dir = scratch({ "compose.yaml": "services: {}\n", "clash.mjs": 'export const rules = [{ meta: { id: "acme/x", description: "d", level: "error" }, check() {} }, { meta: { id: "acme/x", description: "d", level: "error" }, check() {} }];\n' });
    expect(runCli(["--plugin", "./nope.mjs", "."], { cwd: dir }).stderr).toContain('plugin "./nope.mjs" could not be loaded: no such file');
    expect(runCli(["--plugin", "compose-lint-plugin-nope", "."], { cwd: dir }).stderr).toContain('plugin "compose-lint-plugin-nope": no such package installed');
    expect(runCli(["--plugin", "./clash.mjs", "."], { cwd: dir }).stderr).toContain('rule id "acme/x" is already defined by plugin "./clash.mjs"');
  });

  test("a plugin installed as a package is found by name from the working directory", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  a:\n    image: adminer:4\n    ports: ["80:8080"]\n' });
    const installed = join(dir, "node_modules", "compose-lint-plugin-acme");
    cpSync(join(repoRoot, "examples", "plugin"), installed, { recursive: true });
    writeFileSync(join(installed, "package.json"), JSON.stringify({ name: "compose-lint-plugin-acme", type: "module", main: "index.js", peerDependencies: { "compose-lint": "*" } }));
    // The plugin imports "compose-lint" (its peer dependency): the package under test, linked beside it.
    symlinkSync(repoRoot, join(dir, "node_modules", "compose-lint"), "dir");
    const run = runCli(["--plugin", "compose-lint-plugin-acme", "--format", "json", "."], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(findings(run.stdout)).toContain("acme/no-public-admin@4:13 error");
  });
});
