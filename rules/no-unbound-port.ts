import { defineRule } from "../src/engine/rule.js";
import { loopbackPortFix } from "../src/fix/edits.js";
import { datastorePort } from "../src/model/datastores.js";
import { daemonOf, publishedApi } from "../src/model/engine-api.js";
import type { Daemon } from "../src/model/engine-api.js";
import { describePort, loopbackSuggestion, portReach, portSpan } from "../src/model/queries.js";
import type { PortBinding } from "../src/model/types.js";

/** The explicit public bindings, IPv4 and IPv6 (an unbound port listens on both). */
function publicSuggestion(port: PortBinding): string {
  const loopback = loopbackSuggestion(port);
  return `"${loopback.replace(/^127\.0\.0\.1:/, "0.0.0.0:")}" and "${loopback.replace(/^127\.0\.0\.1:/, "[::]:")}"`;
}

export default defineRule({
  meta: {
    id: "no-unbound-port",
    description: "A published port has no host IP, so Docker listens on every interface and bypasses the host firewall.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure"],
    help:
      "Without a host address Docker publishes the port on 0.0.0.0 and ::, and its own iptables DNAT rules send the traffic to the container before UFW or firewalld see it. Bind the port to 127.0.0.1 (\"127.0.0.1:8080:80\") and put a reverse proxy in front, or drop `ports:` and let services talk over a compose network. A datastore's port is left to no-published-database-port, and the Docker Engine API's (2375, 2376) to no-exposed-docker-api, so one port gives one finding.",
    fixable: "safe",
    securitySeverity: 6.5,
    options: {
      type: "object",
      properties: {
        allowPorts: {
          type: "array",
          items: { type: "integer", minimum: 1, maximum: 65535 },
          uniqueItems: true,
          description: "Host ports that may be published on all interfaces (a public reverse proxy's 80 and 443).",
        },
      },
      additionalProperties: false,
    },
  },
  check({ project, report, options }) {
    const allowed = new Set((options.allowPorts as number[] | undefined) ?? []);
    const isAllowed = (range: { start: number; end: number }) => range.end - range.start < 1024 && Array.from({ length: range.end - range.start + 1 }, (_, i) => range.start + i).every((p) => allowed.has(p));
    for (const service of project.services) {
      let daemon: { of: Daemon | undefined } | undefined;
      for (const { port, reach } of portReach(service, project)) {
        if (reach !== "unbound") continue;
        // no-published-database-port and no-exposed-docker-api report these ports, more precisely.
        if (datastorePort(service, port)) continue;
        if (publishedApi(port, (daemon ??= { of: daemonOf(service) }).of).length > 0) continue;
        if (port.hostPorts && allowed.size > 0 && isAllowed(port.hostPorts.value)) continue;
        const what = port.hostPorts
          ? `publishes port ${describePort(port)}`
          : `publishes container port ${describePort(port)} on a random host port`;
        const evaluated = port.raw !== undefined ? ` (\`${port.raw}\` leaves the ${port.emptiedByInterpolation ?? "host address"} empty)` : "";
        report({
          at: portSpan(port),
          fix: () => loopbackPortFix(port, project),
          service: service.name.value,
          message: (who) =>
            `${who} ${what} on all interfaces, IPv4 and IPv6${evaluated}; Docker's iptables rules bypass UFW/firewalld. ` +
            `Bind it to loopback ("${loopbackSuggestion(port)}"), remove it and use a network for service-to-service traffic, or, if it is meant to be public, write both addresses explicitly (${publicSuggestion(port)}).`,
        });
      }
    }
  },
});
