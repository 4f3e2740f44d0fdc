/**
 * Facts derived from the model that several rules share: how far a published port reaches,
 * which networks a service is on.
 */
import type { ComposeProject, Network, PortBinding, PortRange, Service, Span } from "./types.js";
import { quoted } from "./quote.js";

/** Whether `inner` lies wholly within `outer`, in the same file. */
export function spanContains(outer: Span, inner: Span): boolean {
  if (outer.file !== inner.file) return false;
  const startsAfter = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const endsBefore = inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return startsAfter && endsBefore;
}

/** `127.0.0.0/8`, `::1` and their bracketed / IPv4-mapped spellings. */
export function isLoopbackAddress(ip: string): boolean {
  const address = ip.trim().replace(/^\[|\]$/g, "").toLowerCase();
  if (address === "localhost" || address === "::1" || /^0*:(0*:)*0*1$/.test(address)) return true;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export function isWildcardAddress(ip: string): boolean {
  const address = ip.trim().replace(/^\[|\]$/g, "");
  return address === "0.0.0.0" || /^[0:]*::?[0:]*$/.test(address);
}

/**
 * How far a published port reaches:
 * - `loopback`: bound to a loopback address, explicitly or by the network's default host binding;
 * - `unbound`: no host address, so Docker listens on every interface;
 * - `wildcard`: bound to 0.0.0.0 or :: on purpose;
 * - `address`: bound to one specific non-loopback address.
 */
export type Reach = "loopback" | "unbound" | "wildcard" | "address";

export interface PortReach {
  port: PortBinding;
  reach: Reach;
  /** Set when an unbound port is kept on loopback by the networks' `host_binding_ipv4`. */
  byNetworkDefault?: boolean;
}

/**
 * The networks a service is attached to: its `networks:`, or `default`. With `network_mode` it
 * joins none of the file's networks; a mode that names a network (`bridge`, an existing network)
 * is that network, which the file does not describe.
 */
export function attachedNetworks(service: Service, project: ComposeProject): { name: string; network?: Network }[] {
  const mode = service.networkMode?.value.trim();
  if (mode !== undefined && mode !== "") return publishesPorts(service) ? [{ name: mode }] : [];
  const names = service.networks.length > 0 ? service.networks.map((n) => n.name.value) : ["default"];
  return names.map((name) => {
    const network = project.networks.find((n) => n.name.value === name);
    return network ? { name, network } : { name };
  });
}

/** Whether a network binds published ports to loopback by default. */
function bindsToLoopback(network: Network | undefined): boolean {
  const binding = network?.driverOpts.get("com.docker.network.bridge.host_binding_ipv4")?.value;
  return binding !== undefined && isLoopbackAddress(binding);
}

/** Per project: whether any of its networks binds to loopback by default (most have none, and portReach asks for every service). */
const someBindsToLoopback = new WeakMap<ComposeProject, boolean>();

/** True when every network the service joins binds published ports to loopback by default. */
function networksDefaultToLoopback(service: Service, project: ComposeProject): boolean {
  let some = someBindsToLoopback.get(project);
  if (some === undefined) someBindsToLoopback.set(project, (some = project.networks.some(bindsToLoopback)));
  if (!some) return false;
  const attached = attachedNetworks(service, project);
  return attached.length > 0 && attached.every(({ network }) => bindsToLoopback(network));
}

/**
 * True when `ports:` publish anything. Docker discards them with `network_mode: host` (the service
 * listens on the host directly) and has no endpoint to publish on with `none`; it refuses them with
 * `container:x` (Compose's `service:x` becomes that). Any other mode (`bridge`, a network's name)
 * is a network, and the ports are published on it.
 */
export function publishesPorts(service: Service): boolean {
  const mode = service.networkMode?.value.trim() ?? "";
  return !(mode === "host" || mode === "none" || mode.startsWith("service:") || mode.startsWith("container:"));
}

/** Where a finding about a published port points: the `published:`/`host_ip:` entries of a long-syntax port, else the item. */
export function portSpan(port: PortBinding): Span {
  return port.publishSpan ?? port.span;
}

export function portReach(service: Service, project: ComposeProject): PortReach[] {
  if (!publishesPorts(service)) return [];
  const defaultLoopback = service.ports.some((p) => !p.hostIp?.value) && networksDefaultToLoopback(service, project);
  return service.ports.map((port): PortReach => {
    const ip = port.hostIp?.value ?? "";
    if (ip === "") return defaultLoopback ? { port, reach: "loopback", byNetworkDefault: true } : { port, reach: "unbound" };
    if (isLoopbackAddress(ip)) return { port, reach: "loopback" };
    if (isWildcardAddress(ip)) return { port, reach: "wildcard" };
    return { port, reach: "address" };
  });
}

export function formatPortRange(r: PortRange): string {
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}

/** `8080:80`, `3000` (random host port), `5000-5002:5000-5002/udp`, for messages. */
export function describePort(port: PortBinding): string {
  // An interpolated entry is quoted as written (and, when the file's own default made it, as evaluated).
  if (port.raw !== undefined) return quoted(port.text, port);
  const range = formatPortRange;
  const protocol = port.protocol === "tcp" ? "" : `/${port.protocol}`;
  const container = range(port.containerPorts.value);
  return port.hostPorts ? `${range(port.hostPorts.value)}:${container}${protocol}` : `${container}${protocol}`;
}

/** A host address to suggest in place of the current one, in the short syntax. */
export function loopbackSuggestion(port: PortBinding): string {
  const range = formatPortRange;
  const container = range(port.containerPorts.value);
  const host = port.hostPorts ? range(port.hostPorts.value) : container;
  const protocol = port.protocol === "tcp" ? "" : `/${port.protocol}`;
  if (port.external) return `127.0.0.1:HOST_PORT:${container}${protocol}`;
  return `127.0.0.1:${host}:${container}${protocol}`;
}

/** Why a file looks like a swarm stack (for `docker stack deploy`), with where it says so. */
export interface SwarmEvidence {
  span: Span;
  what: string;
}

/** `deploy:` keys that only swarm mode reads; `replicas`, `resources` and `restart_policy` Compose reads too. */
const SWARM_ONLY_DEPLOY = new Set(["placement", "update_config", "rollback_config", "endpoint_mode"]);

/**
 * The first sign that a file is deployed with `docker stack deploy`: a swarm-only `deploy:` key,
 * `deploy.mode: global`, an overlay network, or a `docker-stack*.yml` file name. Undefined when
 * nothing says so: plain `docker compose` is then assumed.
 */
export function swarmEvidence(project: ComposeProject): SwarmEvidence | undefined {
  for (const service of project.services) {
    for (const { key, value } of service.deploy) {
      if (SWARM_ONLY_DEPLOY.has(key.value)) return { span: key.span, what: `\`deploy.${key.value}\` of service "${service.name.value}"` };
      if (key.value === "mode" && value?.value === "global") return { span: value.span, what: `\`deploy.mode: global\` of service "${service.name.value}"` };
    }
  }
  const overlay = project.networks.find((n) => n.driver?.value === "overlay");
  if (overlay?.driver) return { span: overlay.driver.span, what: `the overlay network "${overlay.name.value}"` };
  const name = project.file.path.split("/").pop() ?? "";
  if (/^docker-stack([._-].*)?\.ya?ml$/.test(name)) {
    return { span: { file: project.file.path, line: 1, column: 1, endLine: 1, endColumn: 1 }, what: `the file name ${name}` };
  }
  return undefined;
}
