/**
 * Turns a `yaml` Document into a located tree with aliases and merge keys resolved, every
 * scalar interpolated, and every node keeping the span where it is written.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from "yaml";
import type { Document, Node as YamlNode, Pair } from "yaml";
import { readCst } from "./cst.js";
import { MAX_DEPTH, scanYaml } from "./scan.js";
import type { AliasFacts } from "./scan.js";
import type { RawNode, RawPair } from "./raw.js";
import type { Span } from "../model/types.js";
import { hasInterpolation, interpolate, tooDeepMessage } from "./interpolate.js";
import { LineIndex, describeBreak, toDockerLineBreaks } from "./lines.js";
import type { HiddenBreak } from "./lines.js";
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
  tag?: MergeTag;
}

export interface TEntry {
  key: string;
  keySpan: Span;
  /** Key start to value end. */
  span: Span;
  value: TNode;
}

/**
 * An entry as the converter makes it: its key's span and its own (key start to value end) are made
 * when first asked, since most are never read and a 5 MB file has 250,000 entries (a page of
 * memory first touched is slow on some machines: `npm run bench`). A copy with another value is
 * made with withValue (a spread would leave the getters behind).
 */
class LocatedEntry implements TEntry {
  readonly #spanOf: (start: number, end: number) => Span;
  #keySpan: Span | undefined;

  constructor(
    readonly key: string,
    /** Offsets of the key's first character and of the character after it. */
    readonly keyStart: number,
    readonly keyEnd: number,
    readonly value: TNode,
    spanOf: (start: number, end: number) => Span,
  ) {
    this.#spanOf = spanOf;
  }

