/**
 * The fastest reader of the three (npm run bench: the `yaml` library's Parser alone took 2.5 s of
 * a 5 MB file's 3.6 s): it reads the text line by line, straight into raw nodes, and knows only
 * the YAML that compose files are mostly written in. Block maps and sequences indented with
 * spaces, one-line plain and quoted scalars, one-line flow collections, anchors on values,
 * aliases, `<<` keys, comments and one leading `---`. Anything else (tabs, tags, block scalars,
 * multi-line scalars, rare escapes, explicit keys, several documents, odd indentation...) makes it give
 * up, and src/load/cst.ts reads the file with the library as before.
 *
 * What it gives is what src/load/cst.ts gives for the same text, offsets included: where the
 * library's parser hangs comment lines (on the value above them, in the collection they trail, or
 * in the next item) decides where collections end, and the reader follows the same rules (see
 * `trivia` and `close`). test/scan.test.ts holds it to the CST reader on every fixture and on
 * generated and mutated input.
 */
import { corePlain } from "./cst.js";
import type { RawAlias, RawMap, RawNode, RawScalar, RawSeq } from "./raw.js";

/** Thrown inside the reader when the text needs the library. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp("needs the yaml library");

/** Characters whose handling the reader leaves to the library: tabs, CR, controls, BOM, separators, surrogates. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/** A document marker at the start of a line (checked after the one leading `---`). */
const MARKER = /^(?:---|\.\.\.)(?:[ \n]|$)/gm;
/** Flow indicators, which the reader leaves to the library inside a plain key. */
const FLOW_INDICATOR = /[,[\]{}]/;
/** The library refuses an implicit key longer than 1024 characters; stay well clear. */
const MAX_KEY = 1000;
/**
 * How many collections deep a file may nest for compose-lint to read it (compose files nest a few
 * levels; Docker reads up to 10,000). The same for every reader and every run: a limit set by the
 * JavaScript stack alone moved with what the engine had compiled so far (the `yaml` library's
 * composer overflowed between 940 and 1,000 levels), so one run read a file another refused.
 */
export const MAX_DEPTH = 500;
/** Anchor and alias names as go-yaml writes them (letters, digits, `_`, `-`). */
const NAME = /[A-Za-z0-9_-]/y;

const NL = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;
const COMMA = 44;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const AMP = 38;
const STAR = 42;
const BACKSLASH = 92;

/** YAML's single-character escapes in double quotes (spec 5.7) and what each stands for. */
const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};

/** A line holding content: where it starts, its indentation, its first character, and whether it is a `- ` item. */
interface Line {
  start: number;
  indent: number;
  at: number;
  dash: boolean;
}

/**
 * Comment lines the library leaves in a trailing, comment-only item of the innermost collection
 * when that collection ends: `max` is the deepest comment's indentation, `end` the offset the
 * item reaches (the next content, or the end of the text).
 */
interface Trailing {
  end: number;
  max: number;
}

/** A node read, the offset its item reaches, the next content line and trailing comments still to place. */
interface Read<T extends RawNode = RawNode> {
  node: T;
  after: number;
  next: Line | null;
  trailing: Trailing | null;
}

/**
 * What the converter would otherwise find in two more walks of the whole tree, gathered while
 * reading: each alias's target (the closest anchor of that name before it, undefined when there
 * is none), and the document's size as go-yaml decodes it, aliases expanded (`total`), with how
 * much of it comes through aliases (`aliased`).
 */
export interface AliasFacts {
  targets: Map<RawNode, RawNode | undefined>;
  total: number;
  aliased: number;
}

export interface Scanned {
  root: RawNode;
  aliases: AliasFacts;
}

export interface ScanOptions {
  /**
   * Called with the value of each block mapping entry as soon as it is read (its anchor set); what
   * it returns takes the value's place in the tree. src/load/tree.ts converts the value there, so
   * that the raw nodes of each value die young instead of all living until the whole text is read
   * (a 5 MB file's raw tree is ~77 MB, and on some machines a page of memory first touched costs
   * ~12 µs: `npm run bench` prints it).
   */
  settle?: (node: RawNode) => RawNode;
  /** The map the reader records each alias's target in (the converter's own, when it settles values). */
  targets?: Map<RawNode, RawNode | undefined>;
}

/**
 * The root node of the text's one document and its alias facts, or undefined when the text needs
 * the library (which includes a text without a document).
 */
