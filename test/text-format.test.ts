/**
 * The human text format: every finding's line starts with a jumpable `path:line:col`, messages
 * wrap to the terminal width without splitting a location or a code span, a per-rule count table
 * ends the listing, a service's strict notes form one block, and colour appears only when asked.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Finding, RuleMeta } from "../src/engine/rule.js";
import { formatJson } from "../src/format/json.js";
import { DEFAULT_WIDTH, MIN_WIDTH, messageAtoms, wrapAtoms } from "../src/format/text-layout.js";
import { FrameRenderer } from "../src/format/frame.js";
import { formatText } from "../src/format/text.js";
import type { FormatContext } from "../src/format/types.js";
import { enabledRules, lintText } from "../src/lint.js";
import type { LintResult } from "../src/lint.js";
import type { Level } from "../src/model/types.js";
import { repoRoot, runCli, scratch } from "./helpers.js";

const LONG =
  "service \"db\" publishes PostgreSQL port 5432:5432 on all interfaces (no host IP); anyone who reaches the host can connect. Drop `ports:` and connect over a compose network, or bind it to loopback (\"127.0.0.1:5432:5432\").";

function finding(ruleId: string, level: Level, line: number, column: number, message: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId, level, message, span: { file: "deploy/compose.yaml", line, column, endLine: line, endColumn: column + 4 }, related: [], ...extra };
}

function result(findings: Finding[], text = "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n"): LintResult {
  return { files: [{ path: "deploy/compose.yaml", text, findings }], errors: [] };
}

function context(extra: Partial<FormatContext> = {}): FormatContext {
  return { rules: enabledRules({ strict: true }).map((r) => r.rule.meta), color: false, cwd: "/", ...extra };
}

/** Lines of a finding block: its header line and the hanging-indented lines after it. */
function block(output: string, location: string): string[] {
  const lines = output.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`${location} `));
  expect(start, output).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !/^ {4}\S/.test(line) || /^ {4}\d* *\|/.test(line));
  return [lines[start]!, ...rest.slice(0, end === -1 ? rest.length : end)];
}

const STRICT_SERVICE = "services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:16.4\n    privileged: true\n";

describe("each finding's line starts with path:line:col", () => {
  test("the header line is `path:line:col  level  message`, the rule id stays visible, the file is a group header", () => {
    const out = formatText(result([finding("no-published-database-port", "error", 4, 12, LONG)]), context());
    expect(out).toMatch(/^deploy\/compose\.yaml \(1 problem\)\ndeploy\/compose\.yaml:4:12 {2}error {2}service "db" publishes/);
    expect(block(out, "deploy/compose.yaml:4:12").join("\n")).toMatch(/\[no-published-database-port\]$/);
  });

  test("a real lint: every finding line's location points at the finding's own span", () => {
    const file = lintText(STRICT_SERVICE, "compose.yaml", { env: {} });
    const out = formatText({ files: [file], errors: [] }, context());
    for (const f of file.findings) expect(out).toContain(`compose.yaml:${f.span.line}:${f.span.column}  ${f.level}  `);
  });

  test("related places are kept as `see also path:line:col:` lines", () => {
    const related = [{ message: "the PostgreSQL image", span: { file: "compose.yaml", line: 3, column: 12, endLine: 3, endColumn: 20 } }];
    const out = formatText(result([finding("no-published-database-port", "error", 4, 12, "short", { related })]), context());
    expect(out).toMatch(/^ {4}see also compose\.yaml:3:12: the PostgreSQL image$/m);
  });

  test("a suppressed finding with --show-suppressed is shown as ignored with its reason, and is not counted", () => {
    const suppressed = finding("no-published-database-port", "error", 4, 12, "short", { suppression: { kind: "inSource", justification: "local only" } });
    const base = result([finding("no-privileged", "error", 2, 3, "privileged")]);
    base.files[0]!.suppressed = [suppressed];
    const out = formatText(base, context({ showSuppressed: true }));
    expect(out).toMatch(/^deploy\/compose\.yaml:4:12 {2}ignored {2}short \[no-published-database-port\] \(suppressed: local only\)$/m);
    expect(out).toContain("1 problem (1 error, 0 warnings, 0 notes)");
    expect(out).toMatch(/^deploy\/compose\.yaml \(1 problem, 1 suppressed\)$/m);
    expect(formatText(base, context())).not.toContain("deploy/compose.yaml:4:12");
  });
});

