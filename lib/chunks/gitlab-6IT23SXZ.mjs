import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-KZQGQ6S5.mjs";
import "./chunk-OFVURXKZ.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-3EPJBVTV.mjs";
import "./chunk-JYLPUURA.mjs";
import "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
