/**
 * Positions in a file's text for edits: spans are 1-based (line, column in UTF-16 code units,
 * lines broken at LF or CR LF as the loader counts them); edits are applied on offsets.
 */
import { lineAt, lineStarts } from "../load/lines.js";
import type { Span } from "../model/types.js";

export class SourceText {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** The offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.starts[line - 1] ?? this.text.length;
    return Math.min(start + column - 1, this.text.length);
  }

  start(span: Span): number {
    return this.offset(span.line, span.column);
  }

  end(span: Span): number {
    return this.offset(span.endLine, span.endColumn);
  }

  slice(span: Span): string {
    return this.text.slice(this.start(span), this.end(span));
  }

  /** The text on the span's first line before it starts. */
  linePrefix(span: Span): string {
    const lineStart = this.starts[span.line - 1] ?? 0;
    return this.text.slice(lineStart, this.start(span));
  }

  /** The line break the file uses where `span` starts (CR LF files keep theirs). */
  lineBreak(span: Span): string {
    const next = this.text.indexOf("\n", this.start(span));
    if (next > 0) return this.text[next - 1] === "\r" ? "\r\n" : "\n";
    return this.text.includes("\r\n") ? "\r\n" : "\n";
  }

  /** The span of characters [from, to) at offsets; `file` as given. */
  spanAt(file: string, from: number, to: number): Span {
    const a = this.position(from);
    const b = this.position(to);
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  private position(offset: number): { line: number; column: number } {
    const low = lineAt(this.starts, offset);
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

const cache = new WeakMap<object, SourceText>();

/** One SourceText per file object (the rules of one run share it). */
export function sourceOf(file: { text: string }): SourceText {
  let source = cache.get(file);
  if (!source) cache.set(file, (source = new SourceText(file.text)));
  return source;
}
