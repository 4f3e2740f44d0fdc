import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  findClose
} from "./chunk-TUIA6AK5.mjs";
import {
  sourceOf
} from "./chunk-THJZCHAV.mjs";
import {
  datastoreOfService,
  datastorePort,
  socketKind,
  socketPathInContainer
} from "./chunk-63VPBCBN.mjs";
import {
  FAIL_LEVELS,
  LOCKED,
  closest,
  validateComposeSchema
} from "./chunk-2ZSOFDUQ.mjs";
import {
  attachedNetworks,
  describePort,
  isLoopbackAddress,
  isWildcardAddress,
  loopbackSuggestion,
  portReach,
  portSpan,
  quoted,
  shown,
  swarmEvidence
} from "./chunk-EC2PSDJG.mjs";
import {
  ARTICLE,
  AUTH_METHODS,
  CLIENT_PASSWORD_OPTIONS,
  carriesNoSecret,
  credentialPair,
  embeddedSecret,
  lineHolding,
  optionKind,
  secretKind,
  strength,
  unquote,
  written,
  writtenText
} from "./chunk-6DRHLQUI.mjs";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}

// rules/compose-schema.ts
var compose_schema_default = defineRule({
  meta: {
    id: "compose-schema",
    description: "The file does not follow the Compose Specification: an unknown key, or a value of the wrong type.",
    level: "error",
    preset: "recommended",
    tags: ["correctness"],
    help: "Docker Compose checks a file against the Compose Specification before it runs anything and refuses the whole file for one misspelt key or one value of the wrong type; other tools that read compose files may instead ignore the key silently, so a misspelt `read_onyl: true` protects nothing. Fix the key (the message names the nearest valid one) or the value; custom keys must start with `x-`.",
    securitySeverity: 1
  },
  check({ project, report }) {
    for (const file of project.files) for (const problem of validateComposeSchema(file)) report({ at: problem.span, message: problem.message });
  }
});

// rules/no-docker-socket-mount.ts
var SOCKET_PROXY_IMAGES = /(^|\/)(docker-socket-proxy|socket-proxy|dockerproxy)$/;
function throughVolume(mount) {
  if (!mount.volume || !mount.source) return { via: "" };
  const name = mount.volume.name.value;
  return { via: ` through volume "${name}"`, related: [{ span: mount.source.span, message: `volume "${name}" binds host path ${quoted(mount.source.value, mount.source)}` }] };
}
var no_docker_socket_mount_default = defineRule({
  meta: {
    id: "no-docker-socket-mount",
    description: "A service mounts the Docker (or Podman, containerd) socket, or a directory that holds it (/run, /var/run, the host's root), which is root on the host.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation"],
    help: "Whoever can talk to the Docker socket can start a privileged container that mounts the host's root file system: a compromised service with the socket owns the host. `:ro` does not help, since it only stops the file from being replaced, not connecting to the socket or the API calls made through it. A mount of /run, /var/run or the host's root brings the socket along. Remove the mount; if a tool really needs the API, put a filtering proxy in front (for example one that allows only read-only GET endpoints) and mount nothing.",
    securitySeverity: 9
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const mount of service.mounts) {
        const kind = socketKind(mount);
        if (!kind) continue;
        const source = quoted(mount.source.value, mount.source);
        const name = service.name.value;
        const inside = socketPathInContainer(mount);
        const { via, related } = throughVolume(mount);
        const what = kind === "parent" ? `mounts the host's root file system ${source}${via} at ${shown(mount.target.value, mount.target)}, and with it the Docker socket, at ${inside} in the container` : kind === "directory" ? `mounts ${source}${via}, the directory that holds the Docker socket, at ${inside} in the container` : kind === "interpolated" ? `mounts ${source} onto ${shown(mount.target.value, mount.target)}, a container engine socket` : `mounts the container engine socket ${source}${via}`;
        const readOnly = mount.readOnly ? " (read-only does not stop connecting to a socket, nor limit the API)" : "";
        const alsoWritable = kind === "parent" && !mount.readOnly ? " It can also rewrite any file on the host." : "";
        const fix2 = kind === "parent" ? "Mount only the subdirectories it needs, read-only and outside /run" : "Remove the mount or use a filtering socket proxy";
        if (service.image && SOCKET_PROXY_IMAGES.test(service.image.value.repository)) {
          report({
            at: mount,
            level: "note",
            service: name,
            message: (who) => `${who} is a socket proxy and ${what}: keep it on an \`internal: true\` network, publish no ports, and allow only the API endpoints its clients need.`,
            ...related ? { related } : {}
          });
          continue;
        }
        report({
          at: mount,
          service: name,
          message: (who) => `${who} ${what}${readOnly}; anyone controlling the container gets root on the host.${alsoWritable} ${fix2}.`,
          ...related ? { related } : {}
        });
      }
    }
  }
});

