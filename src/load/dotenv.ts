/**
 * Env files as Compose reads them (compose-go's `dotenv` package): the `.env` that feeds
 * interpolation and a service's `env_file`. What it follows, in short:
 *
 * - Statements start after white space and `#` comment lines; `export ` before a name is dropped.
 * - A name is letters, digits, `_`, `.`, `-`, `[` and `]` (white space inside is skipped, a space
 *   left inside is an error); it ends at `=` or `:`. A name alone on its line takes its value from
 *   the lookup (the environment), or is not set; it is a variable that reads as `${NAME}`.
 * - An unquoted value runs to the end of the line; ` #` (a space, then `#`) starts a comment; white
 *   space at the end is dropped. Single quotes keep their text as written (`\'` is a quote); double
 *   quotes turn `\n`, `\t`, `\\`, `\"`, `\$`... into their characters. Quoted values may span lines,
 *   and the next statement may follow a closing quote on the same line.
 * - Unquoted and double-quoted values are interpolated like a compose file (`${VAR:-default}`,
 *   `$$`), looking a name up first in `lookup`, then among the variables already read (the lines
 *   above, and for a service's env files what its earlier files set: `values` is shared).
 * - Anything else stops Compose with an error, and this reader too: `error` says where and why,
 *   and the variables read before it are kept.
 *
 * `format: raw` (registered by the docker compose CLI) reads as `docker run --env-file` does:
 * `NAME=value` lines taken as written. Every variable keeps where its name and value are written,
 * so findings point into the env file.
 */
import type { Span } from "../model/types.js";
import { interpolateWith, variable, type Environment, type Lookup, type Substitution } from "./interpolate.js";
import { LineIndex } from "./lines.js";

/** One variable an env file sets, as written and as Compose reads it. */
export interface EnvVariable {
  name: string;
  /** The value Compose gives it: quotes removed, escapes resolved, variables put in. */
  value: string;
  /** The text before variables were put in, when that changed it (what the file itself says). */
  raw?: string;
  /** Values the lookup gave (not the file's own) that went into `value`. */
  substituted: Substitution[];
  /** True when `${A:-${B:-...}}` nests too deep to evaluate: `value` is then the text as written. */
  tooDeep?: true;
  nameSpan: Span;
  /** The value's text, inside its quotes when quoted. */
  valueSpan: Span;
  /** From the name to the end of the value. */
  span: Span;
}

export interface EnvFileContents {
  /** The variables written in the file, in order (a name alone on its line when the lookup knows it). */
  variables: EnvVariable[];
  /** What the file sets (added to the values passed in), later lines winning, names alone included when the lookup knows them. */
  values: Record<string, string>;
  /** Where and why Compose would refuse the file; the variables before it are read. */
  error?: { span: Span; message: string };
}

/** Go's unicode.IsSpace. */
const UNICODE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** compose-go's isSpace: white space within a line (not a line break). */
const LINE_SPACE = /[\t\v\f\r \u0085\u00a0]/;
/** Letters, digits and the few signs a name may have. */
const NAME_CHAR = /[\p{L}\p{N}_.\-[\]]/u;
/** `export` and white space (RE2's `\s`) before a name. */
const EXPORT = /^export[\t\n\f\r ]+/;
/** The escapes double quotes resolve (a backslash before anything else stays). */
const ESCAPE = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const ESCAPED: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", '"': '"', "\\": "\\" };

/** Double quotes' escapes; `\$` becomes `$$`, which interpolation reads as a `$`. */
function resolveEscapes(text: string): string {
  return text.replace(ESCAPE, (match) => {
    const c = match[1]!;
    if (c === "$") return "$$";
    if (c !== "0") return ESCAPED[c] ?? match;
    // `\0` then up to three digits: `\0101` is the octal escape `\101` ("A"); anything shorter
    // or not octal loses only the zero (`\01` is `\1`).
    const digits = match.slice(2);
    return /^[0-7]{3}$/.test(digits) && Number.parseInt(digits, 8) < 256 ? String.fromCharCode(Number.parseInt(digits, 8)) : `\\${digits}`;
  });
}

