import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-VEBLEOCJ.mjs";
import "./chunk-52VDE4OL.mjs";
import "./chunk-MTK4ORQ5.mjs";
import "./chunk-BOI44LYS.mjs";
import "./chunk-KOCLF33B.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
