import { sha256Hex } from "../builtins.js";
import type { Finding } from "../engine/rule.js";
import type { FileResult } from "../lint.js";
import { maskSecretValues } from "../model/secret-mask.js";
import type { Service, Span } from "../model/types.js";

/** What identifies a finding across edits that move lines: never a line number. */
export interface FingerprintParts {
  ruleId: string;
  path: string;
  /** The service whose mapping holds the finding; empty outside any service (e.g. in an `x-` anchor). */
  service: string;
  /** The offending text: the first line of the finding's range, trimmed (for a secret, only what precedes it). */
  value: string;
}

function contains(outer: Span, inner: Span): boolean {
  const starts = outer.line < inner.line || (outer.line === inner.line && outer.column <= inner.column);
  const ends = outer.endLine > inner.line || (outer.endLine === inner.line && outer.endColumn >= inner.column);
  return starts && ends;
}

function offendingText(lines: readonly string[], finding: Finding): string {
  const { line, column, endLine, endColumn } = finding.span;
  // Secret values on the line are masked first (column for column): a hash of `PASSWORD: hunter2` could be matched by guessing.
  const source = maskSecretValues((lines[line - 1] ?? "").replace(/\r$/, ""));
  // A secret never enters a fingerprint (a hash of a short password can be guessed): the key before it does.
  if (finding.redact) return source.slice(0, column - 1).trim();
  return source.slice(column - 1, endLine === line ? endColumn - 1 : undefined).trim();
}

/**
 * The first service (in the project's order) whose mapping holds a span's start. A large file has
 * thousands of services and findings: the services are listed per line they cover (their spans
 * in one file do not overlap, so this is about one entry per line), not searched per finding.
 */
function serviceFinder(services: readonly Service[]): (span: Span) => Service | undefined {
  if (services.length < 16) return (span) => services.find((service) => contains(service.span, span));
  const byLine = new Map<number, Service[]>();
  for (const service of services) {
    for (let line = service.span.line; line <= service.span.endLine; line++) {
      const list = byLine.get(line);
      if (list) list.push(service);
      else byLine.set(line, [service]);
    }
  }
  return (span) => byLine.get(span.line)?.find((service) => contains(service.span, span));
}

/** The parts of each finding of a file, in order. */
export function fingerprintParts(file: Pick<FileResult, "path" | "text" | "findings" | "project">, path = file.path): FingerprintParts[] {
  const lines = file.text.split("\n");
  const serviceAt = serviceFinder(file.project?.services ?? []);
  return file.findings.map((finding) => ({
    ruleId: finding.ruleId,
    path,
    service: serviceAt(finding.span)?.name.value ?? "",
    value: offendingText(lines, finding),
  }));
}

/**
 * One fingerprint per finding of a file, in order, that survives lines moving: the rule, the path,
 * the service, the offending text, and which occurrence of that combination it is. SARIF's
 * partialFingerprints, GitLab's fingerprint and the baseline (src/baseline.ts) all use it.
 */
export function findingFingerprints(file: Pick<FileResult, "path" | "text" | "findings" | "project">, path = file.path): string[] {
  const seen = new Map<string, number>();
  return fingerprintParts(file, path).map((parts) => {
    const key = [parts.ruleId, parts.path, parts.service, parts.value].join("\0");
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return sha256Hex(`${key}\0${occurrence}`).slice(0, 32);
  });
}
