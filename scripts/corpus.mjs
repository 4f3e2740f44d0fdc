// Lints every YAML file of the real-world corpus (../shared/corpus by default) with all rules on,
// and prints per-rule counts. Fails on an internal error or a crash; findings are expected.
// Usage: npm run corpus [-- DIR] [-- --show RULE]
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fg from "fast-glob";
import { lintFiles, rules } from "../lib/index.mjs";

const args = process.argv.slice(2);
const showIndex = args.indexOf("--show");
const show = showIndex >= 0 ? args.splice(showIndex, 2)[1] : undefined;
const DEFAULT_CORPUS = "../shared/corpus";
const dir = resolve(args[0] ?? DEFAULT_CORPUS);
if (!existsSync(dir) && args[0] === undefined) {
  // The default corpus lives beside the repository on the maintainers' machines only.
  console.error(`corpus: skipped: no corpus at ${DEFAULT_CORPUS}; name a folder of compose files: npm run corpus -- DIR`);
} else if (!existsSync(dir)) {
  console.error(`corpus: ${dir} does not exist`);
  process.exitCode = 2;
} else {
  const files = await fg("**/*.{yml,yaml}", { cwd: dir, absolute: true, dot: true, followSymbolicLinks: false });
  const started = performance.now();
  const result = await lintFiles(files, { cwd: dir, strict: true, env: {} });
  const elapsed = performance.now() - started;
  const counts = new Map();
  for (const file of result.files) {
    for (const f of file.findings) {
      counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
      if (show === f.ruleId || (show === undefined && f.ruleId === "internal-error")) {
        console.log(`${file.path}:${f.span.line}:${f.span.column} ${f.ruleId} ${f.message}`);
      }
    }
  }
  const preset = new Map(rules.map((r) => [r.meta.id, r.meta.preset]));
  console.log(`corpus: ${result.files.length} files linted, ${result.errors.length} unreadable, in ${elapsed.toFixed(0)} ms`);
  for (const error of result.errors) console.log(`  unreadable: ${error.path}: ${error.message}`);
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  for (const [id, count] of rows) console.log(`  ${String(count).padStart(5)}  ${id}${preset.get(id) === "strict" ? " (strict)" : ""}`);
  const silent = rules.map((r) => r.meta.id).filter((id) => !counts.has(id));
  if (silent.length > 0) console.log(`  no findings: ${silent.join(", ")}`);
  if (counts.has("internal-error")) {
    console.error("corpus: internal errors found");
    process.exitCode = 1;
  }
}
