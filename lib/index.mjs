import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-IKXILGMO.mjs";
import {
  loadPlugins
} from "./chunks/chunk-NHNIRLYW.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-MAF7DIXD.mjs";
import "./chunks/chunk-KDPRZTNH.mjs";
import {
  ConfigError,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadProjects
} from "./chunks/chunk-ELYDWFH5.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-LSKFS5VP.mjs";
import "./chunks/chunk-I3PS33Z3.mjs";
import "./chunks/chunk-DVOMCU7X.mjs";
import "./chunks/chunk-QDEUPENJ.mjs";
import "./chunks/chunk-66YYOBGO.mjs";
import "./chunks/chunk-PFJ6UBGE.mjs";
import "./chunks/chunk-5ZHKE5OY.mjs";
import "./chunks/chunk-KOCLF33B.mjs";
export {
  ConfigError,
  FORMAT_NAMES,
  PluginError,
  configSchema,
  defineRule,
  enabledRules,
  fileDiff,
  fixFiles,
  fixText,
  lintFiles,
  lintText,
  loadComposeText,
  loadFormatter,
  loadPlugins,
  loadProjects,
  rules
};
