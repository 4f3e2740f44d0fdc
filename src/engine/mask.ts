/**
 * Defence in depth behind `quoted`: a message that still holds a value interpolation took from
 * the environment or `.env` shows the variable's name in its place (`${AWS_SECRET_ACCESS_KEY}`).
 *
 * Only values of MIN_MASKED_LENGTH characters or more are replaced, as substrings (a secret glued
 * to other text, `/dev/sdaAKIA...`, is still caught). Shorter values (`1`, `on`, `5432`) would
 * garble every message that happens to hold those characters, and carry little to leak.
 */
import type { Substitution } from "../load/interpolate.js";
import type { Finding } from "./rule.js";

export const MIN_MASKED_LENGTH = 6;

/** A function that replaces every long-enough substituted value in a text by `${NAME}`. */
export function substitutionMask(substituted: readonly Substitution[] = []): (text: string) => string {
  const byValue = new Map<string, string>();
  for (const { name, value } of substituted) if (value.trim().length >= MIN_MASKED_LENGTH && !byValue.has(value)) byValue.set(value, name);
  if (byValue.size === 0) return (text) => text;
  // Longest first, so a value that contains another is replaced whole.
  const values = [...byValue.keys()].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const value of values) if (out.includes(value)) out = out.split(value).join(`\${${byValue.get(value)}}`);
    return out;
  };
}

/** The finding with the mask applied to every text it prints: its message, its related messages, its fix's words. */
export function maskFinding(finding: Finding, mask: (text: string) => string): Finding {
  const message = mask(finding.message);
  const related = finding.related.map((r) => {
    const masked = mask(r.message);
    return masked === r.message ? r : { ...r, message: masked };
  });
  const fixRefused = finding.fixRefused === undefined ? undefined : mask(finding.fixRefused);
  const fixDescription = finding.fix ? mask(finding.fix.description) : undefined;
  const same =
    message === finding.message && related.every((r, i) => r === finding.related[i]) && fixRefused === finding.fixRefused && fixDescription === finding.fix?.description;
  if (same) return finding;
  const out: Finding = { ...finding, message, related };
  if (fixRefused !== undefined) out.fixRefused = fixRefused;
  if (finding.fix && fixDescription !== undefined) out.fix = { ...finding.fix, description: fixDescription };
  return out;
}
