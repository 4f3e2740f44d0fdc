/**
 * Turns a `yaml` Document into a located tree with aliases and merge keys resolved, every
 * scalar interpolated, and every node keeping the span where it is written.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";
import type { Document, Node as YamlNode, Pair } from "yaml";
import type { Span } from "../model/types.js";
import { hasInterpolation, interpolate } from "./interpolate.js";
import type { Environment, Substitution } from "./interpolate.js";

export type ScalarValue = string | number | boolean | null;

export interface TScalar {
  kind: "scalar";
  span: Span;
  /** The value after interpolation. */
  value: ScalarValue;
  /** The source value when interpolation changed it. */
  raw?: string;
  /** Set when part of `value` came from the environment or `.env`, not from the file: messages show `raw`. */
  external?: true;
  /** Data before interpolation (for schema validation). */
  data: ScalarValue;
}

export interface TEntry {
  key: string;
  keySpan: Span;
  /** Key start to value end. */
  span: Span;
  value: TNode;
}

export interface TMap {
  kind: "map";
  span: Span;
  entries: TEntry[];
  data: Record<string, unknown>;
}

export interface TSeq {
  kind: "seq";
  span: Span;
  items: TNode[];
  data: unknown[];
}

export type TNode = TScalar | TMap | TSeq;

export interface ParseProblem {
  span: Span;
  message: string;
}

export interface ParsedTree {
  root?: TNode;
  problems: ParseProblem[];
  /** Every value interpolation took from the environment or `.env` (the engine masks them in messages). */
  substituted?: Substitution[];
}

const MERGE_TAG = "tag:yaml.org,2002:merge";

export function parseTree(text: string, file: string, env: Environment): ParsedTree {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true, strict: false });
  const spanOf = (start: number, end: number): Span => {
    // Block collections' ranges run on over trailing line breaks; a span ends at the last character.
    while (end > start + 1 && /\s/.test(text[end - 1] ?? "")) end--;
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        span: spanOf(error.pos[0], error.pos[1]),
        message: firstLine(error.message),
      })),
    };
  }
  const converter = new Converter(doc, env, spanOf);
  const root = doc.contents ? converter.convert(doc.contents as YamlNode) : undefined;
  return { root, problems: converter.problems, substituted: converter.substituted };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

class Converter {
  readonly problems: ParseProblem[] = [];
  readonly substituted: Substitution[] = [];
  private readonly done = new Map<YamlNode, TNode>();
  private readonly inProgress = new Set<YamlNode>();

  constructor(
    private readonly doc: Document,
    private readonly env: Environment,
    private readonly spanOf: (start: number, end: number) => Span,
  ) {}

  private nodeSpan(node: YamlNode): Span {
    const range = node.range ?? [0, 0, 0];
    return this.spanOf(range[0], range[1]);
  }

  private resolve(node: YamlNode): YamlNode | undefined {
    if (!isAlias(node)) return node;
    const target = node.resolve(this.doc) as YamlNode | undefined;
    if (!target) this.problems.push({ span: this.nodeSpan(node), message: `unknown alias *${node.source}` });
    return target;
  }

  convert(input: YamlNode): TNode {
    const node = this.resolve(input);
    if (!node) return this.nullAt(input);
    const cached = this.done.get(node);
    if (cached) return cached;
    if (this.inProgress.has(node)) {
      this.problems.push({ span: this.nodeSpan(input), message: "an alias refers to a node that contains it" });
      return this.nullAt(input);
    }
    this.inProgress.add(node);
    let out: TNode;
    if (isMap(node)) out = this.convertMap(node.items as Pair[], this.nodeSpan(node));
    else if (isSeq(node)) {
      const items = (node.items as YamlNode[]).map((item) => (item ? this.convert(item) : this.nullAt(node)));
      out = { kind: "seq", span: this.nodeSpan(node), items, data: items.map((item) => item.data) };
    } else if (isScalar(node)) out = this.convertScalar(node.value, node.source, this.nodeSpan(node));
    else out = this.nullAt(node);
    this.inProgress.delete(node);
    this.done.set(node, out);
    return out;
  }

  private nullAt(node: YamlNode): TScalar {
    return { kind: "scalar", span: this.nodeSpan(node), value: null, data: null };
  }

