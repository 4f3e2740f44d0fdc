/**
 * The exposure map: a Mermaid flowchart from the outside world through each published host port
 * to its service, and from each service to the networks it joins. Exposed datastores, Docker
 * socket mounts and privileged services are marked. GitHub renders Mermaid in Markdown.
 */
import { datastorePort } from "../model/datastores.js";
import { attachedNetworks, formatPortRange, portReach } from "../model/queries.js";
import { socketKind } from "../model/sockets.js";
import type { PortReach } from "../model/queries.js";
import type { ComposeProject, Service } from "../model/types.js";
import { escapeLine } from "./escape.js";
import { shown } from "../model/quote.js";

/** GitHub's Mermaid refuses diagrams over 50,000 characters or 500 edges: stay well inside both. */
export const MAP_LIMITS = { chars: 40_000, edges: 400 } as const;

export interface MappedFile {
  path: string;
  project: ComposeProject;
}

export interface ExposureMap {
  /** The flowchart source, without the code fence; empty when there is no service to draw. */
  mermaid: string;
  /** Services that expose something: published ports, an engine socket mount, the host network. */
  services: number;
  shownServices: number;
  /** Services left out because they expose nothing. */
  unexposed: number;
}

/**
 * Text for a Mermaid label in double quotes: anything but plain ASCII words and punctuation becomes
 * an entity code (`#60;`), so quotes, brackets, backticks, HTML and Markdown in names stay text.
 */
export function mermaidLabel(text: string): string {
  return escapeLine(text).replace(/[^A-Za-z0-9 _.,:/@+=()-]/gu, (ch) => `#${ch.codePointAt(0)};`);
}

function mountsEngineSocket(service: Service): boolean {
  return service.mounts.some((m) => socketKind(m) !== undefined);
}

/** The datastore a service runs, when one of its ports reaches beyond loopback. */
function exposedDatastore(service: Service, reaches: readonly PortReach[]): string | undefined {
  const open = reaches.filter((r) => r.reach !== "loopback");
  if (open.length === 0) return undefined;
  return open.map((r) => datastorePort(service, r.port)?.product).find(Boolean);
}

function portLabel({ port, reach, byNetworkDefault }: PortReach): string {
  // An address or port taken from the environment is not printed: the entry as written is.
  if (port.external) return `${port.raw} → ${formatPortRange(port.containerPorts.value)}/${port.protocol}`;
  const ip = port.hostIp?.value ?? "";
  const address = reach === "unbound" ? "0.0.0.0" : byNetworkDefault ? "127.0.0.1" : ip.includes(":") && !ip.startsWith("[") ? `[${ip}]` : ip;
  const note = reach === "unbound" ? " (no host IP)" : byNetworkDefault ? " (network default)" : "";
  const host = port.hostPorts ? formatPortRange(port.hostPorts.value) : "random";
  return `${address}:${host} → ${formatPortRange(port.containerPorts.value)}/${port.protocol}${note}`;
}

/** One service with its ports and networks: the unit the map keeps or leaves out. */
interface Unit {
  file: number;
  id: string;
  /** 0: marked dangerous, 1: reachable from outside, 2: neither. The map keeps lower first. */
  priority: 0 | 1 | 2;
  /** Publishes a port, mounts an engine socket or uses the host network: worth drawing. */
  exposes: boolean;
  nodes: string[];
  edges: string[];
  edgeCount: number;
  networks: { id: string; line: string }[];
}

function serviceUnit(file: number, id: string, service: Service, project: ComposeProject, networkId: (name: string) => string): Unit {
  const reaches = portReach(service, project);
  const marks: string[] = [];
  const datastore = exposedDatastore(service, reaches);
  if (datastore) marks.push(`⚠ exposed database: ${datastore}`);
  if (mountsEngineSocket(service)) marks.push("⚠ mounts the Docker socket");
  if (service.privileged?.value === true) marks.push("⚠ privileged");
  const hostNetwork = service.networkMode?.value === "host";
  if (hostNetwork) marks.push("network_mode: host");
  const image = service.image ? [`image: ${shown(service.image.value.text, service.image)}`] : [];
  const label = [service.name.value, ...image, ...marks].map(mermaidLabel).join("<br/>");
  const nodes = [`    ${id}["${label}"]`];
  const edges: string[] = [];
  reaches.forEach((r, i) => {
    const portId = `${id}p${i}`;
    nodes.push(`    ${portId}[/"${mermaidLabel(portLabel(r))}"/]`);
    const from = r.reach === "loopback" ? "loopback" : "internet";
    edges.push(`  ${from} ${r.reach === "address" ? "-.->" : "-->"} ${portId} --> ${id}`);
  });
  if (hostNetwork) edges.push(`  internet -.->|"${mermaidLabel("host network: every listening port")}"| ${id}`);
  const networks = attachedNetworks(service, project).map(({ name, network }) => {
    const netId = networkId(name);
    const notes = [network?.internal?.value ? "internal" : "", network?.external ? "external" : "", network?.driver ? `driver: ${shown(network.driver.value, network.driver)}` : ""];
    const written = service.networks.find((n) => n.name.value === name)?.name;
    const text = [`network: ${written ? shown(name, written) : name}`, ...notes.filter(Boolean)].map(mermaidLabel).join("<br/>");
    edges.push(`  ${id} -.-> ${netId}`);
    return { id: netId, line: `    ${netId}{{"${text}"}}` };
  });
  const priority = marks.some((m) => m.startsWith("⚠")) ? 0 : hostNetwork || reaches.some((r) => r.reach !== "loopback") ? 1 : 2;
  const exposes = reaches.length > 0 || hostNetwork || mountsEngineSocket(service);
  return { file, id, priority, exposes, nodes, edges, edgeCount: reaches.length * 2 + (hostNetwork ? 1 : 0) + networks.length, networks };
}

