import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-WWK43JHR.mjs";
import "./chunk-DX4O4TR2.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-3EPJBVTV.mjs";
import "./chunk-JYLPUURA.mjs";
import "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
