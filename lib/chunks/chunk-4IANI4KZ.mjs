import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/load/lines.ts
var FOREIGN_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/g;
var ANY_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;
function toDockerLineBreaks(text, keep = Infinity) {
  const hidden = [];
  let count = 0;
  const replaced = text.replace(FOREIGN_BREAK, (char, offset) => {
    if (count++ < keep) hidden.push({ offset, char });
    return "\n";
  });
  return { text: replaced, hidden, count };
}
function splitLines(text) {
  const lines = text.split(ANY_BREAK);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function describeBreak(char) {
  switch (char) {
    case "\r":
      return "a carriage return (CR) without a line feed";
    case "\x85":
      return "a NEXT LINE character (U+0085)";
    case "\u2028":
      return "a LINE SEPARATOR (U+2028)";
    default:
      return "a PARAGRAPH SEPARATOR (U+2029)";
  }
}
function lineStarts(text, breaks = /\r?\n/g) {
  const starts = [0];
  breaks.lastIndex = 0;
  let match;
  while ((match = breaks.exec(text)) !== null) starts.push(match.index + match[0].length);
  return starts;
}
function lineAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
var LineIndex = class {
  /** Where each line starts, and its length without its line break (or the CR before it). */
  starts;
  lengths;
  constructor(text) {
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
    const count = line > 0 && lengths[line] === 0 ? line : line + 1;
    this.starts = count === starts.length ? starts : starts.subarray(0, count);
    this.lengths = count === lengths.length ? lengths : lengths.subarray(0, count);
  }
  get lineCount() {
    return this.starts.length;
  }
  lineLength(line) {
    return this.lengths[line - 1] ?? 0;
  }
  position(offset) {
    const at = Math.max(0, offset);
    const index = lineAt(this.starts, at);
    return { line: index + 1, column: this.columnIn(index, at) };
  }
  /** The span from `start` to `end` in `file`, built without an intermediate position per end (every node of a file has one). */
  span(file, start, end) {
    const from = Math.max(0, start);
    const to = Math.max(from, end);
    const first = this.lineNear(from);
    const last = to === from ? first : this.lineNear(to);
    return { file, line: first + 1, column: this.columnIn(first, from), endLine: last + 1, endColumn: this.columnIn(last, to) };
  }
  /** The line index found last: spans are asked for in reading order, mostly on that line or the next. */
  recent = 0;
  /** lineAt, trying the line found last and the one after it before searching. */
  lineNear(offset) {
    const starts = this.starts;
    let index = this.recent;
    if (starts[index] <= offset) {
      const next = starts[index + 1];
      if (next === void 0 || offset < next) return index;
      const after = starts[index + 2];
      if (after === void 0 || offset < after) return this.recent = index + 1;
    }
    index = lineAt(starts, offset);
    this.recent = index;
    return index;
  }
  columnIn(index, offset) {
    return Math.min(offset - this.starts[index] + 1, this.lengths[index] + 1);
  }
};

export {
  toDockerLineBreaks,
  splitLines,
  describeBreak,
  lineStarts,
  lineAt,
  LineIndex
};
