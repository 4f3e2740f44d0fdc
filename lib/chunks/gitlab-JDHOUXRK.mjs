import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-GO3IP32O.mjs";
import "./chunk-DX4O4TR2.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-55C3JCNU.mjs";
import "./chunk-PFJ6UBGE.mjs";
import "./chunk-5ZHKE5OY.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
