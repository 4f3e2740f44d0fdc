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
var RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var OWN_SGR = /^\u001b\[[0-9;]*m/;
var COMMAND_START = /^([ \t]*(?:\u001b\[[0-9;]*m[ \t]*)*):(?=:)/gm;
var OLD_COMMAND = /##\[/g;
function guard(output, encoding) {
  let out = output.replace(
    RAW_CONTROL,
    (ch, offset) => encoding.keepSgr && ch === "\x1B" && OWN_SGR.test(output.slice(offset, offset + 16)) ? ch : encoding.char(ch)
  );
  out = out.replace(OLD_COMMAND, `#${encoding.char("#")}[`);
  return out.replace(COMMAND_START, (_all, lead) => `${lead}${encoding.char(":")}`);
}
var hex = (ch) => ch.codePointAt(0).toString(16);
function guardText(output) {
  return guard(output, { char: (ch) => `\\u{${hex(ch)}}`, keepSgr: true });
}
function guardJson(output) {
  return guard(output, { char: (ch) => `\\u${hex(ch).padStart(4, "0")}` });
}
function guardXml(output) {
  return guard(output, { char: (ch) => ch < " " && ch !== "\r" ? `\\u{${hex(ch)}}` : `&#x${hex(ch)};` });
}
function guardMarkdown(output) {
  return guard(output, { char: (ch) => ch === "#" || ch === ":" ? `&#${ch.codePointAt(0)};` : `\\u{${hex(ch)}}` });
}

export {
  escapeControl,
  escapeLine,
  guardText,
  guardJson,
  guardXml,
  guardMarkdown
};
