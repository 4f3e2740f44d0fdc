import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunks/chunk-KZJLSJB4.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-3QACIOPP.mjs";
import {
  ConfigError,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadProjects
} from "./chunks/chunk-M374BRBN.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-BA2Z5ZAJ.mjs";
import "./chunks/chunk-UBWYOBYM.mjs";
import "./chunks/chunk-M7SC73GP.mjs";
import "./chunks/chunk-P3LHJV3Z.mjs";
import "./chunks/chunk-UGJSVHV2.mjs";
import "./chunks/chunk-KOCLF33B.mjs";
export {
  ConfigError,
  FORMAT_NAMES,
  PluginError,
  configSchema,
  defineRule,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadFormatter,
  loadPlugins,
  loadProjects,
  rules
};
