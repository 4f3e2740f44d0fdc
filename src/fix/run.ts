/**
 * `--fix` and `--fix-dry-run` over a lint result: each file with fixes is read again, fixed,
 * checked (src/fix/apply.ts) and written back (or only diffed); the result then holds the
 * findings left after fixing, as the run reports them.
 */
import { resolve } from "node:path";
import { rules as allRules } from "../../rules/index.js";
import { enabledRules, failedFile, lintFiles, lintText } from "../lint.js";
import type { FileResult, LintOptions, LintResult } from "../lint.js";
import { DEFAULT_MAX_FILE_SIZE, readRegularFile } from "../load/files.js";
import { toDockerLineBreaks } from "../load/lines.js";
import { fixFile, wantedFix } from "./apply.js";
import type { FileFixes, FixSelection } from "./apply.js";
import { writeFixedFile } from "./write.js";

export interface FixRun {
  /** The lint result after fixing (the files as they now are, or would be with a dry run). */
  result: LintResult;
  files: FileFixes[];
  /** Files whose fixes could not be written, with why. */
  failures: { path: string; message: string }[];
}

/** The selection with the rules whose fixes may change behaviour named (from the rule set). */
function withBehaviourRules(selection: FixSelection, options: LintOptions): FixSelection {
  const behaviourRules = (options.ruleSet ?? allRules).filter((r) => r.meta.fixable === "behaviour").map((r) => r.meta.id);
  return { ...selection, behaviourRules };
}

/** Fixes one text (the programmatic API): lints, fixes, lints again. */
export async function fixText(text: string, path: string, options: LintOptions = {}, selection: FixSelection = {}): Promise<FileFixes> {
  selection = withBehaviourRules(selection, options);
  const rules = enabledRules(options);
  const before = lintText(text, path, options, rules);
  return fixFile(before, text, (fixed) => lintText(fixed, path, options, rules), selection);
}

/** The fixes the selection picks in a file's findings, or those whose rule gave a reason for none. */
function hasWork(file: FileResult, selection: FixSelection): boolean {
  return file.findings.some((f) => wantedFix(f, selection) || f.fixRefused !== undefined);
}

/**
 * Fixes the files of a lint result from disk. With `write`, changed files are written (UTF-8,
 * a byte order mark kept); without, nothing is touched.
 */
export async function fixLintResult(result: LintResult, options: LintOptions, cwd: string, selection: FixSelection, write: boolean): Promise<FixRun> {
  selection = withBehaviourRules(selection, options);
  const files: FileFixes[] = [];
  const failures: { path: string; message: string }[] = [];
  const out: FileResult[] = [];
  for (const file of result.files) {
    if (!hasWork(file, selection)) {
      out.push(file);
      continue;
    }
    const absolute = resolve(cwd, file.path);
    const read = await readRegularFile(absolute, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE).catch(() => undefined);
    const bytes = read && "bytes" in read ? read.bytes : undefined;
    const bom = bytes !== undefined && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const utf16 = bytes !== undefined && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    const original = bytes && !utf16 ? new TextDecoder().decode(bytes).replace(/^\uFEFF/, "") : undefined;
    if (original === undefined || toDockerLineBreaks(original).text !== file.text) {
      failures.push({ path: file.path, message: utf16 ? "not fixed: compose-lint writes fixes into UTF-8 files only" : "not fixed: the file changed while it was linted, or cannot be read again" });
      out.push(file);
      continue;
    }
    // The file is linted again as the run linted it (its project, its configuration, its .env),
    // with the edited text read in place of the file's.
    const lintAs = async (text: string | undefined): Promise<FileResult> => {
      const texts = text === undefined ? undefined : new Map([[absolute, text]]);
      const again = await lintFiles([absolute], { ...options, cwd, ...(texts ? { texts } : {}) });
      return again.files.find((f) => f.path === file.path) ?? failedFile(file.path, text ?? original, new Error("the file was not linted again"));
    };
    const fixes = await fixFile(await lintAs(undefined), original, lintAs, selection);
    files.push(fixes);
    let reported = fixes.result;
    if (write && fixes.after !== fixes.before) {
      const why = writeFixedFile(absolute, (bom ? "\uFEFF" : "") + fixes.after);
      if (why) {
        failures.push({ path: file.path, message: `not fixed: ${why}` });
        reported = file;
        fixes.after = fixes.before;
        fixes.applied = [];
      }
    }
    out.push(file.failLevel ? { ...reported, failLevel: file.failLevel } : reported);
  }
  return { result: { ...result, files: out }, files, failures };
}

/** Lints the files under `paths` and fixes them: written with `write: true`, else only computed (the edits and diffs). */
export async function fixFiles(paths: readonly string[], options: LintOptions = {}, selection: FixSelection & { write?: boolean } = {}): Promise<FixRun> {
  const cwd = options.cwd ?? process.cwd();
  return fixLintResult(await lintFiles(paths, options), options, cwd, selection, selection.write === true);
}
