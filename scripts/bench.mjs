// `npm run bench`: how fast the built command line (bin/compose-lint.js → lib/) is, against
// references measured in the same run, with issue 13's budgets. A script, not a test: it prints
// figures and exits 1 when a budget is missed (2 when the bench itself cannot run).
import { Buffer } from "node:buffer";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CASES } from "./bench/cases.mjs";
import { formatMarkdown, formatText } from "./bench/report.mjs";

const HELP = `usage: npm run bench -- [options]     (or: node scripts/bench.mjs [options] after npm run build)

Times the built CLI (bin/compose-lint.js) on generated inputs, each against a reference measured in
the same run (runs interleaved in pairs; medians; the ratio is the median of the paired ratios),
and checks issue 13's budgets. Exit code 0: every budget met; 1: a budget missed; 2: the bench failed.

cases (budgeted): ${CASES.filter((c) => c.budgeted).map((c) => c.name).join(", ")}
cases (informational): ${CASES.filter((c) => !c.budgeted).map((c) => c.name).join(", ")}

options:
  --runs N       paired runs per case (default 10; start-up cases run 2-3x as many, the slow ones
                 a quarter, at least 3); every side is warmed up once first
  --case NAME    run only this case (repeatable, or comma-separated)
  --peers        also install DCLint 3.1 from npm into a temporary folder and time it (case peers)
  --json         print the results as JSON
  --markdown     print the results as a Markdown table (for README's Performance section)
  --keep         keep the generated inputs (their folder is printed)
  -h, --help     this text`;

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exitCode = 2;
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      runs: { type: "string", default: "10" },
      case: { type: "string", multiple: true },
      peers: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      markdown: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  fail(`${error.message}\n${HELP}`);
}

/**
 * What the first write to a page of fresh memory costs here, in microseconds (median of three 64 MB
 * buffers, one write per 4 KiB page). Commonly well under 1 µs; on a virtual machine whose host
 * backs guest memory lazily it was ~12 µs, and then every megabyte a run's heap grows by costs ~3 ms:
 * it explains much of the difference between machines in the cases that allocate most (huge).
 */
function pageTouchMicros() {
  const size = 64 * 1024 * 1024;
  const samples = [];
  for (let round = 0; round < 3; round++) {
    const buffer = Buffer.allocUnsafe(size);
    const start = performance.now();
    for (let at = 0; at < size; at += 4096) buffer[at] = 1;
    samples.push(((performance.now() - start) * 1000) / (size / 4096));
  }
  return Number(samples.sort((a, b) => a - b)[1].toFixed(2));
}

function machine() {
  let os = `${type()} ${release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync("/etc/os-release", "utf8"));
    if (pretty) os = `${pretty[1]} (${type()} ${release()})`;
  } catch {
    // Not Linux, or no os-release: the kernel name and release say enough.
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${os}, ${process.arch}`,
    node: process.version,
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    pageTouchMicros: pageTouchMicros(),
  };
}

function main() {
  if (options.help) {
    console.log(HELP);
    return;
  }
  const runs = Number(options.runs);
  if (!Number.isInteger(runs) || runs < 1) return fail(`--runs wants a positive whole number, not ${options.runs}`);
  const wanted = (options.case ?? []).flatMap((c) => c.split(",")).filter(Boolean);
  const unknown = wanted.filter((name) => !CASES.some((c) => c.name === name));
  if (unknown.length) return fail(`unknown case ${unknown.join(", ")}; cases: ${CASES.map((c) => c.name).join(", ")}`);
  const selected = wanted.length ? CASES.filter((c) => wanted.includes(c.name)) : CASES;

  const dir = mkdtempSync(join(tmpdir(), "compose-lint-bench-"));
  const log = (line) => process.stderr.write(`bench: ${line}\n`);
  const ctx = { dir, runs, peers: options.peers, inputs: {}, log };
  const report = { machine: machine(), runs, rows: [], errors: [] };
  const started = performance.now();
  try {
    for (const benchCase of selected) {
      log(`${benchCase.name}...`);
      const caseStart = performance.now();
      try {
        const rows = benchCase.run(ctx);
        for (const row of rows) row.budgeted = benchCase.budgeted === true || row.budget !== undefined;
        report.rows.push(...rows);
      } catch (error) {
        report.errors.push({ name: benchCase.name, message: error.message });
        log(`${benchCase.name} failed: ${error.message}`);
      }
      log(`${benchCase.name} done in ${((performance.now() - caseStart) / 1000).toFixed(1)} s`);
    }
  } finally {
    if (options.keep) log(`inputs kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  report.seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  report.machine.loadAverageAfter = loadavg().map((l) => Number(l.toFixed(2)));
  report.failed = report.rows.filter((row) => !row.skipped && row.budget && !row.budget.pass).map((row) => row.name);

  if (options.json) console.log(JSON.stringify(report, null, 2));
  else if (options.markdown) console.log(formatMarkdown(report));
  else console.log(formatText(report));
  process.exitCode = report.errors.length ? 2 : report.failed.length ? 1 : 0;
}

if (options) main();
