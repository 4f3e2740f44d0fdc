import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { rules } from "../rules/index.js";
import { ConfigError } from "../src/config/read.js";
import { configSchema } from "../src/config/schema.js";
import { globToRegExp } from "../src/config/glob.js";
import { BUILTIN_META } from "../src/engine/engine.js";
import { lintFiles } from "../src/lint.js";
import type { LintOptions } from "../src/lint.js";
import { repoRoot, runCli, scratch } from "./helpers.js";

const UNBOUND = 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n';

/** A repository (with .git) holding the given files. */
function repo(files: Record<string, string>): string {
  const dir = scratch(files);
  mkdirSync(join(dir, ".git"), { recursive: true });
  return dir;
}

async function ids(dir: string, paths: string[] = ["."], options: LintOptions = {}): Promise<Record<string, string[]>> {
  const result = await lintFiles(paths, { cwd: dir, env: {}, ...options });
  return Object.fromEntries(result.files.map((file) => [file.path, file.findings.map((f) => `${f.ruleId}:${f.level}`)]));
}

describe("discovery", () => {
  test("the nearest configuration wins, searched from the file's folder up to the repository root", async () => {
    const dir = repo({
      ".compose-lint.yaml": "rules:\n  no-unbound-port: error\n",
      "compose.yaml": UNBOUND,
      "a/compose.yaml": UNBOUND,
      "a/b/.compose-lint.yml": "rules:\n  no-unbound-port: note\n",
      "a/b/compose.yaml": UNBOUND,
      "a/b/c/compose.yaml": UNBOUND,
    });
    expect(await ids(dir)).toEqual({
      "compose.yaml": ["no-unbound-port:error"],
      "a/compose.yaml": ["no-unbound-port:error"],
      "a/b/compose.yaml": ["no-unbound-port:note"],
      "a/b/c/compose.yaml": ["no-unbound-port:note"],
    });
  });

  test("the search stops at the repository root (a folder with .git)", async () => {
    const outer = scratch({ ".compose-lint.yaml": "rules:\n  no-unbound-port: off\n" });
    const inner = join(outer, "project");
    mkdirSync(join(inner, ".git"), { recursive: true });
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(inner, "compose.yaml"), UNBOUND);
    expect(await ids(inner)).toEqual({ "compose.yaml": ["no-unbound-port:warning"] });
  });

  test("in one folder: .yaml, then .yml, then .json, then package.json's \"compose-lint\" key", async () => {
    const all = repo({
      ".compose-lint.yaml": "rules: { no-unbound-port: error }\n",
      ".compose-lint.yml": "rules: { no-unbound-port: note }\n",
      ".compose-lint.json": '{ "rules": { "no-unbound-port": "off" } }\n',
      "compose.yaml": UNBOUND,
    });
    expect(await ids(all)).toEqual({ "compose.yaml": ["no-unbound-port:error"] });
    const json = repo({ ".compose-lint.json": '{ "rules": { "no-unbound-port": "note" } }\n', "package.json": '{"compose-lint": {"rules": {"no-unbound-port": "off"}}}', "compose.yaml": UNBOUND });
    expect(await ids(json)).toEqual({ "compose.yaml": ["no-unbound-port:note"] });
    const pkg = repo({ "package.json": '{"name": "x", "compose-lint": {"rules": {"no-unbound-port": "error"}}}', "compose.yaml": UNBOUND });
    expect(await ids(pkg)).toEqual({ "compose.yaml": ["no-unbound-port:error"] });
  });

  test("a package.json without the key is no configuration: the search goes on upward", async () => {
    const dir = repo({ ".compose-lint.yaml": "rules: { no-unbound-port: note }\n", "app/package.json": '{"name": "app"}', "app/compose.yaml": UNBOUND });
    expect(await ids(dir)).toEqual({ "app/compose.yaml": ["no-unbound-port:note"] });
  });

  test("--config names one file for every linted file; --no-config ignores them all", () => {
    const dir = repo({ ".compose-lint.yaml": "rules: { no-unbound-port: off }\n", "policy/strict.yaml": "rules: { no-unbound-port: error }\n", "compose.yaml": UNBOUND });
    const json = (args: string[]) => JSON.parse(runCli(["--format", "json", ...args], { cwd: dir }).stdout).files[0].findings.map((f: { ruleId: string; level: string }) => `${f.ruleId}:${f.level}`);
    expect(json(["."])).toEqual([]);
    expect(json(["--config", "policy/strict.yaml", "."])).toEqual(["no-unbound-port:error"]);
    expect(json(["--no-config", "."])).toEqual(["no-unbound-port:warning"]);
    const both = runCli(["--config", "policy/strict.yaml", "--no-config", "."], { cwd: dir });
    expect(both.status).toBe(2);
    const missing = runCli(["--config", "nope.yaml", "."], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nope.yaml: cannot read the configuration (ENOENT)");
  });
});

