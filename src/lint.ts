/**
 * The programmatic API: the same path the CLI takes, from paths or text to findings.
 */
import { readFile } from "node:fs/promises";
import { rules as allRules } from "../rules/index.js";
import { discover, displayPath } from "./discover.js";
import type { DiscoveryError } from "./discover.js";
import type { BaselineComparison } from "./baseline.js";
import { ConfigResolver } from "./config/resolve.js";
import type { EffectiveConfig } from "./config/resolve.js";
import { BUILTIN_META, lintLoaded, resolveRules } from "./engine/engine.js";
import type { EnabledRule, EngineSettings, Setting } from "./engine/engine.js";
import type { Finding, Rule } from "./engine/rule.js";
import { loadComposeText, readDotEnv } from "./load/index.js";
import type { Environment } from "./load/interpolate.js";
import type { ComposeProject } from "./model/types.js";

export interface LintOptions {
  /** Working directory for discovery and for the paths reported (default: process.cwd()). */
  cwd?: string;
  /** Turn on the strict preset. */
  strict?: boolean;
  /** Per-rule levels, `off` to disable. */
  rules?: Readonly<Record<string, Setting>>;
  /** Per-rule options. */
  ruleOptions?: Readonly<Record<string, Record<string, unknown>>>;
  /**
   * Variables for interpolation. Default: the process environment. The `.env` file beside each
   * compose file is read too; these variables win over it, as in Compose.
   */
  env?: Environment;
  /** Read the `.env` file beside each compose file (default true). */
  dotenv?: boolean;
  /** The rules to choose from (default: all that ship). */
  ruleSet?: readonly Rule[];
  /**
   * Plugin modules to load (paths or package names, resolved from `cwd`); their rules join the
   * rule set. Only named here or on the command line: a configuration file never loads code.
   */
  plugins?: readonly string[];
  /** lintFiles: a configuration file for every linted file; `false` for none; default: searched from each file's folder. */
  config?: string | false;
  /** Ignore every inline directive (comments and `x-compose-lint`). */
  noInlineConfig?: boolean;
  /** An ignore directive without a reason silences nothing and is reported. */
  requireReason?: boolean;
  /** Rule id → reason: findings the configuration suppresses (`overrides[].suppress`). */
  suppress?: Readonly<Record<string, string>>;
}

export interface FileResult {
  /** The path as reported. */
  path: string;
  text: string;
  findings: Finding[];
  /** Findings an ignore directive silenced: shown on request, never counted. */
  suppressed?: Finding[];
  /** The configuration's `failLevel` for this file, when it sets one. */
  failLevel?: "error" | "warning" | "note" | "none";
  /** The normalised model, when the file loaded (for formatters that draw it, e.g. the exposure map). */
  project?: ComposeProject;
}

export interface LintResult {
  files: FileResult[];
  /** Paths that could not be read or held no compose file: reported, not linted. */
  errors: DiscoveryError[];
  /** Files a configuration's `ignore` left out: said, so that a summary never implies they were checked. */
  ignored?: string[];
  /** Set when a baseline was applied (src/baseline.ts): which findings it records, which it lost. */
  baseline?: BaselineComparison;
}

/** The rules the options turn on, with their levels. */
export function enabledRules(options: LintOptions): EnabledRule[] {
  return resolveRules(options.ruleSet ?? allRules, { strict: options.strict, rules: options.rules, options: options.ruleOptions });
}

/** Every id a setting or a directive may name: the engine's own, the shipped rules', the rule set's. */
export function knownRuleIds(options: LintOptions): Set<string> {
  return new Set([...BUILTIN_META, ...allRules.map((r) => r.meta), ...(options.ruleSet ?? []).map((r) => r.meta)].map((meta) => meta.id));
}

/** Lints one file's text. `path` is the name reported. */
export function lintText(text: string, path: string, options: LintOptions = {}, rules = enabledRules(options)): FileResult {
  const loaded = loadComposeText(text, path, { env: options.env ?? process.env });
  const settings: EngineSettings = { noInlineConfig: options.noInlineConfig, requireReason: options.requireReason, external: options.suppress };
  if (options.rules) settings.levels = options.rules;
  const all = lintLoaded(loaded, rules, knownRuleIds(options), settings);
  return { path, text, findings: all.filter((f) => !f.suppression), suppressed: all.filter((f) => f.suppression), project: loaded.project };
}

/** The options for one file: its configuration first, then what the caller set. */
export function withConfig(options: LintOptions, config: EffectiveConfig): LintOptions {
  return {
    ...options,
    strict: options.strict === true || config.strict,
    rules: { ...config.rules, ...options.rules },
    ruleOptions: { ...config.options, ...options.ruleOptions },
    noInlineConfig: options.noInlineConfig === true || config.noInlineConfig,
    requireReason: options.requireReason === true || config.requireReason,
    suppress: { ...config.suppress, ...options.suppress },
  };
}

/** The configuration resolver the options ask for (`config: false` still resolves, to nothing). */
export function configResolver(options: LintOptions, cwd: string): ConfigResolver {
  const rules = [...BUILTIN_META, ...(options.ruleSet ?? allRules).map((r) => r.meta)];
  return new ConfigResolver({ cwd, rules, disabled: options.config === false, ...(typeof options.config === "string" ? { file: options.config } : {}) });
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes a file's bytes as UTF-8 text, or says why it is not a text file. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.subarray(0, 8000).includes(0)) return { error: "not a text file (it contains NUL bytes)" };
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { error: "not a UTF-8 text file" };
  }
}

/** Finds compose files under `paths` and lints each; unreadable paths are listed in `errors`. */
export async function lintFiles(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  if (options.plugins && options.plugins.length > 0) {
    const { loadPlugins } = await import("./plugins.js");
    const loaded = await loadPlugins(options.plugins, cwd);
    options = { ...options, ruleSet: [...(options.ruleSet ?? allRules), ...loaded.flatMap((p) => p.rules)], plugins: [] };
  }
  const resolver = configResolver(options, cwd);
  const rulesFor = new Map<string, EnabledRule[]>();
  const { files, errors } = await discover(paths.length > 0 ? paths : ["."], cwd);
  const results: FileResult[] = [];
  const ignored: string[] = [];
  for (const absolute of files) {
    const shown = displayPath(absolute, cwd);
    const config = resolver.resolve(absolute);
    if (config.ignored) {
      ignored.push(shown);
      continue;
    }
    const fileOptions = withConfig(options, config);
    const key = JSON.stringify([fileOptions.strict, fileOptions.rules, fileOptions.ruleOptions]);
    const rules = rulesFor.get(key) ?? enabledRules(fileOptions);
    rulesFor.set(key, rules);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(absolute);
    } catch (error) {
      errors.push({ path: shown, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    const decoded = decodeText(bytes);
    if ("error" in decoded) {
      errors.push({ path: shown, message: decoded.error });
      continue;
    }
    const dotenv = options.dotenv === false ? {} : await readDotEnv(absolute);
    const env = { ...dotenv, ...(options.env ?? process.env) };
    const result = lintText(decoded.text, shown, { ...fileOptions, env }, rules);
    if (config.failLevel) result.failLevel = config.failLevel;
    results.push(result);
  }
  return ignored.length > 0 ? { files: results, errors, ignored } : { files: results, errors };
}
