/**
 * Writes a report or baseline file without following a symbolic link at its name (O_NOFOLLOW)
 * and only into a regular file, creating the folders it needs. Errors carry a reason for people.
 */
import { constants } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";

export class SafeWriteError extends Error {}

export async function writeFileNoFollow(file: string, text: string): Promise<void> {
  let handle;
  try {
    await mkdir(dirname(file), { recursive: true });
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SafeWriteError(code === "ELOOP" ? "it is a symbolic link" : `cannot write it (${code ?? "error"})`);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new SafeWriteError("not a regular file");
    await handle.truncate(0);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
