/** Facts about the installed package: its root folder, version and home page. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  // This file sits at src/meta.ts in the repository, and is bundled into lib/ (chunks/) and action/dist/.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string };
      if (pkg.name === "compose-lint") return dir;
    } catch {
      // not here: go up
    }
    dir = dirname(dir);
  }
  throw new Error("cannot find compose-lint's package.json");
}

export const packageRoot = findRoot();

const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string; homepage?: string; repository?: { url?: string } | string };

export const version: string = pkg.version;
export const homepage: string = pkg.homepage ?? "https://www.npmjs.com/package/compose-lint";

/** The source repository's web address, from package.json `repository` when it names one. */
const repositoryUrl = (() => {
  const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const match = url ? /^(?:git\+)?(https:\/\/[^\s]+?)(?:\.git)?$/.exec(url) : null;
  return match?.[1];
})();

/** Where a rule's documentation page is, as shipped (rules/<id>.md). */
export function ruleDocPath(ruleId: string): string {
  return join(packageRoot, "rules", `${ruleId}.md`);
}

/** The rule's page in the source repository, when package.json says where that is. */
export function ruleDocUrl(ruleId: string): string | undefined {
  return repositoryUrl ? `${repositoryUrl}/blob/main/rules/${ruleId}.md` : undefined;
}
