import { defineRule } from "../src/engine/rule.js";
import { describePort, loopbackSuggestion, portReach } from "../src/model/queries.js";

export default defineRule({
  meta: {
    id: "no-unbound-port",
    description: "A published port has no host IP, so Docker listens on every interface and bypasses the host firewall.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure"],
    help:
      "Without a host address Docker publishes the port on 0.0.0.0 and ::, and its own iptables DNAT rules send the traffic to the container before UFW or firewalld see it. Bind the port to 127.0.0.1 (\"127.0.0.1:8080:80\") and put a reverse proxy in front, or drop `ports:` and let services talk over a compose network.",
    securitySeverity: 6.5,
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const { port, reach } of portReach(service, project)) {
        if (reach !== "unbound") continue;
        const what = port.hostPorts
          ? `publishes port ${describePort(port)}`
          : `publishes container port ${describePort(port)} on a random host port`;
        const evaluated = port.raw !== undefined ? " (as interpolated, it leaves the host address empty)" : "";
        report({
          at: port,
          service: service.name.value,
          message: (who) =>
            `${who} ${what} on all interfaces${evaluated}; Docker's iptables rules bypass UFW/firewalld. ` +
            `Bind it to loopback ("${loopbackSuggestion(port)}"), remove it and use a network for service-to-service traffic, or write 0.0.0.0 explicitly if it is meant to be public.`,
        });
      }
    }
  },
});
