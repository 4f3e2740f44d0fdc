/**
 * The code frame under a finding: its source line, with the range underlined. Two things a plain
 * copy of the line would get wrong:
 * - secrets: the value of any secret-looking key on the line is masked, column for column,
 *   whatever finding the frame is drawn for (a suppressed secret's line can carry another finding);
 * - size: a one-line file of megabytes would be repeated under every finding, so the frame shows
 *   a window of at most FRAME_WIDTH columns around the range, with `…` where it is clipped.
 */
import type { Finding } from "../engine/rule.js";
import { maskSecretValues, star } from "../model/secret-mask.js";
import type { Span } from "../model/types.js";
import { escapeLine } from "./escape.js";

/** Columns of source text a frame shows at most. */
export const FRAME_WIDTH = 160;
/** Columns kept before the range when the line is clipped. */
const LEAD = 40;
const ELLIPSIS = "…";

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

interface PreparedLine {
  visible: string;
  /** For each UTF-16 offset in the source line (and one past its end), the offset in `visible`. */
  at: Int32Array;
}

/**
 * Draws the frames of one file. Each line is masked and escaped once, however many findings sit
 * on it: a one-line file with thousands of findings costs its length once, not once per finding.
 */
export class FrameRenderer {
  private readonly prepared = new Map<number, PreparedLine>();
  /** A line already found, and where it starts: findings come in line order, so each line is looked for from the one before. */
  private cursorLine = 1;
  private cursorOffset = 0;

  constructor(
    private readonly text: string,
    private readonly secrets: readonly Span[],
  ) {}

  /**
   * Line `line` (from 1) of the text split at each `\n`. Found by walking from the last line asked
   * for: splitting a file of 170,000 lines for a few hundred frames made a string of each line.
   */
  private lineText(line: number): string | undefined {
    if (!Number.isInteger(line) || line < 1) return undefined;
    if (line < this.cursorLine) {
      this.cursorLine = 1;
      this.cursorOffset = 0;
    }
    while (this.cursorLine < line) {
      const next = this.text.indexOf("\n", this.cursorOffset);
      if (next < 0) return undefined;
      this.cursorOffset = next + 1;
      this.cursorLine++;
    }
    const end = this.text.indexOf("\n", this.cursorOffset);
    return this.text.slice(this.cursorOffset, end < 0 ? undefined : end);
  }

  private prepare(line: number): PreparedLine | undefined {
    const cached = this.prepared.get(line);
    if (cached) return cached;
    const original = this.lineText(line);
    if (original === undefined) return undefined;
    const source = maskSecretValues(maskSpans(original.replace(/\r$/, ""), line, this.secrets));
    const at = new Int32Array(source.length + 1);
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; i < source.length; i++) {
      at[i] = length;
      const ch = source[i]!;
      const part = ch === "\t" ? " " : escapeLine(ch);
      parts.push(part);
      length += part.length;
    }
    at[source.length] = length;
    const prepared = { visible: parts.join(""), at };
    this.prepared.set(line, prepared);
    return prepared;
  }

  /** The frame of `finding`: the masked, escaped and clipped line and where its underline goes. */
  frame(finding: Finding): FrameLines | undefined {
    const { line, column, endLine, endColumn } = finding.span;
    const prepared = this.prepare(line);
    if (!prepared) return undefined;
    const { visible, at } = prepared;
    const offsetOf = (col: number) => at[Math.max(0, Math.min(col - 1, at.length - 1))]!;
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
      width: Math.max(1, underlineEnd - underlineStart),
    };
  }
}
