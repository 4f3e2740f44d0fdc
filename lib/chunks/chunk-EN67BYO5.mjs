import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  findingFingerprints
} from "./chunk-E6G3HJM5.mjs";
import {
  pathFromRoot
} from "./chunk-S3DTWN3L.mjs";
import {
  guardJson
} from "./chunk-5ZHKE5OY.mjs";

// src/format/gitlab.ts
function codeQualitySeverity(level, meta) {
  const score = meta?.securitySeverity ?? 5;
  if (level === "error") return score >= 9 ? "blocker" : "critical";
  if (level === "warning") return score < 4 ? "minor" : "major";
  return "info";
}
function formatGitlab(result, context) {
  const root = (context.env ?? process.env).CI_PROJECT_DIR || void 0;
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
        fingerprint: fingerprints[i],
        location: { path, lines: { begin: finding.span.line, end: finding.span.endLine } }
      };
    });
  });
  return guardJson(JSON.stringify(issues, null, 2) + "\n");
}

export {
  codeQualitySeverity,
  formatGitlab
};
