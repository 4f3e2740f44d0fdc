/**
 * Plugin rules: modules that export rules made with `defineRule`, loaded only when the command
 * line (`--plugin`), the programmatic API (`plugins`) or the Action (`plugins` input) names them.
 * A configuration file never loads one. A plugin that cannot be loaded, or that exports something
 * that is not a rule, is a PluginError naming it (exit 2), never a stack trace.
 */
import type * as AjvModule from "ajv";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { useSchemaCompiler } from "./config/validate.js";
import type { SchemaCompiler } from "./config/validate.js";
import { NAMESPACED_ID } from "./config/schema.js";
import type { Rule, RuleMeta } from "./engine/rule.js";
import { PluginError } from "./plugin-error.js";
import { rules as shippedRules } from "../rules/index.js";
import { BUILTIN_META } from "./engine/engine.js";

export { PluginError };

export interface LoadedPlugin {
  /** As named on the command line or in the API. */
  name: string;
  rules: Rule[];
}

const LEVELS = ["error", "warning", "note"];

function isPath(spec: string): boolean {
  return spec.startsWith(".") || isAbsolute(spec) || spec.includes("\\");
}

/** The file a plugin name refers to: a path from `cwd`, or a package resolved from `cwd`. */
function locate(spec: string, cwd: string): string {
  if (isPath(spec)) return resolve(cwd, spec);
  try {
    return createRequire(join(cwd, "package.json")).resolve(spec);
  } catch {
    throw new PluginError(`plugin "${spec}": no such package installed where compose-lint runs (${cwd}); install it, or name the plugin's file with a path (./plugins/acme.js)`);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

export async function loadPlugins(specs: readonly string[], cwd: string): Promise<LoadedPlugin[]> {
  const plugins: LoadedPlugin[] = [];
  const taken = new Map<string, string>([...BUILTIN_META, ...shippedRules.map((r) => r.meta)].map((meta) => [meta.id, "compose-lint"]));
  for (const spec of specs) {
    const file = locate(spec, cwd);
    if (!existsSync(file)) throw new PluginError(`plugin "${spec}" could not be loaded: no such file (${file})`);
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (error) {
      throw new PluginError(`plugin "${spec}" could not be loaded: ${firstLine(error)}`);
    }
    const rules = pluginRules(spec, module);
    for (const rule of rules) {
      const owner = taken.get(rule.meta.id);
      if (owner) throw new PluginError(`plugin "${spec}": rule id "${rule.meta.id}" is already defined by ${owner === "compose-lint" ? "compose-lint" : `plugin "${owner}"`}`);
      taken.set(rule.meta.id, spec);
    }
    plugins.push({ name: spec, rules });
  }
  if (plugins.some((p) => p.rules.some((r) => r.meta.options))) await checkOptionSchemas(plugins);
  return plugins;
}

/** A plugin module's rules: `export const rules = [...]`, or a default export `{ rules }` or `[...]`. */
function pluginRules(spec: string, module: Record<string, unknown>): Rule[] {
  const exported = (module.rules ?? (module.default as Record<string, unknown> | undefined)?.rules ?? module.default) as unknown;
  const list = Array.isArray(exported) ? exported : exported !== null && typeof exported === "object" ? Object.values(exported) : undefined;
  if (!list || list.length === 0) {
    throw new PluginError(`plugin "${spec}" exports no rules: export \`rules\` (a list of rules made with defineRule from "compose-lint"), or a default export { rules }`);
  }
  return list.map((candidate, index) => checkRule(spec, candidate, index));
}

function checkRule(spec: string, candidate: unknown, index: number): Rule {
  const where = `plugin "${spec}", rule ${index + 1}`;
  if (candidate === null || typeof candidate !== "object") throw new PluginError(`${where} is not a rule (an object with meta and check, made with defineRule)`);
  const { meta, check } = candidate as { meta?: Partial<RuleMeta>; check?: unknown };
  if (!meta || typeof meta !== "object") throw new PluginError(`${where} has no \`meta\``);
  const id = meta.id;
  if (typeof id !== "string" || !new RegExp(NAMESPACED_ID).test(id)) {
    throw new PluginError(`${where}: meta.id must be namespaced, lower case, like "acme/no-public-admin"; got ${JSON.stringify(id) ?? "nothing"}`);
  }
  const named = `plugin "${spec}", rule "${id}"`;
  if (typeof check !== "function") throw new PluginError(`${named} has no \`check\` function`);
  if (typeof meta.description !== "string" || meta.description.trim() === "") throw new PluginError(`${named}: meta.description must be a sentence`);
  if (!LEVELS.includes(meta.level as string)) throw new PluginError(`${named}: meta.level must be error, warning or note; got ${JSON.stringify(meta.level)}`);
  if (meta.preset !== undefined && meta.preset !== "recommended" && meta.preset !== "strict") throw new PluginError(`${named}: meta.preset must be recommended or strict`);
  const options = meta.options as unknown;
  if (options !== undefined) {
    const o = options as { type?: unknown; properties?: unknown; additionalProperties?: unknown };
    if (o === null || typeof o !== "object" || o.type !== "object" || typeof o.properties !== "object" || o.additionalProperties !== false) {
      throw new PluginError(`${named}: meta.options must be a JSON schema { type: "object", properties: {...}, additionalProperties: false }`);
    }
  }
  const complete: RuleMeta = {
    id,
    description: meta.description,
    level: meta.level!,
    preset: meta.preset ?? "recommended",
    tags: Array.isArray(meta.tags) ? meta.tags.filter((t): t is string => typeof t === "string") : [],
    help: typeof meta.help === "string" && meta.help.trim() !== "" ? meta.help : meta.description,
    securitySeverity: typeof meta.securitySeverity === "number" && meta.securitySeverity >= 0 && meta.securitySeverity <= 10 ? meta.securitySeverity : 0,
  };
  if (meta.options) complete.options = meta.options;
  if (typeof meta.docs === "string") complete.docs = meta.docs;
  return { meta: complete, check: check as Rule["check"] };
}

/** Option schemas are compiled now (a plugin is code, loaded at run time): a bad one names its rule. */
async function checkOptionSchemas(plugins: readonly LoadedPlugin[]): Promise<void> {
  // ajv is CommonJS: bundled (lib/), its exports arrive under `default`; run from source, by name.
  const ajvModule = (await import("ajv")) as typeof AjvModule & { default?: typeof AjvModule };
  const Ajv = ajvModule.Ajv ?? ajvModule.default!.Ajv;
  // allErrors and no messages, as the build-time validators: messages come from src/config/validate.ts.
  const ajv = new Ajv({ strict: false, allErrors: true, messages: false });
  useSchemaCompiler(ajv as unknown as SchemaCompiler);
  for (const plugin of plugins) {
    for (const rule of plugin.rules) {
      if (!rule.meta.options) continue;
      try {
        ajv.compile(rule.meta.options);
      } catch (error) {
        throw new PluginError(`plugin "${plugin.name}", rule "${rule.meta.id}": meta.options is not a valid JSON schema (${firstLine(error)})`);
      }
    }
  }
}
