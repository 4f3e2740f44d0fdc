/**
 * Lines as Docker Compose's YAML parser (go-yaml v3) counts them. Its reader treats CR, LF, CR LF,
 * NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) as line breaks
 * (yaml_private.h `is_break`, `is_crlf`; scannerc.go `skip_line`, where CR LF counts once). The
 * `yaml` package only knows LF and CR LF, so the loader rewrites the others 1:1 to LF before it
 * parses: every offset stays put, and every position follows Docker's line numbering.
 */
import type { Span } from "../model/types.js";

/** A line break go-yaml v3 reads that the `yaml` package does not: a CR not followed by LF, NEL, LS, PS. */
const FOREIGN_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/g;

/** Every line break go-yaml v3 reads, CR LF as one. */
const ANY_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

export interface HiddenBreak {
  offset: number;
  char: string;
}

/**
 * The text with each foreign line break replaced by LF (same length), where the first `keep` of
 * them were, and how many there were in all (a file of millions keeps no list of millions).
 */
export function toDockerLineBreaks(text: string, keep = Infinity): { text: string; hidden: HiddenBreak[]; count: number } {
  const hidden: HiddenBreak[] = [];
  let count = 0;
  const replaced = text.replace(FOREIGN_BREAK, (char: string, offset: number) => {
    if (count++ < keep) hidden.push({ offset, char });
    return "\n";
  });
  return { text: replaced, hidden, count };
}

/** The file's lines as Docker numbers them (a final line break ends the last line, it adds none). */
export function splitLines(text: string): string[] {
  const lines = text.split(ANY_BREAK);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The name a finding gives a hidden line break character. */
export function describeBreak(char: string): string {
  switch (char) {
    case "\r":
      return "a carriage return (CR) without a line feed";
    case "\u0085":
      return "a NEXT LINE character (U+0085)";
    case "\u2028":
      return "a LINE SEPARATOR (U+2028)";
    default:
      return "a PARAGRAPH SEPARATOR (U+2029)";
  }
}

/** The offset where each line starts: 0, then after every match of `breaks` (a global expression). */
export function lineStarts(text: string, breaks: RegExp = /\r?\n/g): number[] {
  const starts = [0];
  breaks.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = breaks.exec(text)) !== null) starts.push(match.index + match[0].length);
  return starts;
}

/** The 0-based index of the line holding `offset`: the last of `starts` at or before it (binary search). */
export function lineAt(starts: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Offsets to 1-based line and column (in UTF-16 code units), always inside the file: line at most
 * the number of lines, column at most the line's length + 1. Text with only LF / CR LF breaks.
 */
export class LineIndex {
  /** Where each line starts, and its length without its line break (or the CR before it). */
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;

  constructor(text: string) {
    // indexOf rather than a regular expression: no match object per line. Counted first, then
    // filled: arrays of the exact size (on a 5 MB file of 170,000 lines, growing two arrays by
    // push took ~40 ms, these ~10).
    let breaks = 0;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) breaks++;
    const starts = new Int32Array(breaks + 1);
    const lengths = new Int32Array(breaks + 1);
    let start = 0;
    let line = 0;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", start)) {
      lengths[line] = (at > start && text.charCodeAt(at - 1) === 13 ? at - 1 : at) - start;
      start = at + 1;
      starts[++line] = start;
    }
    lengths[line] = text.length - start;
    // A final line break ends the last line rather than starting an empty one.
    const count = line > 0 && lengths[line] === 0 ? line : line + 1;
    this.starts = count === starts.length ? starts : starts.subarray(0, count);
    this.lengths = count === lengths.length ? lengths : lengths.subarray(0, count);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineLength(line: number): number {
    return this.lengths[line - 1] ?? 0;
  }

  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, offset);
    const index = lineAt(this.starts, at);
    return { line: index + 1, column: this.columnIn(index, at) };
  }

  /** The span from `start` to `end` in `file`, built without an intermediate position per end (every node of a file has one). */
  span(file: string, start: number, end: number): Span {
    const from = Math.max(0, start);
    const to = Math.max(from, end);
    const first = this.lineNear(from);
    const last = to === from ? first : this.lineNear(to);
    return { file, line: first + 1, column: this.columnIn(first, from), endLine: last + 1, endColumn: this.columnIn(last, to) };
  }

  /** The line index found last: spans are asked for in reading order, mostly on that line or the next. */
  private recent = 0;

  /** lineAt, trying the line found last and the one after it before searching. */
  private lineNear(offset: number): number {
    const starts = this.starts;
    let index = this.recent;
    if (starts[index]! <= offset) {
      const next = starts[index + 1];
      if (next === undefined || offset < next) return index;
      const after = starts[index + 2];
      if (after === undefined || offset < after) return (this.recent = index + 1);
    }
    index = lineAt(starts, offset);
    this.recent = index;
    return index;
  }

  private columnIn(index: number, offset: number): number {
    return Math.min(offset - this.starts[index]! + 1, this.lengths[index]! + 1);
  }
}
