import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-5PURSHXE.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-7FKUOYA5.mjs";
import "./chunk-I3PS33Z3.mjs";
import "./chunk-WFPVWPT7.mjs";
import "./chunk-YN2EE36Q.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-VUEJWS4U.mjs";
export {
  PluginError,
  loadPlugins
};
