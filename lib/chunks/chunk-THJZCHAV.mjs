import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  lineAt,
  lineStarts
} from "./chunk-4IANI4KZ.mjs";

// src/fix/source.ts
var SourceText = class {
  constructor(text) {
    this.text = text;
    this.starts = lineStarts(text);
  }
  text;
  starts;
  /** The offset of a 1-based line and column. */
  offset(line, column) {
    const start = this.starts[line - 1] ?? this.text.length;
    return Math.min(start + column - 1, this.text.length);
  }
  start(span) {
    return this.offset(span.line, span.column);
  }
  end(span) {
    return this.offset(span.endLine, span.endColumn);
  }
  slice(span) {
    return this.text.slice(this.start(span), this.end(span));
  }
  /** The text on the span's first line before it starts. */
  linePrefix(span) {
    const lineStart = this.starts[span.line - 1] ?? 0;
    return this.text.slice(lineStart, this.start(span));
  }
  /** The line break the file uses where `span` starts (CR LF files keep theirs). */
  lineBreak(span) {
    const next = this.text.indexOf("\n", this.start(span));
    if (next > 0) return this.text[next - 1] === "\r" ? "\r\n" : "\n";
    return this.text.includes("\r\n") ? "\r\n" : "\n";
  }
  /** The span of characters [from, to) at offsets; `file` as given. */
  spanAt(file, from, to) {
    const a = this.position(from);
    const b = this.position(to);
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  position(offset) {
    const low = lineAt(this.starts, offset);
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
};
var cache = /* @__PURE__ */ new WeakMap();
function sourceOf(file) {
  let source = cache.get(file);
  if (!source) cache.set(file, source = new SourceText(file.text));
  return source;
}

export {
  SourceText,
  sourceOf
};
