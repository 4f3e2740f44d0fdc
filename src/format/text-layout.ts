/**
 * Layout helpers of the text format: word wrapping that keeps locations and code spans whole,
 * the grouping of a service's strict-preset notes into one block, and the per-rule count table.
 * Presentation only: nothing here changes which findings exist or how they count.
 */
import type { Finding, RuleMeta } from "../engine/rule.js";
import type { Level } from "../model/types.js";

/** Width of text output written to a pipe or a file, and the narrowest a terminal can ask for. */
export const DEFAULT_WIDTH = 100;
export const MIN_WIDTH = 40;

export function effectiveWidth(width: number | undefined): number {
  if (width === undefined || !Number.isFinite(width) || width <= 0) return DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.floor(width));
}

/** A piece of a line that wrapping never splits unless it alone is wider than a line. */
export interface Atom {
  text: string;
  paint?: (text: string) => string;
}

/**
 * Splits a message into atoms at spaces, except spaces inside a `backticked` code span, so a code
 * span stays on one line. With unbalanced backticks every space is a break.
 */
export function messageAtoms(message: string): Atom[] {
  const balanced = (message.match(/`/g)?.length ?? 0) % 2 === 0;
  const atoms: Atom[] = [];
  let current = "";
  let inCode = false;
  for (const ch of message) {
    if (ch === "`" && balanced) inCode = !inCode;
    if (ch === " " && !inCode) {
      if (current) atoms.push({ text: current });
      current = "";
    } else {
      current += ch;
    }
  }
  if (current) atoms.push({ text: current });
  return atoms;
}

/**
 * Lays atoms out after a header `headerWidth` columns wide, in lines of at most `width` columns;
 * continuation lines start with `indent` spaces (a hanging indent). The first returned line goes
 * right after the header (it starts with the separating space, or is empty when even the first
 * atom does not fit beside the header). An atom wider than a whole line is cut, the only break
 * inside an atom.
 */
export function wrapAtoms(atoms: readonly Atom[], width: number, headerWidth: number, indent: number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = headerWidth;
  // Whether the current line holds nothing yet but its indent (the header line never does).
  let fresh = false;
  const room = Math.max(1, width - indent);
  const newLine = () => {
    lines.push(line);
    line = " ".repeat(indent);
    used = indent;
    fresh = true;
  };
  const put = (atom: Atom, text: string) => {
    line += (fresh ? "" : " ") + (atom.paint ? atom.paint(text) : text);
    used += (fresh ? 0 : 1) + text.length;
    fresh = false;
  };
  for (const atom of atoms) {
    let text = atom.text;
    if (!fresh && used + 1 + text.length > width) newLine();
    // Too wide for any line: cut it into line-sized pieces.
    while (text.length > room) {
      put(atom, text.slice(0, room));
      text = text.slice(room);
      newLine();
    }
    if (text) put(atom, text);
  }
  lines.push(line);
  return lines;
}

/** Short names of what each strict `require-*` rule asks for, in the order a group lists them. */
const STRICT_LABELS: ReadonlyArray<readonly [string, string]> = [
  ["require-no-new-privileges", "no-new-privileges"],
  ["require-read-only", "read_only"],
  ["require-cap-drop-all", "cap_drop ALL"],
  ["require-non-root-user", "non-root user"],
  ["require-resource-limits", "limits"],
  ["require-pinned-image", "pinned image"],
];
const LABEL_ORDER = new Map(STRICT_LABELS.map(([id], i) => [id, i]));
const LABEL = new Map(STRICT_LABELS);

/** One entry of a file's text listing: a single finding, or a service's strict notes together. */
export type Entry = { kind: "finding"; finding: Finding } | { kind: "group"; service: string; findings: Finding[] };

const SERVICE_PREFIX = /^service "((?:[^"\\]|\\.)*)"/;

function groupKey(finding: Finding, strictIds: ReadonlySet<string>): string | undefined {
  if (finding.suppression || finding.level !== "note" || !finding.ruleId.startsWith("require-") || !strictIds.has(finding.ruleId)) return undefined;
  const service = SERVICE_PREFIX.exec(finding.message)?.[1];
  if (service === undefined) return undefined;
  const { line, column, endLine, endColumn } = finding.span;
  return `${line}:${column}:${endLine}:${endColumn}:${service}`;
}

/**
 * Orders a file's shown findings into entries: the strict preset's `require-*` notes that point
 * at the same service name span become one group (two or more), placed where the first was.
 */
export function entries(shown: readonly Finding[], rules: readonly RuleMeta[]): Entry[] {
  const strictIds = new Set(rules.filter((meta) => meta.preset === "strict").map((meta) => meta.id));
  const groups = new Map<string, Finding[]>();
  for (const finding of shown) {
    const key = groupKey(finding, strictIds);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const out: Entry[] = [];
  const placed = new Set<string>();
  for (const finding of shown) {
    const key = groupKey(finding, strictIds);
    const group = key === undefined ? undefined : groups.get(key);
    if (key === undefined || !group || group.length < 2) {
      out.push({ kind: "finding", finding });
      continue;
    }
    if (placed.has(key)) continue;
    placed.add(key);
    const findings = [...group].sort((a, b) => (LABEL_ORDER.get(a.ruleId) ?? 99) - (LABEL_ORDER.get(b.ruleId) ?? 99) || compareIds(a.ruleId, b.ruleId));
    out.push({ kind: "group", service: SERVICE_PREFIX.exec(finding.message)![1]!, findings });
  }
  return out;
}

/** `service "web": no no-new-privileges, read_only, ...`: the one-line message of a group. */
export function groupMessage(service: string, findings: readonly Finding[]): string {
  return `service "${service}": no ${findings.map((f) => LABEL.get(f.ruleId) ?? f.ruleId).join(", ")}`;
}

const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

export interface RuleCount {
  ruleId: string;
  level: Level;
  count: number;
}

/** Counted (unsuppressed) findings per rule and level: most severe first, then most frequent. */
export function ruleCounts(findings: Iterable<Finding>): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const finding of findings) {
    if (finding.suppression) continue;
    const key = `${finding.level}\0${finding.ruleId}`;
    const entry = counts.get(key) ?? { ruleId: finding.ruleId, level: finding.level, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || b.count - a.count || compareIds(a.ruleId, b.ruleId));
}

/**
 * Rule ids in code-unit order (the same as a locale's for lowercase ids with hyphens): the first
 * `localeCompare` of a process loads the locale's collation, about 10 ms of a small run.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
