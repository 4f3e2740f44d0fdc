/**
 * `ports:` entries, short and long syntax, into PortBinding, read the way Docker Compose reads them.
 *
 * compose-go hands a short-syntax string to go-connections `nat.ParsePortSpec`
 * (`[HOST_IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]`); the rules below follow its
 * v0.4.0 source, which is lenient in ways an attacker can use (`5432:5432/` is tcp, `53/udp/tcp`
 * is udp, `80-90-100` is 80-90). Where a later version accepts what v0.4.0 refused (a bare IPv6
 * host address, `::1:8080:80`), the entry is read as that version does, so the rules judge it.
 * An entry no version can read is returned as a PortProblem whose message says Docker rejects it.
 */
import { isIP } from "../builtins.js";
import type { PortBinding, PortRange, Protocol, Span } from "../model/types.js";
import type { TEntry, TNode, TScalar } from "./tree.js";
import { child } from "./tree.js";
import { located } from "./origin.js";
import type { Origin } from "./origin.js";
import { formatPortRange } from "../model/queries.js";

export interface PortProblem {
  span: Span;
  message: string;
}

const PROTOCOLS: readonly string[] = ["tcp", "udp", "sctp"];

/** strconv.ParseUint(text, 10, 16): ASCII digits only (leading zeros allowed, no sign, no space). */
function parsePortNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^[0-9]+$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 65535 ? value : undefined;
}

/**
 * nat.ParsePortRange (v0.4.0): `START` or `START-END`; a part after a second `-` is ignored
 * (`80-90-100` is 80-90), as that version only looks at the first two.
 */
export function parsePortRange(text: string): PortRange | undefined {
  if (text === "") return undefined;
  const parts = text.split("-");
  const start = parsePortNumber(parts[0]);
  if (start === undefined) return undefined;
  if (parts.length === 1) return { start, end: start };
  const end = parsePortNumber(parts[1]);
  if (end === undefined || end < start) return undefined;
  return { start, end };
}

/** Dotted decimal IPv4 as Go's net.ParseIP and Node.js's net.isIP read it: four numbers up to 255, none with a leading zero. */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * An address Go's net.ParseIP accepts: dotted IPv4 without leading zeros, or IPv6 without a zone.
 * IPv4 is matched here: node:net, which answers for IPv6, loads the stream modules with it.
 */
export function isGoIpAddress(text: string): boolean {
  if (!text.includes(":")) return IPV4.test(text);
  return isIP(text) === 6 && !text.includes("%");
}

/**
 * The host address part as net.SplitHostPort(part + ":") leaves it: brackets stripped when the
 * whole part is `[...]`, nothing else may hold a bracket. Undefined when it is not an address.
 */
function hostAddress(part: string): string | undefined {
  let address = part;
  if (part.startsWith("[")) {
    if (!part.endsWith("]") || part.indexOf("]") !== part.length - 1 || part.indexOf("[", 1) >= 0) return undefined;
    address = part.slice(1, -1);
  } else if (/[[\]]/.test(part)) return undefined;
  if (address === "") return "";
  return isGoIpAddress(address) ? address : undefined;
}

/** nat.SplitProtoPort (v0.4.0): `PORT[/PROTO[/ignored...]]`; an empty protocol is tcp. */
function splitProtocol(text: string): { port: string; protocol: string } {
  const parts = text.split("/");
  if (parts[0] === "") return { port: "", protocol: "" };
  return { port: parts[0]!, protocol: parts[1] ? parts[1] : "tcp" };
}

/** nat.splitParts: the last part is the container port, the one before it the host port, the rest the address. */
function splitParts(text: string): { ip?: string; host?: string; container: string } {
  const parts = text.split(":");
  const n = parts.length;
  if (n === 1) return { container: parts[0]! };
  if (n === 2) return { host: parts[0]!, container: parts[1]! };
  return { ip: parts.slice(0, n - 2).join(":"), host: parts[n - 2]!, container: parts[n - 1]! };
}


/** The entry as written in the file (before interpolation), for messages: never an evaluated value. */
export function writtenText(node: TScalar): string {
  return node.data === null ? "null" : String(node.data);
}

/**
 * `("TEXT")` for a message, the text as written; when `${...}` interpolation changed it, the
 * verdict depends on the variables set where compose-lint runs, and the message says so.
 */
export function writtenQuoted(node: TScalar): string {
  return `("${writtenText(node)}"${node.raw !== undefined ? ", as interpolated here" : ""})`;
}

