/**
 * Reads the `yaml` library's concrete syntax tree (its `Parser` tokens) straight into raw nodes,
 * without composing a Document: composing builds a node object, a range array and a tag lookup
 * for every value only for the tree to be converted again, which was most of the loader's time
 * and memory on large files (`npm run bench`).
 *
 * It reads only what it knows the library's composer accepts without an error or a different
 * meaning: block and single-line flow collections, plain, quoted and block scalars, anchors on
 * values, aliases, `<<` keys and comments. Anything else (tags, directives, several documents,
 * explicit `?` keys, tabs, multi-line flow collections, error tokens...) makes it give up, and the
 * caller composes the Document as before. test/cst.test.ts holds the two readers to the same
 * output on every fixture and on generated input.
 */
import { CST, Parser } from "yaml";
import type { RawMap, RawNode, RawScalar, RawSeq } from "./raw.js";

type Token = CST.Token;
type SourceToken = CST.SourceToken;
type FlowScalar = CST.FlowScalar;

/** Thrown inside the reader when the input needs the composer. */
class Unusual extends Error {}
const UNUSUAL = new Unusual("unusual YAML");

/** A node with the offset just past its trailing spaces, comments and line breaks. */
interface Read<T extends RawNode = RawNode> {
  node: T;
  after: number;
}

/**
 * The root node of the text's one document, `null` for a text without a document, or undefined
 * when the text needs the composer (see above).
 */
export function readCst(text: string): RawNode | null | undefined {
  try {
    let root: RawNode | null = null;
    let documents = 0;
    for (const token of new Parser().parse(text)) {
      switch (token.type) {
        case "document":
          if (++documents > 1) return undefined;
          root = readDocument(token, text);
          break;
        case "space":
        case "comment":
        case "newline":
          break;
        default:
          return undefined;
      }
    }
    return root;
  } catch (error) {
    // RangeError: nesting deeper than the stack; the composer's path reports it as Docker would read it.
    if (error instanceof Unusual || error instanceof RangeError) return undefined;
    throw error;
  }
}

function readDocument(doc: CST.Document, text: string): RawNode {
  const props = readProps(doc.start, "doc-start", true, false);
  const value = doc.value;
  if (!value) throw UNUSUAL;
  if (props.found && (value.type === "block-map" || value.type === "block-seq") && !props.newline) throw UNUSUAL;
  // Comment lines after the root collection (`# old-service:` at the end of a file) start its end at a line's start.
  const first = doc.end?.[0];
  if (first) trailing(doc.end, 0, first.offset === 0 || text[first.offset - 1] === "\n");
  return readNode(value, undefined).node;
}

interface Props {
  found: boolean;
  anchor?: string;
  newline: boolean;
  /** Offset past the last token. */
  end: number;
}

/**
 * The tokens before a node (indentation, comments, the indicator, an anchor), accepted only in the
 * shapes the composer takes without a word: no tab, no tag, one indicator before the anchor, a
 * space or line break after the anchor, and a comment only after white space.
 */
function readProps(tokens: readonly SourceToken[], indicator: string, startOnNewline: boolean, anchors: boolean, offset = 0): Props {
  let found = false;
  let anchor: string | undefined;
  let newline = false;
  let spaced = startOnNewline;
  let end = offset;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    end = token.offset + token.source.length;
    switch (token.type) {
      case "space":
        if (token.source.includes("\t")) throw UNUSUAL;
        spaced = true;
        break;
      case "newline":
        newline = true;
        spaced = true;
        break;
      case "comment":
        if (!spaced) throw UNUSUAL;
        break;
      case "anchor": {
        const next = tokens[i + 1];
        if (!anchors || anchor !== undefined || !next || (next.type !== "space" && next.type !== "newline")) throw UNUSUAL;
        anchor = token.source.slice(1);
        if (anchor === "" || anchor.endsWith(":")) throw UNUSUAL;
        spaced = false;
        break;
      }
      default:
        if (token.type !== indicator || found || anchor !== undefined) throw UNUSUAL;
        found = true;
        spaced = false;
    }
  }
  return { found, anchor, newline, end };
}

/** Offset past trailing spaces, comments and line breaks after a value (resolveEnd's shapes). */
function trailing(tokens: readonly SourceToken[] | undefined, offset: number, spaced = false): number {
  if (!tokens) return offset;
  for (const token of tokens) {
    if (token.type === "space" || token.type === "newline") spaced = true;
    else if (token.type !== "comment") throw UNUSUAL;
    else if (!spaced) throw UNUSUAL;
    offset = token.offset + token.source.length;
  }
  return offset;
}

