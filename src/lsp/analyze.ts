/**
 * One document linted as the command line would lint it (its project, its configuration, the
 * `.env` beside it), turned into what the editor needs: diagnostics per file, the quick fixes and
 * ignore actions for each, and the rule pages for hovers. Runs in the worker thread (./worker.ts),
 * so it imports nothing of the protocol library but its types.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CodeAction, Diagnostic, DiagnosticRelatedInformation, TextEdit as LspTextEdit, WorkspaceEdit } from "vscode-languageserver";
import { rules as shippedRules } from "../../rules/index.js";
import { displayPath } from "../discover.js";
import { LOCKED, UNSUPPRESSIBLE } from "../engine/engine.js";
import type { Finding, Rule, RuleMeta, TextEdit } from "../engine/rule.js";
import { parseSuppressions } from "../engine/suppressions.js";
import type { Directive } from "../engine/suppressions.js";
import { escapeControl } from "../format/escape.js";
import { fileOf, insertEntry, insertItem, addServiceKey } from "../fix/edits.js";
import { configResolver, lintFiles, lintTextBeside, notLintedFile, withConfig } from "../lint.js";
import type { LintOptions, LintResult } from "../lint.js";
import { DEFAULT_MAX_FILE_SIZE, decodeText, readRegularFileSync } from "../load/files.js";
import { SERVICE_SUPPRESSION_KEY } from "../load/service-suppression.js";
import { ruleDocUrl } from "../meta.js";
import type { ComposeProject, Level, Service } from "../model/types.js";
import { spanContains } from "../model/queries.js";
import { allRuleMeta, ruleMarkdown } from "../rule-info.js";
import { PositionMap } from "./positions.js";
import { LINE_IGNORE_SUFFIX } from "./shared.js";

export type FailLevel = "error" | "warning" | "note" | "none";

/** The `composeLint` settings, as the server resolved them. */
export interface LintSettings {
  strict: boolean;
  /** A configuration file for every document (like `--config`); relative to the workspace folder. */
  config?: string;
  /** Findings below it are shown as hints (see README "In the editor"). */
  failLevel?: FailLevel;
  /** From the server's own settings or its command line only (never from workspace files). */
  plugins: string[];
}

export interface AnalysisRequest {
  /** The document's URI as the client names it. */
  uri: string;
  /** Its absolute path, for `file:` URIs. */
  path?: string;
  text: string;
  /** Where reported paths are relative to, plugins and `config` are resolved from. */
  cwd: string;
  /** Every open compose document: absolute path → [URI, text]; their text is linted instead of the disk's. */
  open: [string, [string, string]][];
  settings: LintSettings;
}

export interface DiagnosticEntry {
  diagnostic: Diagnostic;
  /**
   * The finding's line (Docker's numbering) when an "ignore on this line" action is among the
   * actions: the server withdraws it when that line lies inside a multi-line scalar, which it
   * checks only when asked for actions (parsing costs time the diagnostics should not wait for).
   */
  ignoreLine?: number;
  /** The quick fixes and ignore actions for it (without `diagnostics`: the server adds the one it answers for). */
  actions: CodeAction[];
}

export interface FileAnalysis {
  uri: string;
  entries: DiagnosticEntry[];
}

export interface Analysis {
  /** The document's own file first (possibly with no entries), then the other files of its project. */
  files: FileAnalysis[];
  /** Rule id → its documentation page (Markdown), for the rules reported. */
  pages: Record<string, string>;
  /** Lines for the client's log (`window/logMessage`). */
  log: string[];
}

/** error → Error, warning → Warning, note → Information (visible, listed, not alarming); Hint is for below the fail level. */
const SEVERITY: Record<Level, 1 | 2 | 3> = { error: 1, warning: 2, note: 3 };
const RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };
const FAIL_RANK: Record<FailLevel, number> = { error: 3, warning: 2, note: 1, none: 4 };

/** Directives cannot silence these (the engine's UNSUPPRESSIBLE), nor the reports about directives themselves. */
const NO_IGNORE_ACTION = new Set([...UNSUPPRESSIBLE, "unused-ignore", "invalid-ignore"]);

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const pluginCache = new Map<string, Promise<readonly Rule[]>>();

