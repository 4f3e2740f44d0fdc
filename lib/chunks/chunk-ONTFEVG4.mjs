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
  starts = [0];
  lengths = [];
  constructor(text) {
    const breaks = /\r?\n/g;
    let match;
    let start = 0;
    while ((match = breaks.exec(text)) !== null) {
      this.lengths.push(match.index - start);
      start = match.index + match[0].length;
      this.starts.push(start);
    }
    this.lengths.push(text.length - start);
    if (this.starts.length > 1 && this.lengths[this.lengths.length - 1] === 0) {
      this.starts.pop();
      this.lengths.pop();
    }
  }
  get lineCount() {
    return this.starts.length;
  }
  lineLength(line) {
    return this.lengths[line - 1] ?? 0;
  }
  position(offset) {
    const at = Math.max(0, offset);
    const low = lineAt(this.starts, at);
    const column = Math.min(at - this.starts[low] + 1, this.lengths[low] + 1);
    return { line: low + 1, column };
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
