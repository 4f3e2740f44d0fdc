#!/usr/bin/env node
// CommonJS (bin/package.json): Node.js runs it without its ES module loader, which costs a small
// run about 5 ms and loads fs/promises with readline; lib/cli.mjs is still imported as an ES module.
const nodeModule = require("node:module");
const { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } = require("node:fs");
const { Buffer } = require("node:buffer");
const { tmpdir } = require("node:os");
const { dirname, join } = require("node:path");
const { pathToFileURL } = require("node:url");
const vm = require("node:vm");

// Run directly as a pre-commit hook (language: script), with whatever Node.js is on PATH: say
// clearly when it is too old rather than fail on syntax it does not know.
const major = Number(process.versions.node.split(".")[0]);
if (major < 20) {
  process.stderr.write(`compose-lint: needs Node.js 20 or later; this is Node.js ${process.versions.node}\n`);
  process.exitCode = 2;
} else {
  const argv = process.argv.slice(2);
  // The language server and plugins write to the streams themselves, and the fast path leaves both out.
  const lspOrPlugin = argv.some((arg) => arg.startsWith("--lsp") || arg.startsWith("--plugin"));
  // `compose-lint . | head -1`: a reader that closes the pipe ends the output, quietly (no stack
  // trace). The command line writes through src/stdio.ts, which handles this itself without
  // creating the streams (they load Node.js's socket modules).
  if (lspOrPlugin) {
    for (const stream of [process.stdout, process.stderr]) {
      stream.on("error", (error) => {
        if (error.code === "EPIPE") return;
        process.exitCode = 3;
      });
    }
  }
  const internalError = (error) => {
    const message = error instanceof Error ? error.message : String(error);
    // The message may quote a linted file: no control character, no workflow command, on one line.
    // eslint-disable-next-line no-control-regex
    const shown = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, " ").replace(/##\[/g, "#\\u{23}[");
    process.stderr.write(`compose-lint: internal error: ${shown}\n`);
    process.exitCode = 3;
  };
  const cacheOn = !process.env.NODE_DISABLE_COMPILE_CACHE;
  const fast = cacheOn && !nodeModule.enableCompileCache && !lspOrPlugin ? fastCli(argv) : undefined;
  if (fast) {
    fast.main(argv).then((code) => {
      process.exitCode = code;
      // Only after a lint (exit code 0 or 1): the cache then holds the functions a lint compiles. One of
      // --version, --help, --list-rules, --explain or --print-config (exit code 0) compiles few of
      // them, and a cache that V8 accepts is not written again.
      if ((code === 0 || code === 1) && !argv.some((arg) => /^--(?:help|version|list-rules|explain|print-config)(?:=|$)/.test(arg) || /^-[^-]*[hv]/.test(arg))) fast.saveCache();
    }, internalError);
  } else {
    // Node.js 22.1+ keeps the compiled bundle in its own compile cache (in the system's temporary
    // folder, or NODE_COMPILE_CACHE), so that the next run skips compiling it: most of a small run's
    // start-up. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for Node.js itself.
    if (cacheOn) {
      try {
        nodeModule.enableCompileCache?.();
      } catch {
        // A cache that cannot be written only costs time.
      }
    }
    import("../lib/cli.mjs").then(
      ({ main }) =>
        main(argv).then((code) => {
          process.exitCode = code;
        }, internalError),
      internalError,
    );
  }
}

/**
 * The fast path for Node.js without module.enableCompileCache (before 22.1): lib/cli-fast.cjs, the
 * command line as one CommonJS file without the language server, plugin loading and
 * --print-project (scripts/build-cli.mjs), compiled by vm.Script with V8's code cache, so that a
 * run after the first skips most of compiling it. The options that need what it leaves out run
 * lib/cli.mjs as before; so does Windows (no owner to check the cache folder against). Anything
 * that fails before main starts falls back to lib/cli.mjs, silently; a cache that cannot be read or
 * written costs time only.
 *
 * The cache is a folder of the user's own in the temporary folder, as Node.js 22's compile cache
 * is (ESLint used v8-compile-cache, the same idea): os.tmpdir()/compose-lint-<uid>/, mode 0700,
 * used only when it is a real directory (not a link) that the user owns and nobody else can write
 * to; one file per bundle content, Node.js version and architecture, read only when it is a regular
 * file the user owns. NODE_DISABLE_COMPILE_CACHE=1 turns it off (and the fast path with it).
 */
