/**
 * GitLab Code Quality (a subset of the Code Climate issue format): shown in merge request widgets
 * when a job publishes it as `artifacts:reports:codequality`.
 */
import type { RuleMeta } from "../engine/rule.js";
import type { Level } from "../model/types.js";
import { findingFingerprints } from "./fingerprint.js";
import { pathFromRoot } from "./paths.js";
import type { CiContext } from "./paths.js";
import type { LintResult } from "../lint.js";
import { guardJson } from "./escape.js";

export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

/** error → critical (blocker from security severity 9.0), warning → major (minor under 4.0), note → info. */
export function codeQualitySeverity(level: Level, meta: Pick<RuleMeta, "securitySeverity"> | undefined): CodeQualitySeverity {
  const score = meta?.securitySeverity ?? 5;
  if (level === "error") return score >= 9 ? "blocker" : "critical";
  if (level === "warning") return score < 4 ? "minor" : "major";
  return "info";
}

export function formatGitlab(result: LintResult, context: CiContext): string {
  const root = (context.env ?? process.env).CI_PROJECT_DIR || undefined;
  const metas = new Map(context.rules.map((meta) => [meta.id, meta]));
  const issues = result.files.flatMap((file) => {
    const path = pathFromRoot(file.path, context.cwd, root);
    const fingerprints = findingFingerprints(file, path);
    return file.findings.map((finding, i) => {
      const meta = metas.get(finding.ruleId);
      return {
        type: "issue",
        engine_name: "compose-lint",
        check_name: finding.ruleId,
        description: finding.message,
        categories: meta?.tags.includes("security") ? ["Security"] : ["Bug Risk"],
        severity: codeQualitySeverity(finding.level, meta),
        fingerprint: fingerprints[i]!,
        location: { path, lines: { begin: finding.span.line, end: finding.span.endLine } },
      };
    });
  });
  return guardJson(JSON.stringify(issues, null, 2) + "\n");
}
