import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  require_dist
} from "./chunk-TGGIPKB7.mjs";
import "./chunk-KOCLF33B.mjs";
export default require_dist();
