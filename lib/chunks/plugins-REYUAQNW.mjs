import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-KZJLSJB4.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-BA2Z5ZAJ.mjs";
import "./chunk-UBWYOBYM.mjs";
import "./chunk-M7SC73GP.mjs";
import "./chunk-P3LHJV3Z.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  PluginError,
  loadPlugins
};
