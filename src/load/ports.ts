/**
 * `ports:` entries, short and long syntax, into PortBinding. Short syntax follows Docker's
 * `[HOST_IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]`, where an IPv6 host address
 * is written in brackets (`[::1]:8080:80`) or bare (`::1:8080:80`: all but the last two parts).
 */
import type { PortBinding, PortRange, Protocol, Span } from "../model/types.js";
import type { TNode } from "./tree.js";
import { child } from "./tree.js";
import { located } from "./origin.js";
import type { Origin } from "./origin.js";
import { formatPortRange } from "../model/queries.js";

export interface PortProblem {
  span: Span;
  message: string;
}

function parseRange(text: string): PortRange | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start > 65535 || end > 65535 || end < start) return undefined;
  return { start, end };
}

function parseProtocol(text: string | undefined): Protocol | undefined {
  const value = (text ?? "tcp").toLowerCase();
  return value === "tcp" || value === "udp" || value === "sctp" ? value : undefined;
}


function scalarText(node: TNode | undefined): string | undefined {
  if (!node || node.kind !== "scalar" || node.value === null) return undefined;
  return String(node.value);
}

export function parsePort(node: TNode): PortBinding | PortProblem {
  if (node.kind === "map") return parseLongPort(node);
  if (node.kind !== "scalar" || node.value === null) return { span: node.span, message: "a port entry must be a string, a number or a mapping" };
  const text = String(node.value).trim();
  const raw = node.raw;
  const span = node.span;
  const [spec, protocolText, ...extra] = text.split("/");
  const protocol = parseProtocol(protocolText);
  if (!spec || extra.length > 0 || !protocol) return { span, message: `cannot read port "${text}"` };

  let hostIp: string | undefined;
  let rest = spec;
  const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(spec);
  if (bracketed) {
    hostIp = bracketed[1]!;
    rest = bracketed[2]!;
  }
  const parts = rest.split(":");
  let hostPortText: string | undefined;
  let containerText: string;
  if (bracketed) {
    if (parts.length !== 2) return { span, message: `cannot read port "${text}"` };
    hostPortText = parts[0];
    containerText = parts[1]!;
  } else if (parts.length === 1) {
    containerText = parts[0]!;
  } else if (parts.length === 2) {
    hostPortText = parts[0];
    containerText = parts[1]!;
  } else {
    hostIp = parts.slice(0, -2).join(":");
    hostPortText = parts[parts.length - 2];
    containerText = parts[parts.length - 1]!;
  }
  const containerPorts = parseRange(containerText);
  if (!containerPorts) return { span, message: `cannot read the container port of "${text}"` };
  let hostPorts: PortRange | undefined;
  if (hostPortText !== undefined && hostPortText !== "") {
    hostPorts = parseRange(hostPortText);
    if (!hostPorts) return { span, message: `cannot read the host port of "${text}"` };
  }
  const binding: PortBinding = {
    span,
    syntax: "short",
    containerPorts: located(containerPorts, span),
    protocol,
    text,
  };
  if (raw !== undefined) binding.raw = raw;
  if (raw !== undefined && node.external) binding.external = true;
  if (hostIp !== undefined) binding.hostIp = located(hostIp, span, hostIpOrigin(node, bracketed !== null));
  if (hostPorts) binding.hostPorts = located(hostPorts, span);
  return binding;
}

/**
 * The source text of a short entry's host address (`${DB_BIND}` of `${DB_BIND}:5432:5432`), so a
 * message can quote just that; the whole entry's when the source does not split like the value.
 */
function hostIpOrigin(node: TNode & { kind: "scalar" }, bracketed: boolean): Origin {
  if (node.raw === undefined || bracketed) return node;
  const rawParts = node.raw.trim().split("/")[0]!.split(":");
  const valueParts = String(node.value).trim().split("/")[0]!.split(":");
  if (rawParts.length !== valueParts.length || rawParts.length < 3) return node;
  return { raw: rawParts.slice(0, -2).join(":"), ...(node.external ? { external: true as const } : {}) };
}

function parseLongPort(node: TNode & { kind: "map" }): PortBinding | PortProblem {
  const targetNode = child(node, "target");
  const targetText = scalarText(targetNode);
  const containerPorts = targetText === undefined ? undefined : parseRange(targetText);
  if (!targetNode || !containerPorts) return { span: targetNode?.span ?? node.span, message: "a long-syntax port needs a numeric `target`" };
  const protocol = parseProtocol(scalarText(child(node, "protocol")));
  if (!protocol) return { span: child(node, "protocol")!.span, message: "unknown port protocol" };
  const binding: PortBinding = {
    span: node.span,
    syntax: "long",
    containerPorts: located(containerPorts, targetNode.span),
    protocol,
    text: "",
  };
  const publishedNode = child(node, "published");
  const publishedText = scalarText(publishedNode);
  if (publishedNode && publishedText !== undefined && publishedText !== "") {
    const hostPorts = parseRange(publishedText);
    if (!hostPorts) return { span: publishedNode.span, message: `cannot read published port "${publishedText}"` };
    binding.hostPorts = located(hostPorts, publishedNode.span, publishedNode.kind === "scalar" ? publishedNode : {});
  }
  const hostIpNode = child(node, "host_ip");
  if (hostIpNode?.kind === "scalar") binding.hostIp = located(scalarText(hostIpNode) ?? "", hostIpNode.span, hostIpNode);
  const mode = scalarText(child(node, "mode"));
  if (mode === "host" || mode === "ingress") binding.mode = mode;
  const raws = [hostIpNode, publishedNode].flatMap((n) => (n?.kind === "scalar" && n.raw !== undefined ? [n.raw] : []));
  if (raws.length > 0) binding.raw = raws.join(" ");
  if ([hostIpNode, publishedNode].some((n) => n?.kind === "scalar" && n.external)) binding.external = true;
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
