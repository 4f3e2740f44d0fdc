/**
 * The programmatic API: the same path the CLI takes, from paths or text to findings.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { rules as allRules } from "../rules/index.js";
import { discover, displayPath } from "./discover.js";
import type { DiscoveryError } from "./discover.js";
import { ConfigResolver } from "./config/resolve.js";
import type { EffectiveConfig } from "./config/resolve.js";
import { BUILTIN_META, compareFindings, lintLoaded, resolveRules } from "./engine/engine.js";
import type { EnabledRule, EngineSettings, Setting } from "./engine/engine.js";
import type { Finding, Rule } from "./engine/rule.js";
import { loadComposeText } from "./load/index.js";
import { FileCache, loadProject, planProjects } from "./load/project.js";
import type { LoadedProject, PlannedProject } from "./load/project.js";
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
  /** Compose files that form one project, in order (`--file`, like `docker compose -f a -f b`). */
  composeFiles?: readonly string[];
  /** `--project-directory`: where `COMPOSE_FILE`, `.env` and relative paths are read from. */
  projectDirectory?: string;
  /** `--env-file` files (later ones win); they replace the project's `.env`. */
  envFiles?: readonly string[];
  /** Follow `include`, `extends` and `env_file` paths that leave the project. */
  allowOutsideProject?: boolean;
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
  const all = lintLoaded(loaded, rules, knownRuleIds(options), engineSettings(options));
  return { path, text, findings: all.filter((f) => !f.suppression), suppressed: all.filter((f) => f.suppression), project: loaded.project };
}

