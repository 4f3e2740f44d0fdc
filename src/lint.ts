/**
 * The programmatic API: the same path the CLI takes, from paths or text to findings.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { rules as allRules } from "../rules/index.js";
import { discover, displayPath } from "./discover.js";
import type { DiscoveryError } from "./discover.js";
import { compareFindings, lintLoaded, resolveRules } from "./engine/engine.js";
import type { EnabledRule, Setting } from "./engine/engine.js";
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
  /** The normalised model, when the file loaded (for formatters that draw it, e.g. the exposure map). */
  project?: ComposeProject;
}

export interface LintResult {
  files: FileResult[];
  /** Paths that could not be read or held no compose file: reported, not linted. */
  errors: DiscoveryError[];
}

/** The rules the options turn on, with their levels. */
export function enabledRules(options: LintOptions): EnabledRule[] {
  return resolveRules(options.ruleSet ?? allRules, { strict: options.strict, rules: options.rules, options: options.ruleOptions });
}

/** Lints one file's text. `path` is the name reported. */
export function lintText(text: string, path: string, options: LintOptions = {}, rules = enabledRules(options)): FileResult {
  const loaded = loadComposeText(text, path, { env: options.env ?? process.env });
  const known = new Set([...allRules, ...(options.ruleSet ?? [])].map((rule) => rule.meta.id));
  return { path, text, findings: lintLoaded(loaded, rules, known), project: loaded.project };
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

/** Finds compose files under `paths`, groups them into projects and lints each; unreadable paths are listed in `errors`. */
export async function lintFiles(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const rules = enabledRules(options);
  const { projects, errors } = await loadProjects(paths, options);
  const known = new Set([...allRules, ...(options.ruleSet ?? [])].map((rule) => rule.meta.id));
  return { files: projectResults(projects, rules, known, options.cwd ?? process.cwd()), errors };
}

/** The projects under `paths` (see `planProjects`), loaded: what `--print-project` prints. */
export async function loadProjects(paths: readonly string[], options: LintOptions = {}): Promise<{ projects: { plan: PlannedProject; loaded: LoadedProject }[]; errors: DiscoveryError[] }> {
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
  for (const file of discovery.files) {
    const read = await cache.read(file);
    if ("error" in read) {
      unreadable.add(file);
      errors.push({ path: displayPath(file, cwd), message: read.error === "no such file" ? "cannot read (ENOENT)" : read.error });
    }
  }
  const plans = planProjects(discovery.files.filter((f) => !unreadable.has(f)), named, planOptions);
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
function projectResults(projects: readonly { plan: PlannedProject; loaded: LoadedProject }[], rules: readonly EnabledRule[], known: ReadonlySet<string>, cwd: string): FileResult[] {
  const byPath = new Map<string, FileResult>();
  const seen = new Set<string>();
  const resultFor = (path: string, text: string) => {
    let result = byPath.get(path);
    if (!result) {
      result = { path, text, findings: [] };
      byPath.set(path, result);
    }
    return result;
  };
  for (const { plan, loaded } of projects) {
    const texts = new Map((loaded.files ?? [loaded.file]).map((f) => [f.path, f.text]));
    const reportOnly = plan.reportOnly ? new Set([...plan.reportOnly].map((f) => displayPath(f, cwd))) : undefined;
    const shows = (path: string) => !reportOnly || reportOnly.has(path);
    for (const f of loaded.project?.files ?? [loaded.file]) if (shows(f.path)) resultFor(f.path, f.text);
    const primary = resultFor(loaded.file.path, loaded.file.text);
    if (loaded.project && shows(loaded.file.path)) primary.project = loaded.project;
    for (const finding of lintLoaded(loaded, rules, known)) {
      if (!shows(finding.span.file) && !finding.related.some((r) => shows(r.span.file))) continue;
      const key = `${finding.ruleId}\0${finding.span.file}:${finding.span.line}:${finding.span.column}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      resultFor(finding.span.file, texts.get(finding.span.file) ?? "").findings.push(finding);
    }
    if (reportOnly && !shows(loaded.file.path) && primary.findings.length === 0) byPath.delete(loaded.file.path);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((r) => ({ ...r, findings: r.findings.sort(compareFindings) }));
}
