/**
 * The one escaping policy for everything compose-lint prints to a terminal or a CI log. Text from
 * the linted files (paths, service names, values, messages quoting them) must not:
 * - move the cursor, change colours, retitle a window or reorder text: no raw C0/C1 control
 *   character, DEL, line or paragraph separator, or bidi override (U+202A-U+202E, U+2066-U+2069);
 * - run a GitHub Actions workflow command: no output line starts with `::` (after optional
 *   whitespace), and `##[`, which the runner reads anywhere in a line, never appears.
 *
 * Field-level: `escapeControl` / `escapeLine` make a value from a file visible and one line long.
 * Output-level: every formatter passes its whole output through the guard of its syntax, which
 * encodes what is left in that syntax's own escapes (`\u0023` in JSON, `&#35;` in XML and Markdown,
 * `\u{23}` in plain text), so JSON and XML consumers still read the same values.
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

/** Characters no guarded output keeps raw (those of CONTROL but tab and newline, which are layout). */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Colour codes compose-lint writes itself (SGR), the only escape sequence a guarded text output keeps. */
// eslint-disable-next-line no-control-regex
const OWN_SGR = /^\u001b\[[0-9;]*m/;
/** A line that would start a workflow command: `::` after whitespace (and any colour codes). */
// eslint-disable-next-line no-control-regex
const COMMAND_START = /^([ \t]*(?:\u001b\[[0-9;]*m[ \t]*)*):(?=:)/gm;
const OLD_COMMAND = /##\[/g;

interface Encoding {
  /** How one character is written in the output's syntax. */
  char(ch: string): string;
  /** Keeps compose-lint's own colour codes (plain text only). */
  keepSgr?: boolean;
}

function guard(output: string, encoding: Encoding): string {
  let out = output.replace(RAW_CONTROL, (ch, offset: number) =>
    encoding.keepSgr && ch === "\u001b" && OWN_SGR.test(output.slice(offset, offset + 16)) ? ch : encoding.char(ch),
  );
  out = out.replace(OLD_COMMAND, `#${encoding.char("#")}[`);
  return out.replace(COMMAND_START, (_all, lead: string) => `${lead}${encoding.char(":")}`);
}

const hex = (ch: string) => ch.codePointAt(0)!.toString(16);

/** Plain text for a terminal or log (text, github's plain lines): `\u{..}` escapes. */
export function guardText(output: string): string {
  return guard(output, { char: (ch) => `\\u{${hex(ch)}}`, keepSgr: true });
}

/** JSON (json, sarif, gitlab): `\uXXXX` escapes inside strings, so every value reads the same. */
export function guardJson(output: string): string {
  return guard(output, { char: (ch) => `\\u${hex(ch).padStart(4, "0")}` });
}

/** XML (junit, checkstyle): character references, so every value reads the same. */
export function guardXml(output: string): string {
  // C0 characters other than tab, newline and CR cannot be written in XML 1.0, even as references.
  return guard(output, { char: (ch) => (ch < " " && ch !== "\r" ? `\\u{${hex(ch)}}` : `&#x${hex(ch)};`) });
}

/** Markdown (the job summary): character references, which render as the character itself. */
export function guardMarkdown(output: string): string {
  return guard(output, { char: (ch) => (ch === "#" || ch === ":" ? `&#${ch.codePointAt(0)};` : `\\u{${hex(ch)}}`) });
}
