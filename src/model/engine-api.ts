/**
 * The Docker Engine API in a service: dockerd's TCP listeners (its flags, the dind image's own) and
 * the API ports a published binding carries. no-exposed-docker-api reports them; no-unbound-port
 * leaves those ports to it, so one port gives one finding.
 */
import { isLoopbackAddress } from "./queries.js";
import { quoted } from "./quote.js";
import type { Located, PortBinding, Service, Span } from "./types.js";

export const PLAINTEXT_PORT = 2375;
export const TLS_PORT = 2376;

/** `docker:dind`, `docker:27-dind-rootless`, `cruizba/ubuntu-dind`: images whose entrypoint starts dockerd. */
function isDind(service: Service): boolean {
  const image = service.image?.value;
  if (!image) return false;
  return /dind/.test(image.name) || (image.name === "docker" && /dind/.test(image.tag ?? ""));
}

/** A TCP address dockerd is told to listen on (`-H tcp://0.0.0.0:2375`), where it is written. */
export interface Listener {
  host: string;
  port: number;
  at: Span;
  /** How the message names it: the flag as written, or the setting that implies it. */
  shown: string;
}

const HOST_FLAG = /(?:^|\s)(?:-H|--host)(?:=|\s+)['"]?tcp:\/\/([^\s'"]*)/g;

export function parseAddress(address: string, defaultPort: number): { host: string; port: number } {
  const match = /^(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(address);
  return { host: (match?.[1] ?? "").replace(/^\[|\]$/g, ""), port: match?.[2] ? Number(match[2]) : defaultPort };
}

/** True when TLS client verification is on for dockerd's TCP listeners. */
function verifiesClients(text: string): boolean {
  return /(?:^|\s)--tlsverify(?:=(?:true|1))?(?:\s|$)/.test(text);
}

export function envValue(service: Service, name: string): Located<string> | undefined {
  return service.environment.find((e) => e.name.value === name)?.value;
}

export interface Daemon {
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
export function daemonOf(service: Service): Daemon | undefined {
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
      daemon.plaintext.push({ host, port, at: arg.span, shown: line.external ? quoted(line.text, line) : match[0].trim() });
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

/** An Engine API port a published binding carries: how dockerd serves it, as far as the file says. */
export interface PublishedApi {
  apiPort: number;
  /** dockerd's plaintext listener on it, when the service runs dockerd. */
  listener?: Listener;
  /** Served with TLS client verification. */
  tls: boolean;
}

/** The Engine API ports `port` publishes: 2375 and 2376 (or a range over them when the service runs dockerd), unless its dockerd serves neither. */
export function publishedApi(port: PortBinding, daemon: Daemon | undefined): PublishedApi[] {
  const out: PublishedApi[] = [];
  for (const apiPort of apiPorts(port, daemon !== undefined)) {
    const listener = daemon?.plaintext.find((l) => l.port === apiPort);
    if (listener) out.push({ apiPort, listener, tls: false });
    // dockerd serves this port with TLS, or (as far as the file says) not at all.
    else if (daemon) {
      if (daemon.tls.has(apiPort)) out.push({ apiPort, tls: true });
    } else out.push({ apiPort, tls: apiPort === TLS_PORT });
  }
  return out;
}
