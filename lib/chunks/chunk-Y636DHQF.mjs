import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/escape.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeControl(text) {
  return text.replace(CONTROL, (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`);
}
function escapeLine(text) {
  return escapeControl(text).replace(/\n/g, "\\n").replace(/\t/g, "  ");
}

export {
  escapeControl,
  escapeLine
};
