/**
 * The CI formats, each checked the way its consumer reads it: GitHub's runner parses workflow
 * commands; JUnit and checkstyle go through a real XML parser (Python's expat); GitLab reads Code
 * Quality JSON; the Markdown summary has to render on GitHub and stay under its 1 MiB limit.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import type { Finding, RuleMeta } from "../src/engine/rule.js";
import { formatCheckstyle } from "../src/format/checkstyle.js";
import { exposureMap, mermaidLabel } from "../src/format/exposure-map.js";
import { escapeData, escapeProperty, formatGithub } from "../src/format/github.js";
import { formatGitlab } from "../src/format/gitlab.js";
import { FORMAT_NAMES, loadFormatter } from "../src/format/index.js";
import { formatJunit } from "../src/format/junit.js";
import { formatMarkdown, markdownText, STEP_SUMMARY_LIMIT } from "../src/format/markdown.js";
import { enabledRules, lintText } from "../src/lint.js";
import type { FileResult, LintResult } from "../src/lint.js";
import type { Level } from "../src/model/types.js";

const CWD = "/work/repo";

function meta(id: string, level: Level, securitySeverity: number): RuleMeta {
  return { id, description: `${id} description`, level, preset: "recommended", tags: ["security"], help: `${id} help`, securitySeverity };
}

const RULES = [meta("low-rule", "error", 2), meta("high-rule", "error", 9.5), meta("warn-rule", "warning", 5), meta("note-rule", "note", 1)];

function finding(ruleId: string, level: Level, line: number, message = `${ruleId} at line ${line}`, file = "compose.yaml"): Finding {
  return { ruleId, level, message, span: { file, line, column: 3, endLine: line, endColumn: 9 }, related: [] };
}

function fileResult(path: string, findings: Finding[], lines = 200): FileResult {
  return { path, text: Array.from({ length: lines }, (_, i) => `line ${i + 1}`).join("\n"), findings };
}

function context(env: Record<string, string> = {}) {
  return { rules: RULES, color: false, cwd: CWD, env };
}

/** A real lint of a compose file, with the shipped rules, as the CLI does it. */
function lintCompose(text: string, path = "compose.yaml"): { result: LintResult; rules: RuleMeta[] } {
  const file = lintText(text, path, { env: {} });
  return { result: { files: [file], errors: [] }, rules: enabledRules({}).map((r) => r.rule.meta) };
}

