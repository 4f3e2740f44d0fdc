/**
 * Where an interpolated value came from, carried from the located tree into the model: the source
 * text (`raw`) and whether the environment or `.env` supplied part of it (`external`), so that a
 * message can quote the file's text instead of a value the file never wrote.
 */
import type { Located, Span } from "../model/types.js";

export interface Origin {
  /** The source text, when interpolation changed it. */
  raw?: string;
  /** Part of the value came from the environment or `.env`. */
  external?: true;
}

/** A located value with its origin; `raw` equal to the value is no interpolation and is dropped. */
export function located<T>(value: T, span: Span, origin: Origin = {}): Located<T> {
  const out: Located<T> = { value, span };
  if (origin.raw !== undefined && origin.raw !== value) {
    out.raw = origin.raw;
    if (origin.external) out.external = true;
  }
  return out;
}

/**
 * The origin of each part of a value split on a separator: each part keeps its own source text
 * when the source splits into as many parts, otherwise the whole source text stands for each.
 */
export function partOrigins(origin: Origin, parts: readonly string[], split: (text: string) => string[]): Origin[] {
  if (origin.raw === undefined) return parts.map(() => ({}));
  const rawParts = split(origin.raw);
  return parts.map((part, index) => {
    const raw = rawParts.length === parts.length ? rawParts[index]! : origin.raw!;
    if (raw === part) return {};
    return origin.external ? { raw, external: true } : { raw };
  });
}
