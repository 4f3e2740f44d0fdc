import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  guardJson
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/json.ts
var formatJson = (result) => guardJson(JSON.stringify(
  {
    files: result.files.map((file) => ({
      path: file.path,
      findings: file.findings.map(findingJson),
      // Silenced by an ignore directive: listed, never counted.
      ...(file.suppressed ?? []).length > 0 ? { suppressed: file.suppressed.map(findingJson) } : {}
    })),
    errors: result.errors
  },
  null,
  2
) + "\n");
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    line: f.span.line,
    column: f.span.column,
    endLine: f.span.endLine,
    endColumn: f.span.endColumn,
    related: f.related.map((r) => ({ message: r.message, line: r.span.line, column: r.span.column, file: r.span.file })),
    ...f.suppression ? { suppressed: true, reason: f.suppression.justification ?? null } : {},
    ...f.fix ? { fix: fixJson(f.fix) } : {},
    ...f.fixRefused !== void 0 ? { fixRefused: f.fixRefused } : {}
  };
}
function fixJson(fix) {
  return {
    description: fix.description,
    safety: fix.safety,
    ...fix.services && fix.services.length > 1 ? { services: fix.services } : {},
    edits: fix.edits.map((e) => ({ file: e.span.file, line: e.span.line, column: e.span.column, endLine: e.span.endLine, endColumn: e.span.endColumn, newText: e.newText }))
  };
}
export {
  formatJson
};
