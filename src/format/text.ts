import type { Finding } from "../engine/rule.js";
import type { Level, Span } from "../model/types.js";
import { escapeLine } from "./escape.js";
import type { Formatter } from "./types.js";
import { plural } from "./words.js";

const ANSI = { reset: "\x1b[0m", bold: "\x1b[1m", dim: "\x1b[2m", red: "\x1b[31m", yellow: "\x1b[33m", cyan: "\x1b[36m", green: "\x1b[32m" };
const LEVEL_COLOR: Record<Level, string> = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };


/** The line with every secret on it replaced by `*`, column for column. */
function masked(source: string, line: number, secrets: readonly Span[]): string {
  let out = source;
  for (const secret of secrets) {
    if (line < secret.line || line > secret.endLine) continue;
    const from = secret.line === line ? secret.column - 1 : 0;
    const to = secret.endLine === line ? secret.endColumn - 1 : out.length;
    out = out.slice(0, from) + "*".repeat(Math.max(0, Math.min(to, out.length) - from)) + out.slice(to);
  }
  return out;
}

/** The offending source line with the finding's range underlined, as rustc and actionlint show it. */
function codeFrame(lines: readonly string[], finding: Finding, secrets: readonly Span[], paint: (code: string, text: string) => string): string[] {
  const { line, column, endLine, endColumn } = finding.span;
  const original = lines[line - 1];
  if (original === undefined) return [];
  const source = masked(original, line, secrets);
  const shown = (text: string) => escapeLine(text.replace(/\t/g, " ").replace(/\r$/, ""));
  const visible = shown(source);
  const start = shown(source.slice(0, column - 1)).length;
  const stop = endLine === line ? shown(source.slice(0, Math.max(column, endColumn) - 1)).length : visible.trimEnd().length;
  const width = Math.max(1, stop - start);
  const gutter = String(line).length;
  const bar = paint(ANSI.dim, "|");
  return [
    `  ${" ".repeat(gutter)} ${bar}`,
    `  ${paint(ANSI.dim, String(line))} ${bar} ${visible}`,
    `  ${" ".repeat(gutter)} ${bar} ${" ".repeat(start)}${paint(LEVEL_COLOR[finding.level], "^".repeat(width))}`,
  ];
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.line - b.span.line || a.span.column - b.span.column;
}

export const formatText: Formatter = (result, context) => {
  const paint = (code: string, text: string) => (context.color ? `${code}${text}${ANSI.reset}` : text);
  const out: string[] = [];
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  let filesWithFindings = 0;
  let suppressedCount = 0;
  for (const file of result.files) {
    suppressedCount += file.suppressed?.length ?? 0;
    const shown = context.showSuppressed ? [...file.findings, ...(file.suppressed ?? [])].sort(byPosition) : file.findings;
    if (shown.length === 0) continue;
    if (file.findings.length > 0) filesWithFindings++;
    const lines = file.text.split("\n");
    const secrets = shown.filter((f) => f.redact).map((f) => f.span);
    out.push(paint(ANSI.bold, escapeLine(file.path)));
    for (const finding of shown) {
      if (!finding.suppression) counts[finding.level]++;
      const position = `${finding.span.line}:${finding.span.column}`;
      const level = finding.suppression ? paint(ANSI.dim, "ignored") : paint(LEVEL_COLOR[finding.level], finding.level.padEnd(7));
      const why = finding.suppression ? paint(ANSI.dim, ` (suppressed${finding.suppression.justification ? `: ${escapeLine(finding.suppression.justification)}` : ""})`) : "";
      out.push(
        `  ${position.padEnd(7)} ${level} ${escapeLine(finding.message)}  ${paint(ANSI.dim, finding.ruleId)}${why}`,
      );
      out.push(...codeFrame(lines, finding, secrets, paint));
      for (const related of finding.related) {
        out.push(`  ${paint(ANSI.dim, `  see also: ${escapeLine(related.message)} (${escapeLine(related.span.file)}:${related.span.line}:${related.span.column})`)}`);
      }
    }
    out.push("");
  }
  for (const error of result.errors) out.push(`${paint(ANSI.red, "error")} ${escapeLine(error.path)}: ${escapeLine(error.message)}`);
  if (result.errors.length > 0) out.push("");
  const total = counts.error + counts.warning + counts.note;
  const unreadable = result.errors.length > 0 ? `, ${plural(result.errors.length, "path")} not linted` : "";
  const silenced = suppressedCount > 0 ? `, ${plural(suppressedCount, "finding")} suppressed${context.showSuppressed ? "" : "; --show-suppressed lists them"}` : "";
  const skipped = result.ignored?.length ? `, ${plural(result.ignored.length, "file")} ignored by configuration` : "";
  const checked = `${plural(result.files.length, "file")} checked${unreadable}${skipped}${silenced}`;
  if (total === 0 && result.errors.length > 0) {
    out.push(paint(ANSI.red, `No problems found in what could be read (${checked}).`));
  } else if (total === 0) {
    out.push(paint(ANSI.green, `No problems found (${checked}).`));
  } else {
    const summary = `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}) in ${plural(filesWithFindings, "file")}; ${checked}.`;
    out.push(paint(counts.error > 0 ? ANSI.red : ANSI.yellow, summary));
  }
  // A project compose-lint could not see whole is never reported as if it were judged whole.
  const unseen = result.files.reduce((n, file) => n + file.findings.filter((f) => f.ruleId === "not-linted").length, 0);
  if (unseen > 0) out.push(paint(ANSI.red, `Incomplete: ${plural(unseen, "part")} of what Docker Compose would run could not be linted (see not-linted above).`));
  return out.join("\n") + "\n";
};
