import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/discover.ts
import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
var COMPOSE_FILE_GLOBS = ["**/{compose,docker-compose,docker-stack}{,.*,-*,_*}.{yml,yaml}", "**/*{-,_,.}compose.{yml,yaml}"];
async function discover(paths, cwd) {
  const files = /* @__PURE__ */ new Set();
  const errors = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = await stat(absolute);
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
    const { default: fg } = await import("./out-E4HEDA3R.mjs");
    const found = await fg(COMPOSE_FILE_GLOBS, {
      cwd: absolute,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ["**/node_modules/**", "**/.git/**"],
      suppressErrors: true
    });
    if (found.length === 0) errors.push({ path, message: "no compose file found (compose.yaml, docker-compose.yml, ...)" });
    for (const file of found) files.add(resolve(file));
  }
  return { files: [...files].sort(), errors };
}
function displayPath(absolute, cwd) {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
  return shown.split(sep).join("/");
}

export {
  discover,
  displayPath
};