describe("every configuration key", () => {
  test("extends: strict turns the strict rules on", async () => {
    const dir = repo({ ".compose-lint.yaml": "extends: strict\n", "compose.yaml": "services:\n  app:\n    image: app:latest\n" });
    const found = (await ids(dir))["compose.yaml"]!.map((id) => id.split(":")[0]);
    expect(found).toContain("require-pinned-image");
    expect(found).toContain("require-read-only");
  });

  test("rules: a level, off, and [level, options]", async () => {
    const dir = repo({
      ".compose-lint.yaml": "rules:\n  no-privileged: note\n  no-unbound-port: [error, { allowPorts: [443] }]\n",
      "compose.yaml": 'services:\n  app:\n    image: app:1.0\n    privileged: true\n    ports: ["443:443", "8080:80"]\n',
    });
    expect(await ids(dir)).toEqual({ "compose.yaml": ["no-privileged:note", "no-unbound-port:error"] });
  });

  test("ignore: matching paths are not linted (a name matches at any depth, a folder all below it)", async () => {
    const dir = repo({
      ".compose-lint.yaml": "ignore: [legacy/, docker-compose.test.yml, 'deploy/**/old-*.yaml']\n",
      "compose.yaml": UNBOUND,
      "legacy/compose.yaml": UNBOUND,
      "ci/docker-compose.test.yml": UNBOUND,
      "deploy/eu/old-compose.yaml": UNBOUND,
      "deploy/eu/compose.yaml": UNBOUND,
    });
    expect(Object.keys(await ids(dir)).sort()).toEqual(["compose.yaml", "deploy/eu/compose.yaml"]);
    expect(runCli(["."], { cwd: dir }).stdout).toMatch(/; 2 files checked, 3 files ignored by configuration\.$/m);
  });

  test("overrides: rules for files matching a glob, later entries winning", async () => {
    const dir = repo({
      ".compose-lint.yaml": [
        "rules: { no-unbound-port: error }",
        "overrides:",
        "  - files: ['dev/**']",
        "    rules: { no-unbound-port: off, no-privileged: note }",
        "  - files: ['dev/keep/*.yaml']",
        "    rules: { no-unbound-port: warning }",
      ].join("\n"),
      "compose.yaml": UNBOUND,
      "dev/compose.yaml": UNBOUND + "    privileged: true\n",
      "dev/keep/compose.yaml": UNBOUND,
    });
    expect(await ids(dir)).toEqual({
      "compose.yaml": ["no-unbound-port:error"],
      "dev/compose.yaml": ["no-privileged:note"],
      "dev/keep/compose.yaml": ["no-unbound-port:warning"],
    });
  });

  test("failLevel decides the exit code unless --fail-level is given", () => {
    const dir = repo({ ".compose-lint.yaml": "failLevel: error\n", "compose.yaml": UNBOUND });
    expect(runCli(["."], { cwd: dir }).status).toBe(0);
    expect(runCli(["--fail-level", "warning", "."], { cwd: dir }).status).toBe(1);
  });

  test("noInlineConfig ignores ignore comments and x-compose-lint; requireReason refuses directives without a reason", async () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"  # compose-lint ignore=no-unbound-port\n';
    const inline = repo({ "compose.yaml": text });
    expect(await ids(inline)).toEqual({ "compose.yaml": [] });
    const central = repo({ ".compose-lint.yaml": "noInlineConfig: true\n", "compose.yaml": text });
    expect(await ids(central)).toEqual({ "compose.yaml": ["no-unbound-port:warning"] });
    const reasons = repo({ ".compose-lint.yaml": "requireReason: true\n", "compose.yaml": text });
    expect(await ids(reasons)).toEqual({ "compose.yaml": ["no-unbound-port:warning", "invalid-ignore:warning"] });
  });

  test("the engine's own findings are configured like rules, except the ones that say what was not seen", async () => {
    const text = "services:\n  web:\n    image: nginx:1.27  # compose-lint ignore=no-privileged\n  db:  # compose-lint ignore=no-privilegd\n    image: postgres:16\n";
    const dir = repo({ ".compose-lint.yaml": "rules:\n  invalid-ignore: note\n  unused-ignore: off\n", "compose.yaml": text });
    expect(await ids(dir)).toEqual({ "compose.yaml": ["invalid-ignore:note"] });
    expect(await ids(repo({ "compose.yaml": text }))).toEqual({ "compose.yaml": ["unused-ignore:warning", "invalid-ignore:warning"] });
  });
});