  get keySpan(): Span {
    return (this.#keySpan ??= this.#spanOf(this.keyStart, this.keyEnd));
  }

  get span(): Span {
    return fromKeyToValue(this.keySpan, this.value.span);
  }
}

/** An entry's span: from its key's start to its value's end. */
function fromKeyToValue(key: Span, value: Span): Span {
  return { file: key.file, line: key.line, column: key.column, endLine: value.endLine, endColumn: value.endColumn };
}

/** A plain entry whose span runs from its key's start to its value's end, as the converter's own do. */
export function spannedEntry(key: string, keySpan: Span, value: TNode): TEntry {
  return { key, keySpan, span: fromKeyToValue(keySpan, value.span), value };
}

/** The entry with another value, its spans kept. */
export function withValue(entry: TEntry, value: TNode): TEntry {
  return { key: entry.key, keySpan: entry.keySpan, span: entry.span, value };
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

/**
 * A mapping or list as the converter makes it: its span is made when first asked, as an entry's
 * is, since most are never read (a 5 MB file has ~100,000 of them; on the bench's machine this
 * saved ~0.1 s of its 2.6 s). A copy is made with withoutTag or a new node, never with a spread,
 * which would leave the getter behind.
 */
abstract class LocatedCollection {
  readonly #spanOf: (start: number, end: number) => Span;
  #span: Span | undefined;

  constructor(
    /** Offsets of the node's first character and of the character after it. */
    readonly start: number,
    readonly end: number,
    spanOf: (start: number, end: number) => Span,
  ) {
    this.#spanOf = spanOf;
  }

  get span(): Span {
    return (this.#span ??= this.#spanOf(this.start, this.end));
  }
}

class LocatedMap extends LocatedCollection implements TMap {
  readonly kind = "map";
  declare tag?: MergeTag;

  constructor(
    readonly entries: TEntry[],
    readonly data: Record<string, unknown>,
    start: number,
    end: number,
    spanOf: (start: number, end: number) => Span,
  ) {
    super(start, end, spanOf);
  }
}

class LocatedSeq extends LocatedCollection implements TSeq {
  readonly kind = "seq";
  declare tag?: MergeTag;

  constructor(
    readonly items: TNode[],
    readonly data: unknown[],
    start: number,
    end: number,
    spanOf: (start: number, end: number) => Span,
  ) {
    super(start, end, spanOf);
  }
}

/** The node without its merge tag, as a plain copy (whatever made it). */
export function withoutTag(node: TNode): TNode {
  if (node.kind === "map") return { kind: "map", span: node.span, entries: node.entries, data: node.data };
  if (node.kind === "seq") return { kind: "seq", span: node.span, items: node.items, data: node.data };
  const { tag: _tag, ...scalar } = node;
  return scalar;
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
  /** Every value interpolation took from the environment or `.env` (the engine masks them in messages). */
  substituted?: Substitution[];
  /** Whether any node carries a merge tag (`!reset`, `!override`, `!merge`) for src/load/merge.ts to apply. */
  hasTags?: boolean;
}

const MERGE_TAG = "tag:yaml.org,2002:merge";
const TOO_DEEP = `not linted: the YAML nests deeper than compose-lint can follow (${MAX_DEPTH} levels of mappings and lists; Docker reads up to 10,000); nothing in this file was checked`;
/** At most this many hidden line breaks are reported one by one; the rest are counted. */
const HIDDEN_BREAKS_LISTED = 20;

/** Which of two equal keys in one mapping the tree keeps (Docker refuses both; see lintText). */
export type DuplicateKeyWinner = "later" | "earlier";

export interface ParseOptions {
  /**
   * Which reader goes first: by default src/load/scan.ts, then src/load/cst.ts when it gives up,
   * then the library's composed Document when that one does. "cst" skips the first, "document"
   * composes the Document for every file; tests compare the three.
   */
  reader?: "scan" | "cst" | "document";
}

export function parseTree(source: string, file: string, env: Environment, duplicates: DuplicateKeyWinner = "later", options: ParseOptions = {}): ParsedTree {
  const { text, hidden, count } = toDockerLineBreaks(source, HIDDEN_BREAKS_LISTED + 1);
  const lines = new LineIndex(text);
  const contentEnd = new ContentEnd(text);
  const spanOf = (start: number, end: number): Span => {
    // Block collections' ranges run on over trailing line breaks; a span ends at the last character.
    if (end > start + 1) end = Math.max(start + 1, contentEnd.before(end));
    return lines.span(file, start, end);
  };
  const problems: ParseProblem[] = hiddenBreakProblems(hidden, count, spanOf);
  const stall = blankRunStall(text);
  if (stall) {
    problems.push({ ruleId: "not-linted", span: spanOf(stall.offset, stall.offset), message: stall.message });
    return { text, problems };
  }
  const reader = options.reader ?? "scan";
  let converter = new Converter(env, spanOf, duplicates);
  let rootNode: RawNode | null | undefined;
  let expansion: Expansion | undefined;
  if (reader === "scan") {
    const scanned = scanYaml(text, { targets: converter.targets, settle: (node) => converter.settle(node) });
    if (scanned) {
      rootNode = scanned.root;
      expansion = scanned.aliases;
    } else converter = new Converter(env, spanOf, duplicates); // it may have settled values before giving up
  }
  if (rootNode === undefined && reader !== "document") rootNode = readCst(text);
  if (rootNode === undefined) {
    const composed = composeDocument(text, spanOf, problems);
    if (composed === "failed") return { text, problems };
    rootNode = composed;
  }
  if (!rootNode) return { text, problems };
  if (!expansion) converter.recordAnchors(rootNode);
  let root: TNode;
  try {
    if (converter.hasAliases) {
      const { total, aliased } = expansion ?? converter.expansionOf(rootNode);
      if (aliased > 100 && total > 1000 && aliased / total > allowedAliasRatio(total)) {
        const message = `document contains excessive aliasing: its aliases expand it to ${Math.round(total).toLocaleString("en-US")} nodes, ${Math.round((100 * aliased) / total)}% of them through aliases; Docker Compose (go-yaml v3) refuses such a file`;
        problems.push({ ruleId: "yaml-syntax", span: spanOf(0, 0), message });
        return { text, problems };
      }
    }
    root = converter.convert(rootNode);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({ ruleId: "not-linted", span: spanOf(0, 0), message: TOO_DEEP });
    return { text, problems };
  }
  problems.push(...converter.problems);
  // In the order they are written, whichever reader read the file: the line reader's values are
  // converted as they are read, before the keys of the mapping around them are checked.
  problems.sort(byPosition);
  return { root, text, problems, substituted: converter.substituted, hasTags: converter.hasTags };
}

function byPosition(a: ParseProblem, b: ParseProblem): number {
  return a.span.line - b.span.line || a.span.column - b.span.column;
}

/** The alias facts the converter finds by walking a raw tree itself; test/scan.test.ts holds the line reader's to them. */
export function aliasFactsOf(root: RawNode): AliasFacts {
  const converter = new Converter({}, () => ({ file: "", line: 1, column: 1, endLine: 1, endColumn: 1 }), "later");
  converter.recordAnchors(root);
  return { targets: converter.targets, ...converter.expansionOf(root) };
}

/**
 * The file's one document composed by the library, as raw nodes; "failed" when it has YAML errors
 * or several documents (each reported into `problems`), null when it has no document.
 */
function composeDocument(text: string, spanOf: (start: number, end: number) => Span, problems: ParseProblem[]): RawNode | null | "failed" {
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
    return "failed";
  }
  if (written.length > 1) {
    const second = written[1]!;
    problems.push({
      ruleId: "yaml-syntax",
      span: spanOf(second.range[0], second.range[0]),
      message: `this file holds ${written.length} YAML documents (separated by \`---\`); Docker Compose merges them in order like override files, but compose-lint lints one document per file: put each document in its own file and lint them together`,
    });
    return "failed";
  }
  const doc = written[0] ?? docs[0];
  return doc?.contents ? fromDocument(doc.contents as YamlNode) : null;
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
    for (let steps = 0; at > 0 && isSpace(this.text.charCodeAt(at - 1)); steps++) {
      if (steps === 256) return this.build()[end]!;
      at--;
    }
    return at;
  }

  private build(): Int32Array {
    const table = new Int32Array(this.text.length + 1);
    for (let i = 1; i <= this.text.length; i++) table[i] = isSpace(this.text.charCodeAt(i - 1)) ? table[i - 1]! : i;
    this.table = table;
    return table;
  }
}

/** `/\s/` for one UTF-16 code unit, without making a string of it: ASCII answered directly. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/**
 * Blank and comment lines after a deeply indented line cost the `yaml` parser time for each
 * enclosing level (it moves them up the stack, scanning them at every level), so a crafted file
 * of a few MB stalls it for minutes. Real files stay orders of magnitude below the budget.
 */
const BLANK_RUN_BUDGET = 200_000_000;

function blankRunStall(text: string): { offset: number; message: string } | undefined {
  let indent = 0;
  let run = 0;
  let runStart = 0;
  // Line by line with indexOf and character codes: no string or match object per line.
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    let first = start;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    // Blank (only spaces and tabs, perhaps a CR before the line break) or a comment line.
    const code = first < end ? text.charCodeAt(first) : -1;
    if (code === -1 || code === 35 || (code === 13 && first + 1 === end)) {
      if (run === 0) runStart = start;
      run++;
      if (run * (indent + 1) > BLANK_RUN_BUDGET) {
        return {
          offset: runStart,
          message: `not linted: ${run.toLocaleString("en-US")}+ blank or comment lines after a line indented ${indent} columns would stall the YAML parser; nothing in this file was checked (remove the blank lines)`,
        };
      }
    } else {
      run = 0;
      let spaces = start;
      while (spaces < end && text.charCodeAt(spaces) === 32) spaces++;
      indent = spaces - start;
    }
    start = end + 1;
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
  const first = source?.charCodeAt(0) ?? 0;
  if (!((first >= 48 && first <= 57) || first === 43 || first === 45)) return undefined;
  const match = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]?([0-7]+)|([1-9][0-9]*|0))$/.exec(source!.replace(/_/g, ""));
  if (!match) return undefined;
  const [, sign, hex, binary, octal, decimal] = match;
  const magnitude = hex !== undefined ? parseInt(hex, 16) : binary !== undefined ? parseInt(binary, 2) : octal !== undefined ? parseInt(octal, 8) : Number(decimal);
  if (!Number.isSafeInteger(magnitude)) return undefined;
  return sign === "-" ? -magnitude : magnitude;
}

