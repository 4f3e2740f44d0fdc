import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/model/sockets.ts
var SOCKETS = [
  /^\/(var\/)?run\/docker\.sock$/,
  /^\/(var\/)?run\/user\/\d+\/docker\.sock$/,
  /^\/(var\/)?run\/(user\/\d+\/)?podman\/podman\.sock$/,
  /^\/(var\/)?run\/containerd\/containerd\.sock$/,
  /^\/(var\/)?run\/cri-dockerd\.sock$/,
  /^\/var\/run\/docker\.sock\.raw$/,
  /^~?\/\.docker\/run\/docker\.sock$/,
  /^(\/\/\.\/|\\\\\.\\)pipe[\\/]docker_engine$/i
];
var SOCKET_DIRECTORIES = [
  /^\/(var\/)?run$/,
  /^\/(var\/)?run\/user\/\d+$/,
  /^\/(var\/)?run\/(podman|containerd)$/
];
var RUNTIME_DIR_SOCKET = /^\$\{?XDG_RUNTIME_DIR\}?\/(docker\.sock|podman\/podman\.sock)$/;
function normalise(path) {
  return path.trim().replace(/\/+$/, "").replace(/\/{2,}/g, "/") || "/";
}
function socketKind(mount) {
  const source = mount.source;
  if (!source || mount.kind !== "bind" && mount.kind !== "npipe" && mount.source?.raw === void 0) return void 0;
  const path = normalise(source.value);
  const raw = source.raw;
  if (SOCKETS.some((re) => re.test(path)) || raw !== void 0 && RUNTIME_DIR_SOCKET.test(raw)) return "socket";
  if (mount.kind === "bind" && SOCKET_DIRECTORIES.some((re) => re.test(path))) return "directory";
  if (source.raw !== void 0 && /\/docker\.sock$/.test(mount.target.value)) return "interpolated";
  return void 0;
}

