import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  loadProjects
} from "./chunk-BFFNYFQF.mjs";
import {
  stringify
} from "./chunk-KHKUBRH2.mjs";
import "./chunk-D2QZUANU.mjs";
import {
  interpolate
} from "./chunk-TUIA6AK5.mjs";
import "./chunk-THJZCHAV.mjs";
import "./chunk-63VPBCBN.mjs";
import "./chunk-2ZSOFDUQ.mjs";
import "./chunk-4IANI4KZ.mjs";
import "./chunk-EC2PSDJG.mjs";
import "./chunk-SSKCFJDD.mjs";
import {
  secretKind
} from "./chunk-6DRHLQUI.mjs";
import "./chunk-KWFHXTRZ.mjs";
import "./chunk-U3O6HMQQ.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/print-project.ts
var KEYS = ["name", "services", "networks", "volumes", "secrets", "configs"];
var ENVIRONMENT_KEYS = /* @__PURE__ */ new Set(["environment", "args"]);
function refersToSecret(raw) {
  return interpolate(raw, {}).variables.some((name) => secretKind(name) !== void 0);
}
function plain(node, asWritten = false) {
  if (node.kind === "scalar") return node.raw !== void 0 && (asWritten || refersToSecret(node.raw)) ? node.raw : node.value;
  if (node.kind === "seq") return node.items.map((item) => plain(item, asWritten));
  const out = {};
  for (const e of node.entries) out[e.key] = plain(e.value, asWritten || ENVIRONMENT_KEYS.has(e.key));
  return out;
}
function projectDocument(tree) {
  const plainTree = plain(tree);
  const out = {};
  for (const key of KEYS) {
    const value = plainTree[key];
    if (value === void 0 || value === null) continue;
    if (key !== "name" && typeof value === "object" && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}
async function printProjects(paths, options, format) {
  const { projects, errors } = await loadProjects(paths, options);
  const documents = projects.flatMap(({ loaded }) => loaded.tree ? [projectDocument(loaded.tree)] : []);
  for (const { loaded } of projects) {
    for (const problem of loaded.problems) {
      if (problem.level === "note") continue;
      errors.push({ path: `${problem.span.file}:${problem.span.line}:${problem.span.column}`, message: `${problem.ruleId}: ${problem.message}` });
    }
  }
  if (format === "json") return { text: documents.map((d) => JSON.stringify(d, null, 2) + "\n").join(""), errors };
  return { text: documents.map((d) => stringify(d, { lineWidth: 0 })).join("---\n"), errors };
}
export {
  printProjects,
  projectDocument
};
