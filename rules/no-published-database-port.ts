import { defineRule } from "../src/engine/rule.js";
import { datastoreByImage, datastoreByPorts } from "../src/model/datastores.js";
import { describePort, loopbackSuggestion, portReach } from "../src/model/queries.js";
import type { Reach } from "../src/model/queries.js";

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
    options: {
      type: "object",
      properties: {
        images: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "More images to treat as datastores, by name (`acme/ledger-db`) or last path component (`ledger-db`).",
        },
        ports: {
          type: "array",
          items: { type: "integer", minimum: 1, maximum: 65535 },
          description: "More container ports to treat as datastore ports, whatever the image.",
        },
      },
      additionalProperties: false,
    },
  },
  check({ project, report, options }) {
    const extraImages = new Set((options.images as string[] | undefined) ?? []);
    const extraPorts = new Set((options.ports as number[] | undefined) ?? []);
    for (const service of project.services) {
      const image = service.image?.value;
      const configured = image && (extraImages.has(image.name) || extraImages.has(image.repository)) ? `datastore "${image.name}"` : undefined;
      const byImage = (image ? datastoreByImage(image) : undefined) ?? configured;
      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const { start, end } = port.containerPorts.value;
        let product = byImage;
        let reason = "";
        if (!product) {
          product = datastoreByPorts(port.containerPorts.value);
          const listed = [...extraPorts].find((p) => p >= start && p <= end);
          const known = service.image ? `Image "${service.image.value.text}" is` : "Its image is";
          const ports = start === end ? start : `${start}-${end}`;
          if (product) reason = ` ${known} not one compose-lint knows, but container port ${ports} is ${product}'s well-known port.`;
          else if (listed !== undefined) {
            product = "datastore";
            reason = ` Container port ${listed} is a datastore port by configuration (option \`ports\`).`;
          } else continue;
        }
        const address = port.hostIp?.value ? ` ${port.hostIp.value}` : "";
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
