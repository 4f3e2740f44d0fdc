#!/usr/bin/env node
// Bundles the GitHub Action (action/main.ts) with everything it imports, yaml and ajv's runtime
// included, into one file committed at action/dist/index.js: the runner runs it as it is, with
// no install step. `--outfile PATH` writes elsewhere (the staleness test compares the two).
//
// The bundle finds package.json (for the version) and rules/*.md (for SARIF help) the way
// src/meta.ts always does, by walking up from its own file: action/dist/ → the repository root,
// which the runner checks out whole for `uses: owner/compose-lint@ref`.
import { statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { nodeBundleOptions } from "./bundle-options.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { outfile: { type: "string" } } });
const outfile = values.outfile ?? join(root, "action", "dist", "index.js");

await build({ ...nodeBundleOptions, absWorkingDir: root, entryPoints: ["action/main.ts"], outfile });
const size = statSync(outfile).size;
console.error(`build-action: wrote ${relative(root, outfile)} (${(size / 1024).toFixed(1)} KiB)`);
