#!/usr/bin/env node
// Bundles the command line (src/cli.ts) and the programmatic API (src/index.ts) with everything
// they import, yaml and ajv's runtime included, into lib/: the published package then needs no
// runtime dependency, and lib/ is committed so that installing from git (pre-commit) needs no
// build. One file parses faster than ~40 modules and yaml's ~80 (about 50 ms of every start-up,
// `npm run bench`). Code splitting shares the common code between the two entries and keeps what
// only some runs need in chunks loaded on demand: fast-glob (only when a directory is searched),
// ajv's compiler (only for a plugin that declares options; the validators compiled at build time
// need only its small runtime helpers), each output format and the language server (`--lsp`, with
// vscode-languageserver); its linting thread is an entry of its own, lib/lsp-worker.mjs.
//
// `--outdir DIR` writes elsewhere (the freshness test compares a fresh build with lib/).
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { nodeBundleOptions } from "./bundle-options.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { outdir: { type: "string" } } });
const outdir = values.outdir ?? join(root, "lib");

// Chunk names carry a content hash: clear the folder so that no chunk of an older build stays behind.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  ...nodeBundleOptions,
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts", index: "src/index.ts", "lsp-worker": "src/lsp/worker.ts" },
  outdir,
  splitting: true,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
});

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}
const written = files(outdir);
const size = written.reduce((sum, file) => sum + statSync(file).size, 0);
console.error(`build-cli: wrote ${relative(root, outdir) || outdir} (${written.length} files, ${(size / 1024).toFixed(1)} KiB)`);
