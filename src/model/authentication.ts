/**
 * Authentication switched off, by image: the switches each image reads (`MYSQL_ALLOW_EMPTY_PASSWORD`
 * on MySQL, `POSTGRES_HOST_AUTH_METHOD=trust` on PostgreSQL, `--insecure` on CockroachDB, ...) and
 * the services that are open unless configured (Redis, a registry). Kept beside the model as
 * domain knowledge; no-disabled-auth reports what these find.
 */
import { datastoreOfService } from "./datastores.js";
import type { EnvVar, Located, Service, Span } from "./types.js";

/*
 * Switches that turn a service's authentication off. Each applies only to the images that read it
 * (a variable an image never reads is not a finding): the image decides, or, for a `build:`-only
 * service, the datastore its name or build context names.
 */

/** What the service runs, as far as the switches care. */
interface Target {
  service: Service;
  /** Datastore product (`MySQL`, `PostgreSQL (PostGIS)`), from the image or the name. */
  product?: string;
  /** Repository path of the image (`bitnami/redis`, `library/registry`). */
  repository?: string;
}

export interface Switched {
  at: Span | Located<unknown>;
  /** The setting as the file writes it (`MYSQL_ALLOW_EMPTY_PASSWORD=yes`, `--insecure`). */
  setting: string;
  what: string;
  fix: string;
}

const BITNAMI = /^bitnami(legacy|secure)?\//;
const BITNAMI_EMPTY_PASSWORD = /\/(redis|redis-cluster|redis-sentinel|valkey|valkey-cluster|valkey-sentinel|mariadb|mariadb-galera|mysql|postgresql|postgresql-repmgr|pgpool|mongodb|mongodb-sharded)$/;
/** Bitnami's `is_boolean_yes`: 1, yes or true in any case. */
const BITNAMI_YES = /^(1|yes|true)$/i;

function env(service: Service, name: string): EnvVar | undefined {
  return service.environment.find((v) => v.name.value === name);
}

/** A variable set to a non-empty value (what the images' shell `-n` tests check). */
function isSet(service: Service, ...names: string[]): boolean {
  return names.some((name) => (env(service, name)?.value?.value.trim() ?? "") !== "");
}

/** The value as the file writes it, for the message. */
function written(variable: EnvVar): string {
  const value = variable.value!;
  return `${variable.name.value}=${value.raw ?? value.value}`;
}

function envSwitch(service: Service, name: string, test: (value: string) => boolean): EnvVar | undefined {
  const variable = env(service, name);
  return variable?.value && test(variable.value.value.trim()) ? variable : undefined;
}

function commandArgs(service: Service): Located<string>[] {
  return [...(service.entrypoint?.args ?? []), ...(service.command?.args ?? [])];
}

const is = (product: string | undefined, ...names: string[]) => product !== undefined && names.some((n) => product === n || product.startsWith(`${n} (`));

