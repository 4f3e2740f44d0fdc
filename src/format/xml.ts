/**
 * XML 1.0 text for the XML reports (JUnit, checkstyle). Messages and paths come from linted files:
 * a character XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot even be
 * written as a character reference, so it is shown as a visible `\u{..}` escape instead.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function visible(text: string): string {
  return text.replace(FORBIDDEN, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
}

/** Character data: `&`, `<` and `>` as entities. */
export function xmlText(text: string): string {
  return visible(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes; tab, newline and CR as references so parsers keep them. */
export function xmlAttribute(text: string | number): string {
  return xmlText(String(text)).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