// rules/no-sensitive-host-mount.ts
import { posix } from "node:path";
var NARROW = "Mount only the subdirectory it needs, read-only";
var READ_ONLY = "Mount it read-only (`:ro`)";
var SECRET = "Give the service only the credential it needs, as a Compose secret (`secrets:`)";
var DEDICATED = "Give it a dedicated credential with only the access it needs, as a Compose secret (`secrets:`)";
var ROOT = "which is root on the host";
var STOLEN = "read-only is enough to steal them";
var WHOLE_VIEW_AGENT = "If this monitoring agent needs all of it, keep it read-only and suppress the finding with a comment; otherwise mount only the subdirectories it reads";
var CREDENTIALS = {
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
  ".pgpass": "PostgreSQL passwords"
};
var ZONES = [
  {
    pattern: /^\/$/,
    what: "the host's root file system (%s)",
    read: { level: "error", why: "that still lets it read every file on the host: /etc/shadow, SSH and TLS private keys, other containers' volumes", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite any file on the host (a cron job, root's authorized_keys), ${ROOT}`, fix: NARROW }
  },
  {
    pattern: /^\/etc$/,
    what: "the host's %s",
    read: { level: "error", why: "that still lets it read the password hashes in /etc/shadow, the SSH host keys and TLS private keys", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can add a user, a sudoers rule or a cron job, ${ROOT}`, fix: NARROW }
  },
  // Public halves of key pairs and known-host lists carry no secret.
  { pattern: /(^|\/)(ssh_)?known_hosts(\.old)?$|\.pub$/, what: "" },
  {
    pattern: /^\/etc\/g?shadow-?$/,
    what: "the host's password hashes (%s)",
    read: { level: "error", why: "they can be cracked offline", fix: "Remove the mount" },
    write: { level: "error", why: `it can set root's password, ${ROOT}`, fix: "Remove the mount" }
  },
  {
    pattern: /^\/etc\/(ssh|ssl\/private|pki\/tls\/private|kubernetes)(\/|$)|^\/etc\/docker$/,
    what: (path) => path.startsWith("/etc/ssh") ? "the host's SSH keys (%s)" : path.startsWith("/etc/kubernetes") ? "the Kubernetes node's credentials (%s)" : path === "/etc/docker" ? "the Docker daemon's configuration and TLS keys (%s)" : "the host's TLS private keys (%s)",
    read: { level: "error", why: STOLEN, fix: SECRET },
    write: { level: "error", why: "it can read and replace them", fix: SECRET }
  },
  {
    pattern: /^\/etc\/(passwd|group|sudoers|sudoers\.d|crontab|cron\.(d|hourly|daily|weekly|monthly)|anacrontab|systemd|init\.d|rc\.local|profile|profile\.d|environment|bash\.bashrc|ld\.so\.preload|ld\.so\.conf|ld\.so\.conf\.d|pam\.d|security|modprobe\.d|modules-load\.d|udev|docker|containerd|apt|yum\.repos\.d)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: `it can add users, sudo rules, cron jobs, services or package sources that the host runs as root, ${ROOT}`, fix: READ_ONLY }
  },
  {
    pattern: /^\/etc\/(hosts|resolv\.conf)$/,
    what: "the host's %s",
    write: { level: "warning", why: "it can redirect the host's own name lookups", fix: READ_ONLY }
  },
  {
    pattern: /^\/proc$/,
    what: "the host's %s",
    read: {
      level: "warning",
      why: "that still shows it every host process with its command line (where passwords passed as arguments appear) and the host's network connections",
      fix: "Remove it unless this is a host monitoring agent",
      agent: "Expected for a host monitoring agent; keep it read-only"
    },
    write: { level: "error", why: "it can set kernel.core_pattern, which makes the host run a program of its choice as root", fix: READ_ONLY }
  },
  {
    pattern: /^\/proc\/(sys(\/|$)|sysrq-trigger$)/,
    what: "the host's kernel controls (%s)",
    write: { level: "error", why: "it can set kernel parameters such as kernel.core_pattern (a program of its choice run as root on the host) or crash the host", fix: READ_ONLY }
  },
  {
    pattern: /^\/sys$|^\/sys\/(fs|kernel|module|firmware|power)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: "it can set kernel hooks such as uevent_helper or a cgroup release_agent, which run a program as root on the host", fix: READ_ONLY }
  },
  {
    pattern: /^\/boot(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: "it can replace the kernel or boot loader and take over the host at the next boot", fix: READ_ONLY }
  },
  {
    pattern: /^\/(usr|bin|sbin|lib|lib32|lib64|libx32)$|^\/usr\/(bin|sbin|lib|lib32|lib64|libexec|local)$|^\/usr\/local\/(bin|sbin|lib)$|^\/(usr\/)?lib\/(modules|systemd|firmware)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: `it can replace programs, libraries or kernel modules the host runs as root, ${ROOT}`, fix: READ_ONLY }
  },
  {
    pattern: /^\/var(\/lib)?$/,
    what: "the host's %s (with /var/lib/docker in it)",
    read: { level: "error", why: "that still lets it read every container's files, volumes and configuration, environment secrets included", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite other containers' files and volumes, ${ROOT}`, fix: NARROW }
  },
  {
    pattern: /^\/var\/lib\/(docker|containerd)(\/volumes)?$/,
    what: "the host's container storage (%s)",
    read: { level: "error", why: "that still lets it read every container's files, volumes and configuration, environment secrets included", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite other containers' files and volumes, ${ROOT}`, fix: NARROW }
  },
  {
    pattern: /^\/var\/lib\/docker\/containers$/,
    what: "every container's logs and configuration (%s)",
    read: {
      level: "warning",
      why: "beside each log, config.v2.json holds that container's environment variables, secrets included",
      fix: "Ship logs through a logging driver instead, or keep it for a trusted log agent only",
      agent: "Expected for a log agent; keep it read-only, or ship logs through a logging driver instead"
    },
    write: { level: "error", why: "it can read every container's environment secrets and rewrite their configuration", fix: READ_ONLY }
  },
  {
    pattern: /^\/var\/lib\/(docker|containerd)\//,
    what: "the host's container storage (%s)",
    write: { level: "error", why: "it can rewrite other containers' images and files", fix: READ_ONLY }
  },
  {
    pattern: /^\/var\/lib\/kubelet(\/|$)/,
    what: "the kubelet's %s",
    read: { level: "error", why: "it holds the secrets and service-account tokens of every pod on the node", fix: "Remove the mount" },
    write: { level: "error", why: "it holds the secrets and service-account tokens of every pod on the node", fix: "Remove the mount" }
  },
  {
    pattern: /^\/(home|Users)$/,
    what: "every user's home directory (%s)",
    read: { level: "error", why: "that still hands over SSH keys, cloud and registry credentials and shell history", fix: NARROW },
    write: { level: "error", why: "it can read their SSH keys and credentials and plant code in their shell start-up files", fix: NARROW }
  },
  {
    pattern: /^~$/,
    what: "a home directory (%s)",
    read: { level: "error", why: "that still hands over SSH keys, cloud and registry credentials and shell history", fix: NARROW },
    write: { level: "error", why: "it can read SSH keys and credentials and plant code in shell start-up files or authorized_keys", fix: NARROW }
  },
  {
    pattern: /^~\/(\.ssh|\.aws|\.kube|\.docker|\.gnupg|\.azure|\.config\/gcloud|\.netrc|\.git-credentials|\.vault-token|\.pgpass)$/,
    what: (path) => `${storeName(path)} (%s)`,
    read: { level: "error", why: `every key in it goes to the container; ${STOLEN}`, fix: DEDICATED },
    write: { level: "error", why: "every key in it goes to the container, which can also add its own", fix: DEDICATED }
  },
  {
    // One file of a store (a deploy key, a kubeconfig) is a deliberate hand-over, but of a personal credential.
    pattern: /^~\/(\.ssh|\.aws|\.kube|\.docker|\.gnupg|\.azure|\.config\/gcloud)\//,
    what: (path) => `${storeName(path)} (%s)`,
    read: { level: "warning", why: "a personal credential from a home directory goes to the container", fix: DEDICATED },
    write: { level: "warning", why: "a personal credential from a home directory goes to the container, which can also replace it", fix: DEDICATED }
  }
];
function storeName(path) {
  return CREDENTIALS[/^~\/(\.[^/]+)/.exec(path)?.[1] ?? ""] ?? "credentials";
}
var AGENT = /node[-_]?exporter|cadvisor|netdata|(metric|file|audit|packet|heart)beat|elastic-agent|fleet-server|telegraf|datadog|dd-agent|promtail|grafana-agent|alloy|fluent-?bit|fluentd|vector|otel|opentelemetry|zabbix|newrelic|sysdig|falco|glances|beszel|process-exporter|collectd/i;
function isAgent(service) {
  return AGENT.test(service.name.value) || service.image !== void 0 && AGENT.test(service.image.value.repository);
}
function normalise(source) {
  let text = source.value.trim();
  const raw = source.raw;
  if (raw !== void 0) {
    const home2 = /^(\$HOME|\$\{HOME(:?-[^}]*)?\})(?=\/|$)/.exec(raw);
    if (home2) text = `~${raw.slice(home2[0].length)}`;
  }
  if (/^[A-Za-z]:[\\/]|^\\\\|^\/\/\.\//.test(text)) return void 0;
  if (/^~(\/|$)/.test(text)) return `~${posix.normalize(`/${text.slice(1)}`).replace(/\/+$/, "")}`;
  if (!text.startsWith("/")) return void 0;
  const path = posix.normalize(text).replace(/(.)\/+$/, "$1");
  const home = /^\/(root|home\/[^/]+|Users\/[^/]+)(?=\/|$)/.exec(path);
  return home ? `~${path.slice(home[0].length)}` : path;
}
function isSocketTerritory(mount, path) {
  return socketKind(mount) !== void 0 || /^\/(var\/)?run(\/|$)/.test(path) || /\.sock(\.raw)?$/.test(path);
}
function hostSource(mount) {
  if (mount.kind !== "bind" || !mount.source) return void 0;
  const path = normalise(mount.source);
  if (path === void 0) return void 0;
  const source = { path, shown: quoted(mount.source.value, mount.source), readOnly: mount.readOnly };
  if (mount.volume) source.volume = { name: mount.volume.name.value, device: mount.source.span };
  return source;
}
function sharedPropagation(mount) {
  const value = mount.propagation?.value.trim().toLowerCase();
  return mount.kind === "bind" && (value === "shared" || value === "rshared") ? value : void 0;
}
var SHARED_WHY = "a mount made inside it (by a process with SYS_ADMIN, or a privileged one) appears on the host, over the host's own files";
var SHARED_FIX = "Use `rslave` if it must see the host's mounts, or leave the default (`rprivate`)";
function devExposure(service) {
  return service.privileged?.value ? {
    level: "error",
    why: "with `privileged: true` that is raw access to every disk and to the host's memory",
    fix: "Pass only the device nodes it needs under `devices:` and drop `privileged`"
  } : {
    level: "warning",
    why: "it gets the host's terminals (/dev/pts) and shared memory (/dev/shm) now, and every disk as soon as it is given device permissions",
    fix: "Pass only the device nodes it needs under `devices:`"
  };
}
function within(path, folder) {
  return path === folder || path.startsWith(folder === "/" ? "/" : `${folder}/`);
}
var no_sensitive_host_mount_default = defineRule({
  meta: {
    id: "no-sensitive-host-mount",
    description: "A service bind-mounts a sensitive host path: /etc, /var, container storage, a home directory, credentials, or a writable system directory; or a bind with shared propagation.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "secrets", "privilege-escalation"],
    help: "A bind mount hands the host's files to the container's root user. Writable system directories (/, /etc, /usr, /lib, /boot, /proc, /sys) let it plant a user, a cron job or a kernel hook that runs as root on the host; read-only views of /etc, /var/lib/docker, home directories and ~/.ssh, ~/.aws, ~/.kube or ~/.docker still hand over password hashes, private keys and other containers' secrets. Mount only the subdirectory the service needs, read-only, and pass credentials as Compose secrets. Read-only system files such as /etc/localtime, /etc/hosts or /lib/modules are not reported; the host's root / is no-docker-socket-mount's, since it holds the Docker socket. `shared`/`rshared` propagation (a warning) carries mounts made in the container back to the host.",
    securitySeverity: 8.5,
    options: {
      type: "object",
      properties: {
        paths: {
          type: "array",
          items: { type: "string", pattern: "^/" },
          description: "More host paths that are sensitive on your hosts (`/srv/backups`): a mount of one, of anything below it or of a folder above it is reported, read-only or not."
        }
      },
      additionalProperties: false
    }
  },
  check({ project, report, options }) {
    const configured = (options.paths ?? []).map((p) => p.replace(/(.)\/+$/, "$1"));
    for (const service of project.services) {
      for (const mount of service.mounts) {
        const source = hostSource(mount);
        if (source && isSocketTerritory(mount, source.path)) continue;
        const shared = sharedPropagation(mount);
        const zone = source ? ZONES.find((z) => z.pattern.test(source.path)) : void 0;
        const exposure = !source ? void 0 : zone ? source.readOnly ? zone.read : zone.write : source.path === "/dev" ? devExposure(service) : void 0;
        const related = source?.volume ? [{ span: source.volume.device, message: `volume "${source.volume.name}" binds host path ${source.shown}` }] : void 0;
        if (!source || !exposure) {
          const listed = source ? configured.find((p) => within(source.path, p) || within(p, source.path)) : void 0;
          if (source && listed !== void 0) {
            const how2 = source.readOnly ? "read-only" : "writable";
            report({
              at: mount,
              service: service.name.value,
              message: (who) => `${who} mounts ${source.shown} ${how2} at ${shown(mount.target.value, mount.target)}, which exposes "${listed}", a host path the configuration lists as sensitive (option \`paths\`). ${NARROW}, outside it.`,
              ...related ? { related } : {}
            });
          } else if (shared) {
            const given = mount.source ? quoted(mount.source.value, mount.source) : "a host path";
            report({
              at: mount,
              level: "warning",
              service: service.name.value,
              message: (who) => `${who} bind-mounts ${given} at ${shown(mount.target.value, mount.target)} with ${shared} propagation: ${SHARED_WHY}. ${SHARED_FIX}.`,
              ...related ? { related } : {}
            });
          }
          continue;
        }
        const agentFix = source.readOnly && isAgent(service) ? zone?.read?.agent : void 0;
        const agent = agentFix !== void 0;
        const level = agent && exposure.level === "warning" ? "note" : exposure.level;
        const named = zone ? typeof zone.what === "string" ? zone.what : zone.what(source.path) : "the host's %s";
        const what = (zone?.pattern.source === "^~$" && /^"\/root[/"]/.test(source.shown) ? "root's home directory (%s)" : named).replace("%s", source.shown);
        const how = `${source.readOnly ? "read-only" : "writable"}${source.volume ? ` through volume "${source.volume.name}"` : ""}`;
        const fix2 = agentFix ?? exposure.fix;
        const propagation = shared ? ` Its ${shared} propagation also means ${SHARED_WHY}.` : "";
        report({
          at: mount,
          ...level !== "error" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who} mounts ${what} ${how} at ${shown(mount.target.value, mount.target)}: ${exposure.why}. ${fix2}.${propagation}`,
          ...related ? { related } : {}
        });
      }
    }
  }
});

// rules/no-hardcoded-secret.ts
function userSibling(name, vars) {
  const stem = /^(.*?)_?(PASSWORD|PASSWD|PASS|PWD)$/i.exec(name)?.[1];
  if (stem === void 0) return void 0;
  const candidates = ["USER", "USERNAME", "USER_NAME", "LOGIN"].map((suffix) => (stem ? `${stem}_${suffix}` : suffix).toLowerCase());
  return vars.find((v) => candidates.includes(v.name.value.toLowerCase()));
}
function embeddedFix(embedded) {
  switch (embedded.shape) {
    case "option":
      return `Interpolate it from a variable kept in an uncommitted .env file (\`password="\${JAAS_PASSWORD:?}"\`), or mount the whole configuration as a Compose secret (for JAAS, \`-Djava.security.auth.login.config=/run/secrets/<name>\`).`;
    case "parameter":
      return "Interpolate it from a variable kept in an uncommitted .env file (`...?password=${DB_PASSWORD:?}`), or read the whole value from a Compose secret.";
    case "url":
      return "Interpolate the password from a variable kept in an uncommitted .env file (`...:${DB_PASSWORD:?}@...`), or read the whole value from a Compose secret.";
  }
}
function repeats(name, text, fallback, context) {
  const value = unquote(text).toLowerCase();
  const sibling = userSibling(name, context.vars);
  const siblingValue = sibling?.value && written(sibling.value);
  if (siblingValue && Boolean(siblingValue.fallbackFor) === fallback && unquote(siblingValue.text).toLowerCase() === value) return sibling.name.value;
  if (context.service.toLowerCase() === value) return "the service name";
  if (context.image?.toLowerCase() === value) return "the image name";
  return void 0;
}
function judge(variable, context) {
  const value = variable.value;
  if (!value) return void 0;
  const { where } = context;
  const name = variable.name.value;
  const shown2 = written(value);
  if (!shown2) return void 0;
  const fallback = shown2.fallbackFor;
  const unsetVars = fallback?.join(", ");
  const buildNote = where === "build" ? " Build arguments stay in the image history (`docker history`) for anyone who can pull the image; use a build secret (`build.secrets`) instead." : "";
  const requireIt = fallback ? `Require the variable instead: \`\${${fallback[0]}:?${fallback[0]} must be set}\`.` : "";
  const embedded = embeddedSecret(shown2.text);
  if (embedded) {
    const sameAs = embedded.user !== void 0 && embedded.user !== "" && embedded.user === embedded.secret ? "the user name" : void 0;
    const { words: words2, weak: weak2 } = strength(embedded.secret, sameAs);
    const how = fallback ? ` whenever ${unsetVars} is unset` : "";
    const fix2 = requireIt || (where === "build" ? "" : embeddedFix(embedded));
    return {
      // In a block scalar (a JAAS config over several lines), the line that holds it.
      at: (value.raw === void 0 && value.span.file === context.file.path ? lineHolding(context.file.text, value.span, embedded.secret) : void 0) ?? value.span,
      level: fallback && !weak2 ? "warning" : "error",
      message: (who) => `${who} embeds a hard-coded password (${words2}) in ${name}${how} ("${embedded.masked}"); anyone who can read the compose file can log in.${buildNote} ${fix2}`.trimEnd()
    };
  }
  const pair = credentialPair(name, shown2.text);
  if (pair) {
    const { words: words2 } = strength(pair.secret, pair.user === pair.secret ? "the user name" : void 0);
    const how = fallback ? ` whenever ${unsetVars} is unset` : "";
    return {
      at: value.span,
      level: "error",
      message: (who) => `${who} sets ${name} to a user name and password pair for "${pair.user}" (the password is ${words2})${how}; anyone who can read the compose file can log in.${buildNote} ${requireIt || `Read it from a variable kept in an uncommitted .env file (\`\${${name}:?}\`).`}`
    };
  }
  const kind = secretKind(name) ?? (context.extraKeys?.has(name.toUpperCase()) ? "secret" : void 0);
  if (!kind || carriesNoSecret(shown2.text)) return void 0;
  if (kind === "credentials" && /AUTH$/i.test(name) && AUTH_METHODS.test(unquote(shown2.text))) return void 0;
  const { words, weak } = strength(shown2.text, repeats(name, shown2.text, fallback !== void 0, context));
  if (fallback) {
    return {
      at: value.span,
      level: weak ? "error" : "warning",
      message: (who) => `${who} sets ${name} to ${ARTICLE[kind]} (${words}) whenever ${unsetVars} is unset, and that fallback is in the file for anyone to read. ${requireIt}`
    };
  }
  if (where === "build") {
    return {
      at: value.span,
      level: "error",
      message: (who) => `${who} passes build argument ${name} as ${ARTICLE[kind]} (${words}).${buildNote}`
    };
  }
  return {
    at: value.span,
    level: "error",
    message: (who) => `${who} sets ${name} to ${ARTICLE[kind]} (${words}); anyone who can read the compose file or run \`docker inspect\` has it. Read it from a variable kept in an uncommitted .env file (\`\${${name}:?}\`) or pass it as a Compose secret (many images read \`${name}_FILE\`).`
  };
}
var no_hardcoded_secret_default = defineRule({
  meta: {
    id: "no-hardcoded-secret",
    description: "A password, token or key is written into the compose file: in `environment:`, in `build.args`, or inside a connection URL.",
    level: "error",
    preset: "recommended",
    tags: ["security", "secrets", "credentials"],
    help: "A secret in a compose file is in every clone of the repository, in CI logs and in `docker inspect`; a build argument is also in the image history. Well-known defaults (postgres, changeme, admin) are the first thing scanners try. Read secrets from variables kept in an uncommitted .env file (`${DB_PASSWORD:?}`), or better, pass them as Compose secrets and point the image's `*_FILE` variable at /run/secrets/<name>. Settings that switch authentication off (MYSQL_ALLOW_EMPTY_PASSWORD, POSTGRES_HOST_AUTH_METHOD=trust) are no-disabled-auth's. Messages never show the secret, only its length.",
    securitySeverity: 8,
    options: {
      type: "object",
      properties: {
        keys: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "More variable names that hold a secret (compared without case), beyond the names compose-lint recognises."
        },
        allowValues: {
          type: "array",
          items: { type: "string" },
          description: "Values never reported, such as a documented placeholder your deployment replaces."
        }
      },
      additionalProperties: false
    }
  },
  check({ project, report, options }) {
    const extraKeys = new Set((options.keys ?? []).map((k) => k.toUpperCase()));
    const allowValues = new Set(options.allowValues ?? []);
    for (const service of project.services) {
      const sources = [
        ["environment", service.environment],
        ["build", service.build?.args ?? []]
      ];
      for (const [where, vars] of sources) {
        for (const variable of vars) {
          if (variable.value !== void 0 && allowValues.has(variable.value.value)) continue;
          const finding = judge(variable, { where, vars, service: service.name.value, image: service.image?.value.name, file: project.file, extraKeys });
          if (!finding) continue;
          report({
            at: finding.at,
            redact: true,
            ...finding.level !== "error" ? { level: finding.level } : {},
            service: service.name.value,
            message: finding.message
          });
        }
      }
    }
  }
});

// rules/no-secret-in-command.ts
var PLACES = { command: "command", entrypoint: "entrypoint", healthcheck: "healthcheck test" };
function wordsOf(line) {
  const pieces = line.form === "list" ? line.args.map((arg) => ({ raw: arg.raw ?? arg.value, span: arg.span })) : [{ raw: line.raw ?? line.text, span: line.span }];
  return pieces.flatMap(({ raw, span }) => raw.split(/\s+/).flatMap((word) => word ? [{ text: word.replace(/\\?["']/g, ""), span }] : []));
}
function literal(raw, at, kind, how) {
  const shown2 = writtenText(raw);
  const text = shown2?.text.replace(/[;&|]+$/, "").replace(/^([^(]*)\)+$/, "$1");
  if (!shown2 || text === void 0 || carriesNoSecret(text) || /\$[\w{(]|`/.test(text) || /^[a-z]+=[^=]/.test(text)) return void 0;
  return { at, how, kind, ...strength(text), ...shown2.fallbackFor ? { fallbackFor: shown2.fallbackFor } : {} };
}
function optionTakes(option, client) {
  if (option === client?.separate) return "password";
  if (option === "--password" && client?.promptingPassword) return void 0;
  return optionKind(option.replace(/^-+/, ""));
}
var NOTHING = [void 0, false];
function secretAt(words, i, client) {
  const { text, span } = words[i];
  if (text.charCodeAt(0) !== 45 && !text.includes("=") && !text.includes("@")) return NOTHING;
  const assignment = /^(-{0,2}[A-Za-z_][\w.-]*)=(.*)$/.exec(text);
  const assigned = assignment && optionKind(assignment[1].replace(/^-+/, ""));
  if (assigned) return [literal(assignment[2], span, assigned, `${assignment[1].startsWith("-") ? "with" : "in"} \`${assignment[1]}\``), false];
  if (client?.attached && text.startsWith(client.attached) && text.length > client.attached.length) {
    return [literal(text.slice(client.attached.length), span, "password", `with \`${client.attached}\``), false];
  }
  const option = /^(--?[A-Za-z][\w.-]+|-\w)$/.exec(text)?.[1];
  const kind = option && optionTakes(option, client);
  const next = words[i + 1];
  if (kind && next && !next.text.startsWith("-")) return [literal(next.text, next.span, kind, `with \`${option}\``), true];
  const shown2 = writtenText(text);
  const embedded = shown2 && embeddedSecret(shown2.text);
  if (!embedded) return NOTHING;
  const sameAs = embedded.user && embedded.user === embedded.secret ? "the user name" : void 0;
  const how = `inside a URL ("${embedded.masked}")`;
  return [{ at: span, how, kind: "password", ...strength(embedded.secret, sameAs), ...shown2.fallbackFor ? { fallbackFor: shown2.fallbackFor } : {} }, false];
}
function secretsOn(words) {
  const found = [];
  let client;
  for (let i = 0; i < words.length; i++) {
    const [secret, tookNext] = secretAt(words, i, client);
    if (secret) found.push(secret);
    if (tookNext) i++;
    const text = words[i].text;
    const program = text.replace(/^[$(`]+|[;&|)`]+$/g, "").split("/").at(-1) ?? "";
    client = CLIENT_PASSWORD_OPTIONS.get(program) ?? (/[;&|]$/.test(text) ? void 0 : client);
  }
  return found;
}
var no_secret_in_command_default = defineRule({
  meta: {
    id: "no-secret-in-command",
    description: "A password or token is written on a command line: in `command`, `entrypoint` or `healthcheck.test`.",
    level: "error",
    preset: "recommended",
    tags: ["security", "secrets", "credentials"],
    help: "A command line is not private: every user on the host reads it in `ps` and /proc/<pid>/cmdline, anyone with Docker access in `docker inspect` (healthcheck commands and their output too), besides everyone who reads the compose file (CWE-214). Give the program its secret in a file mounted as a Compose secret (a config file, a `--*-file` option, an image's `*_FILE` variable) or in an environment variable it reads (`REDISCLI_AUTH`, `PGPASSWORD`). Values Compose interpolates (`${REDIS_PASSWORD}`) and `$$VAR` expanded by the container's shell are not reported. Messages never show the secret, only its length.",
    securitySeverity: 7.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const place of Object.keys(PLACES)) {
        const line = service[place];
        if (!line) continue;
        for (const secret of secretsOn(wordsOf(line))) {
          const unset = secret.fallbackFor ? ` whenever ${secret.fallbackFor.join(", ")} is unset` : "";
          report({
            at: secret.at,
            redact: true,
            ...secret.fallbackFor && !secret.weak ? { level: "warning" } : {},
            service: service.name.value,
            message: (who) => `${who} passes ${ARTICLE[secret.kind]} (${secret.words}) ${secret.how} in its ${PLACES[place]}${unset}: every user on the host sees it in \`ps\`, and anyone with Docker access in \`docker inspect\`. Give it to the program in a file mounted as a Compose secret, or in an environment variable the program reads.`
          });
        }
      }
    }
  }
});

// src/model/authentication.ts
var BITNAMI = /^bitnami(legacy|secure)?\//;
var BITNAMI_EMPTY_PASSWORD = /\/(redis|redis-cluster|redis-sentinel|valkey|valkey-cluster|valkey-sentinel|mariadb|mariadb-galera|mysql|postgresql|postgresql-repmgr|pgpool|mongodb|mongodb-sharded)$/;
var BITNAMI_YES = /^(1|yes|true)$/i;
function env(service, name) {
  return service.environment.find((v) => v.name.value === name);
}
function isSet(service, ...names) {
  return names.some((name) => (env(service, name)?.value?.value.trim() ?? "") !== "");
}
function written2(variable) {
  const value = variable.value;
  return `${variable.name.value}=${value.raw ?? value.value}`;
}
function envSwitch(service, name, test) {
  const variable = env(service, name);
  return variable?.value && test(variable.value.value.trim()) ? variable : void 0;
}
function commandArgs(service) {
  return [...service.entrypoint?.args ?? [], ...service.command?.args ?? []];
}
var is = (product, ...names) => product !== void 0 && names.some((n) => product === n || product.startsWith(`${n} (`));
function switchesOff(target) {
  const { service, product, repository = "" } = target;
  const found = [];
  const bitnami = BITNAMI.test(repository);
  if (!bitnami && is(product, "MySQL", "MariaDB", "MariaDB Galera", "Percona Server", "Percona XtraDB Cluster")) {
    const mariadb = is(product, "MariaDB", "MariaDB Galera");
    const names = mariadb ? ["MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD"] : ["MYSQL_ALLOW_EMPTY_PASSWORD"];
    const rootPassword = ["MYSQL_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD_FILE", "MYSQL_RANDOM_ROOT_PASSWORD"];
    if (mariadb) rootPassword.push("MARIADB_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD_FILE", "MARIADB_ROOT_PASSWORD_HASH", "MARIADB_RANDOM_ROOT_PASSWORD");
    const variable = names.map((n) => envSwitch(service, n, (v) => v !== "")).find(Boolean);
    if (variable && !isSet(service, ...rootPassword)) {
      const anyValue = /^(no|false|0|off)$/i.test(variable.value.value.trim()) ? ' (the image turns it on for any non-empty value, "no" included)' : "";
      found.push({
        at: variable.value,
        setting: written2(variable),
        what: `the database's root account has an empty password${anyValue}: anyone who can connect is root on the database`,
        fix: `Set the root password from a Compose secret (\`${mariadb ? "MARIADB" : "MYSQL"}_ROOT_PASSWORD_FILE\`) and remove ${variable.name.value}`
      });
    }
  }
  if (bitnami && BITNAMI_EMPTY_PASSWORD.test(repository)) {
    const variable = envSwitch(service, "ALLOW_EMPTY_PASSWORD", (v) => BITNAMI_YES.test(v));
    const password = service.environment.some(
      (v) => /^((REDIS|VALKEY)_PASSWORD|(MARIADB|MYSQL|MONGODB)_ROOT_PASSWORD|POSTGRES(QL)?_(POSTGRES_)?PASSWORD)(_FILE)?$/.test(v.name.value) && (v.value?.value.trim() ?? "") !== ""
    );
    if (variable && !password) {
      found.push({ at: variable.value, setting: written2(variable), what: "the service accepts connections without a password", fix: "Set a password from a Compose secret (the image's `*_PASSWORD_FILE` variable) and remove ALLOW_EMPTY_PASSWORD" });
    }
  }
  if (bitnami && /\/zookeeper$/.test(repository)) {
    const variable = envSwitch(service, "ALLOW_ANONYMOUS_LOGIN", (v) => BITNAMI_YES.test(v));
    if (variable) found.push({ at: variable.value, setting: written2(variable), what: "ZooKeeper accepts clients without authentication", fix: "Configure SASL authentication (ZOO_ENABLE_AUTH, ZOO_CLIENT_USER, ZOO_CLIENT_PASSWORD_FILE) and remove ALLOW_ANONYMOUS_LOGIN" });
  }
  if (!bitnami && is(product, "PostgreSQL", "TimescaleDB", "Citus")) {
    const variable = envSwitch(service, "POSTGRES_HOST_AUTH_METHOD", (v) => v.toLowerCase() === "trust");
    if (variable) found.push({ at: variable.value, setting: written2(variable), what: "PostgreSQL accepts every connection from the network without a password, as any user", fix: "Remove it (the image then asks for scram-sha-256) and set POSTGRES_PASSWORD_FILE from a Compose secret" });
  }
  if (is(product, "Neo4j")) {
    const variable = envSwitch(service, "NEO4J_AUTH", (v) => v.toLowerCase() === "none");
    if (variable) found.push({ at: variable.value, setting: written2(variable), what: "Neo4j runs without authentication", fix: "Set NEO4J_AUTH to `neo4j/${NEO4J_PASSWORD:?}` with the password kept out of the file" });
  }
  if (is(product, "Elasticsearch")) {
    const variable = envSwitch(service, "xpack.security.enabled", (v) => v.toLowerCase() === "false");
    const arg = commandArgs(service).find((a) => /^(-E)?xpack\.security\.enabled=false$/i.test(a.value));
    const at = variable?.value ?? arg;
    if (at) found.push({ at, setting: variable ? written2(variable) : arg.value, what: "Elasticsearch serves its REST API without authentication or TLS: anyone who reaches it reads, writes and deletes every index", fix: "Leave security on (the default since 8.0) and give clients an API key or the password from ELASTIC_PASSWORD_FILE" });
  }
  if (is(product, "OpenSearch")) {
    const variable = envSwitch(service, "DISABLE_SECURITY_PLUGIN", (v) => v.toLowerCase() === "true") ?? envSwitch(service, "plugins.security.disabled", (v) => v.toLowerCase() === "true");
    if (variable) found.push({ at: variable.value, setting: written2(variable), what: "OpenSearch runs without its security plugin, so without authentication or TLS: anyone who reaches it reads, writes and deletes every index", fix: "Keep the security plugin and set OPENSEARCH_INITIAL_ADMIN_PASSWORD from an uncommitted .env file" });
  }
  if (is(product, "CockroachDB")) {
    const arg = commandArgs(service).find((a) => /^--insecure(=true)?$/.test(a.value));
    if (arg) found.push({ at: arg, setting: arg.value, what: "CockroachDB runs without authentication or TLS: any client is accepted as any user, root included", fix: "Start it with certificates (`--certs-dir`) instead, or keep it off every network you do not control" });
  }
  const commandRaw = [service.entrypoint?.raw, service.command?.raw].join(" ");
  const jupyter = commandArgs(service).find(
    (a) => /^--(NotebookApp|ServerApp|IdentityProvider)\.token=(''|""|)$/.test(a.value.trim()) && !/\.token=["']?\$/.test(a.raw ?? commandRaw)
  );
  if (jupyter) found.push({ at: jupyter, setting: jupyter.value, what: "Jupyter runs without a token or password: whoever opens it runs code in the container", fix: "Remove the option (Jupyter then generates a token), or set JUPYTER_TOKEN from an uncommitted .env file" });
  return found;
}
function openByDefault(target) {
  const { service, product, repository = "" } = target;
  const text = [service.entrypoint?.text, service.command?.text, env(service, "REDIS_ARGS")?.value?.value].filter(Boolean).join(" ");
  if (!BITNAMI.test(repository) && is(product, "Redis", "Redis Stack", "Valkey", "KeyDB", "Dragonfly")) {
    if (/requirepass|aclfile|--user\s|protected-mode\s+yes|\S\.conf\b/i.test(text)) return void 0;
    if (!service.image && !service.command) return void 0;
    const program = service.command?.args[0]?.value ?? "";
    if (service.entrypoint || program !== "" && !program.startsWith("-") && !/(^|\/)(redis|valkey|keydb)-server$|(^|\/)dragonfly$/.test(program)) return void 0;
    return {
      what: `${product} starts without \`requirepass\` or an ACL${is(product, "Redis", "Valkey") ? ", and its official image turns protected mode off" : ""}: anyone who reaches the port runs any command (CONFIG SET and MODULE LOAD included)`,
      fix: "Set `requirepass` or an ACL file in a mounted configuration file passed on the command line (`redis-server /usr/local/etc/redis/redis.conf`), and do not publish the port"
    };
  }
  if (/^(library\/registry|registry|distribution\/(distribution|registry))$/.test(repository)) {
    const configured = service.environment.some((v) => v.name.value.startsWith("REGISTRY_AUTH")) || service.mounts.some((m) => /^\/etc\/(docker\/registry|distribution)(\/|$)/.test(m.target.value)) || /\.ya?ml\b/.test(text);
    if (configured) return void 0;
    return {
      what: "the registry has no authentication: anyone who reaches it pulls every image and pushes their own under any name",
      fix: "Configure `REGISTRY_AUTH` (htpasswd or token) with its credentials from a Compose secret, or keep it on loopback behind a proxy that authenticates"
    };
  }
  return void 0;
}
function targetOf(service) {
  const target = { service };
  const datastore = datastoreOfService(service);
  if (datastore) target.product = datastore.product;
  if (service.image) target.repository = service.image.value.repository;
  return target;
}
function authenticationSwitchedOff(service) {
  return switchesOff(targetOf(service));
}
function openWithoutConfiguration(service) {
  return openByDefault(targetOf(service));
}

// rules/no-disabled-auth.ts
var no_disabled_auth_default = defineRule({
  meta: {
    id: "no-disabled-auth",
    description: "A service runs with authentication turned off: an empty root password, `trust`, `--insecure`, a disabled security plugin, an empty Jupyter token, or a published Redis or registry with no password.",
    level: "error",
    preset: "recommended",
    tags: ["security", "authentication", "exposure", "database"],
    help: "A datastore or tool without authentication belongs to whoever reaches it: over a published port that is anyone on the host's networks, and Docker's iptables rules let the traffic past UFW and firewalld; inside the project it is every other container, including a compromised one. Turn authentication on (a password or certificate from a Compose secret), and do not publish the port. It is an error when the service publishes a port beyond loopback (or uses the host network), a warning otherwise. Only switches the image reads are reported.",
    securitySeverity: 8.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      const reaches = portReach(service, project);
      const open = reaches.find((r) => r.reach !== "loopback");
      const hostNetwork = service.networkMode?.value.trim() === "host";
      const level = open || hostNetwork ? "error" : "warning";
      const where = hostNetwork ? " on the host network, so on every interface of the host" : open ? `, and its port ${describePort(open.port)} is published beyond loopback` : "";
      for (const switched of authenticationSwitchedOff(service)) {
        report({
          at: switched.at,
          ...level === "warning" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who} sets \`${switched.setting}\`: ${switched.what}${where}. ${switched.fix}.`
        });
      }
      const unconfigured = openWithoutConfiguration(service);
      const published = open ?? reaches[0];
      if (unconfigured && (published || hostNetwork)) {
        report({
          at: published ? portSpan(published.port) : service.networkMode,
          ...level === "warning" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who}: ${unconfigured.what}${where || ", and its port is published on loopback, open to every local user and process"}. ${unconfigured.fix}.`
        });
      }
    }
  }
});

// src/fix/edits.ts
var LOOPBACK = "127.0.0.1";
function fileOf(project, span) {
  return (project.files ?? [project.file]).find((f) => f.path === span.file) ?? { path: span.file, text: "", data: null, locate: () => void 0 };
}
function fix(description, safety, edits) {
  return { description, safety, edits };
}
function refuse(refused) {
  return { refused };
}
function point(span, source, offset) {
  return source.spanAt(span.file, offset, offset);
}
function scalarContent(span, source) {
  if (span.line !== span.endLine) return void 0;
  const text = source.slice(span);
  const from = source.start(span);
  const quote = text[0] === '"' || text[0] === "'" ? text[0] : "";
  if (quote && (text.length < 2 || text[text.length - 1] !== quote)) return void 0;
  return quote ? { from: from + 1, to: from + text.length - 1, quote } : { from, to: from + text.length, quote };
}
function verbatim(span, source, written3) {
  const content = scalarContent(span, source);
  if (!content || source.text.slice(content.from, content.to) !== written3) return void 0;
  return content;
}
function replaceRange(span, source, from, to, newText) {
  return { span: source.spanAt(span.file, from, to), newText };
}
function replaceScalar(value, project, newText) {
  const source = sourceOf(fileOf(project, value.span));
  if (source.text === "") return void 0;
  const content = scalarContent(value.span, source);
  if (!content || value.raw !== void 0) return void 0;
  return replaceRange(value.span, source, content.from, content.to, newText);
}
function blockStart(span, source) {
  const prefix = source.linePrefix(span);
  const match = /^( *(?:- +)*)((?:[!&]\S* +)*)$/.exec(prefix);
  if (!match) return void 0;
  return { at: source.start(span) - match[2].length, indent: " ".repeat(match[1].length) };
}
function flowInsert(source, open, close, item) {
  let at = open + 1;
  while (source.text[at] === " ") at++;
  const empty = source.text[at] === close;
  const padded = source.text[open + 1] === " ";
  if (empty) return padded ? ` ${item}` : item;
  return padded ? ` ${item},` : `${item}, `;
}
function insertEntry(mapSpan, project, entry, unit) {
  const source = sourceOf(fileOf(project, mapSpan));
  if (source.text === "") return void 0;
  const start = source.start(mapSpan);
  if (source.text[start] === "{") return { span: point(mapSpan, source, start + 1), newText: flowInsert(source, start, "}", `${entry.key}: ${entry.inline ?? `{ ${entry.nested.join(", ")} }`}`) };
  const block = blockStart(mapSpan, source);
  if (block === void 0 || /^[[*|>]/.test(source.text[start] ?? "")) return void 0;
  const { at, indent } = block;
  const eol = source.lineBreak(mapSpan);
  const inner = indent + " ".repeat(unit);
  const steps = (line) => line.replace(/^\t+/, (tabs) => " ".repeat(unit * tabs.length));
  const text = entry.inline !== void 0 ? `${entry.key}: ${entry.inline}${eol}` : `${entry.key}:${eol}${entry.nested.map((n) => `${inner}${steps(n)}${eol}`).join("")}`;
  return { span: point(mapSpan, source, at), newText: text + indent };
}
function belowEmptyKey(key, project, lines, unit) {
  const source = sourceOf(fileOf(project, key));
  if (source.text === "") return void 0;
  const keyEnd = source.end(key);
  const lineEnd = source.text.slice(keyEnd).search(/\r?\n|$/) + keyEnd;
  if (!/^\s*:\s*(#.*)?$/.test(source.text.slice(keyEnd, lineEnd)) || blockStart(key, source) === void 0) return void 0;
  const eol = source.lineBreak(key);
  const indent = " ".repeat(key.column - 1 + unit);
  const text = lines.map((line) => `${eol}${indent}${line.replace(/^\t+/, (tabs) => " ".repeat(unit * tabs.length))}`).join("");
  return { span: source.spanAt(key.file, lineEnd, lineEnd), newText: text };
}
function insertItem(seqSpan, project, item) {
  const source = sourceOf(fileOf(project, seqSpan));
  if (source.text === "") return void 0;
  const start = source.start(seqSpan);
  if (source.text[start] === "[") return { span: point(seqSpan, source, start + 1), newText: flowInsert(source, start, "]", item) };
  const block = blockStart(seqSpan, source);
  if (block === void 0 || source.linePrefix(seqSpan).trim() !== "" || source.text[start] !== "-") return void 0;
  return { span: point(seqSpan, source, start), newText: `- ${item}${source.lineBreak(seqSpan)}${block.indent}` };
}
function indentUnit(key, value) {
  const unit = value.column - key.column;
  return value.line > key.line && unit > 0 ? unit : 2;
}
function serviceMapping(service, project) {
  return fileOf(project, service.name.span).locate(["services", service.name.value]);
}
function replaceValue(value, project, newText, description, safety, byHand) {
  const edit = replaceScalar(value, project, newText);
  return edit ? fix(description, safety, [edit]) : refuse(`the value is written in a form compose-lint does not edit; ${byHand} by hand`);
}
function addServiceKey(service, project, key, inline, description, safety) {
  const map = serviceMapping(service, project);
  const edit = map && insertEntry(map, project, { key, inline }, 2);
  return edit ? fix(description, safety, [edit]) : refuse(`service "${service.name.value}" is not written as a mapping compose-lint can add \`${key}:\` to; add it by hand`);
}
function addServiceListItem(service, project, key, item, description, safety) {
  const list = fileOf(project, service.name.span).locate(["services", service.name.value, key]);
  if (list) {
    const edit = insertItem(list, project, item);
    return edit ? fix(description, safety, [edit]) : refuse(`the \`${key}:\` list of service "${service.name.value}" is not written in a form compose-lint edits; add ${item} by hand`);
  }
  return addServiceKey(service, project, key, `[${item}]`, description, safety);
}
function encryptNetwork(network, project) {
  const description = 'encrypt the overlay network (driver_opts encrypted: "true")';
  const name = network.name.value;
  const file = fileOf(project, network.name.span);
  const opts = file.locate(["networks", name, "driver_opts"]);
  const encrypted = 'encrypted: "true"';
  const map = file.locate(["networks", name]);
  const why = `network "${name}" is not written as a mapping compose-lint can add \`driver_opts\` to; add \`encrypted: "true"\` by hand`;
  if (opts) {
    const edit2 = insertEntry(opts, project, { key: "encrypted", inline: '"true"' }, 2);
    return edit2 ? fix(description, "safe", [edit2]) : refuse(why);
  }
  const networksKey = file.locate(["networks"], "key");
  const unit = networksKey ? Math.max(network.name.span.column - networksKey.column, 2) : 2;
  if (!map || file.data?.networks?.[name] == null) {
    const edit2 = belowEmptyKey(network.name.span, project, ["driver_opts:", `	${encrypted}`], unit);
    return edit2 ? fix(description, "safe", [edit2]) : refuse(why);
  }
  const edit = insertEntry(map, project, { key: "driver_opts", nested: [encrypted] }, indentUnit(network.name.span, map));
  return edit ? fix(description, "safe", [edit]) : refuse(why);
}
function encryptDefaultNetwork(project) {
  const description = `declare the stack's default network as an encrypted overlay (driver_opts encrypted: "true")`;
  const services = project.file.locate(["services"]);
  const servicesKey = project.file.locate(["services"], "key");
  const unit = services && servicesKey ? indentUnit(servicesKey, services) : 2;
  const networks = project.file.locate(["networks"]);
  const lines = ["driver: overlay", 'driver_opts: { encrypted: "true" }'];
  const edit = networks ? insertEntry(networks, project, { key: "default", nested: lines }, unit) : servicesKey && insertEntry(servicesKey, project, { key: "networks", nested: ["default:", ...lines.map((l) => `	${l}`)] }, unit);
  return edit ? fix(description, "safe", [edit]) : refuse('`networks:` is not written in a form compose-lint edits; declare `default` with `driver_opts: { encrypted: "true" }` by hand');
}
function hostAddressPart(text) {
  const parts = text.split(":");
  return parts.length >= 3 ? parts.slice(0, parts.length - 2).join(":") : void 0;
}
var NAMED_DEFAULT = /^([A-Za-z_][A-Za-z0-9_]*)(:?-)/;
function interpolatedAddress(raw, address, from, span, source, restMustBe) {
  const where = "in the .env file beside the compose file or in the environment that runs Compose";
  if (!raw.startsWith("${")) {
    const name2 = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(raw)?.[1];
    return refuse(name2 ? `the host address comes from $${name2}: set ${name2}=${LOOPBACK} ${where}` : "the host address comes from interpolation compose-lint does not edit; bind it to 127.0.0.1 by hand");
  }
  const close = findClose(raw, 2);
  const body = close < 0 ? "" : raw.slice(2, close);
  const rest = close < 0 ? "" : raw.slice(close + 1);
  const match = NAMED_DEFAULT.exec(body);
  const name = match?.[1] ?? /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
  if (close < 0 || !name || !restMustBe(rest)) return refuse("the host address comes from interpolation compose-lint does not edit; bind it to 127.0.0.1 by hand");
  if (!match) return refuse(`the host address comes from \${${name}}, which has no default: set ${name}=${LOOPBACK} ${where}, or write \${${name}:-${LOOPBACK}}`);
  const written3 = body.slice(match[0].length);
  if (written3 !== address) return refuse(`the host address comes from \${${name}}, which is set where compose-lint runs: set ${name}=${LOOPBACK} ${where}`);
  const start = from + 2 + match[0].length;
  return replaceRange(span, source, start, start + written3.length, LOOPBACK);
}
function isEdit(value) {
  return "newText" in value;
}
function loopbackPortFix(port, project) {
  const description = `bind the port to ${LOOPBACK}`;
  const source = sourceOf(fileOf(project, port.span));
  const address = port.hostIp?.value ?? "";
  if (address !== "" && !isWildcardAddress(address)) return refuse(`the port is bound to ${shown(address, port.hostIp)}; choose the address it should listen on by hand`);
  if (port.syntax === "long") {
    if (port.hostIp) {
      const hostIp = port.hostIp;
      const content2 = verbatim(hostIp.span, source, hostIp.raw ?? address);
      if (!content2) return refuse("the `host_ip:` value is written in a form compose-lint does not edit; set it to 127.0.0.1 by hand");
      const edit3 = hostIp.raw === void 0 ? replaceRange(hostIp.span, source, content2.from, content2.to, LOOPBACK) : interpolatedAddress(hostIp.raw, address, content2.from, hostIp.span, source, (rest) => rest === "");
      return isEdit(edit3) ? fix(description, "safe", [edit3]) : edit3;
    }
    const edit2 = insertEntry(port.span, project, { key: "host_ip", inline: LOOPBACK }, 2);
    return edit2 ? fix(description, "safe", [edit2]) : refuse("the port's mapping is not written in a form compose-lint edits; add `host_ip: 127.0.0.1` by hand");
  }
  const written3 = port.raw ?? port.text;
  const content = verbatim(port.span, source, written3);
  if (!content) return refuse("the entry is written with escape sequences or over several lines; bind it to 127.0.0.1 by hand");
  const existing = hostAddressPart(port.text);
  if (existing === void 0) {
    const prefix = port.text.split(":").length === 2 ? `${LOOPBACK}:` : `${LOOPBACK}::`;
    return fix(description, "safe", [replaceRange(port.span, source, content.from, content.from, prefix)]);
  }
  const literal2 = written3.slice(0, written3.includes("$") ? written3.indexOf("$") : written3.length);
  if (literal2.startsWith(`${existing}:`)) return fix(description, "safe", [replaceRange(port.span, source, content.from, content.from + existing.length, LOOPBACK)]);
  const edit = interpolatedAddress(written3, existing, content.from, port.span, source, (rest) => rest.startsWith(":"));
  return isEdit(edit) ? fix(description, "safe", [edit]) : edit;
}

// src/model/engine-api.ts
var PLAINTEXT_PORT = 2375;
var TLS_PORT = 2376;
function isDind(service) {
  const image = service.image?.value;
  if (!image) return false;
  return /dind/.test(image.name) || image.name === "docker" && /dind/.test(image.tag ?? "");
}
var HOST_FLAG = /(?:^|\s)(?:-H|--host)(?:=|\s+)['"]?tcp:\/\/([^\s'"]*)/g;
function parseAddress(address, defaultPort) {
  const match = /^(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(address);
  return { host: (match?.[1] ?? "").replace(/^\[|\]$/g, ""), port: match?.[2] ? Number(match[2]) : defaultPort };
}
function verifiesClients(text) {
  return /(?:^|\s)--tlsverify(?:=(?:true|1))?(?:\s|$)/.test(text);
}
function envValue(service, name) {
  return service.environment.find((e) => e.name.value === name)?.value;
}
function daemonOf(service) {
  const dind = isDind(service);
  const lines = [service.entrypoint, service.command].filter((l) => l !== void 0);
  const runsDockerd = lines.some((l) => /(^|[\s/])dockerd(\s|$)/.test(l.text));
  if (!dind && !runsDockerd) return void 0;
  const daemon = { plaintext: [], tls: /* @__PURE__ */ new Set() };
  const certDir = envValue(service, "DOCKER_TLS_CERTDIR");
  const tlsDisabled = certDir !== void 0 && certDir.value.trim() === "";
  const firstArg = service.command?.args[0]?.value;
  const entrypointAddsFlags = dind && !service.entrypoint && (firstArg === void 0 || firstArg.startsWith("-"));
  for (const line of lines) {
    const passedToDockerd = /(^|[\s/])dockerd(\s|$)/.test(line.text) || line === service.command && entrypointAddsFlags;
    if (!passedToDockerd) continue;
    const tlsOn = verifiesClients(line.text) || entrypointAddsFlags && !tlsDisabled;
    for (const match of line.text.matchAll(HOST_FLAG)) {
      const { host, port } = parseAddress(match[1], tlsOn ? TLS_PORT : PLAINTEXT_PORT);
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
function coversPort(port, number) {
  const { start, end } = port.containerPorts.value;
  return start <= number && number <= end;
}
function apiPorts(port, daemon) {
  const { start, end } = port.containerPorts.value;
  return [PLAINTEXT_PORT, TLS_PORT].filter((p) => coversPort(port, p) && (start === end || daemon));
}
function publishedApi(port, daemon) {
  const out = [];
  for (const apiPort of apiPorts(port, daemon !== void 0)) {
    const listener = daemon?.plaintext.find((l) => l.port === apiPort);
    if (listener) out.push({ apiPort, listener, tls: false });
    else if (daemon) {
      if (daemon.tls.has(apiPort)) out.push({ apiPort, tls: true });
    } else out.push({ apiPort, tls: apiPort === TLS_PORT });
  }
  return out;
}

// rules/no-exposed-docker-api.ts
function remoteEngine(host, project) {
  const name = host.toLowerCase();
  if (project.services.some((s) => s.name.value.toLowerCase() === name)) return void 0;
  if (isLoopbackAddress(name) || /^(host|gateway)\.docker\.internal$|^docker\.host\.internal$|^host-gateway$|^172\.17\.0\.1$/.test(name)) return "host";
  if (!name.includes(".") && !name.includes(":")) return void 0;
  return "remote";
}
var WHERE = { unbound: "on all interfaces", wildcard: "on all interfaces", address: "on a non-loopback address" };
var no_exposed_docker_api_default = defineRule({
  meta: {
    id: "no-exposed-docker-api",
    description: "The Docker Engine API is reachable over TCP: a published port 2375/2376, dockerd listening without TLS, or a client using plaintext tcp://.",
    level: "error",
    preset: "recommended",
    tags: ["security", "network", "exposure", "privilege-escalation"],
    help: "The Docker Engine API is root on the machine that runs the engine: one API call starts a privileged container with the host's / mounted. On TCP port 2375 it has no encryption and no authentication, and internet scanners look for it to deploy cryptominers. Do not publish it; if a remote client really needs it, use SSH (`DOCKER_HOST=ssh://...`) or TLS with client certificates (`--tlsverify`, port 2376) bound to a management address, and give local tools a filtering socket proxy on an internal network.",
    fixable: "safe",
    securitySeverity: 9.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      const name = service.name.value;
      const daemon = daemonOf(service);
      const listeners = daemon?.plaintext ?? [];
      const reported = /* @__PURE__ */ new Set();
      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const where = port.hostIp?.value ? `on ${shown(port.hostIp.value, port.hostIp)}` : WHERE[reach];
        for (const { listener, tls } of publishedApi(port, daemon)) {
          if (listener) reported.add(listener);
          const published = `port ${describePort(port)} ${where}`;
          const loopback = `"${loopbackSuggestion(port)}"`;
          const message = listener ? `publishes the Docker Engine API without TLS (${published}, ${listener.shown}): anyone who can reach it can start a privileged container and take over the host. Remove the port, or bind it to loopback (${loopback}) and require TLS client certificates (--tlsverify).` : tls ? `publishes the Docker Engine API's TLS port (${published}): client certificates authenticate callers, but whoever holds one signed by its CA is root on the host. Publish it only where remote clients need it (${loopback} or a management address).` : `publishes ${published}, the Docker Engine API's plaintext port: whoever reaches it calls the API without credentials, and an unfiltered API is root on the host. Remove the port, or bind it to loopback (${loopback}).`;
          report({
            at: portSpan(port),
            fix: () => loopbackPortFix(port, project),
            ...tls ? { level: "warning" } : {},
            service: name,
            message: (who) => `${who} ${message}`,
            ...listener ? { related: [{ span: listener.at, message: `dockerd listens without TLS here (${listener.shown})` }] } : {}
          });
        }
      }
      for (const listener of listeners) {
        if (reported.has(listener)) continue;
        const hostNetwork = service.networkMode?.value === "host";
        report({
          at: listener.at,
          ...hostNetwork ? {} : { level: "warning" },
          service: name,
          message: (who) => hostNetwork ? `${who} runs dockerd with a plaintext TCP listener (${listener.shown}) on the host's network: anyone who can reach the host on port ${listener.port} controls its containers and the host. Drop the TCP listener or require TLS client certificates (--tlsverify).` : `${who} runs dockerd with a plaintext TCP listener (${listener.shown}): every container on its networks can use the API without credentials, and dockerd runs privileged, so that is root on the host. ` + (listener.shown.startsWith("DOCKER_TLS_CERTDIR") ? "Keep DOCKER_TLS_CERTDIR set (TLS with client certificates on port 2376)." : "Add --tlsverify with client certificates, or share the unix socket through a volume instead.")
        });
      }
      const dockerHost = envValue(service, "DOCKER_HOST");
      const tlsVerify = envValue(service, "DOCKER_TLS_VERIFY")?.value.trim() ?? "";
      const tcp = dockerHost ? /^tcp:\/\/([^/\s]+)/.exec(dockerHost.value.trim()) : null;
      if (dockerHost && tcp && tlsVerify === "") {
        const { host, port } = parseAddress(tcp[1], PLAINTEXT_PORT);
        const engine = port === TLS_PORT ? void 0 : remoteEngine(host, project);
        if (!engine) continue;
        const given = quoted(dockerHost.value, dockerHost);
        report({
          at: dockerHost,
          service: name,
          message: (who) => engine === "host" ? `${who} talks to the host's Docker engine over plaintext TCP (DOCKER_HOST=${given}), so that engine accepts unauthenticated API calls on TCP, which any local process or container can use to take over the host. Turn the TCP listener off and give the service a filtering socket proxy instead.` : `${who} talks to the Docker engine at ${shown(host, dockerHost)} over plaintext TCP (DOCKER_HOST=${given}): that engine accepts unauthenticated API calls from the network, and the traffic (registry credentials included) is unencrypted. Use DOCKER_HOST=ssh://... or TLS with client certificates (DOCKER_TLS_VERIFY=1, port 2376).`
        });
      }
    }
  }
});

// rules/no-published-database-port.ts
var WHERE2 = {
  unbound: "on all interfaces (no host IP)",
  wildcard: "on all interfaces",
  address: "on a non-loopback address"
};
function recognition(service, datastore) {
  switch (datastore.by) {
    case "image":
      return "";
    case "service name":
      return ` It has no image; its service name "${datastore.evidence}" says it is ${datastore.product}.`;
    case "build context":
      return ` It has no image; its build context "${datastore.evidence}" says it is ${datastore.product}.`;
    case "port": {
      const image = service.image ? `Image ${quoted(service.image.value.text, service.image)} is` : "Its image is";
      return ` ${image} not one compose-lint knows, but container port ${datastore.evidence} is ${datastore.product}'s well-known port.`;
    }
  }
}
function configuredDatastore(service, port, images, ports) {
  const image = service.image?.value;
  if (image && (images.has(image.name) || images.has(image.repository))) return ` Image "${image.text}" is a datastore by configuration (option \`images\`).`;
  const { start, end } = port.containerPorts.value;
  const listed = [...ports].find((p) => p >= start && p <= end);
  return listed === void 0 ? void 0 : ` Container port ${listed} is a datastore port by configuration (option \`ports\`).`;
}
var no_published_database_port_default = defineRule({
  meta: {
    id: "no-published-database-port",
    description: "A database or other datastore publishes its port on an address other than loopback.",
    level: "error",
    preset: "recommended",
    tags: ["security", "network", "exposure", "database"],
    help: "A published database port is reachable from every network the host is on, and Docker's iptables rules let the traffic past UFW and firewalld. Databases are the first thing scanners look for, and default or weak credentials turn that into a breach. Connect to it from other services over a compose network and drop `ports:`; if you need it from the host, bind it to 127.0.0.1.",
    fixable: "safe",
    securitySeverity: 8.5,
    options: {
      type: "object",
      properties: {
        images: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "More images to treat as datastores, by name (`acme/ledger-db`) or last path component (`ledger-db`)."
        },
        ports: {
          type: "array",
          items: { type: "integer", minimum: 1, maximum: 65535 },
          description: "More container ports to treat as datastore ports, whatever the image."
        }
      },
      additionalProperties: false
    }
  },
  check({ project, report, options }) {
    const images = new Set(options.images ?? []);
    const ports = new Set(options.ports ?? []);
    for (const service of project.services) {
      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const datastore = datastorePort(service, port);
        let what;
        let note;
        if (datastore) {
          what = datastore.own ? `${datastore.product} port ${describePort(port)}` : `port ${describePort(port)} of ${datastore.by === "image" ? `a ${datastore.product} image` : datastore.product}`;
          note = recognition(service, datastore);
        } else {
          const configured = configuredDatastore(service, port, images, ports);
          if (!configured) continue;
          what = `datastore port ${describePort(port)}`;
          note = configured;
        }
        const address = port.hostIp?.value ? ` ${shown(port.hostIp.value, port.hostIp)}` : "";
        const related = datastore?.by === "image" && service.image ? [{ span: service.image.span, message: `the ${datastore.product} image ${quoted(service.image.value.text, service.image)}` }] : [];
        report({
          at: portSpan(port),
          fix: () => loopbackPortFix(port, project),
          related,
          service: service.name.value,
          message: (who) => `${who} publishes ${what}${address ? ` on${address}` : ` ${WHERE2[reach]}`}; anyone who reaches the host can connect. Drop \`ports:\` and connect over a compose network, or bind it to loopback ("${loopbackSuggestion(port)}").${note}`
        });
      }
    }
  }
});

// rules/no-unbound-port.ts
function publicSuggestion(port) {
  const loopback = loopbackSuggestion(port);
  return `"${loopback.replace(/^127\.0\.0\.1:/, "0.0.0.0:")}" and "${loopback.replace(/^127\.0\.0\.1:/, "[::]:")}"`;
}
var no_unbound_port_default = defineRule({
  meta: {
    id: "no-unbound-port",
    description: "A published port has no host IP, so Docker listens on every interface and bypasses the host firewall.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure"],
    help: "Without a host address Docker publishes the port on 0.0.0.0 and ::, and its own iptables DNAT rules send the traffic to the container before UFW or firewalld see it. Bind the port to 127.0.0.1 (\"127.0.0.1:8080:80\") and put a reverse proxy in front, or drop `ports:` and let services talk over a compose network. A datastore's port is left to no-published-database-port, and the Docker Engine API's (2375, 2376) to no-exposed-docker-api, so one port gives one finding.",
    fixable: "safe",
    securitySeverity: 6.5,
    options: {
      type: "object",
      properties: {
        allowPorts: {
          type: "array",
          items: { type: "integer", minimum: 1, maximum: 65535 },
          uniqueItems: true,
          description: "Host ports that may be published on all interfaces (a public reverse proxy's 80 and 443)."
        }
      },
      additionalProperties: false
    }
  },
  check({ project, report, options }) {
    const allowed = new Set(options.allowPorts ?? []);
    const isAllowed = (range) => range.end - range.start < 1024 && Array.from({ length: range.end - range.start + 1 }, (_, i) => range.start + i).every((p) => allowed.has(p));
    for (const service of project.services) {
      let daemon;
      for (const { port, reach } of portReach(service, project)) {
        if (reach !== "unbound") continue;
        if (datastorePort(service, port)) continue;
        if (publishedApi(port, (daemon ??= { of: daemonOf(service) }).of).length > 0) continue;
        if (port.hostPorts && allowed.size > 0 && isAllowed(port.hostPorts.value)) continue;
        const what = port.hostPorts ? `publishes port ${describePort(port)}` : `publishes container port ${describePort(port)} on a random host port`;
        const evaluated = port.raw !== void 0 ? ` (\`${port.raw}\` leaves the ${port.emptiedByInterpolation ?? "host address"} empty)` : "";
        report({
          at: portSpan(port),
          fix: () => loopbackPortFix(port, project),
          service: service.name.value,
          message: (who) => `${who} ${what} on all interfaces, IPv4 and IPv6${evaluated}; Docker's iptables rules bypass UFW/firewalld. Bind it to loopback ("${loopbackSuggestion(port)}"), remove it and use a network for service-to-service traffic, or, if it is meant to be public, write both addresses explicitly (${publicSuggestion(port)}).`
        });
      }
    }
  }
});

// rules/no-unencrypted-overlay.ts
var ENCRYPT = 'Add `driver_opts: { encrypted: "true" }`.';
var no_unencrypted_overlay_default = defineRule({
  meta: {
    id: "no-unencrypted-overlay",
    description: "An overlay network does not encrypt the traffic it carries between swarm nodes; in a swarm stack that includes networks without a driver and the implicit default network.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "swarm"],
    help: 'Overlay networks carry container traffic between swarm nodes in VXLAN packets, in clear text, over whatever network joins the hosts. Set `driver_opts: { encrypted: "true" }` so Docker encrypts it with IPsec (ESP). In a file deployed with `docker stack deploy`, a network without `driver` is an overlay, and so is the default network the stack creates for services that name none: declare `default` with the option too. The management traffic of the swarm is always encrypted; this option covers the application data.',
    fixable: "safe",
    securitySeverity: 5
  },
  check({ project, report }) {
    const swarm = swarmEvidence(project);
    const related = swarm ? [{ span: swarm.span, message: "this makes the file a swarm stack" }] : [];
    for (const network of project.networks) {
      if (network.external || network.driverOpts.has("encrypted")) continue;
      if (network.driver?.value === "overlay") {
        report({
          at: network.driver,
          fix: () => encryptNetwork(network, project),
          message: `network "${network.name.value}" uses the overlay driver without encryption, so traffic between swarm nodes travels in clear text. ${ENCRYPT}`
        });
      } else if (!network.driver && swarm) {
        report({
          at: network.name,
          fix: () => encryptNetwork(network, project),
          message: `network "${network.name.value}" has no driver, and ${swarm.what} makes this a swarm stack: \`docker stack deploy\` creates it as an overlay, without encryption, so traffic between nodes travels in clear text. Add \`driver: overlay\` and \`driver_opts: { encrypted: "true" }\`.`,
          related
        });
      }
    }
    if (!swarm || project.networks.some((n) => n.name.value === "default")) return;
    const users = project.services.filter((s) => attachedNetworks(s, project).some((n) => n.name === "default" && !n.network));
    const at = project.file.locate(["services"], "key");
    if (users.length === 0 || !at) return;
    const names = users.map((s) => `"${s.name.value}"`);
    const who = names.length === 1 ? `service ${names[0]} joins` : `services ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""} join`;
    report({
      at,
      fix: () => encryptDefaultNetwork(project),
      message: `${who} the stack's default network, and ${swarm.what} makes this a swarm stack: \`docker stack deploy\` creates that network as an overlay, without encryption. Declare it encrypted: \`networks: { default: { driver: overlay, driver_opts: { encrypted: "true" } } }\`.`,
      related
    });
  }
});

// src/model/capabilities.ts
var DEFAULT_CAPABILITIES = /* @__PURE__ */ new Set([
  "CHOWN",
  "DAC_OVERRIDE",
  "FSETID",
  "FOWNER",
  "MKNOD",
  "NET_RAW",
  "SETGID",
  "SETUID",
  "SETFCAP",
  "SETPCAP",
  "NET_BIND_SERVICE",
  "SYS_CHROOT",
  "KILL",
  "AUDIT_WRITE"
]);
function normaliseCapability(capability) {
  const upper = capability.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
function dropsCapability(service, capability) {
  return service.capDrop.some((entry) => {
    const dropped = normaliseCapability(entry.value);
    return dropped === "ALL" || dropped === capability;
  });
}
function addsToDefaults(service, capability) {
  return capability === "ALL" || !DEFAULT_CAPABILITIES.has(capability) || dropsCapability(service, capability);
}

// rules/no-dangerous-capability.ts
var DANGEROUS = {
  ALL: { allows: "grants every capability, nearly the same as `privileged: true`", level: "error" },
  SYS_ADMIN: {
    allows: "lets it mount file systems and use dozens of privileged system calls; most known container escapes (cgroup release_agent, mounting the host disk) start from it",
    level: "error"
  },
  SYS_MODULE: { allows: "lets it load kernel modules, that is run its own code in the host kernel" },
  SYS_RAWIO: { allows: "gives it raw I/O port and device access (iopl, ioperm, raw block and memory devices)" },
  SYS_PTRACE: {
    allows: (service) => sharesHost(service, "pid") ? "lets it read and write the memory of every process on the host, since it also uses `pid: host`" : "lets it read and write the memory of any process it can see, including those of services whose PID namespace it shares"
  },
  SYS_BOOT: { allows: "lets it reboot the host or load a new kernel with kexec_load" },
  SYS_TIME: { allows: "lets it set the host's clock (clocks are not namespaced), breaking TLS validity checks, time-based tokens and logs" },
  DAC_READ_SEARCH: { allows: 'lets it bypass read permissions and open files by handle (open_by_handle_at), the call the "Shocker" escape used to read any file on the host' },
  NET_ADMIN: {
    allows: (service) => service.networkMode?.value.trim() === "host" ? "lets it reconfigure the host's own interfaces, routes and firewall rules, since it also uses `network_mode: host`" : "lets it reconfigure the interfaces, routes and firewall rules of its network and capture its traffic"
  },
  NET_RAW: { allows: "lets it open raw and packet sockets to forge packets, for example ARP or DNS replies that redirect other containers' traffic on the same network" },
  BPF: { allows: "lets it load eBPF programs and maps that can read kernel memory and observe every process on the host" },
  PERFMON: { allows: "lets it monitor performance events system-wide, leaking information about the kernel and other processes" },
  MAC_ADMIN: { allows: "lets it change the AppArmor/SELinux/Smack policy, switching off the confinement meant to contain it" },
  MAC_OVERRIDE: { allows: "lets it bypass the AppArmor/SELinux/Smack policy" },
  SYSLOG: { allows: "lets it read and clear the kernel log, exposing kernel addresses (defeating KASLR) and other containers' messages" }
};
function sharesHost(service, key) {
  return service.namespaces.some((n) => n.key === key && n.value.value.trim() === "host");
}
var no_dangerous_capability_default = defineRule({
  meta: {
    id: "no-dangerous-capability",
    description: "`cap_add` grants a capability that reaches past the container: ALL, SYS_ADMIN, SYS_MODULE, NET_ADMIN, SYS_PTRACE and others.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation", "capabilities"],
    help: "Docker drops most Linux capabilities so that root in a container cannot act on the host. Adding one back hands over that power: SYS_ADMIN and ALL are one step from a container escape; SYS_MODULE, SYS_RAWIO, SYS_BOOT and BPF act on the host kernel; SYS_PTRACE, DAC_READ_SEARCH, NET_ADMIN, NET_RAW and the rest cross into other processes, files or traffic. Remove the entry, or find the narrower capability or setting the service actually needs.",
    securitySeverity: 7.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const entry of service.capAdd) {
        const name = normaliseCapability(entry.value);
        const danger = DANGEROUS[name];
        if (!danger || !addsToDefaults(service, name)) continue;
        const shown2 = name === "ALL" ? "ALL" : `CAP_${name}`;
        const allows = typeof danger.allows === "function" ? danger.allows(service) : danger.allows;
        const regained = DEFAULT_CAPABILITIES.has(name) ? " Docker grants it by default, but `cap_drop` removes it and this adds it back." : "";
        report({
          at: entry,
          ...danger.level ? { level: danger.level } : {},
          service: service.name.value,
          message: (who) => `${who} adds ${shown2}, which ${allows}.${regained} Remove it unless the service cannot work without it.`
        });
      }
    }
  }
});

// rules/no-host-device.ts
var DISK_FIX = "Give it a directory through a bind mount or volume instead of the raw device.";
var NARROW_FIX = "Pass only the device node the service needs, with the fewest permissions (`:r` if it only reads).";
var MEMORY = {
  "/dev/mem": "physical memory",
  "/dev/kmem": "kernel memory",
  "/dev/port": "the host's I/O ports"
};
var KINDS = [
  {
    pattern: /^\/dev$/,
    level: "error",
    what: "the host's whole /dev",
    risk: "every disk, memory and input device of the host is in its reach",
    fix: "Pass only the device nodes the service needs."
  },
  {
    pattern: /^\/dev\/((sd|hd|vd|xvd)[a-z]+\d*|nvme\d+(n\d+)?(p\d+)?|mmcblk\d+(p\d+|boot\d+|rpmb)?|loop(\d+|-control)|dm-\d+|md\d+(p\d+)?|sg\d+|nbd\d+(p\d+)?|zd\d+(p\d+)?|rbd\d+)$|^\/dev\/(mapper|disk|md|zvol|block)(\/|$)/,
    level: "error",
    what: "a raw block device",
    risk: "root in the container can read and overwrite every file on that disk whatever its permissions and mount options, which amounts to root on the host",
    fix: DISK_FIX
  },
  {
    pattern: /^\/dev\/(mem|kmem|port)$|^\/dev\/cpu(\/\d+\/msr)?$/,
    level: "error",
    what: (path) => `raw access to ${MEMORY[path] ?? "the CPUs' model-specific registers"}`,
    risk: "with CAP_SYS_RAWIO, the whole host can be read and rewritten through it",
    fix: "Remove it."
  },
  {
    pattern: /^\/dev\/kmsg$/,
    level: "error",
    what: "the kernel log",
    risk: "it leaks kernel addresses and other containers' messages and accepts forged log lines",
    fix: "Remove it; read host logs with an agent on the host or a logging driver."
  },
  // GPUs and media/AI accelerators: scoped to one piece of hardware through its driver.
  { pattern: /^\/dev\/(dri|dma_heap|accel|nvidia-caps)(\/|$)|^\/dev\/(nvidia[\w-]*|kfd|mali\d*|rga|mpp_service|apex_\d+)$/, level: "ignore" },
  // Useless without CAP_SYS_ADMIN / CAP_NET_ADMIN, which no-dangerous-capability reports.
  { pattern: /^\/dev\/(fuse|net\/tun)$/, level: "ignore" },
  // Every container already has these.
  { pattern: /^\/dev\/(null|zero|full|random|urandom|tty)$/, level: "ignore" },
  { pattern: /^\/dev\/(input|hidraw\d*)(\/|$)/, level: "warning", what: "a host input device", risk: "it can read what is typed on the host, passwords included", fix: NARROW_FIX },
  { pattern: /^\/dev\/(tty\d+|console)$/, level: "warning", what: "a host console", risk: "it can read and inject keystrokes there", fix: NARROW_FIX },
  { pattern: /^\/dev\/bus\/usb(\/|$)/, level: "warning", what: "raw USB access", risk: "it can drive every USB device directly, and reflash some", fix: NARROW_FIX },
  { pattern: /^\/dev\/snd(\/|$)/, level: "warning", what: "the host's sound devices", risk: "it can record from the host's microphones", fix: NARROW_FIX },
  { pattern: /^\/dev\/video\d+$/, level: "warning", what: "a video device", risk: "it can record from the camera behind it", fix: NARROW_FIX },
  { pattern: /^\//, level: "warning", what: "a host device", risk: "it uses the hardware directly, outside Docker's device isolation", fix: NARROW_FIX }
];
function normalise2(path) {
  return path.trim().replace(/\/{2,}/g, "/").replace(/(.)\/+$/, "$1");
}
var no_host_device_default = defineRule({
  meta: {
    id: "no-host-device",
    description: "A service is given a host device (`devices:`); raw disks, /dev/mem, /dev/kmsg and the whole /dev are errors.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "devices"],
    help: "`devices:` puts a host device node into the container and tells the device cgroup to allow it, by default with read, write and mknod permission. A raw disk gives root in the container every file on it; /dev/mem, /dev/kmem and /dev/port give the host's memory and I/O ports; the whole /dev gives all of them. Pass only the node the service needs with the fewest permissions (`/dev/ttyUSB0:/dev/ttyUSB0:r`), and a directory instead of a disk. GPUs, accelerators, /dev/fuse and /dev/net/tun are not reported.",
    securitySeverity: 6.5,
    options: {
      type: "object",
      properties: {
        allowDevices: {
          type: "array",
          items: { type: "string", pattern: "^/dev/" },
          description: "Host device paths a service may be given (`/dev/ttyUSB0` for a Zigbee stick); raw disks, /dev/mem and the whole /dev stay reported."
        }
      },
      additionalProperties: false
    }
  },
  check({ project, report, options }) {
    const allowed = new Set((options.allowDevices ?? []).map(normalise2));
    for (const service of project.services) {
      for (const device of service.devices) {
        const path = normalise2(device.source.value);
        const kind = KINDS.find((k) => k.pattern.test(path));
        if (!kind || kind.level === "ignore" || allowed.has(path) && kind.level !== "error") continue;
        const { level, what, risk, fix: fix2 } = kind;
        const noun = typeof what === "function" ? what(path) : what;
        report({
          at: device.source,
          ...level !== "warning" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who} is given ${shown(path, device.source)}, ${noun}: ${risk}. ${fix2}`
        });
      }
    }
  }
});

// rules/no-host-ip-in-swarm.ts
var no_host_ip_in_swarm_default = defineRule({
  meta: {
    id: "no-host-ip-in-swarm",
    description: "A swarm stack binds a published port to a host address, which `docker stack deploy` ignores: the port is public on every node.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure", "swarm"],
    help: "Swarm services publish ports through the routing mesh (or, with `mode: host`, on the node) and their port configuration has no address: `docker stack deploy` drops `127.0.0.1:` or `host_ip` with a warning nobody reads, and the port listens on every interface of every node. Reach the service over an overlay network instead of publishing it, or run it as a plain container outside the stack if it must stay on loopback.",
    securitySeverity: 7
  },
  check({ project, report }) {
    const evidence = swarmEvidence(project);
    if (!evidence) return;
    for (const service of project.services) {
      for (const { port, reach } of portReach(service, project)) {
        const address = port.hostIp?.value && shown(port.hostIp.value, port.hostIp);
        if (!address || reach === "wildcard" || reach === "unbound") continue;
        report({
          at: portSpan(port),
          service: service.name.value,
          message: (who) => `${who} binds port ${describePort(port)} to ${address}, but ${evidence.what} makes this a swarm stack, and \`docker stack deploy\` ignores the address: the port is published on every interface of every node. Drop the port and reach the service over an overlay network, or keep it out of the stack.`,
          related: [{ span: evidence.span, message: "this makes the file a swarm stack" }]
        });
      }
    }
  }
});

// rules/no-host-namespace.ts
var EXPOSES = {
  pid: {
    what: "shares the host's process namespace: it sees every process on the host, can read their command lines (and environments, for the same user), and can signal or trace them",
    fix: 'Remove `pid: host`, or share one other service\'s processes with `pid: "service:<name>"`.'
  },
  ipc: {
    what: "shares the host's IPC namespace: it can attach to the host's shared memory segments, semaphores and message queues, reading or corrupting other processes' data",
    fix: 'Remove `ipc: host`, or share one other service\'s IPC with `ipc: "service:<name>"`.'
  },
  uts: {
    what: "shares the host's UTS namespace: it sees the host's hostname and, given CAP_SYS_ADMIN, changes it for the whole host",
    fix: "Remove `uts: host`; set `hostname:` if the service needs a particular name.",
    level: "note"
  },
  userns_mode: {
    what: "opts out of user-namespace remapping: on a daemon with userns-remap, root in this container is root on the host again",
    fix: "Remove `userns_mode: host` and fix file ownership for the remapped IDs instead."
  },
  cgroup: {
    what: "uses the host's cgroup namespace: it sees the host's whole cgroup hierarchy (every container's cgroups and limits) under /sys/fs/cgroup",
    fix: "Use `cgroup: private`."
  }
};
var no_host_namespace_default = defineRule({
  meta: {
    id: "no-host-namespace",
    description: "A service shares one of the host's namespaces (`pid`, `ipc`, `uts`, `userns_mode` or `cgroup` set to `host`).",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "isolation"],
    help: "Namespaces are what keep a container from seeing the host. `pid: host` shows it every host process to signal or trace; `ipc: host` gives it the host's shared memory; `uts: host` the host's hostname; `userns_mode: host` turns off user-namespace remapping, so container root is host root; `cgroup: host` exposes the host's cgroup hierarchy. Remove the key; where two services must share processes or IPC, share one service's namespace (`pid: \"service:app\"`) rather than the host's.",
    securitySeverity: 6.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const { key, value } of service.namespaces) {
        if (value.value.trim() !== "host") continue;
        const { what, fix: fix2, level } = EXPOSES[key];
        const from = value.raw !== void 0 ? ` (\`${key}: ${value.raw}\`)` : "";
        report({ at: value, ...level ? { level } : {}, service: service.name.value, message: (who) => `${who}${from} ${what}. ${fix2}` });
      }
    }
  }
});

// rules/no-host-network.ts
function hostNetworkVia(service, services) {
  const seen = /* @__PURE__ */ new Set();
  let current = service;
  while (current?.networkMode && !seen.has(current.name.value)) {
    const mode = current.networkMode.value.trim();
    if (mode === "host") return current;
    seen.add(current.name.value);
    current = mode.startsWith("service:") ? services().get(mode.slice("service:".length)) : void 0;
  }
  return void 0;
}
var no_host_network_default = defineRule({
  meta: {
    id: "no-host-network",
    description: "A service uses the host's network stack (`network_mode: host`), so every port it listens on is open on every host interface.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure", "host"],
    help: 'With `network_mode: host` the container has no network namespace of its own: every port its processes listen on is open on every interface of the host, `ports:` and `host_ip` no longer apply, and it can reach services the host binds to 127.0.0.1 (databases, admin consoles, the Docker API on tcp://127.0.0.1:2375). Use a compose network and publish only the ports you need, bound to an address ("127.0.0.1:8080:80").',
    securitySeverity: 6
  },
  check({ project, report }) {
    let byName;
    const services = () => byName ??= new Map(project.services.map((s) => [s.name.value, s]));
    for (const service of project.services) {
      const mode = service.networkMode;
      if (!mode) continue;
      const owner = hostNetworkVia(service, services);
      if (!owner) continue;
      const name = service.name.value;
      const from = mode.raw !== void 0 ? `, from \`${mode.raw}\`` : "";
      const how = owner === service ? `uses the host's network stack (network_mode: host${from})` : `shares the network stack of service "${owner.name.value}", which uses the host's network (network_mode: host)`;
      const ignored = service.ports.length > 0 ? " (its `ports:` entries are ignored)" : "";
      report({
        at: mode,
        service: name,
        message: (who) => `${who} ${how}: every port its processes listen on is open on every host interface, and \`ports:\`/\`host_ip\` no longer apply${ignored}; it can also reach services bound to the host's loopback. Put it on a compose network and publish only the ports it needs, bound to an address.`,
        related: service.ports.map((port) => ({ span: port.span, message: "ignored with network_mode: host" }))
      });
    }
  }
});

// rules/no-privileged.ts
var no_privileged_default = defineRule({
  meta: {
    id: "no-privileged",
    description: "A service runs with `privileged: true`, which removes nearly every boundary between it and the host.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation"],
    help: "A privileged container gets every Linux capability, every host device under /dev, and runs without the seccomp, AppArmor and SELinux confinement Docker applies by default, so a process in it can mount the host's disk or load a kernel module and take over the host. Remove `privileged: true` and grant only what the service needs: one capability in `cap_add`, one device in `devices`.",
    securitySeverity: 9
  },
  check({ project, report }) {
    for (const service of project.services) {
      const privileged = service.privileged;
      if (!privileged?.value) continue;
      report({
        at: privileged,
        service: service.name.value,
        message: (who) => `${who} runs privileged: it gets all capabilities and host devices without seccomp or AppArmor, so whoever controls it controls the host. Remove \`privileged: true\` and add only the capability or device it needs.`
      });
    }
  }
});

// rules/no-unconfined-security-opt.ts
var LOST = {
  seccomp: "turns off the seccomp filter, opening the system calls Docker blocks by default (about 44, among them keyctl, add_key, open_by_handle_at, kexec_load and unshare) that many kernel exploits rely on",
  apparmor: "turns off the docker-default AppArmor profile, the layer that stops a root process from mounting file systems or writing to /proc/sys, /proc/sysrq-trigger and /sys",
  selinux: "turns off SELinux separation, so the process may touch any host file it can reach whatever its label",
  systempaths: "unmasks /proc and /sys: /proc/kcore and /proc/keys become readable and /proc/sys, /proc/sysrq-trigger writable, so unless AppArmor or SELinux still stops it a root process can reboot the host or set kernel.core_pattern to run its own program on the host"
};
var UNCONFINED_SELINUX_TYPES = /* @__PURE__ */ new Set(["spc_t", "unconfined_t"]);
function unconfined(option) {
  if (option === "systempaths=unconfined") return "systempaths";
  const separator = option.includes("=") ? "=" : ":";
  const at = option.indexOf(separator);
  if (at < 0) return void 0;
  const key = option.slice(0, at);
  const value = option.slice(at + 1);
  if (key === "seccomp" && value === "unconfined") return "seccomp";
  if (key === "apparmor" && value === "unconfined") return "apparmor";
  if (key === "label" && (value === "disable" || value.startsWith("type:") && UNCONFINED_SELINUX_TYPES.has(value.slice(5)))) return "selinux";
  return void 0;
}
var no_unconfined_security_opt_default = defineRule({
  meta: {
    id: "no-unconfined-security-opt",
    description: "`security_opt` turns off seccomp, AppArmor, SELinux or the /proc and /sys masking Docker applies to every container.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "isolation"],
    help: "Docker confines every container with a seccomp syscall filter, an AppArmor or SELinux policy, and masked or read-only paths in /proc and /sys. `seccomp=unconfined`, `apparmor=unconfined`, `label=disable` and `systempaths=unconfined` each remove one of those layers, and each is a step the known container escapes depend on. Remove the entry; if the default profile blocks one system call or path the service needs, write a custom profile that allows just that (`seccomp=./profile.json`, `apparmor=my-profile`).",
    securitySeverity: 8
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const entry of service.securityOpt) {
        const lost = unconfined(entry.value);
        if (!lost) continue;
        report({
          at: entry,
          service: service.name.value,
          message: (who) => `${who} sets security_opt ${quoted(entry.value, entry)}, which ${LOST[lost]}. Remove it, or use a custom profile that allows only what the service needs.`
        });
      }
    }
  }
});

// rules/require-cap-drop-all.ts
var require_cap_drop_all_default = defineRule({
  meta: {
    id: "require-cap-drop-all",
    description: "A service keeps Docker's default capabilities (`cap_drop: [ALL]` is not set).",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "capabilities"],
    help: "Docker leaves about fourteen capabilities to every container, among them NET_RAW (forge packets), CHOWN, DAC_OVERRIDE, SETUID and MKNOD, whether the service needs them or not. Drop them all with `cap_drop: [ALL]` and add back in `cap_add` only those the service is known to need, such as NET_BIND_SERVICE for a port below 1024.",
    fixable: "behaviour",
    securitySeverity: 3
  },
  check({ project, report }) {
    for (const service of project.services) {
      if (service.capDrop.some((cap) => cap.value.trim().toUpperCase() === "ALL")) continue;
      report({
        at: service.name,
        service: service.name.value,
        fix: () => addServiceListItem(service, project, "cap_drop", "ALL", "drop all capabilities (cap_drop: [ALL]; a service that needs one must add it back in cap_add)", "behaviour"),
        message: (who) => `${who} keeps Docker's default capabilities (NET_RAW, CHOWN, DAC_OVERRIDE, SETUID...). Add \`cap_drop: [ALL]\` and \`cap_add\` back only what it needs.`
      });
    }
  }
});

// rules/require-no-new-privileges.ts
var FIX = "set no-new-privileges:true in security_opt";
var TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True"]);
var FALSE = /* @__PURE__ */ new Set(["0", "f", "F", "FALSE", "false", "False"]);
function setting(option) {
  if (option === "no-new-privileges") return true;
  const match = /^no-new-privileges[=:](.*)$/.exec(option);
  if (!match) return void 0;
  const value = match[1];
  return TRUE.has(value) ? true : FALSE.has(value) ? false : void 0;
}
var require_no_new_privileges_default = defineRule({
  meta: {
    id: "require-no-new-privileges",
    description: "A service does not set `no-new-privileges` in `security_opt`, so setuid programs in it can still raise privileges.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "privilege-escalation"],
    help: 'Without the no_new_privs flag, a process that runs a setuid or setgid program (or one with file capabilities) gains that program\'s privileges; an attacker in a non-root service can become root in the container through any such binary the image ships. Add `security_opt: ["no-new-privileges:true"]`; it breaks only programs that need to gain privileges, like sudo or su.',
    fixable: "safe",
    securitySeverity: 4
  },
  check({ project, report }) {
    for (const service of project.services) {
      let last;
      for (const entry of service.securityOpt) {
        const on = setting(entry.value);
        if (on !== void 0) last = { entry, on };
      }
      if (last?.on) continue;
      const name = service.name.value;
      const written3 = last?.entry;
      const fix2 = () => written3 ? replaceValue(written3, project, "no-new-privileges:true", FIX, "safe", "write no-new-privileges:true") : addServiceListItem(service, project, "security_opt", '"no-new-privileges:true"', FIX, "safe");
      report(
        last ? {
          at: last.entry,
          service: name,
          fix: fix2,
          message: (who) => `${who} sets ${quoted(last.entry.value, last.entry)}, so setuid programs in it can raise privileges. Use "no-new-privileges:true".`
        } : {
          at: service.name,
          service: name,
          fix: fix2,
          message: (who) => `${who} does not set no-new-privileges, so setuid and setgid programs in it can raise privileges. Add \`security_opt: ["no-new-privileges:true"]\`.`
        }
      );
    }
  }
});

// rules/require-non-root-user.ts
function isRoot(user) {
  const name = user.split(":")[0].trim();
  return name === "root" || /^0+$/.test(name);
}
var require_non_root_user_default = defineRule({
  meta: {
    id: "require-non-root-user",
    description: "A service runs as root: `user` is unset (the image's default, usually root) or set to root or 0.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening"],
    help: 'Root in a container is root on the host\'s kernel, held back only by capabilities, seccomp and namespaces: every kernel bug or misconfiguration (a mounted host path, a writable device) is worth more to a root process. Set `user:` to an unprivileged UID and GID (`user: "10001:10001"`) and give that user the files it needs, or use an image that defines a non-root USER and set it explicitly here.',
    securitySeverity: 4
  },
  check({ project, report }) {
    for (const service of project.services) {
      const user = service.user;
      const name = service.name.value;
      if (!user) {
        report({
          at: service.name,
          service: name,
          message: (who) => `${who} sets no \`user\`, so it runs as the image's default user, root unless the image says otherwise. Set \`user:\` to an unprivileged UID:GID.`
        });
        continue;
      }
      if (user.raw !== void 0 && user.value.split(":")[0].trim() === "") continue;
      if (!isRoot(user.value)) continue;
      report({
        at: user,
        service: name,
        message: (who) => `${who} runs as root (user ${quoted(user.value, user)}), so any escape or writable host path gives an attacker root. Set \`user:\` to an unprivileged UID:GID.`
      });
    }
  }
});

// rules/require-pinned-image.ts
var require_pinned_image_default = defineRule({
  meta: {
    id: "require-pinned-image",
    description: "A service's image has no tag or the `latest` tag (or, with `requireDigest`, no digest), so what runs changes without the file changing.",
    level: "warning",
    preset: "strict",
    tags: ["security", "supply-chain", "reproducibility"],
    help: "An image without a tag means `latest`, and `latest` moves with every push: a new host, a `docker compose pull` or an evicted cache silently runs different code, which may be broken or, if the publisher's account is compromised, malicious. Pin a version tag (`postgres:16.4`); with the option `requireDigest: true`, pin the digest as well (`postgres:16.4@sha256:...`), since a tag can be pushed again. Services that build their image (`build:`) are not checked.",
    securitySeverity: 4,
    options: {
      type: "object",
      properties: { requireDigest: { type: "boolean", description: "Also require a digest (`image:tag@sha256:...`), since a tag can be pushed again." } },
      additionalProperties: false
    }
  },
  check({ project, report, options }) {
    const requireDigest = options.requireDigest === true;
    for (const service of project.services) {
      const image = service.image;
      if (!image || service.build) continue;
      const ref = image.value;
      if (ref.text === "" || ref.digest) continue;
      const chosenAtDeploy = image.raw !== void 0 && image.raw.slice(image.raw.lastIndexOf("/") + 1).includes("$");
      const name = service.name.value;
      const given = quoted(ref.text, image);
      const pinned = image.external ? "by digest (`@sha256:<digest>`)" : `as "${ref.text}@sha256:<digest>"`;
      if (!ref.tag) {
        if (chosenAtDeploy) continue;
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses image ${given} without a tag, so Docker pulls whatever \`latest\` points to that day and a new host can run different code. Pin a version tag or a digest.`
        });
      } else if (ref.tag === "latest") {
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses ${given}; \`latest\` moves with every release, so a new host or a pull can run different code. Pin a version tag or a digest.`
        });
      } else if (requireDigest && !chosenAtDeploy) {
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses ${given} without a digest; the tag can be pushed again to point at other content. Pin it ${pinned}.`
        });
      }
    }
  }
});

// rules/require-read-only.ts
var FIX2 = "set read_only: true (the service can no longer write outside tmpfs and volumes)";
var require_read_only_default = defineRule({
  meta: {
    id: "require-read-only",
    description: "A service's root file system is writable (`read_only: true` is not set).",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening"],
    help: "With a writable root file system, an attacker who gets code execution in the container can replace its binaries and configuration, drop tools and persist until the container is recreated. Set `read_only: true` and give the service writable space only where it needs it: `tmpfs:` for scratch paths such as /tmp and /run, volumes for data.",
    fixable: "behaviour",
    securitySeverity: 3
  },
  check({ project, report }) {
    for (const service of project.services) {
      const readOnly = service.readOnly;
      if (readOnly?.value) continue;
      const name = service.name.value;
      const fix2 = () => readOnly ? replaceValue(readOnly, project, "true", FIX2, "behaviour", "set read_only: true") : addServiceKey(service, project, "read_only", "true", FIX2, "behaviour");
      report(
        readOnly ? { at: readOnly, service: name, fix: fix2, message: (who) => `${who} sets read_only to false, so a compromised process can modify its binaries and configuration. Set \`read_only: true\` and use \`tmpfs:\` or volumes for the paths it writes.` } : { at: service.name, service: name, fix: fix2, message: (who) => `${who} has a writable root file system, so a compromised process can modify its binaries and configuration. Set \`read_only: true\` and use \`tmpfs:\` or volumes for the paths it writes.` }
      );
    }
  }
});

