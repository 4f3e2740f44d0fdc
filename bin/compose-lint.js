#!/usr/bin/env node
// Run directly as a pre-commit hook (language: script), with whatever Node.js is on PATH: say
// clearly when it is too old rather than fail on syntax it does not know.
const major = Number(process.versions.node.split(".")[0]);
if (major < 20) {
  process.stderr.write(`compose-lint: needs Node.js 20 or later; this is Node.js ${process.versions.node}\n`);
  process.exitCode = 2;
} else {
  import("../lib/cli.mjs").then(({ main }) =>
    main(process.argv.slice(2)).then(
      (code) => {
        process.exitCode = code;
      },
      (error) => {
        process.stderr.write(`compose-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 3;
      },
    ),
  );
}
