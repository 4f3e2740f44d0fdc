import { defineRule } from "../src/engine/rule.js";
import { loopbackPortFix } from "../src/fix/edits.js";
import { PLAINTEXT_PORT, TLS_PORT, daemonOf, envValue, parseAddress, publishedApi } from "../src/model/engine-api.js";
import type { Listener } from "../src/model/engine-api.js";
import { describePort, isLoopbackAddress, loopbackSuggestion, portReach, portSpan } from "../src/model/queries.js";
import type { ComposeProject } from "../src/model/types.js";
import { quoted, shown } from "../src/model/quote.js";

/** Where a `DOCKER_HOST=tcp://...` client sends its API calls, when that engine is reachable beyond this project. */
function remoteEngine(host: string, project: ComposeProject): "host" | "remote" | undefined {
  const name = host.toLowerCase();
  if (project.services.some((s) => s.name.value.toLowerCase() === name)) return undefined;
  if (isLoopbackAddress(name) || /^(host|gateway)\.docker\.internal$|^docker\.host\.internal$|^host-gateway$|^172\.17\.0\.1$/.test(name)) return "host";
  // A single label is a container or service name on a compose network (a socket proxy, say).
  if (!name.includes(".") && !name.includes(":")) return undefined;
  return "remote";
}

const WHERE: Record<string, string> = { unbound: "on all interfaces", wildcard: "on all interfaces", address: "on a non-loopback address" };

export default defineRule({
  meta: {
    id: "no-exposed-docker-api",
    description: "The Docker Engine API is reachable over TCP: a published port 2375/2376, dockerd listening without TLS, or a client using plaintext tcp://.",
    level: "error",
    preset: "recommended",
    tags: ["security", "network", "exposure", "privilege-escalation"],
    help:
      "The Docker Engine API is root on the machine that runs the engine: one API call starts a privileged container with the host's / mounted. On TCP port 2375 it has no encryption and no authentication, and internet scanners look for it to deploy cryptominers. Do not publish it; if a remote client really needs it, use SSH (`DOCKER_HOST=ssh://...`) or TLS with client certificates (`--tlsverify`, port 2376) bound to a management address, and give local tools a filtering socket proxy on an internal network.",
    fixable: "safe",
    securitySeverity: 9.5,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const name = service.name.value;
      const daemon = daemonOf(service);
      const listeners = daemon?.plaintext ?? [];
      const reported = new Set<Listener>();

      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const where = port.hostIp?.value ? `on ${shown(port.hostIp.value, port.hostIp)}` : WHERE[reach]!;
        for (const { listener, tls } of publishedApi(port, daemon)) {
          if (listener) reported.add(listener);
          const published = `port ${describePort(port)} ${where}`;
          const loopback = `"${loopbackSuggestion(port)}"`;
          const message = listener
            ? `publishes the Docker Engine API without TLS (${published}, ${listener.shown}): anyone who can reach it can start a privileged container and take over the host. Remove the port, or bind it to loopback (${loopback}) and require TLS client certificates (--tlsverify).`
            : tls
              ? `publishes the Docker Engine API's TLS port (${published}): client certificates authenticate callers, but whoever holds one signed by its CA is root on the host. Publish it only where remote clients need it (${loopback} or a management address).`
              : `publishes ${published}, the Docker Engine API's plaintext port: whoever reaches it calls the API without credentials, and an unfiltered API is root on the host. Remove the port, or bind it to loopback (${loopback}).`;
          report({
            at: portSpan(port),
            fix: () => loopbackPortFix(port, project),
            ...(tls ? { level: "warning" as const } : {}),
            service: name,
            message: (who) => `${who} ${message}`,
            ...(listener ? { related: [{ span: listener.at, message: `dockerd listens without TLS here (${listener.shown})` }] } : {}),
          });
        }
      }

      for (const listener of listeners) {
        if (reported.has(listener)) continue;
        const hostNetwork = service.networkMode?.value === "host";
        report({
          at: listener.at,
          ...(hostNetwork ? {} : { level: "warning" as const }),
          service: name,
          message: (who) =>
            hostNetwork
              ? `${who} runs dockerd with a plaintext TCP listener (${listener.shown}) on the host's network: anyone who can reach the host on port ${listener.port} controls its containers and the host. Drop the TCP listener or require TLS client certificates (--tlsverify).`
              : `${who} runs dockerd with a plaintext TCP listener (${listener.shown}): every container on its networks can use the API without credentials, and dockerd runs privileged, so that is root on the host. ` +
                (listener.shown.startsWith("DOCKER_TLS_CERTDIR")
                  ? "Keep DOCKER_TLS_CERTDIR set (TLS with client certificates on port 2376)."
                  : "Add --tlsverify with client certificates, or share the unix socket through a volume instead."),
        });
      }

      const dockerHost = envValue(service, "DOCKER_HOST");
      const tlsVerify = envValue(service, "DOCKER_TLS_VERIFY")?.value.trim() ?? "";
      const tcp = dockerHost ? /^tcp:\/\/([^/\s]+)/.exec(dockerHost.value.trim()) : null;
      if (dockerHost && tcp && tlsVerify === "") {
        const { host, port } = parseAddress(tcp[1]!, PLAINTEXT_PORT);
        const engine = port === TLS_PORT ? undefined : remoteEngine(host, project);
        if (!engine) continue;
        const given = quoted(dockerHost.value, dockerHost);
        report({
          at: dockerHost,
          service: name,
          message: (who) =>
            engine === "host"
              ? `${who} talks to the host's Docker engine over plaintext TCP (DOCKER_HOST=${given}), so that engine accepts unauthenticated API calls on TCP, which any local process or container can use to take over the host. Turn the TCP listener off and give the service a filtering socket proxy instead.`
              : `${who} talks to the Docker engine at ${shown(host, dockerHost)} over plaintext TCP (DOCKER_HOST=${given}): that engine accepts unauthenticated API calls from the network, and the traffic (registry credentials included) is unencrypted. Use DOCKER_HOST=ssh://... or TLS with client certificates (DOCKER_TLS_VERIFY=1, port 2376).`,
        });
      }
    }
  },
});
