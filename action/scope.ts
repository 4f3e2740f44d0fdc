/**
 * only-changed: the findings a pull request brings. A finding is in scope when its range touches a
 * line the pull request adds or changes, or when it did not exist in the file at the base commit
 * (compared by fingerprint, src/format/fingerprint.ts): removing `read_only: true` or a host IP
 * changes no line the finding points at, and must not pass unseen.
 */
import { resolve } from "node:path";
import { findingFingerprints } from "../src/format/fingerprint.js";
import { plural } from "../src/format/words.js";
import { lintFiles } from "../src/lint.js";
import type { FileResult, LintOptions, LintResult } from "../src/lint.js";
import type { ChangedLines, ChangeScope } from "./changed-lines.js";

/** The file as the run would have linted it at the base commit; undefined when it did not exist there. */
export type LintAtBase = (file: FileResult) => FileResult | undefined;

/** The result with only the findings the pull request brings. */
export function pullRequestFindings(result: LintResult, changed: ChangedLines, workspace: string, lintAtBase: LintAtBase): LintResult {
  return {
    ...result,
    files: result.files.map((file) => {
      const lines = changed.get(resolve(workspace, file.path));
      const touches = (line: number, endLine: number) => {
        for (let n = line; n <= endLine; n++) if (lines?.has(n)) return true;
        return false;
      };
      // Compared even when the file itself is unchanged: its .env may have changed.
      const before = lintAtBase(file);
      const known = new Set(before ? findingFingerprints(before) : []);
      const fingerprints = findingFingerprints(file);
      return { ...file, findings: file.findings.filter((f, i) => touches(f.span.line, f.span.endLine) || !known.has(fingerprints[i]!)) };
    }),
  };
}

/**
 * The findings of `result` the pull request brings: the same paths linted again, with the same
 * options, as projects made of the files as they were at the base commit (each file the pull
 * request changes or deletes in its base version, absent when it adds it; every other file, a
 * `.env` that is not committed included, as it is), and each file's findings compared with its
 * findings there.
 */
export async function findingsBrought(result: LintResult, scope: Extract<ChangeScope, { kind: "changed" }>, options: LintOptions, workspace: string, paths: readonly string[]): Promise<LintResult> {
  const { lines, deleted } = scope;
  // Each base text is one `git show`: asked once per file, though planning, reading and the comparison below each ask.
  const texts = new Map<string, string | undefined>();
  const baseText = (absolute: string) => {
    if (!texts.has(absolute)) texts.set(absolute, scope.baseText(absolute));
    return texts.get(absolute);
  };
  const atBase = await lintFiles(paths, { ...options, textAt: (absolute) => (lines.has(absolute) || deleted.has(absolute) ? (baseText(absolute) ?? null) : undefined) });
  const byPath = new Map(atBase.files.map((file) => [file.path, file]));
  // A file the pull request adds has no findings to compare with: all of its own are brought.
  const lintAtBase = (file: FileResult) => {
    const absolute = resolve(workspace, file.path);
    return lines.has(absolute) && baseText(absolute) === undefined ? undefined : byPath.get(file.path);
  };
  return pullRequestFindings(result, lines, workspace, lintAtBase);
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
    `only-changed: ${plural(count(shown), "finding")} that this pull request brings (on the lines it changes, or new since ${scope.base.slice(0, 12)}) ${count(shown) === 1 ? "is" : "are"} annotated and counted; ` +
      `${plural(elsewhere, "finding")} it did not bring ${elsewhere === 1 ? "is" : "are"} neither annotated nor failing the step (the SARIF report has every finding).`,
  ];
}
