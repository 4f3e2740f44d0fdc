/**
 * `npx compose-lint` as a user gets it: the package packed with `npm pack`, installed from the
 * tarball into a scratch project (its dependencies from npm's cache, which `npm ci` filled), and
 * run there. lib/ and the type declarations are already built (the global setup runs `npm run
 * build`). The package is self-contained: the bundle in lib/ holds yaml, ajv's runtime and
 * fast-glob, so installing it installs exactly one package and runs no install script.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type * as Api from "../src/index.js";
import { repoRoot, scratch } from "./helpers.js";

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { name: string; version: string };
const npmEnv = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", npm_config_loglevel: "error" };

let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
let packDir: string;
let project: string;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: npmEnv });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  packDir = scratch({});
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", packDir], { cwd: repoRoot, encoding: "utf8", env: npmEnv });
  packed = (JSON.parse(out) as (typeof packed)[])[0]!;
  project = scratch({
    "package.json": JSON.stringify({ name: "scratch-project", version: "1.0.0", private: true }),
    "compose.yaml": 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n',
    "deploy/docker-compose.yml": 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n',
  });
  const install = run("npm", ["install", join(packDir, packed.filename), "--no-audit", "--no-fund", "--offline", "--no-package-lock"], project);
  expect(install.status, install.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  for (const dir of [packDir, project]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the npm package", () => {
  test("ships the built program, the rules' docs and the README, and not the sources or tests", () => {
    const files = packed.files.map((f) => f.path);
    for (const needed of ["package.json", "LICENSE", "bin/compose-lint.js", "lib/cli.mjs", "lib/index.mjs", "dist/src/index.d.ts", "dist/src/lint.d.ts", "dist/rules/index.d.ts", "rules/no-unbound-port.md", "rules/invalid-ignore.md", "schema/config.schema.json", "README.md"]) {
      expect(files, needed).toContain(needed);
    }
    // The bundle replaces tsc's JavaScript output; only its type declarations ship from dist/.
    expect(files.filter((f) => f.startsWith("dist/") && !f.endsWith(".d.ts"))).toEqual([]);
    expect(files.filter((f) => /^(src|test|action|fixtures|scripts|\.ci)\//.test(f) || f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  });

  test("has no runtime dependency and no install script: installing it installs exactly one package", () => {
    const manifest = JSON.parse(readFileSync(join(project, "node_modules", "compose-lint", "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const script of ["preinstall", "install", "postinstall", "prepare"]) expect(manifest.scripts ?? {}, script).not.toHaveProperty(script);
    const installed = readdirSync(join(project, "node_modules")).filter((name) => !name.startsWith("."));
    expect(installed).toEqual(["compose-lint"]);
    const license = readFileSync(join(project, "node_modules", "compose-lint", "LICENSE"), "utf8");
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) compose-lint contributors\n/);
    const size = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
    const installedBytes = size(join(project, "node_modules"));
    console.log(`npm package: ${(packed.size / 1024).toFixed(0)} KiB packed, ${(installedBytes / 1024).toFixed(0)} KiB installed (1 package)`);
    expect(installedBytes).toBeLessThan(3 * 1024 * 1024);
  });

  test("its type declarations type-check a consumer without any other package", () => {
    writeFileSync(
      join(project, "consumer.ts"),
      'import { lintText, type LintResult } from "compose-lint";\nconst result: LintResult = { files: [lintText("services: {}\\n", "c.yaml")], errors: [] };\nexport const count: number = result.files[0]!.findings.length;\n',
    );
    const tsc = run(process.execPath, [join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--types", "node", "--typeRoots", join(repoRoot, "node_modules", "@types"), "consumer.ts"], project);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  test("the programmatic API loads from the bundle and lints", async () => {
    const entry = join(project, "node_modules", "compose-lint", "lib", "index.mjs");
    const api = (await import(entry)) as typeof Api;
    const result = await api.lintFiles(["compose.yaml"], { cwd: project, env: {} });
    expect(result.files[0]!.findings.map((f) => f.ruleId)).toContain("no-published-database-port");
    expect(api.lintText("services: {}\n", "x.yaml", { env: {} }).findings).toEqual([]);
  });

  test("the installed package explains its rules and puts their pages in SARIF", () => {
    const explain = run("npx", ["--no-install", "compose-lint", "--explain", "no-unbound-port"], project);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toMatch(/^no-unbound-port\n=+\n/);
    const sarif = JSON.parse(run("npx", ["--no-install", "compose-lint", "--format", "sarif"], project).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "no-unbound-port");
    expect(rule.help.markdown).toContain("## Options");
  });

  test("`npx compose-lint` lints the compose files of the current directory", () => {
    const lint = run("npx", ["--no-install", "compose-lint"], project);
    expect(lint.stderr).toBe("");
    expect(lint.stdout).toMatch(/^compose\.yaml \(1 problem\)\ncompose\.yaml:5:9 {2}error {2}service "db" publishes PostgreSQL port 5432:5432 /);
    expect(lint.stdout).toContain("in 1 file; 2 files checked.");
    expect(lint.status).toBe(1);
    const clean = run("npx", ["--no-install", "compose-lint", "deploy"], project);
    expect(clean.stdout).toBe("No problems found (1 file checked).\n");
    expect(clean.status).toBe(0);
  });

  test("--version and --help are complete", () => {
    const bin = join(project, "node_modules", ".bin", "compose-lint");
    const version = run(bin, ["--version"], project);
    expect(version).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: "" });
    const help = run(bin, ["--help"], project);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: compose-lint \[options\] \[paths\.\.\.\]/);
    for (const format of ["text", "json", "sarif", "github", "junit", "gitlab", "checkstyle", "markdown"]) expect(help.stdout).toContain(format);
    for (const option of ["--format", "--output-file", "--fail-level", "--strict", "--rule", "--stdin-filename", "--list-rules", "--help", "--version", "Exit codes"]) {
      expect(help.stdout).toContain(option);
    }
  });

  test("the installed package finds its rule docs (SARIF help) and every new format runs", () => {
    const bin = join(project, "node_modules", ".bin", "compose-lint");
    const sarif = JSON.parse(run(bin, ["--format", "sarif", "compose.yaml"], project).stdout) as { runs: { tool: { driver: { version: string; rules: { id: string; help: { markdown: string } }[] } } }[] };
    const driver = sarif.runs[0]!.tool.driver;
    expect(driver.version).toBe(pkg.version);
    const unbound = driver.rules.find((r) => r.id === "no-unbound-port")!;
    expect(unbound.help.markdown).toBe(readFileSync(join(repoRoot, "rules", "no-unbound-port.md"), "utf8"));
    for (const format of ["github", "junit", "gitlab", "checkstyle", "markdown"]) {
      const out = run(bin, ["--format", format, "compose.yaml"], project);
      expect(out.status, `${format}: ${out.stderr}`).toBe(1);
      expect(out.stdout).toContain("no-published-database-port");
    }
  });
});
