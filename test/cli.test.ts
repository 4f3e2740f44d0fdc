import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli, repoRoot, scratch } from "./helpers.js";

const POSTGRES = (ports: string) => `services:\n  db:\n    image: postgres:16\n${ports}`;

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
  expect(text).not.toMatch(/Error: .*\n\s+at /);
}

describe("the motivating scenarios", () => {
  test('"5432:5432" on postgres gives one finding at the list item, the database one', () => {
    const dir = scratch({ "compose.yaml": POSTGRES('    ports:\n      - "5432:5432"\n') });
    const run = runCli(["--format", "json", dir]);
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout).files[0].findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId}@${f.line}:${f.column}`);
    expect(findings.sort()).toEqual(["no-published-database-port@5:9"]);
  });

  test('"127.0.0.1:5432:5432" gives none', () => {
    const dir = scratch({ "compose.yaml": POSTGRES('    ports:\n      - "127.0.0.1:5432:5432"\n') });
    const run = runCli([dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("No problems found (1 file checked)");
  });

  test("removing ports: gives none", () => {
    const dir = scratch({ "compose.yaml": POSTGRES("") });
    expect(runCli([dir]).status).toBe(0);
  });
});

describe("the bundled examples (README's first command)", () => {
  test("the vulnerable stack shows the exposures, the fixed one is clean", () => {
    const vulnerable = runCli(["--format", "json", "examples/vulnerable"]);
    expect(vulnerable.status).toBe(1);
    const rules = new Set(JSON.parse(vulnerable.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId));
    expect([...rules].sort()).toEqual(["no-disabled-auth", "no-docker-socket-mount", "no-hardcoded-secret", "no-published-database-port", "no-unbound-port", "no-unencrypted-overlay"]);
    const fixed = runCli(["examples/fixed"]);
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain("No problems found (1 file checked)");
  });
});

describe("discovery", () => {
  test("finds compose file names at any depth, skipping node_modules and .git", () => {
    const file = 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n';
    const dir = scratch({
      "compose.yaml": file,
      "deploy/docker-compose.prod.yml": file,
      "deploy/compose.override.yaml": file,
      "deploy/docker-compose-dev.yml": file,
      "monitoring/metrics-compose.yaml": file,
      "swarm/docker-stack.yml": file,
      "composer.json": "{}",
      "node_modules/pkg/compose.yaml": file,
      ".git/compose.yaml": file,
      "notes.yaml": file,
    });
    const run = runCli(["--format", "json", "."], { cwd: dir });
    const paths = JSON.parse(run.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(["compose.yaml", "deploy/compose.override.yaml", "deploy/docker-compose-dev.yml", "deploy/docker-compose.prod.yml", "monitoring/metrics-compose.yaml", "swarm/docker-stack.yml"]);
  });

  test("a symbolic link loop does not trap the search", () => {
    const dir = scratch({ "app/compose.yaml": "services:\n  a:\n    image: nginx:1.27\n" });
    symlinkSync("..", join(dir, "app", "loop"));
    const run = runCli(["--format", "json", dir]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual([expect.stringMatching(/app\/compose\.yaml$/)]);
  });

  test("with no path, lints the current directory; a named file is linted whatever its name", () => {
    const dir = scratch({ "compose.yml": "services:\n  a:\n    image: nginx:1.27\n", "stack.yaml": 'services:\n  b:\n    image: x\n    ports: ["1:1"]\n' });
    expect(runCli([], { cwd: dir }).stdout).toContain("1 file checked");
    const named = runCli(["stack.yaml"], { cwd: dir });
    expect(named.status).toBe(1);
    expect(named.stdout).toMatch(/^stack\.yaml:4:13 {2}warning /m);
  });

  test("reads standard input with --stdin-filename and the .env beside that name", () => {
    const dir = scratch({ ".env": "BIND=127.0.0.1\n" });
    const input = 'services:\n  web:\n    image: nginx:1.27\n    ports: ["${BIND}:80:80", "81:81"]\n';
    const run = runCli(["--format", "json", "--stdin-filename", "deploy/compose.yaml", "-"], { cwd: dir, input });
    const [file] = JSON.parse(run.stdout).files;
    expect(file.path).toBe("deploy/compose.yaml");
    const withEnv = runCli(["--format", "json", "--stdin-filename", "compose.yaml", "-"], { cwd: dir, input });
    expect(JSON.parse(withEnv.stdout).files[0].findings).toHaveLength(1);
    expect(file.findings).toHaveLength(2);
  });
});

describe("bad input never gives a stack trace", () => {
  test("malformed YAML is a yaml-syntax finding; the other files are still linted", () => {
    const dir = scratch({
      "a/compose.yaml": "services:\n  web:\n    image: nginx\n   ports: [\n",
      "b/compose.yaml": 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n',
    });
    const run = runCli(["--format", "json", dir]);
    expect(run.status).toBe(1);
    const files = JSON.parse(run.stdout).files;
    expect(files.map((f: { findings: { ruleId: string }[] }) => f.findings[0]?.ruleId)).toEqual(["yaml-syntax", "no-unbound-port"]);
    noStackTrace(run.stderr);
  });

  test.each([
    ["an empty file", "", "the file is empty"],
    ["a list at top level", "- web\n- db\n", "the top level is a list"],
    ["a scalar at top level", "just text\n", "the top level is a single value"],
  ])("%s is a finding with exit 1", (_name, text, message) => {
    const dir = scratch({ "compose.yaml": text });
    const run = runCli([dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(message);
    expect(run.stdout).toContain("yaml-syntax");
    noStackTrace(run.stdout + run.stderr);
  });

  test("a binary file is a one-line error with exit 2, and the other files are still linted", () => {
    const dir = scratch({ "bin/compose.yaml": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), "ok/compose.yaml": 'services:\n  w:\n    image: x\n    ports: ["1:1"]\n' });
    const run = runCli(["--format", "json", dir]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^compose-lint: .*bin\/compose\.yaml: not a text file/)]);
    expect(JSON.parse(run.stdout).files).toHaveLength(1);
  });

  test("a missing path is a one-line error with exit 2", () => {
    const run = runCli(["does/not/exist.yaml"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("does/not/exist.yaml: no such file or directory");
    noStackTrace(run.stdout + run.stderr);
  });

  test("a directory without compose files is exit 2", () => {
    const run = runCli([scratch({ "README.md": "hi" })]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("no compose file found");
  });

  test.each([
    [["--frobnicate"], "Unknown option '--frobnicate'"],
    [["--format", "xml"], 'unknown format "xml"'],
    [["--fail-level", "fatal"], "--fail-level must be"],
    [["--rule", "no-such-rule=off"], 'unknown rule "no-such-rule"'],
    [["--rule", "no-unbound-port=loud"], "--rule expects ID=LEVEL"],
    [["--format", "json", "--format", "sarif"], "only one format can go to standard output"],
  ])("usage error %j exits 2 with one line", (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toContain(message);
    noStackTrace(run.stderr);
  });
});

describe("options", () => {
  test("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    expect(runCli(["--version"]).stdout).toBe(`${pkg.version}\n`);
  });

  test("--help lists every option", () => {
    const help = runCli(["--help"]).stdout;
    for (const option of ["--format", "--output-file", "--fail-level", "--strict", "--rule", "--stdin-filename", "--no-dotenv", "--list-rules", "--color", "--help", "--version"]) {
      expect(help).toContain(option);
    }
  });

  test("--list-rules prints id, level, preset and description of every rule", async () => {
    const { rules } = await import("../rules/index.js");
    const out = runCli(["--list-rules"]).stdout;
    for (const rule of rules) expect(out).toMatch(new RegExp(`^${rule.meta.id}\\s+${rule.meta.level}\\s+${rule.meta.preset}\\s+\\S`, "m"));
  });

  test("--fail-level decides the exit code", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n' });
    expect(runCli([dir]).status).toBe(1);
    expect(runCli(["--fail-level", "error", dir]).status).toBe(0);
    expect(runCli(["--fail-level", "none", dir]).status).toBe(0);
    expect(runCli(["--rule", "no-unbound-port=error", "--fail-level", "error", dir]).status).toBe(1);
    expect(runCli(["--rule", "no-unbound-port=off", dir]).status).toBe(0);
  });

  test("-o and --format NAME=FILE write files; text still reaches stdout", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n' });
    const run = runCli(["--format", "text", "--format", "sarif=reports/out.sarif", "."], { cwd: dir });
    expect(run.stdout).toContain("no-unbound-port");
    expect(JSON.parse(readFileSync(join(dir, "reports/out.sarif"), "utf8")).version).toBe("2.1.0");
    const single = runCli(["-f", "json", "-o", "out.json", "."], { cwd: dir });
    expect(single.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).files).toHaveLength(1);
  });

  test("inline suppressions silence the named rule only", () => {
    const text = [
      "services:",
      "  web:",
      "    image: nginx:1.27",
      "    ports:",
      '      - "80:80"   # compose-lint ignore=no-unbound-port',
      "      # compose-lint ignore=no-unbound-port",
      '      - "81:81"',
      '      - "82:82"   # compose-lint ignore=no-docker-socket-mount',
      "",
    ].join("\n");
    const run = runCli(["--format", "json", scratch({ "compose.yaml": text })]);
    const found = JSON.parse(run.stdout).files[0].findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`);
    // The third comment names a rule with nothing to silence on its line: that is reported too.
    expect(found).toEqual(["no-unbound-port@8", "unused-ignore@8"]);
  });
});

