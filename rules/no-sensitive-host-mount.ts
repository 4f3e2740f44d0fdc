import { posix } from "node:path";
import { defineRule } from "../src/engine/rule.js";
import { socketKind } from "../src/model/sockets.js";
import type { Level, Located, Mount, Service, Span } from "../src/model/types.js";

interface Exposure {
  level: Level;
  /** Why it matters, after "mounts <what> read-only|writable at <target>: ". */
  why: string;
  fix: string;
}

/** What a mount exposes read-only and writable; a missing side is not reported. */
interface Zone {
  pattern: RegExp;
  /** The path's name in a message; `%s` stands for the path as written. */
  what: string | ((path: string) => string);
  /** `agent`: what to say instead of `fix` when a host monitoring or log agent asks for it. */
  read?: Exposure & { agent?: string };
  write?: Exposure;
}

const NARROW = "Mount only the subdirectory it needs, read-only";
const READ_ONLY = "Mount it read-only (`:ro`)";
const SECRET = "Give the service only the credential it needs, as a Compose secret (`secrets:`)";
const DEDICATED = "Give it a dedicated credential with only the access it needs, as a Compose secret (`secrets:`)";
const ROOT = "which is root on the host";
const STOLEN = "read-only is enough to steal them";
const WHOLE_VIEW_AGENT = "If this monitoring agent needs all of it, keep it read-only and suppress the finding with a comment; otherwise mount only the subdirectories it reads";

/** Credential stores below a home directory, by their first path component. */
const CREDENTIALS: Readonly<Record<string, string>> = {
  ".ssh": "SSH private keys",
  ".aws": "AWS credentials",
  ".kube": "Kubernetes credentials",
  ".docker": "Docker registry credentials",
  ".gnupg": "GnuPG private keys",
  ".azure": "Azure credentials",
  ".config": "Google Cloud credentials",
  ".netrc": "login credentials",
  ".git-credentials": "Git credentials",
  ".vault-token": "a Vault token",
  ".pgpass": "PostgreSQL passwords",
};

/**
 * Host paths by what they give a container; the first match wins. Paths are normalised, and a
 * home directory (`~`, `$HOME`, `/root`, `/home/<user>`, `/Users/<user>`) is written `~`.
 * Sockets and /run belong to no-docker-socket-mount, single device nodes to no-host-device.
 * Read-only system files (/etc/localtime, /etc/hosts, /lib/modules, /usr/share/zoneinfo) and
 * read-only /sys (every container already sees a read-only sysfs) match no side: not reported.
 */
