import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-UVHKZW2S.mjs";
import "./chunk-OFVURXKZ.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-3HH4RRB3.mjs";
import "./chunk-CGMR65KP.mjs";
import "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
