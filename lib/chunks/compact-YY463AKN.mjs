import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  escapeLine
} from "./chunk-Y636DHQF.mjs";
import "./chunk-KOCLF33B.mjs";

// src/format/compact.ts
var formatCompact = (result) => result.files.flatMap(
  (file) => file.findings.map((f) => `${escapeLine(file.path)}:${f.span.line}:${f.span.column}: ${f.level}: ${escapeLine(f.message)} [${escapeLine(f.ruleId)}]
`)
).join("");
export {
  formatCompact
};
