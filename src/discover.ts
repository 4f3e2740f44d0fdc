import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

/**
 * Compose file names Docker Compose looks for, and the variants people use beside them:
 * `compose.prod.yaml`, `docker-compose-dev.yml`, `docker-compose_secrets.yml`, `monitoring-compose.yml`.
 */
export const COMPOSE_FILE_GLOBS = ["**/{compose,docker-compose,docker-stack}{,.*,-*,_*}.{yml,yaml}", "**/*{-,_,.}compose.{yml,yaml}"];

/** How a directory is searched for COMPOSE_FILE_GLOBS (fast-glob's options, without `cwd`); the bench's reference searches the same way. */
export const COMPOSE_GLOB_OPTIONS = {
  absolute: true,
  dot: true,
  onlyFiles: false,
  objectMode: true,
  followSymbolicLinks: false,
  ignore: ["**/node_modules/**", "**/.git/**"] as string[],
  suppressErrors: true,
} as const;

export interface DiscoveryError {
  path: string;
  message: string;
}

/** A compose file found but deliberately not read (a link leaving the linted directory). */
export interface SkippedFile {
  /** Absolute path of the entry found (the link, not its target). */
  path: string;
  reason: string;
}

export interface Discovery {
  files: string[];
  errors: DiscoveryError[];
  skipped: SkippedFile[];
}

/**
 * Expands the given paths: a file is taken as named (a link is followed: naming it is the user's
 * choice), a directory is searched for compose files, skipping node_modules and .git. In a
 * directory, symbolic links to directories are not followed (link loops cannot trap the search);
 * a link to a compose file is followed when its target lies inside the directory (Docker follows
 * it too) and otherwise reported, never read, so a link cannot make the linter print another file.
 */
export async function discover(paths: readonly string[], cwd: string): Promise<Discovery> {
  const files = new Set<string>();
  const errors: DiscoveryError[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push({ path, message: code === "ENOENT" ? "no such file or directory" : `cannot read (${code ?? "error"})` });
      continue;
    }
    if (info.isFile()) {
      files.add(absolute);
      continue;
    }
    if (!info.isDirectory()) {
      errors.push({ path, message: "not a file or directory" });
      continue;
    }
    // Loaded only when a directory must be searched: pre-commit passes file names, and start-up counts.
    const { default: fg } = await import("fast-glob");
    const found = await fg(COMPOSE_FILE_GLOBS, { ...COMPOSE_GLOB_OPTIONS, cwd: absolute });
    let any = false;
    for (const entry of found) {
      const file = resolve(entry.path);
      if (entry.dirent.isFile()) {
        files.add(file);
        any = true;
      } else if (entry.dirent.isSymbolicLink()) {
        const verdict = await followLink(file, absolute, path);
        if (verdict === "file") files.add(file);
        else if (verdict !== "other") skipped.push({ path: file, reason: verdict.reason });
        any ||= verdict !== "other";
      }
    }
    if (!any) errors.push({ path, message: "no compose file found (compose.yaml, docker-compose.yml, ...)" });
  }
  return { files: [...files].sort(), errors, skipped };
}

/** Where a symbolic link found in `root` leads: a file inside it, something to skip, or not a file. */
async function followLink(link: string, root: string, shownRoot: string): Promise<"file" | "other" | { reason: string }> {
  let target: string;
  let rootReal: string;
  try {
    target = realpathSync.native(link);
    rootReal = realpathSync.native(root);
  } catch (error) {
    return { reason: `a symbolic link whose target cannot be resolved (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  const rel = relative(rootReal, target);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return { reason: `a symbolic link to a file outside ${shownRoot}, the directory being linted; compose-lint does not read it (name the file on the command line to lint it)` };
  }
  try {
    return statSync(target).isFile() ? "file" : "other";
  } catch {
    return "other";
  }
}

/** The path to report: relative to the working directory when below it, with `/` separators. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
  return shown.split(sep).join("/");
}
