import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  XML_DECLARATION,
  xmlAttribute
} from "./chunk-BYRLG4Y5.mjs";
import {
  guardXml
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/checkstyle.ts
var SEVERITY = { error: "error", warning: "warning", note: "info" };
var formatCheckstyle = (result) => {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const file of result.files) {
    if (file.findings.length === 0) {
      out.push(`  <file name="${xmlAttribute(file.path)}"/>`);
      continue;
    }
    out.push(`  <file name="${xmlAttribute(file.path)}">`);
    for (const f of file.findings) {
      out.push(
        `    <error line="${f.span.line}" column="${f.span.column}" severity="${SEVERITY[f.level]}" message="${xmlAttribute(f.message)}" source="compose-lint.${xmlAttribute(f.ruleId)}"/>`
      );
    }
    out.push("  </file>");
  }
  for (const error of result.errors) {
    out.push(`  <file name="${xmlAttribute(error.path)}">`);
    out.push(`    <error severity="error" message="${xmlAttribute(error.message)}" source="compose-lint.path"/>`);
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return guardXml(out.join("\n") + "\n");
};
export {
  formatCheckstyle
};
