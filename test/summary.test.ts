/** The job summary as a team reads it on a pull request: most severe first, capped, honest. */
import { describe, expect, test } from "vitest";
import type { Finding, RuleMeta } from "../src/engine/rule.js";
import { exposureMap } from "../src/format/exposure-map.js";
import { formatMarkdown } from "../src/format/markdown.js";
import { lintText } from "../src/lint.js";
import type { Level } from "../src/model/types.js";

const meta = (id: string, level: Level, securitySeverity: number): RuleMeta => ({ id, description: id, level, preset: "recommended", tags: ["security"], help: id, securitySeverity });
const RULES = [meta("low-error", "error", 2), meta("high-error", "error", 9.5), meta("a-warning", "warning", 5), meta("a-note", "note", 1)];
const finding = (ruleId: string, level: Level, line: number): Finding => ({ ruleId, level, message: `${ruleId} at ${line}`, span: { file: "c.yaml", line, column: 1, endLine: line, endColumn: 2 }, related: [] });
const context = { rules: RULES, color: false, cwd: "/repo", env: {} };

function tableRows(md: string): string[] {
  return md.split("\n").filter((line) => /^\| c\.yaml:\d+ /.test(line));
}

describe("the Markdown job summary", () => {
  test("lists findings most severe first: errors by security severity, then warnings, then notes", () => {
    const findings = [finding("a-note", "note", 1), finding("a-warning", "warning", 2), finding("low-error", "error", 3), finding("high-error", "error", 4)];
    const md = formatMarkdown({ files: [{ path: "c.yaml", text: "", findings }], errors: [] }, context);
    expect(tableRows(md).map((row) => /`([a-z-]+)`/.exec(row)![1])).toEqual(["high-error", "low-error", "a-warning", "a-note"]);
  });

  test("caps the table and counts the rest, pointing to the SARIF report", () => {
    const findings = Array.from({ length: 120 }, (_, i) => finding(i < 100 ? "a-warning" : "high-error", i < 100 ? "warning" : "error", i + 1));
    const md = formatMarkdown({ files: [{ path: "c.yaml", text: "", findings }], errors: [] }, { ...context, fullReport: "reports/compose-lint.sarif" });
    const rows = tableRows(md);
    expect(rows).toHaveLength(50);
    expect(rows.slice(0, 20).every((row) => row.includes("high-error"))).toBe(true);
    expect(md).toContain("_70 more findings not listed (the table shows the most severe): see the SARIF report (reports/compose-lint.sarif) or the log of this step._");
    expect(md).toContain("**120 problems**");
  });

  test("never says no problems when a path could not be checked", () => {
    const md = formatMarkdown({ files: [], errors: [{ path: ".", message: "no compose file found" }] }, context);
    expect(md).not.toMatch(/no problems/i);
    expect(md).toContain("❌ **Not everything was checked**: 1 path could not be linted (see below); no findings in the 0 files checked.");
  });
});

describe("the exposure map", () => {
  test("draws only the services that publish a port, mount an engine socket or use the host network", () => {
    const text = [
      "services:",
      "  web: { image: nginx:1.27, ports: ['127.0.0.1:8080:80'] }",
      "  agent: { image: portainer/agent:2, volumes: ['/var/run/docker.sock:/var/run/docker.sock'] }",
      "  sniffer: { image: busybox:1, network_mode: host }",
      "  worker: { image: busybox:1 }",
      "  cache: { image: redis:7, expose: ['6379'] }",
      "",
    ].join("\n");
    const project = lintText(text, "compose.yaml", { env: {} }).project!;
    const map = exposureMap([{ path: "compose.yaml", project }]);
    expect(map).toMatchObject({ services: 3, shownServices: 3, unexposed: 2 });
    expect(map.mermaid).toContain('"web<br/>');
    expect(map.mermaid).toContain('"agent<br/>');
    expect(map.mermaid).toContain('"sniffer<br/>');
    expect(map.mermaid).not.toContain("worker");
    expect(map.mermaid).not.toContain("cache");
    const md = formatMarkdown({ files: [{ path: "compose.yaml", text, findings: [], project }], errors: [] }, context);
    expect(md).toContain("(2 services not drawn: they expose nothing)");
  });
});
