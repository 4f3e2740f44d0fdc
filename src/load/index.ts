import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseEnv } from "node:util";
import type { BuiltinId } from "../engine/engine.js";
import type { ComposeProject, SourceFile, Span } from "../model/types.js";
import type { Environment } from "./interpolate.js";
import { locateIn, parseTree } from "./tree.js";
import { normalize } from "./normalize.js";

export interface LoadProblem {
  ruleId: Exclude<BuiltinId, "unused-ignore" | "invalid-ignore" | "internal-error">;
  span: Span;
  message: string;
}

export interface LoadResult {
  project?: ComposeProject;
  /** The file's text and locator, also when the project could not be built (for code frames). */
  file: SourceFile;
  problems: LoadProblem[];
}

export interface LoadOptions {
  /** Variables for `${VAR}` interpolation; they override the `.env` file's. */
  env?: Environment;
}

const DESCRIBE: Record<string, string> = { seq: "a list", scalar: "a single value" };

export function loadComposeText(text: string, path: string, options: LoadOptions = {}): LoadResult {
  const env = options.env ?? {};
  const { root, problems: parseProblems } = parseTree(text, path, env);
  const file: SourceFile = { path, text, data: root?.data ?? null, locate: (p, part) => locateIn(root, p, part) };
  const problems: LoadProblem[] = parseProblems.map((p) => ({ ruleId: "yaml-syntax", ...p }));
  if (problems.length > 0) return { file, problems };
  if (!root || (root.kind === "scalar" && root.value === null)) {
    const span = { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { file, problems: [{ ruleId: "yaml-syntax", span, message: "the file is empty; a compose file is a mapping with a `services:` key" }] };
  }
  if (root.kind !== "map") {
    const message = `the top level is ${DESCRIBE[root.kind]}; a compose file is a mapping with a \`services:\` key`;
    return { file, problems: [{ ruleId: "yaml-syntax", span: root.span, message }] };
  }
  return { file, project: normalize(root, file, problems), problems };
}

/** Reads the `.env` file beside a compose file, as Compose does; missing or unreadable is empty. */
export async function readDotEnv(composePath: string): Promise<Record<string, string>> {
  try {
    return parseEnv(await readFile(join(dirname(composePath), ".env"), "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

/** True when the bytes look like a binary file rather than YAML text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8000);
  return sample.includes(0);
}
