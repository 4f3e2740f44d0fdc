/**
 * Our spans count lines as Docker does (CR, LF, CR LF, NEL, LS, PS are line breaks; see
 * src/load/lines.ts) and columns in UTF-16 code units, 1-based. LSP positions are 0-based, count
 * columns in UTF-16 code units too (the default `positionEncoding`), but break lines only at
 * LF, CR LF and CR. A file with a NEL or LINE SEPARATOR thus has more lines for Docker than for
 * the editor: a span goes through its offset in the text, never through its line number alone.
 */
import type { Position, Range } from "vscode-languageserver";
import { lineAt, lineStarts } from "../load/lines.js";
import type { Span } from "../model/types.js";

const DOCKER_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;
const LSP_BREAK = /\r\n|[\n\r]/g;

export class PositionMap {
  private readonly dockerStarts: number[];
  private readonly editorStarts: number[];

  constructor(readonly text: string) {
    this.dockerStarts = lineStarts(text, DOCKER_BREAK);
    this.editorStarts = lineStarts(text, LSP_BREAK);
  }

  /** The offset of a 1-based Docker line and UTF-16 column, kept inside its line. */
  offset(line: number, column: number): number {
    const index = Math.min(Math.max(line, 1), this.dockerStarts.length) - 1;
    const start = this.dockerStarts[index]!;
    const next = this.dockerStarts[index + 1];
    // The line's end is before its line break (a CR LF counts as one break of two units).
    const end = next === undefined ? this.text.length : next - (this.text.startsWith("\r\n", next - 2) ? 2 : 1);
    return Math.min(start + Math.max(column, 1) - 1, end);
  }

  /** The 0-based editor position of an offset. */
  position(offset: number): Position {
    const low = lineAt(this.editorStarts, offset);
    return { line: low, character: offset - this.editorStarts[low]! };
  }

  range(span: Pick<Span, "line" | "column" | "endLine" | "endColumn">): Range {
    const start = this.offset(span.line, span.column);
    const end = Math.max(start, this.offset(span.endLine, span.endColumn));
    return { start: this.position(start), end: this.position(end) };
  }
}
