/**
 * The programmatic API: the same path the CLI takes, from paths or text to findings.
 */
import { rules as allRules } from "../rules/index.js";
import { discover, displayPath } from "./discover.js";
import type { DiscoveryError } from "./discover.js";
import type { BaselineComparison } from "./baseline.js";
import { ConfigResolver } from "./config/resolve.js";
import type { EffectiveConfig } from "./config/resolve.js";
import { BUILTIN_META, compareFindings, lintLoaded, resolveRules } from "./engine/engine.js";
import type { EnabledRule, EngineSettings, Setting } from "./engine/engine.js";
import type { Finding, Rule } from "./engine/rule.js";
import { DEFAULT_MAX_FILE_SIZE, decodeText, formatSize, loadDotEnv, readRegularFile } from "./load/files.js";
import { loadComposeText } from "./load/index.js";
import type { Environment } from "./load/interpolate.js";
import type { ComposeProject, Span } from "./model/types.js";

export { decodeText } from "./load/files.js";

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
  /** Larger compose (and `.env`) files are not read: a `not-linted` finding (default 10 MB). */
  maxFileSize?: number;
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
  try {
    const env = options.env ?? process.env;
    const loaded = loadComposeText(text, path, { env });
    const settings: EngineSettings = { noInlineConfig: options.noInlineConfig, requireReason: options.requireReason, external: options.suppress };
    if (options.rules) settings.levels = options.rules;
    const known = knownRuleIds(options);
    let all = lintLoaded(loaded, rules, known, settings);
    if (loaded.problems.some((p) => p.ruleId === "duplicate-key")) {
      all = withEarlierDuplicates(all, lintLoaded(loadComposeText(text, path, { env, duplicates: "earlier" }), rules, known, settings));
    }
    // The text as the loader read it (Docker's line breaks), so code frames count lines as the findings do.
    return { path, text: loaded.file.text, findings: all.filter((f) => !f.suppression), suppressed: all.filter((f) => f.suppression), project: loaded.project };
  } catch (error) {
    return failedFile(path, text, error);
  }
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

const BUILTIN_IDS = new Set(BUILTIN_META.map((meta) => meta.id));

/**
 * A file with a repeated key is judged twice: once with the later values, once with the earlier
 * ones. Docker refuses it either way, but the repository still holds both values, other tools
 * may take the first, and a reviewer may read only one: a dangerous value must not hide behind
 * a harmless twin. Rule findings of the second pass are added; an ignore comment counts as unused
 * only when it silences nothing in either pass.
 */
function withEarlierDuplicates(later: Finding[], earlier: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.ruleId}\0${f.span.line}:${f.span.column}-${f.span.endLine}:${f.span.endColumn}\0${f.message}`;
  const seen = new Set(later.map(key));
  const unusedInEarlier = new Set(earlier.filter((f) => f.ruleId === "unused-ignore").map(key));
  const kept = later.filter((f) => f.ruleId !== "unused-ignore" || unusedInEarlier.has(key(f)));
  kept.push(...earlier.filter((f) => !BUILTIN_IDS.has(f.ruleId) && !seen.has(key(f))));
  return kept.sort(compareFindings);
}

function fileStart(path: string): Span {
  return { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** One file's result when loading or checking it threw: the other files still run. */
export function failedFile(path: string, text: string, error: unknown): FileResult {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const message = `compose-lint failed on this file (${detail.split("\n")[0]!.slice(0, 200)}); it was not linted. This is a bug in compose-lint: please report it with the file that triggers it`;
  return { path, text, findings: [{ ruleId: "internal-error", level: "error", message, span: fileStart(path), related: [] }] };
}

/** A file compose-lint did not read or lint, with the reason (a finding that fails the run). */
export function notLintedFile(path: string, reason: string): FileResult {
  return { path, text: "", findings: [{ ruleId: "not-linted", level: "error", message: `not linted: ${reason}`, span: fileStart(path), related: [] }] };
}

/**
 * Lints one file from disk. Read errors that make the path unusable go to `errors`; a file too
 * large to read is a `not-linted` result.
 */
async function lintFile(absolute: string, shown: string, options: LintOptions, rules: EnabledRule[], errors: DiscoveryError[]): Promise<FileResult | undefined> {
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let read;
  try {
    read = await readRegularFile(absolute, maxBytes);
  } catch (error) {
    errors.push({ path: shown, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
    return undefined;
  }
  if ("notRegular" in read) {
    errors.push({ path: shown, message: "not a regular file" });
    return undefined;
  }
  if ("tooLarge" in read) return notLintedFile(shown, `${formatSize(read.tooLarge)} is over --max-file-size ${formatSize(maxBytes)}`);
  const decoded = decodeText(read.bytes);
  if ("error" in decoded) {
    errors.push({ path: shown, message: decoded.error });
    return undefined;
  }
  return lintTextBeside(decoded.text, shown, absolute, options, rules);
}

/**
 * Lints a compose file's text with the `.env` file beside `composePath` (none when undefined or
 * with `dotenv: false`). A `.env` that exists but is not read is a `not-linted` finding.
 */
export async function lintTextBeside(text: string, shown: string, composePath: string | undefined, options: LintOptions, rules = enabledRules(options)): Promise<FileResult> {
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const dotenv = options.dotenv === false || composePath === undefined ? { values: {} } : await loadDotEnv(composePath, maxBytes);
  const env = { ...dotenv.values, ...(options.env ?? process.env) };
  const result = lintText(text, shown, { ...options, env }, rules);
  if (dotenv.problem) {
    const message = `not linted as Docker reads it: ${dotenv.problem}; values it would set for \`\${VAR}\` interpolation are missing`;
    result.findings.unshift({ ruleId: "not-linted", level: "error", message, span: fileStart(shown), related: [] });
  }
  return result;
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
  const { files, errors, skipped } = await discover(paths.length > 0 ? paths : ["."], cwd);
  const results: FileResult[] = skipped.map((s) => notLintedFile(displayPath(s.path, cwd), s.reason));
  const ignored: string[] = [];
  for (const absolute of files) {
    const shown = displayPath(absolute, cwd);
    // Outside the per-file isolation: an invalid configuration is a usage error for the whole run.
    const config = resolver.resolve(absolute);
    if (config.ignored) {
      ignored.push(shown);
      continue;
    }
    const fileOptions = withConfig(options, config);
    const key = JSON.stringify([fileOptions.strict, fileOptions.rules, fileOptions.ruleOptions]);
    const rules = rulesFor.get(key) ?? enabledRules(fileOptions);
    rulesFor.set(key, rules);
    try {
      const result = await lintFile(absolute, shown, fileOptions, rules, errors);
      if (result && config.failLevel) result.failLevel = config.failLevel;
      if (result) results.push(result);
    } catch (error) {
      results.push(failedFile(shown, "", error));
    }
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return ignored.length > 0 ? { files: results, errors, ignored } : { files: results, errors };
}
