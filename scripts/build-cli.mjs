#!/usr/bin/env node
// Bundles the command line (src/cli.ts and everything it imports) into dist/compose-lint.mjs,
// which bin/compose-lint.js loads: one file parses faster than ~40 modules and yaml's ~80,
// about 50 ms of every start-up (`npm run bench`). fast-glob and ajv's compiler stay outside:
// they are loaded only when a directory has to be searched, or a plugin declares options.
import { statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { nodeBundleOptions } from "./bundle-options.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", "compose-lint.mjs");
// ajv's compiler is loaded only with a plugin that declares options (the validators compiled
// at build time need only its small runtime helpers, which stay inside the bundle).
const ajvCompilerOutside = {
  name: "ajv-compiler-outside",
  setup(build) {
    build.onResolve({ filter: /^ajv$/ }, () => ({ path: "ajv", external: true }));
  },
};
await build({ ...nodeBundleOptions, absWorkingDir: root, entryPoints: ["src/cli.ts"], outfile, external: ["fast-glob"], plugins: [ajvCompilerOutside] });
console.error(`build-cli: wrote ${relative(root, outfile)} (${(statSync(outfile).size / 1024).toFixed(1)} KiB)`);