/** What the engine takes from the options besides the rules: suppression settings, builtin levels. */
function engineSettings(options: LintOptions): EngineSettings {
  const settings: EngineSettings = { noInlineConfig: options.noInlineConfig, requireReason: options.requireReason, external: options.suppress };
  if (options.rules) settings.levels = options.rules;
  return settings;
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

/**
 * Finds compose files under `paths`, groups them into the projects Docker Compose would load and
 * lints each; unreadable paths are listed in `errors`. A project's configuration is the one its
 * first file finds.
 */
export async function lintFiles(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  if (options.plugins && options.plugins.length > 0) {
    const { loadPlugins } = await import("./plugins.js");
    const loaded = await loadPlugins(options.plugins, cwd);
    options = { ...options, ruleSet: [...(options.ruleSet ?? allRules), ...loaded.flatMap((p) => p.rules)], plugins: [] };
  }
  const resolver = configResolver(options, cwd);
  const ignored: string[] = [];
  const { projects, errors } = await loadProjects(paths, options, (absolute) => {
    const skip = resolver.resolve(absolute).ignored;
    if (skip) ignored.push(displayPath(absolute, cwd));
    return skip;
  });
  const rulesFor = new Map<string, EnabledRule[]>();
  const linted = projects.map((project) => {
    const config = resolver.resolve(project.plan.files[0]!);
    const projectOptions = withConfig(options, config);
    const key = JSON.stringify([projectOptions.strict, projectOptions.rules, projectOptions.ruleOptions]);
    const rules = rulesFor.get(key) ?? enabledRules(projectOptions);
    rulesFor.set(key, rules);
    const findings = lintLoaded(project.loaded, rules, knownRuleIds(projectOptions), engineSettings(projectOptions));
    return { ...project, findings, ...(config.failLevel ? { failLevel: config.failLevel } : {}) };
  });
  const files = projectResults(linted, cwd);
  return ignored.length > 0 ? { files, errors, ignored } : { files, errors };
}
/** The projects under `paths` (see `planProjects`), loaded: what `--print-project` prints. */
export async function loadProjects(
  paths: readonly string[],
  options: LintOptions = {},
  isIgnored: (absolute: string) => boolean = () => false,
): Promise<{ projects: { plan: PlannedProject; loaded: LoadedProject }[]; errors: DiscoveryError[] }> {
  const cwd = options.cwd ?? process.cwd();
  const composeFiles = options.composeFiles ?? [];
  const errors: DiscoveryError[] = [];
  for (const file of composeFiles) {
    if (!existsSync(resolve(cwd, file))) errors.push({ path: file, message: "no such file or directory" });
  }
  const searched = paths.length > 0 || composeFiles.length > 0 ? paths : [options.projectDirectory ?? "."];
  const discovery = searched.length > 0 ? await discover(searched, cwd) : { files: [], errors: [] };
  errors.push(...discovery.errors);
  if (errors.length > 0 && composeFiles.length > 0) return { projects: [], errors };
  const named = new Set(searched.map((p) => resolve(cwd, p)).filter((p) => discovery.files.includes(p)));
  const directories = searched.map((p) => resolve(cwd, p)).filter((p) => !named.has(p) && isDirectory(p));
  const env = options.env ?? process.env;
  const planOptions = { cwd, composeFiles, env, directories, dotenv: options.dotenv !== false, ...(options.projectDirectory ? { projectDirectory: options.projectDirectory } : {}), ...(options.envFiles ? { envFiles: options.envFiles } : {}) };
  const cache = new FileCache(decodeText);
  // A file found or named that cannot be read as text is a path error, as before project mode.
  const unreadable = new Set<string>();
  const ignored = new Set(discovery.files.filter(isIgnored));
  for (const file of discovery.files) {
    if (ignored.has(file)) continue;
    const read = await cache.read(file);
    if ("error" in read) {
      unreadable.add(file);
      errors.push({ path: displayPath(file, cwd), message: read.error === "no such file" ? "cannot read (ENOENT)" : read.error });
    }
  }
  const plans = planProjects(discovery.files.filter((f) => !unreadable.has(f) && !ignored.has(f)), named, planOptions);
  const projectOptions = { env, dotenv: options.dotenv !== false, allowOutsideProject: options.allowOutsideProject === true, display: (absolute: string) => displayPath(absolute, cwd) };
  const projects = [];
  for (const plan of plans) projects.push({ plan, loaded: await loadProject(plan, cache, projectOptions) });
  return { projects, errors };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * One result per file: a project's findings go to the file each is located in. A project named
 * through some of its files reports only what is located in (or related to) those files.
 */
function projectResults(projects: readonly LintedProject[], cwd: string): FileResult[] {
  const byPath = new Map<string, FileResult>();
  const seen = new Set<string>();
  const resultFor = (path: string, text: string, failLevel: FileResult["failLevel"]) => {
    let result = byPath.get(path);
    if (!result) {
      result = { path, text, findings: [], suppressed: [] };
      if (failLevel) result.failLevel = failLevel;
      byPath.set(path, result);
    }
    return result;
  };
  for (const { plan, loaded, findings, failLevel } of projects) {
    const texts = new Map((loaded.files ?? [loaded.file]).map((f) => [f.path, f.text]));
    const reportOnly = plan.reportOnly ? new Set([...plan.reportOnly].map((f) => displayPath(f, cwd))) : undefined;
    const shows = (path: string) => !reportOnly || reportOnly.has(path);
    for (const f of loaded.project?.files ?? [loaded.file]) if (shows(f.path)) resultFor(f.path, f.text, failLevel);
    const primary = resultFor(loaded.file.path, loaded.file.text, failLevel);
    if (loaded.project && shows(loaded.file.path)) primary.project = loaded.project;
    for (const finding of findings) {
      if (!shows(finding.span.file) && !finding.related.some((r) => shows(r.span.file))) continue;
      const key = `${finding.ruleId}\0${finding.span.file}:${finding.span.line}:${finding.span.column}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const result = resultFor(finding.span.file, texts.get(finding.span.file) ?? "", failLevel);
      (finding.suppression ? result.suppressed! : result.findings).push(finding);
    }
    if (reportOnly && !shows(loaded.file.path) && primary.findings.length === 0 && primary.suppressed!.length === 0) byPath.delete(loaded.file.path);
  }
  return [...byPath.values()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((r) => ({ ...r, findings: r.findings.sort(compareFindings), suppressed: r.suppressed!.sort(compareFindings) }));
}

interface LintedProject {
  plan: PlannedProject;
  loaded: LoadedProject;
  findings: Finding[];
  failLevel?: FileResult["failLevel"];
}
