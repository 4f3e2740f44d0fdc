import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-NHNIRLYW.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-LSKFS5VP.mjs";
import "./chunk-I3PS33Z3.mjs";
import "./chunk-DVOMCU7X.mjs";
import "./chunk-QDEUPENJ.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  PluginError,
  loadPlugins
};
