import { defineRule } from "../src/engine/rule.js";
import { loopbackPortFix } from "../src/fix/edits.js";
import { datastorePort } from "../src/model/datastores.js";
import type { DatastorePort } from "../src/model/datastores.js";
import { describePort, loopbackSuggestion, portReach, portSpan } from "../src/model/queries.js";
import type { Reach } from "../src/model/queries.js";
import { quoted, shown } from "../src/model/quote.js";
import type { PortBinding, Service } from "../src/model/types.js";

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
      const image = service.image ? `Image ${quoted(service.image.value.text, service.image)} is` : "Its image is";
      return ` ${image} not one compose-lint knows, but container port ${datastore.evidence} is ${datastore.product}'s well-known port.`;
    }
  }
}

/** Why the options make this port a datastore's (an image or a container port they name), if they do. */
function configuredDatastore(service: Service, port: PortBinding, images: ReadonlySet<string>, ports: ReadonlySet<number>): string | undefined {
  const image = service.image?.value;
  if (image && (images.has(image.name) || images.has(image.repository))) return ` Image "${image.text}" is a datastore by configuration (option \`images\`).`;
  const { start, end } = port.containerPorts.value;
  const listed = [...ports].find((p) => p >= start && p <= end);
  return listed === undefined ? undefined : ` Container port ${listed} is a datastore port by configuration (option \`ports\`).`;
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
    fixable: "safe",
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
    const images = new Set((options.images as string[] | undefined) ?? []);
    const ports = new Set((options.ports as number[] | undefined) ?? []);
    for (const service of project.services) {
      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const datastore = datastorePort(service, port);
        let what: string;
        let note: string;
        if (datastore) {
          what = datastore.own
            ? `${datastore.product} port ${describePort(port)}`
            : `port ${describePort(port)} of ${datastore.by === "image" ? `a ${datastore.product} image` : datastore.product}`;
          note = recognition(service, datastore);
        } else {
          const configured = configuredDatastore(service, port, images, ports);
          if (!configured) continue;
          what = `datastore port ${describePort(port)}`;
          note = configured;
        }
        const address = port.hostIp?.value ? ` ${shown(port.hostIp.value, port.hostIp)}` : "";
        // The image says what the port serves: where it is written completes the picture (often another file).
        const related = datastore?.by === "image" && service.image ? [{ span: service.image.span, message: `the ${datastore.product} image ${quoted(service.image.value.text, service.image)}` }] : [];
        report({
          at: portSpan(port),
          fix: () => loopbackPortFix(port, project),
          related,
          service: service.name.value,
          message: (who) =>
            `${who} publishes ${what}${address ? ` on${address}` : ` ${WHERE[reach]}`}; ` +
            `anyone who reaches the host can connect. Drop \`ports:\` and connect over a compose network, or bind it to loopback ("${loopbackSuggestion(port)}").${note}`,
        });
      }
    }
  },
});
