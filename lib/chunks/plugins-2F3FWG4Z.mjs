import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-AMC27OUG.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-Q7XWZUCB.mjs";
import "./chunk-QNNX6PLP.mjs";
import "./chunk-NRRSBOQM.mjs";
import "./chunk-63VPBCBN.mjs";
import "./chunk-BCZUODFC.mjs";
import "./chunk-WSVNGM4G.mjs";
import "./chunk-U7QYKFG7.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-6DRHLQUI.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  PluginError,
  loadPlugins
};
