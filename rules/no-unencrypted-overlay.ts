import { defineRule } from "../src/engine/rule.js";
import { attachedNetworks, swarmEvidence } from "../src/model/queries.js";
import { encryptDefaultNetwork, encryptNetwork } from "../src/fix/edits.js";

const ENCRYPT = 'Add `driver_opts: { encrypted: "true" }`.';

export default defineRule({
  meta: {
    id: "no-unencrypted-overlay",
    description: "An overlay network does not encrypt the traffic it carries between swarm nodes; in a swarm stack that includes networks without a driver and the implicit default network.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "swarm"],
    help:
      "Overlay networks carry container traffic between swarm nodes in VXLAN packets, in clear text, over whatever network joins the hosts. Set `driver_opts: { encrypted: \"true\" }` so Docker encrypts it with IPsec (ESP). In a file deployed with `docker stack deploy`, a network without `driver` is an overlay, and so is the default network the stack creates for services that name none: declare `default` with the option too. The management traffic of the swarm is always encrypted; this option covers the application data.",
    fixable: "safe",
    securitySeverity: 5.0,
  },
  check({ project, report }) {
    const swarm = swarmEvidence(project);
    const related = swarm ? [{ span: swarm.span, message: "this makes the file a swarm stack" }] : [];
    for (const network of project.networks) {
      if (network.external || network.driverOpts.has("encrypted")) continue;
      if (network.driver?.value === "overlay") {
        report({
          at: network.driver,
          fix: () => encryptNetwork(network, project),
          message:
            `network "${network.name.value}" uses the overlay driver without encryption, so traffic between swarm nodes travels in clear text. ${ENCRYPT}`,
        });
      } else if (!network.driver && swarm) {
        report({
          at: network.name,
          fix: () => encryptNetwork(network, project),
          message:
            `network "${network.name.value}" has no driver, and ${swarm.what} makes this a swarm stack: \`docker stack deploy\` creates it as an overlay, without encryption, so traffic between nodes travels in clear text. ` +
            `Add \`driver: overlay\` and \`driver_opts: { encrypted: "true" }\`.`,
          related,
        });
      }
    }
    // The stack's implicit default network, once per file, where the services that join it are listed.
    if (!swarm || project.networks.some((n) => n.name.value === "default")) return;
    const users = project.services.filter((s) => attachedNetworks(s, project).some((n) => n.name === "default" && !n.network));
    const at = project.file.locate(["services"], "key");
    if (users.length === 0 || !at) return;
    const names = users.map((s) => `"${s.name.value}"`);
    const who = names.length === 1 ? `service ${names[0]} joins` : `services ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""} join`;
    report({
      at,
      fix: () => encryptDefaultNetwork(project),
      message:
        `${who} the stack's default network, and ${swarm.what} makes this a swarm stack: \`docker stack deploy\` creates that network as an overlay, without encryption. ` +
        `Declare it encrypted: \`networks: { default: { driver: overlay, driver_opts: { encrypted: "true" } } }\`.`,
      related,
    });
  },
});
