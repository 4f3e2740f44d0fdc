/**
 * Masking secret values in a line of source text by what the line says, not by what a rule
 * reported: a code frame (whatever finding it is drawn for) and a message quoting a value the
 * loader could not read both go through it. Masking keeps every column (`*` for each character),
 * so an underline below the line still points at the right place.
 */
import { embeddedSecret, optionKind } from "./secrets.js";

/** `text` with `from..to` replaced by `*`, column for column. */
export function star(text: string, from: number, to: number): string {
  return to <= from ? text : text.slice(0, from) + "*".repeat(to - from) + text.slice(to);
}

/** The value's range inside `text` without one pair of surrounding quotes. */
function inner(text: string, from: number, to: number): [number, number] {
  const first = text[from];
  return (first === '"' || first === "'") && to - from >= 2 && text[to - 1] === first ? [from + 1, to - 1] : [from, to];
}

const MAPPING_ENTRY = /^(\s*(?:-\s+)?)(["']?)([A-Za-z_][\w.-]*)\2\s*:(?:\s+|$)/;
/** `KEY: value` inside a flow mapping (`{image: x, DB_PASSWORD: y}`): the value ends at `,`, `}` or `]`. */
const FLOW_ENTRY = /(?<=[{,]\s*)(["']?)([A-Za-z_][\w.-]*)\1\s*:\s*("[^"]*"|'[^']*'|[^,{}[\]#]*)/g;
const ASSIGNMENT = /(?<![\w.-])(-{0,2}[A-Za-z_][\w.-]*)=("[^"]*"|'[^']*'|[^\s,\]}"']*)/g;
const OPTION_AND_VALUE = /(?<![\w.-])(--?[A-Za-z][\w.-]*)["']?(?:\s*,\s*|\s+)("[^"]*"|'[^']*'|[^\s,\]}"'#-][^\s,\]}"']*)/g;

/**
 * Values a frame may show beside a secret-looking key: nothing, or a reference resolved elsewhere
 * (`$$DB_PASSWORD`, `${DB_PASSWORD}`, `${DB_PASSWORD:?required}`). Anything else is masked, even
 * what the secret rules call a placeholder: `[secret]` is a list holding the secret.
 */
const REFERENCE_ONLY = /^(|\$\$?[A-Za-z_]\w*|\$\$?\{[A-Za-z_]\w*(:?\?[^}$]*)?\})$/;

function carriesNoSecret(value: string): boolean {
  return REFERENCE_ONLY.test(value.trim());
}

function secretName(name: string): boolean {
  return optionKind(name.replace(/^-+/, "")) !== undefined;
}

/**
 * The line with the value of every secret-looking key masked: `KEY: value`, `KEY=value` (list
 * entries, command lines), `{KEY: value}` in a flow mapping, `--password value`, and a password inside a URL. References the
 * container resolves at run time (`$$DB_PASSWORD`, `${DB_PASSWORD}`) and empty values are kept.
 */
export function maskSecretValues(line: string): string {
  let out = line;
  const entry = MAPPING_ENTRY.exec(out);
  if (entry && secretName(entry[3]!)) {
    const start = entry[0].length;
    const comment = /\s#/.exec(out.slice(start));
    const end = comment ? start + comment.index : out.trimEnd().length;
    const [from, to] = inner(out, start, end);
    if (!carriesNoSecret(out.slice(from, to))) out = star(out, from, to);
  }
  for (const match of out.matchAll(FLOW_ENTRY)) {
    if (!secretName(match[2]!)) continue;
    const value = match[3]!.trimEnd();
    const valueStart = match.index + match[0].length - match[3]!.length;
    const [from, to] = inner(out, valueStart, valueStart + value.length);
    if (!carriesNoSecret(out.slice(from, to))) out = star(out, from, to);
  }
  for (const pattern of [ASSIGNMENT, OPTION_AND_VALUE]) {
    for (const match of out.matchAll(pattern)) {
      if (!secretName(match[1]!)) continue;
      const valueStart = match.index + match[0].length - match[2]!.length;
      const [from, to] = inner(out, valueStart, valueStart + match[2]!.length);
      if (!carriesNoSecret(out.slice(from, to))) out = star(out, from, to);
    }
  }
  for (let guard = 0; guard < 8; guard++) {
    const embedded = embeddedSecret(out);
    if (!embedded || /^\*+$/.test(embedded.secret)) break;
    const at = out.indexOf(embedded.secret);
    if (at < 0) break;
    out = star(out, at, at + embedded.secret.length);
  }
  return out;
}
