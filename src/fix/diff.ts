/**
 * A unified diff of a fixed file (`--fix-dry-run`), with a header that names each fix, whether it
 * may change behaviour, and the services an edit in a shared (anchored) value affects. Lines from
 * the file are printed escaped: a control character in it must not reach the terminal.
 */
import { escapeLine } from "../format/escape.js";
import type { FileFixes } from "./apply.js";

const CONTEXT = 3;

/** The file's lines, each without its line break (CR LF and LF alike). */
function lines(text: string): string[] {
  const split = text.split(/\r?\n/);
  if (split.length > 1 && split[split.length - 1] === "") split.pop();
  return text === "" ? [] : split;
}

type Op = { kind: " " | "-" | "+"; text: string; a: number; b: number };

/** Line operations turning `a` into `b`: common ends kept, the middle by longest common subsequence. */
function operations(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: " ", text: a[i]!, a: i, b: i });
  if (midA.length * midB.length > 4_000_000) {
    midA.forEach((text, i) => ops.push({ kind: "-", text, a: head + i, b: head }));
    midB.forEach((text, j) => ops.push({ kind: "+", text, a: head + midA.length, b: head + j }));
  } else {
    const n = midA.length;
    const m = midB.length;
    const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = midA[i] === midB[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push({ kind: " ", text: midA[i]!, a: head + i, b: head + j });
        i++;
        j++;
      } else if (i < n && (j === m || table[i + 1]![j]! >= table[i]![j + 1]!)) {
        ops.push({ kind: "-", text: midA[i]!, a: head + i, b: head + j });
        i++;
      } else {
        ops.push({ kind: "+", text: midB[j]!, a: head + i, b: head + j });
        j++;
      }
    }
  }
  for (let k = 0; k < tail; k++) ops.push({ kind: " ", text: a[a.length - tail + k]!, a: a.length - tail + k, b: b.length - tail + k });
  return ops;
}

/** The unified diff of `before` → `after` (hunks only), empty when they are equal. */
export function unifiedHunks(before: string, after: string): string {
  if (before === after) return "";
  const a = lines(before);
  const b = lines(after);
  const ops = operations(a, b);
  const changed = ops.map((op, i) => (op.kind === " " ? -1 : i)).filter((i) => i >= 0);
  let out = "";
  let k = 0;
  while (k < changed.length) {
    const first = changed[k]!;
    let last = first;
    while (k + 1 < changed.length && changed[k + 1]! - last <= 2 * CONTEXT + 1) last = changed[++k]!;
    k++;
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(ops.length - 1, last + CONTEXT);
    const hunk = ops.slice(from, to + 1);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    const oldStart = oldCount === 0 ? hunk[0]!.a : hunk.find((op) => op.kind !== "+")!.a + 1;
    const newStart = newCount === 0 ? hunk[0]!.b : hunk.find((op) => op.kind !== "-")!.b + 1;
    out += `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n`;
    for (const op of hunk) out += `${op.kind}${escapeLine(op.text)}\n`;
  }
  return out;
}

/** The diff of one fixed file, its header naming the fixes (and who a shared value's edit affects). */
export function fileDiff(fixes: FileFixes): string {
  const hunks = unifiedHunks(fixes.before, fixes.after);
  if (!hunks) return "";
  const seen = new Set<string>();
  let header = "";
  for (const fix of fixes.applied) {
    const at = fix.edits[0]?.span;
    const note = `${fix.ruleId}: ${fix.description}${fix.safety === "behaviour" ? " [may change behaviour]" : ""}${at ? ` (line ${at.line})` : ""}${fix.services.length > 1 ? `; a shared value: affects services ${fix.services.map((s) => `"${s}"`).join(", ")}` : ""}`;
    if (seen.has(note)) continue;
    seen.add(note);
    header += `# fix ${escapeLine(note)}\n`;
  }
  const path = escapeLine(fixes.path);
  return `${header}--- a/${path}\n+++ b/${path}\n${hunks}`;
}
