// The reference of the throughput case: what any YAML-reading linter must at least do. It finds the
// compose files of a directory as compose-lint's discovery does (fast-glob, the same patterns and
// options), reads each one whole as UTF-8 text (synchronously: the cheapest way), and parses it
// with the same `yaml` (from node_modules) into a Document with positions (parseDocument +
// LineCounter), asking the parser for what compose-lint's loader asks (merge keys, no quadratic
// duplicate-key check). Nothing else: no model, no rules, no output.
import { readFileSync } from "node:fs";
import fg from "fast-glob";
import { LineCounter, parseDocument } from "yaml";
import { COMPOSE_FILE_GLOBS, COMPOSE_GLOB_OPTIONS } from "../../dist/src/discover.js";

const root = process.argv[2];
const entries = await fg(COMPOSE_FILE_GLOBS, { ...COMPOSE_GLOB_OPTIONS, cwd: root });
let lines = 0;
let errors = 0;
for (const file of entries.filter((entry) => entry.dirent.isFile()).map((entry) => entry.path).sort()) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false, strict: false });
  errors += doc.errors.length;
  lines += lineCounter.lineStarts.length;
}
// Printed so the work cannot be skipped, and so the bench can check the files were all read.
process.stdout.write(`${entries.length} files, ${lines} lines, ${errors} errors\n`);