describe("wrapping", () => {
  test("every line fits the given width, with a hanging indent", () => {
    for (const width of [60, 80, 100, 140]) {
      const out = formatText(result([finding("no-published-database-port", "error", 4, 12, LONG)]), context({ width }));
      const lines = block(out, "deploy/compose.yaml:4:12");
      expect(lines.length, out).toBeGreaterThan(1);
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(width);
      for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}\S/);
      // Rejoined, the lines give back the message word for word.
      expect(lines.map((l) => l.trim()).join(" ")).toBe(`deploy/compose.yaml:4:12  error  ${LONG} [no-published-database-port]`);
    }
  });

  test("pipes and files get 100 columns; a tiny terminal still gets the minimum", () => {
    const lines = (width?: number) => block(formatText(result([finding("r", "error", 4, 12, LONG)]), context({ width })), "deploy/compose.yaml:4:12");
    expect(Math.max(...lines().map((l) => l.length))).toBeLessThanOrEqual(DEFAULT_WIDTH);
    expect(Math.max(...lines().map((l) => l.length))).toBeGreaterThan(80);
    expect(lines(5)).toEqual(lines(MIN_WIDTH));
  });

  test("a path too long to leave room for the message: the location line stands alone, no trailing space", () => {
    const path = `${"very-long-directory-name/".repeat(4)}compose.yaml`;
    const long: LintResult = { files: [{ path, text: "services: {}\n", findings: [finding("r", "error", 1, 1, LONG)] }], errors: [] };
    const lines = formatText(long, context({ width: 80 })).split("\n");
    const at = lines.indexOf(`${path}:1:1  error`);
    expect(at, lines.join("\n")).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {4}service "db" publishes/);
    for (const line of lines) expect(line).not.toMatch(/ $/);
  });

  test("never breaks inside a backticked code span or a file:line:col", () => {
    const message = "see `security_opt: [\"no-new-privileges:true\"]` and compose.override.yaml:12:7 then `cap_drop: [ALL]` now";
    // From the narrowest width where the longest atom fits on a continuation line.
    for (let width = 46; width <= 120; width++) {
      const lines = wrapAtoms(messageAtoms(message), width, 10, 4);
      const joined = lines.join("\n");
      expect(joined).toContain('`security_opt: ["no-new-privileges:true"]`');
      expect(joined).toContain("`cap_drop: [ALL]`");
      expect(joined).toContain("compose.override.yaml:12:7");
      for (const [i, line] of lines.entries()) expect(line.length + (i === 0 ? 10 : 0)).toBeLessThanOrEqual(width);
    }
  });

  test("only an atom wider than a whole line is cut, and nothing is lost", () => {
    const long = "x".repeat(250);
    const lines = wrapAtoms(messageAtoms(`before ${long} after`), 60, 20, 4);
    for (const [i, line] of lines.entries()) expect(line.length + (i === 0 ? 20 : 0)).toBeLessThanOrEqual(60);
    expect(lines.join("").replace(/ /g, "")).toBe(`before${long}after`);
  });

  test("unbalanced backticks do not glue the rest of the message into one atom", () => {
    expect(messageAtoms("a `b c d").map((a) => a.text)).toEqual(["a", "`b", "c", "d"]);
    expect(messageAtoms("a `b c` d").map((a) => a.text)).toEqual(["a", "`b c`", "d"]);
  });
});

describe("per-rule count table", () => {
  test("lists rule id, level and count, most severe first, before the summary", () => {
    const findings = [
      finding("note-rule", "note", 1, 1, "n1"),
      finding("warn-rule", "warning", 2, 3, "w1"),
      finding("warn-rule", "warning", 3, 5, "w2"),
      finding("err-rule", "error", 4, 1, "e1"),
    ];
    const out = formatText(result(findings), context());
    const tail = out.slice(out.indexOf("\nrule "));
    expect(tail).toMatch(/^\nrule +level +count\nerr-rule +error +1\nwarn-rule +warning +2\nnote-rule +note +1\n\n4 problems \(1 error, 2 warnings, 1 note\)/);
  });

  test("absent with a single finding and with none", () => {
    expect(formatText(result([finding("err-rule", "error", 4, 1, "e1")]), context())).not.toMatch(/^rule +level +count$/m);
    expect(formatText(result([]), context())).not.toMatch(/^rule +level +count$/m);
  });
});

describe("a service's strict notes are one block", () => {
  const file = lintText(STRICT_SERVICE, "compose.yaml", { env: {}, strict: true });
  const lint: LintResult = { files: [file], errors: [] };

  test("one header line per service naming what is missing, each rule id listed, one frame", () => {
    const out = formatText(lint, context({ width: 300 }));
    const notes = file.findings.filter((f) => f.level === "note" && f.ruleId.startsWith("require-"));
    expect(notes.length).toBeGreaterThanOrEqual(10);
    expect(out).toMatch(/^compose\.yaml:2:3 {2}note {2}service "web": no no-new-privileges, read_only, cap_drop ALL, non-root user, limits \[require-no-new-privileges, require-read-only, require-cap-drop-all, require-non-root-user, require-resource-limits\]$/m);
    expect(out).toMatch(/^compose\.yaml:4:3 {2}note {2}service "db": no /m);
    // One frame per service name, where there used to be five.
    expect(out.match(/^ {4}2 \| {3}web:$/gm)).toHaveLength(1);
    expect(out.match(/^ {4}4 \| {3}db:$/gm)).toHaveLength(1);
    expect(out.match(/^compose\.yaml:2:3 /gm)).toHaveLength(1);
    // The error on the same service stays its own block.
    expect(out).toMatch(/^compose\.yaml:6:17 {2}error {2}service "db" runs privileged/m);
  });

  test("counts, the table and the JSON output are those of the ungrouped findings", () => {
    const out = formatText(lint, context());
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of file.findings) counts[f.level]++;
    expect(out).toContain(`${file.findings.length} problems (${counts.error} error`);
    expect(out).toMatch(/^require-read-only +note +2$/m);
    expect(out).toContain("compose-lint --explain RULE");
    const json = JSON.parse(formatJson(lint, context()));
    expect(json.files[0].findings).toHaveLength(file.findings.length);
  });

  test("a single strict note, a suppressed one, or a non-strict rule is not grouped", () => {
    const rules: RuleMeta[] = context().rules.map((meta) => (meta.id === "require-read-only" ? { ...meta, preset: "recommended" } : meta));
    const out = formatText(lint, context({ rules, width: 300 }));
    expect(out).toMatch(/^compose\.yaml:2:3 {2}note {2}service "web": no no-new-privileges, cap_drop ALL, non-root user, limits \[/m);
    expect(out).toMatch(/^compose\.yaml:2:3 {2}note {2}service "web" has a writable root file system/m);
    const one = formatText({ files: [{ ...file, findings: file.findings.filter((f) => f.ruleId === "require-read-only") }], errors: [] }, context());
    expect(one).toMatch(/^compose\.yaml:2:3 {2}note {2}service "web" has a writable root file system/m);
  });
});