// rules/require-resource-limits.ts
function limits(value) {
  if (!value) return false;
  if (typeof value.value === "number") return value.value > 0;
  const text = value.value.trim();
  if (text === "") return false;
  const number = Number.parseFloat(text);
  return !(Number.isFinite(number) && number <= 0);
}
var require_resource_limits_default = defineRule({
  meta: {
    id: "require-resource-limits",
    description: "A service has no memory limit or no process (PIDs) limit.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "availability"],
    help: "Without a memory limit one container can use all of the host's memory until the kernel's OOM killer starts on other services; without a PIDs limit a fork bomb or a thread leak exhausts the host's process table. Set `mem_limit` (or `deploy.resources.limits.memory`) and `pids_limit` (or `deploy.resources.limits.pids`) to a little above what the service uses.",
    securitySeverity: 3
  },
  check({ project, report }) {
    for (const service of project.services) {
      const missing = [];
      if (!limits(service.memLimit) && !limits(service.deployLimits.memory)) missing.push("memory limit (`mem_limit`)");
      if (!limits(service.pidsLimit) && !limits(service.deployLimits.pids)) missing.push("PIDs limit (`pids_limit`)");
      if (missing.length === 0) continue;
      const what = missing.join(" and no ");
      report({
        at: service.name,
        service: service.name.value,
        message: (who) => `${who} has no ${what}, so a leak or a fork bomb in it can starve the whole host. Set ${missing.length === 2 ? "both" : "it"}, a little above what the service needs.`
      });
    }
  }
});

