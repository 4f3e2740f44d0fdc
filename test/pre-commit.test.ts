/**
 * The pre-commit hooks, run by the real pre-commit framework the way a user's repository runs them:
 * `pre-commit try-repo <this repository> <hook> --all-files`. pre-commit clones the hook repository;
 * `compose-lint` (language: script) runs bin/compose-lint.js from the clone with the Node.js on
 * PATH, `compose-lint-node` (language: node) is installed with `npm install` and `npm pack` first
 * (nothing is built either way: the command line is committed in lib/). The test prints how long
 * each first install and run took.
 *
 * try-repo takes the repository's HEAD plus changes to tracked files, not new untracked ones, so
 * the test commits a snapshot of the working tree (tracked and untracked, minus ignored files) to
 * a scratch repository and points try-repo at that: what is tested is what would be committed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, test } from "vitest";
import { discover } from "../src/discover.js";
import { repoRoot, scratch } from "./helpers.js";

const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const havePreCommit = preCommit.status === 0;
const GIT_IDENTITY = ["-c", "user.name=compose-lint test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"];

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", [...GIT_IDENTITY, ...args], { cwd, encoding: "utf8" });
}

/** This repository's working tree as it would be committed, in a fresh git repository. */
function snapshotRepository(): string {
  const dir = scratch({});
  const files = git(repoRoot, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0").filter(Boolean);
  for (const file of new Set(files)) {
    const source = join(repoRoot, file);
    if (!existsSync(source) || !statSync(source).isFile()) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(source, join(dir, file));
  }
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "snapshot");
  return dir;
}

