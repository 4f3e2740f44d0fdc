/**
 * Writes a fixed compose file in place through the one module that writes files
 * (src/output-file.ts): never through a symbolic link, never into anything but a regular file.
 */
import { basename, dirname } from "node:path";
import { OutputFileError, checkOutputFile, writeOutputFile } from "../output-file.js";

/** Why the file could not be written, or undefined when it was. */
export function writeFixedFile(path: string, text: string): string | undefined {
  try {
    writeOutputFile(checkOutputFile(basename(path), dirname(path)), text);
    return undefined;
  } catch (error) {
    if (error instanceof OutputFileError) return error.message;
    throw error;
  }
}
