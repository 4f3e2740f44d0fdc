/**
 * Reads one configuration file as data: YAML (JSON is YAML too) through `yaml`'s Document API,
 * so that every error names its line and column. Tags and anything else that is not plain data
 * are refused: a configuration never runs code.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from "yaml";
import type { Document, Node as YamlNode } from "yaml";

export class ConfigError extends Error {}

export interface ConfigSource {
  /** The file's path as given or found. */
  path: string;
  /** The configuration as plain data (undefined in a package.json without "compose-lint"). */
  data: unknown;
  /** Where a data path is written: `line:col`, 1-based. */
  position(path: readonly (string | number)[], part: "key" | "value"): { line: number; column: number };
}

/** Reads `path`; messages name it as `shown`. */
export function readConfigFile(path: string, shown = path): ConfigSource | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return parseConfigText(text.replace(/^\uFEFF/, ""), shown);
}

export function parseConfigText(text: string, path: string): ConfigSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, schema: "core" });
  const at = (offset: number) => lineCounter.linePos(offset);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const { line, col } = at(problem.pos[0]);
    const what = problem.code === "TAG_RESOLVE_FAILED" ? "a tag is not allowed here: the configuration is plain data" : problem.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    throw new ConfigError(`${path}:${line}:${col}: ${what}`);
  }
  const tagged = findTag(doc.contents);
  if (tagged?.range) {
    const { line, col } = at(tagged.range[0]);
    throw new ConfigError(`${path}:${line}:${col}: the tag ${tagged.tag} is not allowed: the configuration is plain data`);
  }
  const inPackage = basename(path) === "package.json";
  const prefix = inPackage ? ["compose-lint"] : [];
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${path}:1:1: ${(error as Error).message}`);
  }
  if (inPackage) {
    if (data === null || typeof data !== "object" || !("compose-lint" in data)) return undefined;
    data = (data as Record<string, unknown>)["compose-lint"];
  }
  return {
    path,
    data: data ?? {},
    position(dataPath, part) {
      const range = locate(doc, [...prefix, ...dataPath], part);
      const { line, col } = at(range ?? 0);
      return { line, column: col };
    },
  };
}

/** The first node with an explicit tag (`!!binary`, `!js/function`...): configuration is plain data. */
function findTag(node: unknown): YamlNode | undefined {
  if (isScalar(node)) return node.tag && !node.tag.startsWith("tag:yaml.org,2002:") ? node : undefined;
  if (isMap(node) || isSeq(node)) {
    if (node.tag && !/^tag:yaml.org,2002:(map|seq)$/.test(node.tag)) return node;
    for (const item of node.items) {
      const found = isMap(node) ? (findTag((item as { key: unknown }).key) ?? findTag((item as { value: unknown }).value)) : findTag(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** The offset where a data path is written, or its nearest written ancestor. */
function locate(doc: Document, path: readonly (string | number)[], part: "key" | "value"): number | undefined {
  let node: unknown = doc.contents;
  let best = (node as YamlNode | null)?.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : undefined) === String(step));
      if (!pair) return best;
      const last = i === path.length - 1;
      if (last && part === "key") return (pair.key as YamlNode).range?.[0] ?? best;
      node = pair.value;
      best = (node as YamlNode | null)?.range?.[0] ?? (pair.key as YamlNode).range?.[0] ?? best;
    } else if (isSeq(node) && typeof step === "number") {
      node = node.items[step];
      best = (node as YamlNode | null)?.range?.[0] ?? best;
    } else return best;
  }
  return best;
}
