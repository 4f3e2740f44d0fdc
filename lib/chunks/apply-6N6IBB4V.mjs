import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fixFile,
  wantedFix
} from "./chunk-CM6ZVBN4.mjs";
import "./chunk-NRRSBOQM.mjs";
import "./chunk-WSVNGM4G.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  fixFile,
  wantedFix
};
