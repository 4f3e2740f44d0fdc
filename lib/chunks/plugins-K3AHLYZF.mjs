import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-MLMRY62F.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-JYPSLQ5Q.mjs";
import "./chunk-I3PS33Z3.mjs";
import "./chunk-FGWMV5L4.mjs";
import "./chunk-P3LHJV3Z.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  PluginError,
  loadPlugins
};
