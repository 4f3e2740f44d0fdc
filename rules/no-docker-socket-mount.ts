import { defineRule } from "../src/engine/rule.js";
import { socketKind, socketPathInContainer } from "../src/model/sockets.js";
import type { Mount } from "../src/model/types.js";

/** Filtering proxies whose whole job is to hold the socket and pass on only allowed API calls. */
const SOCKET_PROXY_IMAGES = /(^|\/)(docker-socket-proxy|socket-proxy|dockerproxy)$/;

/** The named volume a bind came through (`o: bind`, `device:`), as a related location. */
function throughVolume(mount: Mount): { via: string; related?: { span: Mount["target"]["span"]; message: string }[] } {
  if (!mount.volume || !mount.source) return { via: "" };
  const name = mount.volume.name.value;
  return { via: ` through volume "${name}"`, related: [{ span: mount.source.span, message: `volume "${name}" binds host path "${mount.source.raw ?? mount.source.value}"` }] };
}

export default defineRule({
  meta: {
    id: "no-docker-socket-mount",
    description: "A service mounts the Docker (or Podman, containerd) socket, or a directory that holds it (/run, /var/run, the host's root), which is root on the host.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation"],
    help:
      "Whoever can talk to the Docker socket can start a privileged container that mounts the host's root file system: a compromised service with the socket owns the host. `:ro` does not help, since it only stops the file from being replaced, not connecting to the socket or the API calls made through it. A mount of /run, /var/run or the host's root brings the socket along. Remove the mount; if a tool really needs the API, put a filtering proxy in front (for example one that allows only read-only GET endpoints) and mount nothing.",
    securitySeverity: 9.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const mount of service.mounts) {
        const kind = socketKind(mount);
        if (!kind) continue;
        const source = mount.source!.raw ?? mount.source!.value;
        const name = service.name.value;
        const inside = socketPathInContainer(mount);
        const { via, related } = throughVolume(mount);
        const what =
          kind === "parent"
            ? `mounts the host's root file system "${source}"${via} at ${mount.target.value}, and with it the Docker socket, at ${inside} in the container`
            : kind === "directory"
              ? `mounts "${source}"${via}, the directory that holds the Docker socket, at ${inside} in the container`
              : kind === "interpolated"
                ? `mounts "${source}" onto ${mount.target.value}, a container engine socket`
                : `mounts the container engine socket "${source}"${via}`;
        // Read-only stops replacing the socket file, not connect() on it.
        const readOnly = mount.readOnly ? " (read-only does not stop connecting to a socket, nor limit the API)" : "";
        const alsoWritable = kind === "parent" && !mount.readOnly ? " It can also rewrite any file on the host." : "";
        const fix = kind === "parent" ? "Mount only the subdirectories it needs, read-only and outside /run" : "Remove the mount or use a filtering socket proxy";
        if (service.image && SOCKET_PROXY_IMAGES.test(service.image.value.repository)) {
          report({
            at: mount,
            level: "note",
            service: name,
            message: (who) => `${who} is a socket proxy and ${what}: keep it on an \`internal: true\` network, publish no ports, and allow only the API endpoints its clients need.`,
            ...(related ? { related } : {}),
          });
          continue;
        }
        report({
          at: mount,
          service: name,
          message: (who) => `${who} ${what}${readOnly}; anyone controlling the container gets root on the host.${alsoWritable} ${fix}.`,
          ...(related ? { related } : {}),
        });
      }
    }
  },
});
