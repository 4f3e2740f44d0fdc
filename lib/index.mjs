import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunks/chunk-3MJJG7AX.mjs";
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-OYQP4O3G.mjs";
import "./chunks/chunk-V3ZGLTJC.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-43RGKFAS.mjs";
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
} from "./chunks/chunk-QPTOXNLX.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-URDY3L35.mjs";
import "./chunks/chunk-SEVFH2AY.mjs";
import "./chunks/chunk-QNNX6PLP.mjs";
import "./chunks/chunk-TDTFNIE7.mjs";
import "./chunks/chunk-63VPBCBN.mjs";
import "./chunks/chunk-JERP7BO3.mjs";
import "./chunks/chunk-ONTFEVG4.mjs";
import "./chunks/chunk-U7QYKFG7.mjs";
import "./chunks/chunk-SSKCFJDD.mjs";
import "./chunks/chunk-66YYOBGO.mjs";
import "./chunks/chunk-CTAUG7OS.mjs";
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
