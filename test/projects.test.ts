/**
 * Fixture projects: a folder each under test/projects/, linted the way the CLI lints a directory
 * (or the paths its `lint.json` names), with every recommended rule and an empty shell
 * environment. `expected.txt` lists every finding as `file:line:col rule-id`, followed by
 * ` related file:line:col` for each related location, one per line.
 */
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lintFiles } from "../src/lint.js";
import type { LintResult } from "../src/lint.js";
// @ts-expect-error -- a plain ES module of the bench, without types
import { writeProject } from "../scripts/bench/generate.mjs";

const root = join(import.meta.dirname, "projects");

function describeFindings(result: LintResult): string[] {
  return result.files.flatMap((file) =>
    file.findings.map((f) => {
      const related = f.related.map((r) => ` related ${r.span.file}:${r.span.line}:${r.span.column}`).join("");
      return `${f.span.file}:${f.span.line}:${f.span.column} ${f.ruleId}${related}`;
    }),
  );
}

describe("fixture projects", () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    test(name, async () => {
      const config = existsSync(join(dir, "lint.json")) ? (JSON.parse(readFileSync(join(dir, "lint.json"), "utf8")) as { paths?: string[]; env?: Record<string, string> }) : {};
      const result = await lintFiles(config.paths ?? ["."], { cwd: dir, env: config.env ?? {} });
      expect(result.errors).toEqual([]);
      const expected = readFileSync(join(dir, "expected.txt"), "utf8").split("\n").filter((line) => line.trim() && !line.startsWith("#"));
      expect(describeFindings(result).sort()).toEqual(expected.sort());
    });
  }
});

test("the bench's generated project (include, extends, env_file, an override, a second stack) lints without an internal error", async () => {
  // Many loading paths at once: a merged entry copied without its spans failed here, not in the fixtures above.
  const dir = mkdtempSync(join(tmpdir(), "compose-lint-bench-project-"));
  try {
    (writeProject as (dir: string) => void)(dir);
    const result = await lintFiles(["."], { cwd: dir, env: {} });
    expect(result.errors).toEqual([]);
    const ids = result.files.flatMap((file) => file.findings.map((f) => f.ruleId));
    expect(ids).not.toContain("internal-error");
    expect(result.files.length).toBeGreaterThan(3);
    expect(ids.length).toBeGreaterThan(5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
