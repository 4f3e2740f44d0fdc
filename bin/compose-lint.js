#!/usr/bin/env node
import { main } from "../dist/compose-lint.mjs";

// `compose-lint . | head -1`: a reader that closes the pipe ends the output, quietly (no stack trace).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") return;
    process.exitCode = 3;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`compose-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
