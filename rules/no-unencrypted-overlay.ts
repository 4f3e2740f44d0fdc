import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "no-unencrypted-overlay",
    description: "An overlay network does not encrypt the traffic it carries between swarm nodes.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "swarm"],
    help:
      "Overlay networks carry container traffic between swarm nodes in VXLAN packets, in clear text, over whatever network joins the hosts. Set `driver_opts: { encrypted: \"true\" }` so Docker encrypts it with IPsec (ESP). The management traffic of the swarm is always encrypted; this option covers the application data.",
    securitySeverity: 5.0,
  },
  check({ project, report }) {
    for (const network of project.networks) {
      if (network.external || network.driver?.value !== "overlay") continue;
      if (network.driverOpts.has("encrypted")) continue;
      report({
        at: network.driver,
        message:
          `network "${network.name.value}" uses the overlay driver without encryption, so traffic between swarm nodes travels in clear text. ` +
          `Add \`driver_opts: { encrypted: "true" }\`.`,
      });
    }
  },
});
