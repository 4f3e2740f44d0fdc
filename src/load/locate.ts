/**
 * `SourceFile.locate` with the keys of large mappings indexed: fixes locate a service by name for
 * each finding, and a search through 20,000 `services:` entries per finding is quadratic.
 */
import type { Span } from "../model/types.js";
import { locateIn } from "./tree.js";
import type { TEntry, TMap, TNode } from "./tree.js";

/** Below this many entries a search is as fast as a map and allocates nothing. */
const INDEXED_FROM = 16;

const indexes = new WeakMap<TMap, Map<string, TEntry>>();

/** The entry for `key`: the first one, as a search finds it. */
function entryOf(map: TMap, key: string): TEntry | undefined {
  if (map.entries.length < INDEXED_FROM) return map.entries.find((e) => e.key === key);
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const e of map.entries) if (!index.has(e.key)) index.set(e.key, e);
    indexes.set(map, index);
  }
  return index.get(key);
}

/** `locateIn(root, path, part)`, through the mappings on the path by index; the rest (sequences) as `locateIn` walks it. */
export function locator(root: TNode | undefined): (path: readonly (string | number)[], part?: "key" | "value") => Span | undefined {
  return (path, part = "value") => {
    let node = root;
    let last: TEntry | undefined;
    let i = 0;
    for (; i < path.length && node?.kind === "map"; i++) {
      last = entryOf(node, String(path[i]));
      if (!last) return undefined;
      node = last.value;
    }
    if (i < path.length || !last) return locateIn(node, path.slice(i), part);
    return part === "key" ? last.keySpan : last.value.span;
  };
}
