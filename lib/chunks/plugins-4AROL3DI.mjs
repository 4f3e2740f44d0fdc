import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-YTRLITAG.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-F6HRBOH7.mjs";
import "./chunk-QNNX6PLP.mjs";
import "./chunk-77CGUSXJ.mjs";
import "./chunk-I3PS33Z3.mjs";
import "./chunk-FPEH3JIA.mjs";
import "./chunk-TZWDTVSK.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  PluginError,
  loadPlugins
};
