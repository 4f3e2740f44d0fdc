import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunks/chunk-2AGPVUUX.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-F5THBQKV.mjs";
import {
  ConfigError,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadProjects
} from "./chunks/chunk-MSEH2U3Y.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-UHKLMSL7.mjs";
import "./chunks/chunk-5QNFHHBS.mjs";
import "./chunks/chunk-FDS6LEHH.mjs";
import "./chunks/chunk-QDEUPENJ.mjs";
import "./chunks/chunk-66YYOBGO.mjs";
import "./chunks/chunk-PFJ6UBGE.mjs";
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
