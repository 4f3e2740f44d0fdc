import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/columns.ts
function utf8Column(lineText, column) {
  return Buffer.byteLength(lineText.slice(0, column - 1), "utf8") + 1;
}
function codePointColumn(lineText, column) {
  return Array.from(lineText.slice(0, column - 1)).length + 1;
}

export {
  utf8Column,
  codePointColumn
};
