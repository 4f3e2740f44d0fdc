/**
 * lib/ (the bundled command line and API) is committed, as action/dist/index.js is, so that
 * installing from git (pre-commit) needs no build. The global setup has just rebuilt it from the
 * current sources: git must see no difference, or the committed bundle is stale.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot, scratch } from "./helpers.js";

const lib = join(repoRoot, "lib");
const inGit = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: repoRoot, encoding: "utf8" }).stdout.trim() === "true";

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return out;
}

describe("the committed bundle lib/", () => {
  test("is what `npm run build` makes of the current sources (the build is reproducible)", () => {
    const fresh = join(scratch({}), "lib");
    const build = spawnSync(process.execPath, [join(repoRoot, "scripts", "build-cli.mjs"), "--outdir", fresh], { cwd: repoRoot, encoding: "utf8" });
    expect(build.status, build.stderr).toBe(0);
    expect(tree(fresh)).toEqual(tree(lib));
  });

  test.skipIf(!inGit)("is committed as built: run `npm run build` and commit lib/ with the change", () => {
    const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", "lib"], { cwd: repoRoot, encoding: "utf8" });
    expect(changed, "lib/ differs from the commit: run `npm run build` and commit lib/").toBe("");
  });
});