/** The rule set with the server's plugins, loaded once per list (a plugin is code: only what the server was told). */
function ruleSetFor(plugins: readonly string[], cwd: string): Promise<readonly Rule[]> {
  if (plugins.length === 0) return Promise.resolve(shippedRules);
  const key = JSON.stringify([cwd, plugins]);
  let pending = pluginCache.get(key);
  if (!pending) {
    pending = import("../plugins.js").then(async ({ loadPlugins }) => [...shippedRules, ...(await loadPlugins(plugins, cwd)).flatMap((p) => p.rules)]);
    pluginCache.set(key, pending);
    // A plugin that failed to load is tried again next time (it may have been fixed meanwhile).
    pending.catch(() => pluginCache.delete(key));
  }
  return pending;
}

/** The message of an error that stops a run (an invalid configuration, a plugin that cannot load), first line. */
function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 500);
}

/** Lints the document as `compose-lint <file>` would; an unsaved or untitled one as `compose-lint -` with its name. */
async function lintDocument(request: AnalysisRequest, options: LintOptions): Promise<{ result: LintResult; shown: string; noInlineConfig: boolean; failLevel?: FailLevel }> {
  const { cwd, path } = request;
  const config = configResolver(options, cwd).resolve(path ?? resolve(cwd, "compose.yaml"));
  const noInlineConfig = config.noInlineConfig;
  if (path !== undefined && isFile(path)) {
    const result = await lintFiles([path], options);
    return { result, shown: displayPath(path, cwd), noInlineConfig, ...(config.failLevel ? { failLevel: config.failLevel } : {}) };
  }
  const shown = path !== undefined ? displayPath(path, cwd) : decodeURIComponent(request.uri.replace(/^.*[/:]/, "")) || "untitled";
  const file = await lintTextBeside(request.text, shown, path, withConfig(options, config));
  return { result: { files: [file], errors: [] }, shown, noInlineConfig, ...(config.failLevel ? { failLevel: config.failLevel } : {}) };
}

export async function analyze(request: AnalysisRequest): Promise<Analysis> {
  const { cwd, settings } = request;
  const log: string[] = [];
  const open = new Map(request.open);
  const texts = new Map([...open].map(([path, [, text]]) => [path, text]));
  if (request.path !== undefined) texts.set(request.path, request.text);
  let linted: Awaited<ReturnType<typeof lintDocument>>;
  let ruleSet: readonly Rule[] = shippedRules;
  const shownSelf = request.path !== undefined ? displayPath(request.path, cwd) : "untitled";
  try {
    ruleSet = await ruleSetFor(settings.plugins, cwd);
    const options: LintOptions = { cwd, strict: settings.strict, ruleSet, texts, ...(settings.config ? { config: settings.config } : {}) };
    linted = await lintDocument(request, options);
  } catch (error) {
    // An invalid configuration or a plugin that cannot load stops the command line (exit 2); here the document says so.
    log.push(`${shownSelf}: not linted: ${reason(error)}`);
    const file = notLintedFile(shownSelf, reason(error));
    linted = { result: { files: [file], errors: [] }, shown: shownSelf, noInlineConfig: true };
  }
  const { result, shown } = linted;
  const failLevel = settings.failLevel ?? linted.failLevel;
  for (const error of result.errors) {
    log.push(`${error.path}: ${error.message}`);
    if (error.path === shown) result.files.push(notLintedFile(shown, error.message));
  }
  if (result.ignored?.includes(shown)) log.push(`${shown}: not linted: the configuration's \`ignore\` leaves it out`);

  const absolute = (shownPath: string) => (shownPath === shown && request.path === undefined ? undefined : resolve(cwd, shownPath));
  const uriOf = (shownPath: string) => {
    const path = absolute(shownPath);
    if (path === undefined) return request.uri;
    return open.get(path)?.[0] ?? (path === request.path ? request.uri : pathToFileURL(path).href);
  };
  const maps = new Map<string, PositionMap>();
  const mapOf = (shownPath: string, fallback?: string) => {
    let map = maps.get(shownPath);
    if (!map) {
      const path = absolute(shownPath);
      const text = path === undefined ? request.text : (texts.get(path) ?? fallback ?? readText(path));
      maps.set(shownPath, (map = new PositionMap(text)));
    }
    return map;
  };
  const project = result.files.find((f) => f.project)?.project;
  const metas = new Map(allRuleMeta(ruleSet).map((meta) => [meta.id, meta]));
  const pages: Record<string, string> = {};
  const byUri = new Map<string, FileAnalysis>([[request.uri, { uri: request.uri, entries: [] }]]);
  for (const file of result.files) {
    const uri = uriOf(file.path);
    const analysis = byUri.get(uri) ?? { uri, entries: [] };
    byUri.set(uri, analysis);
    // The linted text of the other files (the loader's, same offsets) when not open.
    mapOf(file.path, file.text || undefined);
    for (const finding of file.findings) {
      try {
        const diagnostic = toDiagnostic(finding, mapOf, uriOf, failLevel);
        const actions = [...fixActions(finding, mapOf, uriOf), ...(linted.noInlineConfig ? [] : ignoreActions(finding, mapOf(finding.span.file), uriOf(finding.span.file), project))];
        const ignoreLine = actions.some((a) => a.title.endsWith(LINE_IGNORE_SUFFIX)) ? finding.span.line : undefined;
        analysis.entries.push({ diagnostic, actions, ...(ignoreLine !== undefined ? { ignoreLine } : {}) });
        const meta = metas.get(finding.ruleId);
        if (meta && pages[meta.id] === undefined) pages[meta.id] = pageOf(meta);
      } catch (error) {
        log.push(`${file.path}: a finding could not be shown (${reason(error)})`);
      }
    }
  }
  return { files: [...byUri.values()], pages, log };
}

