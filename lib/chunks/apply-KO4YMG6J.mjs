import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fixFile,
  wantedFix
} from "./chunk-NWFFCHOI.mjs";
import "./chunk-WJKRH3U3.mjs";
import "./chunk-CQOVKFQE.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  fixFile,
  wantedFix
};
