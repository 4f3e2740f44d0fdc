/**
 * Merging located trees the way Docker Compose merges compose files (compose-go's `override`
 * package: `merge.go` for how two values combine, `uncity.go` for which sequence items are the
 * same item). The later tree wins; every node keeps the span of the file that wrote it, so a
 * finding on the merged project points at the line to change.
 *
 * `!reset` removes a key (or a sequence item) an earlier file set; `!override` replaces a value
 * instead of merging it. Both work at every level.
 */
import type { Span } from "../model/types.js";
import { formatPortRange } from "../model/queries.js";
import { parseMount } from "./mounts.js";
import { subSpan } from "./normalize.js";
import { parsePort } from "./ports.js";
import type { TEntry, TMap, TNode, TScalar, TSeq } from "./tree.js";
import { child, spannedEntry, withValue, withoutTag } from "./tree.js";

export interface MergeProblem {
  span: Span;
  message: string;
}

type Path = readonly string[];

export function mapNode(span: Span, entries: TEntry[]): TMap {
  const data: Record<string, unknown> = {};
  for (const entry of entries) data[entry.key] = entry.value.data;
  return { kind: "map", span, entries, data };
}

export function seqNode(span: Span, items: TNode[]): TSeq {
  return { kind: "seq", span, items, data: items.map((item) => item.data) };
}

function isNull(node: TNode | undefined): boolean {
  return node === undefined || (node.kind === "scalar" && node.value === null);
}

/** A `services.*.ports`-style pattern, split once. */
type Pattern = readonly string[];

function matches(path: Path, pattern: Pattern): boolean {
  if (pattern.length !== path.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== "*" && pattern[i] !== path[i]) return false;
  return true;
}

function compile<T>(table: readonly [string, T][]): readonly [Pattern, T][] {
  return table.map(([pattern, value]) => [pattern.split("."), value]);
}

const resolved = new WeakMap<TNode, TNode>();

/**
 * `resolveTags` for the tree of a whole file: a tree without merge tags (the reader says so; else
 * a text without `!` holds none) is its own resolution, recorded so that a later `resolveTags` of
 * it does not walk it either.
 */
export function resolveFileTags(root: TNode, parsed: { text: string; hasTags?: boolean }): TNode {
  if (parsed.hasTags ?? parsed.text.includes("!")) return resolveTags(root);
  resolved.set(root, root);
  return root;
}

/**
 * A tree as one file alone means it: `!reset` keys and items removed, `!override` values kept.
 * Returns the node itself when nothing in it is tagged (shared alias targets stay shared).
 */
export function resolveTags(node: TNode): TNode {
  const done = resolved.get(node);
  if (done) return done;
  let out: TNode = node;
  // Copies are made from the first change on: an untagged tree (most are) allocates nothing.
  if (node.kind === "map") {
    let entries: TEntry[] | undefined;
    node.entries.forEach((e, i) => {
      const value = e.value.tag === "!reset" ? undefined : resolveTags(e.value);
      if (value !== e.value) entries ??= node.entries.slice(0, i);
      if (entries && value) entries.push(value === e.value ? e : withValue(e, value));
    });
    if (entries) out = mapNode(node.span, entries);
  } else if (node.kind === "seq") {
    let items: TNode[] | undefined;
    node.items.forEach((item, i) => {
      const value = item.tag === "!reset" ? undefined : resolveTags(item);
      if (value !== item) items ??= node.items.slice(0, i);
      if (items && value) items.push(value);
    });
    if (items) out = seqNode(node.span, items);
  }
  if (out.tag !== undefined) out = withoutTag(out);
  resolved.set(node, out);
  return out;
}

type Merger = (base: TNode, over: TNode, path: Path, problems: MergeProblem[]) => TNode;

/** `environment`-like values: list (`K=V`) and map forms merge by key, the later file winning. */
const byKey: Merger = (base, over) => keyedUnion(base, over);

/** `dns`-like values: a string or a list, appended (duplicates go at the unicity step). */
const appended: Merger = (base, over) => seqNode(over.span, [...asList(base), ...asList(over)]);

const replaced: Merger = (_base, over) => over;

/** `extra_hosts`: appended, dropping the later file's entries the earlier one already has. */
const extraHosts: Merger = (base, over) => {
  const left = hostEntries(base);
  const known = new Set(left.map(scalarText));
  const right = hostEntries(over).filter((item) => !known.has(scalarText(item)));
  return seqNode(over.span, [...left, ...right]);
};