test("the hook manifest runs on the compose file names discovery finds, at any depth, and on nothing else", async () => {
  const hooks = parseYaml(readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as {
    id: string;
    entry: string;
    language: string;
    files: string;
    types: string[];
    require_serial: boolean;
    minimum_pre_commit_version: string;
  }[];
  const [hook, nodeHook, fixHook] = hooks;
  expect(hooks).toHaveLength(3);
  expect(hook).toMatchObject({ id: "compose-lint", entry: "bin/compose-lint.js", language: "script", types: ["yaml"], require_serial: true });
  expect(nodeHook).toMatchObject({ id: "compose-lint-node", entry: "compose-lint", language: "node", types: ["yaml"], require_serial: true, files: hook!.files });
  // language: script runs the entry from the clone: it must be executable there.
  expect(git(repoRoot, "ls-files", "-s", "bin/compose-lint.js")).toMatch(/^100755 /);
  expect(hook!.minimum_pre_commit_version).toMatch(/^\d+\.\d+\.\d+$/);
  // The fixing hook runs on the same files, with the safe fixes only.
  expect(fixHook).toMatchObject({ id: "compose-lint-fix", entry: "bin/compose-lint.js --fix", language: "script", files: hook!.files, types: ["yaml"], require_serial: true });
  const names = [
    "compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml", "deploy/docker-compose.prod.yaml", "a/b/compose-dev.yml",
    "compose.override.yaml", "docker-compose_secrets.yml", "ops/monitoring-compose.yml", "stack.compose.yaml", "docker-stack.yml", "swarm/docker-stack.prod.yaml",
    "notes.yaml", "composer.yaml", "compose.yaml.bak", "docker-compose/values.yaml", "ci/compose.json", "composition.yml", "stack.yml", "docker-stacks.yml",
  ];
  const dir = scratch(Object.fromEntries(names.map((name) => [name, "services: {}\n"])));
  const found = (await discover(["."], dir)).files.map((file) => relative(dir, file).split(sep).join("/"));
  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
  const files = new RegExp(hook!.files);
  expect(names.filter((name) => files.test(name)).sort()).toEqual(found.sort());
  expect(found).toContain("a/b/compose-dev.yml");
  expect(found).not.toContain("notes.yaml");
});

const title = havePreCommit ? `pre-commit try-repo (${preCommit.stdout.trim()})` : "pre-commit try-repo (skipped: pre-commit is not on PATH; .ci/run installs Debian's package)";

describe.skipIf(!havePreCommit)(title, () => {
  const hookRepo = havePreCommit ? snapshotRepository() : "";
  afterAll(() => rmSync(hookRepo, { recursive: true, force: true }));

  test.each(["compose-lint", "compose-lint-node"])("installs %s from a clone, fails on the bad compose file and passes the good one", (hookId) => {
    const project = scratch({
      "compose.yaml": 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n',
      "services/docker-compose.prod.yml": 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n',
      // Not a compose file name: the hook must not see it, though it would fail.
      "notes.yaml": 'services:\n  db:\n    image: mysql:8\n    ports: ["3306:3306"]\n',
    });
    git(project, "init", "-q");
    git(project, "add", "-A");
    // pre-commit shows npm's output only when a setup command fails: keep npm's logs to explain a failure.
    const npmLogs = scratch({});
    const started = Date.now();
    const run = spawnSync("pre-commit", ["try-repo", hookRepo, hookId, "--all-files", "--color", "never"], {
      cwd: project,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        // Should npm still need the registry (a package's metadata missing from the cache), it goes
        // the way the machine's own npm goes: its proxy and certificate authorities.
        ...networkEnvironment(),
        // npm's cache from `npm ci` already holds every package: no need to ask the registry.
        npm_config_prefer_offline: "true",
        npm_config_audit: "false",
        npm_config_fund: "false",
        npm_config_update_notifier: "false",
        npm_config_logs_dir: npmLogs,
      },
      timeout: 240_000,
    });
    const npmErrors = readdirSync(npmLogs).flatMap((name) => readFileSync(join(npmLogs, name), "utf8").split("\n").filter((line) => / (error|verbose stack) /.test(line)));
    const output = run.stdout + run.stderr + (npmErrors.length > 0 ? `\nnpm's logged errors:\n${npmErrors.join("\n")}` : "");
    console.log(`pre-commit try-repo ${hookId} (first install and run) took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(output, output).toMatch(/^compose-lint\.+Failed$/m);
    expect(output).toContain(`- hook id: ${hookId}\n- exit code: 1`);
    // The file's group header, then each finding's line starting with its jumpable path:line:col.
    expect(output).toMatch(/^compose\.yaml \(1 problem\)\ncompose\.yaml:5:9 {2}error {2}service "db" publishes PostgreSQL port 5432:5432 /m);
    expect(output).toMatch(/\[no-published-database-port\]$/m);
    // Both compose files were checked, the good one silently; notes.yaml was not passed.
    expect(output).toContain("in 1 file; 2 files checked.");
    expect(output).not.toMatch(/^services\/docker-compose\.prod\.yml[ :]/m);
    expect(output).not.toContain("notes.yaml");
    expect(run.status, output).toBe(1);
    if (hookId === "compose-lint") {
      // The fixing hook binds the port to loopback; pre-commit fails the run because a file changed.
      const fix = spawnSync("pre-commit", ["try-repo", hookRepo, "compose-lint-fix", "--all-files", "--color", "never"], { cwd: project, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" }, timeout: 240_000 });
      const fixOutput = fix.stdout + fix.stderr;
      expect(fixOutput, fixOutput).toContain("- files were modified by this hook");
      expect(readFileSync(join(project, "compose.yaml"), "utf8")).toBe('services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n');
      expect(readFileSync(join(project, "notes.yaml"), "utf8")).toContain('"3306:3306"');
    }
    for (const dir of [project, npmLogs]) rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});

/** The variables that tell npm (and Node) how this machine reaches the network. */
function networkEnvironment(): Record<string, string> {
  const names = /^(https?_proxy|no_proxy|node_extra_ca_certs|ssl_cert_file|ssl_cert_dir|npm_config_(cafile|ca|proxy|https_proxy|noproxy|registry|strict_ssl))$/i;
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => names.test(entry[0]) && entry[1] !== undefined));
}