const CLASS_DEFS = [
  "  classDef danger fill:#ffe0e0,stroke:#c62828,stroke-width:2px,color:#000",
  "  classDef exposed fill:#fff4d6,stroke:#b7791f,color:#000",
  "  classDef outside fill:#e8eefc,stroke:#3451b2,color:#000",
];

export function exposureMap(files: readonly MappedFile[], limits: { chars: number; edges: number } = MAP_LIMITS): ExposureMap {
  const all = files.flatMap((file, f) => {
    const networkIds = new Map<string, string>();
    const networkId = (name: string) => networkIds.get(name) ?? networkIds.set(name, `f${f}n${networkIds.size}`).get(name)!;
    return file.project.services.map((service, s) => serviceUnit(f, `f${f}s${s}`, service, file.project, networkId));
  });
  // A service that publishes nothing, mounts no socket and keeps its own network adds only size.
  const units = all.filter((unit) => unit.exposes);
  const unexposed = all.length - units.length;
  if (units.length === 0) return { mermaid: "", services: 0, shownServices: 0, unexposed };

  // When the whole map is too big for GitHub to draw, keep the most exposed services.
  const fixed = 400 + files.reduce((n, file) => n + mermaidLabel(file.path).length + 30, 0);
  let chars = fixed;
  let edges = 0;
  const kept = new Set<Unit>();
  const drawnNetworks = new Set<string>();
  for (const unit of [...units].sort((a, b) => a.priority - b.priority)) {
    const newNetworks = unit.networks.filter((n) => !drawnNetworks.has(n.id));
    const size = [...unit.nodes, ...unit.edges, ...newNetworks.map((n) => n.line)].join("\n").length + unit.id.length + 2;
    if (chars + size > limits.chars || edges + unit.edgeCount > limits.edges) continue;
    chars += size;
    edges += unit.edgeCount;
    kept.add(unit);
    for (const n of newNetworks) drawnNetworks.add(n.id);
  }

  const shown = units.filter((u) => kept.has(u));
  const edgeLines = shown.flatMap((u) => u.edges);
  const sources = ["internet", "loopback"].filter((id) => edgeLines.some((e) => e.startsWith(`  ${id} `)));
  const lines = ["flowchart LR"];
  if (sources.includes("internet")) lines.push(`  internet(("${mermaidLabel("Internet / any host interface")}"))`);
  if (sources.includes("loopback")) lines.push(`  loopback(("${mermaidLabel("This host only (loopback)")}"))`);
  files.forEach((file, f) => {
    const inFile = shown.filter((u) => u.file === f);
    if (inFile.length === 0) return;
    lines.push(`  subgraph f${f}["${mermaidLabel(file.path)}"]`);
    lines.push(...inFile.flatMap((u) => u.nodes));
    lines.push(...new Map(inFile.flatMap((u) => u.networks.map((n) => [n.id, n.line] as const))).values());
    lines.push("  end");
  });
  lines.push(...edgeLines, ...CLASS_DEFS);
  if (sources.length > 0) lines.push(`  class ${sources.join(",")} outside`);
  for (const [priority, name] of [[0, "danger"], [1, "exposed"]] as const) {
    const ids = shown.filter((u) => u.priority === priority).map((u) => u.id);
    if (ids.length > 0) lines.push(`  class ${ids.join(",")} ${name}`);
  }
  return { mermaid: lines.join("\n"), services: units.length, shownServices: kept.size, unexposed };
}
