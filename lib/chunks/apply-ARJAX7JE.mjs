import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fixFile,
  wantedFix
} from "./chunk-5TBLMILP.mjs";
import "./chunk-77CGUSXJ.mjs";
import "./chunk-TZWDTVSK.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  fixFile,
  wantedFix
};