// rules/index.ts
var rules = [
  compose_schema_default,
  no_unbound_port_default,
  no_published_database_port_default,
  no_docker_socket_mount_default,
  no_sensitive_host_mount_default,
  no_hardcoded_secret_default,
  no_secret_in_command_default,
  no_disabled_auth_default,
  no_exposed_docker_api_default,
  no_unencrypted_overlay_default,
  no_host_ip_in_swarm_default,
  no_privileged_default,
  no_host_network_default,
  no_host_namespace_default,
  no_dangerous_capability_default,
  no_unconfined_security_opt_default,
  no_host_device_default,
  require_no_new_privileges_default,
  require_read_only_default,
  require_cap_drop_all_default,
  require_non_root_user_default,
  require_resource_limits_default,
  require_pinned_image_default
];

// src/config/schema.ts
var LEVELS = ["off", "note", "warning", "error"];
var NON_BLANK = "\\S";
var NAMESPACED_ID = "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$";
function ruleSettingSchema(meta) {
  const description = `${meta.description} (default: ${meta.preset === "recommended" ? meta.level : "off, strict preset"})`;
  if (LOCKED.has(meta.id)) return { description: `${meta.description} It cannot be turned off or lowered.`, const: "error" };
  if (!meta.options) return { description, $ref: "#/definitions/level" };
  return {
    description,
    anyOf: [
      { $ref: "#/definitions/level" },
      { type: "array", items: [{ $ref: "#/definitions/level" }, meta.options], minItems: 2, maxItems: 2, additionalItems: false }
    ]
  };
}
function configSchema(metas) {
  const rules2 = Object.fromEntries([...metas].sort((a, b) => a.id < b.id ? -1 : 1).map((meta) => [meta.id, ruleSettingSchema(meta)]));
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "compose-lint configuration",
    description: 'Configuration of compose-lint (.compose-lint.yaml, .compose-lint.yml, .compose-lint.json, or "compose-lint" in package.json). Data only: it never loads code.',
    type: "object",
    properties: {
      $schema: { type: "string" },
      extends: { description: "The preset to start from: recommended (default) or strict (also the hardening rules).", enum: ["recommended", "strict"] },
      rules: { $ref: "#/definitions/rules" },
      ignore: { description: "Globs of paths never linted, relative to this file's folder.", type: "array", items: { type: "string", pattern: NON_BLANK } },
      overrides: {
        description: "Rule settings for the files matching `files` (globs relative to this file's folder); later entries win.",
        type: "array",
        items: {
          type: "object",
          properties: {
            files: { type: "array", items: { type: "string", pattern: NON_BLANK }, minItems: 1 },
            rules: { $ref: "#/definitions/rules" },
            suppress: {
              description: "Rule ids whose findings in these files are suppressed: still listed (SARIF: kind external, with the reason), never counted.",
              type: "array",
              items: { type: "string", pattern: NON_BLANK },
              minItems: 1
            },
            reason: { description: "Why the `suppress` ids are acceptable in these files (required with `suppress`).", type: "string", pattern: NON_BLANK }
          },
          required: ["files"],
          dependencies: { suppress: ["reason"] },
          additionalProperties: false
        }
      },
      failLevel: { description: "Exit 1 when a finding is at or above this level (--fail-level wins).", enum: Object.keys(FAIL_LEVELS) },
      noInlineConfig: { description: "Ignore every `# compose-lint ignore=` comment and `x-compose-lint` key in the linted files.", type: "boolean" },
      requireReason: { description: "An ignore directive without a reason (`-- why`) silences nothing and is reported.", type: "boolean" }
    },
    additionalProperties: false,
    definitions: {
      level: { description: "off, note, warning or error", enum: [...LEVELS] },
      rules: {
        description: "Rule id \u2192 level (off, note, warning, error), or [level, { options }].",
        type: "object",
        properties: rules2,
        // Plugin rules (`acme/rule`): checked against the plugins the command line loads.
        patternProperties: { [NAMESPACED_ID]: {} },
        additionalProperties: false
      }
    }
  };
}

