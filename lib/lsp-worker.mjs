import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  LINE_IGNORE_SUFFIX
} from "./chunks/chunk-SUHXNM52.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  SERVICE_SUPPRESSION_KEY,
  configResolver,
  decodeText,
  lintFiles,
  lintTextBeside,
  notLintedFile,
  readRegularFileSync,
  withConfig
} from "./chunks/chunk-BFFNYFQF.mjs";
import "./chunks/chunk-KHKUBRH2.mjs";
import {
  addServiceKey,
  fileOf,
  insertEntry,
  insertItem,
  rules
} from "./chunks/chunk-D2QZUANU.mjs";
import "./chunks/chunk-TUIA6AK5.mjs";
import "./chunks/chunk-THJZCHAV.mjs";
import "./chunks/chunk-63VPBCBN.mjs";
import {
  allRuleMeta,
  ruleMarkdown
} from "./chunks/chunk-SAATMDF2.mjs";
import {
  ruleDocUrl
} from "./chunks/chunk-RZYRWAGT.mjs";
import {
  LOCKED,
  UNSUPPRESSIBLE,
  parseSuppressions
} from "./chunks/chunk-2ZSOFDUQ.mjs";
import {
  lineAt,
  lineStarts
} from "./chunks/chunk-4IANI4KZ.mjs";
import {
  spanContains
} from "./chunks/chunk-EC2PSDJG.mjs";
import "./chunks/chunk-SSKCFJDD.mjs";
import "./chunks/chunk-6DRHLQUI.mjs";
import {
  displayPath
} from "./chunks/chunk-KWFHXTRZ.mjs";
import "./chunks/chunk-U3O6HMQQ.mjs";
import {
  escapeControl
} from "./chunks/chunk-5ZHKE5OY.mjs";
import "./chunks/chunk-NVK4G5ST.mjs";

// src/lsp/worker.ts
import { parentPort } from "node:worker_threads";

// src/lsp/analyze.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

// src/lsp/positions.ts
var DOCKER_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;
var LSP_BREAK = /\r\n|[\n\r]/g;
var PositionMap = class {
  constructor(text) {
    this.text = text;
    this.dockerStarts = lineStarts(text, DOCKER_BREAK);
    this.editorStarts = lineStarts(text, LSP_BREAK);
  }
  text;
  dockerStarts;
  editorStarts;
  /** The offset of a 1-based Docker line and UTF-16 column, kept inside its line. */
  offset(line, column) {
    const index = Math.min(Math.max(line, 1), this.dockerStarts.length) - 1;
    const start = this.dockerStarts[index];
    const next = this.dockerStarts[index + 1];
    const end = next === void 0 ? this.text.length : next - (this.text.startsWith("\r\n", next - 2) ? 2 : 1);
    return Math.min(start + Math.max(column, 1) - 1, end);
  }
  /** The 0-based editor position of an offset. */
  position(offset) {
    const low = lineAt(this.editorStarts, offset);
    return { line: low, character: offset - this.editorStarts[low] };
  }
  range(span) {
    const start = this.offset(span.line, span.column);
    const end = Math.max(start, this.offset(span.endLine, span.endColumn));
    return { start: this.position(start), end: this.position(end) };
  }
};

