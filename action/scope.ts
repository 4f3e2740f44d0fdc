/** only-changed: the findings on the lines a pull request changes, and what the summary says about it. */
import { resolve } from "node:path";
import { plural } from "../src/format/words.js";
import type { LintResult } from "../src/lint.js";
import type { ChangedLines, ChangeScope } from "./changed-lines.js";

/** The result with only the findings whose range touches a changed line of its file. */
export function onChangedLines(result: LintResult, changed: ChangedLines, workspace: string): LintResult {
  return {
    ...result,
    files: result.files.map((file) => {
      const lines = changed.get(resolve(workspace, file.path));
      const touches = (line: number, endLine: number) => {
        for (let n = line; n <= endLine; n++) if (lines?.has(n)) return true;
        return false;
      };
      return { ...file, findings: file.findings.filter((f) => touches(f.span.line, f.span.endLine)) };
    }),
  };
}

function count(result: LintResult): number {
  return result.files.reduce((sum, file) => sum + file.findings.length, 0);
}

/** What the log and the job summary say about the scope of the run. */
export function scopeNotes(scope: ChangeScope | undefined, all: LintResult, shown: LintResult): string[] {
  if (scope === undefined) return [];
  if (scope.kind === "everything") return [`only-changed: linted and annotated everything, because ${scope.reason}.`];
  const elsewhere = count(all) - count(shown);
  return [
    `only-changed: ${plural(count(shown), "finding")} on the lines this pull request changes (since ${scope.base.slice(0, 12)}) ${count(shown) === 1 ? "is" : "are"} annotated and counted; ` +
      `${plural(elsewhere, "finding")} on other lines ${elsewhere === 1 ? "is" : "are"} neither annotated nor failing the step (the SARIF report has every finding).`,
  ];
}
