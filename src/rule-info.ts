/**
 * What `--list-rules` and `--explain` print: every id compose-lint can report (the engine's own,
 * the shipped rules', loaded plugins'), what configuration and comments can do with each, and a
 * rule's documentation page made readable in a terminal.
 */
import { readFileSync } from "node:fs";
import { BUILTIN_META, LOCKED, UNSUPPRESSIBLE } from "./engine/engine.js";
import type { Rule, RuleMeta } from "./engine/rule.js";
import { escapeControl, escapeLine } from "./format/escape.js";
import { ruleDocPath } from "./meta.js";
import { closest } from "./schema/validate.js";

export interface RuleInfo {
  id: string;
  level: string;
  preset: string;
  description: string;
  /** Configuration may set `off`. */
  canTurnOff: boolean;
  /** An ignore comment or `x-compose-lint` may silence it. */
  canSuppress: boolean;
  /** The names of its options. */
  options: string[];
  /** Its findings may carry a fix: `safe` (applied by --fix) or `behaviour` (only with --fix-type all). */
  fixable?: "safe" | "behaviour";
  source: "engine" | "rule" | "plugin";
}

export function allRuleMeta(ruleSet: readonly Rule[]): RuleMeta[] {
  return [...BUILTIN_META, ...ruleSet.map((r) => r.meta)];
}

export function ruleInfo(ruleSet: readonly Rule[]): RuleInfo[] {
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
    ...(meta.fixable ? { fixable: meta.fixable } : {}),
  }));
}

export function listRules(ruleSet: readonly Rule[], format: "text" | "json"): string {
  const infos = ruleInfo(ruleSet);
  if (format === "json") return JSON.stringify({ rules: infos }, null, 2) + "\n";
  const control = (info: RuleInfo) => (!info.canTurnOff ? (info.canSuppress ? "per place" : "always on") : !info.canSuppress ? "config only" : "");
  // A plugin's text reaches the terminal: escaped like any text from outside.
  const rows = infos.map((r) => [escapeLine(r.id), r.level, r.preset, control(r), escapeLine(r.description + (r.fixable ? ` Fixable (${r.fixable === "safe" ? "--fix" : "--fix --fix-type all"}).` : "") + (r.options.length > 0 ? ` Options: ${r.options.join(", ")}.` : ""))]);
  const header = ["rule", "level", "preset", "off/ignore", "description"];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length), header[i]!.length));
  const line = (row: readonly string[]) => row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join("  ").trimEnd();
  const legend = [
    "",
    "off/ignore: \"always on\" and \"per place\" ids report what compose-lint could not read or see: configuration cannot turn them",
    "off or lower them; \"per place\" ones can be silenced where they point by a reasoned comment, \"always on\" ones not at all.",
    "\"config only\" ids can be turned off in configuration but not silenced by a comment.",
    "Every other rule can be set to off, note, warning or error (configuration, --rule) and silenced with",
    "`# compose-lint ignore=ID -- reason` or a service's `x-compose-lint: { ignore: [ID], reason: ... }`.",
  ];
  return [line(header), ...rows.map(line), ...legend].join("\n") + "\n";
}

/** The documentation page of a rule, as Markdown: rules/<id>.md for built-in ids, `meta.docs` for plugins. */
export function ruleMarkdown(meta: RuleMeta): string {
  if (meta.docs) return meta.docs;
  if (!meta.id.includes("/")) {
    try {
      return readFileSync(ruleDocPath(meta.id), "utf8");
    } catch {
      // not shipped: the help text below
    }
  }
  return `# ${meta.id}\n\n${meta.description}\n\n${meta.help}\n`;
}

export class UnknownRuleError extends Error {}

export function explain(id: string, ruleSet: readonly Rule[], color: boolean): string {
  const metas = allRuleMeta(ruleSet);
  const meta = metas.find((m) => m.id === id);
  if (!meta) {
    const near = closest(id, metas.map((m) => m.id));
    throw new UnknownRuleError(`unknown rule "${id}"${near ? `; did you mean "${near}"?` : " (see --list-rules)"}`);
  }
  return markdownToTerminal(ruleMarkdown(meta), color);
}

/**
 * Markdown made readable without a renderer: headings underlined (bold in colour), emphasis and
 * link syntax removed (the address kept after the text), code fences indented, tables left as they are.
 * Control characters are escaped so a page (a plugin's, say) cannot drive the terminal.
 */
export function markdownToTerminal(markdown: string, color: boolean): string {
  const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[0m` : text);
  const out: string[] = [];
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
      const text = inline(heading[2]!);
      if (out.length > 0 && out.at(-1) !== "") out.push("");
      out.push(bold(text));
      out.push((heading[1]!.length === 1 ? "=" : "-").repeat(Math.min(text.length, 72)));
      continue;
    }
    out.push(inline(line.replace(/^(\s*)[*-]\s+/, "$1• ")));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\(([^)]+)\)/g, "$1 ($2)")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, url: string) => (url.startsWith("#") || url === label ? label : `${label} (${url})`))
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?=[^\w*]|$)/g, "$1$2")
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?=[^\w]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
}