/** Up to this many keys, a mapping's keys are searched in arrays rather than hashed. */
const LINEAR_KEYS = 8;

/** Where `key` is in `entries`, or undefined. */
function keyPosition(entries: readonly TEntry[], key: string): number | undefined {
  for (let i = 0; i < entries.length; i++) if (entries[i]!.key === key) return i;
  return undefined;
}

/** Sets a key as an own property, so `__proto__` is a key like any other. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The library's composed Document as raw nodes: the reader for whatever src/load/cst.ts leaves to
 * the composer.
 */
function fromDocument(node: YamlNode | null): RawNode | null {
  if (!node) return null;
  const [start, end] = node.range ?? [0, 0];
  const anchor = (node as { anchor?: string }).anchor || undefined;
  const tag = (node as { tag?: string }).tag;
  let raw: RawNode;
  if (isAlias(node)) raw = { kind: "alias", start, end, name: node.source };
  else if (isMap(node)) {
    const pairs = (node.items as Pair[]).filter((pair) => isPair(pair)).map((pair) => ({ key: fromDocument(pair.key as YamlNode | null), value: fromDocument(pair.value as YamlNode | null) }));
    raw = { kind: "map", start, end, pairs };
  } else if (isSeq(node)) raw = { kind: "seq", start, end, items: (node.items as (YamlNode | null)[]).map(fromDocument) };
  else if (isScalar(node)) {
    const merge = typeof node.value === "symbol" ? node.value.description === "<<" : tag === MERGE_TAG || (node.value === "<<" && node.type === "PLAIN");
    raw = { kind: "scalar", start, end, value: typeof node.value === "symbol" ? node.value.description : node.value, source: node.source ?? String(node.value), plain: node.type === "PLAIN" };
    if (merge) raw.merge = true;
  } else return null;
  if (anchor) raw.anchor = anchor;
  if (tag) raw.tag = tag;
  return raw;
}

