import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import "./chunk-KOCLF33B.mjs";

// src/format/json.ts
var formatJson = (result) => JSON.stringify(
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
        related: f.related.map((r) => ({ message: r.message, line: r.span.line, column: r.span.column, file: r.span.file }))
      }))
    })),
    errors: result.errors
  },
  null,
  2
) + "\n";
export {
  formatJson
};
