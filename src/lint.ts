/**
 * The programmatic API: the same path the CLI takes, from paths or text to findings.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
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
import { FileCache, loadProject, planProjects } from "./load/project.js";
import { PathProbes } from "./load/probes.js";
import type { FileText, LoadedProject, PlannedProject } from "./load/project.js";
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
  /** Compose files that form one project, in order (`--file`, like `docker compose -f a -f b`). */
  composeFiles?: readonly string[];
  /** `--project-directory`: where `COMPOSE_FILE`, `.env` and relative paths are read from. */
  projectDirectory?: string;
  /** `--env-file` files (later ones win); they replace the project's `.env`. */
  envFiles?: readonly string[];
  /** Follow `include`, `extends` and `env_file` paths that leave the project. */
  allowOutsideProject?: boolean;
  /**
   * Compute the fixes rules offer (default true). `false` when nothing will show or apply them
   * (the command line without --fix and without a JSON or SARIF output): findings then carry no
   * `fix` or `fixRefused`, and a large file is linted faster.
   */
  fixes?: boolean;
  /**
   * Texts to read instead of these files' contents (absolute path → text), compose, env and `.env`
   * files alike: how --fix checks an edit before writing it, and the editor lints unsaved buffers.
   */
  texts?: ReadonlyMap<string, string>;
  /**
   * Another version of the files a project reads (the Action's base commit): a file's text there,
   * `null` when it does not exist there, `undefined` to read it from disk. Compose files, env files
   * and `.env` files are read through it; discovery and configuration still look at the disk.
   */
  textAt?: (absolute: string) => string | null | undefined;
  /**
   * Keep each loaded file's model in its result (`FileResult.project`, default true). `false` when
   * nothing reads it after linting (the command line without --fix, a baseline, or SARIF, Code
   * Climate, GitLab or Markdown output): each project's tree and model are then dropped once it is
   * linted, so memory follows the largest project, not the number of files.
   */
  keepProjects?: boolean;
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

const knownIdsByRuleSet = new WeakMap<readonly Rule[], ReadonlySet<string>>();

/** Every id a setting or a directive may name: the engine's own, the shipped rules', the rule set's (one set per rule set, not per file). */
export function knownRuleIds(options: LintOptions): ReadonlySet<string> {
  const ruleSet = options.ruleSet ?? allRules;
  let known = knownIdsByRuleSet.get(ruleSet);
  if (!known) knownIdsByRuleSet.set(ruleSet, (known = new Set([...BUILTIN_META, ...allRules.map((r) => r.meta), ...ruleSet.map((r) => r.meta)].map((meta) => meta.id))));
  return known;
}

