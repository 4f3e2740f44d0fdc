/**
 * Markdown for a GitHub job summary or a pull request comment: counts by level and rule, a table of
 * findings, and the exposure map as a Mermaid flowchart. Everything from the linted files is
 * escaped, and the whole stays under GitHub's 1 MiB step summary limit.
 */
import type { Finding } from "../engine/rule.js";
import type { Level } from "../model/types.js";
import { version } from "../meta.js";
import { escapeLine, guardMarkdown } from "./escape.js";
import { exposureMap, MAP_LIMITS } from "./exposure-map.js";
import type { MappedFile } from "./exposure-map.js";
import { pathFromRoot } from "./paths.js";
import type { CiContext, Environment } from "./paths.js";
import type { LintResult } from "../lint.js";
import { plural } from "./words.js";

/** GitHub's limit for one step's summary. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export interface MarkdownContext extends CiContext {
  /** Bytes the Markdown may take (default: 64 KiB under GitHub's 1 MiB step summary limit). */
  maxBytes?: number;
  /** Paragraphs to show under the counts (the action says here how many findings it did not annotate). */
  notes?: readonly string[];
  /** Rows the findings table lists at most, the most severe first (default 50); the rest are counted. */
  maxRows?: number;
  /** Where the full report is, for the note under a capped table (e.g. the SARIF file). */
  fullReport?: string;
}

const LEVELS: readonly Level[] = ["error", "warning", "note"];
const LEVEL_LABEL: Readonly<Record<Level, string>> = { error: "🔴 error", warning: "🟠 warning", note: "🔵 note" };
const MAX_PATH_ERRORS = 100;
const MAX_ROWS = 50;

/**
 * Text for a Markdown table cell or paragraph, shown as written: Markdown punctuation is
 * backslash-escaped, HTML characters become entities, `|` cannot end the cell, and `@name` or `#12`
 * cannot mention anyone or link an issue.
 */
