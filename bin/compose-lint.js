#!/usr/bin/env node
import module from "node:module";

// Run directly as a pre-commit hook (language: script), with whatever Node.js is on PATH: say
// clearly when it is too old rather than fail on syntax it does not know.
const major = Number(process.versions.node.split(".")[0]);
if (major < 20) {
  process.stderr.write(`compose-lint: needs Node.js 20 or later; this is Node.js ${process.versions.node}\n`);
  process.exitCode = 2;
} else {
  // Node.js 22.1+ keeps the compiled bundle in its own compile cache (in the system's temporary
  // folder, or NODE_COMPILE_CACHE), so that the next run skips compiling it: most of a small run's
  // start-up. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for Node.js itself; older versions run as before.
  if (!process.env.NODE_DISABLE_COMPILE_CACHE) {
    try {
      module.enableCompileCache?.();
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
  // `compose-lint . | head -1`: a reader that closes the pipe ends the output, quietly (no stack trace).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") return;
      process.exitCode = 3;
    });
  }
  const internalError = (error) => {
    const message = error instanceof Error ? error.message : String(error);
    // The message may quote a linted file: no control character, no workflow command, on one line.
    // eslint-disable-next-line no-control-regex
    const shown = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, " ").replace(/##\[/g, "#\\u{23}[");
    process.stderr.write(`compose-lint: internal error: ${shown}\n`);
    process.exitCode = 3;
  };
  import("../lib/cli.mjs").then(
    ({ main }) =>
      main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
      }, internalError),
    internalError,
  );
}
