import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-5WBV6L5N.mjs";
import "./chunk-OFVURXKZ.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-CL7N33XB.mjs";
import "./chunk-CTAUG7OS.mjs";
import "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
