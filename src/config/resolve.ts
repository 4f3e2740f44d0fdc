/**
 * Finds the configuration that applies to a linted file and resolves it into what the engine
 * takes: levels, options and switches. Discovery searches the file's folder, then each parent up
 * to the repository root (a folder holding `.git`); the nearest configuration wins, whole.
 * Each folder is searched and each file read once per run.
 */
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Setting } from "../engine/engine.js";
import type { RuleMeta } from "../engine/rule.js";
import { globMatcher } from "./glob.js";
import { ConfigError, readConfigFile } from "./read.js";
import type { ConfigSource } from "./read.js";
import { configProblems } from "./validate.js";
import { exists } from "../load/probes.js";
import type { PathProbes } from "../load/probes.js";

/** The names searched in each folder, in this order; the first found is the folder's configuration. */
export const CONFIG_FILE_NAMES = [".compose-lint.yaml", ".compose-lint.yml", ".compose-lint.json", "package.json"] as const;

export type RuleEntry = Setting | [Setting, Record<string, unknown>];
type RuleTable = Record<string, RuleEntry>;

interface ConfigData {
  extends?: "recommended" | "strict";
  rules?: RuleTable;
  ignore?: string[];
  overrides?: { files: string[]; rules?: RuleTable; suppress?: string[]; reason?: string }[];
  failLevel?: "error" | "warning" | "note" | "none";
  noInlineConfig?: boolean;
  requireReason?: boolean;
}

/** What the engine and the exit code use for one file. */
export interface EffectiveConfig {
  /** The configuration file it comes from, if any. */
  file?: string;
  strict: boolean;
  rules: Record<string, Setting>;
  options: Record<string, Record<string, unknown>>;
  failLevel?: "error" | "warning" | "note" | "none";
  noInlineConfig: boolean;
  requireReason: boolean;
  /** The file matches an `ignore` glob: it is not linted. */
  ignored: boolean;
  /** Rule id → reason: findings suppressed by the configuration (`overrides[].suppress`). */
  suppress: Record<string, string>;
}

export interface LoadedConfig {
  path: string;
  dir: string;
  data: ConfigData;
}

export interface ConfigResolverOptions {
  /** `--config FILE`: this configuration for every file, no search. */
  file?: string;
  /** `--no-config`: no configuration at all. */
  disabled?: boolean;
  cwd: string;
  /** Every rule that can be configured (built-in, engine and loaded plugins). */
  rules: readonly RuleMeta[];
  /** The run's path probes (src/load/probes.ts): the folders above many files are probed once. */
  probes?: PathProbes;
}

export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly explicit: LoadedConfig | undefined;

  constructor(private readonly options: ConfigResolverOptions) {
    if (options.file !== undefined && !options.disabled) {
      const path = resolve(options.cwd, options.file);
      const loaded = this.load(path, options.file);
      if (!loaded) throw new ConfigError(`${options.file}: has no "compose-lint" key`);
      this.explicit = loaded;
    }
  }

  /** The configuration that applies to a file (absolute path), or undefined. */
  configFor(absolutePath: string): LoadedConfig | undefined {
    if (this.options.disabled) return undefined;
    if (this.explicit) return this.explicit;
    return this.search(dirname(absolutePath)) ?? undefined;
  }

  /** The effective settings for a file (absolute path). */
  resolve(absolutePath: string): EffectiveConfig {
    return effectiveConfig(this.configFor(absolutePath), absolutePath);
  }

  private search(dir: string): LoadedConfig | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    let found: LoadedConfig | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (!exists(this.options.probes, dir, name)) continue;
      const loaded = this.load(path, relative(this.options.cwd, path) || path);
      if (loaded) {
        found = loaded;
        break;
      }
    }
    const parent = dirname(dir);
    if (!found && parent !== dir && !exists(this.options.probes, dir, ".git")) found = this.search(parent);
    this.byDir.set(dir, found);
    return found;
  }

  private load(path: string, shown: string): LoadedConfig | undefined {
    const source: ConfigSource | undefined = readConfigFile(path, shown);
    if (!source) return undefined;
    const problems = configProblems(source, this.options.rules);
    if (problems.length > 0) throw new ConfigError(problems.join("\n"));
    return { path: shown, dir: dirname(path), data: source.data as ConfigData };
  }
}

function applyTable(table: RuleTable | undefined, into: EffectiveConfig): void {
  for (const [id, entry] of Object.entries(table ?? {})) {
    if (Array.isArray(entry)) {
      into.rules[id] = entry[0];
      into.options[id] = entry[1];
    } else into.rules[id] = entry;
  }
}

export function effectiveConfig(config: LoadedConfig | undefined, absolutePath: string): EffectiveConfig {
  const effective: EffectiveConfig = { strict: false, rules: {}, options: {}, noInlineConfig: false, requireReason: false, ignored: false, suppress: {} };
  if (!config) return effective;
  const data = config.data;
  effective.file = config.path;
  effective.strict = data.extends === "strict";
  if (data.failLevel) effective.failLevel = data.failLevel;
  effective.noInlineConfig = data.noInlineConfig === true;
  effective.requireReason = data.requireReason === true;
  const path = relative(config.dir, absolutePath).split(sep).join("/");
  const inside = !path.startsWith("../") && path !== "..";
  effective.ignored = inside && globMatcher(data.ignore ?? [])(path);
  applyTable(data.rules, effective);
  for (const override of data.overrides ?? []) {
    if (!inside || !globMatcher(override.files)(path)) continue;
    applyTable(override.rules, effective);
    for (const id of override.suppress ?? []) effective.suppress[id] = override.reason!;
  }
  return effective;
}
