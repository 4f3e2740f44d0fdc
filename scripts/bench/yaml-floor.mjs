// The reference of the throughput case: what any YAML-reading linter must at least do. It finds the
// compose files of a directory with compose-lint's own discovery walk (findComposeEntries), reads
// each one whole as UTF-8 text (synchronously: the cheapest way), and parses it with the same
// `yaml` (from node_modules) into a Document with positions (parseDocument + LineCounter), asking
// the parser for what compose-lint's loader asks (merge keys, no quadratic duplicate-key check).
// Nothing else: no model, no rules, no output.
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { findComposeEntries } from "../../dist/src/discover.js";

const root = process.argv[2];
const entries = findComposeEntries(root).files.sort();
let lines = 0;
let errors = 0;
for (const file of entries) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false, strict: false });
  errors += doc.errors.length;
  lines += lineCounter.lineStarts.length;
}
// Printed so the work cannot be skipped, and so the bench can check the files were all read.
process.stdout.write(`${entries.length} files, ${lines} lines, ${errors} errors\n`);
