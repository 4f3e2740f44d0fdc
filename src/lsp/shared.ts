/**
 * What the language server's two threads share without the main thread loading the linter: which
 * documents are compose files, where a document is linted from, and the action marker.
 */
import { dirname, isAbsolute, relative } from "node:path";

export { isComposeFileName } from "../discover.js";

/** How the "ignore on this line" action's title ends (the server finds it by it). */
export const LINE_IGNORE_SUFFIX = " on this line";

/** The working directory of a document's run: the innermost workspace folder holding it, else its folder. */
export function defaultCwd(path: string | undefined, folders: readonly string[]): string {
  if (path === undefined) return folders[0] ?? process.cwd();
  const inside = (folder: string) => {
    const rel = relative(folder, path);
    return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
  };
  const holding = folders.filter(inside).sort((a, b) => b.length - a.length);
  return holding[0] ?? dirname(path);
}
