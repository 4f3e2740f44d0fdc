import { defineRule } from "../src/engine/rule.js";
import { describePort, portReach, portSpan, swarmEvidence } from "../src/model/queries.js";

export default defineRule({
  meta: {
    id: "no-host-ip-in-swarm",
    description: "A swarm stack binds a published port to a host address, which `docker stack deploy` ignores: the port is public on every node.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure", "swarm"],
    help:
      "Swarm services publish ports through the routing mesh (or, with `mode: host`, on the node) and their port configuration has no address: `docker stack deploy` drops `127.0.0.1:` or `host_ip` with a warning nobody reads, and the port listens on every interface of every node. Reach the service over an overlay network instead of publishing it, or run it as a plain container outside the stack if it must stay on loopback.",
    securitySeverity: 7.0,
  },
  check({ project, report }) {
    const evidence = swarmEvidence(project);
    if (!evidence) return;
    for (const service of project.services) {
      for (const { port, reach } of portReach(service, project)) {
        const address = port.hostIp?.value;
        if (!address || reach === "wildcard" || reach === "unbound") continue;
        report({
          at: portSpan(port),
          service: service.name.value,
          message: (who) =>
            `${who} binds port ${describePort(port)} to ${address}, but ${evidence.what} makes this a swarm stack, and \`docker stack deploy\` ignores the address: the port is published on every interface of every node. ` +
            `Drop the port and reach the service over an overlay network, or keep it out of the stack.`,
          related: [{ span: evidence.span, message: "this makes the file a swarm stack" }],
        });
      }
    }
  },
});