const ZONES: readonly Zone[] = [
  {
    pattern: /^\/$/,
    what: "the host's root file system (%s)",
    read: { level: "error", why: "that still lets it read every file on the host: /etc/shadow, SSH and TLS private keys, other containers' volumes", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite any file on the host (a cron job, root's authorized_keys), ${ROOT}`, fix: NARROW },
  },
  {
    pattern: /^\/etc$/,
    what: "the host's %s",
    read: { level: "error", why: "that still lets it read the password hashes in /etc/shadow, the SSH host keys and TLS private keys", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can add a user, a sudoers rule or a cron job, ${ROOT}`, fix: NARROW },
  },
  // Public halves of key pairs and known-host lists carry no secret.
  { pattern: /(^|\/)(ssh_)?known_hosts(\.old)?$|\.pub$/, what: "" },
  {
    pattern: /^\/etc\/g?shadow-?$/,
    what: "the host's password hashes (%s)",
    read: { level: "error", why: "they can be cracked offline", fix: "Remove the mount" },
    write: { level: "error", why: `it can set root's password, ${ROOT}`, fix: "Remove the mount" },
  },
  {
    pattern: /^\/etc\/(ssh|ssl\/private|pki\/tls\/private|kubernetes)(\/|$)|^\/etc\/docker$/,
    what: (path) =>
      path.startsWith("/etc/ssh")
        ? "the host's SSH keys (%s)"
        : path.startsWith("/etc/kubernetes")
          ? "the Kubernetes node's credentials (%s)"
          : path === "/etc/docker"
            ? "the Docker daemon's configuration and TLS keys (%s)"
            : "the host's TLS private keys (%s)",
    read: { level: "error", why: STOLEN, fix: SECRET },
    write: { level: "error", why: "it can read and replace them", fix: SECRET },
  },
  {
    pattern:
      /^\/etc\/(passwd|group|sudoers|sudoers\.d|crontab|cron\.(d|hourly|daily|weekly|monthly)|anacrontab|systemd|init\.d|rc\.local|profile|profile\.d|environment|bash\.bashrc|ld\.so\.preload|ld\.so\.conf|ld\.so\.conf\.d|pam\.d|security|modprobe\.d|modules-load\.d|udev|docker|containerd|apt|yum\.repos\.d)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: `it can add users, sudo rules, cron jobs, services or package sources that the host runs as root, ${ROOT}`, fix: READ_ONLY },
  },
  {
    pattern: /^\/etc\/(hosts|resolv\.conf)$/,
    what: "the host's %s",
    write: { level: "warning", why: "it can redirect the host's own name lookups", fix: READ_ONLY },
  },
  {
    pattern: /^\/proc$/,
    what: "the host's %s",
    read: {
      level: "warning",
      why: "that still shows it every host process with its command line (where passwords passed as arguments appear) and the host's network connections",
      fix: "Remove it unless this is a host monitoring agent",
      agent: "Expected for a host monitoring agent; keep it read-only",
    },
    write: { level: "error", why: "it can set kernel.core_pattern, which makes the host run a program of its choice as root", fix: READ_ONLY },
  },
  {
    pattern: /^\/proc\/(sys(\/|$)|sysrq-trigger$)/,
    what: "the host's kernel controls (%s)",
    write: { level: "error", why: "it can set kernel parameters such as kernel.core_pattern (a program of its choice run as root on the host) or crash the host", fix: READ_ONLY },
  },
  {
    pattern: /^\/sys$|^\/sys\/(fs|kernel|module|firmware|power)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: "it can set kernel hooks such as uevent_helper or a cgroup release_agent, which run a program as root on the host", fix: READ_ONLY },
  },
  {
    pattern: /^\/boot(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: "it can replace the kernel or boot loader and take over the host at the next boot", fix: READ_ONLY },
  },
  {
    pattern:
      /^\/(usr|bin|sbin|lib|lib32|lib64|libx32)$|^\/usr\/(bin|sbin|lib|lib32|lib64|libexec|local)$|^\/usr\/local\/(bin|sbin|lib)$|^\/(usr\/)?lib\/(modules|systemd|firmware)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: `it can replace programs, libraries or kernel modules the host runs as root, ${ROOT}`, fix: READ_ONLY },
  },
  {
    pattern: /^\/var(\/lib)?$/,
    what: "the host's %s (with /var/lib/docker in it)",
    read: { level: "error", why: "that still lets it read every container's files, volumes and configuration, environment secrets included", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite other containers' files and volumes, ${ROOT}`, fix: NARROW },
  },
  {
    pattern: /^\/var\/lib\/(docker|containerd)(\/volumes)?$/,
    what: "the host's container storage (%s)",
    read: { level: "error", why: "that still lets it read every container's files, volumes and configuration, environment secrets included", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite other containers' files and volumes, ${ROOT}`, fix: NARROW },
  },
  {
    pattern: /^\/var\/lib\/docker\/containers$/,
    what: "every container's logs and configuration (%s)",
    read: {
      level: "warning",
      why: "beside each log, config.v2.json holds that container's environment variables, secrets included",
      fix: "Ship logs through a logging driver instead, or keep it for a trusted log agent only",
      agent: "Expected for a log agent; keep it read-only, or ship logs through a logging driver instead",
    },
    write: { level: "error", why: "it can read every container's environment secrets and rewrite their configuration", fix: READ_ONLY },
  },
  {
    pattern: /^\/var\/lib\/(docker|containerd)\//,
    what: "the host's container storage (%s)",
    write: { level: "error", why: "it can rewrite other containers' images and files", fix: READ_ONLY },
  },
  {
    pattern: /^\/var\/lib\/kubelet(\/|$)/,
    what: "the kubelet's %s",
    read: { level: "error", why: "it holds the secrets and service-account tokens of every pod on the node", fix: "Remove the mount" },
    write: { level: "error", why: "it holds the secrets and service-account tokens of every pod on the node", fix: "Remove the mount" },
  },
  {
    pattern: /^\/(home|Users)$/,
    what: "every user's home directory (%s)",
    read: { level: "error", why: "that still hands over SSH keys, cloud and registry credentials and shell history", fix: NARROW },
    write: { level: "error", why: "it can read their SSH keys and credentials and plant code in their shell start-up files", fix: NARROW },
  },
  {
    pattern: /^~$/,
    what: "a home directory (%s)",
    read: { level: "error", why: "that still hands over SSH keys, cloud and registry credentials and shell history", fix: NARROW },
    write: { level: "error", why: "it can read SSH keys and credentials and plant code in shell start-up files or authorized_keys", fix: NARROW },
  },
  {
    pattern: /^~\/(\.ssh|\.aws|\.kube|\.docker|\.gnupg|\.azure|\.config\/gcloud|\.netrc|\.git-credentials|\.vault-token|\.pgpass)$/,
    what: (path) => `${storeName(path)} (%s)`,
    read: { level: "error", why: `every key in it goes to the container; ${STOLEN}`, fix: DEDICATED },
    write: { level: "error", why: "every key in it goes to the container, which can also add its own", fix: DEDICATED },
  },
  {
    // One file of a store (a deploy key, a kubeconfig) is a deliberate hand-over, but of a personal credential.
    pattern: /^~\/(\.ssh|\.aws|\.kube|\.docker|\.gnupg|\.azure|\.config\/gcloud)\//,
    what: (path) => `${storeName(path)} (%s)`,
    read: { level: "warning", why: "a personal credential from a home directory goes to the container", fix: DEDICATED },
    write: { level: "warning", why: "a personal credential from a home directory goes to the container, which can also replace it", fix: DEDICATED },
  },
];

function storeName(path: string): string {
  return CREDENTIALS[/^~\/(\.[^/]+)/.exec(path)?.[1] ?? ""] ?? "credentials";
}

/** Host monitoring and log agents: they ask for read-only views of the host by design. */
const AGENT =
  /node[-_]?exporter|cadvisor|netdata|(metric|file|audit|packet|heart)beat|elastic-agent|fleet-server|telegraf|datadog|dd-agent|promtail|grafana-agent|alloy|fluent-?bit|fluentd|vector|otel|opentelemetry|zabbix|newrelic|sysdig|falco|glances|beszel|process-exporter|collectd/i;

function isAgent(service: Service): boolean {
  return AGENT.test(service.name.value) || (service.image !== undefined && AGENT.test(service.image.value.repository));
}

/** The host path a source names, normalised (`~` for a home directory); undefined when it is not one. */
function normalise(source: Located<string>): string | undefined {
  let text = source.value.trim();
  const raw = source.raw;
  if (raw !== undefined) {
    // `$HOME/.ssh` names a home directory whatever HOME holds where the linter runs.
    const home = /^(\$HOME|\$\{HOME(:?-[^}]*)?\})(?=\/|$)/.exec(raw);
    if (home) text = `~${raw.slice(home[0].length)}`;
  }
  if (/^[A-Za-z]:[\\/]|^\\\\|^\/\/\.\//.test(text)) return undefined;
  if (/^~(\/|$)/.test(text)) return `~${posix.normalize(`/${text.slice(1)}`).replace(/\/+$/, "")}`;
  if (!text.startsWith("/")) return undefined;
  const path = posix.normalize(text).replace(/(.)\/+$/, "$1");
  const home = /^\/(root|home\/[^/]+|Users\/[^/]+)(?=\/|$)/.exec(path);
  return home ? `~${path.slice(home[0].length)}` : path;
}

/**
 * What no-docker-socket-mount reports (sockets, /run, /var/run, the host's root that holds them),
 * so one mount gives one finding.
 */
function isSocketTerritory(mount: Mount, path: string): boolean {
  return socketKind(mount) !== undefined || /^\/(var\/)?run(\/|$)/.test(path) || /\.sock(\.raw)?$/.test(path);
}

interface HostSource {
  path: string;
  shown: string;
  readOnly: boolean;
  /** For a named volume that binds a host directory (`o: bind`, `device:`): its name and device span. */
  volume?: { name: string; device: Span };
}

/** The host path of a bind mount (a named volume the local driver binds is one, see `Mount.volume`). */
function hostSource(mount: Mount): HostSource | undefined {
  if (mount.kind !== "bind" || !mount.source) return undefined;
  const path = normalise(mount.source);
  if (path === undefined) return undefined;
  const source: HostSource = { path, shown: mount.source.raw ?? mount.source.value, readOnly: mount.readOnly };
  if (mount.volume) source.volume = { name: mount.volume.name.value, device: mount.source.span };
  return source;
}

/** `shared` / `rshared` bind propagation, which carries mounts made in the container back to the host. */
function sharedPropagation(mount: Mount): string | undefined {
  const value = mount.propagation?.value.trim().toLowerCase();
  return mount.kind === "bind" && (value === "shared" || value === "rshared") ? value : undefined;
}

const SHARED_WHY = "a mount made inside it (by a process with SYS_ADMIN, or a privileged one) appears on the host, over the host's own files";
const SHARED_FIX = "Use `rslave` if it must see the host's mounts, or leave the default (`rprivate`)";

/** The host's whole /dev: its nodes need the device cgroup's permission, which `privileged` gives for all. */
function devExposure(service: Service): Exposure {
  return service.privileged?.value
    ? {
        level: "error",
        why: "with `privileged: true` that is raw access to every disk and to the host's memory",
        fix: "Pass only the device nodes it needs under `devices:` and drop `privileged`",
      }
    : {
        level: "warning",
        why: "it gets the host's terminals (/dev/pts) and shared memory (/dev/shm) now, and every disk as soon as it is given device permissions",
        fix: "Pass only the device nodes it needs under `devices:`",
      };
}

/** `path` is `folder` or below it. */
function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder === "/" ? "/" : `${folder}/`);
}

