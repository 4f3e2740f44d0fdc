import type { Finding } from "../engine/rule.js";
import type { Formatter } from "./types.js";

/** Stable machine-readable output: one object per file, findings with 1-based positions. */
export const formatJson: Formatter = (result) =>
  JSON.stringify(
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
  ) + "\n";

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
  };
}
