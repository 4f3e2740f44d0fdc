import { defineRule } from "../src/engine/rule.js";
import { authenticationSwitchedOff, openWithoutConfiguration } from "../src/model/authentication.js";
import { describePort, portReach, portSpan } from "../src/model/queries.js";

export default defineRule({
  meta: {
    id: "no-disabled-auth",
    description: "A service runs with authentication turned off: an empty root password, `trust`, `--insecure`, a disabled security plugin, an empty Jupyter token, or a published Redis or registry with no password.",
    level: "error",
    preset: "recommended",
    tags: ["security", "authentication", "exposure", "database"],
    help:
      "A datastore or tool without authentication belongs to whoever reaches it: over a published port that is anyone on the host's networks, and Docker's iptables rules let the traffic past UFW and firewalld; inside the project it is every other container, including a compromised one. Turn authentication on (a password or certificate from a Compose secret), and do not publish the port. It is an error when the service publishes a port beyond loopback (or uses the host network), a warning otherwise. Only switches the image reads are reported.",
    securitySeverity: 8.5,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const reaches = portReach(service, project);
      const open = reaches.find((r) => r.reach !== "loopback");
      const hostNetwork = service.networkMode?.value.trim() === "host";
      const level = open || hostNetwork ? "error" : "warning";
      const where = hostNetwork
        ? " on the host network, so on every interface of the host"
        : open
          ? `, and its port ${describePort(open.port)} is published beyond loopback`
          : "";
      for (const switched of authenticationSwitchedOff(service)) {
        report({
          at: switched.at,
          ...(level === "warning" ? { level } : {}),
          service: service.name.value,
          message: (who) => `${who} sets \`${switched.setting}\`: ${switched.what}${where}. ${switched.fix}.`,
        });
      }
      const unconfigured = openWithoutConfiguration(service);
      const published = open ?? reaches[0];
      if (unconfigured && (published || hostNetwork)) {
        report({
          at: published ? portSpan(published.port) : service.networkMode!,
          ...(level === "warning" ? { level } : {}),
          service: service.name.value,
          message: (who) => `${who}: ${unconfigured.what}${where || ", and its port is published on loopback, open to every local user and process"}. ${unconfigured.fix}.`,
        });
      }
    }
  },
});
