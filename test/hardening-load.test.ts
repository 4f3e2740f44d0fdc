/**
 * Issue 7, the loader's part: hostile files must not hide settings, stall the linter, take other
 * files down with them, or make it print files outside what it lints. Each test is a reproducer.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lintFiles, lintText } from "../src/lint.js";
import { decodeText, formatSize, parseSize } from "../src/load/files.js";
import { loadComposeText } from "../src/load/index.js";
import { interpolate, MAX_INTERPOLATION_DEPTH } from "../src/load/interpolate.js";
import { splitLines } from "../src/load/lines.js";
import { MAX_DEPTH } from "../src/load/scan.js";
import { parseTree } from "../src/load/tree.js";
import { runCli, scratch } from "./helpers.js";

const ids = (text: string) => lintText(text, "compose.yaml", { env: {} }).findings.map((f) => `${f.ruleId}@${f.span.line}:${f.span.column}`);

describe("line breaks Docker reads and editors do not", () => {
  test.each([
    ["a lone CR in a comment", "\r"],
    ["NEL in a comment", "\u0085"],
    ["U+2028 in a comment", "\u2028"],
    ["U+2029 in a comment", "\u2029"],
  ])("%s hides `privileged: true` from review, not from the linter", (_name, char) => {
    const text = `services:\n  web:\n    image: nginx:1.27 # x${char}    privileged: true\n`;
    const found = ids(text);
    expect(found).toContain("hidden-line-break@3:26");
    // Docker's line 4 is the text after the hidden break.
    expect(found).toContain("no-privileged@4:17");
  });

  test("a hidden break after a block scalar's line puts `ports:` back in the service", () => {
    const text = 'services:\n  db:\n    image: postgres:16\n    command: |\n      run\u2028    ports: ["5432:5432"]\n';
    const found = ids(text);
    expect(found).toContain("hidden-line-break@5:10");
    expect(found.some((f) => f.startsWith("no-published-database-port@6:"))).toBe(true);
  });

  test("CR LF is one line break: no finding, lines as written", () => {
    const text = "services:\r\n  web:\r\n    image: nginx:1.27\r\n    privileged: true\r\n";
    expect(ids(text)).toEqual(["no-privileged@4:17"]);
  });

  test("the file's text keeps its length, and suppressions count the lines the findings count", () => {
    const text = "services:\n  web:\n    image: nginx:1.27 # x\u2028    privileged: true # compose-lint ignore=no-privileged\n";
    const result = lintText(text, "compose.yaml", { env: {} });
    expect(result.text).toHaveLength(text.length);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["hidden-line-break"]);
    expect(splitLines(text)).toHaveLength(4);
  });

  test("a hidden line break cannot be silenced by an ignore comment", () => {
    const text = "# compose-lint ignore-file=hidden-line-break\nservices:\n  web:\n    image: nginx:1.27 # x\r    read_only: true\n";
    expect(ids(text)).toContain("hidden-line-break@4:26");
  });

  test("thousands of hidden breaks are reported with a bounded number of findings", () => {
    const text = `services:\n  web:\n    image: nginx:1.27\n${"    # x\u2028".repeat(5000)}\n`;
    const hidden = lintText(text, "compose.yaml", { env: {} }).findings.filter((f) => f.ruleId === "hidden-line-break");
    expect(hidden.length).toBeLessThanOrEqual(21);
    expect(hidden.at(-1)!.message).toContain("4980 more");
  });
});

describe("duplicate keys", () => {
  test("a repeated depends_on is reported, and the hard-coded password is still found", () => {
    const text = "services:\n  db:\n    image: postgres:16\n    depends_on: [cache]\n    environment:\n      POSTGRES_PASSWORD: Zq8kLm2vX9pQ4rT7\n    depends_on: [cache]\n";
    const found = ids(text);
    expect(found).toContain("duplicate-key@7:5");
    expect(found.some((f) => f.startsWith("no-hardcoded-secret@"))).toBe(true);
  });

  test("the later value is judged, and so is the earlier one: a dangerous value cannot hide behind a harmless twin", () => {
    expect(ids("services:\n  web:\n    image: nginx:1.27\n    privileged: false\n    privileged: true\n")).toEqual(["duplicate-key@5:5", "no-privileged@5:17"]);
    expect(ids("services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    privileged: false\n")).toEqual(["no-privileged@4:17", "duplicate-key@5:5"]);
    // A whole service written twice: both definitions are checked.
    const twice = ids('services:\n  db:\n    image: postgres:16\n    ports: ["127.0.0.1:5432:5432"]\n  db:\n    image: postgres:16\n');
    expect(twice).toContain("duplicate-key@5:3");
    const once = ids('services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n  db:\n    image: postgres:16\n');
    expect(once.some((f) => f.startsWith("no-published-database-port@4:"))).toBe(true);
  });

  test("as a project too (the command line): the earlier value is judged in every file of it", async () => {
    const single = scratch({ "compose.yaml": 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n    ports: ["127.0.0.1:5432:5432"]\n' });
    const run = runCli(["--format", "compact", "."], { cwd: single });
    expect(run.stdout.split("\n").filter(Boolean).map((l) => l.split(": ")[0])).toEqual(["compose.yaml:4:13", "compose.yaml:5:5"]);
    const project = scratch({ "compose.yaml": "services:\n  db:\n    image: postgres:16\n", "compose.override.yaml": 'services:\n  db:\n    ports: ["5432:5432"]\n    ports: ["127.0.0.1:5432:5432"]\n    privileged: true # compose-lint ignore=no-privileged\n    privileged: false\n' });
    const result = await lintFiles(["."], { cwd: project, env: {} });
    const found = result.files.flatMap((f) => f.findings.map((x) => `${x.ruleId}@${x.span.file}:${x.span.line}:${x.span.column}`));
    expect(found).toEqual(["no-published-database-port@compose.override.yaml:3:13", "duplicate-key@compose.override.yaml:4:5", "duplicate-key@compose.override.yaml:6:5"]);
  });

  test("an ignore comment that silences a finding of the earlier value is not called unused", () => {
    const text = "services:\n  web:\n    image: nginx:1.27\n    privileged: true # compose-lint ignore=no-privileged\n    privileged: false\n";
    expect(ids(text)).toEqual(["duplicate-key@5:5"]);
  });
});

describe("multiple documents", () => {
  test("are a yaml-syntax finding of ours at the second document", () => {
    const result = loadComposeText("services:\n  a:\n    image: x\n---\nservices:\n  b:\n    image: y\n", "compose.yaml");
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.ruleId).toBe("yaml-syntax");
    expect(result.problems[0]!.message).toContain("2 YAML documents");
    expect(result.problems[0]!.message).not.toContain("parseAllDocuments");
    expect(result.problems[0]!.span.line).toBe(4);
  });

  test("a trailing `---` adds no document (compose-go skips it too)", () => {
    expect(loadComposeText("services:\n  a:\n    image: x\n---\n", "compose.yaml").problems).toEqual([]);
  });
});

describe("nothing small stalls it", () => {
  test("4,000 merges of one anchor load in well under a second or two", () => {
    const services = Array.from({ length: 4000 }, (_, i) => `  s${i}:\n    <<: *b\n`).join("");
    const text = `x-base: &b\n  image: nginx:1.27\n  restart: always\nservices:\n${services}`;
    const start = performance.now();
    const result = loadComposeText(text, "compose.yaml");
    expect(performance.now() - start).toBeLessThan(3000);
    expect(result.project!.services).toHaveLength(4000);
  });

  test("loading scales linearly: 10,000 services take well under 15 times as long as 1,000", () => {
    const compose = (n: number) => `x-base: &b {restart: always}\nservices:\n${Array.from({ length: n }, (_, i) => `  s${i}: {<<: *b, image: "nginx:1.27", ports: ["${i % 60000}:80"]}\n`).join("")}`;
    const small = compose(1000);
    const large = compose(10000);
    const time = (text: string) => {
      const start = performance.now();
      const result = loadComposeText(text, "compose.yaml");
      expect(result.problems).toEqual([]);
      return performance.now() - start;
    };
    time(small); // warm-up: the first run also compiles
    const smallTime = Math.min(time(small), time(small));
    // The better of two runs on each side: one garbage collection of the large heap, or a busy
    // machine, can add a few ms to a single run (a quadratic cost would be ~100x, not 15x).
    const largeTime = Math.min(time(large), time(large));
    expect(largeTime / smallTime).toBeLessThan(15);
  }, 30_000);

  test("alias bombs are refused as go-yaml refuses them (excessive aliasing), before anything expands them", () => {
    const levels = ['x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`x-${i}: &l${i} [${Array.from({ length: 10 }, () => (i === 1 ? "*a" : `*l${i - 1}`)).join(", ")}]`);
    const bomb = `${levels.join("\n")}\nservices:\n  web:\n    image: nginx\n    command: *l8\n`;
    const wide = `x-env: &env\n${Array.from({ length: 2000 }, (_, i) => `  K${i}: v\n`).join("")}services:\n${Array.from({ length: 2000 }, (_, i) => `  s${i}: {image: nginx, environment: *env}\n`).join("")}`;
    for (const text of [bomb, wide]) {
      const start = performance.now();
      const found = lintText(text, "compose.yaml", { env: {} }).findings;
      expect(performance.now() - start).toBeLessThan(3000);
      expect(found.map((f) => f.ruleId)).toEqual(["yaml-syntax"]);
      expect(found[0]!.message).toContain("excessive aliasing");
    }
    // Ordinary sharing stays far below the limit: 50 services merging one anchor of 20 keys.
    const shared = `x-base: &base\n${Array.from({ length: 20 }, (_, i) => `  k${i}: v\n`).join("")}services:\n${Array.from({ length: 50 }, (_, i) => `  s${i}:\n    <<: *base\n    image: nginx:1.27\n`).join("")}`;
    expect(loadComposeText(shared, "compose.yaml").problems).toEqual([]);
  });

  test("an anchor redefined later: each alias refers to the closest one before it", () => {
    const text = "x-a: &a {image: one}\nservices:\n  first: *a\n  x: &a {image: two}\n  second: *a\n";
    const names = loadComposeText(text, "compose.yaml").project!.services.map((s) => `${s.name.value}=${s.image?.value.text ?? ""}`);
    expect(names).toEqual(["first=one", "x=two", "second=two"]);
  });

  test(`interpolation nested ${2500} deep is a not-linted finding, not a stack overflow`, () => {
    const value = `${"${A:-".repeat(2500)}x${"}".repeat(2500)}`;
    const found = lintText(`services:\n  web:\n    image: "${value}"\n`, "compose.yaml", { env: {} }).findings;
    expect(found.map((f) => f.ruleId)).toContain("not-linted");
    expect(found.find((f) => f.ruleId === "not-linted")!.span.line).toBe(3);
    expect(interpolate(value, {}).tooDeep).toBe(true);
  });

  test.each([
    ["block mappings 3,000 deep", `services:\n  web:\n    image: nginx\n    labels:\n${Array.from({ length: 3000 }, (_, i) => `${"  ".repeat(i + 3)}k${i}:\n`).join("")}`],
    ["flow mappings 20,000 deep", `services:\n  web:\n    image: nginx\n    x-l: ${"{a: ".repeat(20000)}1${"}".repeat(20000)}\n`],
  ])("YAML nested too deep for the JavaScript stack (%s) is a not-linted finding inside the file", (_name, text) => {
    const result = lintText(text, "compose.yaml", { env: {} });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["not-linted"]);
    expect(result.findings[0]!.message).toContain("nests deeper than compose-lint can follow");
    const lines = splitLines(text);
    const { line, column } = result.findings[0]!.span;
    expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
  });

  // Each of these has the root, services and web around it: MAX_DEPTH - 3 levels of its own fit.
  const blockNested = (levels: number) => `services:\n  web:\n    image: nginx\n    labels:\n${Array.from({ length: levels }, (_, i) => `${"  ".repeat(i + 3)}k${i}:\n`).join("")}`;
  const flowNested = (levels: number) => `services:\n  web:\n    image: nginx\n    x-l: ${"{a: ".repeat(levels)}1${"}".repeat(levels)}\n`;
  const mixed = (levels: number) => `services:\n  web:\n    image: nginx\n    labels:\n${Array.from({ length: levels }, (_, i) => `${"  ".repeat(i + 3)}k${i}:\n`).join("")}${"  ".repeat(levels + 3)}f: ${"[".repeat(levels)}1${"]".repeat(levels)}\n`;
  test.each([
    ["block mappings", blockNested(MAX_DEPTH - 3), blockNested(MAX_DEPTH - 2)],
    ["flow mappings", flowNested(MAX_DEPTH - 3), flowNested(MAX_DEPTH - 2)],
    ["block mappings around flow sequences", mixed((MAX_DEPTH - 4) / 2), mixed((MAX_DEPTH - 2) / 2)],
  ])("how deep %s may nest is the same for every reader and every run (%#)", (_name, deepest, deeper) => {
    // A limit set by the JavaScript stack alone moved with what the engine had compiled so far.
    for (let run = 0; run < 3; run++) {
      for (const reader of ["scan", "cst", "document"] as const) {
        const read = parseTree(deepest, "compose.yaml", {}, "later", { reader });
        expect(read.problems).toEqual([]);
        expect(read.root?.kind).toBe("map");
        const refused = parseTree(deeper, "compose.yaml", {}, "later", { reader });
        expect(refused.root).toBeUndefined();
        expect(refused.problems.map((p) => p.ruleId)).toEqual(["not-linted"]);
      }
    }
  });

  test("blank lines after a deeply indented line (quadratic in the YAML parser) are refused quickly, with a finding", () => {
    const nested = Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i + 3)}k${i}:\n`).join("");
    const text = `services:\n  web:\n    image: nginx\n    labels:\n${nested}${"  ".repeat(303)}v: 1\n${"\n".repeat(600_000)}x-end: 1\n`;
    const start = performance.now();
    const found = lintText(text, "compose.yaml", { env: {} }).findings;
    expect(performance.now() - start).toBeLessThan(3000);
    expect(found.map((f) => `${f.ruleId}@${f.span.line}`)).toEqual(["not-linted@306"]);
    expect(found[0]!.message).toContain("would stall the YAML parser");
    // Ordinary blank lines and comments stay far below the budget.
    expect(ids(`services:\n  web:\n    image: nginx:1.27\n${"    # note\n\n".repeat(5000)}    read_only: true\n`)).toEqual([]);
  });

  test("nesting up to the limit is still evaluated", () => {
    const depth = MAX_INTERPOLATION_DEPTH;
    const value = `${"${A:-".repeat(depth)}x${"}".repeat(depth)}`;
    expect(interpolate(value, {})).toMatchObject({ value: "x" });
    expect(interpolate(value, {}).tooDeep).toBeUndefined();
  });
});

describe("every position lies inside the file", () => {
  const inside = (text: string) => {
    const lines = splitLines(text);
    for (const f of lintText(text, "compose.yaml", { env: {} }).findings) {
      for (const [line, column] of [[f.span.line, f.span.column], [f.span.endLine, f.span.endColumn]] as const) {
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lines.length);
        expect(column).toBeGreaterThanOrEqual(1);
        expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
      }
    }
  };
  test("a syntax error at the end of the file", () => {
    inside("services:\n  web:\n    image: [nginx,\n");
    inside("services: {web: {image: nginx");
  });
  test("syntax errors after earlier errors", () => {
    const text = Array.from({ length: 13 }, (_, i) => `k${i}: "a\tb" : [x`).join("\n") + "\nlast: {x: ]\n";
    inside(text);
  });
});

describe("__proto__ is an ordinary key", () => {
  test("a service named __proto__ is checked like any other", () => {
    const found = ids("services:\n  __proto__:\n    image: nginx:1.27\n    privileged: true\n");
    expect(found).toContain("no-privileged@4:17");
  });

  test("a service named __proto__ gets the schema check at its unknown key", () => {
    const found = ids("services:\n  __proto__:\n    image: nginx:1.27\n    bogus: 1\n  constructor:\n    image: nginx:1.27\n    bogus: 2\n");
    expect(found.filter((f) => f.startsWith("compose-schema@"))).toEqual(["compose-schema@4:5", "compose-schema@7:5"]);
    const messages = lintText("services:\n  web:\n    image: nginx:1.27\n    __proto__: 1\n    constructor: 2\n", "compose.yaml", { env: {} }).findings.map((f) => f.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).not.toMatch(/object Object|native code/);
  });

  test("services, images and variables named after Object's own properties break no rule (found by the fuzz suite)", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const text = `services:\n  ${name}:\n    image: ${name}\n    environment:\n      - "${name}=~"\n    ports: ["8080:80"]\n`;
      const found = lintText(text, "compose.yaml", { env: {} }).findings;
      expect(found.filter((f) => f.ruleId === "internal-error")).toEqual([]);
      expect(found.map((f) => f.ruleId)).toContain("no-unbound-port");
    }
  });

  test("a __proto__ key merged through << reaches the schema check", () => {
    const result = loadComposeText("x-evil: &e\n  __proto__: {privileged: true}\nservices:\n  web:\n    <<: *e\n    image: nginx:1.27\n", "compose.yaml");
    const web = (result.file.data as { services: Record<string, Record<string, unknown>> }).services.web!;
    expect(Object.keys(web)).toContain("__proto__");
    expect(Object.getPrototypeOf(web)).toBe(Object.prototype);
    const found = ids("x-evil: &e\n  __proto__: {privileged: true}\nservices:\n  web:\n    <<: *e\n    image: nginx:1.27\n");
    expect(found.some((f) => f.startsWith("compose-schema@"))).toBe(true);
  });
});

describe("input size and encodings", () => {
  test("sizes are read as written", () => {
    expect(parseSize("10MB")).toBe(10_000_000);
    expect(parseSize("512KiB")).toBe(524_288);
    expect(parseSize("1048576")).toBe(1_048_576);
    expect(parseSize("ten")).toBeUndefined();
    expect(parseSize("0")).toBeUndefined();
    expect(formatSize(52_000_000)).toBe("52 MB");
  });

  test("a file over --max-file-size is not linted, says so, and fails the run (exit 1)", () => {
    const dir = scratch({ "compose.yaml": `services:\n  web:\n    image: nginx:1.27\n${"# padding\n".repeat(300)}`, "small/compose.yaml": "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n" });
    const run = runCli(["--max-file-size", "1000", "-f", "json", "."], { cwd: dir });
    expect(run.status).toBe(1);
    const files = JSON.parse(run.stdout).files as { path: string; findings: { ruleId: string; message: string }[] }[];
    const big = files.find((f) => f.path === "compose.yaml")!;
    expect(big.findings.map((f) => f.ruleId)).toEqual(["not-linted"]);
    expect(big.findings[0]!.message).toBe("not linted: 3 KB is over --max-file-size 1 KB");
    expect(files.find((f) => f.path === "small/compose.yaml")!.findings.map((f) => f.ruleId)).toContain("no-privileged");
  });

  test("standard input over --max-file-size is not linted either, and .env files over it are not read", async () => {
    const run = runCli(["--max-file-size", "100", "-f", "json", "-"], { input: `services:\n  web:\n    image: nginx:1.27\n${"# pad\n".repeat(50)}` });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).files[0].findings[0].message).toBe("not linted: standard input is over --max-file-size 100 bytes");
    const dir = scratch({ "compose.yaml": "services:\n  web:\n    image: nginx:${TAG:-1.27}\n", ".env": `TAG=latest\n${"# pad\n".repeat(50)}` });
    const result = await lintFiles(["compose.yaml"], { cwd: dir, env: {}, maxFileSize: 200 });
    expect(result.files[0]!.findings.map((f) => f.ruleId)).toEqual(["not-linted"]);
    expect(result.files[0]!.findings[0]!.message).toContain("is over --max-file-size 200 bytes, so it was not read");
  });

  test("a --max-file-size that is not a size is a usage error", () => {
    expect(runCli(["--max-file-size", "lots", "."]).status).toBe(2);
  });

  test("UTF-16 with a byte order mark is read (Docker reads it), not called binary", () => {
    const text = "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le)).toEqual({ text });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text });
    expect(decodeText(Buffer.from("a\0b"))).toHaveProperty("error");
  });

  test.skipIf(process.platform === "win32")(".env linked to /dev/urandom, or a FIFO, neither hangs nor is read", async () => {
    const compose = "services:\n  web:\n    image: nginx:${TAG:-1.27}\n";
    const dir = scratch({ "a/compose.yaml": compose, "b/compose.yaml": compose });
    symlinkSync("/dev/urandom", join(dir, "a", ".env"));
    execFileSync("mkfifo", [join(dir, "b", ".env")]);
    const start = performance.now();
    const result = await lintFiles(["."], { cwd: dir, env: {} });
    expect(performance.now() - start).toBeLessThan(5000);
    for (const file of result.files) {
      expect(file.findings.map((f) => f.ruleId)).toEqual(["not-linted"]);
      expect(file.findings[0]!.message).toContain(".env file beside it is not a regular file");
    }
  });
});

describe("per-file isolation", () => {
  test("a file the parser cannot survive becomes an internal-error or a syntax finding; the others are linted and every output is written", () => {
    const deep = `services:\n  web:\n    image: nginx\n    labels: ${"[".repeat(200_000)}\n`;
    const dir = scratch({ "a/compose.yaml": deep, "b/compose.yaml": "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n" });
    const run = runCli(["-f", "json", "-f", "sarif=out.sarif", "."], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const files = JSON.parse(run.stdout).files as { path: string; findings: { ruleId: string; level: string }[] }[];
    expect(files.map((f) => f.path)).toEqual(["a/compose.yaml", "b/compose.yaml"]);
    expect(files[0]!.findings.length).toBeGreaterThan(0);
    expect(files[0]!.findings.every((f) => f.level === "error")).toBe(true);
    expect(files[1]!.findings.map((f) => f.ruleId)).toContain("no-privileged");
    const sarif = JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain("no-privileged");
  });

  test("an exception while loading one file is an internal-error for that file only", async () => {
    const dir = scratch({ "a/compose.yaml": "services:\n  web:\n    image: nginx:1.27\n", "b/compose.yaml": "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n" });
    // A poisoned environment: reading any variable throws, as an unforeseen loader bug would.
    let reads = 0;
    const env = Object.defineProperty({}, "TAG", {
      enumerable: true,
      get: () => {
        if (reads++ === 0) throw new Error("boom");
        return "1.27";
      },
    });
    const result = await lintFiles(["."], { cwd: dir, env, dotenv: false });
    expect(result.files.map((f) => f.path)).toEqual(["a/compose.yaml", "b/compose.yaml"]);
    expect(result.files[0]!.findings.map((f) => f.ruleId)).toEqual(["internal-error"]);
    expect(result.files[0]!.findings[0]!.message).toContain("boom");
    expect(result.files[1]!.findings.map((f) => f.ruleId)).toContain("no-privileged");
  });
});

describe("symbolic links in directory discovery", () => {
  test.skipIf(process.platform === "win32")("a link to a file inside the directory is followed, as Docker follows it", async () => {
    const dir = scratch({ "compose.yaml": "services:\n  web:\n    image: nginx:1.27\n", "evil.txt": "services:\n  web:\n    privileged: true\n    volumes: [/var/run/docker.sock:/var/run/docker.sock]\n" });
    symlinkSync("evil.txt", join(dir, "compose.override.yaml"));
    const result = await lintFiles(["."], { cwd: dir, env: {} });
    const override = result.files.find((f) => f.path === "compose.override.yaml")!;
    expect(override.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["no-privileged", "no-docker-socket-mount"]));
  });

  test.skipIf(process.platform === "win32")("a link leaving the directory is reported, never read, and nothing of its target is printed", () => {
    const outside = mkdtempSync(join(tmpdir(), "compose-lint-outside-"));
    writeFileSync(join(outside, "shadow"), "root:$6$SecretHashValue:19000:0:99999:7:::\n");
    const dir = scratch({ "app/docker-compose.yml": "services:\n  web:\n    image: nginx:1.27\n" });
    symlinkSync(join(outside, "shadow"), join(dir, "app", "compose.yaml"));
    for (const format of ["text", "json", "sarif"]) {
      const run = runCli(["-f", format, "app"], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).not.toContain("SecretHashValue");
      expect(run.stdout + run.stderr).not.toContain("$6$");
      expect(run.stdout).toContain("not-linted");
    }
    const run = runCli(["-f", "json", "app"], { cwd: dir });
    const files = JSON.parse(run.stdout).files as { path: string; findings: { ruleId: string; message: string }[] }[];
    expect(files.find((f) => f.path === "app/compose.yaml")!.findings[0]!.message).toContain("outside app");
  });

  test.skipIf(process.platform === "win32")("a file named on the command line is read as named, link or not", async () => {
    const outside = mkdtempSync(join(tmpdir(), "compose-lint-outside-"));
    writeFileSync(join(outside, "real.yaml"), "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
    const dir = scratch({});
    symlinkSync(join(outside, "real.yaml"), join(dir, "compose.yaml"));
    const result = await lintFiles(["compose.yaml"], { cwd: dir, env: {} });
    expect(result.files[0]!.findings.map((f) => f.ruleId)).toContain("no-privileged");
  });
});
