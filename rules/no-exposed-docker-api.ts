import { defineRule } from "../src/engine/rule.js";
import { describePort, isLoopbackAddress, loopbackSuggestion, portReach, portSpan } from "../src/model/queries.js";
import type { ComposeProject, Located, PortBinding, Service, Span } from "../src/model/types.js";

const PLAINTEXT_PORT = 2375;
const TLS_PORT = 2376;

/** `docker:dind`, `docker:27-dind-rootless`, `cruizba/ubuntu-dind`: images whose entrypoint starts dockerd. */
function isDind(service: Service): boolean {
  const image = service.image?.value;
  if (!image) return false;
  return /dind/.test(image.name) || (image.name === "docker" && /dind/.test(image.tag ?? ""));
}

/** A TCP address dockerd is told to listen on (`-H tcp://0.0.0.0:2375`), where it is written. */
interface Listener {
  host: string;
  port: number;
  at: Span;
  /** How the message names it: the flag as written, or the setting that implies it. */
  shown: string;
}

const HOST_FLAG = /(?:^|\s)(?:-H|--host)(?:=|\s+)['"]?tcp:\/\/([^\s'"]*)/g;

function parseAddress(address: string, defaultPort: number): { host: string; port: number } {
  const match = /^(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(address);
  return { host: (match?.[1] ?? "").replace(/^\[|\]$/g, ""), port: match?.[2] ? Number(match[2]) : defaultPort };
}

/** True when TLS client verification is on for dockerd's TCP listeners. */
function verifiesClients(text: string): boolean {
  return /(?:^|\s)--tlsverify(?:=(?:true|1))?(?:\s|$)/.test(text);
}

function envValue(service: Service, name: string): Located<string> | undefined {
  return service.environment.find((e) => e.name.value === name)?.value;
}

interface Daemon {
  /** TCP listeners without client verification. */
  plaintext: Listener[];
  /** Ports dockerd serves with `--tlsverify`. */
  tls: Set<number>;
}

/**
 * dockerd's TCP listeners in a service: `-H tcp://...` in its command or entrypoint, and the dind
 * image's own listener (2376 with TLS, or 2375 without when `DOCKER_TLS_CERTDIR` is empty).
 * Undefined when the service does not run dockerd.
 */
function daemonOf(service: Service): Daemon | undefined {
  const dind = isDind(service);
  const lines = [service.entrypoint, service.command].filter((l) => l !== undefined);
  const runsDockerd = lines.some((l) => /(^|[\s/])dockerd(\s|$)/.test(l.text));
  if (!dind && !runsDockerd) return undefined;
  const daemon: Daemon = { plaintext: [], tls: new Set() };
  const certDir = envValue(service, "DOCKER_TLS_CERTDIR");
  const tlsDisabled = certDir !== undefined && certDir.value.trim() === "";
  // The dind entrypoint adds its own --host and TLS flags when it starts dockerd itself: no
  // command, or a command of flags only, and its entrypoint kept.
  const firstArg = service.command?.args[0]?.value;
  const entrypointAddsFlags = dind && !service.entrypoint && (firstArg === undefined || firstArg.startsWith("-"));
  for (const line of lines) {
    const passedToDockerd = /(^|[\s/])dockerd(\s|$)/.test(line.text) || (line === service.command && entrypointAddsFlags);
    if (!passedToDockerd) continue;
    const tlsOn = verifiesClients(line.text) || (entrypointAddsFlags && !tlsDisabled);
    for (const match of line.text.matchAll(HOST_FLAG)) {
      const { host, port } = parseAddress(match[1]!, tlsOn ? TLS_PORT : PLAINTEXT_PORT);
      if (host !== "" && isLoopbackAddress(host)) continue;
      if (tlsOn) {
        daemon.tls.add(port);
        continue;
      }
      const arg = line.args.find((a) => a.value.includes(`tcp://${match[1]}`)) ?? line;
      daemon.plaintext.push({ host, port, at: arg.span, shown: match[0].trim() });
    }
  }
  if (entrypointAddsFlags) {
    if (!tlsDisabled) daemon.tls.add(TLS_PORT);
    else if (certDir) daemon.plaintext.push({ host: "0.0.0.0", port: PLAINTEXT_PORT, at: certDir.span, shown: `DOCKER_TLS_CERTDIR=""` });
  }
  return daemon;
}

function coversPort(port: PortBinding, number: number): boolean {
  const { start, end } = port.containerPorts.value;
  return start <= number && number <= end;
}

/** The Engine API ports a published binding carries: exact 2375/2376, or a range when the service runs dockerd. */
function apiPorts(port: PortBinding, daemon: boolean): number[] {
  const { start, end } = port.containerPorts.value;
  return [PLAINTEXT_PORT, TLS_PORT].filter((p) => coversPort(port, p) && (start === end || daemon));
}

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
        const where = port.hostIp?.value ? `on ${port.hostIp.value}` : WHERE[reach]!;
        for (const apiPort of apiPorts(port, daemon !== undefined)) {
          const listener = listeners.find((l) => l.port === apiPort);
          let tls = false;
          if (!listener && daemon) {
            // dockerd serves this port with TLS, or (as far as the file says) not at all.
            if (!daemon.tls.has(apiPort)) continue;
            tls = true;
          } else if (!listener) {
            tls = apiPort === TLS_PORT;
          }
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
        const shown = dockerHost.raw ?? dockerHost.value;
        report({
          at: dockerHost,
          service: name,
          message: (who) =>
            engine === "host"
              ? `${who} talks to the host's Docker engine over plaintext TCP (DOCKER_HOST=${shown}), so that engine accepts unauthenticated API calls on TCP, which any local process or container can use to take over the host. Turn the TCP listener off and give the service a filtering socket proxy instead.`
              : `${who} talks to the Docker engine at ${host} over plaintext TCP (DOCKER_HOST=${shown}): that engine accepts unauthenticated API calls from the network, and the traffic (registry credentials included) is unencrypted. Use DOCKER_HOST=ssh://... or TLS with client certificates (DOCKER_TLS_VERIFY=1, port 2376).`,
        });
      }
    }
  },
});