const pageCache = new Map<RuleMeta, string>();

/** A rule's page (what `--explain` prints, as Markdown), read once per thread. */
function pageOf(meta: RuleMeta): string {
  let page = pageCache.get(meta);
  if (page === undefined) pageCache.set(meta, (page = ruleMarkdown(meta)));
  return page;
}

/**
 * "Fix all": the safe fixes `--fix` applies to the document, applied and checked by the same
 * code (src/fix/apply.ts: the text is linted again with each round, and a fix that breaks the
 * file or leaves its finding is refused), as one edit from the first changed character to the
 * last. Undefined when nothing is fixed.
 */
export async function fixAll(request: AnalysisRequest): Promise<{ edit: LspTextEdit; fixed: number } | undefined> {
  const ruleSet = await ruleSetFor(request.settings.plugins, request.cwd);
  const texts = new Map([...request.open].map(([path, [, text]]) => [path, text]));
  const lintAs = async (text: string) => {
    const changed = { ...request, text };
    if (request.path !== undefined) texts.set(request.path, text);
    const options: LintOptions = { cwd: request.cwd, strict: request.settings.strict, ruleSet, texts, ...(request.settings.config ? { config: request.settings.config } : {}) };
    const { result, shown } = await lintDocument(changed, options);
    return result.files.find((f) => f.path === shown) ?? notLintedFile(shown, "the document was not linted again");
  };
  const { fixFile } = await import("../fix/apply.js");
  const fixes = await fixFile(await lintAs(request.text), request.text, lintAs, { type: "safe" });
  if (fixes.after === fixes.before || fixes.applied.length === 0) return undefined;
  const before = request.text;
  const after = fixes.after;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const map = new PositionMap(before);
  return { edit: { range: { start: map.position(start), end: map.position(before.length - end) }, newText: after.slice(start, after.length - end) }, fixed: fixes.applied.length };
}

/** A file that is neither open nor linted (an env file a related location points at), read as the loader reads it. */
function readText(path: string): string {
  try {
    const read = readRegularFileSync(path, DEFAULT_MAX_FILE_SIZE);
    if (!("bytes" in read)) return "";
    const decoded = decodeText(read.bytes);
    return "text" in decoded ? decoded.text : "";
  } catch {
    return "";
  }
}

type MapOf = (shownPath: string) => PositionMap;
type UriOf = (shownPath: string) => string;

export function severityOf(finding: Pick<Finding, "ruleId" | "level">, failLevel: FailLevel | undefined): 1 | 2 | 3 | 4 {
  // What compose-lint could not read or see keeps its severity whatever the fail level: hiding it would read as clean.
  if (failLevel !== undefined && !LOCKED.has(finding.ruleId) && RANK[finding.level] < FAIL_RANK[failLevel]) return 4;
  return SEVERITY[finding.level];
}

function toDiagnostic(finding: Finding, mapOf: MapOf, uriOf: UriOf, failLevel: FailLevel | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: mapOf(finding.span.file).range(finding.span),
    severity: severityOf(finding, failLevel),
    code: finding.ruleId,
    source: "compose-lint",
    message: escapeControl(finding.message),
  };
  // An ignore comment that silences nothing: editors fade it, as they fade unused code.
  if (finding.ruleId === "unused-ignore") diagnostic.tags = [1];
  const href = finding.ruleId.includes("/") ? undefined : ruleDocUrl(finding.ruleId);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r): DiagnosticRelatedInformation => ({ location: { uri: uriOf(r.span.file), range: mapOf(r.span.file).range(r.span) }, message: escapeControl(r.message) }));
  }
  return diagnostic;
}