/** Lints one file's text. `path` is the name reported. */
export function lintText(text: string, path: string, options: LintOptions = {}, rules = enabledRules(options)): FileResult {
  try {
    const env = options.env ?? process.env;
    const loaded = loadComposeText(text, path, { env });
    const settings = engineSettings(options);
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
export function configResolver(options: LintOptions, cwd: string, probes?: PathProbes): ConfigResolver {
  const rules = [...BUILTIN_META, ...(options.ruleSet ?? allRules).map((r) => r.meta)];
  return new ConfigResolver({ cwd, rules, disabled: options.config === false, ...(typeof options.config === "string" ? { file: options.config } : {}), ...(probes ? { probes } : {}) });
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
 * Lints a compose file's text with the `.env` file beside `composePath` (none when undefined or
 * with `dotenv: false`). A `.env` that exists but is not read is a `not-linted` finding.
 */
export async function lintTextBeside(text: string, shown: string, composePath: string | undefined, options: LintOptions, rules = enabledRules(options)): Promise<FileResult> {
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const shell = options.env ?? process.env;
  const dotenv = options.dotenv === false || composePath === undefined ? { values: {} } : await loadDotEnv(composePath, shell, maxBytes);
  const env = { ...dotenv.values, ...shell };
  const result = lintText(text, shown, { ...options, env }, rules);
  if (dotenv.problem) {
    const message = `not linted as Docker reads it: ${dotenv.problem}; values it would set for \`\${VAR}\` interpolation are missing`;
    result.findings.unshift({ ruleId: "not-linted", level: "error", message, span: fileStart(shown), related: [] });
  }
  return result;
}

/** What the engine takes from the options besides the rules: suppression settings, builtin levels. */
function engineSettings(options: LintOptions): EngineSettings {
  const settings: EngineSettings = { noInlineConfig: options.noInlineConfig, requireReason: options.requireReason, external: options.suppress };
  if (options.rules) settings.levels = options.rules;
  if (options.fixes === false) settings.fixes = false;
  return settings;
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
  // Paths probed once for the run: planning, configuration search and .env reads share the answers
  // (configuration files are always the disk's: another version of the files is read for planning only).
  const probes = new PathProbes(givenTexts(options));
  const resolver = configResolver(options, cwd, probes.given ? new PathProbes() : probes);
  const ignored: string[] = [];
  const isIgnored = (absolute: string) => {
    const skip = resolver.resolve(absolute).ignored;
    if (skip) ignored.push(displayPath(absolute, cwd));
    return skip;
  };
  const rulesFor = new Map<string, EnabledRule[]>();
  const failed: FileResult[] = [];
  const linted: LintedProject[] = [];
  const keepProjects = options.keepProjects !== false;
  // Each project is linted as soon as it is loaded, and only its findings and texts are kept: its
  // tree and model become garbage before the next one loads (unless an output needs the model).
  const { errors, notLinted } = await forEachProject(paths, options, isIgnored, probes, ({ plan, loaded, earlier }) => {
    // Outside the isolation: an invalid configuration is a usage error for the whole run.
    const config = resolver.resolve(plan.files[0]!);
    // Each project is isolated: one that makes compose-lint fail is an internal-error, the others still run.
    try {
      const projectOptions = withConfig(options, config);
      const key = JSON.stringify([projectOptions.strict, projectOptions.rules, projectOptions.ruleOptions]);
      const rules = rulesFor.get(key) ?? enabledRules(projectOptions);
      rulesFor.set(key, rules);
      const known = knownRuleIds(projectOptions);
      const settings = engineSettings(projectOptions);
      let findings = lintLoaded(loaded, rules, known, settings);
      if (earlier) findings = withEarlierDuplicates(findings, lintLoaded(earlier, rules, known, settings));
      linted.push({
        plan,
        findings,
        file: { path: loaded.file.path, text: loaded.file.text },
        files: (loaded.files ?? [loaded.file]).map((f) => ({ path: f.path, text: f.text })),
        ...(loaded.project ? { projectFiles: loaded.project.files.map((f) => ({ path: f.path, text: f.text })) } : {}),
        ...(loaded.project && keepProjects ? { project: loaded.project } : {}),
        ...(config.failLevel ? { failLevel: config.failLevel } : {}),
      });
    } catch (error) {
      failed.push(failedFile(loaded.file.path, loaded.file.text, error));
    }
  }, true);
  const files = [...projectResults(linted, cwd), ...notLinted, ...failed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return ignored.length > 0 ? { files, errors, ignored } : { files, errors };
}
interface Loaded {
  plan: PlannedProject;
  loaded: LoadedProject;
  /** The project loaded again with the earlier value of each key written twice counting (see withEarlierDuplicates). */
  earlier?: LoadedProject;
}

/** The projects under `paths` (see `planProjects`), loaded: what `--print-project` prints. */
export async function loadProjects(
  paths: readonly string[],
  options: LintOptions = {},
  isIgnored: (absolute: string) => boolean = () => false,
  probes: PathProbes = new PathProbes(),
): Promise<{ projects: Loaded[]; errors: DiscoveryError[]; notLinted: FileResult[] }> {
  const projects: Loaded[] = [];
  const { errors, notLinted } = await forEachProject(paths, options, isIgnored, probes, (project) => projects.push(project));
  return { projects, errors, notLinted };
}

/** Loads the projects under `paths` one after the other, handing each to `use` before the next one loads. */
async function forEachProject(
  paths: readonly string[],
  options: LintOptions,
  isIgnored: (absolute: string) => boolean,
  probes: PathProbes,
  use: (project: Loaded) => void,
  judgeEarlier = false,
): Promise<{ errors: DiscoveryError[]; notLinted: FileResult[] }> {
  const cwd = options.cwd ?? process.cwd();
  const composeFiles = options.composeFiles ?? [];
  const errors: DiscoveryError[] = [];
  for (const file of composeFiles) {
    if (!existsSync(resolve(cwd, file))) errors.push({ path: file, message: "no such file or directory" });
  }
  const searched = paths.length > 0 || composeFiles.length > 0 ? paths : [options.projectDirectory ?? "."];
  const discovery = searched.length > 0 ? await discover(searched, cwd) : { files: [], errors: [], skipped: [] };
  const notLinted = discovery.skipped.map((s) => notLintedFile(displayPath(s.path, cwd), s.reason));
  errors.push(...discovery.errors);
  if (errors.length > 0 && composeFiles.length > 0) return { errors, notLinted };
  const named = new Set(searched.map((p) => resolve(cwd, p)).filter((p) => discovery.files.includes(p)));
  const directories = searched.map((p) => resolve(cwd, p)).filter((p) => !named.has(p) && isDirectory(p));
  const env = options.env ?? process.env;
  const planOptions = { cwd, composeFiles, env, directories, probes, dotenv: options.dotenv !== false, ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}), ...(options.projectDirectory ? { projectDirectory: options.projectDirectory } : {}), ...(options.envFiles ? { envFiles: options.envFiles } : {}) };
  const given = givenTexts(options);
  const cache = new FileCache(projectFileReader(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, given), probes);
  // A file found or named that cannot be read as text is a path error, as before project mode.
  const unreadable = new Set<string>();
  const ignored = new Set(discovery.files.filter(isIgnored));
  for (const file of discovery.files) {
    if (ignored.has(file)) continue;
    const read = await cache.read(file);
    if ("error" in read) {
      unreadable.add(file);
      if (read.notLinted) notLinted.push(notLintedFile(displayPath(file, cwd), read.error));
      else errors.push({ path: displayPath(file, cwd), message: read.error === "no such file" ? "cannot read (ENOENT)" : read.error });
    }
  }
  const plans = planProjects(discovery.files.filter((f) => !unreadable.has(f) && !ignored.has(f)), named, planOptions);
  const projectOptions = { env, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, dotenv: options.dotenv !== false, allowOutsideProject: options.allowOutsideProject === true, display: (absolute: string) => displayPath(absolute, cwd) };
  let shell: Environment | undefined;
  for (const plan of plans) {
    // Each project loads in isolation: a loader failure is an internal-error for its first file.
    let loaded: LoadedProject;
    let earlier: LoadedProject | undefined;
    try {
      // One plain copy of the environment for the run (reading process.env is slow), shared by the
      // projects; taken inside the isolation, as each project's own copy was.
      shell ??= { ...env };
      loaded = await loadProject(plan, cache, { ...projectOptions, env: shell });
      // A key written twice: Docker refuses the file, and the earlier value is judged too.
      if (judgeEarlier && loaded.problems.some((p) => p.ruleId === "duplicate-key")) {
        earlier = await loadProject(plan, cache, { ...projectOptions, env: shell, duplicates: "earlier" });
      }
    } catch (error) {
      const first = plan.files[0]!;
      const read = await cache.read(first);
      notLinted.push(failedFile(displayPath(first, cwd), "text" in read ? read.text : "", error));
      continue;
    }
    use(earlier ? { plan, loaded, earlier } : { plan, loaded });
  }
  return { errors, notLinted };
}

/** The texts the options give instead of the disk's (unsaved buffers, another version's files), if any. */
function givenTexts(options: LintOptions): ((absolute: string) => string | null | undefined) | undefined {
  const { texts, textAt } = options;
  return texts || textAt ? (absolute) => texts?.get(absolute) ?? textAt?.(absolute) : undefined;
}

/** Reads a file of a project as a named file is read: regular files only, within --max-file-size, decoded. */
function projectFileReader(maxBytes: number, given?: LintOptions["textAt"]): (absolute: string) => Promise<FileText> {
  return async (absolute) => {
    const text = given?.(absolute);
    if (text === null) return { error: "no such file" };
    if (text !== undefined) return { text };
    const read = await readRegularFile(absolute, maxBytes);
    if ("notRegular" in read) return { error: "not a regular file" };
    if ("tooLarge" in read) return { error: `${formatSize(read.tooLarge)} is over --max-file-size ${formatSize(maxBytes)}`, notLinted: true };
    return decodeText(read.bytes);
  };
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
  for (const { plan, file, files, projectFiles, project, findings, failLevel } of projects) {
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const reportOnly = plan.reportOnly ? new Set([...plan.reportOnly].map((f) => displayPath(f, cwd))) : undefined;
    const shows = (path: string) => !reportOnly || reportOnly.has(path);
    for (const f of projectFiles ?? [file]) if (shows(f.path)) resultFor(f.path, f.text, failLevel);
    const primary = resultFor(file.path, file.text, failLevel);
    if (project && shows(file.path)) primary.project = project;
    for (const finding of findings) {
      if (!shows(finding.span.file) && !finding.related.some((r) => shows(r.span.file))) continue;
      const key = `${finding.ruleId}\0${finding.span.file}:${finding.span.line}:${finding.span.column}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const result = resultFor(finding.span.file, texts.get(finding.span.file) ?? "", failLevel);
      (finding.suppression ? result.suppressed! : result.findings).push(finding);
    }
    if (reportOnly && !shows(file.path) && primary.findings.length === 0 && primary.suppressed!.length === 0) byPath.delete(file.path);
  }
  return [...byPath.values()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((r) => ({ ...r, findings: r.findings.sort(compareFindings), suppressed: r.suppressed!.sort(compareFindings) }));
}

interface PathText {
  path: string;
  text: string;
}

/** What a linted project leaves for the results: its findings and texts, its model only when kept. */
interface LintedProject {
  plan: PlannedProject;
  findings: Finding[];
  /** The primary file. */
  file: PathText;
  /** Every file the project read (texts for the findings located in them). */
  files: PathText[];
  /** The compose files of the model, when the project loaded one. */
  projectFiles?: PathText[];
  project?: ComposeProject;
  failLevel?: FileResult["failLevel"];
}
