#!/usr/bin/env node
// Builds the VS Code extension (editors/vscode/) and packages it as a .vsix, offline:
//  1. bundles editors/vscode/src/extension.ts with vscode-languageclient into dist/extension.js
//     (CommonJS, as VS Code 1.91 loads extensions; `vscode` itself is provided by VS Code);
//  2. copies the language server into server/: the command line as published (bin/, lib/ but for
//     its fast path for small runs, the rule pages rules/*.md that --explain and hover read, and a
//     package.json with the name, version and addresses src/meta.ts reads), so the extension runs
//     the same compose-lint as `npx compose-lint`; lib/ is the committed bundle (`npm run build`
//     refreshes it);
//  3. packages it with @vscode/vsce's API, without dependencies (everything is bundled, so no
//     npm, no network).
//
// `--outdir DIR` builds the extension folder in DIR (a copy of the manifest, README and
// .vscodeignore beside the outputs) instead of editors/vscode itself; the .vsix is written there.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createVSIX } from "@vscode/vsce";
import { build } from "esbuild";

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "editors", "vscode");
const { values } = parseArgs({ options: { outdir: { type: "string" } } });
const outdir = values.outdir === undefined ? source : resolve(values.outdir);

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const pkg = readJson(join(root, "package.json"));
const manifest = readJson(join(source, "package.json"));
if (manifest.version !== pkg.version) {
  console.error(`build-vscode: editors/vscode/package.json has version ${manifest.version}, compose-lint ${pkg.version}: give them the same`);
  process.exitCode = 1;
} else {
  await buildExtension();
}

async function buildExtension() {
  mkdirSync(outdir, { recursive: true });
  if (outdir !== source) for (const file of ["package.json", "README.md", ".vscodeignore"]) copyFileSync(join(source, file), join(outdir, file));
  for (const made of ["dist", "server"]) rmSync(join(outdir, made), { recursive: true, force: true });

  await build({
    absWorkingDir: root,
    entryPoints: [join(source, "src", "extension.ts")],
    outfile: join(outdir, "dist", "extension.js"),
    tsconfig: join(source, "tsconfig.json"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
    // About 950 KiB readable, mostly the language client and its protocol types: VS Code reads it at every start.
    minify: true,
    legalComments: "eof",
    logLevel: "warning",
  });

  const server = join(outdir, "server");
  cpSync(join(root, "bin", "compose-lint.js"), join(server, "bin", "compose-lint.js"));
  cpSync(join(root, "bin", "package.json"), join(server, "bin", "package.json"));
  // Without lib/cli-fast.cjs, the command line's fast path for small runs on Node.js before 22.1:
  // the extension starts `--lsp`, which never takes it (bin/ then runs lib/cli.mjs).
  cpSync(join(root, "lib"), join(server, "lib"), { recursive: true, filter: (path) => basename(path) !== "cli-fast.cjs" });
  mkdirSync(join(server, "rules"));
  for (const page of readdirSync(join(root, "rules")).filter((name) => name.endsWith(".md"))) copyFileSync(join(root, "rules", page), join(server, "rules", page));
  const serverManifest = { name: pkg.name, version: pkg.version, type: pkg.type, license: pkg.license, homepage: pkg.homepage, repository: pkg.repository, engines: pkg.engines };
  writeFileSync(join(server, "package.json"), `${JSON.stringify(serverManifest, null, 2)}\n`);
  copyFileSync(join(root, "LICENSE"), join(server, "LICENSE"));
  copyFileSync(join(root, "LICENSE"), join(outdir, "LICENSE"));

  const vsix = join(outdir, `${manifest.name}-${manifest.version}.vsix`);
  rmSync(vsix, { force: true });
  await createVSIX({
    cwd: outdir,
    packagePath: vsix,
    dependencies: false,
    // The repository's address is not decided yet (package.json names none): say so rather than
    // invent one. The README has no relative link for vsce to rewrite against it.
    allowMissingRepository: manifest.repository === undefined,
  });
  if (!existsSync(vsix)) throw new Error(`vsce wrote no ${vsix}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`build-vscode: wrote ${relative(root, vsix) || vsix} (${(statSync(vsix).size / 1024).toFixed(1)} KiB) in ${seconds} s`);
}
