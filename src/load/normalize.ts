/**
 * From the located tree to the typed model. All knowledge of compose's short and long syntaxes
 * lives in this folder; rules only see the result.
 */
import type {
  CommandLine,
  ComposeProject,
  Device,
  EnvVar,
  Located,
  Mount,
  NamedVolume,
  NamespaceKey,
  Network,
  PortBinding,
  Service,
  ServiceNetworkRef,
  SourceFile,
  Span,
} from "../model/types.js";
import { parseImageRef } from "./image.js";
import { isTrue, parseMount } from "./mounts.js";
import { parsePort } from "./ports.js";
import { located, partOrigins } from "./origin.js";
import type { Origin } from "./origin.js";
import type { TEntry, TMap, TNode, TScalar } from "./tree.js";
import { child } from "./tree.js";

const NAMESPACE_KEYS: readonly NamespaceKey[] = ["pid", "ipc", "uts", "userns_mode", "cgroup"];

function scalar(node: TNode | undefined): TScalar | undefined {
  return node?.kind === "scalar" && node.value !== null ? node : undefined;
}

function locatedString(node: TNode | undefined): Located<string> | undefined {
  const s = scalar(node);
  if (!s) return undefined;
  return located(String(s.value), s.span, s);
}

function locatedBool(node: TNode | undefined): Located<boolean> | undefined {
  const s = scalar(node);
  return s ? { value: isTrue(s.value), span: s.span } : undefined;
}

function locatedScalar(node: TNode | undefined): Located<string | number> | undefined {
  const s = scalar(node);
  if (!s) return undefined;
  return { value: typeof s.value === "number" ? s.value : String(s.value), span: s.span };
}

function stringList(node: TNode | undefined): Located<string>[] {
  if (!node) return [];
  if (node.kind === "seq") return node.items.flatMap((item) => locatedString(item) ?? []);
  const single = locatedString(node);
  return single ? [single] : [];
}

function entries(node: TNode | undefined): TEntry[] {
  return node?.kind === "map" ? node.entries : [];
}

function stringMap(node: TNode | undefined): Map<string, Located<string>> {
  const out = new Map<string, Located<string>>();
  for (const e of entries(node)) {
    const value = locatedString(e.value);
    if (value) out.set(e.key, value);
  }
  return out;
}

/**
 * The span of characters [start, end) of a one-line scalar's source text, or the whole span when
 * the scalar's text cannot be mapped column for column (multi-line, escapes).
 */
function subSpan(node: TScalar, start: number, end: number): Span {
  const source = String(node.data);
  const { span } = node;
  if (span.line !== span.endLine) return span;
  const width = span.endColumn - span.column;
  const quote = width === source.length + 2 ? 1 : width === source.length ? 0 : -1;
  if (quote < 0) return span;
  return { ...span, column: span.column + quote + start, endColumn: span.column + quote + end };
}

/** `environment:` / `build.args:` in list (`KEY=value`) or map form. */
function envVars(node: TNode | undefined): EnvVar[] {
  if (!node) return [];
  if (node.kind === "map") {
    return node.entries.map((e) => {
      const name: Located<string> = { value: e.key, span: e.keySpan };
      const value = locatedString(e.value);
      return value ? { span: e.span, name, value } : { span: e.span, name };
    });
  }
  if (node.kind !== "seq") return [];
  return node.items.flatMap((item): EnvVar[] => {
    const s = scalar(item);
    if (!s) return [];
    const source = String(s.data);
    const text = String(s.value);
    const rawEq = source.indexOf("=");
    const eq = text.indexOf("=");
    if (rawEq < 0 || eq < 0) return [{ span: s.span, name: { value: text, span: s.span } }];
    const from = (raw: string): Origin => (s.raw === undefined ? {} : { raw, ...(s.external ? { external: true as const } : {}) });
    const name = located(text.slice(0, eq), subSpan(s, 0, rawEq), from(source.slice(0, rawEq)));
    const value = located(text.slice(eq + 1), subSpan(s, rawEq + 1, source.length), from(source.slice(rawEq + 1)));
    return [{ span: s.span, name, value }];
  });
}

function commandLine(node: TNode | undefined): CommandLine | undefined {
  if (!node) return undefined;
  if (node.kind === "seq") {
    const args = stringList(node);
    return { span: node.span, form: "list", args, text: args.map((a) => a.value).join(" ") };
  }
  const s = locatedString(node);
  if (!s) return undefined;
  // An argument split from an interpolated string has no source text of its own: it quotes the whole line's.
  const args = s.value.split(/\s+/).filter(Boolean).map((value) => located(value, s.span, s.external ? { raw: s.raw, external: true } : {}));
  const line: CommandLine = { span: s.span, form: "string", args, text: s.value };
  if (s.raw !== undefined) line.raw = s.raw;
  if (s.external) line.external = true;
  return line;
}