export function scanYaml(text: string, options: ScanOptions = {}): Scanned | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    const scanner = new Scanner(text, options.targets ?? new Map(), options.settle);
    const root = scanner.document();
    return { root, aliases: { targets: scanner.targets, total: scanner.decoded, aliased: scanner.aliased } };
  } catch (error) {
    if (error instanceof GiveUp || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Scanner {
  private readonly len: number;
  /** Nodes read so far, each alias counted with its target's expansion (go-yaml's decodeCount). */
  decoded = 0;
  /** Of those, the ones counted through an alias (go-yaml's aliasCount). */
  aliased = 0;
  /** Each anchor read so far, with the nodes its value decodes to. */
  private readonly anchors = new Map<string, { node: RawNode; total: number }>();
  /** Collections (block and flow) open around the one being read. */
  private depth = 0;
  /** Anchors whose value is being read: an alias to one of them is a cycle, left to the library. */
  private readonly pending: string[] = [];

  constructor(
    private readonly text: string,
    readonly targets: Map<RawNode, RawNode | undefined>,
    private readonly settle: ((node: RawNode) => RawNode) | undefined,
  ) {
    this.len = text.length;
  }

  document(): RawNode {
    const { text } = this;
    let pos = 0;
    let started = false;
    let first: Line | null = null;
    while (pos < this.len) {
      const line = this.line(pos);
      const code = this.code(line.at);
      if (code === NL || line.at === this.len || code === HASH) {
        pos = this.lineEnd(line.at);
        continue;
      }
      if (line.indent === 0 && text.startsWith("---", pos) && this.isBlank(pos + 3)) {
        if (started) throw GIVE_UP;
        started = true;
        this.restOfLine(pos + 3, pos + 3);
        pos = this.lineEnd(pos + 3);
        continue;
      }
      first = line;
      break;
    }
    if (!first || first.indent !== 0) throw GIVE_UP;
    MARKER.lastIndex = first.start;
    if (MARKER.test(text)) throw GIVE_UP;
    const read = this.block(first);
    if (read.next) throw GIVE_UP;
    return read.node;
  }

  private code(at: number): number {
    return at < this.len ? this.text.charCodeAt(at) : NL;
  }

  /** The line starting at `start`: its indentation and first character. */
  private line(start: number): Line {
    let at = start;
    while (this.text.charCodeAt(at) === SPACE) at++;
    return { start, indent: at - start, at, dash: this.code(at) === DASH && this.isBlank(at + 1) };
  }

  /** Whether a space, a line break or the end of the text is at `at`. */
  private isBlank(at: number): boolean {
    const code = this.code(at);
    return code === SPACE || code === NL;
  }

  /** The offset past the line break ending the line that holds `at`, or the text's length. */
  private lineEnd(at: number): number {
    const nl = this.text.indexOf("\n", at);
    return nl === -1 ? this.len : nl + 1;
  }

  /**
   * What may follow a value on its line: spaces and a comment after a space. Returns the offset
   * past the line break (or the end of the text).
   */
  private restOfLine(at: number, valueEnd: number): number {
    while (this.code(at) === SPACE && at < this.len) at++;
    if (at >= this.len) return this.len;
    const code = this.text.charCodeAt(at);
    if (code === NL) return at + 1;
    if (code === HASH && at > valueEnd) return this.lineEnd(at);
    throw GIVE_UP;
  }

  /**
   * The blank and comment lines after a value written on its line, in a collection indented by
   * `indent`. As the library's parser: comment lines indented deeper than the collection, and the
   * blank lines before them, belong to the value (its end runs on over them) until a comment line
   * at or left of the collection's indentation; from there on they form a trailing item.
   */
  private trivia(pos: number, indent: number): Omit<Read, "node"> {
    let after = pos;
    let max = -1;
    while (pos < this.len) {
      const line = this.line(pos);
      const code = this.code(line.at);
      if (line.at < this.len && code !== NL && code !== HASH) {
        return { after, next: line, trailing: max >= 0 ? { end: line.at, max } : null };
      }
      const end = this.lineEnd(line.at);
      if (code === HASH) {
        if (max < 0 && line.indent > indent) after = end;
        else max = Math.max(max, line.indent);
      }
      pos = end;
    }
    return { after, next: null, trailing: max >= 0 ? { end: this.len, max } : null };
  }

  /**
   * Where a collection's trailing comments go when it ends: the library keeps them in the
   * collection (its item then reaches past them) when one is indented at least as deep as the
   * collection, and otherwise hands them to the enclosing one (always from column 0).
   */
  private close<T extends RawMap | RawSeq>(node: T, indent: number, last: number, next: Line | null, trailing: Trailing | null): Read<T> {
    node.end = last;
    if (trailing && indent !== 0 && trailing.max >= indent) return { node, after: trailing.end, next, trailing: null };
    return { node, after: last, next, trailing };
  }

  /** A block collection whose first item is on `line`. Past MAX_DEPTH levels the reader gives up, as for flow collections. */
  private block(line: Line): Read<RawMap | RawSeq> {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const read = line.dash ? this.sequence(line) : this.mapping(line);
    this.depth--;
    return read;
  }

  private sequence(first: Line): Read<RawSeq> {
    const indent = first.indent;
    this.decoded++;
    const node: RawSeq = { kind: "seq", start: first.at, end: first.at, items: [] };
    let line = first;
    for (;;) {
      let at = line.at + 1;
      while (this.code(at) === SPACE && at < this.len) at++;
      const code = this.code(at);
      if (at >= this.len || code === NL || code === HASH) throw GIVE_UP; // an empty item, or one below its dash
      if (code === DASH && this.isBlank(at + 1)) throw GIVE_UP; // `- - x`
      const read = this.isKey(at) ? this.block({ start: line.start, indent: at - line.start, at, dash: false }) : this.inline(at, indent, undefined);
      node.items.push(read.node);
      const next = read.next;
      if (next && next.indent === indent && next.dash) {
        line = next;
        continue;
      }
      if (next && next.indent > indent) throw GIVE_UP;
      return this.close(node, indent, read.after, next, read.trailing);
    }
  }

  private mapping(first: Line): Read<RawMap> {
    const indent = first.indent;
    this.decoded++;
    const node: RawMap = { kind: "map", start: first.at, end: first.at, pairs: [] };
    let at = first.at;
    for (;;) {
      const key = this.key(at);
      at = key.colon + 1;
      while (this.code(at) === SPACE && at < this.len) at++;
      const code = this.code(at);
      let read: Read;
      if (at >= this.len || code === NL || code === HASH) read = this.blockValue(at, indent, undefined, code === HASH);
      else if (code === AMP) {
        const name = this.name(at + 1);
        let after = name.end;
        while (this.code(after) === SPACE && after < this.len) after++;
        const next = this.code(after);
        if (after >= this.len || next === NL || (next === HASH && after > name.end)) read = this.blockValue(after, indent, name.name, true);
        else if (after > name.end) read = this.inline(after, indent, name.name);
        else throw GIVE_UP;
      } else read = this.inline(at, indent, undefined);
      node.pairs.push({ key: key.node, value: this.settle ? this.settle(read.node) : read.node });
      const next = read.next;
      if (next && next.indent === indent && !next.dash) {
        at = next.at;
        continue;
      }
      if (next && next.indent >= indent) throw GIVE_UP;
      return this.close(node, indent, read.after, next, read.trailing);
    }
  }

  /**
   * A map value written below its key (`at` is past the key line's `:` and spaces, or an anchor):
   * a block collection indented deeper, a sequence at the key's indentation, or else an empty value.
   */
  private blockValue(at: number, indent: number, anchor: string | undefined, commented: boolean): Read {
    // Below a key nothing belongs to a value yet: every comment line counts as trailing.
    const { next, trailing } = this.trivia(this.lineEnd(at), Infinity);
    const comment = trailing !== null;
    if (next && (next.indent > indent || (next.indent === indent && next.dash))) {
      return anchor === undefined ? this.block(next) : this.anchored(anchor, () => this.block(next));
    }
    // The library's empty value keeps the comments around it, in shapes the reader leaves to it.
    if (anchor !== undefined || commented || comment) throw GIVE_UP;
    this.decoded++;
    const node: RawScalar = { kind: "scalar", start: at, end: at, value: null, source: "", plain: true };
    return { node, after: at, next, trailing: null };
  }

  /** A value written on its line at `at`, in a collection indented by `indent`, and the lines after it up to the next content. */
  private inline(at: number, indent: number, anchor: string | undefined): Read {
    if (anchor !== undefined) {
      if (this.code(at) === STAR) throw GIVE_UP; // an anchor on an alias
      return this.anchored(anchor, () => this.inline(at, indent, undefined));
    }
    let node: RawNode;
    switch (this.code(at)) {
      case DQUOTE:
      case SQUOTE:
        node = this.quoted(at);
        break;
      case LBRACKET:
      case LBRACE:
        node = this.flow(at);
        break;
      case STAR: {
        const name = this.name(at + 1);
        node = this.alias(at, name.end, name.name);
        break;
      }
      default:
        node = this.plain(at);
    }
    const lineEnd = this.restOfLine(node.end, node.end);
    const trivia = this.trivia(lineEnd, indent);
    return { node, after: trivia.after, next: trivia.next, trailing: trivia.trailing };
  }

  /**
   * Reads an anchored value, recording the anchor once its value is read (and what it decodes to),
   * unless the value holds an anchor of the same name: that one is written later, so it is the one
   * later aliases refer to.
   */
  private anchored<T extends Read>(name: string, read: () => T): T {
    this.pending.push(name);
    const before = this.decoded;
    const prior = this.anchors.get(name);
    const result = read();
    this.pending.pop();
    result.node.anchor = name;
    if (this.anchors.get(name) === prior) this.anchors.set(name, { node: result.node, total: this.decoded - before });
    return result;
  }

  /** An alias node, counted as go-yaml decodes it: itself, and its target once more. */
  private alias(at: number, end: number, name: string): RawAlias {
    if (this.pending.includes(name)) throw GIVE_UP;
    const node: RawAlias = { kind: "alias", start: at, end, name };
    const target = this.anchors.get(name);
    this.targets.set(node, target?.node);
    const inner = target?.total ?? 0;
    this.decoded += 1 + inner;
    this.aliased += inner;
    return node;
  }

  /**
   * An anchor or alias name starting at `at`: it must end at a space or the line's end, or in a
   * flow collection at a comma or closing bracket.
   */
  private name(at: number, flow = false): { name: string; end: number } {
    let end = at;
    NAME.lastIndex = end;
    while (end < this.len && NAME.test(this.text)) NAME.lastIndex = ++end;
    const next = this.code(end);
    if (end === at || !(this.isBlank(end) || (flow && (next === COMMA || next === RBRACKET || next === RBRACE)))) throw GIVE_UP;
    return { name: this.text.slice(at, end), end };
  }

  /** Whether the content at `at` starts a `key: value` entry. */
  private isKey(at: number): boolean {
    const code = this.code(at);
    if (code === DQUOTE || code === SQUOTE) {
      const end = this.quotedEnd(at);
      return this.code(end) === COLON && this.isBlank(end + 1);
    }
    return this.plainStart(at) && this.plainKeyColon(at) >= 0;
  }

  /** The `:` ending a plain key that starts at `at` (a `:` before a space or the line's end), or -1 when none comes before a comment or the line's end. */
  private plainKeyColon(at: number): number {
    for (let i = at; i < this.len; i++) {
      const c = this.text.charCodeAt(i);
      if (c === NL || (c === HASH && this.text.charCodeAt(i - 1) === SPACE)) return -1;
      if (c === COLON && this.isBlank(i + 1)) return i;
    }
    return -1;
  }

  /** A key at `at` and the offset of its `:` (followed by a space or the line's end). */
  private key(at: number): { node: RawScalar; colon: number } {
    const code = this.code(at);
    let node: RawScalar;
    let colon: number;
    if (code === DQUOTE || code === SQUOTE) {
      node = this.quoted(at);
      colon = node.end;
      if (this.code(colon) !== COLON) throw GIVE_UP;
    } else {
      colon = this.plainStart(at) ? this.plainKeyColon(at) : -1;
      if (colon < 0 || this.text.charCodeAt(colon - 1) === SPACE) throw GIVE_UP;
      const source = this.text.slice(at, colon);
      if (FLOW_INDICATOR.test(source)) throw GIVE_UP;
      this.decoded++;
      node = { kind: "scalar", start: at, end: colon, value: corePlain(source), source, plain: true };
      if (source === "<<") node.merge = true;
    }
    if (colon - at > MAX_KEY || !this.isBlank(colon + 1)) throw GIVE_UP;
    return { node, colon };
  }

  /**
   * Whether a plain scalar may start at `at`: not with an indicator, nor with `-`, `?` or `:`
   * followed by a space (the reader leaves `?` and `:` starts to the library altogether).
   */
  private plainStart(at: number): boolean {
    switch (this.code(at)) {
      case NL:
      case SPACE:
      case HASH:
      case COMMA:
      case LBRACKET:
      case RBRACKET:
      case LBRACE:
      case RBRACE:
      case AMP:
      case STAR:
      case DQUOTE:
      case SQUOTE:
      case COLON:
      case 33: // !
      case 124: // |
      case 62: // >
      case 37: // %
      case 64: // @
      case 96: // `
      case 63: // ?
        return false;
      case DASH:
        return !this.isBlank(at + 1);
      default:
        return true;
    }
  }

  /** A plain scalar in block context, on one line: up to a comment or the line's end, never `: `. */
  private plain(at: number): RawScalar {
    if (!this.plainStart(at)) throw GIVE_UP;
    let end = at;
    let i = at;
    for (; i < this.len; i++) {
      const c = this.text.charCodeAt(i);
      if (c === NL || (c === HASH && this.text.charCodeAt(i - 1) === SPACE)) break;
      if (c === COLON && this.isBlank(i + 1)) throw GIVE_UP;
      if (c !== SPACE) end = i + 1;
    }
    const source = this.text.slice(at, end);
    this.decoded++;
    return { kind: "scalar", start: at, end, value: corePlain(source), source, plain: true };
  }

  /**
   * The offset past a one-line quoted scalar's closing quote. In double quotes, a backslash must
   * start one of the single-character escapes of `ESCAPES`; the reader leaves the others
   * (`\x`, `\u`, `\U`, a line continuation) to the library.
   */
  private quotedEnd(at: number): number {
    const quote = this.text.charCodeAt(at);
    for (let i = at + 1; i < this.len; i++) {
      const c = this.text.charCodeAt(i);
      if (c === NL) throw GIVE_UP;
      if (c === BACKSLASH && quote === DQUOTE) {
        if (ESCAPES[this.text[i + 1]!] === undefined) throw GIVE_UP;
        i++;
        continue;
      }
      if (c === quote) {
        if (quote === SQUOTE && this.code(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        return i + 1;
      }
    }
    throw GIVE_UP;
  }

  private quoted(at: number): RawScalar {
    const end = this.quotedEnd(at);
    let source = this.text.slice(at + 1, end - 1);
    if (this.text.charCodeAt(at) === SQUOTE) {
      if (source.includes("''")) source = source.replaceAll("''", "'");
    } else if (source.includes("\\")) source = source.replace(/\\(.)/g, (_, c: string) => ESCAPES[c]!);
    this.decoded++;
    return { kind: "scalar", start: at, end, value: source, source, plain: false };
  }

  /**
   * A flow collection on one line (`[a, b]`, `{a: 1}`), nested ones included: no comments,
   * anchors, aliases, empty values or pairs in a sequence.
   */
  private flow(at: number): RawMap | RawSeq {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    this.decoded++;
    const isMap = this.code(at) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const pairs: RawMap["pairs"] = [];
    const items: RawSeq["items"] = [];
    let i = this.skipSpaces(at + 1);
    while (this.code(i) !== close) {
      if (isMap) {
        const key = this.flowScalar(i, true);
        if (this.code(key.end) !== COLON || this.code(key.end + 1) !== SPACE) throw GIVE_UP;
        const value = this.flowValue(this.skipSpaces(key.end + 1));
        pairs.push({ key, value });
        i = this.skipSpaces(value.end);
      } else {
        const value = this.flowValue(i);
        items.push(value);
        i = this.skipSpaces(value.end);
      }
      if (this.code(i) === COMMA) i = this.skipSpaces(i + 1); // `[a, b,]`: a trailing comma is allowed
      else if (this.code(i) !== close) throw GIVE_UP;
    }
    const end = i + 1;
    this.depth--;
    return isMap ? { kind: "map", start: at, end, pairs } : { kind: "seq", start: at, end, items };
  }

  private skipSpaces(at: number): number {
    while (at < this.len && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  private flowValue(at: number): RawNode {
    const code = this.code(at);
    if (code === LBRACKET || code === LBRACE) return this.flow(at);
    if (code === STAR) {
      const { name, end } = this.name(at + 1, true);
      return this.alias(at, end, name);
    }
    return this.flowScalar(at, false);
  }

  /** A scalar inside a flow collection: quoted, or plain up to `,`, a bracket, or `:` before a space or bracket. */
  private flowScalar(at: number, key: boolean): RawScalar {
    const code = this.code(at);
    if (code === DQUOTE || code === SQUOTE) return this.quoted(at);
    if (!this.plainStart(at)) throw GIVE_UP;
    let end = at;
    let i = at;
    for (; ; i++) {
      const c = this.code(i);
      if (c === NL || c === HASH) {
        if (c === NL || this.text.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
      }
      if (c === COMMA || c === RBRACKET || c === RBRACE) break;
      if (c === LBRACKET || c === LBRACE) throw GIVE_UP;
      if (c === COLON) {
        const next = this.code(i + 1);
        if (next === SPACE || next === NL || next === COMMA || next === RBRACKET || next === RBRACE || next === LBRACKET || next === LBRACE) {
          if (!key) throw GIVE_UP;
          break;
        }
      }
      if (c !== SPACE) end = i + 1;
    }
    const source = this.text.slice(at, end);
    this.decoded++;
    const node: RawScalar = { kind: "scalar", start: at, end, value: corePlain(source), source, plain: true };
    if (key && source === "<<") node.merge = true;
    return node;
  }
}
