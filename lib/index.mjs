import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunks/chunk-LWJFQEPG.mjs";
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-JHDLES3R.mjs";
import "./chunks/chunk-V3ZGLTJC.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-C3Z6ZRC6.mjs";
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
} from "./chunks/chunk-CH6MMWER.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-4EEQDHCB.mjs";
import "./chunks/chunk-S7CJAGL2.mjs";
import "./chunks/chunk-QNNX6PLP.mjs";
import "./chunks/chunk-TDTFNIE7.mjs";
import "./chunks/chunk-I3PS33Z3.mjs";
import "./chunks/chunk-VPZYPBSU.mjs";
import "./chunks/chunk-ONTFEVG4.mjs";
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