/** Logging options merge only when both files name the same driver (or one names none). */
const logging: Merger = (base, over, path, problems) => {
  const a = child(base, "driver");
  const b = child(over, "driver");
  if (!a || !b || scalarText(a) === scalarText(b)) return mergeNodes(base, over, path, problems, false);
  return over;
};

/** `build: ./dir` is `build: { context: ./dir }`. */
const build: Merger = (base, over, path, problems) => mergeNodes(buildMap(base), buildMap(over), path, problems, false);

/** A list of names is a mapping of names to defaults (`depends_on`, a service's `networks`). */
function namesToMap(defaults?: Record<string, string | boolean>): Merger {
  return (base, over, path, problems) => mergeNodes(listToMap(base, defaults), listToMap(over, defaults), path, problems, false);
}

/** compose-go merges an ulimit's mapping with itself: the later value replaces the earlier one. */
const ulimit: Merger = (_base, over) => over;

/** IPAM configurations pair up by subnet (compose-go's algorithm, including its quirks). */
const ipamConfig: Merger = (base, over, path, problems) => {
  if (base.kind !== "seq" || over.kind !== "seq") return over;
  const out: TNode[] = [];
  const subnetOf = (node: TNode) => scalarText(child(node, "subnet"));
  for (const original of base.items) {
    for (const item of over.items) {
      if (subnetOf(item) !== subnetOf(original) && !out.some((o) => subnetOf(o) === subnetOf(item))) {
        out.push(item);
        continue;
      }
      const merged = mergeNodes(original, item, path, problems, false);
      const at = out.findIndex((o) => subnetOf(o) === subnetOf(merged));
      if (at >= 0) out[at] = merged;
      else out.push(merged);
    }
  }
  return seqNode(over.span, out);
};

/** compose-go's `mergeSpecials`: paths whose values do not merge the default way. */
const SPECIALS = compile<Merger>([
  ["networks.*.ipam.config", ipamConfig],
  ["networks.*.labels", byKey],
  ["volumes.*.labels", byKey],
  ["services.*.annotations", byKey],
  ["services.*.build", build],
  ["services.*.build.args", byKey],
  ["services.*.build.additional_contexts", byKey],
  ["services.*.build.extra_hosts", extraHosts],
  ["services.*.build.labels", byKey],
  ["services.*.command", replaced],
  ["services.*.depends_on", namesToMap({ condition: "service_started", required: true })],
  ["services.*.deploy.labels", byKey],
  ["services.*.dns", appended],
  ["services.*.dns_opt", appended],
  ["services.*.dns_search", appended],
  ["services.*.entrypoint", replaced],
  ["services.*.env_file", appended],
  ["services.*.label_file", appended],
  ["services.*.environment", byKey],
  ["services.*.extra_hosts", extraHosts],
  ["services.*.healthcheck.test", replaced],
  ["services.*.labels", byKey],
  ["services.*.volumes.*.volume.labels", byKey],
  ["services.*.logging", logging],
  ["services.*.models", namesToMap()],
  ["services.*.networks", namesToMap()],
  ["services.*.sysctls", byKey],
  ["services.*.tmpfs", appended],
  ["services.*.ulimits.*", ulimit],
]);

const SPECIAL_DEPTH = Math.max(...SPECIALS.map(([pattern]) => pattern.length));

/**
 * Merges `over` (a later file) onto `base`. Problems are what Compose refuses (a mapping
 * overridden by a list); the later value is then kept so the rest can still be judged.
 */
export function mergeNodes(base: TNode, over: TNode, path: Path = [], problems: MergeProblem[] = [], specials = true): TNode {
  // Aliases make trees graphs: a pair of nodes met again at the same path merges once, so a file
  // of nested aliases cannot make the merge exponential.
  // Below the deepest special path, the path no longer changes how values merge.
  const key = path.length > SPECIAL_DEPTH ? "deep" : `${specials ? "" : "!"}${path.join("\0")}`;
  let byOver = merged.get(base);
  if (!byOver) merged.set(base, (byOver = new WeakMap()));
  let byPath = byOver.get(over);
  if (!byPath) byOver.set(over, (byPath = new Map()));
  const done = byPath.get(key);
  if (done) {
    problems.push(...done.problems);
    return done.node;
  }
  const own: MergeProblem[] = [];
  const node = mergeUncached(base, over, path, own, specials);
  byPath.set(key, { node, problems: own });
  problems.push(...own);
  return node;
}

