import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  FORMAT_NAMES,
  defineRule,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadFormatter,
  rules
} from "./chunks/chunk-ZZZFRW7T.mjs";
import "./chunks/chunk-WQOKT25U.mjs";
import "./chunks/chunk-BOI44LYS.mjs";
import "./chunks/chunk-KOCLF33B.mjs";
export {
  FORMAT_NAMES,
  defineRule,
  enabledRules,
  lintFiles,
  lintText,
  loadComposeText,
  loadFormatter,
  rules
};
