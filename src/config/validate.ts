/**
 * Checks a configuration's data: against the schema compiled at build time (built-in rules), then
 * the plugin rules' ids and options (compiled when a plugin is loaded). Each problem is one
 * message naming the place and, for a misspelt name, the nearest valid one.
 */
import { validate } from "../generated/config-schema-validator.js";
import type { SchemaError } from "../generated/config-schema-validator.js";
import { LOCKED } from "../engine/engine.js";
import type { RuleMeta } from "../engine/rule.js";
import { closest } from "../schema/validate.js";
import { LEVELS, configSchema } from "./schema.js";
import type { ConfigSource } from "./read.js";

type Path = (string | number)[];

const TOP_LEVEL_KEYS = ["extends", "rules", "ignore", "overrides", "failLevel", "noInlineConfig", "requireReason"];
const OVERRIDE_KEYS = ["files", "rules", "suppress", "reason"];
type Schema = Record<string, unknown>;

export interface ConfigProblem {
  path: Path;
  part: "key" | "value";
  message: string;
}

/** Problems in `source.data`, each `file:line:col: message`, in the order they are written. */
export function configProblems(source: ConfigSource, metas: readonly RuleMeta[]): string[] {
  const problems = checkConfigData(source.data, metas);
  return problems
    .map((p) => ({ ...p, at: source.position(p.path, p.part) }))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
    .map((p) => `${source.path}:${p.at.line}:${p.at.column}: ${p.message}`);
}

