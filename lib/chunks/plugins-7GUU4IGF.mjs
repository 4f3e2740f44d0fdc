import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadPlugins
} from "./chunk-5DZ6RART.mjs";
import {
  PluginError
} from "./chunk-V6KQGSUX.mjs";
import "./chunk-6TYMKW4I.mjs";
import "./chunk-QNNX6PLP.mjs";
import "./chunk-WJKRH3U3.mjs";
import "./chunk-63VPBCBN.mjs";
import "./chunk-WJGP3HA5.mjs";
import "./chunk-CQOVKFQE.mjs";
import "./chunk-U7QYKFG7.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-6DRHLQUI.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  PluginError,
  loadPlugins
};
