import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  ruleDocPath
} from "./chunk-RZYRWAGT.mjs";
import {
  BUILTIN_META,
  LOCKED,
  UNSUPPRESSIBLE,
  closest
} from "./chunk-2ZSOFDUQ.mjs";
import {
  escapeControl,
  escapeLine
} from "./chunk-5ZHKE5OY.mjs";

// src/rule-info.ts
import { readFileSync } from "node:fs";
function allRuleMeta(ruleSet) {
  return [...BUILTIN_META, ...ruleSet.map((r) => r.meta)];
}
function ruleInfo(ruleSet) {
  const builtin = new Set(BUILTIN_META.map((m) => m.id));
  return allRuleMeta(ruleSet).map((meta) => ({
    id: meta.id,
    level: meta.level,
    preset: meta.preset,
    description: meta.description,
    canTurnOff: !LOCKED.has(meta.id),
    canSuppress: !UNSUPPRESSIBLE.has(meta.id),
    options: Object.keys(meta.options?.properties ?? {}),
    source: builtin.has(meta.id) ? "engine" : meta.id.includes("/") ? "plugin" : "rule",
    ...meta.fixable ? { fixable: meta.fixable } : {}
  }));
}
function listRules(ruleSet, format) {
  const infos = ruleInfo(ruleSet);
  if (format === "json") return JSON.stringify({ rules: infos }, null, 2) + "\n";
  const control = (info) => !info.canTurnOff ? info.canSuppress ? "per place" : "always on" : !info.canSuppress ? "config only" : "";
  const rows = infos.map((r) => [escapeLine(r.id), r.level, r.preset, control(r), escapeLine(r.description + (r.fixable ? ` Fixable (${r.fixable === "safe" ? "--fix" : "--fix --fix-type all"}).` : "") + (r.options.length > 0 ? ` Options: ${r.options.join(", ")}.` : ""))]);
  const header = ["rule", "level", "preset", "off/ignore", "description"];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), header[i].length));
  const line = (row) => row.map((cell, i) => i < 4 ? cell.padEnd(widths[i]) : cell).join("  ").trimEnd();
  const legend = [
    "",
    'off/ignore: "always on" and "per place" ids report what compose-lint could not read or see: configuration cannot turn them',
    'off or lower them; "per place" ones can be silenced where they point by a reasoned comment, "always on" ones not at all.',
    '"config only" ids can be turned off in configuration but not silenced by a comment.',
    "Every other rule can be set to off, note, warning or error (configuration, --rule) and silenced with",
    "`# compose-lint ignore=ID -- reason` or a service's `x-compose-lint: { ignore: [ID], reason: ... }`."
  ];
  return [line(header), ...rows.map(line), ...legend].join("\n") + "\n";
}
function ruleMarkdown(meta) {
  if (meta.docs) return meta.docs;
  if (!meta.id.includes("/")) {
    try {
      return readFileSync(ruleDocPath(meta.id), "utf8");
    } catch {
    }
  }
  return `# ${meta.id}

${meta.description}

${meta.help}
`;
}
var UnknownRuleError = class extends Error {
};
function explain(id, ruleSet, color) {
  const metas = allRuleMeta(ruleSet);
  const meta = metas.find((m) => m.id === id);
  if (!meta) {
    const near = closest(id, metas.map((m) => m.id));
    throw new UnknownRuleError(`unknown rule "${id}"${near ? `; did you mean "${near}"?` : " (see --list-rules)"}`);
  }
  return markdownToTerminal(ruleMarkdown(meta), color);
}
function markdownToTerminal(markdown, color) {
  const bold = (text) => color ? `\x1B[1m${text}\x1B[0m` : text;
  const out = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = escapeControl(raw);
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[2]);
      if (out.length > 0 && out.at(-1) !== "") out.push("");
      out.push(bold(text));
      out.push((heading[1].length === 1 ? "=" : "-").repeat(Math.min(text.length, 72)));
      continue;
    }
    out.push(inline(line.replace(/^(\s*)[*-]\s+/, "$1\u2022 ")));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
function inline(text) {
  return text.replace(/!\[([^\]]*)\]\(([^)]+)\)/g, "$1 ($2)").replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label, url) => url.startsWith("#") || url === label ? label : `${label} (${url})`).replace(/\*\*([^*]+)\*\*/g, "$1").replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?=[^\w*]|$)/g, "$1$2").replace(/(^|[^\w])_([^_\s][^_]*)_(?=[^\w]|$)/g, "$1$2").replace(/`([^`]+)`/g, "$1");
}

export {
  allRuleMeta,
  listRules,
  ruleMarkdown,
  UnknownRuleError,
  explain
};
