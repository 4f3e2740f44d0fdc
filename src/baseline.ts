/**
 * Baselines: how a team adopts the linter on a repository that already has findings. A baseline
 * file records today's findings by fingerprint (rule, file, service, offending text and occurrence:
 * src/format/fingerprint.ts, never a line number), so that a later run reports only what is new,
 * and names the recorded findings that are gone so that the file shrinks over time.
 *
 * The engine knows nothing of this: a baseline is applied to a finished LintResult.
 */
import { lstatSync, readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import type { Finding } from "./engine/rule.js";
import { findingFingerprints, fingerprintParts } from "./format/fingerprint.js";
import type { LintResult } from "./lint.js";
import { plural } from "./format/words.js";
import { OutputFileError, checkOutputFile, writeOutputFile } from "./output-file.js";

export const BASELINE_VERSION = 1;

/** One recorded finding. Only `fingerprint` matches; the rest is there for people reading the file. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** The compose file, relative to the baseline file's folder, with `/` separators. */
  path: string;
  service?: string;
  /** Where the finding was when recorded (informative: lines may move). */
  line: number;
  message: string;
}

export interface BaselineComparison {
  /** The baseline file as named on the command line. */
  name: string;
  /** Findings of this run that the baseline records. */
  unchanged: ReadonlySet<Finding>;
  /** Recorded findings of files checked in this run (or deleted since) that no longer occur. */
  fixed: BaselineEntry[];
}

/** A baseline file that cannot be used: the message names the file and the problem. */
export class BaselineError extends Error {}

function fromBaselineDir(baselineFile: string, cwd: string, reported: string): string {
  const rel = relative(dirname(baselineFile), resolve(cwd, reported));
  return rel.split(sep).join("/");
}

/** Every finding of the result as a baseline entry, fingerprinted with paths relative to the baseline's folder. */
export function baselineEntries(result: LintResult, baselineFile: string, cwd: string): BaselineEntry[] {
  return result.files.flatMap((file) => {
    const path = fromBaselineDir(baselineFile, cwd, file.path);
    const fingerprints = findingFingerprints(file, path);
    const parts = fingerprintParts(file, path);
    return file.findings.map((finding, i) => ({
      fingerprint: fingerprints[i]!,
      ruleId: finding.ruleId,
      path,
      ...(parts[i]!.service ? { service: parts[i]!.service } : {}),
      line: finding.span.line,
      message: finding.message,
    }));
  });
}

function isEntry(value: unknown): value is BaselineEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.fingerprint === "string" && typeof entry.ruleId === "string" && typeof entry.path === "string";
}

/** Parses a baseline file's text; `name` is used in error messages. */
export function parseBaseline(text: string, name: string): BaselineEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`baseline ${name} is not valid JSON (${(error as Error).message})`);
  }
  const file = data as { tool?: unknown; version?: unknown; findings?: unknown };
  if (typeof data !== "object" || data === null || file.tool !== "compose-lint" || !Array.isArray(file.findings)) {
    throw new BaselineError(`baseline ${name} is not a compose-lint baseline (write one with --write-baseline)`);
  }
  if (file.version !== BASELINE_VERSION) throw new BaselineError(`baseline ${name} has version ${JSON.stringify(file.version)}; this compose-lint reads version ${BASELINE_VERSION}`);
  const bad = file.findings.findIndex((entry) => !isEntry(entry));
  if (bad >= 0) throw new BaselineError(`baseline ${name}: entry ${bad + 1} has no fingerprint, ruleId or path`);
  return file.findings as BaselineEntry[];
}

export async function readBaseline(file: string, name: string): Promise<BaselineEntry[]> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${name} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return parseBaseline(text, name);
}

