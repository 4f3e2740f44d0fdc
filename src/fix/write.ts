/**
 * Writes a fixed compose file in place, never through a symbolic link: the path is refused when it
 * is a link, and opened with O_NOFOLLOW so a link swapped in meanwhile fails too.
 */
import { constants } from "node:fs";
import { lstat, open } from "node:fs/promises";

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** Why the file could not be written, or undefined when it was. */
export async function writeFixedFile(path: string, bytes: Uint8Array): Promise<string | undefined> {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return "it is a symbolic link; compose-lint does not write through links";
    if (!info.isFile()) return "it is not a regular file";
    const handle = await open(path, constants.O_WRONLY | NO_FOLLOW);
    try {
      if (!(await handle.stat()).isFile()) return "it is not a regular file";
      await handle.truncate(0);
      await handle.write(bytes, 0, bytes.length, 0);
    } finally {
      await handle.close();
    }
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ELOOP" ? "it is a symbolic link; compose-lint does not write through links" : `cannot write it (${code ?? "error"})`;
  }
}
