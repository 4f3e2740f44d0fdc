import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  maskSecretValues,
  star
} from "./chunk-6DRHLQUI.mjs";
import {
  plural
} from "./chunk-5EEQ2A6J.mjs";
import {
  escapeLine,
  guardText
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

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
    this.text = text;
    this.secrets = secrets;
  }
  text;
  secrets;
  prepared = /* @__PURE__ */ new Map();
  /** A line already found, and where it starts: findings come in line order, so each line is looked for from the one before. */
  cursorLine = 1;
  cursorOffset = 0;
  /**
   * Line `line` (from 1) of the text split at each `\n`. Found by walking from the last line asked
   * for: splitting a file of 170,000 lines for a few hundred frames made a string of each line.
   */
  lineText(line) {
    if (!Number.isInteger(line) || line < 1) return void 0;
    if (line < this.cursorLine) {
      this.cursorLine = 1;
      this.cursorOffset = 0;
    }
    while (this.cursorLine < line) {
      const next = this.text.indexOf("\n", this.cursorOffset);
      if (next < 0) return void 0;
      this.cursorOffset = next + 1;
      this.cursorLine++;
    }
    const end = this.text.indexOf("\n", this.cursorOffset);
    return this.text.slice(this.cursorOffset, end < 0 ? void 0 : end);
  }
  prepare(line) {
    const cached = this.prepared.get(line);
    if (cached) return cached;
    const original = this.lineText(line);
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

// src/format/text-layout.ts
var DEFAULT_WIDTH = 100;
var MIN_WIDTH = 40;
function effectiveWidth(width) {
  if (width === void 0 || !Number.isFinite(width) || width <= 0) return DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.floor(width));
}
function messageAtoms(message) {
  const balanced = (message.match(/`/g)?.length ?? 0) % 2 === 0;
  const atoms = [];
  let current = "";
  let inCode = false;
  for (const ch of message) {
    if (ch === "`" && balanced) inCode = !inCode;
    if (ch === " " && !inCode) {
      if (current) atoms.push({ text: current });
      current = "";
    } else {
      current += ch;
    }
  }
  if (current) atoms.push({ text: current });
  return atoms;
}
function wrapAtoms(atoms, width, headerWidth, indent) {
  const lines = [];
  let line = "";
  let used = headerWidth;
  let fresh = false;
  const room = Math.max(1, width - indent);
  const newLine = () => {
    lines.push(line);
    line = " ".repeat(indent);
    used = indent;
    fresh = true;
  };
  const put = (atom, text) => {
    line += (fresh ? "" : " ") + (atom.paint ? atom.paint(text) : text);
    used += (fresh ? 0 : 1) + text.length;
    fresh = false;
  };
  for (const atom of atoms) {
    let text = atom.text;
    if (!fresh && used + 1 + text.length > width) newLine();
    while (text.length > room) {
      put(atom, text.slice(0, room));
      text = text.slice(room);
      newLine();
    }
    if (text) put(atom, text);
  }
  lines.push(line);
  return lines;
}
var STRICT_LABELS = [
  ["require-no-new-privileges", "no-new-privileges"],
  ["require-read-only", "read_only"],
  ["require-cap-drop-all", "cap_drop ALL"],
  ["require-non-root-user", "non-root user"],
  ["require-resource-limits", "limits"],
  ["require-pinned-image", "pinned image"]
];
var LABEL_ORDER = new Map(STRICT_LABELS.map(([id], i) => [id, i]));
var LABEL = new Map(STRICT_LABELS);
var SERVICE_PREFIX = /^service "((?:[^"\\]|\\.)*)"/;
function groupKey(finding, strictIds) {
  if (finding.suppression || finding.level !== "note" || !finding.ruleId.startsWith("require-") || !strictIds.has(finding.ruleId)) return void 0;
  const service = SERVICE_PREFIX.exec(finding.message)?.[1];
  if (service === void 0) return void 0;
  const { line, column, endLine, endColumn } = finding.span;
  return `${line}:${column}:${endLine}:${endColumn}:${service}`;
}
function entries(shown, rules) {
  const strictIds = new Set(rules.filter((meta) => meta.preset === "strict").map((meta) => meta.id));
  const groups = /* @__PURE__ */ new Map();
  for (const finding of shown) {
    const key = groupKey(finding, strictIds);
    if (key !== void 0) groups.set(key, [...groups.get(key) ?? [], finding]);
  }
  const out = [];
  const placed = /* @__PURE__ */ new Set();
  for (const finding of shown) {
    const key = groupKey(finding, strictIds);
    const group = key === void 0 ? void 0 : groups.get(key);
    if (key === void 0 || !group || group.length < 2) {
      out.push({ kind: "finding", finding });
      continue;
    }
    if (placed.has(key)) continue;
    placed.add(key);
    const findings = [...group].sort((a, b) => (LABEL_ORDER.get(a.ruleId) ?? 99) - (LABEL_ORDER.get(b.ruleId) ?? 99) || compareIds(a.ruleId, b.ruleId));
    out.push({ kind: "group", service: SERVICE_PREFIX.exec(finding.message)[1], findings });
  }
  return out;
}
function groupMessage(service, findings) {
  return `service "${service}": no ${findings.map((f) => LABEL.get(f.ruleId) ?? f.ruleId).join(", ")}`;
}
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function ruleCounts(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.suppression) continue;
    const key = `${finding.level}\0${finding.ruleId}`;
    const entry = counts.get(key) ?? { ruleId: finding.ruleId, level: finding.level, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || b.count - a.count || compareIds(a.ruleId, b.ruleId));
}
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/format/text.ts
var ANSI = { reset: "\x1B[0m", bold: "\x1B[1m", dim: "\x1B[2m", red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m", green: "\x1B[32m" };
var LEVEL_COLOR = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };
var INDENT = 4;
function codeFrame(frames, finding, paint) {
  const frame = frames.frame(finding);
  if (!frame) return [];
  const gutter = String(finding.span.line).length;
  const bar = paint(ANSI.dim, "|");
  const lead = " ".repeat(INDENT);
  return [
    `${lead}${" ".repeat(gutter)} ${bar}`,
    `${lead}${paint(ANSI.dim, String(finding.span.line))} ${bar} ${frame.text}`,
    `${lead}${" ".repeat(gutter)} ${bar} ${" ".repeat(frame.offset)}${paint(LEVEL_COLOR[finding.level], "^".repeat(frame.width))}`
  ];
}
function byPosition(a, b) {
  return a.span.line - b.span.line || a.span.column - b.span.column;
}
var formatText = (result, context) => {
  const paint = (code, text) => context.color ? `${code}${text}${ANSI.reset}` : text;
  const dim = (text) => paint(ANSI.dim, text);
  const width = effectiveWidth(context.width);
  const out = [];
  const counts = { error: 0, warning: 0, note: 0 };
  const counted = [];
  let filesWithFindings = 0;
  let suppressedCount = 0;
  let grouped = false;
  const block = (header, headerWidth, atoms) => {
    const lines = wrapAtoms(atoms, width, headerWidth, INDENT);
    out.push(lines[0] ? header + lines[0] : header.trimEnd(), ...lines.slice(1));
  };
  const seeAlso = (finding) => {
    for (const related of finding.related) {
      const where = `${escapeLine(related.span.file)}:${related.span.line}:${related.span.column}`;
      const lead = `${" ".repeat(INDENT)}see also`;
      block(dim(lead), lead.length, [{ text: `${where}:`, paint: dim }, ...messageAtoms(escapeLine(related.message)).map((atom) => ({ ...atom, paint: dim }))]);
    }
  };
  for (const file of result.files) {
    suppressedCount += file.suppressed?.length ?? 0;
    const shown = context.showSuppressed ? [...file.findings, ...file.suppressed ?? []].sort(byPosition) : file.findings;
    if (shown.length === 0) continue;
    if (file.findings.length > 0) filesWithFindings++;
    const frames = new FrameRenderer(file.text, [...file.findings, ...file.suppressed ?? []].filter((f) => f.redact).map((f) => f.span));
    const path = escapeLine(file.path);
    const tally = [file.findings.length > 0 ? plural(file.findings.length, "problem") : "", shown.length > file.findings.length ? `${shown.length - file.findings.length} suppressed` : ""];
    out.push(paint(ANSI.bold, path) + dim(` (${tally.filter(Boolean).join(", ")})`));
    for (const entry of entries(shown, context.rules)) {
      const finding = entry.kind === "finding" ? entry.finding : entry.findings[0];
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