function skipWhile(text: string, from: number, pattern: RegExp): number {
  let i = from;
  while (i < text.length && pattern.test(text[i]!)) i++;
  return i;
}

/**
 * A name alone on its line: Compose gives it the lookup's value, or leaves it unset. The variable
 * points at the name and reads as `${NAME}` (its value is the environment's, not the file's).
 */
function inherit(name: string, at: Span, lookup: Lookup, values: Record<string, string>, variables: EnvVariable[]): void {
  const value = lookup(name);
  if (value === undefined) return;
  values[name] = value;
  variables.push({ name, value, raw: `\${${name}}`, substituted: value === "" ? [] : [{ name, value }], nameSpan: at, valueSpan: at, span: at });
}

/** An empty set of variables (no inherited member answers to a variable's name). */
export function noVariables(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/**
 * The variables a `.env` (or an `--env-file`) sets for interpolation, as Compose reads them: a value
 * refers to the shell's variables first, then to those of the files read before it (`earlier`),
 * then to its own lines above. `error` says where Compose would stop (the values before it are kept).
 */
export function readDotEnvText(text: string, file: string, env: Environment, earlier: Readonly<Record<string, string>> = noVariables()): { values: Record<string, string>; error?: string } {
  const lookup: Lookup = (name) => variable(env, name) ?? variable(earlier, name);
  const contents = readEnvFile(text, file, lookup);
  return contents.error ? { values: contents.values, error: contents.error.message } : { values: contents.values };
}

/**
 * Reads an env file's text in Compose's own format. `lookup` is asked first for each name a value
 * refers to (and for a name alone on its line); `values` comes next, and receives what the file sets.
 */
export function readEnvFile(text: string, file: string, lookup: Lookup, values = noVariables()): EnvFileContents {
  const lines = new LineIndex(text);
  const span = (start: number, end: number) => lines.span(file, start, end);
  const variables: EnvVariable[] = [];
  const lineOf = (offset: number) => lines.position(offset).line;
  const fail = (at: number, message: string): EnvFileContents => ({ variables, values, error: { span: span(at, at), message: `line ${lineOf(at)}: ${message}` } });
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    // The next statement: past white space and comment lines.
    i = skipWhile(text, i, UNICODE_SPACE);
    while (text[i] === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : skipWhile(text, end, UNICODE_SPACE);
    }
    if (i >= text.length) return { variables, values };
    const exported = EXPORT.exec(text.slice(i, i + 16));
    if (exported) i = skipWhile(text, i + "export".length, LINE_SPACE);
    const nameStart = i;
    // The name: up to `=`, `:` or the end of the line (a name alone), skipping white space.
    let j = i;
    let terminator = "";
    while (j < text.length) {
      const c = text[j]!;
      if (LINE_SPACE.test(c)) {
        j++;
        continue;
      }
      if (c === "=" || c === ":" || c === "\n") {
        terminator = c;
        break;
      }
      const code = text.codePointAt(j)!;
      const char = String.fromCodePoint(code);
      // Messages name what is before the character, never the rest of the line: it may hold a secret.
      if (!NAME_CHAR.test(char)) return fail(j, `unexpected character ${JSON.stringify(char)} in the variable name after ${JSON.stringify(text.slice(nameStart, j))}`);
      j += char.length;
    }
    // No `=`, `:` or line break before the end: Compose reads the rest as the value of an empty name.
    const name = terminator ? text.slice(nameStart, j).replace(/[\s\u0085]+$/u, "") : "";
    const nameSpan = span(nameStart, nameStart + name.length);
    if (name.includes(" ")) return fail(nameStart, "a variable name cannot contain a space");
    let valueStart = terminator ? j + 1 : nameStart;
    if (terminator === "\n") {
      inherit(name, nameSpan, lookup, values, variables);
      i = valueStart;
      continue;
    }
    valueStart = skipWhile(text, valueStart, LINE_SPACE);
    const quote = text[valueStart];
    let written: string;
    let valueEnd: number;
    let next: number;
    let expand: boolean;
    if (quote === '"' || quote === "'") {
      let k = valueStart + 1;
      let content = "";
      let escaped = false;
      for (; k < text.length; k++) {
        const c = text[k]!;
        if (escaped) {
          escaped = false;
          // An escaped quote loses its backslash; any other escaped character keeps it.
          content += c === quote ? c : `\\${c}`;
        } else if (c === "\\") escaped = true;
        else if (c === quote) break;
        else content += c;
      }
      if (k >= text.length) return fail(valueStart, `the value's ${quote === '"' ? "double" : "single"} quote is never closed`);
      written = quote === '"' ? resolveEscapes(content) : content;
      expand = quote === '"';
      valueStart++;
      valueEnd = k;
      next = k + 1;
    } else {
      const lineEnd = text.indexOf("\n", valueStart);
      next = lineEnd < 0 ? text.length : lineEnd;
      let line = text.slice(valueStart, next);
      const comment = line.indexOf(" #");
      if (comment >= 0) line = line.slice(0, comment);
      written = line.replace(/[\s\u0085]+$/u, "");
      valueEnd = valueStart + written.length;
      expand = true;
    }
    let entry: EnvVariable = { name, value: written, substituted: [], nameSpan, valueSpan: span(valueStart, valueEnd), span: span(nameStart, valueEnd) };
    if (expand && written.includes("$")) {
      const substituted: Substitution[] = [];
      const result = interpolateWith(written, (key) => {
        const outside = lookup(key);
        if (outside !== undefined) {
          if (outside !== "") substituted.push({ name: key, value: outside });
          return outside;
        }
        return variable(values, key);
      });
      if (result.tooDeep) entry = { ...entry, tooDeep: true };
      else if (result.value !== written) entry = { ...entry, value: result.value, raw: written, substituted };
    }
    values[name] = entry.value;
    if (name !== "") variables.push(entry);
    i = next;
  }
}

