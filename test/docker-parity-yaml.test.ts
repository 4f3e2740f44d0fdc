/**
 * What Docker Compose's YAML reader does with tricky input, asserted against our loader so the
 * two cannot drift apart silently. Each row cites where the behaviour comes from:
 *   go-yaml v3 (gopkg.in/yaml.v3): yaml_private.h, scannerc.go, readerc.go, parserc.go, parser.go
 *   (yaml.go's parser), decode.go; compose-go (github.com/compose-spec/compose-go): loader/.
 */
import { describe, expect, test } from "vitest";
import { decodeText } from "../src/load/files.js";
import { loadComposeText } from "../src/load/index.js";
import type { LoadResult } from "../src/load/index.js";

const load = (text: string): LoadResult => loadComposeText(text, "compose.yaml", { env: {} });
const problems = (text: string) => load(text).problems.map((p) => `${p.ruleId}@${p.span.line}:${p.span.column}`);
const data = (text: string) => load(text).file.data as Record<string, unknown>;
const web = (text: string) => (data(text).services as Record<string, Record<string, unknown>>).web!;

describe("line breaks (yaml_private.h is_break / is_crlf; scannerc.go skip_line)", () => {
  test.each([
    ["CR", "\r"],
    ["NEL U+0085", "\u0085"],
    ["LINE SEPARATOR U+2028", "\u2028"],
    ["PARAGRAPH SEPARATOR U+2029", "\u2029"],
  ])("%s ends a line: the text after it is the next line's key", (_name, char) => {
    const text = `services:\n  web:\n    image: nginx # c${char}    privileged: true\n`;
    expect(web(text)).toEqual({ image: "nginx", privileged: true });
    expect(problems(text)).toEqual(["hidden-line-break@3:21"]);
  });

  test("CR LF counts as one line break (is_crlf is tested before is_break)", () => {
    const result = load("services:\r\n  web:\r\n    image: nginx\r\n    privileged: true\r\n");
    expect(result.problems).toEqual([]);
    expect(result.project!.services[0]!.privileged!.span.line).toBe(4);
  });

  test("CR CR LF is two line breaks, LF CR too (a CR is one unless LF follows it)", () => {
    const result = load("services:\r\r\n  web:\n\r    image: nginx\n    privileged: true\n");
    expect(result.problems.map((p) => `${p.ruleId}@${p.span.line}:${p.span.column}`)).toEqual(["hidden-line-break@1:10", "hidden-line-break@4:1"]);
    expect(result.project!.services[0]!.privileged!.span.line).toBe(6);
  });

  test("inside a double-quoted scalar a hidden break folds like any line break", () => {
    expect(web('services:\n  web:\n    image: "ngi\u2028      nx"\n').image).toBe("ngi nx");
  });
});

describe("duplicate keys (decode.go mapping: uniqueKeys, keys equal by kind and text)", () => {
  test("a repeated key is an error at the later key", () => {
    expect(problems("services:\n  web:\n    image: a\n    image: b\n")).toEqual(["duplicate-key@4:5"]);
  });
  test("`1` and `\"1\"` are the same key to go-yaml (it compares the text)", () => {
    expect(problems('x-a:\n  1: a\n  "1": b\nservices: {}\n')).toEqual(["duplicate-key@3:3"]);
  });
  test("`<<` written twice is a duplicate too", () => {
    expect(problems("x-a: &a {read_only: true}\nservices:\n  web:\n    <<: *a\n    <<: *a\n    image: x\n")).toEqual(["duplicate-key@5:5"]);
  });
});

describe("merge keys (decode.go merge; the YAML merge key type)", () => {
  test("keys written in the mapping win over merged ones, wherever the << is", () => {
    expect(web("x-a: &a {image: merged, user: root}\nservices:\n  web:\n    image: own\n    <<: *a\n")).toEqual({ image: "own", user: "root" });
  });
  test("with a list, earlier mappings win over later ones", () => {
    expect(web("x-a: &a {user: first}\nx-b: &b {user: second, read_only: true}\nservices:\n  web:\n    <<: [*a, *b]\n")).toEqual({ user: "first", read_only: true });
  });
  test("a merge of something that is not a mapping is an error (\"map merge requires map or sequence of maps\")", () => {
    expect(problems("x-a: &a [1, 2]\nservices:\n  web:\n    <<: *a\n").map((p) => p.split("@")[0])).toEqual(["yaml-syntax"]);
  });
});

