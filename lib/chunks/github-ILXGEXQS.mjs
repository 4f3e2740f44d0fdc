import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  pathFromRoot
} from "./chunk-S3DTWN3L.mjs";
import "./chunk-KWFHXTRZ.mjs";
import {
  plural
} from "./chunk-5EEQ2A6J.mjs";
import {
  sha256Hex
} from "./chunk-U3O6HMQQ.mjs";
import {
  escapeControl,
  escapeLine,
  guardText
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var LEVELS = ["error", "warning", "note"];
function escapeData(text) {
  return escapeControl(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")).replace(/##\[/g, "#\\u{23}[");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function planAnnotations(result, context) {
  const workspace = (context.env ?? process.env).GITHUB_WORKSPACE || void 0;
  const placed = result.files.flatMap((file) => {
    const path = pathFromRoot(file.path, context.cwd, workspace);
    return file.findings.map((finding) => ({ path, finding }));
  });
  const severity = new Map(context.rules.map((meta) => [meta.id, meta.securitySeverity]));
  const rank = (p) => severity.get(p.finding.ruleId) ?? 0;
  const pathErrors = result.errors.slice(0, ANNOTATIONS_PER_LEVEL);
  const budget = { error: ANNOTATIONS_PER_LEVEL - pathErrors.length, warning: ANNOTATIONS_PER_LEVEL, note: ANNOTATIONS_PER_LEVEL };
  const byLevel = (level) => placed.filter((p) => p.finding.level === level);
  if (result.errors.length > pathErrors.length || LEVELS.some((level) => byLevel(level).length > budget[level])) budget.note -= 1;
  const annotated = LEVELS.flatMap(
    (level) => byLevel(level).sort((a, b) => rank(b) - rank(a)).slice(0, budget[level])
  );
  const chosen = new Set(annotated);
  return { placed, annotated, left: placed.filter((p) => !chosen.has(p)), pathErrors, leftPathErrors: result.errors.slice(pathErrors.length) };
}
function notAnnotated(plan) {
  return plan.left.length + plan.leftPathErrors.length;
}
function seeAlso(finding, context) {
  const workspace = (context.env ?? process.env).GITHUB_WORKSPACE || void 0;
  return finding.related.map((r) => ` See also ${pathFromRoot(r.span.file, context.cwd, workspace)}:${r.span.line}:${r.span.column}: ${r.message}.`).join("");
}
function annotation({ path, finding }, context) {
  const { line, column, endLine, endColumn } = finding.span;
  const position = endLine === line ? `line=${line},col=${column},endLine=${endLine},endColumn=${endColumn}` : `line=${line},endLine=${endLine}`;
  return `::${COMMAND[finding.level]} file=${escapeProperty(path)},${position},title=${escapeProperty(finding.ruleId)}::${escapeData(finding.message + seeAlso(finding, context))}`;
}
function plainBlock(lines) {
  const body = lines.join("\n");
  const token = `compose-lint-${sha256Hex(body).slice(0, 32)}`;
  return [`::stop-commands::${token}`, ...lines.map(guardText), `::${token}::`];
}
function formatGithub(result, context) {
  const plan = planAnnotations(result, context);
  const out = plan.pathErrors.map((error) => `::error title=compose-lint::${escapeData(`${error.path}: ${error.message}`)}`);
  out.push(...plan.annotated.map((placed) => annotation(placed, context)));
  const left = notAnnotated(plan);
  if (left > 0) {
    out.push(
      `::notice title=compose-lint::${plural(left, "more finding")} not annotated: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} errors, ${ANNOTATIONS_PER_LEVEL} warnings and ${ANNOTATIONS_PER_LEVEL} notices per step. They are listed in the log of this step.`,
      ...plainBlock([
        ...plan.leftPathErrors.map((error) => `${escapeLine(error.path)}: error: ${escapeLine(error.message)}`),
        ...plan.left.map(({ path, finding }) => `${escapeLine(path)}:${finding.span.line}:${finding.span.column}: ${finding.level}: ${escapeLine(finding.message)} [${finding.ruleId}]`)
      ])
    );
  }
  const counts = LEVELS.map((level) => plural(plan.placed.filter((p) => p.finding.level === level).length, level));
  out.push(guardText(`compose-lint: ${counts.join(", ")} in ${plural(result.files.length, "file")} checked.`));
  return out.join("\n") + "\n";
}
export {
  ANNOTATIONS_PER_LEVEL,
  escapeData,
  escapeProperty,
  formatGithub,
  notAnnotated,
  planAnnotations
};
