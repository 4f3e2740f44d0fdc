import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-DEM2R34V.mjs";
import "./chunk-52VDE4OL.mjs";
import "./chunk-3TY4XXG3.mjs";
import "./chunk-UGJSVHV2.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
