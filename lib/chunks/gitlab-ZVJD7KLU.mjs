import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-EN67BYO5.mjs";
import "./chunk-E6G3HJM5.mjs";
import "./chunk-6DRHLQUI.mjs";
import "./chunk-S3DTWN3L.mjs";
import "./chunk-KWFHXTRZ.mjs";
import "./chunk-U3O6HMQQ.mjs";
import "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
