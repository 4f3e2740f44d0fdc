import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fileDiff,
  fixLintResult
} from "./chunk-IQM74UKX.mjs";
import "./chunk-MIVHMU4H.mjs";
import "./chunk-KDPRZTNH.mjs";
import "./chunk-BFFNYFQF.mjs";
import "./chunk-KHKUBRH2.mjs";
import "./chunk-D2QZUANU.mjs";
import "./chunk-TUIA6AK5.mjs";
import "./chunk-THJZCHAV.mjs";
import "./chunk-63VPBCBN.mjs";
import "./chunk-2ZSOFDUQ.mjs";
import "./chunk-4IANI4KZ.mjs";
import "./chunk-EC2PSDJG.mjs";
import "./chunk-SSKCFJDD.mjs";
import "./chunk-6DRHLQUI.mjs";
import "./chunk-KWFHXTRZ.mjs";
import "./chunk-U3O6HMQQ.mjs";
import {
  escapeLine
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/fix/cli.ts
async function runFixes(result, options, cwd, selection, write) {
  const run = await fixLintResult(result, options, cwd, selection, write);
  const notes = [];
  let fixed = 0;
  let diff = "";
  for (const file of run.files) {
    diff += fileDiff(file);
    fixed += file.applied.length;
    const refusedBy = new Map(file.refused.map((r) => [`${r.ruleId}\0${r.message}`, r.reason]));
    for (const finding of file.result.findings) {
      const reason = refusedBy.get(`${finding.ruleId}\0${finding.message}`);
      if (reason !== void 0) finding.fixRefused = reason;
    }
    for (const r of file.refused) notes.push(`${escapeLine(file.path)}:${r.span.line}:${r.span.column}: ${r.ruleId} not fixed: ${escapeLine(r.reason)}`);
  }
  const verb = write ? "fixed" : "would fix";
  const files = run.files.filter((f) => f.after !== f.before).length;
  notes.unshift(`compose-lint: ${verb} ${fixed} finding${fixed === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
  const errors = [...run.result.errors, ...run.failures];
  return { result: { ...run.result, errors }, diff, notes };
}
export {
  runFixes
};