export function checkConfigData(data: unknown, metas: readonly RuleMeta[]): ConfigProblem[] {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const problems: ConfigProblem[] = [];
  if (!validate(data)) problems.push(...problemsOf(validate.errors ?? [], data, byId));
  if (problems.length === 0) problems.push(...checkPluginRules(data, byId), ...checkSuppressedIds(data, byId));
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${JSON.stringify(p.path)}\0${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** `rules:` mappings in the configuration: the top-level one and each override's. */
function ruleTables(data: unknown): { path: Path; table: Record<string, unknown> }[] {
  const out: { path: Path; table: Record<string, unknown> }[] = [];
  const record = data as { rules?: Record<string, unknown>; overrides?: { rules?: Record<string, unknown> }[] };
  if (record?.rules) out.push({ path: ["rules"], table: record.rules });
  (record?.overrides ?? []).forEach((o, i) => {
    if (o?.rules) out.push({ path: ["overrides", i, "rules"], table: o.rules });
  });
  return out;
}

/** Namespaced ids the schema let through: they must name a loaded plugin's rule, with valid options. */
function checkPluginRules(data: unknown, byId: ReadonlyMap<string, RuleMeta>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const { path, table } of ruleTables(data)) {
    for (const [id, setting] of Object.entries(table)) {
      if (!id.includes("/")) continue;
      const meta = byId.get(id);
      if (!meta) {
        const namespace = id.slice(0, id.indexOf("/"));
        const near = closest(id, [...byId.keys()].filter((k) => k.includes("/")));
        problems.push({
          path: [...path, id],
          part: "key",
          message: near ? `unknown rule \`${id}\`; did you mean \`${near}\`?` : `unknown rule \`${id}\`: no loaded plugin defines it (load the plugin "${namespace}" with --plugin; a configuration file cannot load code).`,
        });
        continue;
      }
      problems.push(...checkSetting(setting, meta).map((p) => ({ ...p, path: [...path, id, ...p.path] })));
    }
  }
  return problems;
}

/** `overrides[].suppress` names rules, and none that must never be silenced. */
function checkSuppressedIds(data: unknown, byId: ReadonlyMap<string, RuleMeta>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  ((data as { overrides?: { suppress?: string[] }[] }).overrides ?? []).forEach((override, i) => {
    (override.suppress ?? []).forEach((id, j) => {
      const path = ["overrides", i, "suppress", j];
      if (LOCKED.has(id)) problems.push({ path, part: "value", message: `\`${id}\` cannot be suppressed: it reports what compose-lint could not read or see.` });
      else if (!byId.has(id)) {
        const near = closest(id, [...byId.keys()]);
        problems.push({ path, part: "value", message: `unknown rule \`${id}\`${near ? `; did you mean \`${near}\`?` : " (see compose-lint --list-rules)."}` });
      }
    });
  });
  return problems;
}

/** One plugin rule's setting, validated with a schema compiled now (plugins are code, loaded at run time). */
function checkSetting(setting: unknown, meta: RuleMeta): ConfigProblem[] {
  const schema = configSchema([meta]);
  const single = { rules: { [meta.id]: setting } };
  const compiled = runtimeValidator(schema);
  if (compiled(single)) return [];
  return problemsOf(compiled.errors ?? [], single, new Map([[meta.id, meta]])).map((p) => ({ ...p, path: p.path.slice(2) }));
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** The part of ajv's compiler plugin option schemas need; registered by the plugin loader. */
export interface SchemaCompiler {
  compile(schema: Schema): Validator;
}

let compiler: SchemaCompiler | undefined;
const compiledFor = new WeakMap<object, Validator>();

/**
 * The plugin loader imports ajv's compiler (only when a plugin declares options) and registers it
 * here, so that neither start-up nor a run without plugins loads it.
 */
export function useSchemaCompiler(instance: SchemaCompiler): void {
  compiler = instance;
}

function runtimeValidator(schema: Schema): Validator {
  if (!compiler) throw new Error("plugin options cannot be validated: the plugin loader registered no schema compiler");
  const cached = compiledFor.get(schema);
  if (cached) return cached;
  const compiled = compiler.compile(schema);
  compiledFor.set(schema, compiled);
  return compiled;
}

function toPath(pointer: string, data: unknown): Path {
  const path: Path = [];
  let node = data;
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const step = Array.isArray(node) ? Number(key) : key;
    path.push(step);
    node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[step] : undefined;
  }
  return path;
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const step of path) node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[step] : undefined;
  return node;
}

/** Where a path is inside a `rules:` table: the rule's id and what follows it. */
function ruleAt(path: Path): { id: string; rest: Path } | undefined {
  const at = path[0] === "rules" ? 1 : path[0] === "overrides" && path[2] === "rules" ? 3 : -1;
  if (at < 0 || path.length <= at) return undefined;
  return { id: String(path[at]), rest: path.slice(at + 1) };
}

/** ajv's errors as one problem per place, each with its message. */
function problemsOf(errors: readonly SchemaError[], data: unknown, byId: ReadonlyMap<string, RuleMeta>): ConfigProblem[] {
  const located = errors.filter((e) => e.keyword !== "anyOf").map((error) => ({ error, path: toPath(error.instancePath, data) }));
  // A rule's setting fails both ways (a level, a [level, options] list): keep the deepest errors.
  const entryOf = (path: Path, rule: { rest: Path }) => JSON.stringify(path.slice(0, path.length - rule.rest.length));
  const deepest = new Map<string, number>();
  for (const { path } of located) {
    const rule = ruleAt(path);
    if (rule) deepest.set(entryOf(path, rule), Math.max(deepest.get(entryOf(path, rule)) ?? 0, rule.rest.length));
  }
  const problems: ConfigProblem[] = [];
  const described = new Set<string>();
  for (const { error, path } of located) {
    const rule = ruleAt(path);
    if (rule) {
      if (rule.rest.length < (deepest.get(entryOf(path, rule)) ?? 0)) continue;
      if (rule.rest.length === 0 || (rule.rest.length === 1 && rule.rest[0] === 0)) {
        const entry = path.slice(0, path.length - rule.rest.length);
        if (described.has(JSON.stringify(entry))) continue;
        described.add(JSON.stringify(entry));
        problems.push({ path: rule.rest.length === 0 ? entry : path, part: "value", message: levelMessage(rule.id, valueAt(data, path), byId.get(rule.id)) });
        continue;
      }
    }
    problems.push(describeOne(error, path, data, byId));
  }
  return problems;
}

function levelMessage(id: string, value: unknown, meta: RuleMeta | undefined): string {
  if (meta && !LEVELS.includes(value as never) && Array.isArray(value) && value.length !== 2) {
    return `rule \`${id}\`: write a level, or [level, { options }] with two items; got a list of ${value.length}.`;
  }
  if (meta && !meta.options && Array.isArray(value) && !LOCKED.has(id)) return `rule \`${id}\` takes no options: write only its level (off, note, warning or error).`;
  if (typeof value === "string" && (LEVELS as readonly string[]).includes(value)) {
    return `rule \`${id}\` cannot be turned off or lowered: it reports what compose-lint could not read or see, and without it a run could pass unseen.`;
  }
  const near = typeof value === "string" ? (closest(value, LEVELS) ?? LEVELS.find((level) => value.length >= 2 && level.startsWith(value.toLowerCase()))) : undefined;
  const options = meta?.options ? ", or [level, { options }]" : "";
  return `rule \`${id}\`: ${describeValue(value)} is not a level${near ? `; did you mean \`${near}\`?` : ""} (write off, note, warning or error${options}).`;
}

function describeOne(error: SchemaError, path: Path, data: unknown, byId: ReadonlyMap<string, RuleMeta>): ConfigProblem {
  const rule = ruleAt(path);
  const meta = rule ? byId.get(rule.id) : undefined;
  if (error.keyword === "additionalProperties" && error.params.additionalProperty !== undefined) {
    const key = error.params.additionalProperty;
    const keyPath = [...path, key];
    if (path.at(-1) === "rules") {
      const near = closest(key, [...byId.keys()]);
      return { path: keyPath, part: "key", message: `unknown rule \`${key}\`${near ? `; did you mean \`${near}\`?` : " (see compose-lint --list-rules)."}` };
    }
    if (rule && meta) {
      const names = Object.keys(meta.options?.properties ?? {});
      const near = closest(key, names);
      const list = names.length > 0 ? ` (options: ${names.join(", ")})` : "";
      return { path: keyPath, part: "key", message: `rule \`${rule.id}\` has no option \`${key}\`${near ? `; did you mean \`${near}\`?` : list}` };
    }
    if (path.length === 0 && key === "plugins") {
      return { path: keyPath, part: "key", message: "a configuration file cannot load plugins, since that would run code from the repository being linted; load them with --plugin (or the Action's `plugins` input) and configure their rules here." };
    }
    const allowed = path.length === 0 ? TOP_LEVEL_KEYS : OVERRIDE_KEYS;
    const near = closest(key, allowed);
    return { path: keyPath, part: "key", message: `unknown key \`${key}\`${near ? `; did you mean \`${near}\`?` : ` (expected one of: ${allowed.join(", ")})`}` };
  }
  const value = valueAt(data, path);
  const schema = schemaAt(path, byId);
  const where = rule && meta && rule.rest[0] === 1 && rule.rest.length > 1 ? `option \`${formatPath(rule.rest.slice(1))}\` of rule \`${rule.id}\`` : `\`${formatPath(path)}\``;
  if (error.keyword === "required" || error.keyword === "dependencies") return { path, part: "value", message: `${where} needs the key \`${error.params.missingProperty}\`${error.keyword === "dependencies" ? " with `suppress`" : ""}.` };
  if (error.keyword === "uniqueItems") return { path, part: "value", message: `${where} lists a value twice.` };
  const expected = schema ? phrase(schema) : "something else";
  const near = schema && Array.isArray(schema.enum) && typeof value === "string" ? closest(value, schema.enum as string[]) : undefined;
  return { path, part: "value", message: `${where} must be ${expected}, not ${describeValue(value)}${near ? `; did you mean \`${near}\`?` : "."}` };
}

/** The schema that applies at a data path (the configuration schema, each rule's options included). */
function schemaAt(path: Path, byId: ReadonlyMap<string, RuleMeta>): Schema | undefined {
  const root = configSchema([...byId.values()]);
  const definitions = root.definitions as Record<string, Schema>;
  const deref = (s: Schema | undefined): Schema | undefined => (s && typeof s.$ref === "string" ? definitions[s.$ref.split("/").at(-1)!] : s);
  let node: Schema | undefined = root;
  for (const step of path) {
    node = deref(node);
    if (!node) return undefined;
    if (Array.isArray(node.anyOf)) node = (node.anyOf as Schema[]).find((s) => s.type === "array" && typeof step === "number") ?? deref((node.anyOf as Schema[])[0]);
    if (!node) return undefined;
    if (typeof step === "number") {
      const items: unknown = node.items;
      node = Array.isArray(items) ? (items[step] as Schema) : (items as Schema);
    } else node = (node.properties as Record<string, Schema> | undefined)?.[step];
  }
  return deref(node);
}

function phrase(schema: Schema): string {
  if (Array.isArray(schema.enum)) return `one of ${(schema.enum as unknown[]).map((v) => `\`${String(v)}\``).join(", ")}`;
  const range = typeof schema.minimum === "number" && typeof schema.maximum === "number" ? ` from ${schema.minimum} to ${schema.maximum}` : "";
  switch (schema.type) {
    case "array": {
      const items = schema.items && !Array.isArray(schema.items) ? phrase(schema.items as Schema).replace(/^(a|an) /, "") : "value";
      return `a list of ${items}s`.replace(/ss$/, "s");
    }
    case "integer":
      return `an integer${range}`;
    case "number":
      return `a number${range}`;
    case "boolean":
      return "true or false";
    case "string":
      return schema.pattern === "\\S" ? "a non-empty string" : "a string";
    case "object":
      return "a mapping";
    default:
      return "another value";
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}

function formatPath(path: Path): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}
