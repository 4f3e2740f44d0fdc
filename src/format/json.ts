import type { Formatter } from "./types.js";
import { guardJson } from "./escape.js";

/** Stable machine-readable output: one object per file, findings with 1-based positions. */
export const formatJson: Formatter = (result) =>
  guardJson(JSON.stringify(
    {
      files: result.files.map((file) => ({
        path: file.path,
        findings: file.findings.map((f) => ({
          ruleId: f.ruleId,
          level: f.level,
          message: f.message,
          line: f.span.line,
          column: f.span.column,
          endLine: f.span.endLine,
          endColumn: f.span.endColumn,
          related: f.related.map((r) => ({ message: r.message, line: r.span.line, column: r.span.column, file: r.span.file })),
        })),
      })),
      errors: result.errors,
    },
    null,
    2,
  ) + "\n");
