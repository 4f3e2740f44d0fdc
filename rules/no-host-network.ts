import { defineRule } from "../src/engine/rule.js";
import type { Service } from "../src/model/types.js";

/**
 * The service whose network stack `service` ends up in when it follows `network_mode: service:<name>`
 * links, or undefined when the chain does not end in `network_mode: host`.
 */
function hostNetworkVia(service: Service, services: () => ReadonlyMap<string, Service>): Service | undefined {
  const seen = new Set<string>();
  let current: Service | undefined = service;
  while (current?.networkMode && !seen.has(current.name.value)) {
    const mode = current.networkMode.value.trim();
    if (mode === "host") return current;
    seen.add(current.name.value);
    current = mode.startsWith("service:") ? services().get(mode.slice("service:".length)) : undefined;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: "no-host-network",
    description: "A service uses the host's network stack (`network_mode: host`), so every port it listens on is open on every host interface.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure", "host"],
    help:
      "With `network_mode: host` the container has no network namespace of its own: every port its processes listen on is open on every interface of the host, `ports:` and `host_ip` no longer apply, and it can reach services the host binds to 127.0.0.1 (databases, admin consoles, the Docker API on tcp://127.0.0.1:2375). Use a compose network and publish only the ports you need, bound to an address (\"127.0.0.1:8080:80\").",
    securitySeverity: 6.0,
  },
  check({ project, report }) {
    // Made only when a service follows another's network (`service:<name>`): most files have none.
    let byName: ReadonlyMap<string, Service> | undefined;
    const services = () => (byName ??= new Map(project.services.map((s) => [s.name.value, s])));
    for (const service of project.services) {
      const mode = service.networkMode;
      if (!mode) continue;
      const owner = hostNetworkVia(service, services);
      if (!owner) continue;
      const name = service.name.value;
      const from = mode.raw !== undefined ? `, from \`${mode.raw}\`` : "";
      const how =
        owner === service
          ? `uses the host's network stack (network_mode: host${from})`
          : `shares the network stack of service "${owner.name.value}", which uses the host's network (network_mode: host)`;
      const ignored = service.ports.length > 0 ? " (its `ports:` entries are ignored)" : "";
      report({
        at: mode,
        service: name,
        message: (who) =>
          `${who} ${how}: every port its processes listen on is open on every host interface, and \`ports:\`/\`host_ip\` no longer apply${ignored}; it can also reach services bound to the host's loopback. ` +
          `Put it on a compose network and publish only the ports it needs, bound to an address.`,
        related: service.ports.map((port) => ({ span: port.span, message: "ignored with network_mode: host" })),
      });
    }
  },
});
