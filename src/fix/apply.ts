/**
 * Applies the fixes rules report, one file at a time: non-overlapping edits, then the file is
 * linted again and the fixes are kept only when it still parses, still loads, lost the fixed
 * findings and gained none. Otherwise the file stays as it was and each refused fix says why.
 * Fixes that overlap wait for the next round, so a second run has nothing left to do.
 */
import type { Finding, Fix, FixSafety, TextEdit } from "../engine/rule.js";
import type { FileResult } from "../lint.js";
import { toDockerLineBreaks } from "../load/lines.js";
import { SourceText } from "./source.js";

export type FixType = "safe" | "all";

export interface FixSelection {
  /** `safe` (default): only fixes that do not change behaviour; `all`: also those that may. */
  type?: FixType;
  /** Only these rules' fixes (all fixable rules when absent or empty). */
  rules?: readonly string[];
  /** Rules whose fixes may change behaviour: their refusals are not listed when only safe fixes are asked for. */
  behaviourRules?: readonly string[];
}

export interface AppliedFix {
  ruleId: string;
  message: string;
  description: string;
  safety: FixSafety;
  edits: TextEdit[];
  /** The services the edited value belongs to (several when it is shared through an anchor). */
  services: string[];
}

export interface RefusedFix {
  ruleId: string;
  message: string;
  span: Finding["span"];
  reason: string;
}

export interface FileFixes {
  path: string;
  /** The text before and after; equal when nothing was fixed. */
  before: string;
  after: string;
  applied: AppliedFix[];
  refused: RefusedFix[];
  /** The file linted as it is after fixing (what the run reports). */
  result: FileResult;
}

/** Lints a text as the file would be linted (same configuration, same `.env`). */
export type Relint = (text: string) => FileResult | Promise<FileResult>;

/** Each round applies at most one edit per place; a service gains at most a few keys. */
const MAX_ROUNDS = 10;

export function wantedFix(finding: Finding, selection: FixSelection): finding is Finding & { fix: Fix } {
  if (!finding.fix) return false;
  if ((selection.type ?? "safe") === "safe" && finding.fix.safety !== "safe") return false;
  return !selection.rules || selection.rules.length === 0 || selection.rules.includes(finding.ruleId);
}

const findingKey = (f: Finding) => `${f.ruleId}\0${f.message}`;
const editKey = (edits: readonly TextEdit[]) => JSON.stringify(edits.map((e) => [e.span.line, e.span.column, e.span.endLine, e.span.endColumn, e.newText]));

interface Candidate {
  findings: Finding[];
  fix: Fix;
  services: Set<string>;
  ranges: { start: number; end: number; newText: string }[];
}

