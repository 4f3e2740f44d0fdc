import { resolve } from "node:path";
import { displayPath } from "../discover.js";
import type { FormatContext } from "./types.js";

/** Environment variables a CI-facing formatter reads; tests pass their own instead of the process's. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A formatter's context with the environment it may read (default: the process environment). */
export interface CiContext extends FormatContext {
  env?: Environment;
}

/**
 * A reported path as a CI system wants it: relative to `root` (the checkout, e.g. GITHUB_WORKSPACE)
 * with `/` separators; without a root, as reported. Paths outside the root stay absolute.
 */
export function pathFromRoot(path: string, cwd: string, root: string | undefined): string {
  return root ? displayPath(resolve(cwd, path), resolve(cwd, root)) : path;
}