function workspaceEdit(edits: readonly TextEdit[], mapOf: MapOf, uriOf: UriOf): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const edit of edits) (changes[uriOf(edit.span.file)] ??= []).push({ range: mapOf(edit.span.file).range(edit.span), newText: edit.newText });
  return { changes };
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The fix the rule reported, as a quick fix: safe ones are preferred (what `--fix` applies). */
function fixActions(finding: Finding, mapOf: MapOf, uriOf: UriOf): CodeAction[] {
  const fix = finding.fix;
  if (!fix || fix.edits.length === 0) return [];
  const shared = fix.services && fix.services.length > 1 ? ` (services ${fix.services.map((s) => `"${s}"`).join(", ")}: the value is shared through an anchor)` : "";
  return [{ title: escapeControl(sentence(fix.description) + shared), kind: "quickfix", isPreferred: fix.safety === "safe", edit: workspaceEdit(fix.edits, mapOf, uriOf) }];
}

/** "Ignore RULE on this line" (a comment on the line above) and "for this service" (`x-compose-lint`). */
function ignoreActions(finding: Finding, map: PositionMap, uri: string, project: ComposeProject | undefined): CodeAction[] {
  if (NO_IGNORE_ACTION.has(finding.ruleId)) return [];
  const actions: CodeAction[] = [];
  const line = lineIgnore(finding, map);
  if (line) actions.push({ title: `Ignore ${finding.ruleId}${LINE_IGNORE_SUFFIX}`, kind: "quickfix", edit: { changes: { [uri]: [line] } } });
  const service = project?.services.find((s) => spanContains(s.span, finding.span));
  const edit = service && project && serviceIgnore(service, project, finding.ruleId);
  if (edit) actions.push({ title: `Ignore ${finding.ruleId} for this service`, kind: "quickfix", edit: { changes: { [uri]: [{ range: map.range(edit.span), newText: edit.newText }] } } });
  return actions;
}

/**
 * `# compose-lint ignore=RULE` alone on the line above the finding's, indented as that line is
 * (a directive alone on its line applies to the next line that is not a comment); when that line
 * already holds a directive for this line, the rule joins its list.
 */
function lineIgnore(finding: Finding, map: PositionMap): LspTextEdit | undefined {
  const text = map.text;
  const line = finding.span.line;
  const existing = directivesOf(map).filter((d) => d.scope === "line" && d.target === line && d.line < line && d.line === lastDirectiveLine(text, map, line));
  const last = existing.at(-1);
  if (last) {
    const at = map.offset(last.line, last.column + last.ruleId.length);
    return { range: { start: map.position(at), end: map.position(at) }, newText: `,${finding.ruleId}` };
  }
  const start = map.offset(line, 1);
  const lineText = text.slice(start, map.offset(line, Number.MAX_SAFE_INTEGER));
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return { range: { start: map.position(start), end: map.position(start) }, newText: `${indent}# compose-lint ignore=${finding.ruleId}${eol}` };
}

const directives = new WeakMap<PositionMap, Directive[]>();

/** The file's ignore directives, parsed once per run whatever the number of findings. */
function directivesOf(map: PositionMap): Directive[] {
  let found = directives.get(map);
  if (!found) directives.set(map, (found = [...parseSuppressions(map.text).directives]));
  return found;
}

/** The line just above `line` when it is a comment (the directive to extend must be right there). */
function lastDirectiveLine(text: string, map: PositionMap, line: number): number | undefined {
  if (line <= 1) return undefined;
  const above = text.slice(map.offset(line - 1, 1), map.offset(line - 1, Number.MAX_SAFE_INTEGER));
  return /^\s*#/.test(above) ? line - 1 : undefined;
}

/** Adds the rule to the service's `x-compose-lint: { ignore: [...] }`, creating what is missing (src/fix/edits.ts helpers). */
function serviceIgnore(service: Service, project: ComposeProject, ruleId: string): TextEdit | undefined {
  const file = fileOf(project, service.name.span);
  const base = ["services", service.name.value, SERVICE_SUPPRESSION_KEY];
  const list = file.locate([...base, "ignore"]);
  if (list) return insertItem(list, project, ruleId);
  const mapping = file.locate(base);
  if (mapping) return insertEntry(mapping, project, { key: "ignore", inline: `[${ruleId}]` }, 2);
  const added = addServiceKey(service, project, SERVICE_SUPPRESSION_KEY, `{ ignore: [${ruleId}] }`, "", "safe");
  return "edits" in added ? added.edits[0] : undefined;
}
