import { defineRule } from "../src/engine/rule.js";
import type { Level, NamespaceKey } from "../src/model/types.js";

/** What sharing each host namespace hands to the container, and how loud that is. */
const EXPOSES: Record<NamespaceKey, { what: string; fix: string; level?: Level }> = {
  pid: {
    what: "shares the host's process namespace: it sees every process on the host, can read their command lines (and environments, for the same user), and can signal or trace them",
    fix: 'Remove `pid: host`, or share one other service\'s processes with `pid: "service:<name>"`.',
  },
  ipc: {
    what: "shares the host's IPC namespace: it can attach to the host's shared memory segments, semaphores and message queues, reading or corrupting other processes' data",
    fix: 'Remove `ipc: host`, or share one other service\'s IPC with `ipc: "service:<name>"`.',
  },
  uts: {
    what: "shares the host's UTS namespace: it sees the host's hostname and, given CAP_SYS_ADMIN, changes it for the whole host",
    fix: "Remove `uts: host`; set `hostname:` if the service needs a particular name.",
    level: "note",
  },
  userns_mode: {
    what: "opts out of user-namespace remapping: on a daemon with userns-remap, root in this container is root on the host again",
    fix: "Remove `userns_mode: host` and fix file ownership for the remapped IDs instead.",
  },
  cgroup: {
    what: "uses the host's cgroup namespace: it sees the host's whole cgroup hierarchy (every container's cgroups and limits) under /sys/fs/cgroup",
    fix: "Use `cgroup: private`.",
  },
};

export default defineRule({
  meta: {
    id: "no-host-namespace",
    description: "A service shares one of the host's namespaces (`pid`, `ipc`, `uts`, `userns_mode` or `cgroup` set to `host`).",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "isolation"],
    help:
      "Namespaces are what keep a container from seeing the host. `pid: host` shows it every host process to signal or trace; `ipc: host` gives it the host's shared memory; `uts: host` the host's hostname; `userns_mode: host` turns off user-namespace remapping, so container root is host root; `cgroup: host` exposes the host's cgroup hierarchy. Remove the key; where two services must share processes or IPC, share one service's namespace (`pid: \"service:app\"`) rather than the host's.",
    securitySeverity: 6.5,
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const { key, value } of service.namespaces) {
        if (value.value.trim() !== "host") continue;
        const { what, fix, level } = EXPOSES[key];
        const from = value.raw !== undefined ? ` (\`${key}: ${value.raw}\`)` : "";
        report({ at: value, ...(level ? { level } : {}), service: service.name.value, message: (who) => `${who}${from} ${what}. ${fix}` });
      }
    }
  },
});
