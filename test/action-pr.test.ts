/**
 * The Action on a pull request, simulated: a git repository with a base commit and a change, the
 * event payload in GITHUB_EVENT_PATH, and the committed bundle run as the runner runs it. Only the
 * findings on changed lines are annotated and fail the step; SARIF keeps every finding.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseUnifiedDiff, unquoteGitPath } from "../action/changed-lines.js";
import { STEP_SUMMARY_LIMIT } from "../src/format/markdown.js";
import { repoRoot, scratch } from "./helpers.js";

const bundle = join(repoRoot, "action", "dist", "index.js");
const GIT = ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"];
const git = (cwd: string, ...args: string[]) => execFileSync("git", [...GIT, ...args], { cwd, encoding: "utf8" }).trim();

/** Sixty services publishing a port on every interface: findings the pull request did not write. */
const BASE = ["services:", ...Array.from({ length: 60 }, (_, i) => `  svc${i}:\n    image: nginx:1.27\n    ports: ["${8000 + i}:80"]`), ""].join("\n");
const HEAD = BASE.replace('  svc3:\n    image: nginx:1.27\n    ports: ["8003:80"]', '  svc3:\n    image: postgres:16\n    ports: ["8003:80", "5432:5432"]') + '  added:\n    image: nginx:1.27\n    ports: ["9999:80"]\n';

/** A repository whose first commit (the base) holds these files. */
function committedRepo(files: Record<string, string>): { dir: string; base: string } {
  const dir = scratch(files);
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "base");
  return { dir, base: git(dir, "rev-parse", "HEAD") };
}

function pullRequestRepo(): { dir: string; base: string } {
  const { dir, base } = committedRepo({ "compose.yaml": BASE });
  writeFileSync(join(dir, "compose.yaml"), HEAD);
  git(dir, "commit", "-q", "-am", "the pull request");
  return { dir, base };
}

function runAction(workspace: string, inputs: Record<string, string>, event: { name: string; payload?: unknown }) {
  const temp = scratch({ "summary.md": "", "output.txt": "", "event.json": JSON.stringify(event.payload ?? {}) });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: join(temp, "event.json"),
    GITHUB_STEP_SUMMARY: join(temp, "summary.md"),
    GITHUB_OUTPUT: join(temp, "output.txt"),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [bundle], { cwd: workspace, env, encoding: "utf8" });
  // The summary as read on the page: Markdown's backslash escapes of punctuation removed.
  const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8").replace(/\\([\\`*_[\]()~|!{}#])/g, "$1");
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, summary };
}

