/**
 * Small pieces of the command line's user experience, kept out of src/cli.ts: the nearest option
 * to a mistyped one, the one-line summary, and the --quiet / --max-warnings view of a result.
 */
import type { LintResult } from "./lint.js";
import type { Level } from "./model/types.js";
import { plural } from "./format/words.js";
import { closest } from "./schema/validate.js";

/** `Unknown option '--foramt'` → `Unknown option '--foramt'; did you mean --format?` */
export function withSuggestion(message: string, optionNames: readonly string[]): string {
  const match = /^Unknown option '(--?)([^'=]+)'/.exec(message);
  if (!match) return message;
  const suggestion = closest(match[2]!, optionNames.filter((name) => name.length > 1));
  return suggestion ? `${message}; did you mean --${suggestion}?` : message;
}

export function countLevels(result: LintResult): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const file of result.files) for (const finding of file.findings) counts[finding.level]++;
  return counts;
}

/**
 * One line that tells the truth about the run, for standard error when every output went to a
 * file: never "no problems" when a path could not be linted.
 */
export function summaryLine(result: LintResult): string {
  const counts = countLevels(result);
  const total = counts.error + counts.warning + counts.note;
  const checked = `${plural(result.files.length, "file")} checked`;
  const notLinted = result.errors.length > 0 ? `; ${plural(result.errors.length, "path")} could not be linted` : "";
  if (total === 0) return result.errors.length > 0 ? `no findings in what could be read (${checked})${notLinted}` : `no problems found (${checked})`;
  return `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}); ${checked}${notLinted}`;
}

/** `--quiet`: only the error-level findings. */
export function errorsOnly(result: LintResult): LintResult {
  return { ...result, files: result.files.map((file) => ({ ...file, findings: file.findings.filter((f) => f.level === "error") })) };
}

/** Parses `--max-warnings N`: a whole number, 0 or more. */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) return Number.NaN;
  return Number(value.trim());
}