describe("output reaches the terminal safely", () => {
  test("no colour on a pipe or with NO_COLOR; --color forces it", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n' });
    expect(runCli([dir]).stdout).not.toContain("\x1b[");
    expect(runCli(["--color", dir]).stdout).toContain("\x1b[31m".slice(0, 2));
    expect(runCli([dir], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stdout).not.toContain("\x1b[");
  });

  test("control characters from the file are escaped in text output", () => {
    const evil = 'services:\n  "web\\e]0;pwned\\a\\e[2J":\n    image: nginx:1.27\n    ports: ["80:80"]\n';
    const run = runCli([scratch({ "compose.yaml": evil })]);
    expect(run.stdout).not.toContain("\x07");
    expect(run.stdout).not.toContain("\x1b");
    expect(run.stdout).toContain("\\u{1b}]0;pwned\\u{7}");
  });

  test("a large report reaches a pipe whole", () => {
    // Two findings per service: the database port, and a web port beside it.
    const services = Array.from({ length: 3000 }, (_, i) => `  s${i}:\n    image: postgres:16\n    ports: ["${10000 + i}:5432"]\n  w${i}:\n    image: nginx:1.27\n    ports: ["${20000 + i}:80"]\n`).join("");
    const run = runCli(["--format", "sarif", scratch({ "compose.yaml": `services:\n${services}` })]);
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(1_000_000);
    expect(JSON.parse(run.stdout).runs[0].results).toHaveLength(6000);
  });
});
