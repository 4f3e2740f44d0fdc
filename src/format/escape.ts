/**
 * Text from the linted files (service names, paths, values) goes to terminals and CI logs: an
 * escape sequence in it must not move the cursor, change colours or retitle a window.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Replaces control characters (C0 except tab and newline, DEL, C1, bidi overrides) with `\u{..}`. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** One line of output: also newlines and tabs become visible escapes. */
export function escapeLine(text: string): string {
  return escapeControl(text).replace(/\n/g, "\\n").replace(/\t/g, "  ");
}
