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
} from "./chunks/chunk-YVVHE7GD.mjs";
import "./chunks/chunk-AF4CIYQU.mjs";
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
