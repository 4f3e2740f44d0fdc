#!/usr/bin/env node
// Compiles schema/compose.schema.json with ajv into standalone ES module code at build time, so
// no schema is compiled (and no code generated) when the linter starts.
//
// Writes src/generated/compose-schema-validator.ts with:
//   - `validate`, the ajv validator (allErrors, no messages);
//   - `schemaInfo`: for each schema location, as in an error's `schemaPath` minus the keyword,
//     the phrase of what it expects and, for closed mappings, the keys it allows. Messages and
//     "did you mean" suggestions are written from it, so the compiled code carries no text.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Arguments (for testing the build itself): [schema file] [output file].
const schemaFile = process.argv[2] ?? join(root, "schema", "compose.schema.json");
const outFile = process.argv[3] ?? join(root, "src", "generated", "compose-schema-validator.ts");

const NAMED_CHILDREN = ["properties", "patternProperties", "definitions"];
const SUBSCHEMA = ["items", "additionalProperties", "propertyNames", "not", "if", "then", "else"];
const SUBSCHEMA_LISTS = ["anyOf", "oneOf", "allOf"];

const TYPE_PHRASE = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  object: "a mapping",
  array: "a list",
  null: "empty",
};

/** A JSON pointer segment escaped the way ajv writes it into `schemaPath`. */
const segment = (name) => encodeURIComponent(String(name).replace(/~/g, "~0").replace(/\//g, "~1"));

function phraseOf(node) {
  if (typeof node.title === "string") return node.title;
  if (node.type === undefined) return undefined;
  const words = [node.type].flat().map((t) => TYPE_PHRASE[t] ?? t);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

function resolve(schema, node) {
  if (!node || typeof node.$ref !== "string") return node;
  return node.$ref
    .slice(2)
    .split("/")
    .reduce((at, key) => at?.[decodeURIComponent(key).replace(/~1/g, "/").replace(/~0/g, "~")], schema);
}

/** How many mappings in the schema define each key, and how often each `$ref` is used. */
function countKeys(node, counts = new Map(), refs = new Map()) {
  if (Array.isArray(node)) node.forEach((sub) => countKeys(sub, counts, refs));
  else if (node !== null && typeof node === "object") {
    for (const key of Object.keys(node.properties ?? {})) counts.set(key, (counts.get(key) ?? 0) + 1);
    if (typeof node.$ref === "string") refs.set(node.$ref, (refs.get(node.$ref) ?? 0) + 1);
    for (const value of Object.values(node)) countKeys(value, counts, refs);
  }
  return { keyCounts: counts, refCounts: refs };
}

/** Walks every subschema, recording what it expects and which keys it allows. */
function collectInfo(schema, node, pointer, info) {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return;
  const entry = {};
  const expected = phraseOf(node);
  if (expected) entry.expected = expected;
  if (node.properties && node.additionalProperties === false) {
    entry.keys = Object.keys(node.properties).sort();
    // Keys valid one level down (`replicas` under `deploy`), for a better hint: only keys that
    // one mapping of the whole schema defines, used in one place, so the hint is the only home.
    const nested = {};
    for (const [name, sub] of Object.entries(node.properties)) {
      if (sub.$ref && refCounts.get(sub.$ref) !== 1) continue;
      for (const key of Object.keys(resolve(schema, sub)?.properties ?? {})) {
        if (keyCounts.get(key) === 1 && !(key in node.properties)) nested[key] = name;
      }
    }
    if (Object.keys(nested).length > 0) entry.nested = nested;
  }
  if (Object.keys(entry).length > 0) info[pointer] = entry;
  for (const [keyword, value] of Object.entries(node)) {
    if (NAMED_CHILDREN.includes(keyword)) {
      for (const [name, sub] of Object.entries(value)) collectInfo(schema, sub, `${pointer}/${keyword}/${segment(name)}`, info);
    } else if (SUBSCHEMA.includes(keyword)) {
      collectInfo(schema, value, `${pointer}/${keyword}`, info);
    } else if (SUBSCHEMA_LISTS.includes(keyword)) {
      value.forEach((sub, i) => collectInfo(schema, sub, `${pointer}/${keyword}/${i}`, info));
    }
  }
}

/** The schema without annotations: they live in `schemaInfo`, not in the compiled code. */
function stripAnnotations(node) {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "title" || key === "description" || key === "$comment") continue;
    out[key] = NAMED_CHILDREN.includes(key)
      ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub)]))
      : stripAnnotations(value);
  }
  return out;
}

/** Ajv names the function it compiles for each `$ref` target; map those names to the target. */
function definitionOfFunction(compiled) {
  const names = new Map();
  for (const [ref, env] of Object.entries(compiled.schemaEnv.root.refs)) {
    if (env && env.validateName) names.set(env.validateName.str, ref.slice(ref.indexOf("#") + 1));
  }
  return names;
}

/**
 * Post-processes ajv's standalone output. Each rewrite is mechanical and checked: if ajv's
 * output ever changes shape, a leftover is found and the build fails rather than producing a
 * validator that reports different errors.
 */
