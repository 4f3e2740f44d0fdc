import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/meta.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg2 = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg2.name === "compose-lint") return dir;
    } catch {
    }
    dir = dirname(dir);
  }
  throw new Error("cannot find compose-lint's package.json");
}
var packageRoot = findRoot();
var pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));
var version = pkg.version;
var homepage = pkg.homepage ?? "https://www.npmjs.com/package/compose-lint";
var repositoryUrl = (() => {
  const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const match = url ? /^(?:git\+)?(https:\/\/[^\s]+?)(?:\.git)?$/.exec(url) : null;
  return match?.[1];
})();
function ruleDocPath(ruleId) {
  return join(packageRoot, "rules", `${ruleId}.md`);
}
function ruleDocUrl(ruleId) {
  return repositoryUrl ? `${repositoryUrl}/blob/main/rules/${ruleId}.md` : void 0;
}

export {
  packageRoot,
  version,
  homepage,
  ruleDocPath,
  ruleDocUrl
};
