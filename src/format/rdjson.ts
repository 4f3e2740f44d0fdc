/**
 * reviewdog's Diagnostic Format (rdjson): `reviewdog -f=rdjson` reads it to comment on a pull or
 * merge request. Schema: reviewdog/reviewdog proto/rdf/jsonschema/DiagnosticResult.json. Positions
 * are 1-based, columns in UTF-8 bytes, the end exclusive.
 */
import { ruleDocUrl } from "../meta.js";
import type { Level, Span } from "../model/types.js";
import { utf8Column } from "./columns.js";
import { escapeControl, guardJson } from "./escape.js";
import type { Formatter } from "./types.js";

const SEVERITY: Readonly<Record<Level, string>> = { error: "ERROR", warning: "WARNING", note: "INFO" };

export const formatRdjson: Formatter = (result) => {
  const texts = new Map(result.files.map((file) => [file.path, file.text.split("\n")]));
  const position = (span: Span, line: number, column: number) => ({ line, column: utf8Column(texts.get(span.file)?.[line - 1] ?? "", column) });
  const range = (span: Span) => ({ start: position(span, span.line, span.column), end: position(span, span.endLine, span.endColumn) });
  const diagnostics = result.files.flatMap((file) =>
    file.findings.map((finding) => {
      const url = ruleDocUrl(finding.ruleId);
      return {
        message: escapeControl(finding.message),
        location: { path: file.path, range: range({ ...finding.span, file: file.path }) },
        severity: SEVERITY[finding.level],
        code: url ? { value: finding.ruleId, url } : { value: finding.ruleId },
        ...(finding.related.length > 0
          ? { related_locations: finding.related.map((related) => ({ message: escapeControl(related.message), location: { path: related.span.file, range: range(related.span) } })) }
          : {}),
      };
    }),
  );
  return guardJson(JSON.stringify({ source: { name: "compose-lint", url: "https://www.npmjs.com/package/compose-lint" }, diagnostics }, null, 2) + "\n");
};
