// Applies the safe fixes to a copy of the real-world corpus (../shared/corpus, else /work/shared/corpus) and
// prints how many findings were fixed, how many were refused (reasons grouped), and every finding
// the fixed files have that the originals did not (there must be none). The corpus is not touched.
// Usage: npm run --silent build && node scripts/fix-corpus.mjs [DIR] [--type all]
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fg from "fast-glob";
import { fixFiles, lintFiles } from "../dist/src/index.js";

const args = process.argv.slice(2);
const typeIndex = args.indexOf("--type");
const type = typeIndex >= 0 ? args.splice(typeIndex, 2)[1] : "safe";
const source = resolve(args[0] ?? (existsSync("../shared/corpus") ? "../shared/corpus" : "/work/shared/corpus"));
if (!existsSync(source)) {
  console.error(`fix-corpus: ${source} does not exist`);
  process.exitCode = 2;
} else {
  const copy = mkdtempSync(join(tmpdir(), "compose-lint-fix-corpus-"));
  try {
    // Links are copied as links: the fixer must refuse them, not write through them.
    cpSync(source, copy, { recursive: true, verbatimSymlinks: true });
    const files = await fg("**/*.{yml,yaml}", { cwd: copy, absolute: true, dot: true, followSymbolicLinks: false });
    const options = { cwd: copy, strict: true, env: {}, config: false };
    const started = performance.now();
    const before = await lintFiles(files, options);
    const run = await fixFiles(files, options, { type, write: true });
    const elapsed = performance.now() - started;
    const after = await lintFiles(files, options);
    const again = await fixFiles(files, options, { type, write: false });

    // New: a rule reports more in a file than before, less what was fixed there (rewording is not new).
    const tally = (findings) => findings.reduce((map, f) => map.set(f.ruleId, (map.get(f.ruleId) ?? 0) + 1), new Map());
    const beforeByPath = new Map(before.files.map((f) => [f.path, f]));
    const fixedByPath = new Map(run.files.map((f) => [f.path, tally(f.applied)]));
    const fresh = [];
    for (const file of after.files) {
      const old = beforeByPath.get(file.path);
      const had = tally(old ? [...old.findings, ...(old.suppressed ?? [])] : []);
      const fixed = fixedByPath.get(file.path) ?? new Map();
      const all = [...file.findings, ...(file.suppressed ?? [])];
      for (const [rule, n] of tally(all)) {
        const extra = n - ((had.get(rule) ?? 0) - (fixed.get(rule) ?? 0));
        if (extra > 0) fresh.push(`${file.path}: ${extra} more ${rule} (${all.find((f) => f.ruleId === rule).message})`);
      }
    }
    const applied = run.files.flatMap((f) => f.applied);
    const byRule = new Map();
    for (const a of applied) byRule.set(a.ruleId, (byRule.get(a.ruleId) ?? 0) + 1);
    // Reasons grouped by their shape: names, numbers and quoted values left out.
    const added = /^(the fix would add a finding|the fixed file would not parse) \(([a-z-]+:)?/;
    const shape = (reason) => added.test(reason) ? reason.replace(/^(.*?) \(([a-z-]+)?.*$/s, (_, what, rule) => `${what}${rule ? ` (${rule})` : ""}`) : reason.replace(/\$\{[^}]*\}|\$[A-Za-z_]\w*/g, "${VAR}").replace(/"[^"]*"/g, '"…"').replace(/\([^)]*\)/g, "(…)").replace(/\b[A-Z_][A-Z0-9_]+=/g, "VAR=").replace(/\d+(\.\d+)*/g, "N");
    const refused = new Map();
    for (const r of run.files.flatMap((f) => f.refused)) {
      const group = `${r.ruleId}: ${shape(r.reason)}`;
      refused.set(group, (refused.get(group) ?? 0) + 1);
    }
    const changed = run.files.filter((f) => f.after !== f.before).length;
    const secondRun = again.files.reduce((n, f) => n + f.applied.length, 0);
    console.log(`fix-corpus: ${before.files.length} files, ${changed} changed, fix type ${type}, in ${elapsed.toFixed(0)} ms`);
    console.log(`  fixed:   ${applied.length} findings`);
    for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(5)}  ${id}`);
    console.log(`  refused: ${[...refused.values()].reduce((a, b) => a + b, 0)} findings`);
    for (const [reason, n] of [...refused].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(5)}  ${reason}`);
    console.log(`  write failures: ${run.failures.length}`);
    for (const failure of run.failures) console.log(`    ${failure.path}: ${failure.message}`);
    console.log(`  new findings: ${fresh.length}`);
    for (const line of fresh) console.log(`    ${line}`);
    console.log(`  second run: ${secondRun} more fixes`);
    if (fresh.length > 0 || secondRun > 0) process.exitCode = 1;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
