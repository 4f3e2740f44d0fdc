import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  maskSecretValues,
  star
} from "./chunk-66YYOBGO.mjs";
import {
  plural
} from "./chunk-5EEQ2A6J.mjs";
import {
  escapeLine,
  guardText
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-KOCLF33B.mjs";

// src/format/frame.ts
var FRAME_WIDTH = 160;
var LEAD = 40;
var ELLIPSIS = "\u2026";
function maskSpans(source, line, secrets) {
  let out = source;
  for (const secret of secrets) {
    if (line < secret.line || line > secret.endLine) continue;
    const from = secret.line === line ? secret.column - 1 : 0;
    const to = secret.endLine === line ? secret.endColumn - 1 : out.length;
    out = star(out, from, Math.min(to, out.length));
  }
  return out;
}
var FrameRenderer = class {
  constructor(text, secrets) {
    this.secrets = secrets;
    this.lines = text.split("\n");
  }
  secrets;
  lines;
  prepared = /* @__PURE__ */ new Map();
  prepare(line) {
    const cached = this.prepared.get(line);
    if (cached) return cached;
    const original = this.lines[line - 1];
    if (original === void 0) return void 0;
    const source = maskSecretValues(maskSpans(original.replace(/\r$/, ""), line, this.secrets));
    const at = new Int32Array(source.length + 1);
    const parts = [];
    let length = 0;
    for (let i = 0; i < source.length; i++) {
      at[i] = length;
      const ch = source[i];
      const part = ch === "	" ? " " : escapeLine(ch);
      parts.push(part);
      length += part.length;
    }
    at[source.length] = length;
    const prepared = { visible: parts.join(""), at };
    this.prepared.set(line, prepared);
    return prepared;
  }
  /** The frame of `finding`: the masked, escaped and clipped line and where its underline goes. */
  frame(finding) {
    const { line, column, endLine, endColumn } = finding.span;
    const prepared = this.prepare(line);
    if (!prepared) return void 0;
    const { visible, at } = prepared;
    const offsetOf = (col) => at[Math.max(0, Math.min(col - 1, at.length - 1))];
    const start = offsetOf(column);
    const stop = endLine === line ? offsetOf(Math.max(column, endColumn)) : visible.trimEnd().length;
    const width = Math.max(1, stop - start);
    if (visible.length <= FRAME_WIDTH) return { text: visible, offset: start, width };
    const from = Math.max(0, Math.min(start - LEAD, visible.length - FRAME_WIDTH));
    const to = Math.min(visible.length, from + FRAME_WIDTH);
    const before = from > 0 ? ELLIPSIS : "";
    const after = to < visible.length ? ELLIPSIS : "";
    const underlineStart = Math.max(start, from);
    const underlineEnd = Math.min(Math.max(stop, start + 1), to);
    return {
      text: `${before}${visible.slice(from, to)}${after}`,
      offset: before.length + underlineStart - from,
      width: Math.max(1, underlineEnd - underlineStart)
    };
  }
};

// src/format/text.ts
var ANSI = { reset: "\x1B[0m", bold: "\x1B[1m", dim: "\x1B[2m", red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m", green: "\x1B[32m" };
var LEVEL_COLOR = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };
function codeFrame(frames, finding, paint) {
  const frame = frames.frame(finding);
  if (!frame) return [];
  const gutter = String(finding.span.line).length;
  const bar = paint(ANSI.dim, "|");
  return [
    `  ${" ".repeat(gutter)} ${bar}`,
    `  ${paint(ANSI.dim, String(finding.span.line))} ${bar} ${frame.text}`,
    `  ${" ".repeat(gutter)} ${bar} ${" ".repeat(frame.offset)}${paint(LEVEL_COLOR[finding.level], "^".repeat(frame.width))}`
  ];
}
function byPosition(a, b) {
  return a.span.line - b.span.line || a.span.column - b.span.column;
}
var formatText = (result, context) => {
  const paint = (code, text) => context.color ? `${code}${text}${ANSI.reset}` : text;
  const out = [];
  const counts = { error: 0, warning: 0, note: 0 };
  let filesWithFindings = 0;
  let suppressedCount = 0;
  for (const file of result.files) {
    suppressedCount += file.suppressed?.length ?? 0;
    const shown = context.showSuppressed ? [...file.findings, ...file.suppressed ?? []].sort(byPosition) : file.findings;
    if (shown.length === 0) continue;
    if (file.findings.length > 0) filesWithFindings++;
    const frames = new FrameRenderer(file.text, [...file.findings, ...file.suppressed ?? []].filter((f) => f.redact).map((f) => f.span));
    out.push(paint(ANSI.bold, escapeLine(file.path)));
    for (const finding of shown) {
      if (!finding.suppression) counts[finding.level]++;
      const position = `${finding.span.line}:${finding.span.column}`;
      const level = finding.suppression ? paint(ANSI.dim, "ignored") : paint(LEVEL_COLOR[finding.level], finding.level.padEnd(7));
      const why = finding.suppression ? paint(ANSI.dim, ` (suppressed${finding.suppression.justification ? `: ${escapeLine(finding.suppression.justification)}` : ""})`) : "";
      out.push(
        `  ${position.padEnd(7)} ${level} ${escapeLine(finding.message)}  ${paint(ANSI.dim, finding.ruleId)}${why}`
      );
      out.push(...codeFrame(frames, finding, paint));
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
    out.push(paint(ANSI.red, `Not everything was linted: no findings in what could be read (${checked}).`));
  } else if (total === 0) {
    out.push(paint(ANSI.green, `No problems found (${checked}).`));
  } else {
    const summary = `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}) in ${plural(filesWithFindings, "file")}; ${checked}.`;
    out.push(paint(counts.error > 0 ? ANSI.red : ANSI.yellow, summary));
  }
  const unseen = result.files.reduce((n, file) => n + file.findings.filter((f) => f.ruleId === "not-linted").length, 0);
  if (unseen > 0) out.push(paint(ANSI.red, `Incomplete: ${plural(unseen, "part")} of what Docker Compose would run could not be linted (see not-linted above).`));
  return guardText(out.join("\n") + "\n");
};
export {
  formatText
};
