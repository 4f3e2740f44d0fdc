/**
 * Turns a `yaml` Document into a located tree with aliases and merge keys resolved, every
 * scalar interpolated, and every node keeping the span where it is written.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from "yaml";
import type { Document, Node as YamlNode, Pair } from "yaml";
import type { Span } from "../model/types.js";
import { MAX_INTERPOLATION_DEPTH, hasInterpolation, interpolate } from "./interpolate.js";
import { LineIndex, describeBreak, toDockerLineBreaks } from "./lines.js";
import type { HiddenBreak } from "./lines.js";
import type { Environment } from "./interpolate.js";

export type ScalarValue = string | number | boolean | null;

export interface TScalar {
  kind: "scalar";
  span: Span;
  /** The value after interpolation. */
  value: ScalarValue;
  /** The source value when interpolation changed it. */
  raw?: string;
  /** Data before interpolation (for schema validation). */
  data: ScalarValue;
  tag?: MergeTag;
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
  tag?: MergeTag;
}

export interface TSeq {
  kind: "seq";
  span: Span;
  items: TNode[];
  data: unknown[];
  tag?: MergeTag;
}

/** Compose's merge tags, kept on the node so that the merge (src/load/merge.ts) can apply them. */
export type MergeTag = "!reset" | "!override" | "!merge";

export type TNode = TScalar | TMap | TSeq;

export interface ParseProblem {
  /** What kind of problem: a YAML error stops the file, the others leave the tree usable. */
  ruleId: "yaml-syntax" | "duplicate-key" | "hidden-line-break" | "not-linted";
  span: Span;
  message: string;
}

export interface ParsedTree {
  root?: TNode;
  /** The text as Docker reads it: foreign line breaks replaced by LF, same length and offsets. */
  text: string;
  problems: ParseProblem[];
}

const MERGE_TAG = "tag:yaml.org,2002:merge";
const TOO_DEEP = "not linted: the YAML nests deeper than compose-lint can follow (Docker reads up to 10,000 levels); nothing in this file was checked";
/** At most this many hidden line breaks are reported one by one; the rest are counted. */
const HIDDEN_BREAKS_LISTED = 20;

/** Which of two equal keys in one mapping the tree keeps (Docker refuses both; see lintText). */
export type DuplicateKeyWinner = "later" | "earlier";

