import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-2AGPVUUX.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-UHKLMSL7.mjs";
import "./chunk-5QNFHHBS.mjs";
import "./chunk-FDS6LEHH.mjs";
import "./chunk-QDEUPENJ.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  PluginError,
  loadPlugins
};
