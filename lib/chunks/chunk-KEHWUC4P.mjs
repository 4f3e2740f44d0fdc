import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import {
  NAMESPACED_ID,
  rules,
  useSchemaCompiler
} from "./chunk-D2QZUANU.mjs";
import {
  BUILTIN_META
} from "./chunk-2ZSOFDUQ.mjs";

// src/plugins.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var LEVELS = ["error", "warning", "note"];
function isPath(spec) {
  return spec.startsWith(".") || isAbsolute(spec) || spec.includes("\\");
}
function locate(spec, cwd) {
  if (isPath(spec)) return resolve(cwd, spec);
  try {
    return createRequire(join(cwd, "package.json")).resolve(spec);
  } catch {
    throw new PluginError(`plugin "${spec}": no such package installed where compose-lint runs (${cwd}); install it, or name the plugin's file with a path (./plugins/acme.js)`);
  }
}
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
async function loadPlugins(specs, cwd) {
  const plugins = [];
  const taken = new Map([...BUILTIN_META, ...rules.map((r) => r.meta)].map((meta) => [meta.id, "compose-lint"]));
  for (const spec of specs) {
    const file = locate(spec, cwd);
    if (!existsSync(file)) throw new PluginError(`plugin "${spec}" could not be loaded: no such file (${file})`);
    let module;
    try {
      module = await import(pathToFileURL(file).href);
    } catch (error) {
      throw new PluginError(`plugin "${spec}" could not be loaded: ${firstLine(error)}`);
    }
    const rules2 = pluginRules(spec, module);
    for (const rule of rules2) {
      const owner = taken.get(rule.meta.id);
      if (owner) throw new PluginError(`plugin "${spec}": rule id "${rule.meta.id}" is already defined by ${owner === "compose-lint" ? "compose-lint" : `plugin "${owner}"`}`);
      taken.set(rule.meta.id, spec);
    }
    plugins.push({ name: spec, rules: rules2 });
  }
  if (plugins.some((p) => p.rules.some((r) => r.meta.options))) await checkOptionSchemas(plugins);
  return plugins;
}
function pluginRules(spec, module) {
  const exported = module.rules ?? module.default?.rules ?? module.default;
  const list = Array.isArray(exported) ? exported : exported !== null && typeof exported === "object" ? Object.values(exported) : void 0;
  if (!list || list.length === 0) {
    throw new PluginError(`plugin "${spec}" exports no rules: export \`rules\` (a list of rules made with defineRule from "compose-lint"), or a default export { rules }`);
  }
  return list.map((candidate, index) => checkRule(spec, candidate, index));
}
function checkRule(spec, candidate, index) {
  const where = `plugin "${spec}", rule ${index + 1}`;
  if (candidate === null || typeof candidate !== "object") throw new PluginError(`${where} is not a rule (an object with meta and check, made with defineRule)`);
  const { meta, check } = candidate;
  if (!meta || typeof meta !== "object") throw new PluginError(`${where} has no \`meta\``);
  const id = meta.id;
  if (typeof id !== "string" || !new RegExp(NAMESPACED_ID).test(id)) {
    throw new PluginError(`${where}: meta.id must be namespaced, lower case, like "acme/no-public-admin"; got ${JSON.stringify(id) ?? "nothing"}`);
  }
  const named = `plugin "${spec}", rule "${id}"`;
  if (typeof check !== "function") throw new PluginError(`${named} has no \`check\` function`);
  if (typeof meta.description !== "string" || meta.description.trim() === "") throw new PluginError(`${named}: meta.description must be a sentence`);
  if (!LEVELS.includes(meta.level)) throw new PluginError(`${named}: meta.level must be error, warning or note; got ${JSON.stringify(meta.level)}`);
  if (meta.preset !== void 0 && meta.preset !== "recommended" && meta.preset !== "strict") throw new PluginError(`${named}: meta.preset must be recommended or strict`);
  const options = meta.options;
  if (options !== void 0) {
    const o = options;
    if (o === null || typeof o !== "object" || o.type !== "object" || typeof o.properties !== "object" || o.additionalProperties !== false) {
      throw new PluginError(`${named}: meta.options must be a JSON schema { type: "object", properties: {...}, additionalProperties: false }`);
    }
  }
  const complete = {
    id,
    description: meta.description,
    level: meta.level,
    preset: meta.preset ?? "recommended",
    tags: Array.isArray(meta.tags) ? meta.tags.filter((t) => typeof t === "string") : [],
    help: typeof meta.help === "string" && meta.help.trim() !== "" ? meta.help : meta.description,
    securitySeverity: typeof meta.securitySeverity === "number" && meta.securitySeverity >= 0 && meta.securitySeverity <= 10 ? meta.securitySeverity : 0
  };
  if (meta.options) complete.options = meta.options;
  if (typeof meta.docs === "string") complete.docs = meta.docs;
  return { meta: complete, check };
}
async function checkOptionSchemas(plugins) {
  const ajvModule = await import("./ajv-Q3PKSSAD.mjs");
  const Ajv = ajvModule.Ajv ?? ajvModule.default.Ajv;
  const ajv = new Ajv({ strict: false, allErrors: true, messages: false });
  useSchemaCompiler(ajv);
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

export {
  loadPlugins
};
