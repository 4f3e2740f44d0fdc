/**
 * Globs of the configuration's `ignore` and `overrides[].files`, matched against a path relative
 * to the configuration file's folder, with `/` separators. As in .gitignore: a pattern without a
 * `/` matches a file name at any depth, and a pattern matching a folder matches all below it.
 * `**` spans folders, `*` and `?` stay within one, `{a,b}` is either.
 */
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const expressions = patterns.map(globToRegExp);
  return (path) => expressions.some((re) => re.test(path));
}

export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim().replace(/^\.\//, "");
  const anchored = pattern.replace(/\/$/, "").includes("/");
  pattern = pattern.replace(/^\//, "").replace(/\/$/, "");
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
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

function escape(text: string): string {
  return text.replace(/[.+^$()|[\]\\{}]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
}
