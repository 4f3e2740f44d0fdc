import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-PJNONW5Q.mjs";
import {
  loadPlugins
} from "./chunks/chunk-MLMRY62F.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-QTDV5JRB.mjs";
import "./chunks/chunk-KDPRZTNH.mjs";
import {
  ConfigError,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadProjects
} from "./chunks/chunk-D4LN4UXU.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-JYPSLQ5Q.mjs";
import "./chunks/chunk-I3PS33Z3.mjs";
import "./chunks/chunk-FGWMV5L4.mjs";
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
