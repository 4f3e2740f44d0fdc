import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fixFile,
  wantedFix
} from "./chunk-MIVHMU4H.mjs";
import "./chunk-THJZCHAV.mjs";
import "./chunk-4IANI4KZ.mjs";
import "./chunk-NVK4G5ST.mjs";
export {
  fixFile,
  wantedFix
};