const merged = new WeakMap<TNode, WeakMap<TNode, Map<string, { node: TNode; problems: MergeProblem[] }>>>();

function mergeUncached(base: TNode, over: TNode, path: Path, problems: MergeProblem[], specials: boolean): TNode {
  if (over.tag === "!override") return resolveTags(over);
  // Compose removes what a later file resets or overrides from the earlier one first, whatever the path.
  if (base.kind === "map" && over.kind === "map") {
    const dropped = new Set(over.entries.filter((e) => e.value.tag === "!reset" || e.value.tag === "!override").map((e) => e.key));
    if (dropped.size > 0 && base.entries.some((e) => dropped.has(e.key))) base = mapNode(base.span, base.entries.filter((e) => !dropped.has(e.key)));
  }
  const overValue = resolveTags(over);
  // `!merge` on a list: item by item instead of appending, before any special rule (an explicit request).
  if (over.tag === "!merge" && base.kind === "seq" && overValue.kind === "seq") return mergePositional(base, overValue, path, problems);
  if (specials) {
    const special = SPECIALS.find(([pattern]) => matches(path, pattern));
    if (special) {
      if (special[1] === replaced || special[1] === ulimit) return overValue;
      if (isNull(overValue)) return base;
      if (isNull(base)) return overValue;
      return special[1](base, overValue, path, problems);
    }
  }
  if (isNull(overValue)) return base;
  if (base.kind === "map") {
    if (over.kind !== "map") {
      problems.push({ span: over.span, message: `cannot override ${path.join(".") || "the file"}: a mapping cannot be replaced by ${over.kind === "seq" ? "a list" : "a single value"}` });
      return overValue;
    }
    return mergeMaps(base, over, path, problems);
  }
  if (base.kind === "seq") {
    if (over.kind !== "seq") {
      problems.push({ span: over.span, message: `cannot override ${path.join(".")}: a list cannot be replaced by ${over.kind === "map" ? "a mapping" : "a single value"}` });
      return overValue;
    }
    return seqNode(over.span, [...base.items, ...(overValue as TSeq).items]);
  }
  return overValue;
}

/** An item that leaves the earlier item as it is in a `!merge` list: null, `{}` or `[]`. */
function isNoOp(node: TNode): boolean {
  return isNull(node) || (node.kind === "map" && node.entries.length === 0) || (node.kind === "seq" && node.items.length === 0);
}

function mergePositional(base: TSeq, over: TSeq, path: Path, problems: MergeProblem[]): TSeq {
  const items: TNode[] = [];
  for (let i = 0; i < Math.max(base.items.length, over.items.length); i++) {
    const a = base.items[i];
    const b = over.items[i];
    if (!b) items.push(a!);
    else if (!a) items.push(b);
    else if (isNoOp(b)) items.push(a);
    else items.push(mergeNodes(a, b, [...path, String(i)], problems));
  }
  return seqNode(over.span, items);
}

function mergeMaps(base: TMap, over: TMap, path: Path, problems: MergeProblem[]): TMap {
  const entries = [...base.entries];
  // Positions by key; rebuilt only when an entry is removed (a reset), which is rare.
  let positions = new Map(entries.map((e, i) => [e.key, i]));
  const index = (key: string) => positions.get(key) ?? -1;
  const reindex = () => (positions = new Map(entries.map((e, i) => [e.key, i])));
  for (const e of over.entries) {
    const at = index(e.key);
    if (e.value.tag === "!reset") {
      if (at >= 0) entries.splice(at, 1);
      reindex();
      continue;
    }
    if (at < 0 || e.value.tag === "!override") {
      const value = resolveTags(e.value);
      if (at >= 0) entries.splice(at, 1);
      entries.push(value === e.value ? e : withValue(e, value));
      reindex();
      continue;
    }
    const earlier = entries[at]!;
    const value = mergeNodes(earlier.value, e.value, [...path, e.key], problems);
    // The entry keeps the key that wrote the value: the later file's when its value won outright.
    const source = value === earlier.value ? earlier : value.span === e.value.span || value === e.value ? e : earlier;
    entries[at] = spannedEntry(source.key, source.keySpan, value);
  }
  return mapNode(base.span, entries);
}