function rejected(node: TScalar, why: string): PortProblem {
  return { span: node.span, message: `Docker Compose rejects this port ${writtenQuoted(node)}: ${why}.` };
}

/** Why nat.ParsePortSpec refuses `text`, or the binding it reads from it. */
function readShortSyntax(text: string): { why: string } | { ip?: string; hostText?: string; host?: PortRange; container: PortRange; protocol: Protocol } {
  const parts = splitParts(text);
  const { port: containerText, protocol: protocolText } = splitProtocol(parts.container);
  let ip: string | undefined;
  if (parts.ip !== undefined) {
    ip = hostAddress(parts.ip);
    if (ip === undefined) return { why: "the host address is not an IP address" };
  }
  if (containerText === "") return { why: "no container port is given" };
  const container = parsePortRange(containerText);
  if (!container) return { why: "the container port is not a port number (0-65535) or a range of them" };
  let host: PortRange | undefined;
  if (parts.host !== undefined && parts.host !== "") {
    host = parsePortRange(parts.host);
    if (!host) return { why: "the host port is not a port number (0-65535) or a range of them" };
    // A host range with a single container port is the range Docker picks one host port from.
    if (host.end - host.start !== container.end - container.start && container.end !== container.start) {
      return { why: "the host and container port ranges differ in length" };
    }
  }
  const protocol = protocolText.toLowerCase();
  if (!PROTOCOLS.includes(protocol)) return { why: "the protocol is not tcp, udp or sctp" };
  return { ip, hostText: parts.host, host, container, protocol: protocol as Protocol };
}

export function parsePort(node: TNode): PortBinding | PortProblem {
  if (node.kind === "map") return parseLongPort(node);
  if (node.kind !== "scalar" || typeof node.value === "boolean" || node.value === null) {
    return { span: node.span, message: "Docker Compose rejects this port: a port entry is a string, a number or a mapping." };
  }
  const span = node.span;
  // compose-go transformPorts: an integer item is a `target` alone, like "3000": Docker publishes it
  // on a random host port of every interface.
  if (typeof node.value === "number") {
    const port = node.value;
    if (!Number.isInteger(port) || port < 0 || port > 65535) return rejected(node, "a port number is a whole number from 0 to 65535");
    return { span, syntax: "short", containerPorts: located({ start: port, end: port }, span), protocol: "tcp", text: String(port) };
  }
  const text = node.value;
  const read = readShortSyntax(text);
  if ("why" in read) return rejected(node, read.why);
  const binding: PortBinding = { span, syntax: "short", containerPorts: located(read.container, span), protocol: read.protocol, text };
  if (node.raw !== undefined) {
    binding.raw = node.raw;
    if (node.external) binding.external = true;
    const emptied = emptiedSlot(node.raw, read.ip, read.hostText);
    if (emptied) binding.emptiedByInterpolation = emptied;
  }
  if (read.ip !== undefined) binding.hostIp = located(read.ip, span, hostIpOrigin(node));
  if (read.host) binding.hostPorts = located(read.host, span);
  return binding;
}

/**
 * The source text of a short entry's host address (`${DB_BIND}` of `${DB_BIND}:5432:5432`), so a
 * message can quote just that; the whole entry's when the source does not split like the value.
 */
function hostIpOrigin(node: TScalar): Origin {
  if (node.raw === undefined) return node;
  const rawParts = node.raw.trim().split("/")[0]!.split(":");
  const valueParts = String(node.value).trim().split("/")[0]!.split(":");
  if (rawParts.length !== valueParts.length || rawParts.length < 3) return node;
  return { raw: rawParts.slice(0, -2).join(":"), ...(node.external ? { external: true as const } : {}) };
}

function scalarText(node: TNode | undefined): string | undefined {
  if (!node || node.kind !== "scalar" || node.value === null) return undefined;
  return String(node.value);
}

/** The first of `keys` whose value is a list or a mapping where Compose takes a single value. */
export function nonScalarField(node: TNode & { kind: "map" }, keys: readonly string[]): { key: string; node: TNode } | undefined {
  for (const key of keys) {
    const value = child(node, key);
    if (value && value.kind !== "scalar") return { key, node: value };
  }
  return undefined;
}