/** The runner's parsing of a `::command k=v,...::data` line, with its unescaping. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line.trimStart());
  if (!match) return undefined;
  const unescape = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: match[1]!, properties, data: unescape(match[3]!) };
}

describe("registry", () => {
  test("every new format is registered and loads on demand", async () => {
    for (const name of ["github", "junit", "gitlab", "checkstyle", "markdown"]) {
      expect(FORMAT_NAMES).toContain(name);
      expect(typeof (await loadFormatter(name))).toBe("function");
    }
  });
});

describe("github workflow commands", () => {
  test("escape data and properties as the runner unescapes them", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%d\n")).toBe("a%3Ab%2Cc%25d%0A");
    expect(escapeData("\u001b[31mred")).toBe("\\u{1b}[31mred");
  });

  test("one annotation per finding, with position, rule as title and workspace-relative path", () => {
    const result: LintResult = { files: [fileResult("deploy/compose.yaml", [finding("warn-rule", "warning", 4, "service \"web\" publishes 80:80", "deploy/compose.yaml")])], errors: [] };
    const out = formatGithub(result, context({ GITHUB_WORKSPACE: "/work" }));
    const command = parseCommand(out.split("\n")[0]!);
    expect(command).toEqual({
      command: "warning",
      properties: { file: "repo/deploy/compose.yaml", line: "4", col: "3", endLine: "4", endColumn: "9", title: "warn-rule" },
      data: 'service "web" publishes 80:80',
    });
    // Without GITHUB_WORKSPACE, relative to the working directory.
    expect(parseCommand(formatGithub(result, context()).split("\n")[0]!)?.properties.file).toBe("deploy/compose.yaml");
  });

  test("a message or path from the linted file cannot start another workflow command", () => {
    const evil = "x\n::error file=pwned.yaml,line=1::forged\r\n::add-mask::secret %0A ##[error]v1";
    const path = "evil::warning::,dir/compose.yaml";
    const result: LintResult = { files: [fileResult(path, [finding("warn-rule", "warning", 2, evil, path)])], errors: [] };
    const out = formatGithub(result, context());
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2); // the annotation and the closing count
    const command = parseCommand(lines[0]!)!;
    expect(command.command).toBe("warning");
    // Everything survives as written, but `##[` (read by the runner anywhere in a line), shown `#\u{23}[`.
    expect(command.data).toBe(evil.replace("##[", "#\\u{23}["));
    expect(out).not.toContain("##[");
    expect(command.properties.file).toBe(path);
    expect(lines[1]).toBe("compose-lint: 0 errors, 1 warning, 0 notes in 1 file checked.");
  });

  test("at most 10 per level, the most severe rules first; the rest counted in a notice and listed under stop-commands", () => {
    const findings = [
      ...Array.from({ length: 8 }, (_, i) => finding("low-rule", "error", 10 + i)),
      ...Array.from({ length: 6 }, (_, i) => finding("high-rule", "error", 30 + i, `high ::error:: ##[warning]${i}`)),
      ...Array.from({ length: 12 }, (_, i) => finding("warn-rule", "warning", 50 + i)),
      ...Array.from({ length: 3 }, (_, i) => finding("note-rule", "note", 80 + i)),
    ];
    const out = formatGithub({ files: [fileResult("compose.yaml", findings)], errors: [] }, context());
    const lines = out.trimEnd().split("\n");
    const commands = lines.map(parseCommand);
    const of = (name: string) => commands.filter((c) => c?.command === name && c.properties.file);
    expect(of("error")).toHaveLength(10);
    expect(of("error").slice(0, 6).every((c) => c!.properties.title === "high-rule")).toBe(true);
    expect(of("warning")).toHaveLength(10);
    expect(of("notice")).toHaveLength(3);
    const notice = commands.find((c) => c?.command === "notice" && !c.properties.file)!;
    expect(notice.data).toMatch(/^6 more findings not annotated: GitHub shows at most 10 errors, 10 warnings and 10 notices per step/);
    // The findings left out are plain log lines between stop-commands and its token.
    const start = lines.findIndex((l) => l.startsWith("::stop-commands::"));
    const token = lines[start]!.slice("::stop-commands::".length);
    const end = lines.indexOf(`::${token}::`);
    const plain = lines.slice(start + 1, end);
    expect(plain).toHaveLength(6);
    expect(plain.filter((l) => l.includes("[low-rule]"))).toHaveLength(4);
    expect(plain.filter((l) => l.includes("[warn-rule]"))).toHaveLength(2);
    expect(plain[0]).toBe("compose.yaml:14:3: error: low-rule at line 14 [low-rule]");
    expect(plain.some((l) => l.includes(token))).toBe(false);
  });

  test("keeps a notice slot for the notice when notes overflow", () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding("note-rule", "note", i + 1));
    const commands = formatGithub({ files: [fileResult("compose.yaml", findings)], errors: [] }, context())
      .split("\n")
      .map(parseCommand);
    expect(commands.filter((c) => c?.command === "notice")).toHaveLength(10);
    expect(commands.filter((c) => c?.command === "notice" && !c.properties.file)[0]!.data).toMatch(/^3 more findings/);
  });

  test("path errors are error annotations without a file", () => {
    const out = formatGithub({ files: [], errors: [{ path: "missing/", message: "no such file or directory" }] }, context());
    expect(parseCommand(out.split("\n")[0]!)).toEqual({ command: "error", properties: { title: "compose-lint" }, data: "missing/: no such file or directory" });
  });
});

const python = spawnSync("python3", ["-c", "import xml.etree.ElementTree"], { encoding: "utf8" });
const havePython = python.status === 0;

interface XmlNode {
  tag: string;
  attrib: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** Parses XML with Python's expat-based ElementTree: a real, strict XML 1.0 parser. */