export function parseTree(source: string, file: string, env: Environment, duplicates: DuplicateKeyWinner = "later"): ParsedTree {
  const { text, hidden, count } = toDockerLineBreaks(source, HIDDEN_BREAKS_LISTED + 1);
  const lines = new LineIndex(text);
  const contentEnd = new ContentEnd(text);
  const spanOf = (start: number, end: number): Span => {
    // Block collections' ranges run on over trailing line breaks; a span ends at the last character.
    if (end > start + 1) end = Math.max(start + 1, contentEnd.before(end));
    const a = lines.position(start);
    const b = lines.position(Math.max(start, end));
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const problems: ParseProblem[] = hiddenBreakProblems(hidden, count, spanOf);
  const stall = blankRunStall(text);
  if (stall) {
    problems.push({ ruleId: "not-linted", span: spanOf(stall.offset, stall.offset), message: stall.message });
    return { text, problems };
  }
  // uniqueKeys off: the library's check is quadratic per mapping; the converter checks with a Set.
  const parsed = parseAllDocuments(text, { merge: true, prettyErrors: false, uniqueKeys: false, strict: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const written = docs.filter((doc) => doc.errors.length > 0 || !isEmptyDocument(doc));
  const errors = written.flatMap((doc) => doc.errors);
  if (errors.length > 0) {
    for (const error of errors) {
      const span = spanOf(error.pos[0], error.pos[1]);
      // The library catches its own stack overflow; Docker (go-yaml, up to 10,000 levels) may read such a file.
      if (/Maximum call stack size exceeded/.test(error.message)) {
        if (!problems.some((p) => p.message === TOO_DEEP)) problems.push({ ruleId: "not-linted", span, message: TOO_DEEP });
      }
      else problems.push({ ruleId: "yaml-syntax", span, message: libraryMessage(error.message) });
    }
    return { text, problems };
  }
  if (written.length > 1) {
    const second = written[1]!;
    problems.push({
      ruleId: "yaml-syntax",
      span: spanOf(second.range[0], second.range[0]),
      message: `this file holds ${written.length} YAML documents (separated by \`---\`); Docker Compose merges them in order like override files, but compose-lint lints one document per file: put each document in its own file and lint them together`,
    });
    return { text, problems };
  }
  const doc = written[0] ?? docs[0];
  if (!doc?.contents) return { text, problems };
  const converter = new Converter(doc, env, spanOf, duplicates);
  let root: TNode;
  try {
    const { total, aliased } = converter.expansionOf(doc.contents as YamlNode);
    if (aliased > 100 && total > 1000 && aliased / total > allowedAliasRatio(total)) {
      const message = `document contains excessive aliasing: its aliases expand it to ${Math.round(total).toLocaleString("en-US")} nodes, ${Math.round((100 * aliased) / total)}% of them through aliases; Docker Compose (go-yaml v3) refuses such a file`;
      problems.push({ ruleId: "yaml-syntax", span: spanOf(0, 0), message });
      return { text, problems };
    }
    root = converter.convert(doc.contents as YamlNode);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({ ruleId: "not-linted", span: spanOf(0, 0), message: TOO_DEEP });
    return { text, problems };
  }
  problems.push(...converter.problems);
  return { root, text, problems };
}

/**
 * The offset just past the last non-blank character before an offset. Nested collections all end
 * in the same trailing blank run, so walking back for each of them would be quadratic: a long
 * walk builds a table once, in one pass.
 */
class ContentEnd {
  private table?: Int32Array;

  constructor(private readonly text: string) {}

  before(end: number): number {
    if (this.table) return this.table[end]!;
    let at = end;
    for (let steps = 0; at > 0 && /\s/.test(this.text[at - 1]!); steps++) {
      if (steps === 256) return this.build()[end]!;
      at--;
    }
    return at;
  }

  private build(): Int32Array {
    const table = new Int32Array(this.text.length + 1);
    for (let i = 1; i <= this.text.length; i++) table[i] = /\s/.test(this.text[i - 1]!) ? table[i - 1]! : i;
    this.table = table;
    return table;
  }
}

/**
 * Blank and comment lines after a deeply indented line cost the `yaml` parser time for each
 * enclosing level (it moves them up the stack, scanning them at every level), so a crafted file
 * of a few MB stalls it for minutes. Real files stay orders of magnitude below the budget.
 */
const BLANK_RUN_BUDGET = 200_000_000;

function blankRunStall(text: string): { offset: number; message: string } | undefined {
  const line = /[^\n]*\n?/g;
  let indent = 0;
  let run = 0;
  let runStart = 0;
  let match: RegExpExecArray | null;
  while (line.lastIndex < text.length && (match = line.exec(text)) !== null) {
    const content = /^[ \t]*(#|\r?\n?$)/.exec(match[0]);
    if (content) {
      if (run === 0) runStart = match.index;
      run++;
      if (run * (indent + 1) > BLANK_RUN_BUDGET) {
        return {
          offset: runStart,
          message: `not linted: ${run.toLocaleString("en-US")}+ blank or comment lines after a line indented ${indent} columns would stall the YAML parser; nothing in this file was checked (remove the blank lines)`,
        };
      }
    } else {
      run = 0;
      indent = /^ */.exec(match[0])![0].length;
    }
  }
  return undefined;
}

/**
 * go-yaml v3's guard against alias bombs (decode.go, `allowedAliasRatio`): the share of decoded
 * nodes that may come from alias expansion, 99% up to 400,000 nodes, tapering to 10% at 4,000,000.
 */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}

/** Nodes a decoder visits with aliases expanded (`total`), and how many of them through an alias. */
interface Expansion {
  total: number;
  aliased: number;
}

function isEmptyDocument(doc: Document): boolean {
  const contents = doc.contents as YamlNode | null;
  return contents === null || (isScalar(contents) && contents.value === null);
}

/** The library's first line, without its own "at line L, column C" (positions are ours). */
function libraryMessage(message: string): string {
  return message.split("\n")[0]!.replace(/\s*at line \d+, column \d+:?\s*$/, "").trim();
}

function hiddenBreakProblems(hidden: readonly HiddenBreak[], count: number, spanOf: (start: number, end: number) => Span): ParseProblem[] {
  const listed = hidden.slice(0, HIDDEN_BREAKS_LISTED).map(({ offset, char }): ParseProblem => ({
    ruleId: "hidden-line-break",
    span: spanOf(offset, offset),
    message: `${describeBreak(char)} ends this line for Docker Compose, though editors and diff views show the text after it on the same line: replace it with a plain line break`,
  }));
  if (count > HIDDEN_BREAKS_LISTED) {
    const last = hidden[HIDDEN_BREAKS_LISTED]!;
    listed.push({
      ruleId: "hidden-line-break",
      span: spanOf(last.offset, last.offset),
      message: `${count - HIDDEN_BREAKS_LISTED} more hidden line breaks from here on (CR, NEL, U+2028, U+2029) that Docker Compose reads as line breaks`,
    });
  }
  return listed;
}

/**
 * The integer go-yaml v3 reads from a plain scalar, where the `yaml` package (YAML 1.2 core)
 * reads something else: go-yaml drops every `_` and hands the text to Go's
 * `strconv.ParseInt(text, 0, 64)`, so `012470` is octal (5432), `1_000` is 1000, `0b101` is 5
 * (resolve.go, `resolve`: "Octals from the 1.1 spec, spelled as 0777, are still decoded").
 */
export function goYamlInteger(source: string | undefined): number | undefined {
  if (!source || !/^[-+0-9]/.test(source)) return undefined;
  const match = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]?([0-7]+)|([1-9][0-9]*|0))$/.exec(source.replace(/_/g, ""));
  if (!match) return undefined;
  const [, sign, hex, binary, octal, decimal] = match;
  const magnitude = hex !== undefined ? parseInt(hex, 16) : binary !== undefined ? parseInt(binary, 2) : octal !== undefined ? parseInt(octal, 8) : Number(decimal);
  if (!Number.isSafeInteger(magnitude)) return undefined;
  return sign === "-" ? -magnitude : magnitude;
}

/** Sets a key as an own property, so `__proto__` is a key like any other. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

class Converter {
  readonly problems: ParseProblem[] = [];
  private readonly done = new Map<YamlNode, TNode>();
  private readonly inProgress = new Set<YamlNode>();
  /** Each alias's target: the closest anchor of that name written before it (YAML 1.2 §3.2.2.2). */
  private readonly targets = new Map<YamlNode, YamlNode | undefined>();

  constructor(
    doc: Document,
    private readonly env: Environment,
    private readonly spanOf: (start: number, end: number) => Span,
    private readonly duplicates: DuplicateKeyWinner,
  ) {
    if (doc.contents) this.recordAnchors(doc.contents as YamlNode);
  }

  /** One walk in document order, so resolving an alias never walks the document again. */
  private recordAnchors(root: YamlNode): void {
    const anchors = new Map<string, YamlNode>();
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node || typeof node !== "object") continue;
      if (isPair(node)) {
        stack.push(node.value, node.key);
        continue;
      }
      if (isAlias(node)) {
        this.targets.set(node, anchors.get(node.source));
        continue;
      }
      const anchor = (node as { anchor?: string }).anchor;
      // Recorded before the node's content: an alias inside its own anchor refers to it (a cycle, reported later).
      if (anchor) anchors.set(anchor, node as YamlNode);
      if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }

  private readonly expansions = new Map<YamlNode, Expansion>();

  /**
   * The document's size as go-yaml decodes it: every alias re-decodes its anchor's node, counted
   * as decoded through an alias (decode.go: decodeCount, aliasCount). Memoised per node, so it is
   * cheap even when the expanded size is astronomic.
   */
  expansionOf(node: YamlNode | null): Expansion {
    if (!node) return { total: 1, aliased: 0 };
    if (isAlias(node)) {
      const target = this.targets.get(node);
      const inner = target && target !== node ? this.expansionOf(target) : { total: 0, aliased: 0 };
      return { total: 1 + inner.total, aliased: inner.total };
    }
    const known = this.expansions.get(node);
    if (known) return known;
    // A node being counted that is reached again is a cycle: counted once here, refused by convert().
    this.expansions.set(node, { total: 1, aliased: 0 });
    const sum: Expansion = { total: 1, aliased: 0 };
    const add = (part: Expansion) => {
      sum.total += part.total;
      sum.aliased += part.aliased;
    };
    if (isMap(node)) {
      for (const pair of node.items as Pair[]) {
        add(this.expansionOf(pair.key as YamlNode | null));
        add(this.expansionOf(pair.value as YamlNode | null));
      }
    } else if (isSeq(node)) {
      for (const item of node.items as (YamlNode | null)[]) add(this.expansionOf(item));
    }
    this.expansions.set(node, sum);
    return sum;
  }

  private nodeSpan(node: YamlNode): Span {
    const range = node.range ?? [0, 0, 0];
    return this.spanOf(range[0], range[1]);
  }

  private resolve(node: YamlNode): YamlNode | undefined {
    if (!isAlias(node)) return node;
    const target = this.targets.get(node);
    if (!target) this.problems.push({ ruleId: "yaml-syntax", span: this.nodeSpan(node), message: `unknown alias *${node.source}` });
    return target;
  }

  convert(input: YamlNode): TNode {
    const node = this.resolve(input);
    if (!node) return this.nullAt(input);
    const cached = this.done.get(node);
    if (cached) return cached;
    if (this.inProgress.has(node)) {
      this.problems.push({ ruleId: "yaml-syntax", span: this.nodeSpan(input), message: "an alias refers to a node that contains it" });
      return this.nullAt(input);
    }
    this.inProgress.add(node);
    let out: TNode;
    if (isMap(node)) out = this.convertMap(node.items as Pair[], this.nodeSpan(node));
    else if (isSeq(node)) {
      const items = (node.items as YamlNode[]).map((item) => (item ? this.convert(item) : this.nullAt(node)));
      out = { kind: "seq", span: this.nodeSpan(node), items, data: items.map((item) => item.data) };
    } else if (isScalar(node)) {
      const goInteger = node.type === "PLAIN" && !node.tag ? goYamlInteger(node.source) : undefined;
      out = this.convertScalar(goInteger ?? node.value, node.source, this.nodeSpan(node));
    }
    else out = this.nullAt(node);
    this.inProgress.delete(node);
    if ("tag" in node && (node.tag === "!reset" || node.tag === "!override" || node.tag === "!merge")) out.tag = node.tag;
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
      if (result.tooDeep) {
        this.problems.push({
          ruleId: "not-linted",
          span,
          message: `not linted: interpolation nested deeper than ${MAX_INTERPOLATION_DEPTH} levels (\`\${A:-\${B:-...}}\`); compose-lint judged the text as written, Docker evaluates it`,
        });
        return { kind: "scalar", span, value: data, data };
      }
      if (result.value !== data) return { kind: "scalar", span, value: result.value, raw: data, data };
    }
    return { kind: "scalar", span, value: data, data };
  }

  private isMergeKey(key: unknown): boolean {
    if (!isScalar(key)) return false;
    if (typeof key.value === "symbol") return key.value.description === "<<";
    return key.tag === MERGE_TAG || (key.value === "<<" && key.type === "PLAIN");
  }

  /** A key as go-yaml compares keys for duplicates: its text (`1` and `"1"` are the same key). */
  private keyText(key: YamlNode | null): string | undefined {
    if (!key) return "";
    const resolved = isAlias(key) ? this.targets.get(key) : key;
    if (!resolved || !isScalar(resolved)) return undefined;
    if (typeof resolved.value === "symbol") return resolved.value.description;
    return resolved.source ?? String(resolved.value);
  }

  private convertMap(pairs: Pair[], span: Span): TMap {
    const entries = new Map<string, TEntry>();
    const seen = new Set<string>();
    const merged: TEntry[][] = [];
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const text = this.keyText(keyNode);
      let repeated = false;
      if (text !== undefined) {
        if (seen.has(text)) {
          repeated = true;
          this.problems.push({
            ruleId: "duplicate-key",
            span: keyNode ? this.nodeSpan(keyNode) : span,
            message: `the key "${text}" is written twice in this mapping; Docker Compose refuses the file (compose-lint checks both values)`,
          });
        }
        seen.add(text);
      }
      if (this.isMergeKey(pair.key)) {
        if (!repeated || this.duplicates === "later") merged.push(...this.mergeSources(pair));
        continue;
      }
      if (repeated && this.duplicates === "earlier") continue;
      const keySpan = keyNode ? this.nodeSpan(keyNode) : span;
      const resolvedKey = keyNode ? this.resolve(keyNode) : undefined;
      const key = resolvedKey && isScalar(resolvedKey) ? String(resolvedKey.value) : "";
      const valueNode = pair.value as YamlNode | null;
      const value: TNode = valueNode
        ? this.convert(valueNode)
        : { kind: "scalar", span: { ...keySpan, line: keySpan.endLine, column: keySpan.endColumn }, value: null, data: null };
      // A repeated key that reaches here is the later one (the duplicate itself is reported above).
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
    for (const entry of list) setOwn(data, entry.key, entry.value.data);
    return { kind: "map", span, entries: list, data };
  }

  private mergeSources(pair: Pair): TEntry[][] {
    const value = pair.value as YamlNode | null;
    if (!value) return [];
    const resolved = this.resolve(value);
    if (!resolved) return [];
    const sources = isSeq(resolved) ? (resolved.items as YamlNode[]) : [value];
    const out: TEntry[][] = [];
    let refused = false;
    for (const source of sources) {
      if (isAlias(source) && !this.targets.get(source)) {
        this.convert(source); // records the unknown alias once
        continue;
      }
      const converted = this.convert(source);
      if (converted.kind === "map") out.push(converted.entries);
      else if (!refused) {
        // One error per merge key, as go-yaml stops at the first ("map merge requires map or sequence of maps").
        refused = true;
        this.problems.push({ ruleId: "yaml-syntax", span: converted.span, message: "a merge key (<<) must refer to a mapping or a list of mappings" });
      }
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
