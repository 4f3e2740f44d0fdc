import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-6QSG5O2F.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-5FRXSVFO.mjs";
import "./chunk-QNNX6PLP.mjs";
import "./chunk-THJZCHAV.mjs";
import "./chunk-63VPBCBN.mjs";
import "./chunk-DPWU25HQ.mjs";
import "./chunk-4IANI4KZ.mjs";
import "./chunk-U7QYKFG7.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-6DRHLQUI.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  PluginError,
  loadPlugins
};