function parseXml(xml: string): XmlNode {
  const script = `
import json, sys, xml.etree.ElementTree as ET
def walk(e): return {"tag": e.tag, "attrib": e.attrib, "text": e.text or "", "children": [walk(c) for c in e]}
print(json.dumps(walk(ET.fromstring(sys.stdin.buffer.read()))))`;
  const run = spawnSync("python3", ["-c", script], { input: xml, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`not well-formed XML: ${run.stderr}`);
  return JSON.parse(run.stdout) as XmlNode;
}

const HOSTILE = 'bad <tag> & "quotes" \'apos\' ]]> \u0001\u0008\u000b\u001f \ud800 \uffff tab\tnewline\n end';

const xmlParser = havePython ? "parsed with Python's expat" : "skipped: no python3 to parse the XML";

describe.skipIf(!havePython)(`JUnit XML (${xmlParser})`, () => {
  test("a suite per file, a failing case per finding, a passing case per clean rule; hostile text survives", () => {
    const result: LintResult = {
      files: [
        fileResult("compose.yaml", [finding("warn-rule", "warning", 4, HOSTILE), finding("high-rule", "error", 7)]),
        fileResult("other/compose.yml", []),
      ],
      errors: [{ path: "gone.yaml", message: "no such file or directory" }],
    };
    const root = parseXml(formatJunit(result, context()));
    expect(root.tag).toBe("testsuites");
    expect(root.attrib).toMatchObject({ tests: String(2 + 2 + 4 + 1), failures: "2", errors: "1" });
    const [first, second, paths] = root.children;
    expect(first!.attrib).toMatchObject({ name: "compose.yaml", tests: "4", failures: "2" });
    const failing = first!.children.filter((c) => c.children.some((f) => f.tag === "failure"));
    expect(failing.map((c) => c.attrib.name)).toEqual(["warn-rule at 4:3", "high-rule at 7:3"]);
    const failure = failing[0]!.children[0]!;
    expect(failure.attrib.type).toBe("warning");
    expect(failure.attrib.message).toContain('bad <tag> & "quotes" \'apos\' ]]> \\u{1}\\u{8}\\u{b}\\u{1f} \\u{d800} \\u{ffff} tab\tnewline\n end');
    expect(failure.text).toContain("compose.yaml:4:3: warning: bad <tag>");
    expect(failure.text).toContain("warn-rule help");
    expect(first!.children.filter((c) => c.children.length === 0).map((c) => c.attrib.name)).toEqual(["low-rule", "note-rule"]);
    expect(second!.attrib).toMatchObject({ name: "other/compose.yml", tests: "4", failures: "0" });
    expect(paths!.children[0]!.children[0]!.tag).toBe("error");
  });
});

describe.skipIf(!havePython)(`checkstyle XML (${xmlParser})`, () => {
  test("file elements with error elements carrying line, column, severity, message and source", () => {
    const result: LintResult = { files: [fileResult("compose.yaml", [finding("note-rule", "note", 3, HOSTILE)]), fileResult("clean/compose.yaml", [])], errors: [] };
    const root = parseXml(formatCheckstyle(result, context()));
    expect(root.tag).toBe("checkstyle");
    expect(root.children.map((f) => f.attrib.name)).toEqual(["compose.yaml", "clean/compose.yaml"]);
    const error = root.children[0]!.children[0]!;
    expect(error.tag).toBe("error");
    expect(error.attrib).toMatchObject({ line: "3", column: "3", severity: "info", source: "compose-lint.note-rule" });
    expect(error.attrib.message).toContain('bad <tag> & "quotes"');
  });
});

describe("GitLab Code Quality", () => {
  const compose = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n      - "80:80"\n      - "8443:443"\n';

  function report(text: string, env: Record<string, string> = {}) {
    const { result, rules } = lintCompose(text, "deploy/compose.yaml");
    return JSON.parse(formatGitlab(result, { rules, color: false, cwd: CWD, env })) as {
      description: string;
      check_name: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
  }

  test("objects carry description, check_name, fingerprint, severity and location.path/lines.begin", () => {
    const issues = report(compose);
    expect(issues.length).toBeGreaterThanOrEqual(4);
    for (const issue of issues) {
      expect(issue.description.length).toBeGreaterThan(10);
      expect(issue.check_name).toMatch(/^[a-z0-9-]+$/);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
      expect(issue.location.path).toBe("deploy/compose.yaml");
      expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
    }
    expect(issues.find((i) => i.check_name === "no-published-database-port")).toMatchObject({ severity: "critical", location: { lines: { begin: 5 } } });
    expect(issues.find((i) => i.check_name === "no-unbound-port")!.severity).toBe("major");
    // Two identical lines still give two distinct fingerprints.
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  test("fingerprints do not change when lines move; paths follow CI_PROJECT_DIR", () => {
    const before = report(compose);
    const after = report(`# moved down\n\n${compose}`);
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    expect(after[0]!.location.lines.begin).toBe(before[0]!.location.lines.begin + 2);
    expect(report(compose, { CI_PROJECT_DIR: "/work" })[0]!.location.path).toBe("repo/deploy/compose.yaml");
  });
});

describe("Markdown summary", () => {
  test("escapes Markdown, HTML, table pipes, mentions and issue references in text", () => {
    expect(markdownText("a|b <img src=x> *bold* [l](u) `c` @team #12 &amp; \\")).toBe(
      "a\\|b &lt;img src=x&gt; \\*bold\\* \\[l\\]\\(u\\) \\`c\\` @&#8203;team #&#8203;12 &amp;amp; \\\\",
    );
    expect(markdownText("two\nlines")).toBe("two\\\\nlines");
  });

  test("counts by level and rule, a findings table linking file:line, and the exposure map", () => {
    const { result, rules } = lintCompose(
      'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n  api:\n    image: example/api:1\n    ports:\n      - "8081:80"\n',
    );
    const env = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/shop", GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567", GITHUB_WORKSPACE: CWD };
    const md = formatMarkdown(result, { rules, color: false, cwd: CWD, env });
    expect(md).toContain("**2 problems** (1 error, 1 warning, 0 notes) in 1 file; 1 file checked.");
    expect(md).toContain("| `no-published-database-port` | 🔴 error | 1 |");
    expect(md).toContain("| `no-unbound-port` | 🟠 warning | 1 |");
    expect(md).toContain("| [compose.yaml:5](https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/compose.yaml#L5) | 🔴 error | `no-published-database-port` |");
    const mermaid = /```mermaid\n([^]*?)\n```/.exec(md)![1]!;
    expect(mermaid).toContain('internet(("Internet / any host interface"))');
    expect(mermaid).toContain('f0s0p0[/"0.0.0.0:5432 #8594; 5432/tcp (no host IP)"/]');
    expect(mermaid).toContain("internet --> f0s0p0 --> f0s0");
    expect(mermaid).toContain("loopback --> f0s1p0 --> f0s1");
    expect(mermaid).toContain('f0s1["web<br/>image: nginx:1.27"]');
    expect(mermaid).toMatch(/f0s0\["db<br\/>image: postgres:16<br\/>#9888; exposed database: PostgreSQL"\]/);
    expect(mermaid).toContain("class f0s0 danger");
  });

  test("without the run's repository, locations are plain text", () => {
    const { result, rules } = lintCompose('services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n');
    expect(formatMarkdown(result, { rules, color: false, cwd: CWD, env: {} })).toContain("| compose.yaml:4 | 🟠 warning |");
  });

  test("stays under GitHub's 1 MiB step summary limit on a large repository, saying what it left out", () => {
    const message = `service "x" publishes a port ${"with a long explanation ".repeat(20)}`;
    const files = Array.from({ length: 400 }, (_, f) =>
      fileResult(
        `stack-${f}/compose.yaml`,
        Array.from({ length: 20 }, (_, i) => finding("warn-rule", "warning", i + 1, message, `stack-${f}/compose.yaml`)),
      ),
    );
    const md = formatMarkdown({ files, errors: [] }, { ...context(), maxRows: Number.POSITIVE_INFINITY });
    expect(Buffer.byteLength(md)).toBeLessThan(STEP_SUMMARY_LIMIT);
    expect(Buffer.byteLength(md)).toBeGreaterThan(STEP_SUMMARY_LIMIT - 128 * 1024);
    expect(md).toMatch(/_\d+ more findings not listed \(the table shows the most severe\): see the SARIF report or the log of this step\._/);
    expect(md).toContain("**8000 problems**");
  });
});

describe("exposure map", () => {
  test("sanitises names into labels; ids never carry user text", () => {
    expect(mermaidLabel('a"b]`c<d>|\n#e')).toBe("a#34;b#93;#96;c#60;d#62;#124;#92;n#35;e");
    const { result } = lintCompose(
      'services:\n  "x\\"]; click x call alert()":\n    image: redis:7\n    privileged: true\n    ports: ["6379:6379"]\n    networks: ["n\\"et"]\n    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]\nnetworks:\n  "n\\"et": {internal: true}\n',
    );
    const { mermaid } = exposureMap([{ path: "compose.yaml", project: result.files[0]!.project! }]);
    for (const line of mermaid.split("\n").slice(1)) {
      expect(line).toMatch(
        /^ {2,4}(?:internet\(\("[^"]*"\)\)|loopback\(\("[^"]*"\)\)|subgraph f\d+\["[^"]*"\]|end|f\d+s\d+(?:p\d+)?(?:\["[^"`]*"\]|\[\/"[^"`]*"\/\])|f\d+n\d+\{\{"[^"`]*"\}\}|(?:internet|loopback|f\d+s\d+) (?:-->|-\.->|-\.->\|"[^"]*"\|) f\d+[sn]\d+(?:p\d+)?(?: --> f\d+s\d+)?|classDef .*|class [a-z0-9,]+ [a-z]+)$/,
      );
    }
    expect(mermaid).toContain("#9888; exposed database: Redis<br/>#9888; mounts the Docker socket<br/>#9888; privileged");
    expect(mermaid).toContain('f0n0{{"network: n#34;et<br/>internal"}}');
    expect(mermaid).toContain("f0s0 -.-> f0n0");
  });

  test("network_mode: host and specific bind addresses", () => {
    const { result } = lintCompose('services:\n  mon:\n    image: prom/node-exporter:v1.8.2\n    network_mode: host\n  lan:\n    image: nginx:1.27\n    ports: ["192.168.1.5:80:80", "[::1]:81:80"]\n');
    const { mermaid } = exposureMap([{ path: "compose.yaml", project: result.files[0]!.project! }]);
    expect(mermaid).toContain('internet -.->|"host network: every listening port"| f0s0');
    expect(mermaid).toContain('f0s1p0[/"192.168.1.5:80 #8594; 80/tcp"/]');
    expect(mermaid).toContain("internet -.-> f0s1p0 --> f0s1");
    expect(mermaid).toContain('f0s1p1[/"#91;::1#93;:81 #8594; 80/tcp"/]');
    expect(mermaid).toContain("loopback --> f0s1p1 --> f0s1");
  });

  test("keeps the most exposed services within GitHub's diagram limits on a large repository", () => {
    const services = Array.from({ length: 400 }, (_, i) => `  s${i}:\n    image: ${i % 50 === 0 ? "postgres:16" : "nginx:1.27"}\n    ports: ["${10000 + i}:${i % 50 === 0 ? 5432 : 80}"]\n    networks: [front, back]\n`).join("");
    const { result } = lintCompose(`services:\n${services}networks:\n  front: {}\n  back: {}\n`);
    const map = exposureMap([{ path: "compose.yaml", project: result.files[0]!.project! }]);
    expect(map.services).toBe(400);
    expect(map.shownServices).toBeLessThan(400);
    expect(map.mermaid.length).toBeLessThan(50_000);
    expect(map.mermaid.split("\n").filter((l) => / --> | -\.-> /.test(l)).length).toBeLessThan(500);
    // The eight databases come first.
    expect(map.mermaid).toMatch(/class f0s0,f0s50,f0s100,f0s150,f0s200,f0s250,f0s300,f0s350 danger/);
  });
});