function parseLongPort(node: TNode & { kind: "map" }): PortBinding | PortProblem {
  const wrong = nonScalarField(node, ["target", "published", "host_ip", "protocol", "mode"]);
  if (wrong) return { span: wrong.node.span, message: `Docker Compose rejects this port: \`${wrong.key}\` is a single value, not ${wrong.node.kind === "seq" ? "a list" : "a mapping"}.` };
  const targetNode = child(node, "target");
  const targetText = scalarText(targetNode);
  // compose-go casts `target` with strconv.Atoi and stores it as uint32: a single port, `+` allowed.
  const target = targetText === undefined ? undefined : parsePortNumber(targetText.replace(/^\+/, ""));
  if (!targetNode || target === undefined) {
    return { span: targetNode?.span ?? node.span, message: "Docker Compose rejects this port: a long-syntax port needs a `target` port number (0-65535)." };
  }
  const protocolNode = child(node, "protocol");
  const protocolText = (scalarText(protocolNode) ?? "tcp").toLowerCase();
  if (!PROTOCOLS.includes(protocolText)) {
    return { span: protocolNode!.span, message: "Docker Compose rejects this port: the protocol is not tcp, udp or sctp." };
  }
  const binding: PortBinding = {
    span: node.span,
    syntax: "long",
    containerPorts: located({ start: target, end: target }, targetNode.span),
    protocol: protocolText as Protocol,
    text: "",
  };
  const publishedNode = child(node, "published");
  const publishedText = scalarText(publishedNode);
  if (publishedNode?.kind === "scalar" && publishedText !== undefined && publishedText !== "") {
    const hostPorts = parsePortRange(publishedText);
    if (!hostPorts) {
      return { span: publishedNode.span, message: `Docker Compose rejects this port: published ${writtenQuoted(publishedNode)} is not a port number (0-65535) or a range of them.` };
    }
    binding.hostPorts = located(hostPorts, publishedNode.span, publishedNode);
  }
  const hostIpNode = child(node, "host_ip");
  if (hostIpNode?.kind === "scalar") {
    const address = scalarText(hostIpNode) ?? "";
    if (address !== "" && !isGoIpAddress(address)) {
      return { span: hostIpNode.span, message: `Docker Compose rejects this port: host_ip ${writtenQuoted(hostIpNode)} is not an IP address.` };
    }
    binding.hostIp = located(address, hostIpNode.span, hostIpNode);
  }
  const mode = scalarText(child(node, "mode"));
  if (mode === "host" || mode === "ingress") binding.mode = mode;
  const raws = [hostIpNode, publishedNode].flatMap((n) => (n?.kind === "scalar" && n.raw !== undefined ? [n.raw] : []));
  if (raws.length > 0) binding.raw = raws.join(" ");
  if ([hostIpNode, publishedNode].some((n) => n?.kind === "scalar" && n.external)) binding.external = true;
  const publishing = node.entries.filter((e) => e.key === "published" || e.key === "host_ip");
  if (publishing.length > 0) binding.publishSpan = spanOfEntries(publishing);
  binding.text = renderPort(binding);
  return binding;
}

/** Short-syntax rendering of a binding, for messages: `127.0.0.1:8080:80/udp`. */
export function renderPort(binding: Pick<PortBinding, "hostIp" | "hostPorts" | "containerPorts" | "protocol">): string {
  const range = formatPortRange;
  const ip = binding.hostIp?.value;
  const host = binding.hostPorts ? range(binding.hostPorts.value) : "";
  const container = range(binding.containerPorts.value);
  const protocol = binding.protocol === "tcp" ? "" : `/${binding.protocol}`;
  if (ip) return `${ip.includes(":") ? `[${ip}]` : ip}:${host}:${container}${protocol}`;
  return `${host ? `${host}:` : ""}${container}${protocol}`;
}

/** From the first entry's key to the last entry's value. */
function spanOfEntries(list: readonly TEntry[]): Span {
  const first = list[0]!.span;
  const last = list.at(-1)!.span;
  return { ...first, endLine: last.endLine, endColumn: last.endColumn };
}

/**
 * The slot of a short-syntax port that `${...}` left empty: `${HTTP_PORT}:8000` with HTTP_PORT
 * unset is `:8000` (a random host port), `${BIND}:8080:80` is `:8080:80` (no host address).
 */
function emptiedSlot(raw: string, hostIp: string | undefined, hostPortText: string | undefined): "host address" | "host port" | undefined {
  const rawSlots = raw.trim().split("/")[0]!.replace(/\$\{[^}]*\}/g, "${}").split(":");
  const hasVariable = (slot: string | undefined) => slot !== undefined && slot.includes("$");
  if (rawSlots.length >= 3 && hostIp === "" && hasVariable(rawSlots[0])) return "host address";
  const hostPortSlot = rawSlots.at(-2);
  if (rawSlots.length >= 2 && hostPortText === "" && hasVariable(hostPortSlot)) return "host port";
  return undefined;
}
