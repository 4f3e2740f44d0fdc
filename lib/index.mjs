import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-KLR2Q32G.mjs";
import {
  loadPlugins
} from "./chunks/chunk-TGFOWDPA.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-MZJOS33Q.mjs";
import "./chunks/chunk-KDPRZTNH.mjs";
import {
  ConfigError,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadProjects
} from "./chunks/chunk-DJCJK6YS.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-EBTLCCI6.mjs";
import "./chunks/chunk-I3PS33Z3.mjs";
import "./chunks/chunk-VW7XFMYP.mjs";
import "./chunks/chunk-P3LHJV3Z.mjs";
import "./chunks/chunk-66YYOBGO.mjs";
import "./chunks/chunk-UGJSVHV2.mjs";
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