async function exists(file: string): Promise<boolean> {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Compares a run with a baseline. A recorded entry counts as fixed when its file was checked in
 * this run and the finding is gone, or when its file no longer exists; entries of files this run
 * did not check are left alone.
 */
export async function compareWithBaseline(result: LintResult, entries: readonly BaselineEntry[], baselineFile: string, cwd: string, name: string): Promise<BaselineComparison> {
  const recorded = new Set(entries.map((entry) => entry.fingerprint));
  const current = new Set<string>();
  const unchanged = new Set<Finding>();
  const checked = new Set<string>();
  for (const file of result.files) {
    const path = fromBaselineDir(baselineFile, cwd, file.path);
    checked.add(path);
    findingFingerprints(file, path).forEach((fingerprint, i) => {
      current.add(fingerprint);
      if (recorded.has(fingerprint)) unchanged.add(file.findings[i]!);
    });
  }
  const fixed: BaselineEntry[] = [];
  for (const entry of entries) {
    if (current.has(entry.fingerprint)) continue;
    if (checked.has(entry.path) || !(await exists(resolve(dirname(baselineFile), entry.path)))) fixed.push(entry);
  }
  return { name, unchanged, fixed };
}

/** The result without the findings the baseline records: what people and exit codes see. */
export function withoutBaselined(result: LintResult, comparison: BaselineComparison): LintResult {
  return { ...result, files: result.files.map((file) => ({ ...file, findings: file.findings.filter((f) => !comparison.unchanged.has(f)) })) };
}

/**
 * The baseline file's text for this run. Entries of files this run did not check, and that still
 * exist, are kept from `previous` (the file being replaced), so linting a part of the repository
 * does not forget the rest.
 */
export async function baselineText(result: LintResult, baselineFile: string, cwd: string, previous: readonly BaselineEntry[] = []): Promise<string> {
  const entries = baselineEntries(result, baselineFile, cwd);
  const checked = new Set(result.files.map((file) => fromBaselineDir(baselineFile, cwd, file.path)));
  for (const entry of previous) {
    if (!checked.has(entry.path) && (await exists(resolve(dirname(baselineFile), entry.path)))) entries.push(entry);
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
  return JSON.stringify({ tool: "compose-lint", version: BASELINE_VERSION, findings: entries }, null, 2) + "\n";
}

/** Writes the baseline file, never through a symbolic link and never into a non-regular file. */
export async function writeBaselineFile(file: string, name: string, text: string): Promise<void> {
  try {
    writeOutputFile(checkOutputFile(file, dirname(file)), text);
  } catch (error) {
    if (error instanceof OutputFileError) throw new BaselineError(`will not write baseline ${name}: ${error.message}`);
    throw error;
  }
}

export interface BaselineRun {
  /** Every finding, with the comparison attached when a baseline was read (for SARIF's baselineState). */
  full: LintResult;
  /** What people see and the exit code counts: without the recorded findings. */
  shown: LintResult;
  /** Lines for standard error: what the baseline hid, what is fixed, what was written. */
  messages: string[];
}

const FIXED_LISTED = 20;

/** Applies `--baseline FILE` and `--write-baseline FILE` to a finished run. */
export async function applyBaseline(result: LintResult, options: { baseline?: string; writeBaseline?: string; cwd: string }): Promise<BaselineRun> {
  const messages: string[] = [];
  let full = result;
  let shown = result;
  let read: BaselineEntry[] | undefined;
  if (options.baseline !== undefined) {
    const file = resolve(options.cwd, options.baseline);
    read = await readBaseline(file, options.baseline);
    const comparison = await compareWithBaseline(result, read, file, options.cwd, options.baseline);
    full = { ...result, baseline: comparison };
    shown = withoutBaselined(result, comparison);
    const fixed = comparison.fixed.length;
    messages.push(
      `baseline ${options.baseline}: ${plural(comparison.unchanged.size, "recorded finding")} not shown` +
        (fixed > 0 ? `, ${plural(fixed, "recorded finding")} fixed (run --write-baseline ${options.baseline} to drop ${fixed === 1 ? "it" : "them"})` : ""),
    );
    for (const entry of comparison.fixed.slice(0, FIXED_LISTED)) {
      messages.push(`  fixed: ${entry.path}${entry.service ? ` service "${entry.service}"` : ""}: ${entry.ruleId} (recorded at line ${entry.line})`);
    }
    if (fixed > FIXED_LISTED) messages.push(`  and ${plural(fixed - FIXED_LISTED, "more fixed finding")}`);
  }
  if (options.writeBaseline !== undefined) {
    const file = resolve(options.cwd, options.writeBaseline);
    let previous: BaselineEntry[] = [];
    if (await exists(file)) previous = options.baseline !== undefined && resolve(options.cwd, options.baseline) === file ? read! : await readBaseline(file, options.writeBaseline).catch(() => []);
    await writeBaselineFile(file, options.writeBaseline, await baselineText(result, file, options.cwd, previous));
    const count = result.files.reduce((sum, f) => sum + f.findings.length, 0);
    messages.push(`wrote baseline ${options.writeBaseline}: ${plural(count, "finding")} recorded`);
  }
  return { full, shown, messages };
}
