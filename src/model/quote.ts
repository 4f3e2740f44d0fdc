/**
 * How a message quotes a value from a compose file. Interpolation reads the environment and
 * `.env`, whose values are often secrets the compose file never wrote: a message quotes the
 * source text (`"${DB_BIND}"`) when any part of the value came from there, and shows the
 * evaluated value only when the file's own text (a `:-` default) produced it.
 */

/** The origin of a value, as `Located`, `PortBinding` and `CommandLine` carry it. */
export interface ValueOrigin {
  raw?: string;
  external?: boolean;
}

/**
 * `"value"` for literal text; `"${SQL_PORT:-127.0.0.1:13306}" (127.0.0.1:13306)` when the
 * file's own default produced it; `"${DB_BIND}"` when the environment or `.env` did.
 */
export function quoted(value: string, origin: ValueOrigin = {}): string {
  if (origin.raw === undefined || origin.raw === value) return `"${value}"`;
  if (origin.external) return `"${origin.raw}"`;
  return `"${origin.raw}" (${value})`;
}

/**
 * The value itself when the file wrote it, otherwise its quoted source text: for a message that
 * names a part derived from a value (an address, a path) in running text.
 */
export function shown(value: string, origin: ValueOrigin = {}): string {
  if (origin.raw === undefined || origin.raw === value || !origin.external) return value;
  return `"${origin.raw}"`;
}
