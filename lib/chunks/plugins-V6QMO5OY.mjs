import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-HQ564KP6.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-F7HF2AQJ.mjs";
import "./chunk-I3PS33Z3.mjs";
import "./chunk-EP3EUME3.mjs";
import "./chunk-B5YKATE5.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  PluginError,
  loadPlugins
};
