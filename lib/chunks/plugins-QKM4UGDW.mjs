import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-KEHWUC4P.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-D2QZUANU.mjs";
import "./chunk-TUIA6AK5.mjs";
import "./chunk-THJZCHAV.mjs";
import "./chunk-63VPBCBN.mjs";
import "./chunk-2ZSOFDUQ.mjs";
import "./chunk-4IANI4KZ.mjs";
import "./chunk-EC2PSDJG.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-6DRHLQUI.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  PluginError,
  loadPlugins
};
