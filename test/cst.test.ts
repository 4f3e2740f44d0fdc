/**
 * The CST reader (src/load/cst.ts) against the composed Document it replaces on the common path:
 * for every input, both give the same located tree, problems and substitutions. The reader may
 * give up (the Document is then composed), but never read a file differently.
 *
 * `npm test` runs a fixed seed and a bounded count; `npm run fuzz` runs many more with a random one.
 */
import { readFileSync } from "node:fs";
import fg from "fast-glob";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { corePlain, readCst } from "../src/load/cst.js";
import { parseTree } from "../src/load/tree.js";
import { composeDocument, spliced } from "./generators.js";
import { repoRoot } from "./helpers.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const env = { SET: "value", PORT: "8080" };

function bothReaders(text: string): void {
  const fast = parseTree(text, "compose.yaml", env, "later", { reader: "cst" });
  const composed = parseTree(text, "compose.yaml", env, "later", { reader: "document" });
  expect(fast).toEqual(composed);
}

const files = fg.sync(["fixtures/**/*.{yml,yaml}", "examples/**/*.{yml,yaml}", "rules/**/*.{yml,yaml}"], { cwd: repoRoot, absolute: true, dot: true });
const texts = files.map((file) => readFileSync(file, "utf8"));

describe("the CST reader reads as the composer does", () => {
  test("every fixture and example file", () => {
    expect(files.length).toBeGreaterThan(100);
    for (const text of texts) bothReaders(text);
  });

  test("the common path is the CST reader: it reads most fixtures itself", () => {
    const read = texts.filter((text) => readCst(text) !== undefined).length;
    expect(read / texts.length).toBeGreaterThan(0.8);
  });

  test("generated compose documents", () => {
    fc.assert(fc.property(composeDocument, (text) => bothReaders(text)), { seed: SEED, numRuns: RUNS });
  });

  const mutated = spliced(texts);

  test("fixtures with YAML syntax spliced in", () => {
    fc.assert(fc.property(mutated, (text) => bothReaders(text)), { seed: SEED, numRuns: RUNS * 3 });
  });

  test("plain scalars are typed as the core schema types them", () => {
    const plain = fc.stringMatching(/^[-+.0-9eExXoOabcdfinNulLTtrFs_~]{0,8}$/);
    fc.assert(
      fc.property(plain, (word) => {
        const text = `k: ${word}\n${word || "e"}: v\n- ${word}\n`.replace(/\n- .*\n$/, "\n");
        bothReaders(text);
        bothReaders(`[${word}]\n`);
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });
});

describe("the CST reader", () => {
  test.each([
    ["a tag", "a: !reset []\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["a tab in indentation", "a:\n\tb: 1\n"],
    ["an explicit key", "? a\n: 1\n"],
    ["a multi-line flow collection", "a: [1,\n  2]\n"],
    ["an anchor on a key", "&k a: 1\n"],
    ["a syntax error", "a: [1, 2\n"],
  ])("leaves %s to the composer", (_, text) => {
    expect(readCst(text)).toBeUndefined();
    bothReaders(text);
  });

  test("reads anchors, aliases, merge keys, flow and block scalars itself", () => {
    const text = '---\nx-base: &base\n  restart: always # why\nservices:\n  web:\n    <<: *base\n    ports: ["8080:80", {target: 443}]\n    command: |\n      run\n    empty:\n';
    const root = readCst(text);
    expect(root?.kind).toBe("map");
    bothReaders(text);
  });

  test("core schema values", () => {
    expect([corePlain("~"), corePlain("TRUE"), corePlain("0o17"), corePlain("0x1F"), corePlain("-12"), corePlain("1e3"), corePlain("-.inf"), corePlain("1.5"), corePlain("1_000"), corePlain("yes")]).toEqual([null, true, 15, 31, -12, 1000, -Infinity, 1.5, "1_000", "yes"]);
    expect(corePlain(".NaN")).toBeNaN();
  });
});
