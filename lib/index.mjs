import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-YYIPAHN7.mjs";
import "./chunks/chunk-CM6ZVBN4.mjs";
import {
  loadPlugins
} from "./chunks/chunk-AMC27OUG.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-I3GIWPQT.mjs";
import "./chunks/chunk-KDPRZTNH.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import {
  ConfigError,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadProjects
} from "./chunks/chunk-3FXUI7ZX.mjs";
import "./chunks/chunk-DASZS2YR.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-Q7XWZUCB.mjs";
import "./chunks/chunk-QNNX6PLP.mjs";
import "./chunks/chunk-NRRSBOQM.mjs";
import "./chunks/chunk-63VPBCBN.mjs";
import "./chunks/chunk-BCZUODFC.mjs";
import "./chunks/chunk-WSVNGM4G.mjs";
import "./chunks/chunk-U7QYKFG7.mjs";
import "./chunks/chunk-SSKCFJDD.mjs";
import "./chunks/chunk-6DRHLQUI.mjs";
import "./chunks/chunk-3KNJOLXQ.mjs";
import "./chunks/chunk-U3O6HMQQ.mjs";
import "./chunks/chunk-5ZHKE5OY.mjs";
import "./chunks/chunk-NVK4G5ST.mjs";
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
