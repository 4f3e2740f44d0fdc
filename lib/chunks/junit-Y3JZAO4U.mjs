import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  XML_DECLARATION,
  xmlAttribute,
  xmlText
} from "./chunk-BYRLG4Y5.mjs";
import {
  escapeLine,
  guardXml
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/junit.ts
var formatJunit = (result, context) => {
  const help = new Map(context.rules.map((meta) => [meta.id, meta.help]));
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const file of result.files) {
    const cases = [];
    const name = xmlAttribute(file.path);
    for (const f of file.findings) {
      const where = `${escapeLine(file.path)}:${f.span.line}:${f.span.column}`;
      const notes = f.related.map((r) => `  note: ${escapeLine(r.message)} (${escapeLine(r.span.file)}:${r.span.line}:${r.span.column})`);
      const body = [`${where}: ${f.level}: ${escapeLine(f.message)} (${escapeLine(f.ruleId)})`, ...notes, "", help.get(f.ruleId) ?? ""];
      cases.push(
        `    <testcase name="${xmlAttribute(`${f.ruleId} at ${f.span.line}:${f.span.column}`)}" classname="${name}" file="${name}" line="${f.span.line}">`,
        `      <failure type="${f.level}" message="${xmlAttribute(f.message)}">${xmlText(body.join("\n").trimEnd())}</failure>`,
        "    </testcase>"
      );
    }
    const failed = new Set(file.findings.map((f) => f.ruleId));
    const passed = context.rules.filter((meta) => !failed.has(meta.id));
    for (const meta of passed) cases.push(`    <testcase name="${xmlAttribute(meta.id)}" classname="${name}" file="${name}"/>`);
    const count = file.findings.length + passed.length;
    tests += count;
    failures += file.findings.length;
    suites.push(`  <testsuite name="${name}" tests="${count}" failures="${file.findings.length}" errors="0" skipped="0">`, ...cases, "  </testsuite>");
  }
  if (result.errors.length > 0) {
    suites.push(`  <testsuite name="compose-lint paths" tests="${result.errors.length}" failures="0" errors="${result.errors.length}" skipped="0">`);
    for (const error of result.errors) {
      suites.push(`    <testcase name="${xmlAttribute(error.path)}" classname="compose-lint paths">`, `      <error message="${xmlAttribute(error.message)}"/>`, "    </testcase>");
    }
    suites.push("  </testsuite>");
    tests += result.errors.length;
  }
  const totals = `tests="${tests}" failures="${failures}" errors="${result.errors.length}"`;
  return guardXml([XML_DECLARATION, `<testsuites name="compose-lint" ${totals}>`, ...suites, "</testsuites>"].join("\n") + "\n");
};
export {
  formatJunit
};
