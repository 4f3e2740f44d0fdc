/**
 * Issue 7, section 4: nothing printed is executed by what reads it. A hostile finding set (file
 * paths and service names that are workflow commands, `##[` markers, terminal escapes, bidi
 * overrides, CR/LF) is rendered in every format, and every line of every output is checked: no
 * line starts a workflow command (but the github format's own annotations), no `##[` anywhere, no
 * raw control character. JSON and XML consumers still read the exact values.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Finding, RuleMeta } from "../src/engine/rule.js";
import { guardJson, guardMarkdown, guardText, guardXml } from "../src/format/escape.js";
import { FORMAT_NAMES, loadFormatter } from "../src/format/index.js";
import type { LintResult } from "../src/lint.js";
import { runCli, scratch } from "./helpers.js";

const PATH = "::set-output name=ok::true-compose.yaml";
const SERVICE = "##[error]x";
const MESSAGE = `service "${SERVICE}" \u001b]0;pwned\u0007 \u001b[2J \u202eevil\u202c \u2066x\u2069 \u0085nel \u009b31m del\u007f\r\n::add-mask::secret\n  ::error::forged`;

const RULE: RuleMeta = { id: "some-rule", description: "d", level: "error", preset: "recommended", tags: ["security"], help: "h", securitySeverity: 5 };

function hostile(): LintResult {
  const span = (file: string, line: number) => ({ file, line, column: 1, endLine: line, endColumn: 4 });
  const findings: Finding[] = [
    { ruleId: "some-rule", level: "error", message: MESSAGE, span: span(PATH, 1), related: [{ span: span("::warning::rel.yaml", 2), message: `##[group]${SERVICE}\n::endgroup::` }] },
    { ruleId: "some-rule", level: "warning", message: "::notice::plain", span: span(PATH, 2), related: [] },
  ];
  return {
    files: [{ path: PATH, text: `services:\n  "${SERVICE}\u001b[31m":\n    image: x\n`, findings }],
    errors: [{ path: "::error::bad\r\n##[warning]path", message: "no such file or directory" }],
  };
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** What the github format may itself start a line with: its annotations and the stop-commands fence. */
const OWN_COMMAND = /^::(error|warning|notice) (file=[^:]*,)?(line=\d+,(col=\d+,)?endLine=\d+,(endColumn=\d+,)?)?title=[^:]*::|^::stop-commands::compose-lint-[0-9a-f]{32}$|^::compose-lint-[0-9a-f]{32}::$/;

function checkLines(format: string, output: string): void {
  // Code Climate's engine spec frames each issue with a NUL: the one raw character allowed, between records.
  const text = format === "codeclimate" ? output.replace(/\}\0\n/g, "}\n") : output;
  for (const line of text.split("\n")) {
    expect(line, `${format}: ${JSON.stringify(line)}`).not.toMatch(RAW_CONTROL);
    expect(line, `${format}: ${JSON.stringify(line)}`).not.toContain("##[");
    if (/^\s*::/.test(line)) {
      expect(format, `${format} starts a command: ${JSON.stringify(line)}`).toBe("github");
      expect(line).toMatch(OWN_COMMAND);
    }
  }
}

describe("every format, a hostile finding set, line by line", () => {
  for (const format of FORMAT_NAMES) {
    test(format, async () => {
      const formatter = (await loadFormatter(format))!;
      const output = formatter(hostile(), { rules: [RULE], color: false, cwd: "/work/repo", env: {} } as Parameters<typeof formatter>[1]);
      expect(output.length).toBeGreaterThan(0);
      checkLines(format, output);
    });
  }

  test("text with colour keeps only its own colour codes", async () => {
    const output = (await loadFormatter("text"))!(hostile(), { rules: [RULE], color: true, cwd: "/" });
    // eslint-disable-next-line no-control-regex
    checkLines("text", output.replace(/\u001b\[[0-9;]*m/g, ""));
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/\u001b(?!\[[0-9;]*m)/);
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/^(\u001b\[[0-9;]*m)*::/m);
  });

  test("JSON formats keep the exact values", async () => {
    const json = JSON.parse((await loadFormatter("json"))!(hostile(), { rules: [RULE], color: false, cwd: "/" })) as { files: { path: string; findings: { message: string }[] }[] };
    expect(json.files[0]!.path).toBe(PATH);
    expect(json.files[0]!.findings[0]!.message).toBe(MESSAGE);
    const sarif = JSON.parse((await loadFormatter("sarif"))!(hostile(), { rules: [RULE], color: false, cwd: "/" })) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]!.results[0]!.message.text).toBe(MESSAGE);
  });
});

describe("the guards", () => {
  test("text: visible escapes, a command start and ##[ neutralised, own colours kept", () => {
    expect(guardText("a\n  ::error::x\n\u001b[1m::set-output x\n##[error] and a##[b\n\u0085\u202e")).toBe(
      "a\n  \\u{3a}:error::x\n\u001b[1m\\u{3a}:set-output x\n#\\u{23}[error] and a#\\u{23}[b\n\\u{85}\\u{202e}",
    );
    expect(guardText("\u001b]0;title\u0007")).toBe("\\u{1b}]0;title\\u{7}");
    expect(guardText("a: b :: c")).toBe("a: b :: c");
  });

  test("JSON, XML and Markdown use their own escapes", () => {
    expect(JSON.parse(guardJson(JSON.stringify({ v: "##[x] \u0085 \u202e" })))).toEqual({ v: "##[x] \u0085 \u202e" });
    expect(guardXml('<a v="##[x]">\n::b \u0085</a>')).toBe('<a v="#&#x23;[x]">\n&#x3a;:b &#x85;</a>');
    expect(guardMarkdown("| ##[x] |\n::y")).toBe("| #&#35;[x] |\n&#58;:y");
  });
});

describe("the CLI with a hostile file name and service name, every format", () => {
  const dir = scratch({});
  const name = "::set-output name=ok::true-compose.yaml";
  writeFileSync(join(dir, name), `services:\n  "##[error]x\\e[2J\\u202e":\n    image: nginx:1.27\n    ports: ["80:80"]\n`);
  for (const format of FORMAT_NAMES) {
    test(format, () => {
      const run = runCli(["--format", format, name], { cwd: dir, env: { GITHUB_WORKSPACE: dir } });
      expect(run.status).toBe(1);
      checkLines(format, run.stdout);
      checkLines(format, run.stderr);
    });
  }

  test("junit: no raw CR or LF from a name inside an attribute", () => {
    const run = runCli(["--format", "junit", name], { cwd: dir });
    for (const attribute of run.stdout.matchAll(/="([^"]*)"/g)) expect(attribute[1]).not.toMatch(/[\r\n]/);
    const python = spawnSync("python3", ["-c", "import sys, xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read())"], { input: run.stdout });
    if (python.error === undefined) expect(python.status, String(python.stderr)).toBe(0);
  });
});

describe("the CLI's other outputs", () => {
  test("--print-config and --list-rules pass through the guard", () => {
    const dir = scratch({ "::set-output name=x::y/.compose-lint.yaml": "rules:\n  no-unbound-port: note\n", "::set-output name=x::y/compose.yaml": "services: {}\n" });
    const printed = runCli(["--print-config", "::set-output name=x::y/compose.yaml"], { cwd: dir });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain("set-output");
    checkLines("print-config", printed.stdout);
    for (const format of ["text", "json"]) checkLines(`list-rules ${format}`, runCli(["--list-rules", "--format", format]).stdout);
  });
});
