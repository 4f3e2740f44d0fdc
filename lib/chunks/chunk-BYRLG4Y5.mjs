import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/xml.ts
var FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function visible(text) {
  return text.replace(FORBIDDEN, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
}
function xmlText(text) {
  return visible(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttribute(text) {
  return xmlText(String(text)).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
var XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export {
  xmlText,
  xmlAttribute,
  XML_DECLARATION
};