/** The text with the edits (offsets, non-overlapping) applied; insertions at one point keep their order. */
function applyRanges(text: string, ranges: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = ranges.map((r, i) => ({ ...r, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let at = 0;
  for (const r of sorted) {
    out += text.slice(at, r.start) + r.newText;
    at = Math.max(at, r.end);
  }
  return out + text.slice(at);
}

/**
 * Two edits that touch: they overlap, or insert at the same point (each was computed without the
 * other: two entries added to an empty `{}` would need a comma between them). One waits a round.
 */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function counts(findings: readonly Finding[], keyOf: (f: Finding) => string = findingKey): Map<string, number> {
  const map = new Map<string, number>();
  for (const f of findings) map.set(keyOf(f), (map.get(keyOf(f)) ?? 0) + 1);
  return map;
}

/** Why the fixed text is not acceptable, or undefined when it is. */
function verdict(before: FileResult, after: FileResult, fixed: readonly Finding[]): string | undefined {
  const all = (r: FileResult) => [...r.findings, ...(r.suppressed ?? [])];
  const syntax = after.findings.find((f) => f.ruleId === "yaml-syntax");
  if (syntax && !before.findings.some((f) => f.ruleId === "yaml-syntax")) return `the fixed file would not parse (${syntax.message})`;
  if (before.project && !after.project) return "the fixed file would not load";
  // A finding is new when its rule reports more than before, less what was fixed. One that only
  // words itself differently (a datastore now "published on loopback") is the same finding.
  const ruleOf = (f: Finding) => f.ruleId;
  const had = counts(all(before), ruleOf);
  const has = counts(all(after), ruleOf);
  const fixedByRule = counts(fixed, ruleOf);
  const known = new Set(all(before).map((f) => findingKey(f)));
  for (const [rule, n] of has) {
    if (n > (had.get(rule) ?? 0) - (fixedByRule.get(rule) ?? 0)) {
      const added = all(after).find((f) => f.ruleId === rule && !known.has(findingKey(f))) ?? all(after).find((f) => f.ruleId === rule)!;
      return `the fix would add a finding (${added.ruleId}: ${added.message})`;
    }
  }
  const left = counts(all(after));
  for (const [key] of counts(fixed)) {
    if ((left.get(key) ?? 0) > 0) return "the finding would remain after the edit";
  }
  return undefined;
}

/** The fixes of one file's findings, applied and checked; the file as it is when none can be. */
export async function fixFile(before: FileResult, original: string, relint: Relint, selection: FixSelection = {}): Promise<FileFixes> {
  let text = original;
  let current = before;
  const applied: AppliedFix[] = [];
  const refusedAt = new Map<string, RefusedFix>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const source = new SourceText(toDockerLineBreaks(text).text);
    const byEdits = new Map<string, Candidate>();
    for (const finding of current.findings) {
      if (!wantedFix(finding, selection) || refusedAt.has(findingKey(finding))) continue;
      const { fix } = finding;
      const elsewhere = fix.edits.find((e) => e.span.file !== current.path);
      if (elsewhere) {
        refusedAt.set(findingKey(finding), { ruleId: finding.ruleId, message: finding.message, span: finding.span, reason: `the value is written in ${elsewhere.span.file}, which is not the file being fixed` });
        continue;
      }
      const key = editKey(fix.edits);
      const known = byEdits.get(key);
      if (known) {
        known.findings.push(finding);
        for (const s of fix.services ?? []) known.services.add(s);
        continue;
      }
      const ranges = fix.edits.map((e) => ({ start: source.start(e.span), end: source.end(e.span), newText: e.newText }));
      byEdits.set(key, { findings: [finding], fix, services: new Set(fix.services ?? []), ranges });
    }
    // Overlapping fixes: the first (in file order) goes now, the others wait for the next round.
    const chosen: Candidate[] = [];
    for (const candidate of [...byEdits.values()].sort((a, b) => a.ranges[0]!.start - b.ranges[0]!.start)) {
      if (chosen.some((c) => c.ranges.some((r) => candidate.ranges.some((s) => overlaps(r, s))))) continue;
      chosen.push(candidate);
    }
    if (chosen.length === 0) break;
    const accepted: Candidate[] = [];
    const together = applyRanges(text, chosen.flatMap((c) => c.ranges));
    const afterAll = await relint(together);
    if (verdict(current, afterAll, chosen.flatMap((c) => c.findings)) === undefined) {
      text = together;
      current = afterAll;
      accepted.push(...chosen);
    } else {
      // One at a time, each on the text as the previous accepted ones left it.
      let shift: { start: number; delta: number }[] = [];
      for (const candidate of chosen) {
        const moved = candidate.ranges.map((r) => {
          const delta = shift.filter((s) => s.start <= r.start).reduce((sum, s) => sum + s.delta, 0);
          return { ...r, start: r.start + delta, end: r.end + delta };
        });
        const attempt = applyRanges(text, moved);
        const after = await relint(attempt);
        const why = verdict(current, after, candidate.findings);
        if (why !== undefined) {
          for (const f of candidate.findings) refusedAt.set(findingKey(f), { ruleId: f.ruleId, message: f.message, span: f.span, reason: why });
          continue;
        }
        shift = [...shift, ...candidate.ranges.map((r) => ({ start: r.start, delta: r.newText.length - (r.end - r.start) }))];
        text = attempt;
        current = after;
        accepted.push(candidate);
      }
    }
    for (const c of accepted) {
      for (const f of c.findings) applied.push({ ruleId: f.ruleId, message: f.message, description: c.fix.description, safety: c.fix.safety, edits: c.fix.edits, services: [...c.services].sort() });
    }
    if (accepted.length === 0) break;
  }
  const refused = [...refusedAt.values()];
  // Findings whose rule offered no edit, with its reason, when the selection would have fixed them.
  for (const f of current.findings) {
    if (f.fixRefused === undefined || refusedAt.has(findingKey(f))) continue;
    if (selection.rules && selection.rules.length > 0 && !selection.rules.includes(f.ruleId)) continue;
    if ((selection.type ?? "safe") === "safe" && selection.behaviourRules?.includes(f.ruleId)) continue;
    refused.push({ ruleId: f.ruleId, message: f.message, span: f.span, reason: f.fixRefused });
  }
  return { path: before.path, before: original, after: text, applied, refused, result: current };
}
