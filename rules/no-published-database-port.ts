import { defineRule } from "../src/engine/rule.js";
import { datastoreByImage, datastoreByPorts } from "../src/model/datastores.js";
import { describePort, loopbackSuggestion, portReach } from "../src/model/queries.js";
import type { Reach } from "../src/model/queries.js";
import { quoted, shown } from "../src/model/quote.js";

const WHERE: Record<Exclude<Reach, "loopback">, string> = {
  unbound: "on all interfaces (no host IP)",
  wildcard: "on all interfaces",
  address: "on a non-loopback address",
};

export default defineRule({
  meta: {
    id: "no-published-database-port",
    description: "A database or other datastore publishes its port on an address other than loopback.",
    level: "error",
    preset: "recommended",
    tags: ["security", "network", "exposure", "database"],
    help:
      "A published database port is reachable from every network the host is on, and Docker's iptables rules let the traffic past UFW and firewalld. Databases are the first thing scanners look for, and default or weak credentials turn that into a breach. Connect to it from other services over a compose network and drop `ports:`; if you need it from the host, bind it to 127.0.0.1.",
    securitySeverity: 8.5,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const byImage = service.image ? datastoreByImage(service.image.value) : undefined;
      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const { start, end } = port.containerPorts.value;
        let product = byImage;
        let reason = "";
        if (!product) {
          product = datastoreByPorts(port.containerPorts.value);
          if (!product) continue;
          const image = service.image ? `Image ${quoted(service.image.value.text, service.image)} is` : "Its image is";
          reason = ` ${image} not one compose-lint knows, but container port ${start === end ? start : `${start}-${end}`} is ${product}'s well-known port.`;
        }
        const address = port.hostIp?.value ? ` ${shown(port.hostIp.value, port.hostIp)}` : "";
        report({
          at: port,
          service: service.name.value,
          message: (who) =>
            `${who} publishes ${product} port ${describePort(port)}${address ? ` on${address}` : ` ${WHERE[reach]}`}; ` +
            `anyone who reaches the host can connect. Drop \`ports:\` and connect over a compose network, or bind it to loopback ("${loopbackSuggestion(port)}").${reason}`,
        });
      }
    }
  },
});
