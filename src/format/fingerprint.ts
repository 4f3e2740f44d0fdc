import { createHash } from "node:crypto";
import type { FileResult } from "../lint.js";
import { maskSecretValues } from "../model/secret-mask.js";

/**
 * One fingerprint per finding of a file, in order, that survives lines moving: the rule, the path,
 * the trimmed text of the finding's line, and which occurrence of that triple it is. Secret values
 * on the line are masked first: a hash of `DB_PASSWORD: hunter2` could be matched by guessing.
 */
export function findingFingerprints(file: Pick<FileResult, "path" | "text" | "findings">, path = file.path): string[] {
  const lines = file.text.split("\n");
  const seen = new Map<string, number>();
  return file.findings.map((finding) => {
    const key = [finding.ruleId, path, maskSecretValues(lines[finding.span.line - 1] ?? "").trim()].join("\0");
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return createHash("sha256").update(`${key}\0${occurrence}`).digest("hex").slice(0, 32);
  });
}