export default defineRule({
  meta: {
    id: "no-sensitive-host-mount",
    description: "A service bind-mounts a sensitive host path: /etc, /var, container storage, a home directory, credentials, or a writable system directory; or a bind with shared propagation.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "secrets", "privilege-escalation"],
    help:
      "A bind mount hands the host's files to the container's root user. Writable system directories (/, /etc, /usr, /lib, /boot, /proc, /sys) let it plant a user, a cron job or a kernel hook that runs as root on the host; read-only views of /etc, /var/lib/docker, home directories and ~/.ssh, ~/.aws, ~/.kube or ~/.docker still hand over password hashes, private keys and other containers' secrets. Mount only the subdirectory the service needs, read-only, and pass credentials as Compose secrets. Read-only system files such as /etc/localtime, /etc/hosts or /lib/modules are not reported; the host's root / is no-docker-socket-mount's, since it holds the Docker socket. `shared`/`rshared` propagation (a warning) carries mounts made in the container back to the host.",
    securitySeverity: 8.5,
    options: {
      type: "object",
      properties: {
        paths: {
          type: "array",
          items: { type: "string", pattern: "^/" },
          description: "More host paths that are sensitive on your hosts (`/srv/backups`): a mount of one, of anything below it or of a folder above it is reported, read-only or not.",
        },
      },
      additionalProperties: false,
    },
  },
  check({ project, report, options }) {
    const configured = ((options.paths as string[] | undefined) ?? []).map((p) => p.replace(/(.)\/+$/, "$1"));
    for (const service of project.services) {
      for (const mount of service.mounts) {
        const source = hostSource(mount);
        if (source && isSocketTerritory(mount, source.path)) continue;
        const shared = sharedPropagation(mount);
        const zone = source ? ZONES.find((z) => z.pattern.test(source.path)) : undefined;
        const exposure = !source ? undefined : zone ? (source.readOnly ? zone.read : zone.write) : source.path === "/dev" ? devExposure(service) : undefined;
        const related = source?.volume ? [{ span: source.volume.device, message: `volume "${source.volume.name}" binds host path "${source.shown}"` }] : undefined;
        if (!source || !exposure) {
          const listed = source ? configured.find((p) => within(source.path, p) || within(p, source.path)) : undefined;
          if (source && listed !== undefined) {
            const how = source.readOnly ? "read-only" : "writable";
            report({
              at: mount,
              service: service.name.value,
              message: (who) => `${who} mounts "${source.shown}" ${how} at ${mount.target.value}, which exposes "${listed}", a host path the configuration lists as sensitive (option \`paths\`). ${NARROW}, outside it.`,
              ...(related ? { related } : {}),
            });
          } else if (shared) {
            const shown = mount.source ? `"${mount.source.raw ?? mount.source.value}"` : "a host path";
            report({
              at: mount,
              level: "warning",
              service: service.name.value,
              message: (who) => `${who} bind-mounts ${shown} at ${mount.target.value} with ${shared} propagation: ${SHARED_WHY}. ${SHARED_FIX}.`,
              ...(related ? { related } : {}),
            });
          }
          continue;
        }
        const agentFix = source.readOnly && isAgent(service) ? zone?.read?.agent : undefined;
        const agent = agentFix !== undefined;
        const level: Level = agent && exposure.level === "warning" ? "note" : exposure.level;
        const named = zone ? (typeof zone.what === "string" ? zone.what : zone.what(source.path)) : "the host's %s";
        const what = (zone?.pattern.source === "^~$" && /^\/root(\/|$)/.test(source.shown) ? "root's home directory (%s)" : named).replace("%s", `"${source.shown}"`);
        const how = `${source.readOnly ? "read-only" : "writable"}${source.volume ? ` through volume "${source.volume.name}"` : ""}`;
        const fix = agentFix ?? exposure.fix;
        const propagation = shared ? ` Its ${shared} propagation also means ${SHARED_WHY}.` : "";
        report({
          at: mount,
          ...(level !== "error" ? { level } : {}),
          service: service.name.value,
          message: (who) => `${who} mounts ${what} ${how} at ${mount.target.value}: ${exposure.why}. ${fix}.${propagation}`,
          ...(related ? { related } : {}),
        });
      }
    }
  },
});