/**
 * Reads an env file of `format: raw` as `docker run --env-file` reads one: a line per variable,
 * `NAME=value` taken as written (quotes, `#` and `$` included), blank lines and lines starting
 * with `#` skipped, a name alone taken from `lookup`. A name with white space in it, or none, stops it.
 */
export function readRawEnvFile(text: string, file: string, lookup: Lookup, values = noVariables()): EnvFileContents {
  const lines = new LineIndex(text);
  const span = (start: number, end: number) => lines.span(file, start, end);
  const variables: EnvVariable[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let number = 1; start <= text.length; number++) {
    const lineEnd = text.indexOf("\n", start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const next = end + 1;
    const line = text.slice(start, end).replace(/\r$/, "");
    const nameStart = start + (line.length - line.trimStart().length);
    const content = text.slice(nameStart, start + line.length);
    start = next;
    if (content === "" || content.startsWith("#")) continue;
    const equals = content.indexOf("=");
    const name = equals < 0 ? content : content.slice(0, equals);
    if (name === "") return { variables, values, error: { span: span(nameStart, nameStart), message: `line ${number}: no variable name before the \`=\`` } };
    if (/\s/.test(name)) return { variables, values, error: { span: span(nameStart, nameStart), message: `line ${number}: the variable name ${JSON.stringify(name.trimEnd())} contains white space` } };
    if (equals < 0) {
      inherit(name, span(nameStart, nameStart + name.length), lookup, values, variables);
      continue;
    }
    const value = content.slice(equals + 1);
    const valueStart = nameStart + equals + 1;
    values[name] = value;
    variables.push({ name, value, substituted: [], nameSpan: span(nameStart, nameStart + name.length), valueSpan: span(valueStart, valueStart + value.length), span: span(nameStart, valueStart + value.length) });
  }
  return { variables, values };
}