function compact(source, definitions) {
  let out = source.replace(/^"use strict";\s*/, "");
  // 0. Even with `esm: true`, ajv `require`s its runtime helpers (ucs2length for minLength,
  //    equal for const/enum of objects...). Import them instead: they are CommonJS modules, so
  //    the default import is `module.exports` and the helper is its `default` (Node); a loader
  //    with CommonJS interop (vitest) hands over the helper itself. Under NodeNext the specifier
  //    needs its `.js`.
  out = out.replace(
    /const (func\d+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default;/g,
    'import $1_module from "$2.js";const $1 = $1_module.default ?? $1_module;',
  );
  const requires = out.match(/require\([^)]*\)/g);
  if (requires) throw new Error(`build-schema: the validator requires ${[...new Set(requires)].join(", ")}`);

  // 1. A referenced definition reports schemaPath relative to itself ("#/additionalProperties");
  //    prefix it with the definition ("#/definitions/service/additionalProperties") so that a
  //    schemaPath names one place in the schema.
  out = out.replace(/function (validate\d+)\([^]*?\1\.errors = vErrors;return errors === 0;\}/g, (body, name) => {
    const prefix = definitions.get(name) ?? "";
    return prefix ? body.replaceAll('schemaPath:"#', `schemaPath:"#${prefix}`) : body;
  });
  // 2. Errors are pushed through one helper instead of an inline null check each time.
  out = out.replace(
    /const (err\d+) = (\{instancePath[^]*?\});if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g,
    "vErrors=add(vErrors,$2);errors++;",
  );
  // 3. So are the errors of a referenced definition. `parentData` is only read by mutating
  //    options (coerceTypes, useDefaults, removeAdditional), which are not used.
  out = out.replace(
    /if\(!\((validate\d+)\(([^(){}]*?), \{instancePath:([^{}]*?),parentData:[^{}]*?,parentDataProperty:[^{}]*?,rootData\}\)\)\)\{vErrors = vErrors === null \? \1\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;\}/g,
    "if(!$1($2,{instancePath:$3,rootData})){vErrors=cat(vErrors,$1.errors);errors=vErrors.length;}",
  );
  // 4. `type` and `pattern` params only repeat the schema; messages come from schemaInfo.
  out = out.replace(/params:\{type: [^{}]*?\}/g, "params:{}");
  out = out.replace(/params:\{pattern: "(?:[^"\\]|\\.)*"\}/g, "params:{}");
  // 5. Schema objects are kept only for what the code reads (`schema8.properties` for
  //    property lookups), with the property values emptied.
  out = pruneSchemaConstants(out);

  const leftovers = [
    [/vErrors === null\)\{vErrors = \[err/, "an inline error push"],
    [/vErrors\.concat\(/, "an inline error concatenation"],
    [/parentDataProperty:/, "a parentData argument"],
    [/params:\{(?:type|pattern):/, "type or pattern params"],
  ];
  for (const [pattern, what] of leftovers) {
    if (pattern.test(out)) throw new Error(`build-schema: ajv's output changed shape (${what} is left)`);
  }
  return `const add = (errors, error) => { if (errors === null) return [error]; errors.push(error); return errors; };
const cat = (errors, more) => (errors === null ? more : errors.concat(more));
${out}`;
}

function pruneSchemaConstants(source) {
  return source.replace(/const (schema\d+) = (\{.*?\});(?=const |function |export |import )/g, (_, name, literal) => {
    const value = JSON.parse(literal);
    const uses = [...source.matchAll(new RegExp(`\\b${name}((?:\\.\\w+)+)`, "g"))].map((m) => m[1].slice(1).split("."));
    if (uses.length === 0) return "";
    const pruned = {};
    // Longer paths first, so that a whole value copied for a short path is not overwritten.
    for (const path of uses.sort((a, b) => b.length - a.length)) {
      let from = value;
      let to = pruned;
      for (const key of path.slice(0, -1)) {
        from = from[key];
        to = to[key] ??= {};
      }
      const last = path.at(-1);
      // `schemaN.properties` is only used for own-property lookups: the values do not matter.
      to[last] = last === "properties" ? { ...Object.fromEntries(Object.keys(from[last]).map((key) => [key, 0])), ...to[last] } : from[last];
    }
    return `const ${name} = ${JSON.stringify(pruned)};`;
  });
}

const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const { keyCounts, refCounts } = countKeys(schema);
const info = {};
collectInfo(schema, schema, "#", info);

const ajv = new Ajv({
  code: { source: true, esm: true, lines: false, optimize: true },
  allErrors: true,
  messages: false, // messages are written from schemaInfo, not by ajv
  strict: true,
  allowUnionTypes: true,
  inlineRefs: false, // each definition is compiled once, as a function of its own
});
const validate = ajv.compile(stripAnnotations(schema));
const code = compact(standaloneCode(ajv, validate), definitionOfFunction(validate));
const entry = /^export const validate = (validate\d+);export default \1;/m.exec(code);
if (!entry) throw new Error("build-schema: ajv's output has no `export const validate`");

const output = `// @ts-nocheck
// Generated by scripts/build-schema.mjs from ${schemaFile.startsWith(root) ? schemaFile.slice(root.length + 1) : "a schema"}: do not edit.
${code.replace(entry[0], "")}
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  /** i and j: the indexes of two equal items, in either order (uniqueItems). */
  params: { additionalProperty?: string; missingProperty?: string; propertyName?: string; i?: number; j?: number };
  propertyName?: string;
}
export interface SchemaNode {
  /** What a value here must be, as a phrase ("a list of strings"). */
  expected?: string;
  /** The keys a closed mapping here allows. */
  keys?: string[];
  /** Keys that belong one level down, with the key they belong under (replicas: deploy). */
  nested?: Record<string, string>;
}
export const validate: ((data: unknown) => boolean) & { errors?: SchemaError[] | null } = ${entry[1]};
export const schemaInfo: Record<string, SchemaNode> = ${JSON.stringify(info)};
`;

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, output);
console.log(`build-schema: wrote ${outFile.startsWith(root) ? outFile.slice(root.length + 1) : outFile} (${(output.length / 1024).toFixed(1)} KiB)`);
