/**
 * The YAML node graph the located tree is built from, before aliases, merge keys and
 * interpolation are resolved: offsets into the text, values typed as the `yaml` library's core
 * schema types them. Two readers produce it: src/load/cst.ts straight from the library's CST (the
 * common, fast path) and the library's composed Document (the path for anything unusual, and the
 * oracle the fast path is tested against).
 */
import type { TNode } from "./tree.js";

export type RawNode = RawScalar | RawMap | RawSeq | RawAlias | RawLocated;

interface RawBase {
  /** Offset of the node's first character. */
  start: number;
  /** Offset just past the node's value; for collections, past the last item's trailing comments. */
  end: number;
  anchor?: string;
  /** A local tag such as Compose's `!reset`, as written. */
  tag?: string;
}

export interface RawScalar extends RawBase {
  kind: "scalar";
  /** The value as the core schema resolves it. */
  value: unknown;
  /** The string the value was resolved from (quotes and folding undone). */
  source: string;
  /** Written as a plain (unquoted, not block) scalar. */
  plain: boolean;
  /** A `<<` merge key. */
  merge?: true;
}

export interface RawPair {
  key: RawNode | null;
  value: RawNode | null;
}

export interface RawMap extends RawBase {
  kind: "map";
  pairs: RawPair[];
}

export interface RawSeq extends RawBase {
  kind: "seq";
  items: (RawNode | null)[];
}

export interface RawAlias extends RawBase {
  kind: "alias";
  name: string;
}

/**
 * A value the converter has already turned into a located node, in the place of its raw nodes:
 * the line reader hands each mapping value to the converter as soon as it is read (see
 * `ScanOptions.settle` in src/load/scan.ts), so that the raw nodes of a large file never all
 * live at once.
 */
export interface RawLocated extends RawBase {
  kind: "located";
  node: TNode;
}
