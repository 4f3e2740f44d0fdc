import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/fingerprint.ts
import { createHash } from "node:crypto";
function findingFingerprints(file, path = file.path) {
  const lines = file.text.split("\n");
  const seen = /* @__PURE__ */ new Map();
  return file.findings.map((finding) => {
    const key = [finding.ruleId, path, (lines[finding.span.line - 1] ?? "").trim()].join("\0");
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return createHash("sha256").update(`${key}\0${occurrence}`).digest("hex").slice(0, 32);
  });
}

export {
  findingFingerprints
};
