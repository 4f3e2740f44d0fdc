/**
 * Container engine API sockets among a service's mounts. Several places ask (the socket rule,
 * the exposure map), so the answer lives beside the model.
 */
import type { Mount } from "./types.js";

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

/**
 * A mount of the host's root brings /run and the Docker socket in it. (/var does not: on every
 * current distribution /var/run is a symbolic link to /run, and inside the container a link
 * resolves in the container's own tree. /var is no-sensitive-host-mount's, for /var/lib/docker.)
 */
const SOCKET_PARENTS: readonly RegExp[] = [/^\/$/];

/** Directories whose mount brings one of those sockets along. */
const SOCKET_DIRECTORIES: readonly RegExp[] = [
  /^\/(var\/)?run$/,
  /^\/(var\/)?run\/user\/\d+$/,
  /^\/(var\/)?run\/(podman|containerd)$/,
];

/** `${XDG_RUNTIME_DIR}/docker.sock` (rootless Docker), whatever the variable holds here. */
const RUNTIME_DIR_SOCKET = /^\$\{?XDG_RUNTIME_DIR\}?\/(docker\.sock|podman\/podman\.sock)$/;

function normalise(path: string): string {
  return path.trim().replace(/\/+$/, "").replace(/\/{2,}/g, "/") || "/";
}

/**
 * How a mount hands over an engine socket: the socket itself, a directory holding it, a parent
 * of that directory (`/`), or an interpolated source mounted onto a `docker.sock` target;
 * undefined when it does not. A named volume that the local driver binds (`o: bind`, `device:`)
 * is a bind mount here too.
 */
export function socketKind(mount: Mount): "socket" | "directory" | "parent" | "interpolated" | undefined {
  const source = mount.source;
  if (!source || (mount.kind !== "bind" && mount.kind !== "npipe" && mount.source?.raw === undefined)) return undefined;
  const path = normalise(source.value);
  const raw = source.raw;
  if (SOCKETS.some((re) => re.test(path)) || (raw !== undefined && RUNTIME_DIR_SOCKET.test(raw))) return "socket";
  if (mount.kind === "bind" && SOCKET_DIRECTORIES.some((re) => re.test(path))) return "directory";
  if (mount.kind === "bind" && SOCKET_PARENTS.some((re) => re.test(path))) return "parent";
  // `${DOCKER_SOCK}:/var/run/docker.sock` with the variable unset here: the target gives it away.
  if (source.raw !== undefined && /\/docker\.sock$/.test(mount.target.value)) return "interpolated";
  return undefined;
}

/**
 * Where the socket is inside the container, for a mount of a directory or a parent that holds it:
 * `/:/rootfs` → `/rootfs/run/docker.sock`, `/var/run:/host-run` → `/host-run/docker.sock`.
 */
export function socketPathInContainer(mount: Mount): string | undefined {
  const kind = socketKind(mount);
  if (!mount.source || (kind !== "directory" && kind !== "parent")) return undefined;
  const source = normalise(mount.source.value);
  const socket = /(^|\/)podman$/.test(source) ? "podman.sock" : /(^|\/)containerd$/.test(source) ? "containerd.sock" : "docker.sock";
  const below = kind === "parent" ? `run/${socket}` : socket;
  const target = normalise(mount.target.value);
  return `${target === "/" ? "" : target}/${below}`;
}
