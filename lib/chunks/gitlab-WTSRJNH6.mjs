import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab
} from "./chunk-RWTT2IVK.mjs";
import "./chunk-OFVURXKZ.mjs";
import "./chunk-66YYOBGO.mjs";
import "./chunk-MMR4HMJA.mjs";
import "./chunk-KS25IOSE.mjs";
import "./chunk-5ZHKE5OY.mjs";
import "./chunk-VUEJWS4U.mjs";
export {
  codeQualitySeverity,
  formatGitlab
};
