/**
 * Directory discovery walks the tree itself (findComposeEntries): it must find exactly what the
 * glob library it replaced found with the same patterns and options, on trees of tricky names,
 * hidden and skipped folders and symbolic links. fast-glob stays a development dependency to be
 * the reference here.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import fg from "fast-glob";
import { describe, expect, test } from "vitest";
import { COMPOSE_FILE_GLOBS, findComposeEntries, isComposeFileName } from "../src/discover.js";

/** What discovery asked fast-glob for, before it walked the tree itself. */
async function globbed(root: string): Promise<{ files: string[]; links: string[] }> {
  const found = await fg(COMPOSE_FILE_GLOBS, {
    cwd: root,
    absolute: true,
    dot: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    ignore: ["**/node_modules/**", "**/.git/**"],
    suppressErrors: true,
  });
  return {
    files: found.filter((e) => e.dirent.isFile()).map((e) => e.path).sort(),
    links: found.filter((e) => e.dirent.isSymbolicLink()).map((e) => e.path).sort(),
  };
}

const NAMES = [
  "compose.yaml",
  "compose.yml",
  "docker-compose.yml",
  "docker-compose.prod.yaml",
  "docker-compose-dev.yml",
  "docker-compose_secrets.yml",
  "docker-stack.yml",
  "compose.override.yaml",
  "compose..yml",
  "compose-.yml",
  "compose.yaml.bak",
  "compose.json",
  "composer.yaml",
  "Compose.yaml",
  "mycompose.yml",
  "metrics-compose.yaml",
  ".compose.yml",
  "a b_compose.yml",
  "über-compose.yml",
  "-compose.yaml",
  "compose",
  "node_modules",
  ".git",
  ".hidden",
  "sub",
];

type Kind = "file" | "dir" | "link-up" | "link-file" | "link-missing";
const entry = fc.record({ path: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }), kind: fc.constantFrom<Kind>("file", "file", "dir", "link-up", "link-file", "link-missing") });

/** Builds the tree; a path that another entry needs as a folder stays a folder. */
function build(entries: readonly { path: string[]; kind: Kind }[]): string {
  const root = mkdtempSync(join(tmpdir(), "compose-lint-discover-"));
  const folders = new Set(entries.flatMap((e) => e.path.slice(0, -1).map((_, i) => e.path.slice(0, i + 1).join("/"))));
  const made = new Set<string>();
  for (const { path, kind } of entries) {
    const rel = path.join("/");
    if (made.has(rel) || folders.has(rel)) continue;
    if ([...made].some((m) => rel.startsWith(`${m}/`))) continue;
    made.add(rel);
    const target = join(root, rel);
    mkdirSync(join(target, ".."), { recursive: true });
    if (kind === "file") writeFileSync(target, "services: {}\n");
    else if (kind === "dir") mkdirSync(target, { recursive: true });
    else symlinkSync(kind === "link-up" ? ".." : kind === "link-file" ? root : join(root, "missing"), target);
  }
  for (const folder of folders) if (!made.has(folder)) mkdirSync(join(root, folder), { recursive: true });
  return root;
}

describe("findComposeEntries", () => {
  test("finds what fast-glob found with discovery's former patterns and options", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 14 }), async (entries) => {
        const root = build(entries);
        try {
          const walked = findComposeEntries(root);
          expect({ files: walked.files.sort(), links: walked.links.sort() }).toEqual(await globbed(root));
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });

  test("names: the compose variants match, their look-alikes do not", () => {
    const yes = ["compose.yaml", "docker-compose.yml", "docker-compose.prod.yaml", "docker-compose-dev.yml", "docker-compose_secrets.yml", "docker-stack.yml", "compose.override.yaml", "metrics-compose.yaml", ".compose.yml", "deploy/compose.yml"];
    const no = ["composer.yaml", "Compose.yaml", "mycompose.yml", "compose.yaml.bak", "compose.json", "compose", "notes.yaml"];
    expect(yes.filter((n) => !isComposeFileName(n))).toEqual([]);
    expect(no.filter((n) => isComposeFileName(n))).toEqual([]);
  });
});
