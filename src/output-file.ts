/**
 * Writing a report file (`-o`, `--format x=FILE`, the Action's `sarif-file`) in a repository that
 * may be hostile: a committed `compose-lint.sarif -> ../victim` must not turn the report into a
 * write to the victim. The file and every directory between the root and it are refused when they
 * are symbolic links, and the file is opened with O_NOFOLLOW so a link made meanwhile fails too.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** A report file that cannot or must not be written; the message names it. */
export class OutputFileError extends Error {}

export interface OutputTarget {
  /** The path as given (for messages). */
  given: string;
  /** The absolute path. */
  path: string;
}

/**
 * Resolves `given` against `cwd` and checks it can be written without following a link. With
 * `within`, the file must also lie inside that directory (the Action's workspace).
 */
export function checkOutputFile(given: string, cwd: string, within?: string): OutputTarget {
  if (given.trim() === "") throw new OutputFileError("an output file name is empty");
  const path = resolve(cwd, given);
  const root = within ?? cwd;
  const below = relative(root, path);
  const inside = below !== "" && !below.startsWith(`..${sep}`) && below !== ".." && !isAbsolute(below);
  if (within !== undefined && !inside) throw new OutputFileError(`output file "${given}" is outside the workspace`);
  // The directories between the root and the file: none may be a link (the root itself is trusted).
  const steps = inside ? below.split(sep) : [];
  let current = inside ? root : dirname(path);
  for (const step of steps.slice(0, -1)) {
    current = join(current, step);
    const stat = lstatOrUndefined(current);
    if (!stat) break;
    if (stat.isSymbolicLink()) throw new OutputFileError(`output file "${given}": "${relative(root, current)}" is a symbolic link; compose-lint does not write through links`);
    if (!stat.isDirectory()) throw new OutputFileError(`output file "${given}": "${relative(root, current)}" is not a directory`);
  }
  const stat = lstatOrUndefined(path);
  if (stat?.isSymbolicLink()) throw new OutputFileError(`output file "${given}" is a symbolic link; compose-lint does not write through links`);
  if (stat && !stat.isFile()) throw new OutputFileError(`output file "${given}" exists and is not a regular file`);
  return { given, path };
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** Writes the report, creating missing directories; refuses links and says why a write failed. */
export function writeOutputFile(target: OutputTarget, text: string): void {
  try {
    mkdirSync(dirname(target.path), { recursive: true });
    const fd = openSync(target.path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NO_FOLLOW, 0o666);
    try {
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") throw new OutputFileError(`output file "${target.given}" is a symbolic link; compose-lint does not write through links`);
    throw new OutputFileError(`cannot write output file "${target.given}" (${code ?? (error as Error).message})`);
  }
}
