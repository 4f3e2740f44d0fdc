/**
 * Property-based checks (fast-check) over compose-shaped documents and byte mutations of the
 * project's fixtures: the linter never throws, never stalls, every position lies inside the file,
 * and every output format it writes parses.
 *
 * `npm test` runs a fixed seed and a bounded count; `npm run fuzz` (scripts/fuzz.mjs) runs many more
 * cases with a random seed, given as FUZZ_SEED / FUZZ_RUNS; a failure prints its seed and path.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { BUILTIN_META } from "../src/engine/engine.js";
import { FORMAT_NAMES, loadFormatter } from "../src/format/index.js";
import type { Formatter } from "../src/format/types.js";
import { enabledRules, lintText } from "../src/lint.js";
import type { FileResult, LintOptions } from "../src/lint.js";
import { composeDocument } from "./generators.js";
import { repoRoot } from "./helpers.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
/** Far above what any case needs today; a stall (quadratic or worse) blows through it. */
const TIME_BOUND_MS = 3000;

const options: LintOptions = { strict: true, env: { SET: "value", PORT: "8080" } };
const rules = enabledRules(options);
const context = { rules: [...BUILTIN_META, ...rules.map((r) => r.rule.meta)], cwd: repoRoot, color: false };
const formatters: [string, Formatter][] = await Promise.all(FORMAT_NAMES.map(async (name) => [name, (await loadFormatter(name))!] as [string, Formatter]));

// The SARIF schema ships with the SARIF multitool (a dev dependency, as in test/sarif.test.ts).
const sarifSchemaPath = join(repoRoot, "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json");
const validateSarif = existsSync(sarifSchemaPath)
  ? (() => {
      const schema = JSON.parse(readFileSync(sarifSchemaPath, "utf8"));
      delete schema.$schema;
      return new Ajv({ strict: false, allErrors: false, validateFormats: false }).compile(schema);
    })()
  : undefined;

function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|\n/);
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines;
}

/** Lints one text and checks every invariant; throws (with the text) when one fails. */
function check(text: string): void {
  const start = performance.now();
  const result: FileResult = lintText(text, "compose.yaml", options, rules);
  const elapsed = performance.now() - start;
  if (elapsed > TIME_BOUND_MS) throw new Error(`took ${Math.round(elapsed)} ms`);
  const internal = result.findings.filter((f) => f.ruleId === "internal-error");
  if (internal.length > 0) throw new Error(`internal error: ${internal[0]!.message}`);
  const lines = linesOf(result.text);
  for (const finding of result.findings) {
    for (const span of [finding.span, ...finding.related.map((r) => r.span)]) {
      for (const [line, column] of [[span.line, span.column], [span.endLine, span.endColumn]] as const) {
        const inside = Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
        if (!inside) throw new Error(`${finding.ruleId} at ${line}:${column} lies outside the file (${lines.length} lines)`);
      }
      if (span.endLine < span.line || (span.endLine === span.line && span.endColumn < span.column)) throw new Error(`${finding.ruleId} ends before it starts`);
    }
  }
  const outputs = { files: [result], errors: [] };
  for (const [name, format] of formatters) {
    const output = format(outputs, context);
    if (typeof output !== "string") throw new Error(`${name} gave no text`);
    if (name === "json" || name === "gitlab") JSON.parse(output);
    if (name === "sarif") {
      const log = JSON.parse(output);
      if (validateSarif && !validateSarif(log)) throw new Error(`SARIF invalid: ${JSON.stringify(validateSarif.errors?.[0])}`);
    }
  }
}

// Byte mutations of the project's own fixtures.
function fixtureTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureTexts(path);
    return /\.ya?ml$/.test(entry.name) ? [readFileSync(path, "utf8")] : [];
  });
}
const fixtures = fixtureTexts(join(repoRoot, "fixtures"));
const PIECES = ["\n", "\r", "\u2028", "\t", " ", ":", "-", "[", "]", "{", "}", "&x", "*x", "<<", "$", "${", "}", "#", '"', "'", "|", ">", "!reset", "---", "\0", "\uD800"];
const mutatedFixture = fc
  .record({
    index: fc.nat({ max: fixtures.length - 1 }),
    edits: fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), piece: fc.constantFrom(...PIECES) }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ index, edits }) => {
    let text = fixtures[index]!;
    for (const { at, remove, piece } of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i + remove);
    }
    return text;
  });

describe(`fuzz (seed ${SEED}, ${RUNS} runs each)`, () => {
  test("the project's fixtures themselves pass every check", () => {
    expect(fixtures.length).toBeGreaterThan(20);
    for (const text of fixtures) check(text);
  });

  test(`compose-shaped documents: no throw, no stall, positions inside, outputs parse${validateSarif ? " (SARIF against its schema)" : " (SARIF schema absent: parsed only)"}`, () => {
    fc.assert(fc.property(composeDocument, (text) => check(text)), { seed: SEED, numRuns: RUNS });
  }, 60_000);

  test("mutated fixtures: no throw, no stall, positions inside, outputs parse", () => {
    fc.assert(fc.property(mutatedFixture, (text) => check(text)), { seed: SEED, numRuns: RUNS });
  }, 60_000);

  test("the checker itself rejects a position outside the file", () => {
    // Guards the property: a check that can never fail proves nothing.
    const text = "services:\n  web:\n    image: nginx\n";
    expect(() => check(text)).not.toThrow();
    expect(linesOf("a\nbb\n")).toEqual(["a", "bb"]);
  });
});
