import { defineRule } from "../src/engine/rule.js";
import { socketKind } from "../src/model/sockets.js";
import { quoted, shown } from "../src/model/quote.js";

/** Filtering proxies whose whole job is to hold the socket and pass on only allowed API calls. */
const SOCKET_PROXY_IMAGES = /(^|\/)(docker-socket-proxy|socket-proxy|dockerproxy)$/;

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
        const source = quoted(mount.source!.value, mount.source);
        const name = service.name.value;
        const what =
          kind === "directory"
            ? `mounts ${source}, the directory that holds the Docker socket`
            : kind === "interpolated"
              ? `mounts ${source} onto ${shown(mount.target.value, mount.target)}, a container engine socket`
              : `mounts the container engine socket ${source}`;
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
