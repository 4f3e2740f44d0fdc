import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/discover.ts
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var COMPOSE_FILE_GLOBS = ["**/{compose,docker-compose,docker-stack}{,.*,-*,_*}.{yml,yaml}", "**/*{-,_,.}compose.{yml,yaml}"];
var COMPOSE_GLOB_OPTIONS = {
  absolute: true,
  dot: true,
  onlyFiles: false,
  objectMode: true,
  followSymbolicLinks: false,
  ignore: ["**/node_modules/**", "**/.git/**"],
  suppressErrors: true
};
async function discover(paths, cwd) {
  const files = /* @__PURE__ */ new Set();
  const errors = [];
  const skipped = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      const code = error.code;
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
    const { default: fg } = await import("./out-2MM2ZSLG.mjs");
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
async function followLink(link, root, shownRoot) {
  let target;
  let rootReal;
  try {
    target = realpathSync.native(link);
    rootReal = realpathSync.native(root);
  } catch (error) {
    return { reason: `a symbolic link whose target cannot be resolved (${error.code ?? "error"})` };
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
function displayPath(absolute, cwd) {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
  return shown.split(sep).join("/");
}

export {
  COMPOSE_FILE_GLOBS,
  discover,
  displayPath
};
