import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  SourceText
} from "./chunk-THJZCHAV.mjs";
import {
  toDockerLineBreaks
} from "./chunk-4IANI4KZ.mjs";

// src/fix/apply.ts
var MAX_ROUNDS = 10;
function wantedFix(finding, selection) {
  if (!finding.fix) return false;
  if ((selection.type ?? "safe") === "safe" && finding.fix.safety !== "safe") return false;
  return !selection.rules || selection.rules.length === 0 || selection.rules.includes(finding.ruleId);
}
var findingKey = (f) => `${f.ruleId}\0${f.message}`;
var editKey = (edits) => JSON.stringify(edits.map((e) => [e.span.line, e.span.column, e.span.endLine, e.span.endColumn, e.newText]));
function applyRanges(text, ranges) {
  const sorted = ranges.map((r, i) => ({ ...r, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let at = 0;
  for (const r of sorted) {
    out += text.slice(at, r.start) + r.newText;
    at = Math.max(at, r.end);
  }
  return out + text.slice(at);
}
function overlaps(a, b) {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
function counts(findings, keyOf = findingKey) {
  const map = /* @__PURE__ */ new Map();
  for (const f of findings) map.set(keyOf(f), (map.get(keyOf(f)) ?? 0) + 1);
  return map;
}
function verdict(before, after, fixed) {
  const all = (r) => [...r.findings, ...r.suppressed ?? []];
  const syntax = after.findings.find((f) => f.ruleId === "yaml-syntax");
  if (syntax && !before.findings.some((f) => f.ruleId === "yaml-syntax")) return `the fixed file would not parse (${syntax.message})`;
  if (before.project && !after.project) return "the fixed file would not load";
  const ruleOf = (f) => f.ruleId;
  const had = counts(all(before), ruleOf);
  const has = counts(all(after), ruleOf);
  const fixedByRule = counts(fixed, ruleOf);
  const known = new Set(all(before).map((f) => findingKey(f)));
  for (const [rule, n] of has) {
    if (n > (had.get(rule) ?? 0) - (fixedByRule.get(rule) ?? 0)) {
      const added = all(after).find((f) => f.ruleId === rule && !known.has(findingKey(f))) ?? all(after).find((f) => f.ruleId === rule);
      return `the fix would add a finding (${added.ruleId}: ${added.message})`;
    }
  }
  const left = counts(all(after));
  for (const [key] of counts(fixed)) {
    if ((left.get(key) ?? 0) > 0) return "the finding would remain after the edit";
  }
  return void 0;
}
async function fixFile(before, original, relint, selection = {}) {
  let text = original;
  let current = before;
  const applied = [];
  const refusedAt = /* @__PURE__ */ new Map();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const source = new SourceText(toDockerLineBreaks(text).text);
    const byEdits = /* @__PURE__ */ new Map();
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
    const chosen = [];
    for (const candidate of [...byEdits.values()].sort((a, b) => a.ranges[0].start - b.ranges[0].start)) {
      if (chosen.some((c) => c.ranges.some((r) => candidate.ranges.some((s) => overlaps(r, s))))) continue;
      chosen.push(candidate);
    }
    if (chosen.length === 0) break;
    const accepted = [];
    const together = applyRanges(text, chosen.flatMap((c) => c.ranges));
    const afterAll = await relint(together);
    if (verdict(current, afterAll, chosen.flatMap((c) => c.findings)) === void 0) {
      text = together;
      current = afterAll;
      accepted.push(...chosen);
    } else {
      let shift = [];
      for (const candidate of chosen) {
        const moved = candidate.ranges.map((r) => {
          const delta = shift.filter((s) => s.start <= r.start).reduce((sum, s) => sum + s.delta, 0);
          return { ...r, start: r.start + delta, end: r.end + delta };
        });
        const attempt = applyRanges(text, moved);
        const after = await relint(attempt);
        const why = verdict(current, after, candidate.findings);
        if (why !== void 0) {
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
  for (const f of current.findings) {
    if (f.fixRefused === void 0 || refusedAt.has(findingKey(f))) continue;
    if (selection.rules && selection.rules.length > 0 && !selection.rules.includes(f.ruleId)) continue;
    if ((selection.type ?? "safe") === "safe" && selection.behaviourRules?.includes(f.ruleId)) continue;
    refused.push({ ruleId: f.ruleId, message: f.message, span: f.span, reason: f.fixRefused });
  }
  return { path: before.path, before: original, after: text, applied, refused, result: current };
}

export {
  wantedFix,
  fixFile
};
