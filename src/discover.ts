import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";

/**
 * Compose file names Docker Compose looks for, and the variants people use beside them:
 * `compose.prod.yaml`, `docker-compose-dev.yml`, `docker-compose_secrets.yml`, `monitoring-compose.yml`.
 */
export const COMPOSE_FILE_GLOBS = ["**/{compose,docker-compose,docker-stack}{,.*,-*,_*}.{yml,yaml}", "**/*{-,_,.}compose.{yml,yaml}"];

export interface DiscoveryError {
  path: string;
  message: string;
}

export interface Discovery {
  files: string[];
  errors: DiscoveryError[];
}

/**
 * Expands the given paths: a file is taken as named, a directory is searched for compose files
 * (skipping node_modules and .git, not following symbolic links, so link loops cannot trap it).
 */
export async function discover(paths: readonly string[], cwd: string): Promise<Discovery> {
  const files = new Set<string>();
  const errors: DiscoveryError[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = await stat(absolute);
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
    const found = await fg(COMPOSE_FILE_GLOBS, {
      cwd: absolute,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ["**/node_modules/**", "**/.git/**"],
      suppressErrors: true,
    });
    if (found.length === 0) errors.push({ path, message: "no compose file found (compose.yaml, docker-compose.yml, ...)" });
    for (const file of found) files.add(resolve(file));
  }
  return { files: [...files].sort(), errors };
}

/** The path to report: relative to the working directory when below it, with `/` separators. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
  return shown.split(sep).join("/");
}