class Converter {
  readonly problems: ParseProblem[] = [];
  readonly substituted: Substitution[] = [];
  /** Set when a node carries one of Compose's merge tags (`!reset`, `!override`, `!merge`). */
  hasTags = false;
  private readonly done = new Map<RawNode, TNode>();
  private readonly inProgress = new Set<RawNode>();
  /**
   * Each alias's target: the closest anchor of that name written before it (YAML 1.2 §3.2.2.2).
   * The line reader (src/load/scan.ts) fills it while reading; recordAnchors does for the others.
   */
  readonly targets = new Map<RawNode, RawNode | undefined>();
  /** Null nodes that stand for an unknown alias (already reported): a merge key skips them. */
  private readonly unresolved = new WeakSet<TNode>();
  /** Collections being converted around the current node. */
  private depth = 0;

  constructor(
    private readonly env: Environment,
    private readonly spanOf: (start: number, end: number) => Span,
    private readonly duplicates: DuplicateKeyWinner,
  ) {}

  /** Whether the document has an alias at all (without one, nothing can expand). */
  get hasAliases(): boolean {
    return this.targets.size > 0;
  }

  /** One walk in document order, so resolving an alias never walks the document again. */
  recordAnchors(root: RawNode): void {
    const anchors = new Map<string, RawNode>();
    const stack: (RawNode | null)[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) continue;
      if (node.kind === "alias") {
        this.targets.set(node, anchors.get(node.name));
        continue;
      }
      // Recorded before the node's content: an alias inside its own anchor refers to it (a cycle, reported later).
      if (node.anchor) anchors.set(node.anchor, node);
      if (node.kind === "map") {
        for (let i = node.pairs.length - 1; i >= 0; i--) stack.push(node.pairs[i]!.value, node.pairs[i]!.key);
      } else if (node.kind === "seq") for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!);
    }
  }

  private readonly expansions = new Map<RawNode, Expansion>();
  /** Nodes counted as decoded through an alias so far, in the walk of expansionOf. */
  private aliasedCount = 0;

  /**
   * The document's size as go-yaml decodes it: every alias re-decodes its anchor's node, counted
   * as decoded through an alias (decode.go: decodeCount, aliasCount). Memoised per anchored node,
   * so it is cheap even when the expanded size is astronomic.
   */
  expansionOf(root: RawNode): Expansion {
    this.aliasedCount = 0;
    const total = this.countDecoded(root);
    return { total, aliased: this.aliasedCount };
  }

  /** The nodes decoded for `node` (itself included); those decoded through an alias are added to aliasedCount. Allocates nothing per node. */
  private countDecoded(node: RawNode | null): number {
    if (!node) return 1;
    if (node.kind === "alias") {
      // Everything under an alias counts as aliased once, whatever aliases it holds itself.
      const before = this.aliasedCount;
      const target = this.targets.get(node);
      const inner = target && target !== node ? this.countDecoded(target) : 0;
      this.aliasedCount = before + inner;
      return 1 + inner;
    }
    // Only an anchored node can be reached again (through an alias): only its count is remembered.
    const anchored = node.anchor !== undefined;
    if (anchored) {
      const known = this.expansions.get(node);
      if (known) {
        this.aliasedCount += known.aliased;
        return known.total;
      }
      // A node being counted that is reached again is a cycle: counted once here, refused by convert().
      this.expansions.set(node, { total: 1, aliased: 0 });
    }
    const before = this.aliasedCount;
    let total = 1;
    if (node.kind === "map") {
      for (const pair of node.pairs) total += this.countDecoded(pair.key) + this.countDecoded(pair.value);
    } else if (node.kind === "seq") {
      for (const item of node.items) total += this.countDecoded(item);
    }
    if (anchored) this.expansions.set(node, { total, aliased: this.aliasedCount - before });
    return total;
  }

  private nodeSpan(node: RawNode): Span {
    return this.spanOf(node.start, node.end);
  }

  private resolve(node: RawNode): RawNode | undefined {
    if (node.kind !== "alias") return node;
    const target = this.targets.get(node);
    if (!target) this.problems.push({ ruleId: "yaml-syntax", span: this.nodeSpan(node), message: `unknown alias *${node.name}` });
    return target;
  }

  /** A value the line reader has just read, converted in its place (see ScanOptions.settle). */
  settle(node: RawNode): RawNode {
    return { kind: "located", start: node.start, end: node.end, node: this.convert(node) };
  }

  /** The located node for `input`; a RangeError past MAX_DEPTH levels of collections (the file is then not linted). */
  convert(input: RawNode): TNode {
    if (input.kind === "located") return input.node;
    const node = this.resolve(input);
    if (!node) {
      const unknown = this.nullAt(input);
      this.unresolved.add(unknown);
      return unknown;
    }
    // Only an anchored node can be reached twice (through an alias): only it is remembered.
    const anchored = node.anchor !== undefined;
    if (anchored) {
      const cached = this.done.get(node);
      if (cached) return cached;
      if (this.inProgress.has(node)) {
        this.problems.push({ ruleId: "yaml-syntax", span: this.nodeSpan(input), message: "an alias refers to a node that contains it" });
        return this.nullAt(input);
      }
      this.inProgress.add(node);
    }
    let out: TNode;
    if (node.kind === "map" || node.kind === "seq") {
      if (++this.depth > MAX_DEPTH) throw new RangeError("nested too deep");
      if (node.kind === "map") out = this.convertMap(node.pairs, node.start, node.end);
      else {
        const items = node.items.map((item) => (item ? this.convert(item) : this.nullAt(node)));
        out = new LocatedSeq(items, items.map((item) => item.data), node.start, node.end, this.spanOf);
      }
      this.depth--;
    } else if (node.kind === "scalar") {
      const goInteger = node.plain && !node.tag ? goYamlInteger(node.source) : undefined;
      out = this.convertScalar(goInteger ?? node.value, node.source, this.nodeSpan(node));
    } else out = this.nullAt(node);
    if (node.tag === "!reset" || node.tag === "!override" || node.tag === "!merge") {
      out.tag = node.tag;
      this.hasTags = true;
    }
    if (anchored) {
      this.inProgress.delete(node);
      this.done.set(node, out);
    }
    return out;
  }

  private nullAt(node: RawNode): TScalar {
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
          message: tooDeepMessage(),
        });
        return { kind: "scalar", span, value: data, data };
      }
      this.substituted.push(...result.substituted);
      if (result.value !== data) return { kind: "scalar", span, value: result.value, raw: data, data, ...(result.external ? { external: true as const } : {}) };
    }
    return { kind: "scalar", span, value: data, data };
  }

  /** A key as go-yaml compares keys for duplicates: its text (`1` and `"1"` are the same key). */
  private keyText(key: RawNode | null): string | undefined {
    if (!key) return "";
    const resolved = key.kind === "alias" ? this.targets.get(key) : key;
    if (!resolved || resolved.kind !== "scalar") return undefined;
    return resolved.source;
  }

  private convertMap(pairs: readonly RawPair[], start: number, end: number): TMap {
    // For the rare entry without a key node: the mapping's own span.
    const span = () => this.spanOf(start, end);
    // Most mappings are small: their keys are searched in arrays, and only large ones get a Map
    // and a Set (a 20,000-service file has hundreds of thousands of mappings).
    const indexed = pairs.length > LINEAR_KEYS;
    const seenSet = indexed ? new Set<string>() : undefined;
    const seenList: string[] | undefined = indexed ? undefined : [];
    const positions = indexed ? new Map<string, number>() : undefined;
    const list: TEntry[] = [];
    let merged: TEntry[][] | undefined;
    for (const pair of pairs) {
      const keyNode = pair.key;
      const text = this.keyText(keyNode);
      let repeated = false;
      if (text !== undefined) {
        if (seenSet ? seenSet.has(text) : seenList!.includes(text)) {
          repeated = true;
          this.problems.push({
            ruleId: "duplicate-key",
            span: keyNode ? this.nodeSpan(keyNode) : span(),
            message: `the key "${text}" is written twice in this mapping; Docker Compose refuses the file (compose-lint checks both values)`,
          });
        } else if (seenSet) seenSet.add(text);
        else seenList!.push(text);
      }
      if (keyNode?.kind === "scalar" && keyNode.merge) {
        if (!repeated || this.duplicates === "later") (merged ??= []).push(...this.mergeSources(pair));
        continue;
      }
      if (repeated && this.duplicates === "earlier") continue;
      const resolvedKey = keyNode ? this.resolve(keyNode) : undefined;
      const key = resolvedKey?.kind === "scalar" ? String(resolvedKey.value) : "";
      const valueNode = pair.value;
      let entry: TEntry;
      if (keyNode && valueNode) entry = new LocatedEntry(key, keyNode.start, keyNode.end, this.convert(valueNode), this.spanOf);
      else {
        const keySpan = keyNode ? this.nodeSpan(keyNode) : span();
        const value: TNode = valueNode
          ? this.convert(valueNode)
          : { kind: "scalar", span: { file: keySpan.file, line: keySpan.endLine, column: keySpan.endColumn, endLine: keySpan.endLine, endColumn: keySpan.endColumn }, value: null, data: null };
        entry = spannedEntry(key, keySpan, value);
      }
      // A repeated key that reaches here is the later one (the duplicate itself is reported above):
      // it takes the earlier one's place.
      const at = positions ? positions.get(key) : keyPosition(list, key);
      if (at === undefined) {
        positions?.set(key, list.length);
        list.push(entry);
      } else list[at] = entry;
    }
    // Explicit keys win over merged ones; earlier merge sources win over later ones.
    if (merged) {
      for (const source of merged) {
        for (const entry of source) {
          if ((positions ? positions.get(entry.key) : keyPosition(list, entry.key)) !== undefined) continue;
          positions?.set(entry.key, list.length);
          list.push(entry);
        }
      }
    }
    const data: Record<string, unknown> = {};
    for (const entry of list) setOwn(data, entry.key, entry.value.data);
    // An array grown by push keeps room for 16 or more: most mappings have a few entries, and a copy
    // holds only those (a 5 MB file has ~70,000 mappings).
    return new LocatedMap(list.length < 16 ? list.slice() : list, data, start, end, this.spanOf);
  }

  /**
   * The mappings a merge key's value brings: one mapping, or a list of them (aliases mostly). The
   * value is converted first, whichever reader read it, so an unknown alias is reported once.
   */
  private mergeSources(pair: RawPair): TEntry[][] {
    if (!pair.value) return [];
    const value = this.convert(pair.value);
    const sources = value.kind === "seq" ? value.items : [value];
    const out: TEntry[][] = [];
    let refused = false;
    for (const source of sources) {
      if (this.unresolved.has(source)) continue;
      if (source.kind === "map") out.push(source.entries);
      else if (!refused) {
        // One error per merge key, as go-yaml stops at the first ("map merge requires map or sequence of maps").
        refused = true;
        this.problems.push({ ruleId: "yaml-syntax", span: source.span, message: "a merge key (<<) must refer to a mapping or a list of mappings" });
      }
    }
    return out;
  }
}

/** Below this many entries a search is as fast as an index and allocates nothing. */
const INDEXED_FROM = 16;

/** Keys of large mappings (a file's 20,000 `services:`), indexed when first looked up: a mapping is never changed once built. */
const keyIndexes = new WeakMap<TMap, Map<string, TEntry>>();

/** The entry for `key` in a mapping: the first one, as a search would find it. */
export function entry(map: TNode | undefined, key: string): TEntry | undefined {
  if (!map || map.kind !== "map") return undefined;
  const entries = map.entries;
  if (entries.length < INDEXED_FROM) {
    for (let i = 0; i < entries.length; i++) if (entries[i]!.key === key) return entries[i];
    return undefined;
  }
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const e of map.entries) if (!index.has(e.key)) index.set(e.key, e);
    keyIndexes.set(map, index);
  }
  return index.get(key);
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