// src/model/queries.ts
function isLoopbackAddress(ip) {
  const address = ip.trim().replace(/^\[|\]$/g, "").toLowerCase();
  if (address === "localhost" || address === "::1" || /^0*:(0*:)*0*1$/.test(address)) return true;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
function isWildcardAddress(ip) {
  const address = ip.trim().replace(/^\[|\]$/g, "");
  return address === "0.0.0.0" || /^[0:]*::?[0:]*$/.test(address);
}
function attachedNetworks(service, project) {
  if (service.networkMode) return [];
  const names = service.networks.length > 0 ? service.networks.map((n) => n.name.value) : ["default"];
  return names.map((name) => {
    const network = project.networks.find((n) => n.name.value === name);
    return network ? { name, network } : { name };
  });
}
function networksDefaultToLoopback(service, project) {
  const attached = attachedNetworks(service, project);
  if (attached.length === 0) return false;
  return attached.every(({ network }) => {
    const binding = network?.driverOpts.get("com.docker.network.bridge.host_binding_ipv4")?.value;
    return binding !== void 0 && isLoopbackAddress(binding);
  });
}
function publishesPorts(service) {
  const mode = service.networkMode?.value;
  return mode === void 0 || mode === "" || mode === "bridge" || mode === "default";
}
function portReach(service, project) {
  if (!publishesPorts(service)) return [];
  const defaultLoopback = service.ports.some((p) => !p.hostIp?.value) && networksDefaultToLoopback(service, project);
  return service.ports.map((port) => {
    const ip = port.hostIp?.value ?? "";
    if (ip === "") return defaultLoopback ? { port, reach: "loopback", byNetworkDefault: true } : { port, reach: "unbound" };
    if (isLoopbackAddress(ip)) return { port, reach: "loopback" };
    if (isWildcardAddress(ip)) return { port, reach: "wildcard" };
    return { port, reach: "address" };
  });
}
function formatPortRange(r) {
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}
function describePort(port) {
  const range = formatPortRange;
  const protocol = port.protocol === "tcp" ? "" : `/${port.protocol}`;
  const container = range(port.containerPorts.value);
  return port.hostPorts ? `${range(port.hostPorts.value)}:${container}${protocol}` : `${container}${protocol}`;
}
function loopbackSuggestion(port) {
  const range = formatPortRange;
  const container = range(port.containerPorts.value);
  const host = port.hostPorts ? range(port.hostPorts.value) : container;
  const protocol = port.protocol === "tcp" ? "" : `/${port.protocol}`;
  return `127.0.0.1:${host}:${container}${protocol}`;
}
var SWARM_ONLY_DEPLOY = /* @__PURE__ */ new Set(["placement", "update_config", "rollback_config", "endpoint_mode"]);
function swarmEvidence(project) {
  for (const service of project.services) {
    for (const { key, value } of service.deploy) {
      if (SWARM_ONLY_DEPLOY.has(key.value)) return { span: key.span, what: `\`deploy.${key.value}\` of service "${service.name.value}"` };
      if (key.value === "mode" && value?.value === "global") return { span: value.span, what: `\`deploy.mode: global\` of service "${service.name.value}"` };
    }
  }
  const overlay = project.networks.find((n) => n.driver?.value === "overlay");
  if (overlay?.driver) return { span: overlay.driver.span, what: `the overlay network "${overlay.name.value}"` };
  const name = project.file.path.split("/").pop() ?? "";
  if (/^docker-stack([._-].*)?\.ya?ml$/.test(name)) {
    return { span: { file: project.file.path, line: 1, column: 1, endLine: 1, endColumn: 1 }, what: `the file name ${name}` };
  }
  return void 0;
}

// src/model/datastores.ts
var BY_NAME = {
  postgres: "PostgreSQL",
  postgresql: "PostgreSQL",
  "postgresql-repmgr": "PostgreSQL",
  postgis: "PostgreSQL (PostGIS)",
  pgvector: "PostgreSQL (pgvector)",
  timescaledb: "TimescaleDB",
  "timescaledb-ha": "TimescaleDB",
  "timescaledb-postgis": "TimescaleDB",
  pgbouncer: "PgBouncer",
  "pgpool": "Pgpool-II",
  citus: "Citus",
  yugabyte: "YugabyteDB",
  cockroach: "CockroachDB",
  mysql: "MySQL",
  "mysql-server": "MySQL",
  mariadb: "MariaDB",
  "mariadb-galera": "MariaDB Galera",
  percona: "Percona Server",
  "percona-server": "Percona Server",
  "percona-xtradb-cluster": "Percona XtraDB Cluster",
  tidb: "TiDB",
  vitess: "Vitess",
  mongo: "MongoDB",
  mongodb: "MongoDB",
  "mongodb-community-server": "MongoDB",
  "mongodb-enterprise-server": "MongoDB",
  "percona-server-mongodb": "MongoDB",
  "mongodb-sharded": "MongoDB",
  redis: "Redis",
  "redis-stack": "Redis Stack",
  "redis-stack-server": "Redis Stack",
  "redis-cluster": "Redis",
  redismod: "Redis",
  "redis-stack-server-edge": "Redis Stack",
  valkey: "Valkey",
  "valkey-cluster": "Valkey",
  keydb: "KeyDB",
  dragonfly: "Dragonfly",
  memcached: "Memcached",
  garnet: "Garnet",
  elasticsearch: "Elasticsearch",
  opensearch: "OpenSearch",
  "wazuh-indexer": "Wazuh indexer (OpenSearch)",
  solr: "Solr",
  meilisearch: "Meilisearch",
  typesense: "Typesense",
  manticoresearch: "Manticore Search",
  cassandra: "Cassandra",
  scylla: "ScyllaDB",
  couchdb: "CouchDB",
  couchbase: "Couchbase",
  "couchbase-server": "Couchbase",
  influxdb: "InfluxDB",
  questdb: "QuestDB",
  neo4j: "Neo4j",
  arangodb: "ArangoDB",
  orientdb: "OrientDB",
  rethinkdb: "RethinkDB",
  "clickhouse-server": "ClickHouse",
  clickhouse: "ClickHouse",
  surrealdb: "SurrealDB",
  etcd: "etcd",
  "oracle-xe": "Oracle Database",
  "oracle-free": "Oracle Database",
  db2: "Db2",
  firebird: "Firebird",
  hazelcast: "Hazelcast",
  ignite: "Apache Ignite",
  aerospike: "Aerospike",
  "aerospike-server": "Aerospike",
  qdrant: "Qdrant",
  weaviate: "Weaviate",
  milvus: "Milvus",
  chroma: "Chroma",
  rabbitmq: "RabbitMQ",
  kafka: "Kafka",
  "cp-kafka": "Kafka",
  "cp-server": "Kafka",
  zookeeper: "ZooKeeper",
  "cp-zookeeper": "ZooKeeper",
  activemq: "ActiveMQ",
  "activemq-artemis": "ActiveMQ Artemis"
};
var BY_REPOSITORY = [
  [/(^|\/)mssql\/(server|rhel\/server)$/, "SQL Server"],
  [/(^|\/)azure-sql-edge$/, "Azure SQL Edge"],
  [/(^|\/)database\/(enterprise|express|free)$/, "Oracle Database"],
  [/(^|\/)(oracle|gvenzl)\/.*(database|oracle)/, "Oracle Database"]
];
var BY_PORT = {
  5432: "PostgreSQL",
  3306: "MySQL",
  33060: "MySQL X Protocol",
  27017: "MongoDB",
  27018: "MongoDB",
  27019: "MongoDB",
  6379: "Redis",
  9200: "Elasticsearch",
  9300: "Elasticsearch transport",
  11211: "Memcached",
  9042: "Cassandra",
  5984: "CouchDB",
  8086: "InfluxDB",
  7687: "Neo4j Bolt",
  26257: "CockroachDB",
  1433: "SQL Server",
  1521: "Oracle Database",
  8529: "ArangoDB",
  28015: "RethinkDB",
  5672: "AMQP (RabbitMQ)",
  2379: "etcd"
};
function datastoreByImage(image) {
  const byName = BY_NAME[image.name];
  if (byName) return byName;
  return BY_REPOSITORY.find(([pattern]) => pattern.test(image.repository))?.[1];
}
function datastoreByPorts(range) {
  for (let port = range.start; port <= range.end && port - range.start < 1024; port++) {
    const product = BY_PORT[port];
    if (product) return product;
  }
  return void 0;
}

export {
  socketKind,
  isLoopbackAddress,
  attachedNetworks,
  portReach,
  formatPortRange,
  describePort,
  loopbackSuggestion,
  swarmEvidence,
  datastoreByImage,
  datastoreByPorts
};
