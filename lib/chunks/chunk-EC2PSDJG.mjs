import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/model/quote.ts
function quoted(value, origin = {}) {
  if (origin.raw === void 0 || origin.raw === value) return `"${value}"`;
  if (origin.external) return `"${origin.raw}"`;
  return `"${origin.raw}" (${value})`;
}
function shown(value, origin = {}) {
  if (origin.raw === void 0 || origin.raw === value || !origin.external) return value;
  return `"${origin.raw}"`;
}

// src/model/queries.ts
function spanContains(outer, inner) {
  if (outer.file !== inner.file) return false;
  const startsAfter = inner.line > outer.line || inner.line === outer.line && inner.column >= outer.column;
  const endsBefore = inner.endLine < outer.endLine || inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn;
  return startsAfter && endsBefore;
}
function isLoopbackAddress(ip) {
  const address = ip.trim().replace(/^\[|\]$/g, "").toLowerCase();
  if (address === "localhost" || address === "::1" || /^0*:(0*:)*0*1$/.test(address)) return true;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
function isWildcardAddress(ip) {
  const address = ip.trim().replace(/^\[|\]$/g, "");
  return address === "0.0.0.0" || /^[0:]*::?[0:]*$/.test(address);
}
function attachedNetworks(service, project) {
  const mode = service.networkMode?.value.trim();
  if (mode !== void 0 && mode !== "") return publishesPorts(service) ? [{ name: mode }] : [];
  const names = service.networks.length > 0 ? service.networks.map((n) => n.name.value) : ["default"];
  return names.map((name) => {
    const network = project.networks.find((n) => n.name.value === name);
    return network ? { name, network } : { name };
  });
}
function bindsToLoopback(network) {
  const binding = network?.driverOpts.get("com.docker.network.bridge.host_binding_ipv4")?.value;
  return binding !== void 0 && isLoopbackAddress(binding);
}
var someBindsToLoopback = /* @__PURE__ */ new WeakMap();
function networksDefaultToLoopback(service, project) {
  let some = someBindsToLoopback.get(project);
  if (some === void 0) someBindsToLoopback.set(project, some = project.networks.some(bindsToLoopback));
  if (!some) return false;
  const attached = attachedNetworks(service, project);
  return attached.length > 0 && attached.every(({ network }) => bindsToLoopback(network));
}
function publishesPorts(service) {
  const mode = service.networkMode?.value.trim() ?? "";
  return !(mode === "host" || mode === "none" || mode.startsWith("service:") || mode.startsWith("container:"));
}
function portSpan(port) {
  return port.publishSpan ?? port.span;
}
function portReach(service, project) {
  if (!publishesPorts(service)) return [];
  const defaultLoopback = service.ports.some((p) => !p.hostIp?.value) && networksDefaultToLoopback(service, project);
  return service.ports.map((port) => {
    const ip = port.hostIp?.value ?? "";
    if (ip === "") return defaultLoopback ? { port, reach: "loopback", byNetworkDefault: true } : { port, reach: "unbound" };
    if (isLoopbackAddress(ip)) return { port, reach: "loopback" };
    if (isWildcardAddress(ip)) return { port, reach: "wildcard" };
    return { port, reach: "address" };
  });
}
function formatPortRange(r) {
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}
function describePort(port) {
  if (port.raw !== void 0) return quoted(port.text, port);
  const range = formatPortRange;
  const protocol = port.protocol === "tcp" ? "" : `/${port.protocol}`;
  const container = range(port.containerPorts.value);
  return port.hostPorts ? `${range(port.hostPorts.value)}:${container}${protocol}` : `${container}${protocol}`;
}
function loopbackSuggestion(port) {
  const range = formatPortRange;
  const container = range(port.containerPorts.value);
  const host = port.hostPorts ? range(port.hostPorts.value) : container;
  const protocol = port.protocol === "tcp" ? "" : `/${port.protocol}`;
  if (port.external) return `127.0.0.1:HOST_PORT:${container}${protocol}`;
  return `127.0.0.1:${host}:${container}${protocol}`;
}
var SWARM_ONLY_DEPLOY = /* @__PURE__ */ new Set(["placement", "update_config", "rollback_config", "endpoint_mode"]);
function swarmEvidence(project) {
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
  return void 0;
}

export {
  quoted,
  shown,
  spanContains,
  isLoopbackAddress,
  isWildcardAddress,
  attachedNetworks,
  portSpan,
  portReach,
  formatPortRange,
  describePort,
  loopbackSuggestion,
  swarmEvidence
};
