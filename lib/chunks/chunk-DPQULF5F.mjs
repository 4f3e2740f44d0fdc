import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  globMatcher
} from "./chunk-6XXIMH4M.mjs";
import {
  COMPOSE_FILE_GLOBS
} from "./chunk-NLNXKAAM.mjs";

// src/lsp/shared.ts
import { basename, dirname, isAbsolute, relative } from "node:path";
var isComposeName = globMatcher(COMPOSE_FILE_GLOBS);
function isComposeFileName(path) {
  return isComposeName(basename(path));
}
var LINE_IGNORE_SUFFIX = " on this line";
function defaultCwd(path, folders) {
  if (path === void 0) return folders[0] ?? process.cwd();
  const inside = (folder) => {
    const rel = relative(folder, path);
    return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
  };
  const holding = folders.filter(inside).sort((a, b) => b.length - a.length);
  return holding[0] ?? dirname(path);
}

export {
  isComposeFileName,
  LINE_IGNORE_SUFFIX,
  defaultCwd
};