// src/generated/config-schema-validator.ts
var add = (errors, error) => {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
};
var cat = (errors, more) => errors === null ? more : errors.concat(more);
var schema6 = { "properties": { "extends": { "enum": ["recommended", "strict"] }, "failLevel": { "enum": ["error", "warning", "note", "none"] } } };
var schema7 = { "properties": { "compose-schema": 0, "duplicate-key": 0, "hidden-line-break": 0, "internal-error": 0, "invalid-ignore": 0, "no-dangerous-capability": 0, "no-disabled-auth": 0, "no-docker-socket-mount": 0, "no-exposed-docker-api": 0, "no-hardcoded-secret": 0, "no-host-device": 0, "no-host-ip-in-swarm": 0, "no-host-namespace": 0, "no-host-network": 0, "no-privileged": 0, "no-published-database-port": 0, "no-secret-in-command": 0, "no-sensitive-host-mount": 0, "no-unbound-port": 0, "no-unconfined-security-opt": 0, "no-unencrypted-overlay": 0, "not-linted": 0, "project-error": 0, "require-cap-drop-all": 0, "require-no-new-privileges": 0, "require-non-root-user": 0, "require-pinned-image": 0, "require-read-only": 0, "require-resource-limits": 0, "unreadable-value": 0, "unused-ignore": 0, "yaml-syntax": 0 } };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", "u");
var pattern1 = new RegExp("\\S", "u");
var pattern2 = new RegExp("^/dev/", "u");
var pattern4 = new RegExp("^/", "u");
var schema8 = { "enum": ["off", "note", "warning", "error"] };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "off" || data === "note" || data === "warning" || data === "error")) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema8.enum } });
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema7.properties, key0) || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data["compose-schema"] !== void 0) {
      if (!validate23(data["compose-schema"], { instancePath: instancePath + "/compose-schema", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["duplicate-key"] !== void 0) {
      if (!validate23(data["duplicate-key"], { instancePath: instancePath + "/duplicate-key", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["hidden-line-break"] !== void 0) {
      if (!validate23(data["hidden-line-break"], { instancePath: instancePath + "/hidden-line-break", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["internal-error"] !== void 0) {
      if ("error" !== data["internal-error"]) {
        vErrors = add(vErrors, { instancePath: instancePath + "/internal-error", schemaPath: "#/definitions/rules/properties/internal-error/const", keyword: "const", params: { allowedValue: "error" } });
        errors++;
      }
    }
    if (data["invalid-ignore"] !== void 0) {
      if (!validate23(data["invalid-ignore"], { instancePath: instancePath + "/invalid-ignore", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-dangerous-capability"] !== void 0) {
      if (!validate23(data["no-dangerous-capability"], { instancePath: instancePath + "/no-dangerous-capability", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-disabled-auth"] !== void 0) {
      if (!validate23(data["no-disabled-auth"], { instancePath: instancePath + "/no-disabled-auth", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-docker-socket-mount"] !== void 0) {
      if (!validate23(data["no-docker-socket-mount"], { instancePath: instancePath + "/no-docker-socket-mount", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-exposed-docker-api"] !== void 0) {
      if (!validate23(data["no-exposed-docker-api"], { instancePath: instancePath + "/no-exposed-docker-api", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-hardcoded-secret"] !== void 0) {
      let data9 = data["no-hardcoded-secret"];
      const _errs12 = errors;
      let valid1 = false;
      const _errs13 = errors;
      if (!validate23(data9, { instancePath: instancePath + "/no-hardcoded-secret", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs13 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs14 = errors;
        if (Array.isArray(data9)) {
          if (data9.length > 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 } });
            errors++;
          }
          if (data9.length < 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/minItems", keyword: "minItems", params: { limit: 2 } });
            errors++;
          }
          const len0 = data9.length;
          if (!(len0 <= 2)) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 } });
            errors++;
          }
          const len1 = data9.length;
          if (len1 > 0) {
            if (!validate23(data9[0], { instancePath: instancePath + "/no-hardcoded-secret/0", rootData })) {
              vErrors = cat(vErrors, validate23.errors);
              errors = vErrors.length;
            }
          }
          if (len1 > 1) {
            let data11 = data9[1];
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              for (const key1 in data11) {
                if (!(key1 === "keys" || key1 === "allowValues")) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret/1", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
                  errors++;
                }
              }
              if (data11.keys !== void 0) {
                let data12 = data11.keys;
                if (Array.isArray(data12)) {
                  const len2 = data12.length;
                  for (let i0 = 0; i0 < len2; i0++) {
                    let data13 = data12[i0];
                    if (typeof data13 === "string") {
                      if (!pattern1.test(data13)) {
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret/1/keys/" + i0, schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/items/1/properties/keys/items/pattern", keyword: "pattern", params: {} });
                        errors++;
                      }
                    } else {
                      vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret/1/keys/" + i0, schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/items/1/properties/keys/items/type", keyword: "type", params: {} });
                      errors++;
                    }
                  }
                } else {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret/1/keys", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/items/1/properties/keys/type", keyword: "type", params: {} });
                  errors++;
                }
              }
              if (data11.allowValues !== void 0) {
                let data14 = data11.allowValues;
                if (Array.isArray(data14)) {
                  const len3 = data14.length;
                  for (let i1 = 0; i1 < len3; i1++) {
                    if (typeof data14[i1] !== "string") {
                      vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret/1/allowValues/" + i1, schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/items/1/properties/allowValues/items/type", keyword: "type", params: {} });
                      errors++;
                    }
                  }
                } else {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret/1/allowValues", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/items/1/properties/allowValues/type", keyword: "type", params: {} });
                  errors++;
                }
              }
            } else {
              vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret/1", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/items/1/type", keyword: "type", params: {} });
              errors++;
            }
          }
        } else {
          vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf/1/type", keyword: "type", params: {} });
          errors++;
        }
        var _valid0 = _errs14 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        vErrors = add(vErrors, { instancePath: instancePath + "/no-hardcoded-secret", schemaPath: "#/definitions/rules/properties/no-hardcoded-secret/anyOf", keyword: "anyOf", params: {} });
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["no-host-device"] !== void 0) {
      let data16 = data["no-host-device"];
      const _errs29 = errors;
      let valid8 = false;
      const _errs30 = errors;
      if (!validate23(data16, { instancePath: instancePath + "/no-host-device", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs30 === errors;
      valid8 = valid8 || _valid1;
      if (!valid8) {
        const _errs31 = errors;
        if (Array.isArray(data16)) {
          if (data16.length > 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device", schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 } });
            errors++;
          }
          if (data16.length < 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device", schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/minItems", keyword: "minItems", params: { limit: 2 } });
            errors++;
          }
          const len4 = data16.length;
          if (!(len4 <= 2)) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device", schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 } });
            errors++;
          }
          const len5 = data16.length;
          if (len5 > 0) {
            if (!validate23(data16[0], { instancePath: instancePath + "/no-host-device/0", rootData })) {
              vErrors = cat(vErrors, validate23.errors);
              errors = vErrors.length;
            }
          }
          if (len5 > 1) {
            let data18 = data16[1];
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
              for (const key2 in data18) {
                if (!(key2 === "allowDevices")) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device/1", schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } });
                  errors++;
                }
              }
              if (data18.allowDevices !== void 0) {
                let data19 = data18.allowDevices;
                if (Array.isArray(data19)) {
                  const len6 = data19.length;
                  for (let i2 = 0; i2 < len6; i2++) {
                    let data20 = data19[i2];
                    if (typeof data20 === "string") {
                      if (!pattern2.test(data20)) {
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device/1/allowDevices/" + i2, schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/items/1/properties/allowDevices/items/pattern", keyword: "pattern", params: {} });
                        errors++;
                      }
                    } else {
                      vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device/1/allowDevices/" + i2, schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/items/1/properties/allowDevices/items/type", keyword: "type", params: {} });
                      errors++;
                    }
                  }
                } else {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device/1/allowDevices", schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/items/1/properties/allowDevices/type", keyword: "type", params: {} });
                  errors++;
                }
              }
            } else {
              vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device/1", schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/items/1/type", keyword: "type", params: {} });
              errors++;
            }
          }
        } else {
          vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device", schemaPath: "#/definitions/rules/properties/no-host-device/anyOf/1/type", keyword: "type", params: {} });
          errors++;
        }
        var _valid1 = _errs31 === errors;
        valid8 = valid8 || _valid1;
      }
      if (!valid8) {
        vErrors = add(vErrors, { instancePath: instancePath + "/no-host-device", schemaPath: "#/definitions/rules/properties/no-host-device/anyOf", keyword: "anyOf", params: {} });
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["no-host-ip-in-swarm"] !== void 0) {
      if (!validate23(data["no-host-ip-in-swarm"], { instancePath: instancePath + "/no-host-ip-in-swarm", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-host-namespace"] !== void 0) {
      if (!validate23(data["no-host-namespace"], { instancePath: instancePath + "/no-host-namespace", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-host-network"] !== void 0) {
      if (!validate23(data["no-host-network"], { instancePath: instancePath + "/no-host-network", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-privileged"] !== void 0) {
      if (!validate23(data["no-privileged"], { instancePath: instancePath + "/no-privileged", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-published-database-port"] !== void 0) {
      let data25 = data["no-published-database-port"];
      const _errs46 = errors;
      let valid13 = false;
      const _errs47 = errors;
      if (!validate23(data25, { instancePath: instancePath + "/no-published-database-port", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs47 === errors;
      valid13 = valid13 || _valid2;
      if (!valid13) {
        const _errs48 = errors;
        if (Array.isArray(data25)) {
          if (data25.length > 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 } });
            errors++;
          }
          if (data25.length < 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/minItems", keyword: "minItems", params: { limit: 2 } });
            errors++;
          }
          const len7 = data25.length;
          if (!(len7 <= 2)) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 } });
            errors++;
          }
          const len8 = data25.length;
          if (len8 > 0) {
            if (!validate23(data25[0], { instancePath: instancePath + "/no-published-database-port/0", rootData })) {
              vErrors = cat(vErrors, validate23.errors);
              errors = vErrors.length;
            }
          }
          if (len8 > 1) {
            let data27 = data25[1];
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
              for (const key3 in data27) {
                if (!(key3 === "images" || key3 === "ports")) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } });
                  errors++;
                }
              }
              if (data27.images !== void 0) {
                let data28 = data27.images;
                if (Array.isArray(data28)) {
                  const len9 = data28.length;
                  for (let i3 = 0; i3 < len9; i3++) {
                    let data29 = data28[i3];
                    if (typeof data29 === "string") {
                      if (!pattern1.test(data29)) {
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1/images/" + i3, schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/properties/images/items/pattern", keyword: "pattern", params: {} });
                        errors++;
                      }
                    } else {
                      vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1/images/" + i3, schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/properties/images/items/type", keyword: "type", params: {} });
                      errors++;
                    }
                  }
                } else {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1/images", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/properties/images/type", keyword: "type", params: {} });
                  errors++;
                }
              }
              if (data27.ports !== void 0) {
                let data30 = data27.ports;
                if (Array.isArray(data30)) {
                  const len10 = data30.length;
                  for (let i4 = 0; i4 < len10; i4++) {
                    let data31 = data30[i4];
                    if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                      vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1/ports/" + i4, schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/properties/ports/items/type", keyword: "type", params: {} });
                      errors++;
                    }
                    if (typeof data31 == "number" && isFinite(data31)) {
                      if (data31 > 65535 || isNaN(data31)) {
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1/ports/" + i4, schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/properties/ports/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } });
                        errors++;
                      }
                      if (data31 < 1 || isNaN(data31)) {
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1/ports/" + i4, schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/properties/ports/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } });
                        errors++;
                      }
                    }
                  }
                } else {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1/ports", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/properties/ports/type", keyword: "type", params: {} });
                  errors++;
                }
              }
            } else {
              vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port/1", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/items/1/type", keyword: "type", params: {} });
              errors++;
            }
          }
        } else {
          vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf/1/type", keyword: "type", params: {} });
          errors++;
        }
        var _valid2 = _errs48 === errors;
        valid13 = valid13 || _valid2;
      }
      if (!valid13) {
        vErrors = add(vErrors, { instancePath: instancePath + "/no-published-database-port", schemaPath: "#/definitions/rules/properties/no-published-database-port/anyOf", keyword: "anyOf", params: {} });
        errors++;
      } else {
        errors = _errs46;
        if (vErrors !== null) {
          if (_errs46) {
            vErrors.length = _errs46;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["no-secret-in-command"] !== void 0) {
      if (!validate23(data["no-secret-in-command"], { instancePath: instancePath + "/no-secret-in-command", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-sensitive-host-mount"] !== void 0) {
      let data33 = data["no-sensitive-host-mount"];
      const _errs64 = errors;
      let valid20 = false;
      const _errs65 = errors;
      if (!validate23(data33, { instancePath: instancePath + "/no-sensitive-host-mount", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs65 === errors;
      valid20 = valid20 || _valid3;
      if (!valid20) {
        const _errs66 = errors;
        if (Array.isArray(data33)) {
          if (data33.length > 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount", schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 } });
            errors++;
          }
          if (data33.length < 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount", schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/minItems", keyword: "minItems", params: { limit: 2 } });
            errors++;
          }
          const len11 = data33.length;
          if (!(len11 <= 2)) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount", schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 } });
            errors++;
          }
          const len12 = data33.length;
          if (len12 > 0) {
            if (!validate23(data33[0], { instancePath: instancePath + "/no-sensitive-host-mount/0", rootData })) {
              vErrors = cat(vErrors, validate23.errors);
              errors = vErrors.length;
            }
          }
          if (len12 > 1) {
            let data35 = data33[1];
            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
              for (const key4 in data35) {
                if (!(key4 === "paths")) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount/1", schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } });
                  errors++;
                }
              }
              if (data35.paths !== void 0) {
                let data36 = data35.paths;
                if (Array.isArray(data36)) {
                  const len13 = data36.length;
                  for (let i5 = 0; i5 < len13; i5++) {
                    let data37 = data36[i5];
                    if (typeof data37 === "string") {
                      if (!pattern4.test(data37)) {
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount/1/paths/" + i5, schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/items/1/properties/paths/items/pattern", keyword: "pattern", params: {} });
                        errors++;
                      }
                    } else {
                      vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount/1/paths/" + i5, schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/items/1/properties/paths/items/type", keyword: "type", params: {} });
                      errors++;
                    }
                  }
                } else {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount/1/paths", schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/items/1/properties/paths/type", keyword: "type", params: {} });
                  errors++;
                }
              }
            } else {
              vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount/1", schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/items/1/type", keyword: "type", params: {} });
              errors++;
            }
          }
        } else {
          vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount", schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf/1/type", keyword: "type", params: {} });
          errors++;
        }
        var _valid3 = _errs66 === errors;
        valid20 = valid20 || _valid3;
      }
      if (!valid20) {
        vErrors = add(vErrors, { instancePath: instancePath + "/no-sensitive-host-mount", schemaPath: "#/definitions/rules/properties/no-sensitive-host-mount/anyOf", keyword: "anyOf", params: {} });
        errors++;
      } else {
        errors = _errs64;
        if (vErrors !== null) {
          if (_errs64) {
            vErrors.length = _errs64;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["no-unbound-port"] !== void 0) {
      let data38 = data["no-unbound-port"];
      const _errs77 = errors;
      let valid25 = false;
      const _errs78 = errors;
      if (!validate23(data38, { instancePath: instancePath + "/no-unbound-port", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
      var _valid4 = _errs78 === errors;
      valid25 = valid25 || _valid4;
      if (!valid25) {
        const _errs79 = errors;
        if (Array.isArray(data38)) {
          if (data38.length > 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 } });
            errors++;
          }
          if (data38.length < 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/minItems", keyword: "minItems", params: { limit: 2 } });
            errors++;
          }
          const len14 = data38.length;
          if (!(len14 <= 2)) {
            vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 } });
            errors++;
          }
          const len15 = data38.length;
          if (len15 > 0) {
            if (!validate23(data38[0], { instancePath: instancePath + "/no-unbound-port/0", rootData })) {
              vErrors = cat(vErrors, validate23.errors);
              errors = vErrors.length;
            }
          }
          if (len15 > 1) {
            let data40 = data38[1];
            if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
              for (const key5 in data40) {
                if (!(key5 === "allowPorts")) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port/1", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 } });
                  errors++;
                }
              }
              if (data40.allowPorts !== void 0) {
                let data41 = data40.allowPorts;
                if (Array.isArray(data41)) {
                  const len16 = data41.length;
                  for (let i6 = 0; i6 < len16; i6++) {
                    let data42 = data41[i6];
                    if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                      vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port/1/allowPorts/" + i6, schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/items/1/properties/allowPorts/items/type", keyword: "type", params: {} });
                      errors++;
                    }
                    if (typeof data42 == "number" && isFinite(data42)) {
                      if (data42 > 65535 || isNaN(data42)) {
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port/1/allowPorts/" + i6, schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/items/1/properties/allowPorts/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } });
                        errors++;
                      }
                      if (data42 < 1 || isNaN(data42)) {
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port/1/allowPorts/" + i6, schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/items/1/properties/allowPorts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } });
                        errors++;
                      }
                    }
                  }
                  let i7 = data41.length;
                  let j0;
                  if (i7 > 1) {
                    const indices0 = {};
                    for (; i7--; ) {
                      let item0 = data41[i7];
                      if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
                        continue;
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port/1/allowPorts", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/items/1/properties/allowPorts/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j0 } });
                        errors++;
                        break;
                      }
                      indices0[item0] = i7;
                    }
                  }
                } else {
                  vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port/1/allowPorts", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/items/1/properties/allowPorts/type", keyword: "type", params: {} });
                  errors++;
                }
              }
            } else {
              vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port/1", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/items/1/type", keyword: "type", params: {} });
              errors++;
            }
          }
        } else {
          vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf/1/type", keyword: "type", params: {} });
          errors++;
        }
        var _valid4 = _errs79 === errors;
        valid25 = valid25 || _valid4;
      }
      if (!valid25) {
        vErrors = add(vErrors, { instancePath: instancePath + "/no-unbound-port", schemaPath: "#/definitions/rules/properties/no-unbound-port/anyOf", keyword: "anyOf", params: {} });
        errors++;
      } else {
        errors = _errs77;
        if (vErrors !== null) {
          if (_errs77) {
            vErrors.length = _errs77;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["no-unconfined-security-opt"] !== void 0) {
      if (!validate23(data["no-unconfined-security-opt"], { instancePath: instancePath + "/no-unconfined-security-opt", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["no-unencrypted-overlay"] !== void 0) {
      if (!validate23(data["no-unencrypted-overlay"], { instancePath: instancePath + "/no-unencrypted-overlay", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["not-linted"] !== void 0) {
      if ("error" !== data["not-linted"]) {
        vErrors = add(vErrors, { instancePath: instancePath + "/not-linted", schemaPath: "#/definitions/rules/properties/not-linted/const", keyword: "const", params: { allowedValue: "error" } });
        errors++;
      }
    }
    if (data["project-error"] !== void 0) {
      if ("error" !== data["project-error"]) {
        vErrors = add(vErrors, { instancePath: instancePath + "/project-error", schemaPath: "#/definitions/rules/properties/project-error/const", keyword: "const", params: { allowedValue: "error" } });
        errors++;
      }
    }
    if (data["require-cap-drop-all"] !== void 0) {
      if (!validate23(data["require-cap-drop-all"], { instancePath: instancePath + "/require-cap-drop-all", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["require-no-new-privileges"] !== void 0) {
      if (!validate23(data["require-no-new-privileges"], { instancePath: instancePath + "/require-no-new-privileges", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["require-non-root-user"] !== void 0) {
      if (!validate23(data["require-non-root-user"], { instancePath: instancePath + "/require-non-root-user", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["require-pinned-image"] !== void 0) {
      let data50 = data["require-pinned-image"];
      const _errs97 = errors;
      let valid31 = false;
      const _errs98 = errors;
      if (!validate23(data50, { instancePath: instancePath + "/require-pinned-image", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
      var _valid5 = _errs98 === errors;
      valid31 = valid31 || _valid5;
      if (!valid31) {
        const _errs99 = errors;
        if (Array.isArray(data50)) {
          if (data50.length > 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/require-pinned-image", schemaPath: "#/definitions/rules/properties/require-pinned-image/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 } });
            errors++;
          }
          if (data50.length < 2) {
            vErrors = add(vErrors, { instancePath: instancePath + "/require-pinned-image", schemaPath: "#/definitions/rules/properties/require-pinned-image/anyOf/1/minItems", keyword: "minItems", params: { limit: 2 } });
            errors++;
          }
          const len17 = data50.length;
          if (!(len17 <= 2)) {
            vErrors = add(vErrors, { instancePath: instancePath + "/require-pinned-image", schemaPath: "#/definitions/rules/properties/require-pinned-image/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 } });
            errors++;
          }
          const len18 = data50.length;
          if (len18 > 0) {
            if (!validate23(data50[0], { instancePath: instancePath + "/require-pinned-image/0", rootData })) {
              vErrors = cat(vErrors, validate23.errors);
              errors = vErrors.length;
            }
          }
          if (len18 > 1) {
            let data52 = data50[1];
            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
              for (const key6 in data52) {
                if (!(key6 === "requireDigest")) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/require-pinned-image/1", schemaPath: "#/definitions/rules/properties/require-pinned-image/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 } });
                  errors++;
                }
              }
              if (data52.requireDigest !== void 0) {
                if (typeof data52.requireDigest !== "boolean") {
                  vErrors = add(vErrors, { instancePath: instancePath + "/require-pinned-image/1/requireDigest", schemaPath: "#/definitions/rules/properties/require-pinned-image/anyOf/1/items/1/properties/requireDigest/type", keyword: "type", params: {} });
                  errors++;
                }
              }
            } else {
              vErrors = add(vErrors, { instancePath: instancePath + "/require-pinned-image/1", schemaPath: "#/definitions/rules/properties/require-pinned-image/anyOf/1/items/1/type", keyword: "type", params: {} });
              errors++;
            }
          }
        } else {
          vErrors = add(vErrors, { instancePath: instancePath + "/require-pinned-image", schemaPath: "#/definitions/rules/properties/require-pinned-image/anyOf/1/type", keyword: "type", params: {} });
          errors++;
        }
        var _valid5 = _errs99 === errors;
        valid31 = valid31 || _valid5;
      }
      if (!valid31) {
        vErrors = add(vErrors, { instancePath: instancePath + "/require-pinned-image", schemaPath: "#/definitions/rules/properties/require-pinned-image/anyOf", keyword: "anyOf", params: {} });
        errors++;
      } else {
        errors = _errs97;
        if (vErrors !== null) {
          if (_errs97) {
            vErrors.length = _errs97;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["require-read-only"] !== void 0) {
      if (!validate23(data["require-read-only"], { instancePath: instancePath + "/require-read-only", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["require-resource-limits"] !== void 0) {
      if (!validate23(data["require-resource-limits"], { instancePath: instancePath + "/require-resource-limits", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["unreadable-value"] !== void 0) {
      if ("error" !== data["unreadable-value"]) {
        vErrors = add(vErrors, { instancePath: instancePath + "/unreadable-value", schemaPath: "#/definitions/rules/properties/unreadable-value/const", keyword: "const", params: { allowedValue: "error" } });
        errors++;
      }
    }
    if (data["unused-ignore"] !== void 0) {
      if (!validate23(data["unused-ignore"], { instancePath: instancePath + "/unused-ignore", rootData })) {
        vErrors = cat(vErrors, validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data["yaml-syntax"] !== void 0) {
      if ("error" !== data["yaml-syntax"]) {
        vErrors = add(vErrors, { instancePath: instancePath + "/yaml-syntax", schemaPath: "#/definitions/rules/properties/yaml-syntax/const", keyword: "const", params: { allowedValue: "error" } });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/rules/type", keyword: "type", params: {} });
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "extends" || key0 === "rules" || key0 === "ignore" || key0 === "overrides" || key0 === "failLevel" || key0 === "noInlineConfig" || key0 === "requireReason")) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (!(data1 === "recommended" || data1 === "strict")) {
        vErrors = add(vErrors, { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema6.properties.extends.enum } });
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate22(data.rules, { instancePath: instancePath + "/rules", rootData })) {
        vErrors = cat(vErrors, validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.ignore !== void 0) {
      let data3 = data.ignore;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
              vErrors = add(vErrors, { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/pattern", keyword: "pattern", params: {} });
              errors++;
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data5 = data.overrides;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.files === void 0) {
              vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" } });
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "files" || key1 === "rules" || key1 === "suppress" || key1 === "reason")) {
                vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
                errors++;
              }
            }
            if (data6.suppress !== void 0) {
              if (data6.reason === void 0) {
                vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/dependencies", keyword: "dependencies", params: {
                  property: "suppress",
                  missingProperty: "reason",
                  depsCount: 1,
                  deps: "reason"
                } });
                errors++;
              }
            }
            if (data6.files !== void 0) {
              let data7 = data6.files;
              if (Array.isArray(data7)) {
                if (data7.length < 1) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 } });
                  errors++;
                }
                const len2 = data7.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data8 = data7[i2];
                  if (typeof data8 === "string") {
                    if (!pattern1.test(data8)) {
                      vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/files/" + i2, schemaPath: "#/properties/overrides/items/properties/files/items/pattern", keyword: "pattern", params: {} });
                      errors++;
                    }
                  } else {
                    vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/files/" + i2, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
              } else {
                vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: {} });
                errors++;
              }
            }
            if (data6.rules !== void 0) {
              if (!validate22(data6.rules, { instancePath: instancePath + "/overrides/" + i1 + "/rules", rootData })) {
                vErrors = cat(vErrors, validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data6.suppress !== void 0) {
              let data10 = data6.suppress;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/suppress", schemaPath: "#/properties/overrides/items/properties/suppress/minItems", keyword: "minItems", params: { limit: 1 } });
                  errors++;
                }
                const len3 = data10.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data11 = data10[i3];
                  if (typeof data11 === "string") {
                    if (!pattern1.test(data11)) {
                      vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/suppress/" + i3, schemaPath: "#/properties/overrides/items/properties/suppress/items/pattern", keyword: "pattern", params: {} });
                      errors++;
                    }
                  } else {
                    vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/suppress/" + i3, schemaPath: "#/properties/overrides/items/properties/suppress/items/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
              } else {
                vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/suppress", schemaPath: "#/properties/overrides/items/properties/suppress/type", keyword: "type", params: {} });
                errors++;
              }
            }
            if (data6.reason !== void 0) {
              let data12 = data6.reason;
              if (typeof data12 === "string") {
                if (!pattern1.test(data12)) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/reason", schemaPath: "#/properties/overrides/items/properties/reason/pattern", keyword: "pattern", params: {} });
                  errors++;
                }
              } else {
                vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1 + "/reason", schemaPath: "#/properties/overrides/items/properties/reason/type", keyword: "type", params: {} });
                errors++;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.failLevel !== void 0) {
      let data13 = data.failLevel;
      if (!(data13 === "error" || data13 === "warning" || data13 === "note" || data13 === "none")) {
        vErrors = add(vErrors, { instancePath: instancePath + "/failLevel", schemaPath: "#/properties/failLevel/enum", keyword: "enum", params: { allowedValues: schema6.properties.failLevel.enum } });
        errors++;
      }
    }
    if (data.noInlineConfig !== void 0) {
      if (typeof data.noInlineConfig !== "boolean") {
        vErrors = add(vErrors, { instancePath: instancePath + "/noInlineConfig", schemaPath: "#/properties/noInlineConfig/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.requireReason !== void 0) {
      if (typeof data.requireReason !== "boolean") {
        vErrors = add(vErrors, { instancePath: instancePath + "/requireReason", schemaPath: "#/properties/requireReason/type", keyword: "type", params: {} });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/type", keyword: "type", params: {} });
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var validate = validate21;

// src/config/validate.ts
var TOP_LEVEL_KEYS = ["extends", "rules", "ignore", "overrides", "failLevel", "noInlineConfig", "requireReason"];
var OVERRIDE_KEYS = ["files", "rules", "suppress", "reason"];
function configProblems(source, metas) {
  const problems = checkConfigData(source.data, metas);
  return problems.map((p) => ({ ...p, at: source.position(p.path, p.part) })).sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column).map((p) => `${source.path}:${p.at.line}:${p.at.column}: ${p.message}`);
}
function checkConfigData(data, metas) {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const problems = [];
  if (!validate(data)) problems.push(...problemsOf(validate.errors ?? [], data, byId));
  if (problems.length === 0) problems.push(...checkPluginRules(data, byId), ...checkSuppressedIds(data, byId));
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${JSON.stringify(p.path)}\0${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function ruleTables(data) {
  const out = [];
  const record = data;
  if (record?.rules) out.push({ path: ["rules"], table: record.rules });
  (record?.overrides ?? []).forEach((o, i) => {
    if (o?.rules) out.push({ path: ["overrides", i, "rules"], table: o.rules });
  });
  return out;
}
function checkPluginRules(data, byId) {
  const problems = [];
  for (const { path, table } of ruleTables(data)) {
    for (const [id, setting2] of Object.entries(table)) {
      if (!id.includes("/")) continue;
      const meta = byId.get(id);
      if (!meta) {
        const namespace = id.slice(0, id.indexOf("/"));
        const near = closest(id, [...byId.keys()].filter((k) => k.includes("/")));
        problems.push({
          path: [...path, id],
          part: "key",
          message: near ? `unknown rule \`${id}\`; did you mean \`${near}\`?` : `unknown rule \`${id}\`: no loaded plugin defines it (load the plugin "${namespace}" with --plugin; a configuration file cannot load code).`
        });
        continue;
      }
      problems.push(...checkSetting(setting2, meta).map((p) => ({ ...p, path: [...path, id, ...p.path] })));
    }
  }
  return problems;
}
function checkSuppressedIds(data, byId) {
  const problems = [];
  (data.overrides ?? []).forEach((override, i) => {
    (override.suppress ?? []).forEach((id, j) => {
      const path = ["overrides", i, "suppress", j];
      if (LOCKED.has(id)) problems.push({ path, part: "value", message: `\`${id}\` cannot be suppressed: it reports what compose-lint could not read or see.` });
      else if (!byId.has(id)) {
        const near = closest(id, [...byId.keys()]);
        problems.push({ path, part: "value", message: `unknown rule \`${id}\`${near ? `; did you mean \`${near}\`?` : " (see compose-lint --list-rules)."}` });
      }
    });
  });
  return problems;
}
function checkSetting(setting2, meta) {
  const schema = configSchema([meta]);
  const single = { rules: { [meta.id]: setting2 } };
  const compiled = runtimeValidator(schema);
  if (compiled(single)) return [];
  return problemsOf(compiled.errors ?? [], single, /* @__PURE__ */ new Map([[meta.id, meta]])).map((p) => ({ ...p, path: p.path.slice(2) }));
}
var compiler;
var compiledFor = /* @__PURE__ */ new WeakMap();
function useSchemaCompiler(instance) {
  compiler = instance;
}
function runtimeValidator(schema) {
  if (!compiler) throw new Error("plugin options cannot be validated: the plugin loader registered no schema compiler");
  const cached = compiledFor.get(schema);
  if (cached) return cached;
  const compiled = compiler.compile(schema);
  compiledFor.set(schema, compiled);
  return compiled;
}
function toPath(pointer, data) {
  const path = [];
  let node = data;
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const step = Array.isArray(node) ? Number(key) : key;
    path.push(step);
    node = node !== null && typeof node === "object" ? node[step] : void 0;
  }
  return path;
}
function valueAt(data, path) {
  let node = data;
  for (const step of path) node = node !== null && typeof node === "object" ? node[step] : void 0;
  return node;
}
function ruleAt(path) {
  const at = path[0] === "rules" ? 1 : path[0] === "overrides" && path[2] === "rules" ? 3 : -1;
  if (at < 0 || path.length <= at) return void 0;
  return { id: String(path[at]), rest: path.slice(at + 1) };
}
function problemsOf(errors, data, byId) {
  const located = errors.filter((e) => e.keyword !== "anyOf").map((error) => ({ error, path: toPath(error.instancePath, data) }));
  const entryOf = (path, rule) => JSON.stringify(path.slice(0, path.length - rule.rest.length));
  const deepest = /* @__PURE__ */ new Map();
  for (const { path } of located) {
    const rule = ruleAt(path);
    if (rule) deepest.set(entryOf(path, rule), Math.max(deepest.get(entryOf(path, rule)) ?? 0, rule.rest.length));
  }
  const problems = [];
  const described = /* @__PURE__ */ new Set();
  for (const { error, path } of located) {
    const rule = ruleAt(path);
    if (rule) {
      if (rule.rest.length < (deepest.get(entryOf(path, rule)) ?? 0)) continue;
      if (rule.rest.length === 0 || rule.rest.length === 1 && rule.rest[0] === 0) {
        const entry = path.slice(0, path.length - rule.rest.length);
        if (described.has(JSON.stringify(entry))) continue;
        described.add(JSON.stringify(entry));
        problems.push({ path: rule.rest.length === 0 ? entry : path, part: "value", message: levelMessage(rule.id, valueAt(data, path), byId.get(rule.id)) });
        continue;
      }
    }
    problems.push(describeOne(error, path, data, byId));
  }
  return problems;
}
function levelMessage(id, value, meta) {
  if (meta && !LEVELS.includes(value) && Array.isArray(value) && value.length !== 2) {
    return `rule \`${id}\`: write a level, or [level, { options }] with two items; got a list of ${value.length}.`;
  }
  if (meta && !meta.options && Array.isArray(value) && !LOCKED.has(id)) return `rule \`${id}\` takes no options: write only its level (off, note, warning or error).`;
  if (typeof value === "string" && LEVELS.includes(value)) {
    return `rule \`${id}\` cannot be turned off or lowered: it reports what compose-lint could not read or see, and without it a run could pass unseen.`;
  }
  const near = typeof value === "string" ? closest(value, LEVELS) ?? LEVELS.find((level) => value.length >= 2 && level.startsWith(value.toLowerCase())) : void 0;
  const options = meta?.options ? ", or [level, { options }]" : "";
  return `rule \`${id}\`: ${describeValue(value)} is not a level${near ? `; did you mean \`${near}\`?` : ""} (write off, note, warning or error${options}).`;
}
function describeOne(error, path, data, byId) {
  const rule = ruleAt(path);
  const meta = rule ? byId.get(rule.id) : void 0;
  if (error.keyword === "additionalProperties" && error.params.additionalProperty !== void 0) {
    const key = error.params.additionalProperty;
    const keyPath = [...path, key];
    if (path.at(-1) === "rules") {
      const near3 = closest(key, [...byId.keys()]);
      return { path: keyPath, part: "key", message: `unknown rule \`${key}\`${near3 ? `; did you mean \`${near3}\`?` : " (see compose-lint --list-rules)."}` };
    }
    if (rule && meta) {
      const names = Object.keys(meta.options?.properties ?? {});
      const near3 = closest(key, names);
      const list = names.length > 0 ? ` (options: ${names.join(", ")})` : "";
      return { path: keyPath, part: "key", message: `rule \`${rule.id}\` has no option \`${key}\`${near3 ? `; did you mean \`${near3}\`?` : list}` };
    }
    if (path.length === 0 && key === "plugins") {
      return { path: keyPath, part: "key", message: "a configuration file cannot load plugins, since that would run code from the repository being linted; load them with --plugin (or the Action's `plugins` input) and configure their rules here." };
    }
    const allowed = path.length === 0 ? TOP_LEVEL_KEYS : OVERRIDE_KEYS;
    const near2 = closest(key, allowed);
    return { path: keyPath, part: "key", message: `unknown key \`${key}\`${near2 ? `; did you mean \`${near2}\`?` : ` (expected one of: ${allowed.join(", ")})`}` };
  }
  const value = valueAt(data, path);
  const schema = schemaAt(path, byId);
  const where = rule && meta && rule.rest[0] === 1 && rule.rest.length > 1 ? `option \`${formatPath(rule.rest.slice(1))}\` of rule \`${rule.id}\`` : `\`${formatPath(path)}\``;
  if (error.keyword === "required" || error.keyword === "dependencies") return { path, part: "value", message: `${where} needs the key \`${error.params.missingProperty}\`${error.keyword === "dependencies" ? " with `suppress`" : ""}.` };
  if (error.keyword === "uniqueItems") return { path, part: "value", message: `${where} lists a value twice.` };
  const expected = schema ? phrase(schema) : "something else";
  const near = schema && Array.isArray(schema.enum) && typeof value === "string" ? closest(value, schema.enum) : void 0;
  return { path, part: "value", message: `${where} must be ${expected}, not ${describeValue(value)}${near ? `; did you mean \`${near}\`?` : "."}` };
}
function schemaAt(path, byId) {
  const root = configSchema([...byId.values()]);
  const definitions = root.definitions;
  const deref = (s) => s && typeof s.$ref === "string" ? definitions[s.$ref.split("/").at(-1)] : s;
  let node = root;
  for (const step of path) {
    node = deref(node);
    if (!node) return void 0;
    if (Array.isArray(node.anyOf)) node = node.anyOf.find((s) => s.type === "array" && typeof step === "number") ?? deref(node.anyOf[0]);
    if (!node) return void 0;
    if (typeof step === "number") {
      const items = node.items;
      node = Array.isArray(items) ? items[step] : items;
    } else node = node.properties?.[step];
  }
  return deref(node);
}
function phrase(schema) {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => `\`${String(v)}\``).join(", ")}`;
  const range = typeof schema.minimum === "number" && typeof schema.maximum === "number" ? ` from ${schema.minimum} to ${schema.maximum}` : "";
  switch (schema.type) {
    case "array": {
      const items = schema.items && !Array.isArray(schema.items) ? phrase(schema.items).replace(/^(a|an) /, "") : "value";
      return `a list of ${items}s`.replace(/ss$/, "s");
    }
    case "integer":
      return `an integer${range}`;
    case "number":
      return `a number${range}`;
    case "boolean":
      return "true or false";
    case "string":
      return schema.pattern === "\\S" ? "a non-empty string" : "a string";
    case "object":
      return "a mapping";
    default:
      return "another value";
  }
}
function describeValue(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}
function formatPath(path) {
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}

export {
  defineRule,
  fileOf,
  insertEntry,
  insertItem,
  addServiceKey,
  rules,
  NAMESPACED_ID,
  configSchema,
  configProblems,
  useSchemaCompiler
};
