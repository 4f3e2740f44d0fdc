/** compose-lint's programmatic API: the same path the CLI takes. */
export { lintFiles, lintText, enabledRules, loadProjects } from "./lint.js";
export type { FileResult, LintOptions, LintResult } from "./lint.js";
export { loadComposeText } from "./load/index.js";
export { defineRule } from "./engine/rule.js";
export type { Finding, Rule, RuleContext, RuleMeta, ReportDescriptor, Preset, OptionsSchema, Suppression, Fix, FixRefusal, FixSafety, TextEdit } from "./engine/rule.js";
export { fixText, fixFiles } from "./fix/run.js";
export { fileDiff } from "./fix/diff.js";
export type { FixRun } from "./fix/run.js";
export type { FileFixes, FixSelection, FixType, AppliedFix, RefusedFix } from "./fix/apply.js";
export { loadPlugins, PluginError } from "./plugins.js";
export type { LoadedPlugin } from "./plugins.js";
export { ConfigError } from "./config/read.js";
export { configSchema } from "./config/schema.js";
export { rules } from "../rules/index.js";
export { loadFormatter, FORMAT_NAMES } from "./format/index.js";
export type * from "./model/types.js";