function readNode(token: Token, anchor: string | undefined): Read {
  let read: Read;
  switch (token.type) {
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      read = readScalar(token, false);
      break;
    case "alias": {
      const name = token.source.slice(1);
      if (anchor !== undefined || name === "" || name.endsWith(":")) throw UNUSUAL;
      const end = token.offset + token.source.length;
      return { node: { kind: "alias", start: token.offset, end, name }, after: trailing(token.end, end) };
    }
    case "block-map":
      read = readBlockMap(token);
      break;
    case "block-seq":
      read = readBlockSeq(token);
      break;
    case "flow-collection":
      read = readFlow(token);
      break;
    default:
      throw UNUSUAL;
  }
  if (anchor !== undefined) read.node.anchor = anchor;
  return read;
}

/** Plain scalars that need no unfolding or checking: one line, not starting with an indicator. */
const SIMPLE_PLAIN = /^[^\t,%|>@`][^\n\r]*$/;

function readScalar(token: FlowScalar | CST.BlockScalar, key: boolean): Read<RawScalar> {
  let source: string;
  let end: number;
  let after: number;
  if (token.type === "scalar" && SIMPLE_PLAIN.test(token.source)) {
    source = token.source;
    end = token.offset + source.length;
    after = trailing(token.end, end);
  } else {
    let failed = false;
    const resolved = CST.resolveAsScalar(token, false, () => {
      failed = true;
    });
    if (failed || !resolved) throw UNUSUAL;
    source = resolved.value;
    end = resolved.range[1];
    after = resolved.range[2];
  }
  const plain = token.type === "scalar";
  const node: RawScalar = { kind: "scalar", start: token.offset, end, value: plain ? corePlain(source) : source, source, plain };
  if (key && plain && source === "<<") node.merge = true;
  return { node, after };
}

/** An empty value (`key:` with nothing after it): a null scalar placed where the composer places it. */
function emptyScalar(at: number, anchor: string | undefined): Read<RawScalar> {
  const node: RawScalar = { kind: "scalar", start: at, end: at, value: null, source: "", plain: true };
  if (anchor !== undefined) node.anchor = anchor;
  return { node, after: at };
}

/**
 * Where the composer puts an empty value: after the indicator and the spaces that follow it on
 * its line, before any comment or line break.
 */
function emptyPosition(tokens: readonly SourceToken[], end: number): number {
  let i = tokens.length - 1;
  while (i >= 0 && (tokens[i]!.type === "space" || tokens[i]!.type === "comment" || tokens[i]!.type === "newline")) end -= tokens[i--]!.source.length;
  for (i++; i < tokens.length && tokens[i]!.type === "space"; i++) end += tokens[i]!.source.length;
  return end;
}

/** The composer's empty value carries the end of its comments, if it has any. */
function emptyAfter(tokens: readonly SourceToken[], at: number, end: number): number {
  return tokens.some((t) => t.type === "comment") ? end : at;
}

function readKey(key: Token | null | undefined, indent: number | undefined): Read<RawScalar> {
  if (!key || (key.type !== "scalar" && key.type !== "single-quoted-scalar" && key.type !== "double-quoted-scalar")) throw UNUSUAL;
  if ((indent !== undefined && key.indent !== indent) || key.end?.length || /[\n\r]/.test(key.source)) throw UNUSUAL;
  return readScalar(key, true);
}

function readBlockMap(map: CST.BlockMap): Read<RawMap> {
  const node: RawMap = { kind: "map", start: map.offset, end: map.offset, pairs: [] };
  let offset = map.offset;
  let commentEnd: number | undefined;
  for (const item of map.items) {
    if (commentEnd !== undefined) throw UNUSUAL; // comment lines followed by more of the map
    const keyProps = readProps(item.start, "explicit-key-ind", true, false);
    if (keyProps.found) throw UNUSUAL;
    if (!item.key && !("sep" in item && item.sep)) {
      if (item.value) throw UNUSUAL;
      commentEnd = keyProps.end;
      continue;
    }
    const key = readKey(item.key, map.indent);
    const sep = "sep" in item ? item.sep : undefined;
    if (!sep) throw UNUSUAL;
    const valueProps = readProps(sep, "map-value-ind", false, true, key.after);
    if (!valueProps.found) throw UNUSUAL;
    const value = item.value;
    if (value?.type === "block-map" && !valueProps.newline) throw UNUSUAL;
    let read: Read;
    if (value) read = readNode(value, valueProps.anchor);
    else {
      const at = emptyPosition(sep, valueProps.end);
      read = emptyScalar(at, valueProps.anchor);
      read.after = emptyAfter(sep, at, valueProps.end);
    }
    node.pairs.push({ key: key.node, value: read.node });
    offset = read.after;
  }
  node.end = offset;
  return { node, after: commentEnd ?? offset };
}

function readBlockSeq(seq: CST.BlockSequence): Read<RawSeq> {
  const node: RawSeq = { kind: "seq", start: seq.offset, end: seq.offset, items: [] };
  let offset = seq.offset;
  let commentEnd: number | undefined;
  for (const item of seq.items) {
    if (commentEnd !== undefined) throw UNUSUAL;
    const props = readProps(item.start, "seq-item-ind", true, true);
    if (!props.found) {
      if (props.anchor !== undefined || item.value) throw UNUSUAL;
      commentEnd = props.end;
      continue;
    }
    let read: Read;
    if (item.value) read = readNode(item.value, props.anchor);
    else {
      const at = emptyPosition(item.start, props.end);
      read = emptyScalar(at, props.anchor);
      read.after = emptyAfter(item.start, at, props.end);
    }
    node.items.push(read.node);
    offset = read.after;
  }
  node.end = offset;
  return { node, after: commentEnd ?? offset };
}

/** A flow collection written on one line, without comments, anchors or pairs in a sequence. */
function readFlow(flow: CST.FlowCollection): Read<RawMap | RawSeq> {
  const isMap = flow.start.source === "{";
  const map: RawMap = { kind: "map", start: flow.offset, end: flow.offset, pairs: [] };
  const seq: RawSeq = { kind: "seq", start: flow.offset, end: flow.offset, items: [] };
  const last = flow.items.length - 1;
  flow.items.forEach((item, i) => {
    let commas = 0;
    for (const token of item.start) {
      if (token.type === "comma") commas++;
      else if (token.type !== "space" || token.source.includes("\t")) throw UNUSUAL;
    }
    if (commas !== (i === 0 ? 0 : 1)) throw UNUSUAL;
    const sep = "sep" in item ? item.sep : undefined;
    if (!item.key && !sep && !item.value) {
      if (i === 0 || i !== last) throw UNUSUAL; // `[a, b,]`: a trailing comma is allowed
      return;
    }
    if (isMap) {
      const key = readKey(item.key, undefined);
      if (!sep) throw UNUSUAL;
      const props = readProps(sep, "map-value-ind", false, false, key.after);
      if (!props.found || props.newline) throw UNUSUAL;
      const value = item.value ? readFlowValue(item.value) : emptyScalar(emptyPosition(sep, props.end), undefined).node;
      map.pairs.push({ key: key.node, value });
    } else {
      if (item.key || sep || !item.value) throw UNUSUAL;
      seq.items.push(readFlowValue(item.value));
    }
  });
  const [close, ...rest] = flow.end;
  if (!close || close.source !== (isMap ? "}" : "]")) throw UNUSUAL;
  const end = close.offset + close.source.length;
  const node = isMap ? map : seq;
  node.end = end;
  return { node, after: trailing(rest, end) };
}

function readFlowValue(token: Token): RawNode {
  if (token.type === "block-map" || token.type === "block-seq" || token.type === "block-scalar") throw UNUSUAL;
  if ("source" in token && /[\n\r]/.test(token.source)) throw UNUSUAL;
  // What follows the value (after a nested collection's closing bracket) stays on the line.
  const after = token.type === "flow-collection" ? token.end.slice(1) : "end" in token ? token.end : undefined;
  if (after?.some((t) => t.type !== "space")) throw UNUSUAL;
  return readNode(token, undefined).node;
}

/**
 * A plain scalar's value under the YAML 1.2 core schema (spec 10.3.2), as the `yaml` library
 * resolves it: null, booleans, decimal, octal (`0o`) and hexadecimal integers, floats.
 */
export function corePlain(source: string): unknown {
  switch (source) {
    case "":
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
    case ".nan":
    case ".NaN":
    case ".NAN":
      return NaN;
  }
  const first = source.charCodeAt(0);
  // Every number starts with a digit, a sign or a dot.
  if (!((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46)) return source;
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(source)) return source[0] === "-" ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}
