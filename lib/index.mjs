import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-NZ66SQOT.mjs";
import {
  loadPlugins
} from "./chunks/chunk-5PURSHXE.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-FM2S57HV.mjs";
import "./chunks/chunk-KDPRZTNH.mjs";
import {
  ConfigError,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadProjects
} from "./chunks/chunk-TVFXPMJD.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-7FKUOYA5.mjs";
import "./chunks/chunk-I3PS33Z3.mjs";
import "./chunks/chunk-WFPVWPT7.mjs";
import "./chunks/chunk-YN2EE36Q.mjs";
import "./chunks/chunk-66YYOBGO.mjs";
import "./chunks/chunk-KS25IOSE.mjs";
import "./chunks/chunk-5ZHKE5OY.mjs";
import "./chunks/chunk-VUEJWS4U.mjs";
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
