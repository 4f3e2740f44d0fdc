// The bench's results as a text table (the terminal) or a Markdown table (README's Performance section).

function time(ms) {
  if (ms === undefined) return "";
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

function cells(row) {
  const result = row.skipped ? "skipped" : row.budget ? (row.budget.pass ? "ok" : "FAIL") : "info";
  const ratio = row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}x [${row.ratioSpread.map((r) => r.toFixed(2)).join("-")}]`;
  const cpu = row.cpuMs === undefined ? "" : `${time(row.cpuMs)}${row.cpuRatio === undefined ? "" : `; ${row.cpuRatio.toFixed(2)}x`}`;
  const rss = row.rssMB === undefined ? "" : `${row.rssMB.toFixed(0)} MB${row.reference?.rssMB === undefined ? "" : ` (ref. ${row.reference.rssMB.toFixed(0)})`}`;
  return [
    row.name,
    row.title,
    row.skipped ? "" : time(row.ms),
    row.reference ? `${row.reference.label}: ${time(row.reference.ms)}` : "",
    ratio,
    cpu,
    rss,
    row.budget?.text ?? "",
    result,
  ];
}

const HEADER = ["case", "what", "compose-lint", "reference (same run)", "ratio [quartiles]", "CPU time; ratio", "peak RSS", "budget", "result"];

function describeMachine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; Node ${m.node}; first write to a page of memory ${m.pageTouchMicros} µs`;
}

/** Notes under the table: figures always; with `about`, also what each input and reference is. */
function notes(report, { about }) {
  const lines = [];
  for (const row of report.rows) {
    if (about) for (const note of row.about ?? []) lines.push(`${row.name}: ${note}`);
    if (row.ratioMeaning) lines.push(`${row.name}: the ratio is ${row.ratioMeaning}`);
    if (row.skipped) lines.push(`${row.name}: skipped: ${row.skipped}`);
    for (const note of row.notes ?? []) lines.push(`${row.name}: ${note}`);
  }
  for (const error of report.errors) lines.push(`${error.name}: the bench failed: ${error.message}`);
  return lines;
}

function verdict(report) {
  const budgeted = report.rows.filter((row) => row.budget && !row.skipped);
  const missed = budgeted.filter((row) => !row.budget.pass);
  const failedRuns = report.errors.length ? `; ${report.errors.length} case(s) could not run` : "";
  if (missed.length === 0) return `${budgeted.length === 1 ? "the budget" : `all ${budgeted.length} budgets`} met${failedRuns}`;
  return `${budgeted.length - missed.length} of ${budgeted.length} budgets met; missed: ${missed.map((row) => `${row.name} (${row.budget.text})`).join(", ")}${failedRuns}`;
}

export function formatText(report) {
  const rows = [HEADER, ...report.rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  const firstInformational = report.rows.findIndex((row) => !row.budgeted);
  const table = rows.map(line);
  if (firstInformational > 0) table.splice(firstInformational + 1, 0, "");
  const m = report.machine;
  return [
    `compose-lint bench: the built CLI (bin/compose-lint.js → lib/)`,
    `machine: ${describeMachine(m)}; load average ${m.loadAverage.join(" ")} at start, ${m.loadAverageAfter.join(" ")} at end`,
    `runs: ${report.runs} (start-up cases more, slow ones fewer, at least 3), each side warmed up once; pairs interleaved, order alternating;`,
    `      times are medians, a ratio is the median of the paired ratios, [first-third quartile]; budgets apply to wall-clock time;`,
    `      CPU time (user + system, all threads) and peak RSS are the child's own, read at its exit by scripts/bench/probe.cjs`,
    "",
    ...table,
    "",
    ...notes(report, { about: true }).map((note) => `- ${note}`),
    "",
    `${verdict(report)} (${report.seconds} s)`,
  ].join("\n");
}

export function formatMarkdown(report) {
  const escape = (cell) => cell.replace(/\|/g, "\\|");
  const rows = report.rows.map(cells).map((r) => `| ${r.map(escape).join(" | ")} |`);
  const m = report.machine;
  return [
    `| ${HEADER.join(" | ")} |`,
    `| ${HEADER.map(() => "---").join(" | ")} |`,
    ...rows,
    "",
    `Measured with \`npm run bench -- --markdown\` (--runs ${report.runs}) on ${describeMachine(m)}, load average ${m.loadAverage.join(" ")} at start. ${verdict(report)}.`,
    "",
    ...notes(report, { about: false }).map((note) => `- ${note}`),
  ].join("\n");
}
