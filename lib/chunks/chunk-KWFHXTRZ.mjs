import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/config/glob.ts
function globMatcher(patterns) {
  const expressions = patterns.map(globToRegExp);
  return (path) => expressions.some((re) => re.test(path));
}
function globToRegExp(glob) {
  let pattern = glob.trim().replace(/^\.\//, "");
  const anchored = pattern.replace(/\/$/, "").includes("/");
  pattern = pattern.replace(/^\//, "").replace(/\/$/, "");
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      const slashAfter = pattern[i + 2] === "/";
      out += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "{") {
      const close = pattern.indexOf("}", i);
      if (close < 0) out += "\\{";
      else {
        out += `(?:${pattern.slice(i + 1, close).split(",").map(escape).join("|")})`;
        i = close;
      }
    } else out += escape(ch);
  }
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${out}(?:/.*)?$`);
}
function escape(text) {
  return text.replace(/[.+^$()|[\]\\{}]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
}

// src/discover.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
var COMPOSE_FILE_GLOBS = ["**/{compose,docker-compose,docker-stack}{,.*,-*,_*}.{yml,yaml}", "**/*{-,_,.}compose.{yml,yaml}"];
var isComposeName = globMatcher(COMPOSE_FILE_GLOBS);
function isComposeFileName(path) {
  return isComposeName(basename(path));
}
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function findComposeEntries(root) {
  const files = [];
  const links = [];
  const pending = [root];
  for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) {
    let entries;
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
  globMatcher,
  isComposeFileName,
  discover,
  displayPath
};
