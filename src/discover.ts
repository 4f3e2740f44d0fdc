import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
import { globMatcher } from "./config/glob.js";

/**
 * Compose file names Docker Compose looks for, and the variants people use beside them:
 * `compose.prod.yaml`, `docker-compose-dev.yml`, `docker-compose_secrets.yml`, `monitoring-compose.yml`.
 */
export const COMPOSE_FILE_GLOBS = ["**/{compose,docker-compose,docker-stack}{,.*,-*,_*}.{yml,yaml}", "**/*{-,_,.}compose.{yml,yaml}"];

const isComposeName = globMatcher(COMPOSE_FILE_GLOBS);

/** A file name discovery picks up in a directory (compose.yaml, docker-compose.prod.yml, ...); `path` may have folders. */
export function isComposeFileName(path: string): boolean {
  return isComposeName(basename(path));
}

/** Folders a directory search never enters, wherever they are. */
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

/** What a directory search finds: compose-named regular files, and compose-named symbolic links (not yet followed). */
export interface ComposeEntries {
  files: string[];
  links: string[];
}

/**
 * The compose-named entries below `root`, at any depth, hidden folders included, skipping every
 * node_modules and .git folder. Symbolic links to folders are not entered (a link loop cannot trap
 * the search); a folder that cannot be read is passed over, as when a database's data folder
 * belongs to another user. Synchronous: a few readdir calls, where a glob library's promise
 * machinery and pattern compiler cost a small run more than the walk itself (see issue 13).
 */
export function findComposeEntries(root: string): ComposeEntries {
  const files: string[] = [];
  const links: string[] = [];
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(path);
      } else if (isComposeName(entry.name)) {
        if (entry.isFile()) files.push(path);
        else if (entry.isSymbolicLink()) links.push(path);
      }
    }
  }
  return { files, links };
}

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
    const found = findComposeEntries(absolute);
    for (const file of found.files) files.add(file);
    let any = found.files.length > 0;
    for (const link of found.links) {
      const verdict = await followLink(link, absolute, path);
      if (verdict === "file") files.add(link);
      else if (verdict !== "other") skipped.push({ path: link, reason: verdict.reason });
      any ||= verdict !== "other";
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
