import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunks/chunk-DN6IWYKO.mjs";
import {
  ConfigError,
  FORMAT_NAMES,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadFormatter
} from "./chunks/chunk-JV7HM3RR.mjs";
import {
  PluginError,
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-Q3OABFTE.mjs";
import "./chunks/chunk-WQOKT25U.mjs";
import "./chunks/chunk-JA7KTXL7.mjs";
import "./chunks/chunk-P3LHJV3Z.mjs";
import "./chunks/chunk-BOI44LYS.mjs";
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
