import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-3MJJG7AX.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-URDY3L35.mjs";
import "./chunk-QNNX6PLP.mjs";
import "./chunk-TDTFNIE7.mjs";
import "./chunk-63VPBCBN.mjs";
import "./chunk-JERP7BO3.mjs";
import "./chunk-ONTFEVG4.mjs";
import "./chunk-U7QYKFG7.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  PluginError,
  loadPlugins
};
