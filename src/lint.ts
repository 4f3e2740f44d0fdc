/**
 * The programmatic API: the same path the CLI takes, from paths or text to findings.
 */
import { readFile } from "node:fs/promises";
import { rules as allRules } from "../rules/index.js";
import { discover, displayPath } from "./discover.js";
import type { DiscoveryError } from "./discover.js";
import type { BaselineComparison } from "./baseline.js";
import { lintLoaded, resolveRules } from "./engine/engine.js";
import type { EnabledRule, Setting } from "./engine/engine.js";
import type { Finding, Rule } from "./engine/rule.js";
import { loadComposeText, readDotEnv } from "./load/index.js";
import type { Environment } from "./load/interpolate.js";
import type { ComposeProject } from "./model/types.js";

export interface LintOptions {
  /** Working directory for discovery and for the paths reported (default: process.cwd()). */
  cwd?: string;
  /** Turn on the strict preset. */
  strict?: boolean;
  /** Per-rule levels, `off` to disable. */
  rules?: Readonly<Record<string, Setting>>;
  /** Per-rule options. */
  ruleOptions?: Readonly<Record<string, Record<string, unknown>>>;
  /**
   * Variables for interpolation. Default: the process environment. The `.env` file beside each
   * compose file is read too; these variables win over it, as in Compose.
   */
  env?: Environment;
  /** Read the `.env` file beside each compose file (default true). */
  dotenv?: boolean;
  /** The rules to choose from (default: all that ship). */
  ruleSet?: readonly Rule[];
}

export interface FileResult {
  /** The path as reported. */
  path: string;
  text: string;
  findings: Finding[];
  /** The normalised model, when the file loaded (for formatters that draw it, e.g. the exposure map). */
  project?: ComposeProject;
}

export interface LintResult {
  files: FileResult[];
  /** Paths that could not be read or held no compose file: reported, not linted. */
  errors: DiscoveryError[];
  /** Set when a baseline was applied (src/baseline.ts): which findings it records, which it lost. */
  baseline?: BaselineComparison;
}

/** The rules the options turn on, with their levels. */
export function enabledRules(options: LintOptions): EnabledRule[] {
  return resolveRules(options.ruleSet ?? allRules, { strict: options.strict, rules: options.rules, options: options.ruleOptions });
}

/** Lints one file's text. `path` is the name reported. */
export function lintText(text: string, path: string, options: LintOptions = {}, rules = enabledRules(options)): FileResult {
  const loaded = loadComposeText(text, path, { env: options.env ?? process.env });
  const known = new Set([...allRules, ...(options.ruleSet ?? [])].map((rule) => rule.meta.id));
  return { path, text, findings: lintLoaded(loaded, rules, known), project: loaded.project };
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes a file's bytes as UTF-8 text, or says why it is not a text file. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.subarray(0, 8000).includes(0)) return { error: "not a text file (it contains NUL bytes)" };
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { error: "not a UTF-8 text file" };
  }
}

/** Finds compose files under `paths` and lints each; unreadable paths are listed in `errors`. */
export async function lintFiles(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const rules = enabledRules(options);
  const { files, errors } = await discover(paths.length > 0 ? paths : ["."], cwd);
  const results: FileResult[] = [];
  for (const absolute of files) {
    const shown = displayPath(absolute, cwd);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(absolute);
    } catch (error) {
      errors.push({ path: shown, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    const decoded = decodeText(bytes);
    if ("error" in decoded) {
      errors.push({ path: shown, message: decoded.error });
      continue;
    }
    const dotenv = options.dotenv === false ? {} : await readDotEnv(absolute);
    const env = { ...dotenv, ...(options.env ?? process.env) };
    results.push(lintText(decoded.text, shown, { ...options, env }, rules));
  }
  return { files: results, errors };
}
