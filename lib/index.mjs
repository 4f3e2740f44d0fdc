import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunks/chunk-YTRLITAG.mjs";
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-3TR5ATKS.mjs";
import "./chunks/chunk-5TBLMILP.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-HTXACT5O.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import "./chunks/chunk-KDPRZTNH.mjs";
import {
  ConfigError,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadProjects
} from "./chunks/chunk-AE6WH2JB.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-F6HRBOH7.mjs";
import "./chunks/chunk-PA5RWRQB.mjs";
import "./chunks/chunk-QNNX6PLP.mjs";
import "./chunks/chunk-77CGUSXJ.mjs";
import "./chunks/chunk-I3PS33Z3.mjs";
import "./chunks/chunk-FPEH3JIA.mjs";
import "./chunks/chunk-TZWDTVSK.mjs";
import "./chunks/chunk-SSKCFJDD.mjs";
import "./chunks/chunk-66YYOBGO.mjs";
import "./chunks/chunk-JYLPUURA.mjs";
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
