/**
 * `npx compose-lint` as a user gets it: the package packed with `npm pack`, installed from the
 * tarball into a scratch project (its dependencies from npm's cache, which `npm ci` filled), and
 * run there. dist/ is already built (the global setup runs `npm run build`), so packing skips the
 * `prepare` script rather than rebuild dist/ under the other tests' feet.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { repoRoot, scratch } from "./helpers.js";

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { name: string; version: string };
const npmEnv = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", npm_config_loglevel: "error" };

let packed: { filename: string; files: { path: string }[] };
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
  const install = run("npm", ["install", join(packDir, packed.filename), "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock"], project);
  expect(install.status, install.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  for (const dir of [packDir, project]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the npm package", () => {
  test("ships the built program, the rules' docs and the README, and not the sources or tests", () => {
    const files = packed.files.map((f) => f.path);
    for (const needed of ["package.json", "bin/compose-lint.js", "dist/src/cli.js", "dist/src/index.js", "dist/src/index.d.ts", "dist/rules/index.js", "dist/src/format/markdown.js", "rules/no-unbound-port.md", "rules/invalid-ignore.md", "schema/config.schema.json", "README.md"]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => /^(src|test|action|fixtures|scripts|\.ci)\//.test(f) || f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
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
    expect(lint.stdout).toMatch(/^compose\.yaml\n {2}5:9 +error +service "db" publishes PostgreSQL port 5432:5432/);
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
