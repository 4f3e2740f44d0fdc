import { defineRule } from "../src/engine/rule.js";
import type { Mount } from "../src/model/types.js";

/** Sockets that give full control of a container engine, hence root on the host. */
const SOCKETS: readonly RegExp[] = [
  /^\/(var\/)?run\/docker\.sock$/,
  /^\/(var\/)?run\/user\/\d+\/docker\.sock$/,
  /^\/(var\/)?run\/(user\/\d+\/)?podman\/podman\.sock$/,
  /^\/(var\/)?run\/containerd\/containerd\.sock$/,
  /^\/(var\/)?run\/cri-dockerd\.sock$/,
  /^\/var\/run\/docker\.sock\.raw$/,
  /^~?\/\.docker\/run\/docker\.sock$/,
  /^(\/\/\.\/|\\\\\.\\)pipe[\\/]docker_engine$/i,
];

/** Directories whose mount brings one of those sockets along. */
const SOCKET_DIRECTORIES: readonly RegExp[] = [
  /^\/(var\/)?run$/,
  /^\/(var\/)?run\/user\/\d+$/,
  /^\/(var\/)?run\/(podman|containerd)$/,
];

/** `${XDG_RUNTIME_DIR}/docker.sock` (rootless Docker), whatever the variable holds here. */
const RUNTIME_DIR_SOCKET = /^\$\{?XDG_RUNTIME_DIR\}?\/(docker\.sock|podman\/podman\.sock)$/;

/** Filtering proxies whose whole job is to hold the socket and pass on only allowed API calls. */
const SOCKET_PROXY_IMAGES = /(^|\/)(docker-socket-proxy|socket-proxy|dockerproxy)$/;

function normalise(path: string): string {
  return path.trim().replace(/\/+$/, "").replace(/\/{2,}/g, "/") || "/";
}

function socketKind(mount: Mount): "socket" | "directory" | "interpolated" | undefined {
  const source = mount.source;
  if (!source || (mount.kind !== "bind" && mount.kind !== "npipe" && mount.source?.raw === undefined)) return undefined;
  const path = normalise(source.value);
  const raw = source.raw;
  if (SOCKETS.some((re) => re.test(path)) || (raw !== undefined && RUNTIME_DIR_SOCKET.test(raw))) return "socket";
  if (mount.kind === "bind" && SOCKET_DIRECTORIES.some((re) => re.test(path))) return "directory";
  // `${DOCKER_SOCK}:/var/run/docker.sock` with the variable unset here: the target gives it away.
  if (source.raw !== undefined && /\/docker\.sock$/.test(mount.target.value)) return "interpolated";
  return undefined;
}

export default defineRule({
  meta: {
    id: "no-docker-socket-mount",
    description: "A service mounts the Docker (or Podman, containerd) socket, which is root on the host.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation"],
    help:
      "Whoever can talk to the Docker socket can start a privileged container that mounts the host's root file system: a compromised service with the socket owns the host. `:ro` does not help, since it only stops the file from being replaced, not API calls. Remove the mount; if a tool really needs the API, put a filtering proxy in front (for example one that allows only read-only GET endpoints) and mount nothing.",
    securitySeverity: 9.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const mount of service.mounts) {
        const kind = socketKind(mount);
        if (!kind) continue;
        const source = mount.source!.raw ?? mount.source!.value;
        const name = service.name.value;
        const what =
          kind === "directory"
            ? `mounts "${source}", the directory that holds the Docker socket`
            : kind === "interpolated"
              ? `mounts "${source}" onto ${mount.target.value}, a container engine socket`
              : `mounts the container engine socket "${source}"`;
        const readOnly = mount.readOnly ? " (read-only does not limit the API)" : "";
        if (service.image && SOCKET_PROXY_IMAGES.test(service.image.value.repository)) {
          report({
            at: mount,
            level: "note",
            service: name,
            message: (who) => `${who} is a socket proxy and ${what}: keep it on an \`internal: true\` network, publish no ports, and allow only the API endpoints its clients need.`,
          });
          continue;
        }
        report({
          at: mount,
          service: name,
          message: (who) => `${who} ${what}${readOnly}; anyone controlling the container gets root on the host. Remove the mount or use a filtering socket proxy.`,
        });
      }
    }
  },
});
