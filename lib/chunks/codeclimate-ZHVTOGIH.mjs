import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity
} from "./chunk-EN67BYO5.mjs";
import {
  codePointColumn
} from "./chunk-66345EC4.mjs";
import {
  findingFingerprints
} from "./chunk-E6G3HJM5.mjs";
import {
  ruleDocPath
} from "./chunk-RZYRWAGT.mjs";
import "./chunk-6DRHLQUI.mjs";
import "./chunk-S3DTWN3L.mjs";
import "./chunk-KWFHXTRZ.mjs";
import "./chunk-U3O6HMQQ.mjs";
import {
  escapeControl,
  escapeLine,
  guardJson
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/codeclimate.ts
import { readFileSync } from "node:fs";
var BASE_REMEDIATION_POINTS = 5e4;
function ruleContent(meta, id) {
  try {
    return readFileSync(ruleDocPath(id), "utf8");
  } catch {
    return meta?.help ?? id;
  }
}
var formatCodeclimate = (result, context) => {
  const metas = new Map(context.rules.map((meta) => [meta.id, meta]));
  const texts = new Map(result.files.map((file) => [file.path, file.text.split("\n")]));
  const contents = /* @__PURE__ */ new Map();
  const location = (span) => {
    const lines = texts.get(span.file) ?? [];
    return {
      path: span.file,
      positions: {
        begin: { line: span.line, column: codePointColumn(lines[span.line - 1] ?? "", span.column) },
        end: { line: span.endLine, column: codePointColumn(lines[span.endLine - 1] ?? "", span.endColumn) }
      }
    };
  };
  return result.files.flatMap((file) => {
    const fingerprints = findingFingerprints(file);
    return file.findings.map((finding, i) => {
      const meta = metas.get(finding.ruleId);
      if (!contents.has(finding.ruleId)) contents.set(finding.ruleId, escapeControl(ruleContent(meta, finding.ruleId)));
      const issue = {
        type: "issue",
        check_name: finding.ruleId,
        // The spec wants one line of text without HTML.
        description: escapeLine(finding.message),
        content: { body: contents.get(finding.ruleId) },
        categories: meta?.tags.includes("security") ? ["Security"] : ["Bug Risk"],
        location: location({ ...finding.span, file: file.path }),
        ...finding.related.length > 0 ? { other_locations: finding.related.map((related) => location(related.span)) } : {},
        remediation_points: BASE_REMEDIATION_POINTS,
        severity: codeQualitySeverity(finding.level, meta),
        fingerprint: fingerprints[i]
      };
      return `${guardJson(JSON.stringify(issue))}\0
`;
    });
  }).join("");
};
export {
  formatCodeclimate
};
