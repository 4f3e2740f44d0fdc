import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  maskSecretValues
} from "./chunk-6DRHLQUI.mjs";
import {
  sha256Hex
} from "./chunk-U3O6HMQQ.mjs";

// src/format/fingerprint.ts
function contains(outer, inner) {
  const starts = outer.line < inner.line || outer.line === inner.line && outer.column <= inner.column;
  const ends = outer.endLine > inner.line || outer.endLine === inner.line && outer.endColumn >= inner.column;
  return starts && ends;
}
function offendingText(lines, finding) {
  const { line, column, endLine, endColumn } = finding.span;
  const source = maskSecretValues((lines[line - 1] ?? "").replace(/\r$/, ""));
  if (finding.redact) return source.slice(0, column - 1).trim();
  return source.slice(column - 1, endLine === line ? endColumn - 1 : void 0).trim();
}
function serviceFinder(services) {
  if (services.length < 16) return (span) => services.find((service) => contains(service.span, span));
  const byLine = /* @__PURE__ */ new Map();
  for (const service of services) {
    for (let line = service.span.line; line <= service.span.endLine; line++) {
      const list = byLine.get(line);
      if (list) list.push(service);
      else byLine.set(line, [service]);
    }
  }
  return (span) => byLine.get(span.line)?.find((service) => contains(service.span, span));
}
function fingerprintParts(file, path = file.path) {
  const lines = file.text.split("\n");
  const serviceAt = serviceFinder(file.project?.services ?? []);
  return file.findings.map((finding) => ({
    ruleId: finding.ruleId,
    path,
    service: serviceAt(finding.span)?.name.value ?? "",
    value: offendingText(lines, finding)
  }));
}
function findingFingerprints(file, path = file.path) {
  const seen = /* @__PURE__ */ new Map();
  return fingerprintParts(file, path).map((parts) => {
    const key = [parts.ruleId, parts.path, parts.service, parts.value].join("\0");
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return sha256Hex(`${key}\0${occurrence}`).slice(0, 32);
  });
}

export {
  fingerprintParts,
  findingFingerprints
};
