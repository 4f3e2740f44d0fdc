import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fixFile,
  wantedFix
} from "./chunk-V3ZGLTJC.mjs";
import "./chunk-TDTFNIE7.mjs";
import "./chunk-ONTFEVG4.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  fixFile,
  wantedFix
};
