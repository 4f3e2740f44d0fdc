// Timing processes robustly on a busy machine: every measured thing is a whole child process, warmed
// up once, and compared with its reference run by run (interleaved, the order alternating), so a
// burst of load elsewhere slows both sides of a pair rather than one side of the comparison.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PROBE = join(import.meta.dirname, "probe.cjs");
const probeDir = mkdtempSync(join(tmpdir(), "compose-lint-bench-probe-"));
process.on("exit", () => rmSync(probeDir, { recursive: true, force: true }));
let probeFiles = 0;

/**
 * A command to measure: `argv` run with `file` (node by default), in `cwd`. `okStatus` lists the
 * exit codes of a successful run (a linter exits 1 on findings); `expect` is a pattern its standard
 * output must match (or a function of it, with a `description`), so a bench never times an error
 * path by mistake. `probe` preloads probe.cjs (node commands only) for the child's
 * peak RSS and CPU time.
 */
export function command(label, argv, options = {}) {
  return { label, argv, file: options.file ?? process.execPath, cwd: options.cwd, okStatus: options.okStatus ?? [0], expect: options.expect, probe: options.probe === true, env: options.env };
}

/**
 * Runs a command once: wall-clock milliseconds (spawn included) and, with the probe, the child's
 * peak RSS in MB and its CPU time in milliseconds.
 */
export function runOnce(cmd) {
  const probeFile = cmd.probe ? join(probeDir, `probe-${probeFiles++}.json`) : undefined;
  const argv = cmd.probe ? ["--require", PROBE, ...cmd.argv] : cmd.argv;
  const env = { ...process.env, ...cmd.env, NO_COLOR: "1", ...(probeFile ? { COMPOSE_LINT_BENCH_PROBE_FILE: probeFile } : {}) };
  delete env.FORCE_COLOR;
  const start = performance.now();
  const run = spawnSync(cmd.file, argv, { cwd: cmd.cwd, env, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.error) throw new Error(`${cmd.label}: ${run.error.message}`);
  if (!cmd.okStatus.includes(run.status)) {
    throw new Error(`${cmd.label}: exit ${run.status ?? run.signal}${run.stderr ? `: ${run.stderr.trim().split("\n").slice(0, 5).join(" | ")}` : ""}`);
  }
  if (cmd.expect && !(typeof cmd.expect === "function" ? cmd.expect(run.stdout) : cmd.expect.test(run.stdout))) {
    throw new Error(`${cmd.label}: unexpected output (wanted ${cmd.expect.description ?? cmd.expect}): ${run.stdout.slice(-300).trim()}`);
  }
  let rssMB;
  let cpuMs;
  if (probeFile) {
    const probed = JSON.parse(readFileSync(probeFile, "utf8"));
    rssMB = probed.maxRSS / 1024;
    cpuMs = probed.cpuMicros / 1000;
    rmSync(probeFile, { force: true });
  }
  return { ms, rssMB, cpuMs, stdout: run.stdout };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** First and third quartiles (nearest rank): the spread printed beside a median. */
export function quartiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return [at(0.25), at(0.75)];
}

function peak(values) {
  const known = values.filter((v) => v !== undefined);
  return known.length ? Math.max(...known) : undefined;
}

function medianOf(samples, key) {
  return samples.every((s) => s[key] !== undefined) ? median(samples.map((s) => s[key])) : undefined;
}

/** Repeats one command: a warm-up (unless `warmup: false`), then `runs` timed runs. */
export function repeated(cmd, runs, { warmup = true } = {}) {
  const first = warmup ? runOnce(cmd) : undefined;
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(runOnce(cmd));
  const all = first ? [first, ...samples] : samples;
  return { median: median(samples.map((s) => s.ms)), spread: quartiles(samples.map((s) => s.ms)), runs, rssMB: peak(all.map((s) => s.rssMB)), cpuMs: medianOf(samples, "cpuMs") };
}

/**
 * Runs `measured` and `baseline` in pairs, the order alternating, after one warm-up of each. The
 * ratio is the median of the per-pair ratios measured/baseline (robust to load that comes and
 * goes); each side's own median and peak RSS are given too. With `bracket`, for a measured command
 * much slower than its baseline, each measured run is bracketed by two baseline runs whose mean
 * makes the pair, so load that rises or falls during the long run weighs on both sides.
 */
export function paired(measured, baseline, runs, { warmup = true, bracket = false } = {}) {
  if (warmup) {
    runOnce(baseline);
    runOnce(measured);
  }
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    if (bracket) {
      const before = runOnce(baseline);
      a.push(runOnce(measured));
      const after = runOnce(baseline);
      b.push({ ms: (before.ms + after.ms) / 2, rssMB: peak([before.rssMB, after.rssMB]), cpuMs: before.cpuMs === undefined ? undefined : (before.cpuMs + after.cpuMs) / 2 });
    } else if (i % 2 === 0) {
      a.push(runOnce(measured));
      b.push(runOnce(baseline));
    } else {
      b.push(runOnce(baseline));
      a.push(runOnce(measured));
    }
  }
  const ratios = a.map((s, i) => s.ms / b[i].ms);
  const cpuRatios = a.every((s, i) => s.cpuMs !== undefined && b[i].cpuMs !== undefined) ? a.map((s, i) => s.cpuMs / b[i].cpuMs) : undefined;
  return {
    measured: { median: median(a.map((s) => s.ms)), rssMB: peak(a.map((s) => s.rssMB)), cpuMs: medianOf(a, "cpuMs") },
    baseline: { median: median(b.map((s) => s.ms)), rssMB: peak(b.map((s) => s.rssMB)), cpuMs: medianOf(b, "cpuMs") },
    ratio: median(ratios),
    ratioSpread: quartiles(ratios),
    cpuRatio: cpuRatios && median(cpuRatios),
    runs,
  };
}
