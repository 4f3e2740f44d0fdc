#!/usr/bin/env node
// Bundles the command line (src/cli.ts) and the programmatic API (src/index.ts) with everything
// they import, yaml and ajv's runtime included, into lib/: the published package then needs no
// runtime dependency, and lib/ is committed so that installing from git (pre-commit) needs no
// build. One file parses faster than ~40 modules and yaml's ~80 (about 50 ms of every start-up,
// `npm run bench`). Code splitting shares the common code between the two entries and keeps what
// only some runs need in chunks loaded on demand: ajv's compiler (only for a plugin that declares
// options; the validators compiled at build time need only its small runtime helpers), each output
// format and the language server (`--lsp`, with vscode-languageserver); its linting thread is an
// entry of its own, lib/lsp-worker.mjs.
//
// It also writes lib/cli-fast.cjs: the command line as one CommonJS file for Node.js versions
// without module.enableCompileCache (before 22.1), which bin/compose-lint.js compiles with V8's code
// cache (see there). It leaves out what a lint run never needs, so that there is less to read and
// compile: the language server (`--lsp`), plugin loading (`--plugin`, with ajv's compiler) and
// `--print-project`, which the bin routes to lib/cli.mjs; the stubs put in their place throw if
// ever reached. Its first line is a hash of the rest, the cache's key (no hashing at run time).
//
// `--outdir DIR` writes elsewhere (the freshness test compares a fresh build with lib/).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
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

/** Modules the fast bundle leaves out, by their source path; the bin sends the options that use them to lib/cli.mjs. */
const LEFT_OUT = /[\\/]src[\\/](?:lsp[\\/]server|plugins|print-project)\.ts$/;
const leaveOut = {
  name: "leave-out",
  setup(build) {
    build.onLoad({ filter: LEFT_OUT }, (args) => ({
      loader: "js",
      contents: [
        `const unreachable = () => { throw new Error(${JSON.stringify(`${relative(root, args.path).replaceAll("\\", "/")} is not in lib/cli-fast.cjs: bin/compose-lint.js should have run lib/cli.mjs`)}); };`,
        "export const startLanguageServer = unreachable, loadPlugins = unreachable, printProjects = unreachable;",
      ].join("\n"),
    }));
  },
};
const fast = await build({
  ...nodeBundleOptions,
  absWorkingDir: root,
  entryPoints: ["src/cli.ts"],
  format: "cjs",
  // A parameter of the function the file is (below): its own URL, as import.meta.url is in lib/cli.mjs.
  define: { "import.meta.url": "__importMetaUrl" },
  banner: {},
  // Every run reads and compiles all of it: minified, 1.1 MB becomes 0.6 MB (lib/cli.mjs stays readable).
  minify: true,
  plugins: [...nodeBundleOptions.plugins, leaveOut],
  write: false,
  outfile: join(outdir, "cli-fast.cjs"),
});
// The bin reads the file as latin1, which decodes fastest: it must be ASCII. esbuild escapes what is not in
// strings (charset "ascii", its default) but leaves regular expression literals and kept comments as written;
// there `\uXXXX` means the same character (each half of a surrogate pair, which a /u expression joins again),
// unless a backslash precedes it.
if (/\\[\u0080-\uffff]/.test(fast.outputFiles[0].text)) throw new Error("build-cli: an escaped non-ASCII character in lib/cli-fast.cjs");
const fastText = fast.outputFiles[0].text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
if (/\bimport\(/.test(fastText)) throw new Error("build-cli: lib/cli-fast.cjs has a dynamic import(), which its vm.Script cannot run");
const fastHash = createHash("sha256").update(fastText).digest("hex").slice(0, 32);
// Written as the function the bin compiles (its parameters are CommonJS's and import.meta.url), so
// that the bin passes the file's text to V8 as read: no copy of ~0.6 MB to wrap it (time, on a slow first touch).
const wrapped = `// compose-lint ${fastHash}\n(function (exports, require, module, __filename, __dirname, __importMetaUrl) {${fastText}\n})`;
writeFileSync(join(outdir, "cli-fast.cjs"), wrapped);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}
const written = files(outdir);
const size = written.reduce((sum, file) => sum + statSync(file).size, 0);
console.error(`build-cli: wrote ${relative(root, outdir) || outdir} (${written.length} files, ${(size / 1024).toFixed(1)} KiB)`);
