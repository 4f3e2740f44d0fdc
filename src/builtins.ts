/**
 * Node.js built-ins that only some runs need, loaded at their first use instead of at start-up:
 * node:crypto (about 20 modules) hashes only fingerprints (SARIF, GitLab, Code Climate, baselines)
 * and GitHub's annotation token, and node:net (with the stream modules it pulls in) only answers
 * whether a port's host address is an IPv6 address. A small file's run then loads neither
 * (`process.moduleLoadList`), which is part of issue 13's start-up budget.
 */
import { createRequire } from "node:module";
import type * as Crypto from "node:crypto";
import type * as Net from "node:net";

const load = createRequire(import.meta.url);
let crypto: typeof Crypto | undefined;
let net: typeof Net | undefined;

/** The SHA-256 of a string (UTF-8), in hexadecimal. */
export function sha256Hex(text: string): string {
  crypto ??= load("node:crypto") as typeof Crypto;
  return crypto.createHash("sha256").update(text).digest("hex");
}

/** node:net's isIP: 4 or 6 for an IPv4 or IPv6 address, else 0. */
export function isIP(text: string): number {
  net ??= load("node:net") as typeof Net;
  return net.isIP(text);
}