export function markdownText(text: string): string {
  return escapeLine(text)
    .replace(/[\\`*_[\]()~|!{}#]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/@/g, "@&#8203;")
    .replace(/\\#(?=\d)/g, "#&#8203;");
}

function code(id: string): string {
  return /^[a-z0-9-]+$/.test(id) ? `\`${id}\`` : markdownText(id);
}

/** A link to the file's line on GitHub when the run's repository and commit are known. */
function blobLink(env: Environment, path: string, line: number): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha || !/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  if (path.startsWith("/") || path.startsWith("..") || /^[A-Za-z]:/.test(path)) return undefined;
  const encoded = path
    .split("/")
    .map((part) => encodeURIComponent(part).replace(/[()!*']/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
  return `${server.replace(/\/$/, "")}/${repository}/blob/${sha}/${encoded}#L${line}`;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export function formatMarkdown(result: LintResult, context: MarkdownContext): string {
  const env = context.env ?? process.env;
  const workspace = env.GITHUB_WORKSPACE || undefined;
  const budget = context.maxBytes ?? STEP_SUMMARY_LIMIT - 64 * 1024;
  const severity = new Map(context.rules.map((meta) => [meta.id, meta.securitySeverity]));
  // Most severe first: by level, then the rule's security severity; report order within.
  const findings = result.files
    .flatMap((file) => {
      const path = pathFromRoot(file.path, context.cwd, workspace);
      return file.findings.map((finding) => ({ path, finding }));
    })
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => LEVELS.indexOf(a.finding.level) - LEVELS.indexOf(b.finding.level) || (severity.get(b.finding.ruleId) ?? 0) - (severity.get(a.finding.ruleId) ?? 0) || a.order - b.order);
  const counts = Object.fromEntries(LEVELS.map((level) => [level, findings.filter((f) => f.finding.level === level).length])) as Record<Level, number>;
  const filesWithFindings = result.files.filter((file) => file.findings.length > 0).length;

  const head: string[] = ["## compose-lint", ""];
  if (findings.length === 0 && result.errors.length > 0) {
    // Never "no problems" for a run that could not check what it was asked to.
    head.push(`❌ **Not everything was checked**: ${plural(result.errors.length, "path")} could not be linted (see below); no findings in the ${plural(result.files.length, "file")} checked.`, "");
  } else if (findings.length === 0) {
    head.push(`✅ No problems found (${plural(result.files.length, "file")} checked).`, "");
  } else {
    const byLevel = LEVELS.map((level) => plural(counts[level], level)).join(", ");
    head.push(`**${plural(findings.length, "problem")}** (${byLevel}) in ${plural(filesWithFindings, "file")}; ${plural(result.files.length, "file")} checked.`, "");
  }
  for (const note of context.notes ?? []) head.push(markdownText(note), "");
  if (findings.length > 0) {
    const byRule = new Map<string, { level: Level; count: number }[]>();
    for (const { finding } of findings) {
      const rows = byRule.get(finding.ruleId) ?? [];
      const row = rows.find((r) => r.level === finding.level);
      if (row) row.count++;
      else rows.push({ level: finding.level, count: 1 });
      byRule.set(finding.ruleId, rows);
    }
    head.push("| Rule | Level | Findings |", "| --- | --- | ---: |");
    const ruleRows = [...byRule].flatMap(([id, rows]) => rows.map((row) => ({ id, ...row })));
    ruleRows.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || b.count - a.count || (a.id < b.id ? -1 : 1));
    for (const row of ruleRows) head.push(`| ${code(row.id)} | ${LEVEL_LABEL[row.level]} | ${row.count} |`);
    head.push("");
  }

  const tail: string[] = [];
  if (result.errors.length > 0) {
    tail.push("### Not checked", "");
    for (const error of result.errors.slice(0, MAX_PATH_ERRORS)) tail.push(`- ${markdownText(error.path)}: ${markdownText(error.message)}`);
    if (result.errors.length > MAX_PATH_ERRORS) tail.push(`- … and ${result.errors.length - MAX_PATH_ERRORS} more`);
    tail.push("");
  }
  const mapped: MappedFile[] = result.files.flatMap((file) => (file.project ? [{ path: pathFromRoot(file.path, context.cwd, workspace), project: file.project }] : []));
  const map = exposureMap(mapped, MAP_LIMITS);
  tail.push("### Exposure map", "");
  const unexposed = map.unexposed > 0 ? ` (${plural(map.unexposed, "service")} not drawn: ${map.unexposed === 1 ? "it exposes" : "they expose"} nothing)` : "";
  if (map.services === 0) {
    tail.push(`No service publishes a port, mounts an engine socket or uses the host network${unexposed}.`, "");
  } else {
    tail.push(
      `From the outside world through each published host port to its service, and from each service to its networks, for the services that publish a port, mount an engine socket or use the host network${unexposed}. Red: exposed database, Docker socket or privileged; yellow: reachable from outside the host.`,
      "",
      "```mermaid",
      map.mermaid,
      "```",
      "",
    );
    if (map.shownServices < map.services) {
      tail.push(`_The map shows ${map.shownServices} of ${plural(map.services, "service")}, the most exposed first; the rest would go over GitHub's diagram size limit._`, "");
    }
  }
  tail.push(`<sub>compose-lint ${markdownText(version)}</sub>`);

  const table: string[] = [];
  if (findings.length > 0) {
    const report = context.fullReport ? `the SARIF report (${markdownText(context.fullReport)})` : "the SARIF report";
    const truncationNote = (left: number) => `_${plural(left, "more finding")} not listed (the table shows the most severe): see ${report} or the log of this step._`;
    const maxRows = context.maxRows ?? MAX_ROWS;
    const tableHead = ["### Findings", "", "| Location | Level | Rule | Message |", "| --- | --- | --- | --- |"];
    let used = utf8Length([...head, ...tail, ...tableHead, truncationNote(findings.length), ""].join("\n")) + 8;
    let shown = 0;
    const rows: string[] = [];
    for (const { path, finding } of findings) {
      const row = findingRow(env, path, finding);
      const size = utf8Length(row) + 1;
      if (used + size > budget || shown >= maxRows) break;
      used += size;
      rows.push(row);
      shown++;
    }
    table.push(...tableHead, ...rows, "");
    if (shown < findings.length) table.push(truncationNote(findings.length - shown), "");
  }
  return guardMarkdown([...head, ...table, ...tail].join("\n") + "\n");
}

function findingRow(env: Environment, path: string, finding: Finding): string {
  const where = `${markdownText(path)}:${finding.span.line}`;
  const link = blobLink(env, path, finding.span.line);
  const location = link ? `[${where}](${link})` : where;
  return `| ${location} | ${LEVEL_LABEL[finding.level]} | ${code(finding.ruleId)} | ${markdownText(finding.message)} |`;
}
