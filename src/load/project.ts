/**
 * Project mode: the files Docker Compose would load together (base + override, `-f` files,
 * `COMPOSE_FILE`), with `extends`, `include` and services' `env_file`, merged into one located
 * tree before normalisation. Every value keeps the file and span that wrote it.
 *
 * Paths that leave the project's boundary (the git top-level, else the linted root), remote
 * includes, and nesting beyond the limits are not followed: each is a `not-linted` finding.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { ComposeProject, SourceFile, Span } from "../model/types.js";
import type { Environment, Lookup, Substitution } from "./interpolate.js";
import { tooDeepMessage, variable } from "./interpolate.js";
import { noVariables, readDotEnvText, readEnvFile, readRawEnvFile } from "./dotenv.js";
import { DEFAULT_MAX_FILE_SIZE, dotEnvStops, loadDotEnv, loadDotEnvSync } from "./files.js";
import { exists, realPath } from "./probes.js";
import type { PathProbes } from "./probes.js";
import type { DotEnv } from "./files.js";
import { topLevelProblem } from "./index.js";
import type { LoadProblem, LoadResult } from "./index.js";
import { enforceUnicity, mapNode, mergeNodes, resolveFileTags, resolveTags } from "./merge.js";
import type { MergeProblem } from "./merge.js";
import { normalize } from "./normalize.js";
import { child, entry, locateIn, parseTree, withValue } from "./tree.js";
import type { DuplicateKeyWinner, TEntry, TMap, TNode, TScalar } from "./tree.js";

/** The files `docker compose` looks for in a directory, in its order of preference. */
export const DEFAULT_FILES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"] as const;
/** The override it merges onto the first of those, in its order of preference. */
export const OVERRIDE_FILES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"] as const;

/** Nesting of `include` and `extends` followed, and files read per project. */
export const PROJECT_LIMITS = { depth: 10, files: 100 } as const;

export interface ProjectPlan {
  /** Absolute paths of the compose files, in merge order. */
  files: string[];
  /** The project directory: relative paths and `.env` are read from it. */
  directory: string;
  /** `--env-file` files, or the shell's `COMPOSE_ENV_FILES` (absolute); none means the project directory's `.env`. */
  envFiles: string[];
  /** False when the shell's `COMPOSE_DISABLE_ENV_FILE` turns the project directory's `.env` off. */
  dotenv?: false;
  /** Where `include`, `extends` and `env_file` may lead (absolute). */
  boundary: string;
  /** A note about how the project was formed (an override without a base). */
  note?: string;
}

export interface ProjectOptions {
  /** The shell environment: it wins over every env file. */
  env: Environment;
  /** Read the project's `.env` (default true). */
  dotenv: boolean;
  allowOutsideProject: boolean;
  /** Files larger than this are not read (`--max-file-size`). */
  maxFileSize?: number;
  /** The path a finding reports for an absolute path. */
  display: (absolute: string) => string;
  /** Which of a key written twice in a mapping counts (Docker refuses such a file; both are judged, in two loads). */
  duplicates?: DuplicateKeyWinner;
}

const ORIGIN: Span = { file: "", line: 1, column: 1, endLine: 1, endColumn: 1 };

function startOf(file: string): Span {
  return { ...ORIGIN, file };
}

/** The git top-level above `dir`, else undefined. */
export function gitTopLevel(dir: string, probes?: PathProbes): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (exists(probes, current, ".git")) return current;
    if (dirname(current) === current) return undefined;
  }
}

export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The default project of a directory: the first default file, with the first override file. */
export function defaultProjectFiles(dir: string, probes?: PathProbes): { base?: string; override?: string } {
  // A file of another version (the Action's base commit) is a file there, whatever the disk holds.
  const isFileThere = (path: string) => (typeof probes?.given?.(path) === "string" ? true : isFile(path));
  const first = (names: readonly string[]) => names.map((name) => join(dir, name)).find((path, i) => exists(probes, dir, names[i]!) && isFileThere(path));
  return { base: first(DEFAULT_FILES), override: first(OVERRIDE_FILES) };
}

/** `COMPOSE_FILE` split as Compose splits it (`COMPOSE_PATH_SEPARATOR`, else `:`, `;` on Windows). */
export function composeFileList(value: string, separator: string | undefined): string[] {
  const sepChar = separator || (process.platform === "win32" ? ";" : ":");
  return value.split(sepChar).filter(Boolean);
}

