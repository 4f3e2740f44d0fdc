import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/lsp/shared.ts
import { dirname, isAbsolute, relative } from "node:path";
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
  LINE_IGNORE_SUFFIX,
  defaultCwd
};
