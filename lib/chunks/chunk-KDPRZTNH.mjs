import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/output-file.ts
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var OutputFileError = class extends Error {
};
function checkOutputFile(given, cwd, within) {
  if (given.trim() === "") throw new OutputFileError("an output file name is empty");
  const path = resolve(cwd, given);
  const root = within ?? cwd;
  const below = relative(root, path);
  const inside = below !== "" && !below.startsWith(`..${sep}`) && below !== ".." && !isAbsolute(below);
  if (within !== void 0 && !inside) throw new OutputFileError(`output file "${given}" is outside the workspace`);
  const steps = inside ? below.split(sep) : [];
  let current = inside ? root : dirname(path);
  for (const step of steps.slice(0, -1)) {
    current = join(current, step);
    const stat2 = lstatOrUndefined(current);
    if (!stat2) break;
    if (stat2.isSymbolicLink()) throw new OutputFileError(`output file "${given}": "${relative(root, current)}" is a symbolic link; compose-lint does not write through links`);
    if (!stat2.isDirectory()) throw new OutputFileError(`output file "${given}": "${relative(root, current)}" is not a directory`);
  }
  const stat = lstatOrUndefined(path);
  if (stat?.isSymbolicLink()) throw new OutputFileError(`output file "${given}" is a symbolic link; compose-lint does not write through links`);
  if (stat && !stat.isFile()) throw new OutputFileError(`output file "${given}" exists and is not a regular file`);
  return { given, path };
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
var NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
function writeOutputFile(target, text) {
  try {
    mkdirSync(dirname(target.path), { recursive: true });
    const fd = openSync(target.path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NO_FOLLOW, 438);
    try {
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") throw new OutputFileError(`output file "${target.given}" is a symbolic link; compose-lint does not write through links`);
    throw new OutputFileError(`cannot write output file "${target.given}" (${code ?? error.message})`);
  }
}

export {
  OutputFileError,
  checkOutputFile,
  writeOutputFile
};
