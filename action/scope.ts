/**
 * only-changed: the findings a pull request brings. A finding is in scope when its range touches a
 * line the pull request adds or changes, or when it did not exist in the file at the base commit
 * (compared by fingerprint, src/format/fingerprint.ts): removing `read_only: true` or a host IP
 * changes no line the finding points at, and must not pass unseen.
 */
import { dirname, join, resolve } from "node:path";
import { findingFingerprints } from "../src/format/fingerprint.js";
import { plural } from "../src/format/words.js";
import { lintText } from "../src/lint.js";
import type { FileResult, LintOptions, LintResult } from "../src/lint.js";
import { readDotEnvText } from "../src/load/dotenv.js";
import { readDotEnv } from "../src/load/index.js";
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
 * The findings of `result` the pull request brings, each file compared with its version at the
 * base commit, linted with the same options and the .env beside it as it was when the pull
 * request changes that (often .env is not committed at all: then it is the same on both sides).
 */
export async function findingsBrought(result: LintResult, scope: Extract<ChangeScope, { kind: "changed" }>, options: LintOptions, workspace: string): Promise<LintResult> {
  const { baseText, lines } = scope;
  const shell = options.env ?? process.env;
  const dotenvs = new Map(await Promise.all(result.files.map(async (file) => [file.path, await readDotEnv(resolve(workspace, file.path), shell)] as const)));
  const lintAtBase = (file: FileResult) => {
    const absolute = resolve(workspace, file.path);
    const text = baseText(absolute);
    if (text === undefined) return undefined;
    const dotenvPath = join(dirname(absolute), ".env");
    let dotenv = dotenvs.get(file.path);
    if (lines.has(dotenvPath)) {
      const before = baseText(dotenvPath);
      dotenv = before === undefined ? {} : readDotEnvText(before, dotenvPath, shell).values;
    }
    return lintText(text, file.path, { ...options, env: { ...dotenv, ...shell } });
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