// src/lsp/analyze.ts
var SEVERITY = { error: 1, warning: 2, note: 3 };
var RANK = { error: 3, warning: 2, note: 1 };
var FAIL_RANK = { error: 3, warning: 2, note: 1, none: 4 };
var NO_IGNORE_ACTION = /* @__PURE__ */ new Set([...UNSUPPRESSIBLE, "unused-ignore", "invalid-ignore"]);
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
var pluginCache = /* @__PURE__ */ new Map();
function ruleSetFor(plugins, cwd) {
  if (plugins.length === 0) return Promise.resolve(rules);
  const key = JSON.stringify([cwd, plugins]);
  let pending = pluginCache.get(key);
  if (!pending) {
    pending = import("./chunks/plugins-QKM4UGDW.mjs").then(async ({ loadPlugins }) => [...rules, ...(await loadPlugins(plugins, cwd)).flatMap((p) => p.rules)]);
    pluginCache.set(key, pending);
    pending.catch(() => pluginCache.delete(key));
  }
  return pending;
}
function reason(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 500);
}
async function lintDocument(request, options) {
  const { cwd, path } = request;
  const config = configResolver(options, cwd).resolve(path ?? resolve(cwd, "compose.yaml"));
  const noInlineConfig = config.noInlineConfig;
  if (path !== void 0 && isFile(path)) {
    const result = await lintFiles([path], options);
    return { result, shown: displayPath(path, cwd), noInlineConfig, ...config.failLevel ? { failLevel: config.failLevel } : {} };
  }
  const shown = path !== void 0 ? displayPath(path, cwd) : decodeURIComponent(request.uri.replace(/^.*[/:]/, "")) || "untitled";
  const file = await lintTextBeside(request.text, shown, path, withConfig(options, config));
  return { result: { files: [file], errors: [] }, shown, noInlineConfig, ...config.failLevel ? { failLevel: config.failLevel } : {} };
}
async function analyze(request) {
  const { cwd, settings } = request;
  const log = [];
  const open = new Map(request.open);
  const texts = new Map([...open].map(([path, [, text]]) => [path, text]));
  if (request.path !== void 0) texts.set(request.path, request.text);
  let linted;
  let ruleSet = rules;
  const shownSelf = request.path !== void 0 ? displayPath(request.path, cwd) : "untitled";
  try {
    ruleSet = await ruleSetFor(settings.plugins, cwd);
    const options = { cwd, strict: settings.strict, ruleSet, texts, ...settings.config ? { config: settings.config } : {} };
    linted = await lintDocument(request, options);
  } catch (error) {
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
  const absolute = (shownPath) => shownPath === shown && request.path === void 0 ? void 0 : resolve(cwd, shownPath);
  const uriOf = (shownPath) => {
    const path = absolute(shownPath);
    if (path === void 0) return request.uri;
    return open.get(path)?.[0] ?? (path === request.path ? request.uri : pathToFileURL(path).href);
  };
  const maps = /* @__PURE__ */ new Map();
  const mapOf = (shownPath, fallback) => {
    let map = maps.get(shownPath);
    if (!map) {
      const path = absolute(shownPath);
      const text = path === void 0 ? request.text : texts.get(path) ?? fallback ?? readText(path);
      maps.set(shownPath, map = new PositionMap(text));
    }
    return map;
  };
  const project = result.files.find((f) => f.project)?.project;
  const metas = new Map(allRuleMeta(ruleSet).map((meta) => [meta.id, meta]));
  const pages = {};
  const byUri = /* @__PURE__ */ new Map([[request.uri, { uri: request.uri, entries: [] }]]);
  for (const file of result.files) {
    const uri = uriOf(file.path);
    const analysis = byUri.get(uri) ?? { uri, entries: [] };
    byUri.set(uri, analysis);
    mapOf(file.path, file.text || void 0);
    for (const finding of file.findings) {
      try {
        const diagnostic = toDiagnostic(finding, mapOf, uriOf, failLevel);
        const actions = [...fixActions(finding, mapOf, uriOf), ...linted.noInlineConfig ? [] : ignoreActions(finding, mapOf(finding.span.file), uriOf(finding.span.file), project)];
        const ignoreLine = actions.some((a) => a.title.endsWith(LINE_IGNORE_SUFFIX)) ? finding.span.line : void 0;
        analysis.entries.push({ diagnostic, actions, ...ignoreLine !== void 0 ? { ignoreLine } : {} });
        const meta = metas.get(finding.ruleId);
        if (meta && pages[meta.id] === void 0) pages[meta.id] = pageOf(meta);
      } catch (error) {
        log.push(`${file.path}: a finding could not be shown (${reason(error)})`);
      }
    }
  }
  return { files: [...byUri.values()], pages, log };
}
var pageCache = /* @__PURE__ */ new Map();
function pageOf(meta) {
  let page = pageCache.get(meta);
  if (page === void 0) pageCache.set(meta, page = ruleMarkdown(meta));
  return page;
}
async function fixAll(request) {
  const ruleSet = await ruleSetFor(request.settings.plugins, request.cwd);
  const texts = new Map([...request.open].map(([path, [, text]]) => [path, text]));
  const lintAs = async (text) => {
    const changed = { ...request, text };
    if (request.path !== void 0) texts.set(request.path, text);
    const options = { cwd: request.cwd, strict: request.settings.strict, ruleSet, texts, ...request.settings.config ? { config: request.settings.config } : {} };
    const { result, shown } = await lintDocument(changed, options);
    return result.files.find((f) => f.path === shown) ?? notLintedFile(shown, "the document was not linted again");
  };
  const { fixFile } = await import("./chunks/apply-ZWQGXX75.mjs");
  const fixes = await fixFile(await lintAs(request.text), request.text, lintAs, { type: "safe" });
  if (fixes.after === fixes.before || fixes.applied.length === 0) return void 0;
  const before = request.text;
  const after = fixes.after;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const map = new PositionMap(before);
  return { edit: { range: { start: map.position(start), end: map.position(before.length - end) }, newText: after.slice(start, after.length - end) }, fixed: fixes.applied.length };
}
function readText(path) {
  try {
    const read = readRegularFileSync(path, DEFAULT_MAX_FILE_SIZE);
    if (!("bytes" in read)) return "";
    const decoded = decodeText(read.bytes);
    return "text" in decoded ? decoded.text : "";
  } catch {
    return "";
  }
}
function severityOf(finding, failLevel) {
  if (failLevel !== void 0 && !LOCKED.has(finding.ruleId) && RANK[finding.level] < FAIL_RANK[failLevel]) return 4;
  return SEVERITY[finding.level];
}
function toDiagnostic(finding, mapOf, uriOf, failLevel) {
  const diagnostic = {
    range: mapOf(finding.span.file).range(finding.span),
    severity: severityOf(finding, failLevel),
    code: finding.ruleId,
    source: "compose-lint",
    message: escapeControl(finding.message)
  };
  if (finding.ruleId === "unused-ignore") diagnostic.tags = [1];
  const href = finding.ruleId.includes("/") ? void 0 : ruleDocUrl(finding.ruleId);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: uriOf(r.span.file), range: mapOf(r.span.file).range(r.span) }, message: escapeControl(r.message) }));
  }
  return diagnostic;
}
function workspaceEdit(edits, mapOf, uriOf) {
  const changes = {};
  for (const edit of edits) (changes[uriOf(edit.span.file)] ??= []).push({ range: mapOf(edit.span.file).range(edit.span), newText: edit.newText });
  return { changes };
}
var sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1);
function fixActions(finding, mapOf, uriOf) {
  const fix = finding.fix;
  if (!fix || fix.edits.length === 0) return [];
  const shared = fix.services && fix.services.length > 1 ? ` (services ${fix.services.map((s) => `"${s}"`).join(", ")}: the value is shared through an anchor)` : "";
  return [{ title: escapeControl(sentence(fix.description) + shared), kind: "quickfix", isPreferred: fix.safety === "safe", edit: workspaceEdit(fix.edits, mapOf, uriOf) }];
}
function ignoreActions(finding, map, uri, project) {
  if (NO_IGNORE_ACTION.has(finding.ruleId)) return [];
  const actions = [];
  const line = lineIgnore(finding, map);
  if (line) actions.push({ title: `Ignore ${finding.ruleId}${LINE_IGNORE_SUFFIX}`, kind: "quickfix", edit: { changes: { [uri]: [line] } } });
  const service = project?.services.find((s) => spanContains(s.span, finding.span));
  const edit = service && project && serviceIgnore(service, project, finding.ruleId);
  if (edit) actions.push({ title: `Ignore ${finding.ruleId} for this service`, kind: "quickfix", edit: { changes: { [uri]: [{ range: map.range(edit.span), newText: edit.newText }] } } });
  return actions;
}
function lineIgnore(finding, map) {
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
  const indent = /^[ \t]*/.exec(lineText)[0];
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return { range: { start: map.position(start), end: map.position(start) }, newText: `${indent}# compose-lint ignore=${finding.ruleId}${eol}` };
}
var directives = /* @__PURE__ */ new WeakMap();
function directivesOf(map) {
  let found = directives.get(map);
  if (!found) directives.set(map, found = [...parseSuppressions(map.text).directives]);
  return found;
}
function lastDirectiveLine(text, map, line) {
  if (line <= 1) return void 0;
  const above = text.slice(map.offset(line - 1, 1), map.offset(line - 1, Number.MAX_SAFE_INTEGER));
  return /^\s*#/.test(above) ? line - 1 : void 0;
}
function serviceIgnore(service, project, ruleId) {
  const file = fileOf(project, service.name.span);
  const base = ["services", service.name.value, SERVICE_SUPPRESSION_KEY];
  const list = file.locate([...base, "ignore"]);
  if (list) return insertItem(list, project, ruleId);
  const mapping = file.locate(base);
  if (mapping) return insertEntry(mapping, project, { key: "ignore", inline: `[${ruleId}]` }, 2);
  const added = addServiceKey(service, project, SERVICE_SUPPRESSION_KEY, `{ ignore: [${ruleId}] }`, "", "safe");
  return "edits" in added ? added.edits[0] : void 0;
}

// src/lsp/worker.ts
parentPort?.on("message", (message) => {
  (message.fixAll ? fixAll(message.request) : analyze(message.request)).then(
    (analysis) => parentPort.postMessage({ id: message.id, analysis: analysis ?? null }),
    (error) => parentPort.postMessage({ id: message.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  );
});