/** Every switch that applies to the target and is on. */
function switchesOff(target: Target): Switched[] {
  const { service, product, repository = "" } = target;
  const found: Switched[] = [];
  const bitnami = BITNAMI.test(repository);

  // Official MySQL, MariaDB and Percona images: any non-empty value turns it on (the entrypoint tests `-n`), even "no".
  if (!bitnami && is(product, "MySQL", "MariaDB", "MariaDB Galera", "Percona Server", "Percona XtraDB Cluster")) {
    const mariadb = is(product, "MariaDB", "MariaDB Galera");
    const names = mariadb ? ["MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD"] : ["MYSQL_ALLOW_EMPTY_PASSWORD"];
    const rootPassword = ["MYSQL_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD_FILE", "MYSQL_RANDOM_ROOT_PASSWORD"];
    if (mariadb) rootPassword.push("MARIADB_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD_FILE", "MARIADB_ROOT_PASSWORD_HASH", "MARIADB_RANDOM_ROOT_PASSWORD");
    const variable = names.map((n) => envSwitch(service, n, (v) => v !== "")).find(Boolean);
    if (variable && !isSet(service, ...rootPassword)) {
      const anyValue = /^(no|false|0|off)$/i.test(variable.value!.value.trim()) ? ' (the image turns it on for any non-empty value, "no" included)' : "";
      found.push({
        at: variable.value!,
        setting: written(variable),
        what: `the database's root account has an empty password${anyValue}: anyone who can connect is root on the database`,
        fix: `Set the root password from a Compose secret (\`${mariadb ? "MARIADB" : "MYSQL"}_ROOT_PASSWORD_FILE\`) and remove ${variable.name.value}`,
      });
    }
  }
  if (bitnami && BITNAMI_EMPTY_PASSWORD.test(repository)) {
    const variable = envSwitch(service, "ALLOW_EMPTY_PASSWORD", (v) => BITNAMI_YES.test(v));
    const password = service.environment.some(
      (v) => /^((REDIS|VALKEY)_PASSWORD|(MARIADB|MYSQL|MONGODB)_ROOT_PASSWORD|POSTGRES(QL)?_(POSTGRES_)?PASSWORD)(_FILE)?$/.test(v.name.value) && (v.value?.value.trim() ?? "") !== "",
    );
    if (variable && !password) {
      found.push({ at: variable.value!, setting: written(variable), what: "the service accepts connections without a password", fix: "Set a password from a Compose secret (the image's `*_PASSWORD_FILE` variable) and remove ALLOW_EMPTY_PASSWORD" });
    }
  }
  if (bitnami && /\/zookeeper$/.test(repository)) {
    const variable = envSwitch(service, "ALLOW_ANONYMOUS_LOGIN", (v) => BITNAMI_YES.test(v));
    if (variable) found.push({ at: variable.value!, setting: written(variable), what: "ZooKeeper accepts clients without authentication", fix: "Configure SASL authentication (ZOO_ENABLE_AUTH, ZOO_CLIENT_USER, ZOO_CLIENT_PASSWORD_FILE) and remove ALLOW_ANONYMOUS_LOGIN" });
  }
  if (!bitnami && is(product, "PostgreSQL", "TimescaleDB", "Citus")) {
    const variable = envSwitch(service, "POSTGRES_HOST_AUTH_METHOD", (v) => v.toLowerCase() === "trust");
    if (variable) found.push({ at: variable.value!, setting: written(variable), what: "PostgreSQL accepts every connection from the network without a password, as any user", fix: "Remove it (the image then asks for scram-sha-256) and set POSTGRES_PASSWORD_FILE from a Compose secret" });
  }
  if (is(product, "Neo4j")) {
    const variable = envSwitch(service, "NEO4J_AUTH", (v) => v.toLowerCase() === "none");
    if (variable) found.push({ at: variable.value!, setting: written(variable), what: "Neo4j runs without authentication", fix: "Set NEO4J_AUTH to `neo4j/${NEO4J_PASSWORD:?}` with the password kept out of the file" });
  }
  if (is(product, "Elasticsearch")) {
    const variable = envSwitch(service, "xpack.security.enabled", (v) => v.toLowerCase() === "false");
    const arg = commandArgs(service).find((a) => /^(-E)?xpack\.security\.enabled=false$/i.test(a.value));
    const at = variable?.value ?? arg;
    if (at) found.push({ at, setting: variable ? written(variable) : arg!.value, what: "Elasticsearch serves its REST API without authentication or TLS: anyone who reaches it reads, writes and deletes every index", fix: "Leave security on (the default since 8.0) and give clients an API key or the password from ELASTIC_PASSWORD_FILE" });
  }
  if (is(product, "OpenSearch")) {
    const variable =
      envSwitch(service, "DISABLE_SECURITY_PLUGIN", (v) => v.toLowerCase() === "true") ?? envSwitch(service, "plugins.security.disabled", (v) => v.toLowerCase() === "true");
    if (variable) found.push({ at: variable.value!, setting: written(variable), what: "OpenSearch runs without its security plugin, so without authentication or TLS: anyone who reaches it reads, writes and deletes every index", fix: "Keep the security plugin and set OPENSEARCH_INITIAL_ADMIN_PASSWORD from an uncommitted .env file" });
  }
  if (is(product, "CockroachDB")) {
    const arg = commandArgs(service).find((a) => /^--insecure(=true)?$/.test(a.value));
    if (arg) found.push({ at: arg, setting: arg.value, what: "CockroachDB runs without authentication or TLS: any client is accepted as any user, root included", fix: "Start it with certificates (`--certs-dir`) instead, or keep it off every network you do not control" });
  }
  // Jupyter's own options, whatever the image: an empty token is no login at all.
  // A token that only interpolation left empty is the environment's (`${JUPYTER_TOKEN:?}` stops Compose when unset).
  const commandRaw = [service.entrypoint?.raw, service.command?.raw].join(" ");
  const jupyter = commandArgs(service).find(
    (a) => /^--(NotebookApp|ServerApp|IdentityProvider)\.token=(''|""|)$/.test(a.value.trim()) && !/\.token=["']?\$/.test(a.raw ?? commandRaw),
  );
  if (jupyter) found.push({ at: jupyter, setting: jupyter.value, what: "Jupyter runs without a token or password: whoever opens it runs code in the container", fix: "Remove the option (Jupyter then generates a token), or set JUPYTER_TOKEN from an uncommitted .env file" });
  return found;
}

/** Services that are open unless configured: the switch is the absence of one. */
function openByDefault(target: Target): { what: string; fix: string } | undefined {
  const { service, product, repository = "" } = target;
  const text = [service.entrypoint?.text, service.command?.text, env(service, "REDIS_ARGS")?.value?.value].filter(Boolean).join(" ");
  if (!BITNAMI.test(repository) && is(product, "Redis", "Redis Stack", "Valkey", "KeyDB", "Dragonfly")) {
    // A config file or a script of its own may set `requirepass`; the linter cannot see into them, so it does not guess.
    if (/requirepass|aclfile|--user\s|protected-mode\s+yes|\S\.conf\b/i.test(text)) return undefined;
    // Without an image (an override file, say) only a command line shows how it starts.
    if (!service.image && !service.command) return undefined;
    const program = service.command?.args[0]?.value ?? "";
    if (service.entrypoint || (program !== "" && !program.startsWith("-") && !/(^|\/)(redis|valkey|keydb)-server$|(^|\/)dragonfly$/.test(program))) return undefined;
    return {
      what: `${product} starts without \`requirepass\` or an ACL${is(product, "Redis", "Valkey") ? ", and its official image turns protected mode off" : ""}: anyone who reaches the port runs any command (CONFIG SET and MODULE LOAD included)`,
      fix: "Set `requirepass` or an ACL file in a mounted configuration file passed on the command line (`redis-server /usr/local/etc/redis/redis.conf`), and do not publish the port",
    };
  }
  if (/^(library\/registry|registry|distribution\/(distribution|registry))$/.test(repository)) {
    const configured =
      service.environment.some((v) => v.name.value.startsWith("REGISTRY_AUTH")) ||
      service.mounts.some((m) => /^\/etc\/(docker\/registry|distribution)(\/|$)/.test(m.target.value)) ||
      /\.ya?ml\b/.test(text);
    if (configured) return undefined;
    return {
      what: "the registry has no authentication: anyone who reaches it pulls every image and pushes their own under any name",
      fix: "Configure `REGISTRY_AUTH` (htpasswd or token) with its credentials from a Compose secret, or keep it on loopback behind a proxy that authenticates",
    };
  }
  return undefined;
}

/** What the service runs, as far as the switches care: its datastore product and image repository. */
function targetOf(service: Service): Target {
  const target: Target = { service };
  const datastore = datastoreOfService(service);
  if (datastore) target.product = datastore.product;
  if (service.image) target.repository = service.image.value.repository;
  return target;
}

/** The switches that turn the service's authentication off, where they are written. */
export function authenticationSwitchedOff(service: Service): Switched[] {
  return switchesOff(targetOf(service));
}

/** Why the service is open when nothing configures it (Redis without `requirepass`, a registry without auth); undefined when it is not, or cannot be told. */
export function openWithoutConfiguration(service: Service): { what: string; fix: string } | undefined {
  return openByDefault(targetOf(service));
}
