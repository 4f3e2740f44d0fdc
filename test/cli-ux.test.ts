/** Command-line conveniences: --quiet, --max-warnings, option suggestions, honest summaries. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli, scratch } from "./helpers.js";

// One error (the database port) and two warnings (the web service's unbound ports).
const COMPOSE = 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n  web:\n    image: nginx:1.27\n    ports: ["80:80", "443:443"]\n';

describe("command-line conveniences", () => {
  const dir = scratch({ "compose.yaml": COMPOSE, "clean/compose.yaml": 'services:\n  web:\n    image: nginx:1.27\n' });

  test("--quiet reports errors only, and warnings do not fail the run", () => {
    const quiet = runCli(["--quiet", "--format", "compact", "compose.yaml"], { cwd: dir });
    expect(quiet.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^compose\.yaml:4:13: error: .*\[no-published-database-port\]$/)]);
    expect(quiet.status).toBe(1);
    const warningsOnly = runCli(["-q", "--rule", "no-published-database-port=off", "compose.yaml"], { cwd: dir });
    expect(warningsOnly.stdout).toBe("No problems found (1 file checked).\n");
    expect(warningsOnly.status).toBe(0);
  });

  test("--max-warnings N fails above N warnings, whatever the fail level", () => {
    const args = ["--fail-level", "none", "--format", "compact", "compose.yaml"];
    expect(runCli(["--max-warnings", "2", ...args], { cwd: dir }).status).toBe(0);
    expect(runCli(["--max-warnings", "1", ...args], { cwd: dir }).status).toBe(1);
    const bad = runCli(["--max-warnings=-1", "compose.yaml"], { cwd: dir });
    expect(bad.stderr).toMatch(/^compose-lint: --max-warnings expects a whole number, 0 or more; got "-1"\n/);
    expect(bad.status).toBe(2);
  });

  test("a mistyped option names the one meant", () => {
    const typo = runCli(["--foramt", "json", "."], { cwd: dir });
    expect(typo.stderr).toBe(`compose-lint: Unknown option '--foramt'; did you mean --format?\nRun "compose-lint --help" for usage.\n`);
    expect(typo.status).toBe(2);
    expect(runCli(["--stirct"], { cwd: dir }).stderr).toContain("did you mean --strict?");
    expect(runCli(["--max-warning", "1"], { cwd: dir }).stderr).toContain("did you mean --max-warnings?");
    expect(runCli(["--zzzzzzzz"], { cwd: dir }).stderr).not.toContain("did you mean");
  });

  test("--stdin-filename without - is a usage error", () => {
    const run = runCli(["--stdin-filename", "compose.yaml", "."], { cwd: dir, input: COMPOSE });
    expect(run.stderr).toMatch(/^compose-lint: --stdin-filename names standard input: add "-" to read it\n/);
    expect(run.status).toBe(2);
  });

  test('a missing path never ends in "No problems found", in text or in the summary line', () => {
    const text = runCli(["clean", "missing"], { cwd: dir });
    expect(text.stdout).not.toMatch(/no problems found/i);
    expect(text.stdout).toContain("missing: no such file or directory");
    expect(text.status).toBe(2);
    const toFile = runCli(["--format", "sarif=out/r.sarif", "clean", "missing"], { cwd: dir });
    expect(toFile.stderr).not.toMatch(/no problems found/i);
    expect(toFile.stderr).toMatch(/could not be linted/);
    expect(toFile.status).toBe(2);
  });

  test("--format sarif=FILE alone still prints a one-line summary to standard error", () => {
    const run = runCli(["--format", "sarif=reports/out.sarif", "compose.yaml"], { cwd: dir });
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("compose-lint: 3 problems (1 error, 2 warnings, 0 notes); 1 file checked\n");
    expect(existsSync(join(dir, "reports", "out.sarif"))).toBe(true);
    expect(run.status).toBe(1);
    const clean = runCli(["--format", "sarif=reports/clean.sarif", "clean"], { cwd: dir });
    expect(clean.stderr).toBe("compose-lint: no problems found (1 file checked)\n");
    // With an output on standard output, standard error stays quiet.
    expect(runCli(["--format", "sarif=reports/out.sarif", "--format", "compact", "compose.yaml"], { cwd: dir }).stderr).toBe("");
  });
});
