/**
 * The Code Climate engine issue format (codeclimate/platform SPEC.md): what `codeclimate analyze`
 * and other Code Climate consumers read. GitLab's code quality report (the `gitlab` format) is a
 * JSON array of a subset of it; this format adds what the full spec has: positions with columns,
 * the rule's documentation as `content`, related places as `other_locations`, remediation points,
 * and the engine framing (each issue terminated by a NUL character).
 */
import { readFileSync } from "node:fs";
import type { RuleMeta } from "../engine/rule.js";
import { ruleDocPath } from "../meta.js";
import type { Span } from "../model/types.js";
import { codePointColumn } from "./columns.js";
import { escapeControl, escapeLine, guardJson } from "./escape.js";
import { findingFingerprints } from "./fingerprint.js";
import { codeQualitySeverity } from "./gitlab.js";
import type { Formatter } from "./types.js";

/** The spec's unit: 50,000 points is a trivial one-line fix, which these mostly are. */
const BASE_REMEDIATION_POINTS = 50_000;

function ruleContent(meta: RuleMeta | undefined, id: string): string {
  try {
    return readFileSync(ruleDocPath(id), "utf8");
  } catch {
    return meta?.help ?? id;
  }
}

export const formatCodeclimate: Formatter = (result, context) => {
  const metas = new Map(context.rules.map((meta) => [meta.id, meta]));
  const texts = new Map(result.files.map((file) => [file.path, file.text.split("\n")]));
  const contents = new Map<string, string>();
  const location = (span: Span) => {
    const lines = texts.get(span.file) ?? [];
    return {
      path: span.file,
      positions: {
        begin: { line: span.line, column: codePointColumn(lines[span.line - 1] ?? "", span.column) },
        end: { line: span.endLine, column: codePointColumn(lines[span.endLine - 1] ?? "", span.endColumn) },
      },
    };
  };
  return result.files
    .flatMap((file) => {
      const fingerprints = findingFingerprints(file);
      return file.findings.map((finding, i) => {
        const meta = metas.get(finding.ruleId);
        if (!contents.has(finding.ruleId)) contents.set(finding.ruleId, escapeControl(ruleContent(meta, finding.ruleId)));
        const issue = {
          type: "issue",
          check_name: finding.ruleId,
          // The spec wants one line of text without HTML.
          description: escapeLine(finding.message),
          content: { body: contents.get(finding.ruleId)! },
          categories: meta?.tags.includes("security") ? ["Security"] : ["Bug Risk"],
          location: location({ ...finding.span, file: file.path }),
          ...(finding.related.length > 0 ? { other_locations: finding.related.map((related) => location(related.span)) } : {}),
          remediation_points: BASE_REMEDIATION_POINTS,
          severity: codeQualitySeverity(finding.level, meta),
          fingerprint: fingerprints[i]!,
        };
        // The engine spec frames each issue with a NUL; the JSON itself goes through the guard.
        return `${guardJson(JSON.stringify(issue))}\0\n`;
      });
    })
    .join("");
};
