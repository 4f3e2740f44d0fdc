import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  fixFile,
  wantedFix
} from "./chunk-MIVHMU4H.mjs";
import {
  OutputFileError,
  checkOutputFile,
  writeOutputFile
} from "./chunk-KDPRZTNH.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  enabledRules,
  failedFile,
  lintFiles,
  lintText,
  readRegularFile
} from "./chunk-BFFNYFQF.mjs";
import {
  rules
} from "./chunk-D2QZUANU.mjs";
import {
  toDockerLineBreaks
} from "./chunk-4IANI4KZ.mjs";
import {
  escapeLine
} from "./chunk-5ZHKE5OY.mjs";

// src/fix/diff.ts
var CONTEXT = 3;
function lines(text) {
  const split = text.split(/\r?\n/);
  if (split.length > 1 && split[split.length - 1] === "") split.pop();
  return text === "" ? [] : split;
}
function operations(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops = [];
  for (let i = 0; i < head; i++) ops.push({ kind: " ", text: a[i], a: i, b: i });
  if (midA.length * midB.length > 4e6) {
    midA.forEach((text, i) => ops.push({ kind: "-", text, a: head + i, b: head }));
    midB.forEach((text, j) => ops.push({ kind: "+", text, a: head + midA.length, b: head + j }));
  } else {
    const n = midA.length;
    const m = midB.length;
    const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i2 = n - 1; i2 >= 0; i2--) for (let j2 = m - 1; j2 >= 0; j2--) table[i2][j2] = midA[i2] === midB[j2] ? table[i2 + 1][j2 + 1] + 1 : Math.max(table[i2 + 1][j2], table[i2][j2 + 1]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push({ kind: " ", text: midA[i], a: head + i, b: head + j });
        i++;
        j++;
      } else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1])) {
        ops.push({ kind: "-", text: midA[i], a: head + i, b: head + j });
        i++;
      } else {
        ops.push({ kind: "+", text: midB[j], a: head + i, b: head + j });
        j++;
      }
    }
  }
  for (let k = 0; k < tail; k++) ops.push({ kind: " ", text: a[a.length - tail + k], a: a.length - tail + k, b: b.length - tail + k });
  return ops;
}
function unifiedHunks(before, after) {
  if (before === after) return "";
  const a = lines(before);
  const b = lines(after);
  const ops = operations(a, b);
  const changed = ops.map((op, i) => op.kind === " " ? -1 : i).filter((i) => i >= 0);
  let out = "";
  let k = 0;
  while (k < changed.length) {
    const first = changed[k];
    let last = first;
    while (k + 1 < changed.length && changed[k + 1] - last <= 2 * CONTEXT + 1) last = changed[++k];
    k++;
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(ops.length - 1, last + CONTEXT);
    const hunk = ops.slice(from, to + 1);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    const oldStart = oldCount === 0 ? hunk[0].a : hunk.find((op) => op.kind !== "+").a + 1;
    const newStart = newCount === 0 ? hunk[0].b : hunk.find((op) => op.kind !== "-").b + 1;
    out += `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@
`;
    for (const op of hunk) out += `${op.kind}${escapeLine(op.text)}
`;
  }
  return out;
}
function fileDiff(fixes) {
  const hunks = unifiedHunks(fixes.before, fixes.after);
  if (!hunks) return "";
  const seen = /* @__PURE__ */ new Set();
  let header = "";
  for (const fix of fixes.applied) {
    const at = fix.edits[0]?.span;
    const note = `${fix.ruleId}: ${fix.description}${fix.safety === "behaviour" ? " [may change behaviour]" : ""}${at ? ` (line ${at.line})` : ""}${fix.services.length > 1 ? `; a shared value: affects services ${fix.services.map((s) => `"${s}"`).join(", ")}` : ""}`;
    if (seen.has(note)) continue;
    seen.add(note);
    header += `# fix ${escapeLine(note)}
`;
  }
  const path = escapeLine(fixes.path);
  return `${header}--- a/${path}
+++ b/${path}
${hunks}`;
}

// src/fix/run.ts
import { resolve } from "node:path";

// src/fix/write.ts
import { basename, dirname } from "node:path";
function writeFixedFile(path, text) {
  try {
    writeOutputFile(checkOutputFile(basename(path), dirname(path)), text);
    return void 0;
  } catch (error) {
    if (error instanceof OutputFileError) return error.message;
    throw error;
  }
}

// src/fix/run.ts
function withBehaviourRules(selection, options) {
  const behaviourRules = (options.ruleSet ?? rules).filter((r) => r.meta.fixable === "behaviour").map((r) => r.meta.id);
  return { ...selection, behaviourRules };
}
async function fixText(text, path, options = {}, selection = {}) {
  selection = withBehaviourRules(selection, options);
  const rules2 = enabledRules(options);
  const before = lintText(text, path, options, rules2);
  return fixFile(before, text, (fixed) => lintText(fixed, path, options, rules2), selection);
}
function hasWork(file, selection) {
  return file.findings.some((f) => wantedFix(f, selection) || f.fixRefused !== void 0);
}
async function fixLintResult(result, options, cwd, selection, write) {
  selection = withBehaviourRules(selection, options);
  const files = [];
  const failures = [];
  const out = [];
  for (const file of result.files) {
    if (!hasWork(file, selection)) {
      out.push(file);
      continue;
    }
    const absolute = resolve(cwd, file.path);
    const read = await readRegularFile(absolute, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE).catch(() => void 0);
    const bytes = read && "bytes" in read ? read.bytes : void 0;
    const bom = bytes !== void 0 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    const utf16 = bytes !== void 0 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
    const original = bytes && !utf16 ? new TextDecoder().decode(bytes).replace(/^\uFEFF/, "") : void 0;
    if (original === void 0 || toDockerLineBreaks(original).text !== file.text) {
      failures.push({ path: file.path, message: utf16 ? "not fixed: compose-lint writes fixes into UTF-8 files only" : "not fixed: the file changed while it was linted, or cannot be read again" });
      out.push(file);
      continue;
    }
    const lintAs = async (text) => {
      const texts = text === void 0 ? void 0 : /* @__PURE__ */ new Map([[absolute, text]]);
      const again = await lintFiles([absolute], { ...options, cwd, ...texts ? { texts } : {} });
      return again.files.find((f) => f.path === file.path) ?? failedFile(file.path, text ?? original, new Error("the file was not linted again"));
    };
    const fixes = await fixFile(await lintAs(void 0), original, lintAs, selection);
    files.push(fixes);
    let reported = fixes.result;
    if (write && fixes.after !== fixes.before) {
      const why = writeFixedFile(absolute, (bom ? "\uFEFF" : "") + fixes.after);
      if (why) {
        failures.push({ path: file.path, message: `not fixed: ${why}` });
        reported = file;
        fixes.after = fixes.before;
        fixes.applied = [];
      }
    }
    out.push(file.failLevel ? { ...reported, failLevel: file.failLevel } : reported);
  }
  return { result: { ...result, files: out }, files, failures };
}
async function fixFiles(paths, options = {}, selection = {}) {
  const cwd = options.cwd ?? process.cwd();
  return fixLintResult(await lintFiles(paths, options), options, cwd, selection, selection.write === true);
}

export {
  fileDiff,
  fixText,
  fixLintResult,
  fixFiles
};
