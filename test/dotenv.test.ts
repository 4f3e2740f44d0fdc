/**
 * Env files read as Compose reads them (compose-go's dotenv package): the values each text gives,
 * where names and values are written, and the texts Compose refuses.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { noVariables, readEnvFile, readRawEnvFile } from "../src/load/dotenv.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const none = () => undefined;
const from = (env: Record<string, string>) => (name: string) => (Object.hasOwn(env, name) ? env[name] : undefined);
const values = (text: string, lookup: (name: string) => string | undefined = none) => {
  const read = readEnvFile(text, "app.env", lookup);
  expect(read.error).toBeUndefined();
  return { ...read.values };
};

describe("values, as Compose reads them", () => {
  test.each([
    ["A=1\nB=two\n", { A: "1", B: "two" }],
    ["A=1", { A: "1" }],
    ["\uFEFFA=1\n", { A: "1" }],
    ["# comment\n\n   # indented comment\nA=1\n", { A: "1" }],
    ["export A=1\nexport\tB=2\n", { A: "1", B: "2" }],
    ["export=1\n", { export: "1" }],
    ["A = 1\n", { A: "1" }],
    ["A: 1\n", { A: "1" }],
    ["A=\n", { A: "" }],
    ["A=  spaced value   \n", { A: "spaced value" }],
    ["A=value # comment\n", { A: "value" }],
    ["A=value#not-a-comment\n", { A: "value#not-a-comment" }],
    ["A=value\t# a tab does not start a comment\n", { A: "value\t# a tab does not start a comment" }],
    ["A=#value\n", { A: "#value" }],
    ["A=1\r\nB=2\r\n", { A: "1", B: "2" }],
    ['A="quoted value" # comment\n', { A: "quoted value" }],
    ["A='single # kept'\n", { A: "single # kept" }],
    ['A="line one\nline two"\nB=2\n', { A: "line one\nline two", B: "2" }],
    ['A="tab\\there\\nnew line"\n', { A: "tab\there\nnew line" }],
    ["A='tab\\there'\n", { A: "tab\\there" }],
    ['A="say \\"hi\\""\n', { A: 'say "hi"' }],
    ["A='it\\'s'\n", { A: "it's" }],
    ['A="back\\\\slash"\n', { A: "back\\slash" }],
    ['A="octal \\0101"\n', { A: "octal A" }],
    ['A="unknown \\q kept"\n', { A: "unknown \\q kept" }],
    ['A="x" B=2\n', { A: "x", B: "2" }],
    ["A.B-C[0]=1\n", { "A.B-C[0]": "1" }],
    ["ÄÖ=1\n", { ÄÖ: "1" }],
    ["A=1\nA=2\n", { A: "2" }],
  ])("%j", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  test("a name alone on its line takes the lookup's value, or is not set", () => {
    expect(values("A\nB\nC=3\n", from({ A: "from the environment" }))).toEqual({ A: "from the environment", C: "3" });
    const [inherited] = readEnvFile("A\nB\n", "app.env", from({ A: "from the environment" })).variables.map((v) => ({ ...v, span: `${v.span.line}:${v.span.column}-${v.span.endColumn}` }));
    expect(inherited).toMatchObject({ name: "A", value: "from the environment", raw: "${A}", substituted: [{ name: "A", value: "from the environment" }], span: "1:1-2" });
    expect(readEnvFile("A\n", "app.env", none).variables).toEqual([]);
  });
});

describe("interpolation inside values", () => {
  test.each([
    ["A=${X}\n", { X: "x" }, { A: "x" }],
    ["A=$X/y\n", { X: "x" }, { A: "x/y" }],
    ["A=${UNSET:-fallback}\n", {}, { A: "fallback" }],
    ['A="${UNSET:-fallback}"\n', {}, { A: "fallback" }],
    ["A='${X}'\n", { X: "x" }, { A: "${X}" }],
    ["A=$$X\n", { X: "x" }, { A: "$X" }],
    ['A="\\$X"\n', { X: "x" }, { A: "$X" }],
    ["A=1\nB=${A}2\n", {}, { A: "1", B: "12" }],
    // The lookup comes before the file's own variables.
    ["A=1\nB=${A}\n", { A: "outside" }, { A: "1", B: "outside" }],
    ["B=${A}\nA=1\n", {}, { B: "", A: "1" }],
  ])("%j with %j", (text, env, expected) => {
    expect(values(text, from(env))).toEqual(expected);
  });

  test("a value keeps its text before interpolation, and what the lookup put in", () => {
    const [a, b, c] = readEnvFile("A=${PW:-postgres}\nB=${PW}x\nC=plain\n", "app.env", from({ PW: "s3cret-value" })).variables;
    expect(a).toMatchObject({ value: "s3cret-value", raw: "${PW:-postgres}", substituted: [{ name: "PW", value: "s3cret-value" }] });
    expect(b).toMatchObject({ value: "s3cret-valuex", raw: "${PW}x" });
    expect(c!.raw).toBeUndefined();
    const [unset] = readEnvFile("A=${PW:-postgres}\n", "app.env", none).variables;
    expect(unset).toMatchObject({ value: "postgres", raw: "${PW:-postgres}", substituted: [] });
  });

  test("values already read come after the lookup: a service's env files share them", () => {
    const shared = noVariables();
    readEnvFile("A=first\n", "a.env", none, shared);
    const second = readEnvFile("A=second\nB=${A}\nC=${X}\n", "b.env", from({ X: "outside" }), shared);
    expect({ ...second.values }).toEqual({ A: "second", B: "second", C: "outside" });
    expect(second.values).toBe(shared);
  });
});

describe("where names and values are written", () => {
  test("spans of names and values (inside quotes)", () => {
    const read = readEnvFile('# comment\nexport A=1\nB = "two words" \nC=three # note\nD\n  E=\nF="multi\nline"\n', "app.env", none);
    expect(read.variables.map((v) => [v.name, v.value, `${v.nameSpan.line}:${v.nameSpan.column}`, `${v.valueSpan.line}:${v.valueSpan.column}-${v.valueSpan.endLine}:${v.valueSpan.endColumn}`])).toEqual([
      ["A", "1", "2:8", "2:10-2:11"],
      ["B", "two words", "3:1", "3:6-3:15"],
      ["C", "three", "4:1", "4:3-4:8"],
      ["E", "", "6:3", "6:5-6:5"],
      ["F", "multi\nline", "7:1", "7:4-8:5"],
    ]);
  });
});

describe("texts Compose refuses", () => {
  test.each([
    ["A=1\nB C=2\n", "line 2: a variable name cannot contain a space", { A: "1" }],
    ["A=1\nB!=2\n", 'line 2: unexpected character "!" in the variable name after "B"', { A: "1" }],
    ['A=1\nB="unterminated\nC=2\n', "line 2: the value's double quote is never closed", { A: "1" }],
    ["A='unterminated\n", "line 1: the value's single quote is never closed", {}],
  ])("%j", (text, message, before) => {
    const read = readEnvFile(text, "app.env", none);
    expect(read.error?.message).toBe(message);
    expect({ ...read.values }).toEqual(before);
  });

  test("where Compose stops, and never the rest of the line (it may hold a secret)", () => {
    const read = readEnvFile('A=1\nDB_PASS!WORD="Tr0ub4dor-and-3"\n', "app.env", none);
    expect(read.error).toEqual({ span: { file: "app.env", line: 2, column: 8, endLine: 2, endColumn: 8 }, message: 'line 2: unexpected character "!" in the variable name after "DB_PASS"' });
    expect(readEnvFile('PASSWORD="Tr0ub4dor-and-3\n', "app.env", none).error!.message).not.toContain("Tr0ub4dor");
  });
});

describe("format: raw, as docker run --env-file reads it", () => {
  test("values as written: quotes, # and $ kept; blank and # lines skipped; a name alone from the lookup", () => {
    const read = readRawEnvFile("\uFEFF# comment\n\n  A=\"${X}\" # kept\r\nB='y'\nC\nD\nE=\nF==x\n", "app.env", from({ C: "from the lookup", X: "x" }));
    expect(read.error).toBeUndefined();
    expect({ ...read.values }).toEqual({ A: '"${X}" # kept', B: "'y'", C: "from the lookup", E: "", F: "=x" });
    expect(read.variables.map((v) => [v.name, `${v.nameSpan.line}:${v.nameSpan.column}`, `${v.valueSpan.column}-${v.valueSpan.endColumn}`])).toEqual([
      ["A", "3:3", "5-18"],
      ["B", "4:1", "3-6"],
      ["C", "5:1", "1-2"],
      ["E", "7:1", "3-3"],
      ["F", "8:1", "3-5"],
    ]);
  });

  test.each([
    ["A=1\n=2\n", "line 2: no variable name before the `=`"],
    ["A=1\nB C=2\n", 'line 2: the variable name "B C" contains white space'],
  ])("%j is refused", (text, message) => {
    const read = readRawEnvFile(text, "app.env", none);
    expect(read.error?.message).toBe(message);
    expect({ ...read.values }).toEqual({ A: "1" });
  });
});

describe("properties", () => {
  // Values of any characters (line breaks, quotes, `$`, `#`, backslashes, non-ASCII included),
  // written the way a person would have to write them for Compose to read them back.
  const value = fc.string({ unit: fc.constantFrom("a", "Z", "0", " ", "\t", "#", "$", "{", "}", "'", '"', "\\", "\n", "=", ":", "é", "😀", "-") });
  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/);
  /** Double quotes: `\\`, `\"`, `\$` and `\n` escaped (the reader resolves them), everything else as is. */
  const doubleQuoted = (v: string) => `"${v.replace(/[\\"$\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`))}"`;
  /** Single quotes keep the text; usable when no backslash sits before a quote or at the end, and no `'` needs escaping at the end. */
  const singleQuoted = (v: string) => (/\\('|$)/.test(v) ? undefined : `'${v.replace(/'/g, "\\'")}'`);
  /** Unquoted: one line, no leading quote or space, no ` #`, no `$`, no white space at either end. */
  const unquoted = (v: string) => (/^["' \t]|[\s]$|\n| #|\$|^$/.test(v) ? undefined : v);

  test("a value written in any of Compose's ways reads back as itself, at its line", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value, fc.constantFrom("double", "single", "plain"), fc.constantFrom("=", " = ", ": "), fc.boolean(), fc.constantFrom("", "\n", "# a comment\n", "\n\n")), { maxLength: 8 }), (entries) => {
        let text = "";
        const expected: Record<string, string> = {};
        for (const [n, v, how, separator, exported, between] of entries) {
          const written = (how === "plain" ? unquoted(v) : how === "single" ? singleQuoted(v) : undefined) ?? doubleQuoted(v);
          text += `${between}${exported ? "export " : ""}${n}${separator}${written}\n`;
          expected[n] = v;
        }
        const read = readEnvFile(text, "app.env", () => undefined);
        expect(read.error).toBeUndefined();
        expect({ ...read.values }).toEqual(expected);
        // Every variable's span lies in the file and its name is written where its span starts.
        const lines = text.split("\n");
        for (const variable of read.variables) expect(lines[variable.nameSpan.line - 1]!.slice(variable.nameSpan.column - 1)).toMatch(new RegExp(`^${variable.name.replace(/[.]/g, "\\.")}`));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("any text: no exception, the file's own lines only, and an error always at a place in the file", () => {
    const text = fc.string({ unit: fc.constantFrom("A", "b", "_", "=", ":", " ", "\t", "\n", "\r", "#", "'", '"', "\\", "$", "{", "}", "-", "export ", "\u0085", "\u00a0", "\u2028", "\uFEFF", "é", "!") });
    fc.assert(
      fc.property(text, (t) => {
        for (const reader of [readEnvFile, readRawEnvFile]) {
          const read = reader(t, "app.env", () => undefined);
          const lineCount = t.split("\n").length;
          for (const v of read.variables) {
            expect(v.span.line).toBeGreaterThanOrEqual(1);
            expect(v.span.endLine).toBeLessThanOrEqual(lineCount);
          }
          if (read.error) expect(read.error.span.line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });
});