function devices(node: TNode | undefined): Device[] {
  if (node?.kind !== "seq") return [];
  return node.items.flatMap((item): Device[] => {
    if (item.kind === "map") {
      const source = locatedString(child(item, "source"));
      if (!source) return [];
      const device: Device = { span: item.span, syntax: "long", source };
      const target = locatedString(child(item, "target"));
      const permissions = locatedString(child(item, "permissions"));
      if (target) device.target = target;
      if (permissions) device.permissions = permissions;
      return [device];
    }
    const s = scalar(item);
    if (!s) return [];
    const parts = String(s.value).split(":");
    const origins = partOrigins(s, parts, (text) => text.split(":"));
    const [source = "", target, permissions] = parts;
    const device: Device = { span: s.span, syntax: "short", source: located(source, s.span, origins[0]) };
    if (target) device.target = located(target, s.span, origins[1]);
    if (permissions) device.permissions = located(permissions, s.span, origins[2]);
    return [device];
  });
}

function serviceNetworks(node: TNode | undefined): ServiceNetworkRef[] {
  if (!node) return [];
  if (node.kind === "seq") return stringList(node).map((name) => ({ name, span: name.span }));
  return entries(node).map((e) => ({ name: { value: e.key, span: e.keySpan }, span: e.span }));
}

function buildService(e: TEntry, volumes: Map<string, NamedVolume>): Service | undefined {
  const node = e.value;
  if (node.kind !== "map") return undefined;
  const imageNode = locatedString(child(node, "image"));
  const ports = (child(node, "ports")?.kind === "seq" ? (child(node, "ports") as { items: TNode[] }).items : []).flatMap(
    (item): PortBinding[] => {
      const result = parsePort(item);
      return "containerPorts" in result ? [result] : [];
    },
  );
  const volumesNode = child(node, "volumes");
  const mounts = (volumesNode?.kind === "seq" ? volumesNode.items : []).flatMap((item): Mount[] => {
    const mount = parseMount(item, volumes);
    return mount ? [mount] : [];
  });
  const buildNode = child(node, "build");
  const limits = child(child(child(child(node, "deploy"), "resources"), "limits"), "memory");
  const pidsLimit = child(child(child(child(node, "deploy"), "resources"), "limits"), "pids");
  const service: Service = {
    name: { value: e.key, span: e.keySpan },
    span: e.span,
    ports,
    expose: stringList(child(node, "expose")),
    mounts,
    networks: serviceNetworks(child(node, "networks")),
    environment: envVars(child(node, "environment")),
    namespaces: NAMESPACE_KEYS.flatMap((key) => {
      const value = locatedString(child(node, key));
      return value ? [{ key, value }] : [];
    }),
    capAdd: stringList(child(node, "cap_add")),
    capDrop: stringList(child(node, "cap_drop")),
    securityOpt: stringList(child(node, "security_opt")),
    devices: devices(child(node, "devices")),
    deployLimits: {},
    deploy: entries(child(node, "deploy")).map((d) => {
      const key: Located<string> = { value: d.key, span: d.keySpan };
      const value = locatedString(d.value);
      return value ? { key, value } : { key };
    }),
  };
  if (imageNode) {
    const image: Located<ReturnType<typeof parseImageRef>> = { value: parseImageRef(imageNode.value), span: imageNode.span };
    if (imageNode.raw !== undefined) image.raw = imageNode.raw;
    if (imageNode.external) image.external = true;
    service.image = image;
  }
  if (buildNode) service.build = { span: buildNode.span, args: envVars(child(buildNode, "args")) };
  const optional = {
    networkMode: locatedString(child(node, "network_mode")),
    privileged: locatedBool(child(node, "privileged")),
    readOnly: locatedBool(child(node, "read_only")),
    user: locatedString(child(node, "user")),
    command: commandLine(child(node, "command")),
    entrypoint: commandLine(child(node, "entrypoint")),
    healthcheck: commandLine(child(child(node, "healthcheck"), "test")),
    memLimit: locatedScalar(child(node, "mem_limit")),
    pidsLimit: locatedScalar(child(node, "pids_limit")),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(service, { [key]: value });
  const memory = locatedScalar(limits);
  const pids = locatedScalar(pidsLimit);
  if (memory) service.deployLimits.memory = memory;
  if (pids) service.deployLimits.pids = pids;
  return service;
}

function isExternal(node: TNode | undefined): boolean {
  const external = child(node, "external");
  if (!external) return false;
  return external.kind === "map" || (external.kind === "scalar" && isTrue(external.value));
}

/** What top-level networks and volumes share: a name, a driver with options, maybe external. */
function buildVolume(e: TEntry): NamedVolume {
  const driver = locatedString(child(e.value, "driver"));
  const volume: NamedVolume = {
    name: { value: e.key, span: e.keySpan },
    span: e.span,
    driverOpts: stringMap(child(e.value, "driver_opts")),
    external: isExternal(e.value),
  };
  if (driver) volume.driver = driver;
  return volume;
}

function buildNetwork(e: TEntry): Network {
  const network: Network = buildVolume(e);
  const internal = locatedBool(child(e.value, "internal"));
  if (internal) network.internal = internal;
  return network;
}

export function normalize(root: TMap, file: SourceFile): ComposeProject {
  const volumes = entries(child(root, "volumes")).map(buildVolume);
  const volumesByName = new Map(volumes.map((v) => [v.name.value, v]));
  return {
    file,
    services: entries(child(root, "services")).flatMap((e) => buildService(e, volumesByName) ?? []),
    networks: entries(child(root, "networks")).map(buildNetwork),
    volumes,
  };
}

