/**
 * The command line's `--fix` / `--fix-dry-run`: fixes the linted files (or only diffs them) and
 * returns the result the run then reports, the findings left after fixing. Loaded only when asked.
 */
import { escapeLine } from "../format/escape.js";
import type { LintOptions, LintResult } from "../lint.js";
import type { FixSelection } from "./apply.js";
import { fileDiff } from "./diff.js";
import { fixLintResult } from "./run.js";

export interface FixOutcome {
  result: LintResult;
  /** The unified diff of every changed file (dry run), or of what was written. */
  diff: string;
  /** One line per file and per refusal, for standard error. */
  notes: string[];
}

export async function runFixes(result: LintResult, options: LintOptions, cwd: string, selection: FixSelection, write: boolean): Promise<FixOutcome> {
  const run = await fixLintResult(result, options, cwd, selection, write);
  const notes: string[] = [];
  let fixed = 0;
  let diff = "";
  for (const file of run.files) {
    diff += fileDiff(file);
    fixed += file.applied.length;
    const refusedBy = new Map(file.refused.map((r) => [`${r.ruleId}\0${r.message}`, r.reason]));
    // A finding the fix left in place carries why (JSON `fixRefused`); its message stays as it
    // was, so fingerprints and baselines match a run without --fix.
    for (const finding of file.result.findings) {
      const reason = refusedBy.get(`${finding.ruleId}\0${finding.message}`);
      if (reason !== undefined) finding.fixRefused = reason;
    }
    for (const r of file.refused) notes.push(`${escapeLine(file.path)}:${r.span.line}:${r.span.column}: ${r.ruleId} not fixed: ${escapeLine(r.reason)}`);
  }
  const verb = write ? "fixed" : "would fix";
  const files = run.files.filter((f) => f.after !== f.before).length;
  notes.unshift(`compose-lint: ${verb} ${fixed} finding${fixed === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
  const errors = [...run.result.errors, ...run.failures];
  return { result: { ...run.result, errors }, diff, notes };
}
