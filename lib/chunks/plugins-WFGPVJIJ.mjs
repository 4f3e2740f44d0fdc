import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-EE5L4APY.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-GAC4QZBB.mjs";
import "./chunk-I3PS33Z3.mjs";
import "./chunk-YBFT6HOZ.mjs";
import "./chunk-P3LHJV3Z.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  PluginError,
  loadPlugins
};
