import type { Finding, Fix } from "../engine/rule.js";
import type { Formatter } from "./types.js";
import { guardJson } from "./escape.js";

/** Stable machine-readable output: one object per file, findings with 1-based positions. */
export const formatJson: Formatter = (result) =>
  guardJson(JSON.stringify(
    {
      files: result.files.map((file) => ({
        path: file.path,
        findings: file.findings.map(findingJson),
        // Silenced by an ignore directive: listed, never counted.
        ...((file.suppressed ?? []).length > 0 ? { suppressed: file.suppressed!.map(findingJson) } : {}),
      })),
      errors: result.errors,
    },
    null,
    2,
  ) + "\n");

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    line: f.span.line,
    column: f.span.column,
    endLine: f.span.endLine,
    endColumn: f.span.endColumn,
    related: f.related.map((r) => ({ message: r.message, line: r.span.line, column: r.span.column, file: r.span.file })),
    ...(f.suppression ? { suppressed: true, reason: f.suppression.justification ?? null } : {}),
    ...(f.fix ? { fix: fixJson(f.fix) } : {}),
    ...(f.fixRefused !== undefined ? { fixRefused: f.fixRefused } : {}),
  };
}

/** A fix's edits: replace [line:column, endLine:endColumn) of `file` with `newText` (1-based, end exclusive). */
function fixJson(fix: Fix) {
  return {
    description: fix.description,
    safety: fix.safety,
    ...(fix.services && fix.services.length > 1 ? { services: fix.services } : {}),
    edits: fix.edits.map((e) => ({ file: e.span.file, line: e.span.line, column: e.span.column, endLine: e.span.endLine, endColumn: e.span.endColumn, newText: e.newText })),
  };
}
