import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-OQBHJJQS.mjs";
import {
  PluginError
} from "./chunk-XTGCHHJQ.mjs";
import "./chunk-UBWYOBYM.mjs";
import "./chunk-D7YECDRI.mjs";
import "./chunk-P3LHJV3Z.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  PluginError,
  loadPlugins
};
