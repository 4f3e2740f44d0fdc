import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fileDiff,
  fixFiles,
  fixText
} from "./chunks/chunk-IQM74UKX.mjs";
import "./chunks/chunk-MIVHMU4H.mjs";
import {
  loadPlugins
} from "./chunks/chunk-KEHWUC4P.mjs";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-J3OCUTAI.mjs";
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
} from "./chunks/chunk-BFFNYFQF.mjs";
import "./chunks/chunk-KHKUBRH2.mjs";
import {
  configSchema,
  defineRule,
  rules
} from "./chunks/chunk-D2QZUANU.mjs";
import "./chunks/chunk-TUIA6AK5.mjs";
import "./chunks/chunk-THJZCHAV.mjs";
import "./chunks/chunk-63VPBCBN.mjs";
import "./chunks/chunk-2ZSOFDUQ.mjs";
import "./chunks/chunk-4IANI4KZ.mjs";
import "./chunks/chunk-EC2PSDJG.mjs";
import "./chunks/chunk-SSKCFJDD.mjs";
import "./chunks/chunk-6DRHLQUI.mjs";
import "./chunks/chunk-KWFHXTRZ.mjs";
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