/** Annotations as the runner reads them (outside stop-commands blocks): `level file:line rule`. */
function annotations(stdout: string): string[] {
  const out: string[] = [];
  let stop: string | undefined;
  for (const line of stdout.split("\n")) {
    const match = /^::([A-Za-z0-9-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (stop !== undefined) {
      if (match?.[1] === stop) stop = undefined;
      continue;
    }
    if (match?.[1] === "stop-commands") stop = match[3];
    else if (match && match[2]?.includes("file=")) {
      const props = Object.fromEntries(match[2].split(",").map((p) => p.split("=") as [string, string]));
      out.push(`${match[1]} ${props.file}:${props.line} ${props.title}`);
    }
  }
  return out;
}

describe("the Action on a pull request (only-changed)", () => {
  test("annotates and fails only on the lines the pull request changes; SARIF keeps every finding; the summary stays under its caps", () => {
    const { dir, base } = pullRequestRepo();
    const run = runAction(dir, { "sarif-file": "compose-lint.sarif" }, { name: "pull_request", payload: { pull_request: { base: { sha: base } } } });
    expect(run.stderr).toBe("");
    // svc3's changed ports line (13: now a PostgreSQL image) and the added service's (184): nothing on the 59 untouched ports.
    expect(annotations(run.stdout).sort(), run.stdout).toEqual([
      "error compose.yaml:13 no-published-database-port",
      "error compose.yaml:13 no-published-database-port",
      "warning compose.yaml:184 no-unbound-port",
    ]);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, "compose-lint.sarif"), "utf8")) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(62);
    expect(run.summary).toContain(`only-changed: 3 findings that this pull request brings (on the lines it changes, or new since ${base.slice(0, 12)}) are annotated and counted; 59 findings it did not bring are neither annotated nor failing the step`);
    expect(run.summary).toContain("**3 problems** (2 errors, 1 warning, 0 notes)");
    expect(Buffer.byteLength(run.summary)).toBeLessThan(STEP_SUMMARY_LIMIT);
  });

  test("a finding the pull request brings without touching its line (a removed read_only: true) is in scope", () => {
    const before = 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    user: "101"\n  worker:\n    image: busybox:1.36\n';
    const { dir, base } = committedRepo({ "compose.yaml": before });
    writeFileSync(join(dir, "compose.yaml"), before.replace("    read_only: true\n", ""));
    git(dir, "commit", "-q", "-am", "drop read_only");
    const run = runAction(dir, { strict: "true", "fail-level": "note" }, { name: "pull_request", payload: { pull_request: { base: { sha: base } } } });
    // require-read-only points at the service's name (line 2), which the pull request did not change.
    expect(annotations(run.stdout)).toEqual(["notice compose.yaml:2 require-read-only"]);
    expect(run.status).toBe(1);
  });

  test("a finding a changed .env brings is in scope though the compose file is untouched", () => {
    const { dir, base } = committedRepo({ "compose.yaml": 'services:\n  db:\n    image: postgres:16\n    ports: ["${DB_BIND}:5432:5432"]\n', ".env": "DB_BIND=127.0.0.1\n" });
    writeFileSync(join(dir, ".env"), "DB_BIND=0.0.0.0\n");
    git(dir, "commit", "-q", "-am", "bind everywhere");
    const run = runAction(dir, {}, { name: "pull_request", payload: { pull_request: { base: { sha: base } } } });
    expect(annotations(run.stdout)).toContain("error compose.yaml:4 no-published-database-port");
    expect(run.status).toBe(1);
  });

  test("the base is linted as a project too: an untouched override's finding is not brought, one the change causes there is", () => {
    const { dir, base } = committedRepo({ "compose.yaml": "services:\n  db:\n    image: postgres:16.4\n  web:\n    image: nginx:1.27\n", "compose.override.yaml": 'services:\n  db:\n    ports: ["5432:5432"]\n  web:\n    ports: ["127.0.0.1:8080:80"]\n' });
    // The change makes web a PostgreSQL: the override's loopback port is fine, but its line did not change.
    writeFileSync(join(dir, "compose.yaml"), "services:\n  db:\n    image: postgres:16.4\n  web:\n    image: nginx:1.27.1\n    privileged: true\n");
    git(dir, "commit", "-q", "-am", "the pull request");
    const run = runAction(dir, {}, { name: "pull_request", payload: { pull_request: { base: { sha: base } } } });
    expect(annotations(run.stdout)).toEqual(["error compose.yaml:6 no-privileged"]);
    expect(run.status).toBe(1);
    // A change in the base file that brings a finding located in the untouched override is in scope.
    writeFileSync(join(dir, "compose.override.yaml"), "services:\n  db:\n    ports: [\"127.0.0.1:5432:5432\"]\n  web:\n    ports: [\"8080:80\"]\n");
    git(dir, "commit", "-q", "-am", "the override as it will stay");
    const base2 = git(dir, "rev-parse", "HEAD");
    writeFileSync(join(dir, "compose.yaml"), "services:\n  db:\n    image: postgres:16.4\n  web:\n    image: postgres:16.4\n");
    git(dir, "commit", "-q", "-am", "web becomes a database");
    const second = runAction(dir, {}, { name: "pull_request", payload: { pull_request: { base: { sha: base2 } } } });
    expect(annotations(second.stdout)).toEqual(["error compose.override.yaml:5 no-published-database-port"]);
  });

  test("a deleted override is still part of the base: the port it kept on loopback is brought by deleting it", () => {
    const { dir, base } = committedRepo({ "compose.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports: ["5432:5432"]\n', "compose.override.yaml": 'services:\n  db:\n    ports: !override ["127.0.0.1:5432:5432"]\n' });
    git(dir, "rm", "-q", "compose.override.yaml");
    git(dir, "commit", "-q", "-m", "drop the override");
    const run = runAction(dir, {}, { name: "pull_request", payload: { pull_request: { base: { sha: base } } } });
    // compose.yaml's line did not change, but the finding is new since the base.
    expect(annotations(run.stdout)).toEqual(["error compose.yaml:4 no-published-database-port"]);
    expect(run.status).toBe(1);
  });

  test("only-changed: false lints everything: the table is capped, errors first, with a pointer to SARIF", () => {
    const { dir, base } = pullRequestRepo();
    const run = runAction(dir, { "only-changed": "false", "sarif-file": "out/cl.sarif" }, { name: "pull_request", payload: { pull_request: { base: { sha: base } } } });
    expect(run.status).toBe(1);
    const rows = run.summary.split("\n").filter((line) => line.startsWith("| compose.yaml:"));
    expect(rows).toHaveLength(50);
    expect(rows[0]).toContain("no-published-database-port");
    expect(run.summary).toContain("_12 more findings not listed (the table shows the most severe): see the SARIF report (out/cl.sarif) or the log of this step._");
    expect(run.summary).not.toContain("only-changed");
  });

  test("without the base commit in the history (a shallow checkout) it lints everything and says why", () => {
    const { dir: origin, base } = pullRequestRepo();
    const shallow = scratch({});
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin}`, shallow]);
    const run = runAction(shallow, {}, { name: "pull_request", payload: { pull_request: { base: { sha: base } } } });
    expect(run.summary).toContain(`only-changed: linted and annotated everything, because the base commit ${base.slice(0, 12)} is not in the checkout's history (use actions/checkout with fetch-depth: 0).`);
    expect(run.summary).toContain("**62 problems**");
    expect(run.stdout).toContain("compose-lint: only-changed: linted and annotated everything");
  });

  test("on a push, only-changed is off by default; asked for, it says the event is not a pull request", () => {
    const { dir } = pullRequestRepo();
    const push = runAction(dir, {}, { name: "push" });
    expect(push.summary).toContain("**62 problems**");
    expect(push.summary).not.toContain("only-changed");
    const asked = runAction(dir, { "only-changed": "true" }, { name: "push" });
    expect(asked.summary).toContain('only-changed: linted and annotated everything, because the "push" event is not a pull request.');
  });
});

