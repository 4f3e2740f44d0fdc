import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-DN6IWYKO.mjs";
import {
  PluginError
} from "./chunk-Q3OABFTE.mjs";
import "./chunk-WQOKT25U.mjs";
import "./chunk-JA7KTXL7.mjs";
import "./chunk-P3LHJV3Z.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  PluginError,
  loadPlugins
};