function scalarText(node: TNode | undefined): string | undefined {
  return node?.kind === "scalar" && node.value !== null ? String(node.value) : undefined;
}

function asList(node: TNode): TNode[] {
  if (node.kind === "seq") return node.items;
  if (isNull(node)) return [];
  return [node];
}

function syntheticScalar(span: Span, value: string, data: string): TScalar {
  return value === data ? { kind: "scalar", span, value, data } : { kind: "scalar", span, value, data, raw: data };
}

/** `extra_hosts` as a list of `host=address` items (the mapping form may list several addresses). */
function hostEntries(node: TNode): TNode[] {
  if (node.kind !== "map") return asList(node);
  const items = node.entries.flatMap((e) => {
    const values = e.value.kind === "seq" ? e.value.items : [e.value];
    return values.map((v) => (isNull(v) ? syntheticScalar(e.span, e.key, e.key) : syntheticScalar(e.span, `${e.key}=${scalarText(v)}`, `${e.key}=${String(v.data)}`)));
  });
  return items.sort((a, b) => (String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0));
}

function buildMap(node: TNode): TNode {
  if (node.kind !== "scalar" || node.value === null) return node;
  return mapNode(node.span, [{ key: "context", keySpan: node.span, span: node.span, value: node }]);
}

function listToMap(node: TNode, defaults?: Record<string, string | boolean>): TNode {
  if (node.kind !== "seq") return node;
  const entries = node.items.flatMap((item): TEntry[] => {
    const name = scalarText(item);
    if (name === undefined) return [];
    const value: TNode = defaults
      ? mapNode(
          item.span,
          Object.entries(defaults).map(([key, v]) => ({ key, keySpan: item.span, span: item.span, value: { kind: "scalar", span: item.span, value: v, data: v } })),
        )
      : { kind: "scalar", span: item.span, value: null, data: null };
    return [{ key: name, keySpan: item.span, span: item.span, value }];
  });
  return mapNode(node.span, entries);
}

interface KeyedItem {
  key: string;
  /** The mapping entry, or the list item (`K=V`) it came from. */
  entry?: TEntry;
  item?: TScalar;
}

function keyedItems(node: TNode): KeyedItem[] {
  if (node.kind === "map") return node.entries.map((entry) => ({ key: entry.key, entry }));
  return asList(node).flatMap((item): KeyedItem[] => {
    if (item.kind !== "scalar" || item.value === null) return [];
    const text = String(item.value);
    const eq = text.indexOf("=");
    return [{ key: eq < 0 ? text : text.slice(0, eq), item }];
  });
}

/** A `K=V` list item as the mapping entry `K: V`, each part located inside the item's text. */
function itemToEntry(item: TScalar): TEntry {
  const source = String(item.data);
  const text = String(item.value);
  const rawEq = source.indexOf("=");
  const eq = text.indexOf("=");
  if (rawEq < 0 || eq < 0) {
    const end = { ...item.span, line: item.span.endLine, column: item.span.endColumn };
    return { key: text, keySpan: item.span, span: item.span, value: { kind: "scalar", span: end, value: null, data: null } };
  }
  const value = syntheticScalar(subSpan(item, rawEq + 1, source.length), text.slice(eq + 1), source.slice(rawEq + 1));
  return { key: text.slice(0, eq), keySpan: subSpan(item, 0, rawEq), span: item.span, value };
}

/**
 * The union of two `environment`-like values by key, the later one replacing the earlier in its
 * place. Both lists stay a list; otherwise the result is a mapping (list items become entries).
 */
function keyedUnion(base: TNode, over: TNode): TNode {
  const items = dedupe([...keyedItems(base), ...keyedItems(over)], (i) => i.key);
  if (base.kind !== "map" && over.kind !== "map") return seqNode(over.span, items.map((i) => i.item!));
  return mapNode(
    over.span,
    items.map((i) => i.entry ?? itemToEntry(i.item!)),
  );
}

/** Keeps one item per key: the last one written, at the place of the first. */
function dedupe<T>(items: readonly T[], keyOf: (item: T) => string | undefined): T[] {
  const out: T[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    const at = key === undefined ? undefined : seen.get(key);
    if (at !== undefined) out[at] = item;
    else {
      if (key !== undefined) seen.set(key, out.length);
      out.push(item);
    }
  }
  return out;
}

type Indexer = (item: TNode) => string | undefined;