describe("the Action's other inputs", () => {
  const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n';

  test("strict, rules, baseline and an extra report", () => {
    const dir = scratch({ "compose.yaml": compose });
    const strict = runAction(dir, { strict: "true", rules: "no-unbound-port=off\n# a comment\nrequire-pinned-image=error", "fail-level": "error" }, { name: "push" });
    const found = annotations(strict.stdout);
    expect(found).toContain("error compose.yaml:3 require-pinned-image");
    expect(found.some((a) => a.includes("require-read-only"))).toBe(true);
    expect(found.some((a) => a.includes("no-unbound-port"))).toBe(false);
    expect(strict.status).toBe(1);

    execFileSync(process.execPath, [join(repoRoot, "bin", "compose-lint.js"), "--write-baseline", "baseline.json", "."], { cwd: dir, env: { ...process.env, TMPDIR: scratch({}) } });
    const baselined = runAction(dir, { baseline: "baseline.json", format: "gitlab", output: "reports/cq.json" }, { name: "push" });
    expect(annotations(baselined.stdout)).toEqual([]);
    expect(baselined.stdout).toContain("compose-lint: baseline baseline.json: 1 recorded finding not shown");
    expect(baselined.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "reports", "cq.json"), "utf8"))).toEqual([]);
  });

  test("config names the configuration file for every linted file", () => {
    const dir = scratch({ "compose.yaml": compose, "ci/lenient.yaml": "rules:\n  no-unbound-port: off\n" });
    expect(annotations(runAction(dir, {}, { name: "push" }).stdout)).toEqual(["warning compose.yaml:4 no-unbound-port"]);
    const configured = runAction(dir, { config: "ci/lenient.yaml" }, { name: "push" });
    expect(annotations(configured.stdout)).toEqual([]);
    expect(configured.status).toBe(0);
    const missing = runAction(dir, { config: "ci/missing.yaml" }, { name: "push" });
    expect(missing.stdout).toMatch(/^::error title=compose-lint::.*ci\/missing\.yaml/m);
    expect(missing.status).toBe(2);
  });

  test("a wrong input is a clear error and a failed step (exit 2)", () => {
    const dir = scratch({ "compose.yaml": compose });
    const cases: [Record<string, string>, string][] = [
      [{ rules: "no-such-rule=error" }, 'input "rules": unknown rule "no-such-rule" (see --list-rules)'],
      [{ rules: "no-unbound-port" }, 'input "rules": expects ID=LEVEL with LEVEL error, warning, note or off; got "no-unbound-port"'],
      [{ strict: "yes" }, 'input "strict" must be true or false; got "yes"'],
      [{ "only-changed": "maybe" }, 'input "only-changed" must be true or false; got "maybe"'],
      [{ format: "gitlab" }, 'input "format" needs input "output", the file to write the gitlab report to'],
      [{ format: "html", output: "x.html" }, 'input "format" must be one of:'],
      [{ format: "json", output: "../x.json" }, 'input "output": output file "../x.json" is outside the workspace'],
      [{ baseline: "missing.json" }, 'input "baseline": cannot read baseline missing.json (ENOENT)'],
    ];
    for (const [inputs, message] of cases) {
      const run = runAction(dir, inputs, { name: "push" });
      expect(run.stdout, JSON.stringify(inputs)).toContain(`::error title=compose-lint::${message}`);
      expect(run.status, JSON.stringify(inputs)).toBe(2);
    }
  });

  test("in an empty workspace the summary does not claim success", () => {
    const run = runAction(scratch({}), {}, { name: "push" });
    expect(run.status).toBe(2);
    expect(run.summary).not.toMatch(/no problems/i);
    expect(run.summary).toContain("Not everything was checked");
  });
});

describe("reading git diff", () => {
  test("takes the new side's added and changed lines, and unquotes unusual file names", () => {
    const diff = [
      "diff --git a/compose.yaml b/compose.yaml",
      "--- a/compose.yaml",
      "+++ b/compose.yaml",
      "@@ -3 +3 @@ services:",
      "@@ -10,0 +11,2 @@",
      "@@ -20,2 +22,0 @@",
      '+++ "b/we\\tird/\\303\\251.yaml"',
      "@@ -0,0 +1,3 @@",
      "+++ /dev/null",
      "@@ -1,2 +0,0 @@",
    ].join("\n");
    const changed = parseUnifiedDiff(diff, "/repo");
    expect([...changed.get("/repo/compose.yaml")!]).toEqual([3, 11, 12]);
    expect([...changed.get("/repo/we\tird/é.yaml")!]).toEqual([1, 2, 3]);
    expect(unquoteGitPath("plain.yaml")).toBe("plain.yaml");
  });
});
