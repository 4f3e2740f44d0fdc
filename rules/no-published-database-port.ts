import { defineRule } from "../src/engine/rule.js";
import { datastorePort } from "../src/model/datastores.js";
import type { DatastorePort } from "../src/model/datastores.js";
import { describePort, loopbackSuggestion, portReach, portSpan } from "../src/model/queries.js";
import type { Reach } from "../src/model/queries.js";
import type { Service } from "../src/model/types.js";

const WHERE: Record<Exclude<Reach, "loopback">, string> = {
  unbound: "on all interfaces (no host IP)",
  wildcard: "on all interfaces",
  address: "on a non-loopback address",
};

/** How the datastore was recognised, when its image alone did not say so. */
function recognition(service: Service, datastore: DatastorePort): string {
  switch (datastore.by) {
    case "image":
      return "";
    case "service name":
      return ` It has no image; its service name "${datastore.evidence}" says it is ${datastore.product}.`;
    case "build context":
      return ` It has no image; its build context "${datastore.evidence}" says it is ${datastore.product}.`;
    case "port": {
      const image = service.image ? `Image "${service.image.value.text}" is` : "Its image is";
      return ` ${image} not one compose-lint knows, but container port ${datastore.evidence} is ${datastore.product}'s well-known port.`;
    }
  }
}

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
      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const datastore = datastorePort(service, port);
        if (!datastore) continue;
        const what = datastore.own
          ? `${datastore.product} port ${describePort(port)}`
          : `port ${describePort(port)} of ${datastore.by === "image" ? `a ${datastore.product} image` : datastore.product}`;
        const address = port.hostIp?.value ? ` ${port.hostIp.value}` : "";
        report({
          at: portSpan(port),
          service: service.name.value,
          message: (who) =>
            `${who} publishes ${what}${address ? ` on${address}` : ` ${WHERE[reach]}`}; ` +
            `anyone who reaches the host can connect. Drop \`ports:\` and connect over a compose network, or bind it to loopback ("${loopbackSuggestion(port)}").${recognition(service, datastore)}`,
        });
      }
    }
  },
});
