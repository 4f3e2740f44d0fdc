/**
 * Validates a compose file's data (before interpolation) against schema/compose.schema.json,
 * compiled at build time, and turns ajv's errors into one located, readable problem per place.
 */
import type { SourceFile, Span } from "../model/types.js";
import { schemaInfo, validate } from "../generated/compose-schema-validator.js";
import type { SchemaError, SchemaNode } from "../generated/compose-schema-validator.js";

export interface SchemaProblem {
  span: Span;
  message: string;
}

type Path = (string | number)[];

interface Located {
  path: Path;
  part: "key" | "value";
  error: SchemaError;
}

/** When several errors concern one place, the most specific wins. */
const PRIORITY: Record<string, number> = {
  additionalProperties: 6,
  propertyNames: 5,
  required: 4,
  type: 3,
  pattern: 2,
};

export function validateComposeSchema(file: SourceFile): SchemaProblem[] {
  if (validate(file.data)) return [];
  const chosen = new Map<string, Located[]>();
  for (const error of validate.errors ?? []) {
    const located = locateError(error, file.data);
    const id = `${located.part}:${JSON.stringify(located.path)}`;
    const group = chosen.get(id);
    const rank = PRIORITY[error.keyword] ?? 1;
    const groupRank = group ? (PRIORITY[group[0]!.error.keyword] ?? 1) : 0;
    if (!group || rank > groupRank) chosen.set(id, [located]);
    else if (rank === groupRank && error.keyword === "required") group.push(located);
  }
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const lines = file.text.split(/\r?\n/);
  for (const group of chosen.values()) {
    const first = group[0]!;
    const span = spanOf(file, first.path, first.part);
    if (first.part === "value" && isReset(lines, span)) continue;
    // A node shared through an anchor is reached by several paths; report it once.
    const where = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}`;
    if (seen.has(where)) continue;
    seen.add(where);
    problems.push({ span, message: messageFor(group, file.data) });
  }
  return problems.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}

/**
 * `key: !reset null` (Compose merge syntax) removes the key when files are merged; the YAML
 * reader keeps the untagged text ("null"), which is no value to validate.
 */
function isReset(lines: readonly string[], span: Span): boolean {
  const before = lines[span.line - 1]?.slice(0, span.column - 1) ?? "";
  return /!reset\s*$/.test(before);
}

/** The data path an error concerns, and whether it points at a key or at a value. */
function locateError(error: SchemaError, data: unknown): Located {
  const path = toPath(error.instancePath, data);
  if (error.keyword === "additionalProperties" && error.params.additionalProperty !== undefined) {
    return { path: [...path, error.params.additionalProperty], part: "key", error };
  }
  const propertyName = error.propertyName ?? error.params.propertyName;
  if (propertyName !== undefined) return { path: [...path, propertyName], part: "key", error };
  // A missing key is reported at the key of the mapping that lacks it, not at its whole body.
  if (error.keyword === "required") return { path, part: "key", error };
  // A repeated list entry is reported at its second occurrence (ajv gives the pair in either order).
  if (error.keyword === "uniqueItems" && error.params.i !== undefined && error.params.j !== undefined) {
    return { path: [...path, Math.max(error.params.i, error.params.j)], part: "value", error };
  }
  return { path, part: "value", error };
}

/** JSON pointer to keys and indices, reading indices as numbers where the data is a list. */
function toPath(pointer: string, data: unknown): Path {
  if (pointer === "") return [];
  const path: Path = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(key);
      path.push(index);
      node = node[index];
    } else {
      path.push(key);
      node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}

function spanOf(file: SourceFile, path: Path, part: "key" | "value"): Span {
  const exact = file.locate(path, part);
  if (exact) return exact;
  for (let length = path.length - 1; length >= 0; length--) {
    const ancestor = path.slice(0, length);
    const span = (length > 0 ? file.locate(ancestor, "key") : undefined) ?? file.locate(ancestor, "value");
    if (span) return span;
  }
  return { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The schema node an error was raised at (its schemaPath without the keyword). */
function nodeOf(error: SchemaError): SchemaNode {
  const location = error.schemaPath.slice(0, error.schemaPath.lastIndexOf("/"));
  return schemaInfo[location] ?? {};
}

function messageFor(group: Located[], data: unknown): string {
  const { path, error } = group[0]!;
  switch (error.keyword) {
    case "additionalProperties":
      return unknownKeyMessage(path, nodeOf(error), valueAt(data, path));
    case "propertyNames": {
      const noun = nounOf(schemaInfo[error.schemaPath]?.expected);
      return `${code(String(path.at(-1)))} is not a valid ${noun} in ${code(formatPath(path.slice(0, -1)))}: use only letters, digits, \`.\`, \`_\` and \`-\`.`;
    }
    case "pattern":
      return `${describePath(path)} must be ${nodeOf(error).expected ?? "a different value"}, not ${describeValue(valueAt(data, path))}.`;
    case "required": {
      const missing = group.map((g) => code(g.error.params.missingProperty ?? "?"));
      const keys = missing.length === 1 ? `key ${missing[0]}` : `keys ${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
      return `${describePath(path)} is missing the required ${keys}.`;
    }
    case "uniqueItems":
      return `${describePath(path.slice(0, -1))} repeats an entry (the same as item ${Math.min(error.params.i ?? 0, error.params.j ?? 0) + 1}): Docker Compose rejects a list with duplicates; remove one.`;
    case "type": {
      const expected = nodeOf(error).expected ?? "of another type";
      const value = valueAt(data, path);
      // `user: 1000`: YAML reads a number, Compose wants the text.
      const quote = expected === "a string" && (typeof value === "number" || typeof value === "boolean") ? ` (write it in quotes: "${String(value)}")` : "";
      return `${describePath(path)} must be ${expected}, not ${describeValue(value)}${quote}.`;
    }
    default:
      return `${describePath(path)} is not valid here: it must be ${nodeOf(error).expected ?? "something else"}.`;
  }
}

function unknownKeyMessage(path: Path, node: SchemaNode, value: unknown): string {
  const key = String(path.at(-1));
  const parent = path.slice(0, -1);
  const where = parent.length === 0 ? `unknown top-level key ${code(key)}` : `unknown key ${code(key)} in ${code(formatPath(parent))}`;
  const suggestion = closest(key, node.keys ?? []);
  if (suggestion) return `${where}; did you mean ${code(suggestion)}?`;
  // Own keys only: `__proto__` or `constructor` written in a file are keys, not the object's machinery.
  const home = node.nested && Object.hasOwn(node.nested, key) ? node.nested[key] : undefined;
  if (home) return `${where}; it belongs under ${code(home)} (${code(`${home}.${key}`)}).`;
  if (parent.length === 0 && isServiceLike(value)) {
    return `${where}: it looks like a service, and services must be listed under ${code("services")} (the version 1 format without it is no longer supported).`;
  }
  return `${where}: Compose rejects keys the specification does not define (custom keys must start with ${code("x-")}).`;
}

function isServiceLike(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && ("image" in value || "build" in value);
}

/** The allowed key nearest to `key` by edit distance, when it is near enough to be a typo. */
export function closest(key: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeKey(key);
  const limit = key.length <= 3 ? 1 : key.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalizeKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `Container-Name` and `container_name` are one typo apart at most. */
function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/-/g, "_");
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** `services.web.ports[0]`, `services.web.labels["traefik.enable"]`. */
export function formatPath(path: Path): string {
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

function describePath(path: Path): string {
  return path.length === 0 ? "the file" : code(formatPath(path));
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === "boolean") return `the boolean ${value}`;
  return `the number ${String(value)}`;
}

/** "a service name" → "service name". */
function nounOf(phrase: string | undefined): string {
  return (phrase ?? "name").replace(/^(a|an) /, "");
}

function code(text: string): string {
  return `\`${text}\``;
}
