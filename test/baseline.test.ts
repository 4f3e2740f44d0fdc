/**
 * The baseline round trip through the built command line: record today's findings, then only new
 * ones are reported and fail; moved lines still match; fixed ones are named.
 */
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseBaseline } from "../src/baseline.js";
import { findingFingerprints } from "../src/format/fingerprint.js";
import { lintText } from "../src/lint.js";
import { runCli, scratch } from "./helpers.js";

const COMPOSE = `services:
  db:
    image: postgres:16
    ports:
      - "5432:5432"
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
`;

interface JsonReport {
  files: { path: string; findings: { ruleId: string; line: number }[] }[];
}

function found(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonReport).files.flatMap((file) => file.findings.map((f) => `${file.path}:${f.line} ${f.ruleId}`));
}

describe("--baseline and --write-baseline", () => {
  const dir = scratch({ "compose.yaml": COMPOSE });
  const write = (text: string) => writeFileSync(join(dir, "compose.yaml"), text);

  test("round trip: write, unchanged, a new finding, lines moved, a finding fixed", () => {
    const written = runCli(["--write-baseline", "ci/baseline.json", "--format", "json", "."], { cwd: dir });
    expect(written.stderr).toBe("compose-lint: wrote baseline ci/baseline.json: 2 findings recorded\n");
    expect(written.status).toBe(0);
    expect(found(written.stdout)).toEqual(["compose.yaml:5 no-published-database-port", "compose.yaml:9 no-unbound-port"]);
    const entries = parseBaseline(readFileSync(join(dir, "ci", "baseline.json"), "utf8"), "baseline.json");
    // Paths are relative to the baseline file's folder, so the run's working directory does not matter.
    expect(entries.map((e) => [e.path, e.service, e.ruleId, e.line])).toEqual([
      ["../compose.yaml", "db", "no-published-database-port", 5],
      ["../compose.yaml", "web", "no-unbound-port", 9],
    ]);

    const unchanged = runCli(["--baseline", "ci/baseline.json", "."], { cwd: dir });
    expect(unchanged.stdout).toBe("No problems found (1 file checked).\n");
    expect(unchanged.stderr).toBe("compose-lint: baseline ci/baseline.json: 2 recorded findings not shown\n");
    expect(unchanged.status).toBe(0);

    // A new finding: the same port value in a new service is a different finding (the service is part of it).
    write(COMPOSE + '  proxy:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n');
    const added = runCli(["--baseline", "ci/baseline.json", "--format", "json", "."], { cwd: dir });
    expect(found(added.stdout)).toEqual(["compose.yaml:13 no-unbound-port"]);
    expect(added.status).toBe(1);

    // Lines moved: a comment on top and the services swapped.
    write('# the shop\n\nservices:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n');
    const moved = runCli(["--baseline", "ci/baseline.json", "--format", "json", "."], { cwd: dir });
    expect(found(moved.stdout)).toEqual([]);
    expect(moved.status).toBe(0);

    // Run from another folder: the same baseline still matches.
    const elsewhere = runCli(["--baseline", "baseline.json", ".."], { cwd: join(dir, "ci") });
    expect(elsewhere.status).toBe(0);

    // Fixed: db binds to loopback now.
    write(COMPOSE.replace('"5432:5432"', '"127.0.0.1:5432:5432"'));
    const fixed = runCli(["--baseline", "ci/baseline.json", "."], { cwd: dir });
    expect(fixed.stdout).toBe("No problems found (1 file checked).\n");
    expect(fixed.stderr).toBe(
      "compose-lint: baseline ci/baseline.json: 1 recorded finding not shown, 1 recorded finding fixed (run --write-baseline ci/baseline.json to drop it)\n" +
        'compose-lint:   fixed: ../compose.yaml service "db": no-published-database-port (recorded at line 5)\n',
    );
    expect(fixed.status).toBe(0);

    // Rewriting drops the fixed entry.
    runCli(["--baseline", "ci/baseline.json", "--write-baseline", "ci/baseline.json", "."], { cwd: dir });
    expect(parseBaseline(readFileSync(join(dir, "ci", "baseline.json"), "utf8"), "b").map((e) => e.ruleId)).toEqual(["no-unbound-port"]);
    write(COMPOSE);
  });

  test("SARIF carries every finding with its baselineState", () => {
    const local = scratch({ "compose.yaml": COMPOSE });
    runCli(["--write-baseline", "baseline.json", "compose.yaml"], { cwd: local });
    writeFileSync(join(local, "compose.yaml"), COMPOSE + '  cache:\n    image: redis:7\n    ports:\n      - "6379:6379"\n');
    const out = runCli(["--baseline", "baseline.json", "--format", "sarif", "compose.yaml"], { cwd: local });
    const results = (JSON.parse(out.stdout) as { runs: { results: { ruleId: string; baselineState: string }[] }[] }).runs[0]!.results;
    expect(results.filter((r) => r.baselineState === "unchanged").map((r) => r.ruleId)).toEqual(["no-published-database-port", "no-unbound-port"]);
    // Everything about the added cache service is new (its published port, and whatever else rules say of it).
    const added = results.filter((r) => r.baselineState !== "unchanged");
    expect(added.map((r) => r.ruleId)).toContain("no-published-database-port");
    expect(added.every((r) => r.baselineState === "new")).toBe(true);
    expect(out.status).toBe(1);
  });

  test("a baseline that cannot be used is a usage error naming it; no write through a symbolic link", () => {
    const local = scratch({ "compose.yaml": COMPOSE, "bad.json": "{ not json", "other.json": '{"tool":"eslint","findings":[]}', "target.json": "keep\n" });
    const missing = runCli(["--baseline", "nope.json", "."], { cwd: local });
    expect(missing.stderr).toMatch(/^compose-lint: cannot read baseline nope\.json \(ENOENT\)\n/);
    expect(missing.status).toBe(2);
    const bad = runCli(["--baseline", "bad.json", "."], { cwd: local });
    expect(bad.stderr).toMatch(/^compose-lint: baseline bad\.json is not valid JSON/);
    expect(bad.status).toBe(2);
    const other = runCli(["--baseline", "other.json", "."], { cwd: local });
    expect(other.stderr).toMatch(/^compose-lint: baseline other\.json is not a compose-lint baseline/);
    symlinkSync(join(local, "target.json"), join(local, "link.json"));
    const link = runCli(["--write-baseline", "link.json", "."], { cwd: local });
    expect(link.stderr).toMatch(/will not write baseline link\.json: output file ".*link\.json" is a symbolic link/);
    expect(link.status).toBe(2);
    expect(readFileSync(join(local, "target.json"), "utf8")).toBe("keep\n");
  });
});

describe("fingerprints", () => {
  const fingerprints = (text: string) => findingFingerprints(lintText(text, "compose.yaml", { env: {} }));

  test("name the service: the same value in two services is two findings, each surviving the other's removal", () => {
    const both = fingerprints('services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports: ["8080:80"]\n');
    const onlyB = fingerprints('services:\n  b:\n    image: nginx:1.27\n    ports: ["8080:80"]\n');
    expect(new Set(both).size).toBe(2);
    expect(onlyB).toEqual([both[1]]);
  });

  test("never depend on a secret's value (a hash of a short password can be guessed)", () => {
    const compose = (secret: string) => `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${secret}\n`;
    const first = fingerprints(compose("hunter2hunter2"));
    expect(first.length).toBeGreaterThan(0);
    expect(fingerprints(compose("correct-horse-battery"))).toEqual(first);
  });
});
