import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunks/chunk-HQ564KP6.mjs";
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-YM2KPH74.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-GDAY3N7Q.mjs";
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
} from "./chunks/chunk-EKUEAOHC.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-F7HF2AQJ.mjs";
import "./chunks/chunk-I3PS33Z3.mjs";
import "./chunks/chunk-EP3EUME3.mjs";
import "./chunks/chunk-B5YKATE5.mjs";
import "./chunks/chunk-66YYOBGO.mjs";
import "./chunks/chunk-CGMR65KP.mjs";
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
