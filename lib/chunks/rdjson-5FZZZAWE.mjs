import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  utf8Column
} from "./chunk-66345EC4.mjs";
import {
  ruleDocUrl
} from "./chunk-RZYRWAGT.mjs";
import {
  escapeControl,
  guardJson
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/rdjson.ts
var SEVERITY = { error: "ERROR", warning: "WARNING", note: "INFO" };
var formatRdjson = (result) => {
  const texts = new Map(result.files.map((file) => [file.path, file.text.split("\n")]));
  const position = (span, line, column) => ({ line, column: utf8Column(texts.get(span.file)?.[line - 1] ?? "", column) });
  const range = (span) => ({ start: position(span, span.line, span.column), end: position(span, span.endLine, span.endColumn) });
  const diagnostics = result.files.flatMap(
    (file) => file.findings.map((finding) => {
      const url = ruleDocUrl(finding.ruleId);
      return {
        message: escapeControl(finding.message),
        location: { path: file.path, range: range({ ...finding.span, file: file.path }) },
        severity: SEVERITY[finding.level],
        code: url ? { value: finding.ruleId, url } : { value: finding.ruleId },
        ...finding.related.length > 0 ? { related_locations: finding.related.map((related) => ({ message: escapeControl(related.message), location: { path: related.span.file, range: range(related.span) } })) } : {}
      };
    })
  );
  return guardJson(JSON.stringify({ source: { name: "compose-lint", url: "https://www.npmjs.com/package/compose-lint" }, diagnostics }, null, 2) + "\n");
};
export {
  formatRdjson
};