describe("anchors and aliases (parser.go: an alias takes the anchor defined last before it)", () => {
  test("an anchor redefined later serves the aliases after it", () => {
    const services = data("x-1: &a {image: one}\nx-2: *a\nx-3: &a {image: two}\nx-4: *a\nservices: {}\n");
    expect([services["x-2"], services["x-4"]]).toEqual([{ image: "one" }, { image: "two" }]);
  });
  test("an alias before its anchor is unknown (\"unknown anchor referenced\")", () => {
    expect(problems("x-1: *a\nx-2: &a {image: one}\nservices: {}\n").map((p) => p.split("@")[0])).toEqual(["yaml-syntax"]);
  });
  test("aliases that make up more than 99% of a decoded document over 1,000 nodes are refused (decode.go allowedAliasRatio)", () => {
    const base = `x-base: &b {${Array.from({ length: 300 }, (_, i) => `k${i}: v`).join(", ")}}\n`;
    const refused = `${base}services:\n${Array.from({ length: 200 }, (_, i) => `  s${i}: *b\n`).join("")}`;
    expect(load(refused).problems.map((p) => p.ruleId)).toEqual(["yaml-syntax"]);
    const accepted = `${base}services:\n${Array.from({ length: 20 }, (_, i) => `  s${i}: {<<: *b, ${Array.from({ length: 10 }, (_, j) => `own${j}: v`).join(", ")}}\n`).join("")}`;
    expect(load(accepted).problems).toEqual([]);
  });

  test("an alias inside its own anchor is refused (\"anchor value contains itself\")", () => {
    expect(problems("x-1: &a\n  b: *a\nservices: {}\n").map((p) => p.split("@")[0])).toEqual(["yaml-syntax"]);
  });
});

describe("integers (resolve.go resolve: `_` dropped, then Go's strconv.ParseInt(text, 0, 64))", () => {
  test.each([
    ["0777", 511],
    ["012470", 5432],
    ["0o17", 15],
    ["0x50", 80],
    ["0b101", 5],
    ["1_000", 1000],
    ["-010", -8],
    ["80", 80],
    ["0", 0],
  ])("plain %s is %d", (text, value) => {
    expect(data(`x-n: ${text}\nservices: {}\n`)["x-n"]).toBe(value);
  });
  test.each([['"0777"', "0777"], ["'1_000'", "1_000"], ["!!str 010", "010"], ["08", 8], ["1.5", 1.5], ["0x", "0x"]])("%s stays %s", (text, value) => {
    expect(data(`x-n: ${text}\nservices: {}\n`)["x-n"]).toBe(value);
  });
  test("a long-syntax port written in octal is the port Docker publishes", () => {
    const [port] = load("services:\n  db:\n    image: postgres:16\n    ports:\n      - target: 012470\n        published: 012470\n").project!.services[0]!.ports;
    expect(port!.containerPorts.value).toEqual({ start: 5432, end: 5432 });
    expect(port!.hostPorts!.value).toEqual({ start: 5432, end: 5432 });
  });
});

describe("compose-go tags (loader/reset.go)", () => {
  test("`!reset` removes the key", () => {
    expect(web("services:\n  web:\n    image: nginx\n    ports: !reset []\n")).toEqual({ image: "nginx" });
  });
  test("`!override` keeps the value (it only matters when files are merged)", () => {
    expect(web('services:\n  web:\n    image: nginx\n    ports: !override ["80:80"]\n')).toEqual({ image: "nginx", ports: ["80:80"] });
  });
});

describe("what go-yaml refuses, we refuse", () => {
  test("a tab as indentation (scannerc.go: \"found character that cannot start any token\")", () => {
    expect(problems("services:\n\tweb:\n\t\timage: nginx\n").every((p) => p.startsWith("yaml-syntax@"))).toBe(true);
    expect(problems("services:\n\tweb:\n\t\timage: nginx\n").length).toBeGreaterThan(0);
  });
  test("several documents: compose-go merges them in order (loader/multidoc_test.go); we say we do not", () => {
    const result = load("services:\n  a: {image: x}\n---\nservices:\n  b: {image: y}\n");
    expect(result.problems.map((p) => p.ruleId)).toEqual(["yaml-syntax"]);
    expect(result.problems[0]!.message).toContain("Docker Compose merges them");
  });
  test("an empty document after `---` is skipped (loader/multidoc_test.go, trailing separator)", () => {
    expect(problems("services:\n  a: {image: x}\n---\n")).toEqual([]);
  });
});

describe("encodings (readerc.go yaml_parser_determine_encoding: UTF-8, UTF-16 LE and BE by BOM)", () => {
  const text = "services:\n  web:\n    image: nginx\n";
  test("a UTF-8 BOM is dropped", () => {
    expect(decodeText(Buffer.from(`\uFEFF${text}`))).toEqual({ text });
  });
  test("UTF-16 LE and BE with a BOM are read", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(Buffer.from(text, "utf16le")).swap16()]);
    expect(decodeText(le)).toEqual({ text });
    expect(decodeText(be)).toEqual({ text });
  });
  test("UTF-16 without a BOM is not text (go-yaml assumes UTF-8 and fails on the NUL bytes)", () => {
    expect(decodeText(Buffer.from(text, "utf16le"))).toHaveProperty("error");
  });
});
