import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-K7HPGZ3L.mjs";
import "./chunk-DX4O4TR2.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-3TY4XXG3.mjs";
import "./chunk-UGJSVHV2.mjs";
import "./chunk-5ZHKE5OY.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
