import type { Finding } from "../engine/rule.js";
import type { Level } from "../model/types.js";
import { escapeLine, guardText } from "./escape.js";
import { FrameRenderer } from "./frame.js";
import type { Formatter } from "./types.js";
import { type Atom, effectiveWidth, entries, groupMessage, messageAtoms, ruleCounts, wrapAtoms } from "./text-layout.js";
import { plural } from "./words.js";

const ANSI = { reset: "\x1b[0m", bold: "\x1b[1m", dim: "\x1b[2m", red: "\x1b[31m", yellow: "\x1b[33m", cyan: "\x1b[36m", green: "\x1b[32m" };
const LEVEL_COLOR: Record<Level, string> = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };

/** Columns of the hanging indent under a finding's first line, and of its code frame. */
const INDENT = 4;

/** The offending source line with the finding's range underlined, as rustc and actionlint show it. */
function codeFrame(frames: FrameRenderer, finding: Finding, paint: (code: string, text: string) => string): string[] {
  const frame = frames.frame(finding);
  if (!frame) return [];
  const gutter = String(finding.span.line).length;
  const bar = paint(ANSI.dim, "|");
  const lead = " ".repeat(INDENT);
  return [
    `${lead}${" ".repeat(gutter)} ${bar}`,
    `${lead}${paint(ANSI.dim, String(finding.span.line))} ${bar} ${frame.text}`,
    `${lead}${" ".repeat(gutter)} ${bar} ${" ".repeat(frame.offset)}${paint(LEVEL_COLOR[finding.level], "^".repeat(frame.width))}`,
  ];
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.line - b.span.line || a.span.column - b.span.column;
}

export const formatText: Formatter = (result, context) => {
  const paint = (code: string, text: string) => (context.color ? `${code}${text}${ANSI.reset}` : text);
  const dim = (text: string) => paint(ANSI.dim, text);
  const width = effectiveWidth(context.width);
  const out: string[] = [];
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  const counted: Finding[] = [];
  let filesWithFindings = 0;
  let suppressedCount = 0;
  let grouped = false;
  /** A `path:line:col level` header followed by wrapped atoms, all escaped already. */
  const block = (header: string, headerWidth: number, atoms: Atom[]) => {
    const lines = wrapAtoms(atoms, width, headerWidth, INDENT);
    // A header too wide for any of the message (a long path) stands alone, without trailing space.
    out.push(lines[0] ? header + lines[0] : header.trimEnd(), ...lines.slice(1));
  };
  const seeAlso = (finding: Finding) => {
    for (const related of finding.related) {
      const where = `${escapeLine(related.span.file)}:${related.span.line}:${related.span.column}`;
      const lead = `${" ".repeat(INDENT)}see also`;
      block(dim(lead), lead.length, [{ text: `${where}:`, paint: dim }, ...messageAtoms(escapeLine(related.message)).map((atom) => ({ ...atom, paint: dim }))]);
    }
  };
  for (const file of result.files) {
    suppressedCount += file.suppressed?.length ?? 0;
    const shown = context.showSuppressed ? [...file.findings, ...(file.suppressed ?? [])].sort(byPosition) : file.findings;
    if (shown.length === 0) continue;
    if (file.findings.length > 0) filesWithFindings++;
    // Every reported secret is masked, also a suppressed one whose line carries another finding.
    const frames = new FrameRenderer(file.text, [...file.findings, ...(file.suppressed ?? [])].filter((f) => f.redact).map((f) => f.span));
    const path = escapeLine(file.path);
    const tally = [file.findings.length > 0 ? plural(file.findings.length, "problem") : "", shown.length > file.findings.length ? `${shown.length - file.findings.length} suppressed` : ""];
    out.push(paint(ANSI.bold, path) + dim(` (${tally.filter(Boolean).join(", ")})`));
    for (const entry of entries(shown, context.rules)) {
      const finding = entry.kind === "finding" ? entry.finding : entry.findings[0]!;
      const members = entry.kind === "finding" ? [entry.finding] : entry.findings;
      for (const member of members) {
        if (!member.suppression) {
          counts[member.level]++;
          counted.push(member);
        }
      }
      const location = `${path}:${finding.span.line}:${finding.span.column}`;
      const levelWord = finding.suppression ? "ignored" : finding.level;
      const level = finding.suppression ? dim(levelWord) : paint(LEVEL_COLOR[finding.level], levelWord);
      if (entry.kind === "group") grouped = true;
      const message = entry.kind === "finding" ? finding.message : groupMessage(entry.service, entry.findings);
      const atoms = messageAtoms(escapeLine(message));
      const ids = members.map((member) => member.ruleId);
      // Each rule id is one atom: a long list breaks between ids, never inside one.
      atoms.push(...ids.map((id, i) => ({ text: `${i === 0 ? "[" : ""}${escapeLine(id)}${i === ids.length - 1 ? "]" : ","}`, paint: dim })));
      if (finding.suppression) {
        const reason = finding.suppression.justification ? `: ${escapeLine(finding.suppression.justification)}` : "";
        atoms.push(...messageAtoms(`(suppressed${reason})`).map((atom) => ({ ...atom, paint: dim })));
      }
      block(`${paint(ANSI.bold, location)}  ${level} `, location.length + 3 + levelWord.length, atoms);
      out.push(...codeFrame(frames, finding, paint));
      for (const member of members) seeAlso(member);
    }
    out.push("");
  }
  if (grouped) {
    // A group names what is missing; the advice of each note is one command away.
    out.push(...wrapAtoms(messageAtoms("A service's strict notes are grouped: `compose-lint --explain RULE` tells how to fix each, `--format json` lists them one by one."), width, 0, 0).map((line) => dim(line.trimStart())), "");
  }
  const table = ruleCounts(counted);
  if (counted.length > 1) {
    const idWidth = Math.max(4, ...table.map((row) => escapeLine(row.ruleId).length));
    out.push(dim(`${"rule".padEnd(idWidth)}  ${"level".padEnd(7)}  count`));
    for (const row of table) {
      out.push(`${escapeLine(row.ruleId).padEnd(idWidth)}  ${paint(LEVEL_COLOR[row.level], row.level.padEnd(7))}  ${String(row.count).padStart(5)}`);
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
    // Never "No problems found" when something named could not be linted.
    out.push(paint(ANSI.red, `Not everything was linted: no findings in what could be read (${checked}).`));
  } else if (total === 0) {
    out.push(paint(ANSI.green, `No problems found (${checked}).`));
  } else {
    const summary = `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}) in ${plural(filesWithFindings, "file")}; ${checked}.`;
    out.push(paint(counts.error > 0 ? ANSI.red : ANSI.yellow, summary));
  }
  // A project compose-lint could not see whole is never reported as if it were judged whole.
  const unseen = result.files.reduce((n, file) => n + file.findings.filter((f) => f.ruleId === "not-linted").length, 0);
  if (unseen > 0) out.push(paint(ANSI.red, `Incomplete: ${plural(unseen, "part")} of what Docker Compose would run could not be linted (see not-linted above).`));
  return guardText(out.join("\n") + "\n");
};