/** A file's text, or why it was not read (`notLinted` when it was deliberately left out, e.g. too large). */
export type FileText = { text: string } | { error: string; notLinted?: true };

async function readUtf8(absolute: string): Promise<{ text: string }> {
  return { text: readFileSync(absolute, "utf8") };
}

/** One read per file per run, whichever projects include it. */
export class FileCache {
  private readonly texts = new Map<string, Promise<FileText>>();
  private readonly trees = new Map<string, ReturnType<typeof parseTree>>();
  /** Files parsed once already (their trees were not kept). */
  private readonly askedBefore = new Set<string>();
  /** Environments by content: two projects with the same variables share the parsed trees. */
  private readonly envKeys = new WeakMap<Environment, string>();

  /**
   * `readText` reads a file as the CLI does (size limit, regular files only, decoding) or says why
   * it did not; by default, any file decoded as UTF-8.
   */
  constructor(
    private readonly readText: (absolute: string) => Promise<FileText> = readUtf8,
    /** The run's path probes, shared with planning and the configuration search (their given texts, a `.env`'s included). */
    readonly probes?: PathProbes,
  ) {}

  read(absolute: string): Promise<FileText> {
    let pending = this.texts.get(absolute);
    if (!pending) {
      pending = this.readText(absolute).catch((error: NodeJS.ErrnoException) => ({ error: error.code === "ENOENT" ? "no such file" : `cannot read (${error.code ?? "error"})` }));
      this.texts.set(absolute, pending);
    }
    return pending;
  }

