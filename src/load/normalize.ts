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
import type { LoadProblem } from "./index.js";
import { isTrue, parseMount, resolveVolumeBind } from "./mounts.js";
import { nonScalarField, parsePort, writtenQuoted } from "./ports.js";
import { SERVICE_SUPPRESSION_KEY, serviceSuppression } from "./service-suppression.js";
import type { TEntry, TMap, TNode, TScalar } from "./tree.js";
import { child } from "./tree.js";
import { located, partOrigins } from "./origin.js";
import { variable } from "./interpolate.js";
import type { Environment, Substitution } from "./interpolate.js";
import type { Origin } from "./origin.js";

/**
 * Where the loader cannot read a value the way Docker does, it says so: a value left out of the
 * model unreported would let a file pass as clean with settings Docker still applies.
 */
type Problems = LoadProblem[];

const reported = new WeakMap<Problems, Set<string>>();

/** Reports a value once: one written through an anchor is reached again by every alias. */
function unreadable(problems: Problems, span: Span, message: string): void {
  let seen = reported.get(problems);
  if (!seen) reported.set(problems, (seen = new Set()));
  const key = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}:${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  problems.push({ ruleId: "unreadable-value", span, message });
}

const DESCRIBE: Record<TNode["kind"], string> = { map: "a mapping", seq: "a list", scalar: "a single value" };

/**
 * The items of a list-valued key (`ports:`, `cap_add:`...). Compose refuses any other type; a
 * single string is still read as a one-item list so the rules judge what it says.
 */
function listItems(node: TNode | undefined, key: string, problems: Problems): TNode[] {
  if (!node || (node.kind === "scalar" && node.value === null)) return [];
  if (node.kind === "seq") return node.items;
  unreadable(problems, node.span, `Docker Compose rejects \`${key}:\` written as ${DESCRIBE[node.kind]}: it takes a list.`);
  return node.kind === "scalar" ? [node] : [];
}

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