describe("configuration errors: exit 2, file:line:col, the nearest valid name", () => {
  const errorsOf = (config: string, name = ".compose-lint.yaml") => {
    const dir = repo({ [name]: config, "compose.yaml": UNBOUND });
    const run = runCli(["."], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    return run.stderr.trim().split("\n");
  };

  test("unknown rule, unknown option, bad level, bad option value, unknown key", () => {
    expect(errorsOf("rules:\n  no-unbound-prot: warning\n")).toEqual(["compose-lint: .compose-lint.yaml:2:3: unknown rule `no-unbound-prot`; did you mean `no-unbound-port`?"]);
    expect(errorsOf("rules:\n  require-pinned-image: [error, { requireDigests: true }]\n")).toEqual([
      "compose-lint: .compose-lint.yaml:2:35: rule `require-pinned-image` has no option `requireDigests`; did you mean `requireDigest`?",
    ]);
    expect(errorsOf("rules:\n  no-privileged: [error, { x: 1 }]\n")).toEqual(["compose-lint: .compose-lint.yaml:2:18: rule `no-privileged` takes no options: write only its level (off, note, warning or error)."]);
    expect(errorsOf("rules:\n  no-privileged: warn\n")).toEqual(["compose-lint: .compose-lint.yaml:2:18: rule `no-privileged`: \"warn\" is not a level; did you mean `warning`? (write off, note, warning or error)."]);
    expect(errorsOf("rules:\n  no-unbound-port: [warning, { allowPorts: [80, 70000] }]\n")).toEqual([
      "compose-lint: .compose-lint.yaml:2:49: option `allowPorts[1]` of rule `no-unbound-port` must be an integer from 1 to 65535, not 70000.",
    ]);
    expect(errorsOf("rule:\n  no-privileged: off\n")).toEqual(["compose-lint: .compose-lint.yaml:1:1: unknown key `rule`; did you mean `rules`?"]);
    expect(errorsOf("overrides:\n  - file: [a]\n")).toEqual([
      "compose-lint: .compose-lint.yaml:2:5: `overrides[0]` needs the key `files`.",
      "compose-lint: .compose-lint.yaml:2:5: unknown key `file` in an override; did you mean `files`?".replace(" in an override", ""),
    ]);
  });

  test("bad YAML and JSON name their position; the positions inside package.json too", () => {
    expect(errorsOf("rules:\n  no-privileged: [off\n")[0]).toMatch(/^compose-lint: \.compose-lint\.yaml:\d+:\d+: /);
    expect(errorsOf('{ "rules": { "no-privileged": "of" } }', ".compose-lint.json")).toEqual([
      'compose-lint: .compose-lint.json:1:31: rule `no-privileged`: "of" is not a level; did you mean `off`? (write off, note, warning or error).',
    ]);
    expect(errorsOf('{\n  "name": "x",\n  "compose-lint": {\n    "rules": { "no-privilegd": "off" }\n  }\n}\n', "package.json")).toEqual([
      "compose-lint: package.json:4:16: unknown rule `no-privilegd`; did you mean `no-privileged`?",
    ]);
  });

  test("locked ids cannot be turned off or lowered, in configuration or with --rule", () => {
    for (const id of ["not-linted", "internal-error", "yaml-syntax", "unreadable-value", "project-error"]) {
      expect(errorsOf(`rules:\n  ${id}: off\n`)[0]).toContain(`rule \`${id}\` cannot be turned off or lowered`);
    }
    const run = runCli(["--rule", "not-linted=off", "."], { cwd: repo({ "compose.yaml": UNBOUND }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("not-linted cannot be turned off or lowered");
  });
});

describe("a configuration is data: it never runs code", () => {
  test("plugins, tags and anything executable load nothing; a witness file stays absent", () => {
    const witness = "PWNED";
    const plugin = `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(witness)}, "ran"); export default { rules: [] };\n`;
    const configs: Record<string, string> = {
      ".compose-lint.yaml": "plugins: [./evil.mjs]\n",
      ".compose-lint.yml": "rules: !!js/function 'function () { require(\"fs\").writeFileSync(\"PWNED\", \"x\") }'\n",
      ".compose-lint.json": '{ "extends": "./evil.mjs" }',
      "package.json": '{ "compose-lint": { "extends": ["./evil.mjs"], "plugins": ["./evil.mjs"] } }',
    };
    for (const [name, config] of Object.entries(configs)) {
      const dir = repo({ [name]: config, "evil.mjs": plugin, "compose.yaml": UNBOUND });
      const run = runCli(["."], { cwd: dir });
      expect(run.status, name).toBe(2);
      expect(() => readFileSync(join(dir, witness)), name).toThrow();
    }
  });
});

describe("--print-config", () => {
  test("prints the effective configuration for a file: the file it comes from, overrides applied, every rule", () => {
    const dir = repo({ ".compose-lint.yaml": "failLevel: error\nrules: { no-unbound-port: [note, { allowPorts: [443] }] }\noverrides:\n  - files: [dev/*]\n    rules: { no-privileged: off }\n", "dev/compose.yaml": UNBOUND });
    const run = runCli(["--print-config", "dev/compose.yaml"], { cwd: dir });
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.configFile).toBe(".compose-lint.yaml");
    expect(printed.failLevel).toBe("error");
    expect(printed.rules["no-unbound-port"]).toEqual(["note", { allowPorts: [443] }]);
    expect(printed.rules["no-privileged"]).toBe("off");
    expect(printed.rules["require-read-only"]).toBe("off");
    expect(printed.rules["not-linted"]).toBe("error");
    expect(printed.rules["unused-ignore"]).toBe("warning");
  });
});

describe("the schema", () => {
  test("schema/config.schema.json is written from every rule's options (run npm run build after changing one)", () => {
    const committed = JSON.parse(readFileSync(join(repoRoot, "schema", "config.schema.json"), "utf8"));
    expect(committed).toEqual(configSchema([...BUILTIN_META, ...rules.map((r) => r.meta)]));
  });

  test("every rule option schema is a closed mapping, and the package ships the schema", () => {
    for (const rule of rules) {
      if (!rule.meta.options) continue;
      expect(rule.meta.options.type).toBe("object");
      expect(rule.meta.options.additionalProperties).toBe(false);
      for (const option of Object.values(rule.meta.options.properties)) expect(typeof option.description).toBe("string");
    }
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    expect(pkg.files).toContain("schema/config.schema.json");
  });

  test("globs: a name at any depth, a folder and all below, ** across folders, {a,b}", () => {
    const matches = (glob: string, path: string) => globToRegExp(glob).test(path);
    expect(matches("compose.test.yaml", "a/b/compose.test.yaml")).toBe(true);
    expect(matches("legacy/", "legacy/x/compose.yaml")).toBe(true);
    expect(matches("deploy/*.yaml", "deploy/eu/compose.yaml")).toBe(false);
    expect(matches("deploy/**/*.yaml", "deploy/eu/compose.yaml")).toBe(true);
    expect(matches("deploy/**/*.yaml", "deploy/compose.yaml")).toBe(true);
    expect(matches("*.{yml,yaml}", "x/compose.yml")).toBe(true);
    expect(matches("/compose.yaml", "sub/compose.yaml")).toBe(false);
  });

  test("ConfigError is thrown by the API with the located message", async () => {
    const dir = repo({ ".compose-lint.yaml": "rules: { nope: off }\n", "compose.yaml": UNBOUND });
    await expect(lintFiles(["."], { cwd: dir })).rejects.toThrow(ConfigError);
  });
});

describe("overrides[].suppress", () => {
  test("suppresses a rule's findings in matching files with the reason: listed (SARIF kind external), never counted", () => {
    const dir = repo({
      ".compose-lint.yaml": "overrides:\n  - files: [edge/*]\n    suppress: [no-unbound-port]\n    reason: the edge proxy is public by design\n",
      "edge/compose.yaml": UNBOUND,
      "app/compose.yaml": UNBOUND,
    });
    const run = runCli(["--format", "sarif", "."], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; suppressions?: unknown }) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.suppressions ?? null]);
    expect(results).toEqual([
      ["app/compose.yaml", null],
      ["edge/compose.yaml", [{ kind: "external", status: "accepted", justification: "the edge proxy is public by design" }]],
    ]);
  });

  test("needs a reason, names known rules, and never a locked one", async () => {
    const check = async (config: string) => {
      const dir = repo({ ".compose-lint.yaml": config, "compose.yaml": UNBOUND });
      return lintFiles(["."], { cwd: dir }).then(
        () => "no error",
        (error: Error) => error.message,
      );
    };
    expect(await check("overrides:\n  - files: ['*']\n    suppress: [no-unbound-port]\n")).toBe(".compose-lint.yaml:2:5: `overrides[0]` needs the key `reason` with `suppress`.");
    expect(await check("overrides:\n  - files: ['*']\n    suppress: [no-unbound-prot]\n    reason: x\n")).toBe(".compose-lint.yaml:3:16: unknown rule `no-unbound-prot`; did you mean `no-unbound-port`?");
    expect(await check("overrides:\n  - files: ['*']\n    suppress: [not-linted]\n    reason: x\n")).toBe(".compose-lint.yaml:3:16: `not-linted` cannot be suppressed: it reports what compose-lint could not read or see.");
  });
});
