/**
 * Reading compose files and `.env` files from disk without letting the file decide the cost: a
 * size limit checked before reading, only regular files, and a FIFO or a device never blocks.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { readDotEnvText } from "./dotenv.js";
import type { Environment } from "./interpolate.js";
import type { PathProbes } from "./probes.js";

/** `--max-file-size` by default: far above any real compose file, far below what stalls the parser. */
export const DEFAULT_MAX_FILE_SIZE = 10_000_000;

const UNITS: Record<string, number> = { "": 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `10MB`, `512KiB`, `1048576`: a byte count, or undefined when the text is not one. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return undefined;
  const name = match[2]!.toLowerCase();
  if (!Object.hasOwn(UNITS, name)) return undefined;
  const unit = UNITS[name]!;
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** A byte count for a message: `52 MB`, `512 KB`, `300 bytes`. */
export function formatSize(bytes: number): string {
  const [unit, size] = bytes >= 1e9 ? ["GB", 1e9] : bytes >= 1e6 ? ["MB", 1e6] : bytes >= 1e3 ? ["KB", 1e3] : ["bytes", 1];
  const value = bytes / (size as number);
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, "") : String(Math.round(value));
  return `${shown} ${unit}`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a file's bytes as Docker does: UTF-8 (a BOM is dropped), or UTF-16 LE/BE when the file
 * starts with that byte order mark (go-yaml v3 reads both); otherwise says why it is not text.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  let text: string;
  try {
    if (utf16) text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    else {
      if (bytes.subarray(0, 8000).includes(0)) return { error: "not a text file (it contains NUL bytes)" };
      text = utf8.decode(bytes).replace(/^\uFEFF/, "");
    }
  } catch {
    return { error: utf16 ? `not a valid ${utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"} text file` : "not a UTF-8 text file" };
  }
  if (text.slice(0, 8000).includes("\0")) return { error: "not a text file (it contains NUL characters)" };
  return { text };
}

export type FileRead = { bytes: Uint8Array } | { tooLarge: number } | { notRegular: true };

/**
 * Reads a regular file of at most `maxBytes`. Opened without blocking (a FIFO does not wait for
 * a writer) and checked on the open descriptor, so a link swapped in meanwhile changes nothing.
 * Synchronous: one read per file is cheaper than the promise machinery, and planning needs it too.
 */
export function readRegularFileSync(path: string, maxBytes: number): FileRead {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { notRegular: true };
    if (info.size > maxBytes) return { tooLarge: info.size };
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      // It grew after stat: still never more than the limit in memory.
      if (length > maxBytes) return { tooLarge: length };
      if (length === buffer.length) break;
    }
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFileSync` for callers that await. */
export async function readRegularFile(path: string, maxBytes: number): Promise<FileRead> {
  return readRegularFileSync(path, maxBytes);
}

export interface DotEnv {
  values: Record<string, string>;
  /** Why a `.env` that exists was not read (then interpolation may differ from Docker's). */
  problem?: string;
}

/**
 * The `.env` file beside a compose file, as Compose reads it (its values may refer to the shell's
 * variables, `env`); missing is empty, and so is one we refuse to read. The probes' given texts
 * (unsaved, or of another version) come before the disk.
 */
export async function loadDotEnv(composePath: string, env: Environment, maxBytes = DEFAULT_MAX_FILE_SIZE, probes?: PathProbes): Promise<DotEnv> {
  return loadDotEnvSync(composePath, env, maxBytes, probes);
}

/** `loadDotEnv` for planning, which is synchronous (a directory's `COMPOSE_FILE`). */
export function loadDotEnvSync(composePath: string, env: Environment, maxBytes = DEFAULT_MAX_FILE_SIZE, probes?: PathProbes): DotEnv {
  // A missing .env is the common case: known without opening it (and without the error that throws).
  if (probes && !probes.exists(dirname(composePath), ".env")) return { values: {} };
  const given = probes?.given?.(join(dirname(composePath), ".env"));
  if (typeof given === "string") return dotEnvFromText(given, join(dirname(composePath), ".env"), env);
  let read: FileRead;
  try {
    read = readRegularFileSync(join(dirname(composePath), ".env"), maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? { values: {} } : { values: {}, problem: `the .env file beside it cannot be read (${code ?? "error"})` };
  }
  if ("notRegular" in read) return { values: {}, problem: "the .env file beside it is not a regular file, so it was not read" };
  if ("tooLarge" in read) return { values: {}, problem: `the .env file beside it (${formatSize(read.tooLarge)}) is over --max-file-size ${formatSize(maxBytes)}, so it was not read` };
  const decoded = decodeText(read.bytes);
  if ("error" in decoded) return { values: {}, problem: `the .env file beside it is ${decoded.error}` };
  return dotEnvFromText(decoded.text, join(dirname(composePath), ".env"), env);
}

/** A `.env`'s text read as Compose reads it; `problem` says where Compose would stop. */
export function dotEnvFromText(text: string, path: string, env: Environment): DotEnv {
  const dotenv = readDotEnvText(text, path, env);
  return dotenv.error === undefined ? { values: dotenv.values } : { values: dotenv.values, problem: dotEnvStops(dotenv.error) };
}

/** Why a `.env` Compose cannot parse was read only up to the line it stops at. */
export function dotEnvStops(error: string, which = "the .env file beside it"): string {
  return `${which} stops Docker Compose (${error}), so only the variables above that line were read`;
}
