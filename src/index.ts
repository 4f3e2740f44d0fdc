/** compose-lint's programmatic API: the same path the CLI takes. */
export { lintFiles, lintText, enabledRules, loadProjects } from "./lint.js";
export type { FileResult, LintOptions, LintResult } from "./lint.js";
export { loadComposeText } from "./load/index.js";
export { defineRule } from "./engine/rule.js";
export type { Finding, Rule, RuleContext, RuleMeta, ReportDescriptor, Preset } from "./engine/rule.js";
export { rules } from "../rules/index.js";
export { loadFormatter, FORMAT_NAMES } from "./format/index.js";
export type * from "./model/types.js";
