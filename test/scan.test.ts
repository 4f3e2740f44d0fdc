/**
 * The line reader (src/load/scan.ts) against the CST reader it goes before: whenever it reads a
 * text, the CST reader reads it too and gives the same raw nodes, offsets included, and the
 * located tree built from it is the one the composed Document gives. It may give up, never read
 * a file differently.
 *
 * `npm test` runs a fixed seed and a bounded count; `npm run fuzz` runs many more with a random one.
 */
import { readFileSync } from "node:fs";
import fg from "fast-glob";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readCst } from "../src/load/cst.js";
import { scanYaml } from "../src/load/scan.js";
import { aliasFactsOf, parseTree } from "../src/load/tree.js";
import { blockYaml, composeDocument, spliced } from "./generators.js";
import { repoRoot } from "./helpers.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const env = { SET: "value", PORT: "8080" };

/** Compares the readers on one text; true when the line reader read it. */
function sameAsCst(text: string): boolean {
  const scanned = scanYaml(text);
  if (scanned !== undefined) {
    expect(readCst(text)).toEqual(scanned.root);
    // The alias facts it gathers while reading are the ones the converter finds by walking the tree.
    expect(scanned.aliases).toEqual(aliasFactsOf(scanned.root));
  }
  expect(parseTree(text, "compose.yaml", env, "later")).toEqual(parseTree(text, "compose.yaml", env, "later", { reader: "document" }));
  return scanned !== undefined;
}

const files = fg.sync(["fixtures/**/*.{yml,yaml}", "examples/**/*.{yml,yaml}", "rules/**/*.{yml,yaml}"], { cwd: repoRoot, absolute: true, dot: true });
const texts = files.map((file) => readFileSync(file, "utf8"));

describe("the line reader reads as the CST reader does", () => {
  test("every fixture and example file, most of them by itself", () => {
    expect(files.length).toBeGreaterThan(100);
    const read = texts.filter(sameAsCst).length;
    expect(read / texts.length).toBeGreaterThan(0.75);
  });

  // Each generator must reach the reader, not only its giving up.
  function property(arbitrary: fc.Arbitrary<string>, runs: number, minRead: number): void {
    let read = 0;
    fc.assert(
      fc.property(arbitrary, (text) => {
        if (sameAsCst(text)) read++;
      }),
      { seed: SEED, numRuns: runs },
    );
    expect(read).toBeGreaterThanOrEqual(Math.floor(runs * minRead));
  }

  test("block YAML with blank and comment lines at every indentation", () => property(blockYaml, RUNS * 4, 0.3));
  test("generated compose documents", () => property(composeDocument, RUNS, 0.3));
  test("fixtures with YAML syntax spliced in", () => property(spliced(texts), RUNS * 3, 0.1));
});

describe("where the parser hangs comment lines", () => {
  // Each case's reading is pinned by the CST reader; the offsets say which rule placed the comment.
  test.each([
    ["a deeper comment runs the value's end on", "e:\n  f: g\n\n    # c\nh: 1\n", [5, 19]],
    ["a comment at the collection's indentation stops it", "e:\n  f: g\n  # c\n    # d\nh: 1\n", [5, 10]],
    ["a comment left of a sequence's dash", "e:\n  - g\n # c\nh: 1\n", [5, 9]],
    ["a comment one column right of the dash", "e:\n  - g\n   # c\nh: 1\n", [5, 16]],
  ])("%s", (_, text, [start, end]) => {
    const root = scanYaml(text)?.root;
    expect(root?.kind === "map" && root.pairs[0]!.value).toMatchObject({ start, end });
    sameAsCst(text);
  });

  test("comment lines in column 0 ending the file (commented-out services) end the document, not the root", () => {
    const text = "services:\n  web:\n    image: nginx\n# db:\n#   image: postgres\n";
    expect(scanYaml(text)?.root).toMatchObject({ end: 34, pairs: [{ value: { end: 34 } }] });
    sameAsCst(text);
  });

  test("trailing comments a collection keeps reach the end of the one around it", () => {
    const text = "a:\n  b:\n    c: 1\n  # x\n";
    const root = scanYaml(text)?.root;
    // `# x` stays in b's mapping (indented as deep as it), so `a`'s value reaches past it; c's mapping does not.
    expect(root).toMatchObject({ kind: "map", end: 23, pairs: [{ value: { start: 5, end: 17, pairs: [{ value: { start: 12, end: 17 } }] } }] });
    sameAsCst(text);
  });
});

describe("the line reader", () => {
  test.each([
    ["a tab", "a:\n\tb: 1\n"],
    ["a carriage return", "a: 1\r\nb: 2\r\n"],
    ["a tag", "a: !reset []\n"],
    ["a block scalar", "a: |\n  x\n"],
    ["a multi-line plain scalar", "a: b\n  c\n"],
    ["a numeric escape", 'a: "x\\x41y"\n'],
    ["an unknown escape", 'a: "x\\qy"\n'],
    ["a multi-line flow collection", "a: [1,\n  2]\n"],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["an explicit key", "? a\n: 1\n"],
    ["an empty value followed by a comment", "a:\n# c\nb: 1\n"],
    ["a nested sequence on the dash's line", "- - a\n"],
    ["a scalar document", "just text\n"],
    ["an alias with an anchor", "a: &x *y\n"],
  ])("leaves %s to the library", (_, text) => {
    expect(scanYaml(text)).toBeUndefined();
    sameAsCst(text);
  });

  test("counts an alias bomb as go-yaml does while reading it, without expanding it", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const scanned = scanYaml(`x-laughs:\n${lines.map((l) => `  ${l}`).join("\n")}\nservices: {}\n`);
    // 9 to the 9th laughs through the last anchor's aliases alone.
    expect(scanned?.aliases.aliased).toBeGreaterThan(9 ** 9);
    expect(scanned?.aliases).toEqual(aliasFactsOf(scanned!.root));
  });

  test("reads YAML's one-character escapes in double quotes itself", () => {
    const text = 'a: "tab\\there \\"quoted\\" C:\\\\dir \\/ \\_ \\0"\n';
    expect(scanYaml(text)?.root).toMatchObject({ pairs: [{ value: { value: 'tab\there "quoted" C:\\dir / \u00a0 \0' } }] });
    sameAsCst(text);
  });

  test("reads a compose file with anchors, merge keys, flow collections and comments itself", () => {
    const text = '---\n# the stack\nx-base: &base\n  restart: always # why\nservices:\n  web:\n    <<: [*base]\n    ports: ["8080:80", {target: 443}, 127.0.0.1:53:53]\n    environment:\n    - A=1\n      # - B=2\n    labels: {a.b: "c", n: 1}\n    empty:\n';
    const root = scanYaml(text)?.root;
    expect(root).toMatchObject({ kind: "map", start: 16 });
    sameAsCst(text);
  });
});