function fastCli(argv) {
  if (argv.some((arg) => arg.startsWith("--print-project"))) return undefined;
  if (typeof process.getuid !== "function") return undefined;
  try {
    const file = join(__dirname, "..", "lib", "cli-fast.cjs");
    const bytes = readFileSync(file);
    const source = bytes.toString("latin1");
    const key = /^\/\/ compose-lint ([0-9a-f]{32})\n/.exec(source)?.[1];
    if (!key) return undefined;
    const cacheFile = cachePath(key, runKind(argv));
    // The cache is read into the file's buffer when it fits (the string is a copy): where a page of
    // memory first touched is slow (~12 µs on the bench's machine), a second buffer as large costs
    // a small run ~130 page faults.
    const cachedData = cacheFile ? readCache(cacheFile, bytes) : undefined;
    // V8 checks a code cache's version, flags and source length, but its checksum only with this flag
    // (off in release builds): without it, a corrupt file (a disk error) can crash the process.
    // Node.js 22's compile cache adds a checksum of its own for the same reason.
    if (cacheFile) require("node:v8").setFlagsFromString("--verify-snapshot-checksum");
    // The file is the function expression `(function (exports, require, module, __filename, __dirname, __importMetaUrl) {…})`.
    const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
    const mod = { exports: {} };
    script.runInThisContext().call(mod.exports, mod.exports, nodeModule.createRequire(file), mod, file, dirname(file), pathToFileURL(file).href);
    const main = mod.exports.main;
    if (typeof main !== "function") return undefined;
    const stale = cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
    return { main, saveCache: () => stale && writeCache(cacheFile, script) };
  } catch {
    return undefined;
  }
}

/**
 * Which of two caches a run uses: "files" when the arguments name files only (a pre-commit hook,
 * an editor), "tree" when one names a directory or none names a file (the current directory). A
 * code cache holds the functions the run that wrote it compiled, and V8 keeps accepting it: a
 * directory of a few hundred files compiles far more of the bundle than a file or two, and one
 * cache for both made either kind slower (measured: a small file's run 146 ms with its own cache,
 * 161 ms with a 300-file run's; the 300 files 1.19 s with their own, 1.34 s with a small run's).
 * Only a guess from the arguments (an option's value may be a path too): it decides speed, never output.
 */
function runKind(argv) {
  let file = false;
  for (const arg of argv) {
    if (arg === "-") {
      file = true; // standard input: one file
      continue;
    }
    try {
      const info = statSync(arg, { throwIfNoEntry: false });
      if (info?.isDirectory()) return "tree";
      if (info?.isFile()) file = true;
    } catch {
      // not a path (a NUL byte, say): an option's value
    }
  }
  return file ? "files" : "tree";
}

/** The cache file for a bundle's content hash and a kind of run, in a folder that only this user can write; undefined when there is none. */
function cachePath(key, kind) {
  try {
    const dir = join(tmpdir(), `compose-lint-${process.getuid()}`);
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (error) {
      if (error.code !== "EEXIST") return undefined;
    }
    const info = lstatSync(dir);
    if (!info.isDirectory() || info.uid !== process.getuid() || (info.mode & 0o022) !== 0) return undefined;
    return join(dir, `cli-${key}-${kind}-${process.version}-${process.arch}.cache`);
  } catch {
    return undefined;
  }
}

/** The cache file's bytes, in `spare` when they fit (a buffer that is no longer needed). */
function readCache(path, spare) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    const info = fstatSync(fd);
    if (!info.isFile() || info.uid !== process.getuid() || info.size === 0) return undefined;
    const data = info.size <= spare.length ? spare.subarray(0, info.size) : Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < data.length) {
      const n = readSync(fd, data, read, data.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Written after main resolved, so that the functions the run compiled are in it: a new file, then renamed over the old. */
function writeCache(path, script) {
  const temporary = `${path}.${process.pid}.tmp`;
  let fd;
  let created = false;
  try {
    const data = script.createCachedData();
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    created = true;
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch {
    try {
      if (fd !== undefined) closeSync(fd);
      if (created) unlinkSync(temporary);
    } catch {
      // only costs a stray file in the user's own cache folder
    }
  }
}
