import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-HWL4GHQS.mjs";
import "./chunks/chunk-NWFFCHOI.mjs";
import {
  loadPlugins
} from "./chunks/chunk-5DZ6RART.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-L5I4V2MW.mjs";
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
} from "./chunks/chunk-WJV7S45F.mjs";
import "./chunks/chunk-3Y42NYRO.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-6TYMKW4I.mjs";
import "./chunks/chunk-QNNX6PLP.mjs";
import "./chunks/chunk-WJKRH3U3.mjs";
import "./chunks/chunk-63VPBCBN.mjs";
import "./chunks/chunk-WJGP3HA5.mjs";
import "./chunks/chunk-CQOVKFQE.mjs";
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