  private convertScalar(value: unknown, source: string | undefined, span: Span): TScalar {
    let data: ScalarValue;
    if (value === null || value === undefined) data = null;
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") data = value;
    else if (typeof value === "bigint") data = Number(value);
    else if (value instanceof Date) data = source ?? value.toISOString();
    else data = String(value);
    if (typeof data === "string" && hasInterpolation(data)) {
      const result = interpolate(data, this.env);
      this.substituted.push(...result.substituted);
      if (result.value !== data) return { kind: "scalar", span, value: result.value, raw: data, data, ...(result.external ? { external: true as const } : {}) };
    }
    return { kind: "scalar", span, value: data, data };
  }

  private isMergeKey(key: unknown): boolean {
    if (!isScalar(key)) return false;
    if (typeof key.value === "symbol") return key.value.description === "<<";
    return key.tag === MERGE_TAG || (key.value === "<<" && key.type === "PLAIN");
  }

  private convertMap(pairs: Pair[], span: Span): TMap {
    const entries = new Map<string, TEntry>();
    const merged: TEntry[][] = [];
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      if (this.isMergeKey(pair.key)) {
        merged.push(...this.mergeSources(pair));
        continue;
      }
      const keyNode = pair.key as YamlNode | null;
      const keySpan = keyNode ? this.nodeSpan(keyNode) : span;
      const resolvedKey = keyNode ? this.resolve(keyNode) : undefined;
      const key = resolvedKey && isScalar(resolvedKey) ? String(resolvedKey.value) : "";
      const valueNode = pair.value as YamlNode | null;
      // Compose's `!reset` removes a key an earlier file set: in this file the key is absent.
      if (valueNode && "tag" in valueNode && valueNode.tag === "!reset") continue;
      const value: TNode = valueNode
        ? this.convert(valueNode)
        : { kind: "scalar", span: { ...keySpan, line: keySpan.endLine, column: keySpan.endColumn }, value: null, data: null };
      entries.set(key, {
        key,
        keySpan,
        span: { ...keySpan, endLine: value.span.endLine, endColumn: value.span.endColumn },
        value,
      });
    }
    // Explicit keys win over merged ones; earlier merge sources win over later ones.
    for (const source of merged) for (const entry of source) if (!entries.has(entry.key)) entries.set(entry.key, entry);
    const list = [...entries.values()];
    const data: Record<string, unknown> = {};
    for (const entry of list) data[entry.key] = entry.value.data;
    return { kind: "map", span, entries: list, data };
  }

  private mergeSources(pair: Pair): TEntry[][] {
    const value = pair.value as YamlNode | null;
    if (!value) return [];
    const resolved = this.resolve(value);
    const sources = resolved && isSeq(resolved) ? (resolved.items as YamlNode[]) : [value];
    const out: TEntry[][] = [];
    for (const source of sources) {
      if (isAlias(source) && !source.resolve(this.doc)) {
        this.convert(source); // records the unknown alias once
        continue;
      }
      const converted = this.convert(source);
      if (converted.kind === "map") out.push(converted.entries);
      else this.problems.push({ span: converted.span, message: "a merge key (<<) must refer to a mapping" });
    }
    return out;
  }
}

export function entry(map: TNode | undefined, key: string): TEntry | undefined {
  if (!map || map.kind !== "map") return undefined;
  return map.entries.find((e) => e.key === key);
}

export function child(map: TNode | undefined, key: string): TNode | undefined {
  return entry(map, key)?.value;
}

/** The span of the node at `path`, or of its key; undefined when the path does not exist. */
export function locateIn(root: TNode | undefined, path: readonly (string | number)[], part: "key" | "value" = "value"): Span | undefined {
  let node = root;
  let keySpan: Span | undefined;
  for (const step of path) {
    if (!node) return undefined;
    if (node.kind === "map") {
      const found = entry(node, String(step));
      if (!found) return undefined;
      keySpan = found.keySpan;
      node = found.value;
    } else if (node.kind === "seq") {
      const index = typeof step === "number" ? step : Number(step);
      node = node.items[index];
      keySpan = node?.span;
    } else return undefined;
  }
  if (!node) return undefined;
  return part === "key" && keySpan ? keySpan : node.span;
}
