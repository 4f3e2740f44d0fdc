import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunks/chunk-OQBHJJQS.mjs";
import {
  ConfigError,
  FORMAT_NAMES,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadFormatter
} from "./chunks/chunk-JZYKCX7G.mjs";
import {
  PluginError,
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-XTGCHHJQ.mjs";
import "./chunks/chunk-UBWYOBYM.mjs";
import "./chunks/chunk-D7YECDRI.mjs";
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
  rules
};