/** `cap_add:`, `security_opt:`, `expose:`: a list of strings (`expose:` also takes numbers). */
function checkedStringList(node: TNode | undefined, key: string, problems: Problems, numbers = false): Located<string>[] {
  return listItems(node, key, problems).flatMap((item): Located<string>[] => {
    const s = scalar(item);
    if (s && (typeof s.value === "string" || (numbers && typeof s.value === "number"))) return [locatedString(s)!];
    const expected = numbers ? "a string or a number" : "a string";
    unreadable(problems, item.span, `Docker Compose rejects this \`${key}:\` entry: each entry is ${expected}.`);
    return [];
  });
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
export function subSpan(node: TScalar, start: number, end: number): Span {
  const source = String(node.data);
  const { span } = node;
  if (span.line !== span.endLine) return span;
  const width = span.endColumn - span.column;
  const quote = width === source.length + 2 ? 1 : width === source.length ? 0 : -1;
  if (quote < 0) return span;
  return { ...span, column: span.column + quote + start, endColumn: span.column + quote + end };
}

/**
 * Where a bare `KEY` of `environment:` or `build.args:` takes its value: the project's environment
 * (the shell, then `.env`), as compose-go resolves it when it loads the project. The values it
 * gives are recorded in `substituted`, so that no output shows them.
 */
export interface BareValues {
  env: Environment;
  substituted: Substitution[];
}

/** A bare `KEY`'s value from the environment, written as `${KEY}` would be (not the file's own text), or undefined when it is unset. */
function bareValue(name: string, span: Span, bare: BareValues | undefined): Located<string> | undefined {
  const value = bare && variable(bare.env, name);
  if (value === undefined) return undefined;
  if (value !== "") bare!.substituted.push({ name, value });
  return located(value, span, { raw: `\${${name}}`, external: true });
}

/**
 * `environment:` / `build.args:` in list (`KEY=value`, `KEY`) or map form, as compose-go's
 * MappingWithEquals: split at the first `=`; a map value may be a string, number, boolean or
 * null (null and a bare `KEY` take the value from the project's environment, `bare`, when it has one).
 */
function envVars(node: TNode | undefined, key: string, problems: Problems, bare: BareValues | undefined): EnvVar[] {
  if (!node || (node.kind === "scalar" && node.value === null)) return [];
  if (node.kind === "map") {
    return node.entries.map((e) => {
      const name: Located<string> = { value: e.key, span: e.keySpan };
      if (e.value.kind !== "scalar") {
        unreadable(problems, e.value.span, `Docker Compose rejects the value of ${key} "${e.key}": it is ${DESCRIBE[e.value.kind]}, not a string, number, boolean or null.`);
      }
      const value = locatedString(e.value) ?? (e.value.kind === "scalar" && e.value.value === null ? bareValue(e.key, e.keySpan, bare) : undefined);
      return value ? { span: e.span, name, value } : { span: e.span, name };
    });
  }
  if (node.kind !== "seq") {
    // Still judged as a one-entry list: `environment: "DB_PASSWORD=..."` is a secret in the repository.
    unreadable(problems, node.span, `Docker Compose rejects \`${key}:\` written as a single value: it takes a list of KEY=value strings or a mapping.`);
  }
  const items = node.kind === "seq" ? node.items : typeof node.value === "string" ? [node] : [];
  return items.flatMap((item): EnvVar[] => {
    const s = scalar(item);
    if (!s || typeof s.value !== "string") {
      unreadable(problems, item.span, `Docker Compose rejects this \`${key}:\` entry: a list entry is a KEY=value string.`);
      return [];
    }
    const source = String(s.data);
    const text = String(s.value);
    const rawEq = source.indexOf("=");
    const eq = text.indexOf("=");
    if (rawEq < 0 || eq < 0) {
      const value = bareValue(text, s.span, bare);
      return [value ? { span: s.span, name: { value: text, span: s.span }, value } : { span: s.span, name: { value: text, span: s.span } }];
    }
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

/**
 * `devices:` as compose-go's transformDeviceMapping: `SOURCE[:TARGET[:PERMISSIONS]]`, split on
 * every `:` (more than three parts is refused), the target defaulting to the source and the
 * permissions to `rwm`; or a mapping with `source`, `target`, `permissions`.
 */
function devices(node: TNode | undefined, problems: Problems): Device[] {
  return listItems(node, "devices", problems).flatMap((item): Device[] => {
    if (item.kind === "map") {
      const wrong = nonScalarField(item, ["source", "target", "permissions"]);
      if (wrong) {
        unreadable(problems, wrong.node.span, `Docker Compose rejects this device: \`${wrong.key}\` is a single value, not ${DESCRIBE[wrong.node.kind]}.`);
        return [];
      }
      const source = locatedString(child(item, "source"));
      if (!source || source.value === "") {
        unreadable(problems, child(item, "source")?.span ?? item.span, "Docker Compose rejects this device: a long-syntax device needs a `source` path.");
        return [];
      }
      const device: Device = { span: item.span, syntax: "long", source };
      const target = locatedString(child(item, "target"));
      const permissions = locatedString(child(item, "permissions"));
      if (target) device.target = target;
      if (permissions) device.permissions = permissions;
      return [device];
    }
    const s = scalar(item);
    if (!s || typeof s.value !== "string") {
      unreadable(problems, item.span, "Docker Compose rejects this device: a device entry is a SOURCE:TARGET[:PERMISSIONS] string or a mapping.");
      return [];
    }
    const parts = s.value.split(":");
    if (parts.length > 3 || parts[0] === "") {
      const why = parts.length > 3 ? "more than three `:`-separated parts (use the long syntax)" : "no host device path";
      unreadable(problems, s.span, `Docker Compose rejects this device ${writtenQuoted(s)}: ${why}.`);
      return [];
    }
    const [source = "", target = "", permissions = "rwm"] = parts;
    // Each part keeps its own source text when the interpolation did not add or remove a colon.
    const origins = partOrigins(s, parts, (text) => text.split(":"));
    const device: Device = { span: s.span, syntax: "short", source: located(source, s.span, origins[0]) };
    device.target = target === "" ? { ...device.source } : located(target, s.span, origins[1]);
    device.permissions = located(permissions, s.span, origins[2]);
    return [device];
  });
}

/**
 * A service's `networks:`: a list of names or a mapping of names to attachment options (a
 * mapping or null), as compose-go's transformServiceNetworks.
 */
function serviceNetworks(node: TNode | undefined, problems: Problems): ServiceNetworkRef[] {
  if (!node || (node.kind === "scalar" && node.value === null)) return [];
  if (node.kind === "map") {
    return node.entries.map((e) => {
      if (e.value.kind !== "map" && !(e.value.kind === "scalar" && e.value.value === null)) {
        unreadable(problems, e.value.span, `Docker Compose rejects the options of network "${e.key}": they are a mapping or empty.`);
      }
      return { name: { value: e.key, span: e.keySpan }, span: e.span };
    });
  }
  return checkedStringList(node, "networks", problems).map((name) => ({ name, span: name.span }));
}

function buildService(e: TEntry, volumes: Map<string, NamedVolume>, problems: Problems, bare: BareValues | undefined): Service | undefined {
  const node = e.value;
  if (node.kind !== "map") {
    const what = node.kind === "scalar" && node.value === null ? "empty" : DESCRIBE[node.kind];
    unreadable(problems, node.span, `Docker Compose rejects service "${e.key}": it is ${what}, not a mapping of settings.`);
    return undefined;
  }
  const imageNode = locatedString(child(node, "image"));
  const ports = listItems(child(node, "ports"), "ports", problems).flatMap((item): PortBinding[] => {
    const result = parsePort(item);
    if ("containerPorts" in result) return [result];
    unreadable(problems, result.span, result.message);
    return [];
  });
  const mounts = listItems(child(node, "volumes"), "volumes", problems).flatMap((item): Mount[] => {
    const result = parseMount(item, volumes);
    if ("target" in result) return [resolveVolumeBind(result)];
    unreadable(problems, result.span, result.message);
    return [];
  });
  const buildNode = child(node, "build");
  const limits = child(child(child(child(node, "deploy"), "resources"), "limits"), "memory");
  const pidsLimit = child(child(child(child(node, "deploy"), "resources"), "limits"), "pids");
  const service: Service = {
    name: { value: e.key, span: e.keySpan },
    span: e.span,
    ports: orNone(ports),
    expose: orNone(checkedStringList(child(node, "expose"), "expose", problems, true)),
    mounts: orNone(mounts),
    networks: orNone(serviceNetworks(child(node, "networks"), problems)),
    environment: orNone(envVars(child(node, "environment"), "environment", problems, bare)),
    namespaces: orNone(
      NAMESPACE_KEYS.flatMap((key) => {
        const value = locatedString(child(node, key));
        return value ? [{ key, value }] : [];
      }),
    ),
    profiles: orNone(stringList(child(node, "profiles"))),
    capAdd: orNone(checkedStringList(child(node, "cap_add"), "cap_add", problems)),
    capDrop: orNone(checkedStringList(child(node, "cap_drop"), "cap_drop", problems)),
    securityOpt: orNone(checkedStringList(child(node, "security_opt"), "security_opt", problems)),
    devices: orNone(devices(child(node, "devices"), problems)),
    deployLimits: {},
    deploy: orNone(
      entries(child(node, "deploy")).map((d) => {
        const key: Located<string> = { value: d.key, span: d.keySpan };
        const value = locatedString(d.value);
        return value ? { key, value } : { key };
      }),
    ),
  };
  if (imageNode) {
    const image: Located<ReturnType<typeof parseImageRef>> = { value: parseImageRef(imageNode.value), span: imageNode.span };
    if (imageNode.raw !== undefined) image.raw = imageNode.raw;
    if (imageNode.external) image.external = true;
    service.image = image;
  }
  if (buildNode) {
    service.build = { span: buildNode.span, args: envVars(child(buildNode, "args"), "build.args", problems, bare) };
    const context = locatedString(buildNode.kind === "map" ? child(buildNode, "context") : buildNode);
    if (context) service.build.context = context;
  }
  // Set only when written, one after the other (no object of them per service: a file can have 20,000).
  setIfWritten(service, "networkMode", locatedString(child(node, "network_mode")));
  setIfWritten(service, "privileged", locatedBool(child(node, "privileged")));
  setIfWritten(service, "readOnly", locatedBool(child(node, "read_only")));
  setIfWritten(service, "user", locatedString(child(node, "user")));
  setIfWritten(service, "command", commandLine(child(node, "command")));
  setIfWritten(service, "entrypoint", commandLine(child(node, "entrypoint")));
  setIfWritten(service, "healthcheck", commandLine(child(child(node, "healthcheck"), "test")));
  setIfWritten(service, "memLimit", locatedScalar(child(node, "mem_limit")));
  setIfWritten(service, "pidsLimit", locatedScalar(child(node, "pids_limit")));
  setIfWritten(service, "suppression", serviceSuppression(child(node, SERVICE_SUPPRESSION_KEY)));
  const memory = locatedScalar(limits);
  const pids = locatedScalar(pidsLimit);
  if (memory) service.deployLimits.memory = memory;
  if (pids) service.deployLimits.pids = pids;
  return service;
}

/**
 * The one empty list that every service without a setting shares, frozen since every rule reads
 * the same model, in place of an empty array of its own: a 20,000-service file kept ~190,000 of
 * them (5 MB and, on the bench's machine, ~0.15 s).
 */
const NONE: readonly never[] = Object.freeze([]);

function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list;
}

/** Sets an optional setting of the service when the file writes it. */
function setIfWritten<K extends keyof Service>(service: Service, key: K, value: Service[K] | undefined): void {
  if (value !== undefined) service[key] = value;
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

/** `services:` is a mapping of names to services; null (no services yet) is empty. */
function serviceEntries(node: TNode | undefined, problems: Problems): TEntry[] {
  if (node && node.kind !== "map" && !(node.kind === "scalar" && node.value === null)) {
    unreadable(problems, node.span, `Docker Compose rejects \`services:\` written as ${DESCRIBE[node.kind]}: it is a mapping of service names to their settings.`);
  }
  return entries(node);
}

/**
 * The typed model of one file. What cannot be read the way Docker reads it is added to
 * `problems` (as `unreadable-value`), and the rest of the file is still modelled.
 */
export function normalize(root: TMap, file: SourceFile, problems: LoadProblem[], bare?: BareValues): ComposeProject {
  const volumes = entries(child(root, "volumes")).map(buildVolume);
  const volumesByName = new Map(volumes.map((v) => [v.name.value, v]));
  return {
    file,
    files: [file],
    services: serviceEntries(child(root, "services"), problems).flatMap((e) => buildService(e, volumesByName, problems, bare) ?? []),
    networks: entries(child(root, "networks")).map(buildNetwork),
    volumes,
  };
}