  /**
   * The located tree of a file under one environment (interpolation depends on it). Trees are kept
   * only for files asked for a second time (a file several projects include or extend): most files
   * belong to one project, whose tree then dies with it, so memory follows the largest project, and
   * no kept tree costs the later garbage collections a copy. A file asked for once never has its
   * environment keyed either.
   */
  parse(absolute: string, text: string, shown: string, env: Environment, duplicates: DuplicateKeyWinner = "later"): ReturnType<typeof parseTree> {
    // The second load of a project with a repeated key (the earlier value counting) is rare: never kept.
    if (duplicates === "earlier") return parseTree(text, shown, env, duplicates);
    if (!this.askedBefore.has(absolute)) {
      this.askedBefore.add(absolute);
      return parseTree(text, shown, env);
    }
    let envKey = this.envKeys.get(env);
    if (envKey === undefined) {
      envKey = JSON.stringify(Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      this.envKeys.set(env, envKey);
    }
    const key = `${absolute}\0${envKey}`;
    let parsed = this.trees.get(key);
    if (!parsed) {
      parsed = parseTree(text, shown, env);
      this.trees.set(key, parsed);
    }
    return parsed;
  }
}

/**
 * Reads env files (later ones win), or the directory's `.env` as the loader reads one beside a
 * file (missing is empty; a FIFO, a device or one over the size limit is not read, and `problem`
 * says so).
 */
export async function readEnvFiles(files: readonly string[], directory: string, cache: FileCache, useDotenv: boolean, env: Environment, maxBytes = DEFAULT_MAX_FILE_SIZE): Promise<DotEnv> {
  if (files.length === 0) return useDotenv ? loadDotEnv(join(directory, "compose.yaml"), env, maxBytes, cache.probes) : { values: {} };
  const out: DotEnv = { values: noVariables() };
  for (const file of files) {
    const read = await cache.read(file);
    if (!("text" in read)) {
      out.problem = `${file}: ${read.error}`;
      continue;
    }
    const dotenv = readDotEnvText(read.text, file, env, out.values);
    Object.assign(out.values, dotenv.values);
    if (dotenv.error !== undefined) out.problem = dotEnvStops(dotenv.error, file);
  }
  return out;
}

function scalarText(node: TNode | undefined): string | undefined {
  return node?.kind === "scalar" && node.value !== null ? String(node.value) : undefined;
}

function textList(node: TNode | undefined): TScalar[] {
  if (!node) return [];
  if (node.kind === "seq") return node.items.filter((item): item is TScalar => scalarText(item) !== undefined);
  return scalarText(node) !== undefined ? [node as TScalar] : [];
}

function withoutKeys(map: TMap, keys: readonly string[]): TMap {
  return keys.some((key) => entry(map, key)) ? mapNode(map.span, map.entries.filter((e) => !keys.includes(e.key))) : map;
}

function setEntry(map: TMap, key: string, value: TNode, keySpan: Span = value.span): TMap {
  const existing = map.entries.findIndex((e) => e.key === key);
  const next = existing >= 0 ? withValue(map.entries[existing]!, value) : { key, keySpan, span: value.span, value };
  const entries = [...map.entries];
  if (existing >= 0) entries[existing] = next;
  else entries.push(next);
  return mapNode(map.span, entries);
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;
const RESOURCES = ["services", "networks", "volumes", "secrets", "configs", "models"] as const;

interface Context {
  env: Environment;
  boundary: string;
  depth: number;
}

/** Loads one project: its files merged, extends and includes applied, env files read. */
export class ProjectLoader {
  readonly problems: LoadProblem[] = [];
  /** Values interpolation took from the environment or `.env` files, in every file read (the engine masks them in messages). */
  readonly substituted: Substitution[] = [];
  /** Every compose file read, by absolute path (for code frames and suppressions). */
  readonly sources = new Map<string, SourceFile>();
  /** Env files read (text only). */
  readonly envSources = new Map<string, SourceFile>();
  private readonly absoluteOf = new Map<string, string>();
  /**
   * The directory a file's relative paths resolve from: the project directory for the project's
   * own files (as `-f` files in another folder), an include's project directory for its files;
   * any other file (extended from) its own directory.
   */
  readonly baseDirectory = new Map<string, string>();
  private filesRead = 0;
  /** True once a service was merged with what it extends (Compose then de-duplicates its lists). */
  extended = false;
  private limitReported = false;

  constructor(
    private readonly cache: FileCache,
    private readonly options: ProjectOptions,
  ) {}

  private problem(ruleId: LoadProblem["ruleId"], span: Span, message: string, level?: LoadProblem["level"]): void {
    const p: LoadProblem = { ruleId, span, message };
    if (level) p.level = level;
    this.problems.push(p);
  }

  private realPath(path: string): string {
    return this.cache.probes ? this.cache.probes.realPath(path) : realPath(path);
  }

  private outside(target: string, context: Context, at: Span, what: string): boolean {
    if (this.options.allowOutsideProject || (isInside(target, context.boundary) && isInside(this.realPath(target), this.realPath(context.boundary)))) return false;
    this.problem("not-linted", at, `${what} ${this.options.display(target)} is outside the project (${this.options.display(context.boundary) || "."}); it was not linted. Lint it on its own, or pass --allow-outside-project.`);
    return true;
  }

  /** Reads and parses one compose file; problems are reported at `at` (the reference to it). */
  private async tree(absolute: string, context: Context, at: Span | undefined): Promise<TMap | undefined> {
    const shown = this.options.display(absolute);
    if (!this.sources.has(absolute)) {
      if (this.filesRead >= PROJECT_LIMITS.files) {
        if (!this.limitReported) this.problem("not-linted", at ?? startOf(shown), `the project reads more than ${PROJECT_LIMITS.files} files; ${shown} and the files after it were not linted.`);
        this.limitReported = true;
        return undefined;
      }
      this.filesRead++;
    }
    const read = await this.cache.read(absolute);
    if ("error" in read) {
      if (read.notLinted) this.problem("not-linted", at ?? startOf(shown), `${shown} was not linted: ${read.error}.`);
      else this.problem("project-error", at ?? startOf(shown), `${shown}: ${read.error}`);
      return undefined;
    }
    const parsed = this.cache.parse(absolute, read.text, shown, context.env, this.options.duplicates);
    this.substituted.push(...(parsed.substituted ?? []));
    const root = parsed.root ? resolveFileTags(parsed.root, parsed) : undefined;
    if (!this.sources.has(absolute)) {
      this.absoluteOf.set(shown, absolute);
      // The text as Docker reads it (foreign line breaks as LF), so code frames count lines as the spans do.
      this.sources.set(absolute, { path: shown, text: parsed.text, data: root?.data ?? null, locate: (p, part) => locateIn(root, p, part) });
    }
    for (const p of parsed.problems) this.problem(p.ruleId, p.span, p.message);
    if (parsed.problems.some((p) => p.ruleId === "yaml-syntax") || !parsed.root) {
      if (!parsed.root && !parsed.problems.some((p) => p.ruleId === "yaml-syntax" || p.ruleId === "not-linted")) this.problems.push(topLevelProblem(undefined, shown)!);
      return undefined;
    }
    const shape = topLevelProblem(parsed.root, shown);
    if (shape) this.problems.push(shape);
    return parsed.root?.kind === "map" ? parsed.root : undefined;
  }

  /** A compose file with its `include` and `extends` applied, still carrying its merge tags. */
  async file(absolute: string, context: Context, at?: Span, chain: readonly string[] = []): Promise<TMap | undefined> {
    if (context.depth > PROJECT_LIMITS.depth) {
      this.problem("not-linted", at ?? startOf(this.options.display(absolute)), `include and extends nest deeper than ${PROJECT_LIMITS.depth} levels; ${this.options.display(absolute)} was not linted.`);
      return undefined;
    }
    let root = await this.tree(absolute, context, at);
    if (!root) return undefined;
    root = await this.applyExtends(root, absolute, context, chain);
    root = await this.applyInclude(root, absolute, context, chain);
    return root;
  }

  private async applyExtends(root: TMap, absolute: string, context: Context, chain: readonly string[]): Promise<TMap> {
    const services = child(root, "services");
    if (services?.kind !== "map" || !services.entries.some((e) => child(e.value, "extends"))) return root;
    const entries: TEntry[] = [];
    for (const e of services.entries) {
      const value = await this.extendedService(e, services, absolute, context, [...chain, `${absolute}#${e.key}`]);
      entries.push(value === e.value ? e : withValue(e, value));
    }
    return setEntry(root, "services", mapNode(services.span, entries), entry(root, "services")!.keySpan);
  }

  /** A service with what it `extends` merged under it (recursively), without the `extends` key. */
  private async extendedService(e: TEntry, services: TMap, absolute: string, context: Context, chain: readonly string[]): Promise<TNode> {
    const extendsNode = child(e.value, "extends");
    if (!extendsNode || e.value.kind !== "map") return e.value;
    const own = withoutKeys(e.value, ["extends"]);
    const target = extendsNode.kind === "map" ? child(extendsNode, "service") : extendsNode;
    const name = scalarText(target);
    const fileNode = extendsNode.kind === "map" ? child(extendsNode, "file") : undefined;
    const fileName = scalarText(fileNode);
    // Without a service name the file breaks the schema, which compose-schema reports.
    if (name === undefined) return own;
    let baseServices: TNode | undefined = services;
    let baseFile = absolute;
    if (fileName !== undefined) {
      baseFile = resolve(dirname(absolute), fileName);
      if (this.outside(baseFile, context, fileNode!.span, `extends file`)) return own;
    }
    const key = `${baseFile}#${name}`;
    if (chain.includes(key)) {
      this.problem("project-error", extendsNode.span, `service "${e.key}" extends itself through a cycle (${[...chain.slice(chain.indexOf(key)), key].map((k) => k.split("#")[1]).join(" → ")}); Compose refuses this project.`);
      return own;
    }
    if (chain.length > PROJECT_LIMITS.depth) {
      this.problem("not-linted", extendsNode.span, `extends nests deeper than ${PROJECT_LIMITS.depth} levels; what service "${e.key}" extends was not linted.`);
      return own;
    }
    if (fileName !== undefined) {
      const other = await this.tree(baseFile, { ...context, depth: context.depth + 1 }, fileNode!.span);
      if (!other) return own;
      baseServices = child(other, "services");
    }
    const baseEntry = baseServices?.kind === "map" ? baseServices.entries.find((b) => b.key === name) : undefined;
    if (!baseEntry) {
      const where = fileName !== undefined ? ` in ${this.options.display(baseFile)}` : "";
      this.problem("project-error", target!.span, `service "${e.key}" extends service "${name}", which is not defined${where}.`);
      return own;
    }
    const base = await this.extendedService(baseEntry, baseServices as TMap, baseFile, context, [...chain, key]);
    this.extended = true;
    const problems: MergeProblem[] = [];
    const merged = mergeNodes(resolveTags(base), own, ["services", e.key], problems);
    for (const p of problems) this.problem("project-error", p.span, p.message);
    return merged;
  }

  private async applyInclude(root: TMap, absolute: string, context: Context, chain: readonly string[]): Promise<TMap> {
    const include = child(root, "include");
    if (!include) return root;
    let out = withoutKeys(root, ["include"]);
    const items = include.kind === "seq" ? include.items : [include];
    for (const item of items) {
      const pathNode = item.kind === "map" ? child(item, "path") : item;
      const paths = textList(pathNode);
      if (paths.length === 0) {
        this.problem("project-error", item.span, "an `include` entry needs a `path`.");
        continue;
      }
      const remote = paths.find((p) => REMOTE.test(String(p.value)));
      if (remote) {
        this.problem("not-linted", remote.span, `the remote include ${String(remote.value)} is never fetched; what it adds to the project was not linted. Lint that project where it is kept.`);
        continue;
      }
      // Relative to the including project's directory (for a file of the project, not its own folder).
      const base = this.baseDirectory.get(absolute) ?? dirname(absolute);
      const files = paths.map((p) => ({ node: p, absolute: resolve(base, String(p.value)) }));
      if (files.some((f) => this.outside(f.absolute, context, f.node.span, "the included file"))) continue;
      const projectDirNode = item.kind === "map" ? child(item, "project_directory") : undefined;
      const projectDir = scalarText(projectDirNode) !== undefined ? resolve(base, scalarText(projectDirNode)!) : dirname(files[0]!.absolute);
      const envFiles = textList(item.kind === "map" ? child(item, "env_file") : undefined).map((n) => resolve(base, String(n.value)));
      for (const f of files) if (!this.baseDirectory.has(f.absolute)) this.baseDirectory.set(f.absolute, projectDir);
      // Each included project has its own `.env`; the shell still wins.
      const dotenv = await readEnvFiles(envFiles, projectDir, this.cache, this.options.dotenv, this.options.env, this.options.maxFileSize);
      if (dotenv.problem) this.problem("not-linted", pathNode!.span, envNotRead(dotenv.problem));
      const env = withShell(dotenv.values, this.options.env);
      let included: TNode | undefined;
      for (const f of files) {
        if (chain.includes(f.absolute) || f.absolute === absolute) {
          this.problem("project-error", f.node.span, `${this.options.display(f.absolute)} includes itself through a cycle; Compose refuses this project.`);
          continue;
        }
        const tree = await this.file(f.absolute, { env, boundary: context.boundary, depth: context.depth + 1 }, f.node.span, [...chain, absolute]);
        if (!tree) continue;
        const problems: MergeProblem[] = [];
        included = included ? mergeNodes(included, tree, [], problems) : resolveTags(tree);
        for (const p of problems) this.problem("project-error", p.span, p.message);
      }
      if (included?.kind !== "map") continue;
      out = this.importResources(out, enforceUnicity(included) as TMap, pathNode!.span);
    }
    return out;
  }

  /** Adds an included project's resources; one defined on both sides is Compose's conflict error. */
  private importResources(root: TMap, included: TMap, at: Span): TMap {
    let out = root;
    for (const kind of RESOURCES) {
      const source = child(included, kind);
      if (source?.kind !== "map") continue;
      const target = child(out, kind);
      const entries = target?.kind === "map" ? [...target.entries] : [];
      for (const e of source.entries) {
        const index = entries.findIndex((t) => t.key === e.key);
        const existing = entries[index];
        if (existing) {
          if (JSON.stringify(existing.value.data) !== JSON.stringify(e.value.data)) {
            this.problem(
              "project-error",
              existing.keySpan,
              `${kind}.${e.key} conflicts with the one the include at ${at.file}:${at.line} imports (${e.keySpan.file}:${e.keySpan.line}): Docker Compose v2 refuses the project ("conflicts with imported resource"); later versions merge the two, this definition winning, which is what compose-lint judges. Change it in an override file of the include's \`path\` list instead.`,
            );
            // Judge both definitions: the included one under this one, as newer Compose loads it.
            entries[index] = withValue(existing, mergeNodes(e.value, existing.value, [kind, e.key]));
          }
          continue;
        }
        entries.push(e);
      }
      out = setEntry(out, kind, mapNode(target?.span ?? source.span, entries), entry(out, kind)?.keySpan ?? entry(included, kind)!.keySpan);
    }
    return out;
  }

  /** Services' `env_file:` variables, placed before their `environment:` (which wins), located in the env file. */
  async applyEnvFiles(root: TMap, context: Context): Promise<TMap> {
    const services = child(root, "services");
    if (services?.kind !== "map") return root;
    let changed = false;
    const entries: TEntry[] = [];
    for (const e of services.entries) {
      const envFile = child(e.value, "env_file");
      if (!envFile || e.value.kind !== "map") {
        entries.push(e);
        continue;
      }
      const variables: TEntry[] = [];
      // What the service's env files set so far, shared by them: a value may refer to a line above or to an earlier file.
      const values = noVariables();
      const lookup = envFileLookup(context.env, environmentValues(child(e.value, "environment"), context.env));
      for (const item of envFile.kind === "seq" ? envFile.items : [envFile]) {
        const pathNode = item.kind === "map" ? child(item, "path") : item;
        const name = scalarText(pathNode);
        if (name === undefined) continue;
        const required = item.kind === "map" ? scalarText(child(item, "required")) : undefined;
        const optional = required !== undefined && /^(false|no|off|n)$/i.test(required);
        const writtenIn = this.absoluteOf.get(pathNode!.span.file) ?? resolve(pathNode!.span.file);
        const absolute = resolve(this.baseDirectory.get(writtenIn) ?? dirname(writtenIn), name);
        if (this.outside(absolute, context, pathNode!.span, "the env_file")) continue;
        const read = await this.cache.read(absolute);
        if ("error" in read) {
          if (!optional) this.problem("project-error", pathNode!.span, `service "${e.key}" needs the env_file ${name}, which cannot be read (${read.error}); Compose refuses to start it. Create it, or mark it \`required: false\`.`);
          continue;
        }
        const shown = this.options.display(absolute);
        if (!this.envSources.has(absolute)) this.envSources.set(absolute, { path: shown, text: read.text, data: null, locate: () => undefined });
        const format = item.kind === "map" ? scalarText(child(item, "format")) : undefined;
        if (format !== undefined && format !== "raw" && format !== ".env") {
          this.problem("project-error", child(item, "format")!.span, `service "${e.key}" reads the env_file ${name} in the format "${format}", which Docker Compose does not know (it reads \`.env\` and \`raw\`); Compose refuses to load the project.`);
          continue;
        }
        const contents = (format === "raw" ? readRawEnvFile : readEnvFile)(read.text, shown, lookup, values);
        if (contents.error) {
          this.problem("project-error", contents.error.span, `service "${e.key}" reads the env_file ${name}, which Compose cannot parse (${contents.error.message}); Compose refuses to load the project. The variables after it were not linted.`);
        }
        for (const v of contents.variables) {
          if (v.tooDeep) this.problem("not-linted", v.valueSpan, tooDeepMessage());
          this.substituted.push(...v.substituted);
          const value: TScalar = { kind: "scalar", span: v.valueSpan, value: v.value, data: v.raw ?? v.value };
          if (v.raw !== undefined) value.raw = v.raw;
          if (v.substituted.length > 0) value.external = true;
          variables.push({ key: v.name, keySpan: v.nameSpan, span: v.span, value });
        }
      }
      if (variables.length === 0) {
        entries.push(e);
        continue;
      }
      changed = true;
      const envFromFiles = mapNode(envFile.span, variables);
      const environment = child(e.value, "environment");
      const merged = environment ? mergeNodes(envFromFiles, environment, ["services", e.key, "environment"]) : envFromFiles;
      entries.push(withValue(e, setEntry(e.value, "environment", merged, entry(e.value, "env_file")!.keySpan)));
    }
    return changed ? setEntry(root, "services", mapNode(services.span, entries), entry(root, "services")!.keySpan) : root;
  }
}

/**
 * Where a service's env file looks up the variables its values refer to (and a name alone on its
 * line): the project's environment (the shell, then `.env`), then the service's own `environment:`
 * (compose-go's WithServicesEnvironmentResolved); the variables its env files set above come after
 * both (src/load/dotenv.ts).
 */
function envFileLookup(env: Environment, serviceEnvironment: Readonly<Record<string, string>>): Lookup {
  return (name) => variable(env, name) ?? variable(serviceEnvironment, name);
}

/** A service's `environment:` (map or `NAME=value` list) as Compose resolves it: a name without a value takes the project's. */
function environmentValues(node: TNode | undefined, env: Environment): Record<string, string> {
  const out = noVariables();
  const set = (name: string, value: string | undefined) => {
    const resolved = value ?? variable(env, name);
    if (resolved !== undefined) out[name] = resolved;
  };
  if (node?.kind === "map") for (const e of node.entries) set(e.key, scalarText(e.value));
  else if (node?.kind === "seq") {
    for (const item of node.items) {
      const text = scalarText(item);
      if (text === undefined) continue;
      const equals = text.indexOf("=");
      if (equals < 0) set(text, undefined);
      else set(text.slice(0, equals), text.slice(equals + 1));
    }
  }
  return out;
}

/**
 * A `.env`'s values with the shell's winning. Without a `.env`, the shell's own object: the parsed
 * trees are cached per environment object (see FileCache), so projects without one share them.
 */
function withShell(dotenv: Record<string, string>, shell: Environment): Environment {
  return Object.keys(dotenv).length > 0 ? { ...dotenv, ...shell } : shell;
}

function envNotRead(problem: string): string {
  return `not linted as Docker reads it: ${problem}; values it would set for \`\${VAR}\` interpolation are missing`;
}

export interface LoadedProject extends LoadResult {
  /** The merged tree, as Compose would load it, before env files are read (for `--print-project`). */
  tree?: TMap;
}

/** Loads the project a plan names: merged files, extends, include, env files, then the model. */
export async function loadProject(plan: ProjectPlan, cache: FileCache, options: ProjectOptions): Promise<LoadedProject> {
  const loader = new ProjectLoader(cache, options);
  for (const file of plan.files) loader.baseDirectory.set(file, plan.directory);
  const dotenv = await readEnvFiles(plan.envFiles, plan.directory, cache, options.dotenv && plan.dotenv !== false, options.env, options.maxFileSize);
  const env = withShell(dotenv.values, options.env);
  const context: Context = { env, boundary: plan.boundary, depth: 0 };
  let merged: TNode | undefined;
  for (const file of plan.files) {
    const tree = await loader.file(file, context);
    if (!tree) continue;
    const problems: MergeProblem[] = [];
    merged = merged ? mergeNodes(merged, tree, [], problems) : resolveTags(tree);
    for (const p of problems) loader.problems.push({ ruleId: "project-error", span: p.span, message: p.message });
  }
  const primaryPath = plan.files[0]!;
  const fallback: SourceFile = { path: options.display(primaryPath), text: "", data: null, locate: () => undefined };
  const composeFiles = [...loader.sources.values()];
  const primary = loader.sources.get(primaryPath) ?? composeFiles[0] ?? fallback;
  if (dotenv.problem) loader.problems.unshift({ ruleId: "not-linted", span: startOf(primary.path), message: envNotRead(dotenv.problem) });
  if (plan.note) loader.problems.push({ ruleId: "project-error", level: "note", span: startOf(primary.path), message: plan.note });
  const files = [...composeFiles, ...loader.envSources.values()];
  if (merged?.kind !== "map") return { file: primary, files, problems: loader.problems, substituted: loader.substituted };
  // Compose keeps one list item per key after merging; a lone file keeps its lists as written.
  const tree = plan.files.length > 1 || composeFiles.length > 1 || loader.extended ? (enforceUnicity(merged) as TMap) : merged;
  const project: ComposeProject = normalize(await loader.applyEnvFiles(tree, context), primary, loader.problems, { env: context.env, substituted: loader.substituted });
  project.files = composeFiles.length > 0 ? composeFiles : [primary];
  return { file: primary, files: [...project.files, ...loader.envSources.values()], problems: loader.problems, project, tree, substituted: loader.substituted };
}


export interface PlanOptions {
  cwd: string;
  /** `--file` files, in order: one project. */
  composeFiles?: readonly string[];
  projectDirectory?: string;
  envFiles?: readonly string[];
  env: Environment;
  dotenv: boolean;
  /** `--max-file-size`: a larger `.env` is not read while planning either. */
  maxFileSize?: number;
  /** Directories named on the command line: their `COMPOSE_FILE` applies even to files of other names. */
  directories?: readonly string[];
  /** The run's path probes (src/load/probes.ts). */
  probes?: PathProbes;
}

export interface PlannedProject extends ProjectPlan {
  /** Report only the findings located in (or related to) these files; undefined reports all. */
  reportOnly?: Set<string>;
}

/**
 * A directory's `.env`, read once while planning (for `COMPOSE_FILE`); missing is empty, and so is
 * one that is not a regular file, too large or not text (loading reports those as not-linted).
 */
function readDotEnvSync(dir: string, env: Environment, maxBytes: number, probes?: PathProbes): Record<string, string> {
  return loadDotEnvSync(join(dir, "compose.yaml"), env, maxBytes, probes).values;
}

/**
 * Groups the files found into the projects Docker Compose would load: `--file` files as one
 * project; in each directory, `COMPOSE_FILE` (from the shell for the project directory, else from
 * the directory's `.env`), else the first default file with the first override; every other
 * compose file alone. Files named on the command line restrict the report to themselves.
 */
export function planProjects(found: readonly string[], named: ReadonlySet<string>, options: PlanOptions): PlannedProject[] {
  const plans: PlannedProject[] = [];
  const envFiles = (options.envFiles ?? []).map((f) => resolve(options.cwd, f));
  const projectDirectory = resolve(options.cwd, options.projectDirectory ?? ".");
  // The shell's choice of env files applies, as COMPOSE_FILE does, to the project of the project
  // directory (the one `docker compose` would run there), unless --env-file is given.
  const shellEnvFiles = options.envFiles === undefined ? (options.env.COMPOSE_ENV_FILES?.split(",").filter(Boolean) ?? []).map((f) => resolve(options.cwd, f)) : [];
  const shellNoDotenv = options.envFiles === undefined && /^(1|true)$/i.test(options.env.COMPOSE_DISABLE_ENV_FILE ?? "");
  const boundaryOf = (dir: string) => gitTopLevel(dir, options.probes) ?? rootOf(dir);
  const roots = [...(options.directories ?? []), ...[...named].map(dirname)];
  const rootOf = (dir: string) => roots.find((r) => isInside(dir, r)) ?? (isInside(dir, options.cwd) ? options.cwd : dir);
  const consumed = new Set<string>();
  const add = (files: string[], directory: string, note?: string) => {
    const fromShell = directory === projectDirectory;
    const plan: PlannedProject = { files, directory, envFiles: fromShell && shellEnvFiles.length > 0 ? shellEnvFiles : envFiles, boundary: boundaryOf(directory) };
    if (fromShell && shellNoDotenv) plan.dotenv = false;
    if (note) plan.note = note;
    const namedHere = files.filter((f) => named.has(f));
    if (namedHere.length > 0 && namedHere.length < files.length) plan.reportOnly = new Set(namedHere);
    plans.push(plan);
    for (const f of files) consumed.add(f);
  };
  if (options.composeFiles && options.composeFiles.length > 0) {
    const files = options.composeFiles.map((f) => resolve(options.cwd, f));
    add(files, options.projectDirectory ? projectDirectory : dirname(files[0]!));
  }
  const byDir = new Map<string, string[]>();
  for (const file of found) {
    if (consumed.has(file)) continue;
    const dir = dirname(file);
    byDir.set(dir, [...(byDir.get(dir) ?? []), file]);
  }
  for (const dir of options.directories ?? []) if (!byDir.has(dir)) byDir.set(dir, []);
  for (const [dir, files] of [...byDir].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const dotenv = options.dotenv && !(dir === projectDirectory && shellNoDotenv) ? readDotEnvSync(dir, options.env, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, options.probes) : {};
    const shellFiles = dir === projectDirectory ? options.env.COMPOSE_FILE : undefined;
    const composeFile = shellFiles ?? dotenv.COMPOSE_FILE;
    if (composeFile) {
      const separator = (dir === projectDirectory ? options.env.COMPOSE_PATH_SEPARATOR : undefined) ?? dotenv.COMPOSE_PATH_SEPARATOR;
      const list = composeFileList(composeFile, separator).map((f) => resolve(dir, f));
      if (list.some((f) => files.includes(f)) || options.directories?.includes(dir)) add(list, dir);
    } else {
      const { base, override } = defaultProjectFiles(dir, options.probes);
      const inProject = [base, override].filter((f): f is string => f !== undefined);
      if (base && inProject.some((f) => files.includes(f))) add(inProject, dir);
      else if (override && files.includes(override)) {
        add([override], dir, `${basename(override)} is an override file with no ${DEFAULT_FILES.join(", ")} beside it; it was linted alone, so what it adds to a base elsewhere is judged without that base.`);
      }
    }
    for (const file of files) if (!consumed.has(file)) add([file], dir);
  }
  return plans;
}
