/**
 * The code frame under a finding: its source line, with the range underlined. Two things a plain
 * copy of the line would get wrong:
 * - secrets: the value of any secret-looking key on the line is masked, column for column,
 *   whatever finding the frame is drawn for (a suppressed secret's line can carry another finding);
 * - size: a one-line file of megabytes would be repeated under every finding, so the frame shows
 *   a window of at most FRAME_WIDTH columns around the range, with `…` where it is clipped.
 */
import type { Finding } from "../engine/rule.js";
import { carriesNoSecret, embeddedSecret, optionKind } from "../model/secrets.js";
import type { Span } from "../model/types.js";
import { escapeLine } from "./escape.js";

/** Columns of source text a frame shows at most. */
export const FRAME_WIDTH = 160;
/** Columns kept before the range when the line is clipped. */
const LEAD = 40;
const ELLIPSIS = "…";

/** `text` with `from..to` replaced by `*`, column for column. */
function star(text: string, from: number, to: number): string {
  return to <= from ? text : text.slice(0, from) + "*".repeat(to - from) + text.slice(to);
}

/** The value's range inside `text` without one pair of surrounding quotes. */
function inner(text: string, from: number, to: number): [number, number] {
  const first = text[from];
  return (first === '"' || first === "'") && to - from >= 2 && text[to - 1] === first ? [from + 1, to - 1] : [from, to];
}

const MAPPING_ENTRY = /^(\s*(?:-\s+)?)(["']?)([A-Za-z_][\w.-]*)\2\s*:(?:\s+|$)/;
const ASSIGNMENT = /(?<![\w.-])(-{0,2}[A-Za-z_][\w.-]*)=("[^"]*"|'[^']*'|[^\s,\]}"']*)/g;
const OPTION_AND_VALUE = /(?<![\w.-])(--?[A-Za-z][\w.-]*)\s+("[^"]*"|'[^']*'|[^\s,\]}"'#-][^\s,\]}"']*)/g;

function secretName(name: string): boolean {
  return optionKind(name.replace(/^-+/, "")) !== undefined;
}

/**
 * The line with the value of every secret-looking key masked: `KEY: value`, `KEY=value` (list
 * entries, command lines), `--password value`, and a password inside a URL. References the
 * container resolves at run time (`$$DB_PASSWORD`, `${DB_PASSWORD}`) and empty values are kept.
 */
export function maskSecretValues(line: string): string {
  let out = line;
  const entry = MAPPING_ENTRY.exec(out);
  if (entry && secretName(entry[3]!)) {
    const start = entry[0].length;
    const comment = /\s#/.exec(out.slice(start));
    const end = comment ? start + comment.index : out.trimEnd().length;
    const [from, to] = inner(out, start, end);
    if (!carriesNoSecret(out.slice(from, to))) out = star(out, from, to);
  }
  for (const pattern of [ASSIGNMENT, OPTION_AND_VALUE]) {
    for (const match of out.matchAll(pattern)) {
      if (!secretName(match[1]!)) continue;
      const valueStart = match.index + match[0].length - match[2]!.length;
      const [from, to] = inner(out, valueStart, valueStart + match[2]!.length);
      if (!carriesNoSecret(out.slice(from, to))) out = star(out, from, to);
    }
  }
  for (let guard = 0; guard < 8; guard++) {
    const embedded = embeddedSecret(out);
    if (!embedded || /^\*+$/.test(embedded.secret)) break;
    const at = out.indexOf(embedded.secret);
    if (at < 0) break;
    out = star(out, at, at + embedded.secret.length);
  }
  return out;
}

/** The line with every reported secret span on it masked, column for column. */
function maskSpans(source: string, line: number, secrets: readonly Span[]): string {
  let out = source;
  for (const secret of secrets) {
    if (line < secret.line || line > secret.endLine) continue;
    const from = secret.line === line ? secret.column - 1 : 0;
    const to = secret.endLine === line ? secret.endColumn - 1 : out.length;
    out = star(out, from, Math.min(to, out.length));
  }
  return out;
}

export interface FrameLines {
  /** The source line as shown (masked, escaped, clipped). */
  text: string;
  /** Columns before the underline, and its width. */
  offset: number;
  width: number;
}

/**
 * The frame of `finding` in `lines`: the masked, escaped and clipped source line and where its
 * underline goes; undefined when the line does not exist.
 */
export function frameLine(lines: readonly string[], finding: Finding, secrets: readonly Span[]): FrameLines | undefined {
  const { line, column, endLine, endColumn } = finding.span;
  const original = lines[line - 1];
  if (original === undefined) return undefined;
  const source = maskSecretValues(maskSpans(original.replace(/\r$/, ""), line, secrets));
  const shown = (text: string) => escapeLine(text.replace(/\t/g, " "));
  const visible = shown(source);
  const start = Math.min(shown(source.slice(0, column - 1)).length, visible.length);
  const stop = endLine === line ? shown(source.slice(0, Math.max(column, endColumn) - 1)).length : visible.trimEnd().length;
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
    width: Math.max(1, underlineEnd - underlineStart),
  };
}