const keyValue: Indexer = (item) => {
  const text = scalarText(item);
  return text === undefined ? undefined : text.split("=")[0];
};

const portKey: Indexer = (item) => {
  const port = parsePort(item);
  if (!("containerPorts" in port)) return scalarText(item);
  const published = port.hostPorts ? formatPortRange(port.hostPorts.value) : "";
  return `${port.hostIp?.value || "0.0.0.0"}:${published}:${formatPortRange(port.containerPorts.value)}/${port.protocol}`;
};

const volumeTarget: Indexer = (item) => {
  const mount = parseMount(item, new Map());
  return "target" in mount ? mount.target.value : undefined;
};

const deviceTarget: Indexer = (item) => {
  if (item.kind === "map") return scalarText(child(item, "target"));
  const parts = (scalarText(item) ?? "").split(":");
  return parts.length === 1 ? parts[0] : parts[1];
};

function mountTarget(defaultDir: string): Indexer {
  return (item) => {
    if (item.kind === "map") return scalarText(child(item, "target")) ?? `${defaultDir}/${scalarText(child(item, "source")) ?? ""}`;
    const name = scalarText(item);
    return name === undefined ? undefined : `${defaultDir}/${name}`;
  };
}

const envFilePath: Indexer = (item) => (item.kind === "map" ? scalarText(child(item, "path")) : scalarText(item));

/** compose-go's `unique`: list paths whose items are one item per key after merging. */
const UNIQUE = compile<Indexer>([
  ["networks.*.labels", keyValue],
  ["networks.*.ipam.options", keyValue],
  ["services.*.annotations", keyValue],
  ["services.*.build.args", keyValue],
  ["services.*.build.additional_contexts", keyValue],
  ["services.*.build.platforms", keyValue],
  ["services.*.build.tags", keyValue],
  ["services.*.build.labels", keyValue],
  ["services.*.cap_add", keyValue],
  ["services.*.cap_drop", keyValue],
  ["services.*.configs", mountTarget("")],
  ["services.*.deploy.labels", keyValue],
  ["services.*.dns", keyValue],
  ["services.*.dns_opt", keyValue],
  ["services.*.dns_search", keyValue],
  ["services.*.environment", keyValue],
  ["services.*.env_file", envFilePath],
  ["services.*.expose", scalarText],
  ["services.*.labels", keyValue],
  ["services.*.links", keyValue],
  ["services.*.networks.*.aliases", keyValue],
  ["services.*.networks.*.link_local_ips", keyValue],
  ["services.*.ports", portKey],
  ["services.*.profiles", keyValue],
  ["services.*.secrets", mountTarget("/run/secrets")],
  ["services.*.sysctls", keyValue],
  ["services.*.tmpfs", keyValue],
  ["services.*.volumes", volumeTarget],
  ["services.*.devices", deviceTarget],
]);

const UNIQUE_DEPTH = Math.max(...UNIQUE.map(([pattern]) => pattern.length));

/**
 * Removes redefinitions from the lists Compose keeps one item per key in (ports by binding,
 * volumes by target...): the later item replaces the earlier one in its place.
 */
export function enforceUnicity(node: TNode, path: Path = []): TNode {
  // Only `services` and `networks` hold such lists, at most five keys deep: nothing below is visited.
  if (node.kind === "map" && path.length < UNIQUE_DEPTH && (path.length > 0 || node.entries.some((e) => e.key === "services" || e.key === "networks"))) {
    let changed = false;
    const entries = node.entries.map((e) => {
      if (path.length === 0 && e.key !== "services" && e.key !== "networks") return e;
      const value = enforceUnicity(e.value, [...path, e.key]);
      if (value === e.value) return e;
      changed = true;
      return withValue(e, value);
    });
    return changed ? { ...mapNode(node.span, entries), ...(node.tag ? { tag: node.tag } : {}) } : node;
  }
  if (node.kind === "seq") {
    if (path.length < 3) return node;
    const indexer = UNIQUE.find(([pattern]) => matches(path, pattern))?.[1];
    if (!indexer) return node;
    const items = dedupe(node.items, indexer);
    return items.length === node.items.length && items.every((item, i) => item === node.items[i]) ? node : seqNode(node.span, items);
  }
  return node;
}

/** The merged value as plain data, interpolated (what `--print-project` prints). */
export function toPlain(node: TNode): unknown {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const e of node.entries) out[e.key] = toPlain(e.value);
  return out;
}