describe("colour", () => {
  test("only when the context asks for it; the level keeps its colour", () => {
    const findings = [finding("err-rule", "error", 4, 1, "e1"), finding("warn-rule", "warning", 2, 3, "w1")];
    expect(formatText(result(findings), context())).not.toContain("\x1b");
    const coloured = formatText(result(findings), context({ color: true }));
    expect(coloured).toContain("\x1b[31merror\x1b[0m");
    expect(coloured).toContain("\x1b[33mwarning\x1b[0m");
  });

  test("the CLI writing to a pipe prints no colour and wraps at 100 columns", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports: ["5432:5432"]\n' });
    const run = runCli(["compose.yaml"], { cwd: dir, env: { COLUMNS: "40" } });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("\x1b");
    expect(run.stdout).toMatch(/^compose\.yaml:4:13 {2}error {2}service "db" publishes PostgreSQL/m);
    for (const line of run.stdout.split("\n").filter((l) => !/^ {4}\d* *\|/.test(l))) expect(line.length, line).toBeLessThanOrEqual(DEFAULT_WIDTH);
    expect(Math.max(...run.stdout.split("\n").map((l) => l.length))).toBeGreaterThan(60);
  });

  test.runIf(process.platform === "linux")("the CLI on a terminal wraps to its width, in colour", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports: ["5432:5432"]\n' });
    const bin = new URL("../bin/compose-lint.js", import.meta.url).pathname;
    // util-linux `script` gives the CLI a pseudo-terminal of 60 columns.
    const run = spawnSync("script", ["-qec", `stty cols 60; "${process.execPath}" "${bin}" compose.yaml`, "/dev/null"], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
    // eslint-disable-next-line no-control-regex
    const plain = run.stdout.replace(/\x1b\[[0-9;]*m/g, "").replace(/\r/g, "");
    expect(run.stdout).toContain("\x1b[31merror\x1b[0m");
    const lines = block(plain, "compose.yaml:4:13");
    expect(lines.length, plain).toBeGreaterThan(3);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(60);
  });
});

describe("README's text examples are what the CLI prints", () => {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const textBlock = (after: string) => /```text\n([^]*?)```/.exec(readme.slice(readme.indexOf(after)))![1]!;

  test("the example near the top: each excerpt between `…` lines is in the output of `compose-lint examples/`", () => {
    const run = runCli(["examples/"]);
    expect(run.status).toBe(1);
    const excerpts = textBlock("**On a fresh machine**").split("\n…\n").map((part) => part.replace(/^\n+|\n+$/g, ""));
    expect(excerpts).toHaveLength(3);
    for (const excerpt of excerpts) expect(run.stdout).toContain(excerpt);
    expect(excerpts[2]).toMatch(/^rule +level +count\n/);
  });

  test("the strict grouping example under Text output", () => {
    const dir = scratch({ "compose.yaml": STRICT_SERVICE });
    const run = runCli(["--strict", "compose.yaml"], { cwd: dir });
    expect(run.stdout).toContain(textBlock("### Text output"));
  });
});

describe("code frames find their line in any order", () => {
  test("each frame shows line N of the text split at \\n (without a trailing \\r), whatever order the findings come in", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[a-z ]{0,12}$/), fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: -1, max: 15 }), { minLength: 1, maxLength: 12 }),
        (rows, asked) => {
          const text = rows.map(([line, crlf]) => (crlf ? `${line}\r` : line)).join("\n");
          const lines = text.split("\n");
          const frames = new FrameRenderer(text, []);
          for (const line of asked) {
            const frame = frames.frame(finding("no-unbound-port", "warning", line, 1, "m"));
            const expected = lines[line - 1]?.replace(/\r$/, "");
            expect(frame?.text).toBe(expected);
          }
        },
      ),
    );
  });
});
