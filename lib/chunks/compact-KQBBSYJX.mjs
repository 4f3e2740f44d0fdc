import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  escapeLine,
  guardText
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/compact.ts
var formatCompact = (result) => guardText(
  result.files.flatMap(
    (file) => file.findings.map((f) => `${escapeLine(file.path)}:${f.span.line}:${f.span.column}: ${f.level}: ${escapeLine(f.message)} [${escapeLine(f.ruleId)}]
`)
  ).join("")
);
export {
  formatCompact
};
