/**
 * One line per finding, `path:line:col: level: message [rule-id]`: what editors' problem matchers
 * (VS Code's `$eslint-compact`-style patterns, Vim's errorformat) and grep read.
 */
import { escapeLine, guardText } from "./escape.js";
import type { Formatter } from "./types.js";

export const formatCompact: Formatter = (result) =>
  guardText(
    result.files
    .flatMap((file) =>
      file.findings.map((f) => `${escapeLine(file.path)}:${f.span.line}:${f.span.column}: ${f.level}: ${escapeLine(f.message)} [${escapeLine(f.ruleId)}]\n`),
    )
      .join(""),
  );
