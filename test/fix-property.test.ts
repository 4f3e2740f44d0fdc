/**
 * The fix property: for every fixture and for generated compose files, applying all safe fixes
 * gives a file that parses and loads when the original did, has none of the fixed findings and no
 * finding the original did not have; fixing the result again changes nothing. Checked by linting
 * the fixed text afresh, not by trusting the fixer's own verdict.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Finding } from "../src/engine/rule.js";
import { fixText } from "../src/fix/run.js";
import { lintText } from "../src/lint.js";
import type { LintOptions } from "../src/lint.js";
import { composeDocument } from "./generators.js";
import { repoRoot } from "./helpers.js";

const options: LintOptions = { strict: true, env: { SET: "value", PORT: "8080" } };
const key = (f: Finding) => `${f.ruleId}\0${f.message}`;

function tally(findings: readonly Finding[], keyOf: (f: Finding) => string = key): Map<string, number> {
  const map = new Map<string, number>();
  for (const f of findings) map.set(keyOf(f), (map.get(keyOf(f)) ?? 0) + 1);
  return map;
}

/** Throws, naming what broke, when fixing `text` breaks the property; returns how many fixes applied. */
async function holds(text: string): Promise<number> {
  const before = lintText(text, "compose.yaml", options);
  const fixed = await fixText(text, "compose.yaml", options);
  if (fixed.applied.length === 0) {
    if (fixed.after !== text) throw new Error("the text changed without an applied fix");
    return 0;
  }
  const after = lintText(fixed.after, "compose.yaml", options);
  if (before.project && !after.project) throw new Error("the fixed file no longer loads");
  if (after.findings.some((f) => f.ruleId === "yaml-syntax") && !before.findings.some((f) => f.ruleId === "yaml-syntax")) throw new Error("the fixed file no longer parses");
  // New: a rule reports more than before less what was fixed (a reworded finding is not new).
  const byRule = (f: Finding) => f.ruleId;
  const had = tally([...before.findings, ...(before.suppressed ?? [])], byRule);
  const has = tally([...after.findings, ...(after.suppressed ?? [])], byRule);
  const fixedByRule = new Map<string, number>();
  for (const a of fixed.applied) fixedByRule.set(a.ruleId, (fixedByRule.get(a.ruleId) ?? 0) + 1);
  for (const [rule, n] of has) if (n > (had.get(rule) ?? 0) - (fixedByRule.get(rule) ?? 0)) throw new Error(`new finding of ${rule}`);
  const left = tally(after.findings);
  for (const applied of fixed.applied) {
    if (applied.safety !== "safe") throw new Error(`a ${applied.safety} fix was applied by default`);
    const k = `${applied.ruleId}\0${applied.message}`;
    if ((left.get(k) ?? 0) > 0) throw new Error(`fixed finding remains: ${applied.ruleId}: ${applied.message}`);
  }
  const again = await fixText(fixed.after, "compose.yaml", options);
  if (again.after !== fixed.after) throw new Error("a second fix changed the file again");
  return fixed.applied.length;
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

describe("fix property", () => {
  test("every fixture: safe fixes keep it parsing and loading, remove what they fix, add nothing, and are idempotent", async () => {
    let applied = 0;
    for (const path of [...fixtureFiles(join(repoRoot, "fixtures")), ...fixtureFiles(join(repoRoot, "test", "fixes")).filter((p) => p.endsWith(".before.yaml"))]) {
      try {
        applied += await holds(readFileSync(path, "utf8"));
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message}`);
      }
    }
    // The property is not vacuous: the fixtures hold many fixable findings.
    expect(applied).toBeGreaterThan(50);
  });

  test("generated compose files: the same property", async () => {
    let applied = 0;
    await fc.assert(fc.asyncProperty(composeDocument, async (text) => void (applied += await holds(text))), { seed: 20261201, numRuns: 80 });
    expect(applied).toBeGreaterThan(20);
  });
});
