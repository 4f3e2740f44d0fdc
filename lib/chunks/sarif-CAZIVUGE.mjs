import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  findingFingerprints
} from "./chunk-E6G3HJM5.mjs";
import {
  ruleMarkdown
} from "./chunk-SAATMDF2.mjs";
import {
  homepage,
  ruleDocUrl,
  version
} from "./chunk-RZYRWAGT.mjs";
import "./chunk-2ZSOFDUQ.mjs";
import "./chunk-4IANI4KZ.mjs";
import "./chunk-EC2PSDJG.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-6DRHLQUI.mjs";
import "./chunk-U3O6HMQQ.mjs";
import {
  guardJson
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/sarif.ts
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function ruleName(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash, ch) => ch.toUpperCase());
}
function ruleDescriptor(meta) {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.help },
    ...ruleDocUrl(meta.id) ? { helpUri: ruleDocUrl(meta.id) } : {},
    help: { text: meta.help, markdown: ruleMarkdown(meta) },
    defaultConfiguration: { level: meta.level },
    properties: {
      tags: meta.tags,
      precision: "high",
      "problem.severity": meta.level === "note" ? "recommendation" : meta.level,
      "security-severity": meta.securitySeverity.toFixed(1)
    }
  };
}
function sarifFix(fix) {
  const files = [...new Set(fix.edits.map((e) => e.span.file))];
  const behaviour = fix.safety === "behaviour" ? " (may change behaviour: applied only with --fix-type all)" : "";
  return {
    description: { text: `${fix.description}${behaviour}` },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: encodeURI(file), uriBaseId: "%SRCROOT%" },
      replacements: fix.edits.filter((e) => e.span.file === file).map((e) => ({
        deletedRegion: { startLine: e.span.line, startColumn: e.span.column, endLine: e.span.endLine, endColumn: e.span.endColumn },
        insertedContent: { text: e.newText }
      }))
    })),
    properties: { safety: fix.safety }
  };
}
var formatSarif = (result, context) => {
  const rules = [...context.rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const index = new Map(rules.map((meta, i) => [meta.id, i]));
  const results = result.files.flatMap((file) => {
    const suppressed = file.suppressed ?? [];
    const fingerprints = [...findingFingerprints(file), ...findingFingerprints({ ...file, findings: suppressed })];
    return [...file.findings, ...suppressed].map((finding, i) => {
      const physical = (span) => ({
        artifactLocation: { uri: encodeURI(span.file), uriBaseId: "%SRCROOT%" },
        region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: Math.max(span.endColumn, span.column + (span.endLine === span.line ? 1 : 0)) }
      });
      const out = {
        ruleId: finding.ruleId,
        level: finding.level,
        message: { text: finding.message },
        locations: [{ physicalLocation: physical(finding.span) }],
        partialFingerprints: { "composeLint/v1": fingerprints[i] }
      };
      if (finding.suppression) {
        const { kind, justification } = finding.suppression;
        out.suppressions = [{ kind, status: "accepted", ...justification ? { justification } : {} }];
      }
      if (result.baseline && !finding.suppression) out.baselineState = result.baseline.unchanged.has(finding) ? "unchanged" : "new";
      const ruleIndex = index.get(finding.ruleId);
      if (ruleIndex !== void 0) out.ruleIndex = ruleIndex;
      if (finding.fix) out.fixes = [sarifFix(finding.fix)];
      if (finding.related.length > 0) {
        out.relatedLocations = finding.related.map((related, id) => ({ id, message: { text: related.message }, physicalLocation: physical(related.span) }));
      }
      return out;
    });
  });
  const rootUri = pathToFileURL(context.cwd).href.replace(/\/?$/, "/");
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "compose-lint",
            version,
            semanticVersion: version,
            informationUri: homepage,
            rules: rules.map(ruleDescriptor)
          }
        },
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            toolExecutionNotifications: result.errors.map((error) => ({
              level: "error",
              message: { text: `${error.path}: ${error.message}` }
            }))
          }
        ],
        originalUriBaseIds: { "%SRCROOT%": { uri: rootUri } },
        // A project spans several files: each one read is an artifact of the run.
        artifacts: result.files.map((file) => ({ location: { uri: encodeURI(file.path), uriBaseId: "%SRCROOT%" } })),
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return guardJson(JSON.stringify(log, null, 2) + "\n");
};
export {
  formatSarif
};
