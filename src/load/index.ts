import type { BuiltinId } from "../engine/engine.js";
import type { ComposeProject, SourceFile, Span } from "../model/types.js";
import type { Environment, Substitution } from "./interpolate.js";
import { locateIn, parseTree } from "./tree.js";
import type { DuplicateKeyWinner, TNode } from "./tree.js";
import { resolveFileTags } from "./merge.js";
import { normalize } from "./normalize.js";

export interface LoadProblem {
  ruleId: Exclude<BuiltinId, "unused-ignore" | "invalid-ignore" | "internal-error">;
  span: Span;
  message: string;
  /** Default error; a note for what is only worth knowing (an override linted without its base). */
  level?: "error" | "note";
}

export interface LoadResult {
  project?: ComposeProject;
  /** The file's text and locator, also when the project could not be built (for code frames). */
  file: SourceFile;
  /** Every file the project was read from, when it spans several (compose files, then env files). */
  files?: SourceFile[];
  problems: LoadProblem[];
  /** The values interpolation took from the environment or `.env`: never to be printed. */
  substituted?: Substitution[];
}

export interface LoadOptions {
  /** Variables for `${VAR}` interpolation; they override the `.env` file's. */
  env?: Environment;
  /** Of two equal keys in a mapping, which one the model keeps (default the later, as most parsers do). */
  duplicates?: DuplicateKeyWinner;
}

const DESCRIBE: Record<string, string> = { seq: "a list", scalar: "a single value" };

export function loadComposeText(text: string, path: string, options: LoadOptions = {}): LoadResult {
  const env = options.env ?? {};
  // The file is kept as Docker reads it (foreign line breaks as LF), so every later stage counts lines alike.
  const parsed = parseTree(text, path, env, options.duplicates);
  // Alone, a file means what its merge tags leave: `!reset` keys absent, `!override` values as written.
  const root = parsed.root && resolveFileTags(parsed.root, parsed);
  const problems: LoadProblem[] = [...parsed.problems];
  const file: SourceFile = { path, text: parsed.text, data: root?.data ?? null, locate: (p, part) => locateIn(root, p, part) };
  // A YAML error, or a file that could not be read into a tree at all, leaves nothing to check.
  if (problems.some((p) => p.ruleId === "yaml-syntax") || (!root && problems.some((p) => p.ruleId === "not-linted"))) return { file, problems };
  const shape = topLevelProblem(root, path);
  if (shape || root?.kind !== "map") return { file, problems: shape ? [...problems, shape] : problems };
  const substituted = [...(parsed.substituted ?? [])];
  return { file, project: normalize(root, file, problems, { env, substituted }), problems, substituted };
}

/** The problem with a file whose top level is not a mapping (empty, a list, a single value). */
export function topLevelProblem(root: TNode | undefined, path: string): LoadProblem | undefined {
  if (!root || (root.kind === "scalar" && root.value === null)) {
    const span = { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { ruleId: "yaml-syntax", span, message: "the file is empty; a compose file is a mapping with a `services:` key" };
  }
  if (root.kind === "map") return undefined;
  return { ruleId: "yaml-syntax", span: root.span, message: `the top level is ${DESCRIBE[root.kind]}; a compose file is a mapping with a \`services:\` key` };
}


/** True when the bytes look like a binary file rather than YAML text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8000);
  return sample.includes(0);
}
