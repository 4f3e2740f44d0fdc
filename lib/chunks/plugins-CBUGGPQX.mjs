import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-LWJFQEPG.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-4EEQDHCB.mjs";
import "./chunk-QNNX6PLP.mjs";
import "./chunk-TDTFNIE7.mjs";
import "./chunk-I3PS33Z3.mjs";
import "./chunk-VPZYPBSU.mjs";
import "./chunk-ONTFEVG4.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  PluginError,
  loadPlugins
};
