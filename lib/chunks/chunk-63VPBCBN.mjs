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
var SOCKET_PARENTS = [/^\/$/];
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
  if (mount.kind === "bind" && SOCKET_PARENTS.some((re) => re.test(path))) return "parent";
  if (source.raw !== void 0 && /\/docker\.sock$/.test(mount.target.value)) return "interpolated";
  return void 0;
}
function socketPathInContainer(mount) {
  const kind = socketKind(mount);
  if (!mount.source || kind !== "directory" && kind !== "parent") return void 0;
  const source = normalise(mount.source.value);
  const socket = /(^|\/)podman$/.test(source) ? "podman.sock" : /(^|\/)containerd$/.test(source) ? "containerd.sock" : "docker.sock";
  const below = kind === "parent" ? `run/${socket}` : socket;
  const target = normalise(mount.target.value);
  return `${target === "/" ? "" : target}/${below}`;
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
  "activemq-artemis": "ActiveMQ Artemis",
  nats: "NATS",
  consul: "Consul"
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
  5671: "AMQP (RabbitMQ)",
  2379: "etcd",
  // Brokers and stores that a `build:`-only service is often; each port is rarely anything else's.
  9092: "Kafka",
  29092: "Kafka",
  2181: "ZooKeeper",
  4222: "NATS",
  8500: "Consul",
  61616: "ActiveMQ",
  6432: "PgBouncer",
  8983: "Solr",
  7700: "Meilisearch",
  7474: "Neo4j",
  6333: "Qdrant",
  19530: "Milvus",
  5701: "Hazelcast",
  3050: "Firebird"
};
var OWN_PORTS = {
  PostgreSQL: [5432],
  TimescaleDB: [5432],
  PgBouncer: [6432, 5432],
  "Pgpool-II": [9999, 5432],
  Citus: [5432],
  YugabyteDB: [5433, 9042],
  CockroachDB: [26257, 8080],
  MySQL: [3306, 33060],
  "MySQL X Protocol": [33060],
  MariaDB: [3306],
  "MariaDB Galera": [3306],
  "Percona Server": [3306],
  "Percona XtraDB Cluster": [3306],
  TiDB: [4e3],
  MongoDB: [27017, 27018, 27019],
  Redis: [6379],
  "Redis Stack": [6379, 8001],
  Valkey: [6379],
  KeyDB: [6379],
  Dragonfly: [6379],
  Garnet: [6379],
  Memcached: [11211],
  Elasticsearch: [9200, 9300],
  "Elasticsearch transport": [9300],
  OpenSearch: [9200, 9300, 9600],
  "Wazuh indexer": [9200],
  Solr: [8983],
  Meilisearch: [7700],
  Typesense: [8108],
  "Manticore Search": [9306, 9308, 9312],
  Cassandra: [9042, 9160, 7e3, 7001, 7199],
  ScyllaDB: [9042, 19042, 9160, 7e3, 7001, 1e4],
  CouchDB: [5984],
  Couchbase: [8091, 8092, 8093, 8094, 8095, 8096, 8097, 11210, 11211],
  InfluxDB: [8086],
  QuestDB: [9e3, 8812, 9009],
  Neo4j: [7474, 7473, 7687],
  "Neo4j Bolt": [7687],
  ArangoDB: [8529],
  OrientDB: [2424, 2480],
  RethinkDB: [28015, 29015, 8080],
  ClickHouse: [8123, 9e3, 9009, 9004, 9005],
  SurrealDB: [8e3],
  etcd: [2379, 2380],
  "Oracle Database": [1521, 5500],
  Db2: [5e4],
  Firebird: [3050],
  Hazelcast: [5701],
  "Apache Ignite": [10800, 47100, 47500],
  Aerospike: [3e3, 3001, 3002, 3003],
  Qdrant: [6333, 6334],
  Weaviate: [8080, 50051],
  Milvus: [19530, 9091],
  Chroma: [8e3],
  RabbitMQ: [5672, 5671, 15672, 15671, 25672, 4369],
  AMQP: [5672, 5671],
  Kafka: [9092, 9093, 9094, 29092],
  ZooKeeper: [2181, 2888, 3888],
  ActiveMQ: [61616, 8161, 5672, 61613, 1883],
  "ActiveMQ Artemis": [61616, 8161, 5672, 61613, 1883],
  "SQL Server": [1433],
  "Azure SQL Edge": [1433],
  NATS: [4222, 6222, 8222],
  Consul: [8500, 8501, 8502, 8600, 8300, 8301, 8302]
};
function byName(name) {
  return Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : void 0;
}
function datastoreByImage(image) {
  const known = byName(image.name);
  if (known) return known;
  return BY_REPOSITORY.find(([pattern]) => pattern.test(image.repository))?.[1];
}
function datastoreByPorts(range) {
  for (let port = range.start; port <= range.end && port - range.start < 1024; port++) {
    const product = BY_PORT[port];
    if (product) return product;
  }
  return void 0;
}
var GENERIC_WORD = /^(\d+|db|database|server|srv|broker|node|master|primary|replica|slave|cluster|local|dev|test|main|data|store|cache|svc|service|standalone|single)$/;
function productByWord(word) {
  const tokens = word.toLowerCase().split(/[-_.]+/).filter(Boolean);
  const named = tokens.filter((t) => !GENERIC_WORD.test(t));
  if (named.length === 1) return byName(named[0]);
  return byName(tokens.join("-"));
}
function datastoreOfService(service) {
  if (service.image) {
    const product = datastoreByImage(service.image.value);
    return product ? { product, by: "image", evidence: service.image.value.text } : void 0;
  }
  const byName2 = productByWord(service.name.value);
  if (byName2) return { product: byName2, by: "service name", evidence: service.name.value };
  const context = service.build?.context?.value.trim().replace(/\/+$/, "");
  const directory = context?.split("/").at(-1);
  const byContext = directory && !/^\.*$/.test(directory) ? productByWord(directory) : void 0;
  return byContext && context ? { product: byContext, by: "build context", evidence: context } : void 0;
}
function ownPorts(product) {
  return OWN_PORTS[product.replace(/ \(.*$/, "")] ?? [];
}
function datastorePort(service, port) {
  const range = port.containerPorts.value;
  const known = datastoreOfService(service);
  if (known) {
    const own = ownPorts(known.product).some((p) => p >= range.start && p <= range.end);
    return { ...known, own };
  }
  const product = datastoreByPorts(range);
  return product ? { product, by: "port", evidence: String(range.start === range.end ? range.start : `${range.start}-${range.end}`), own: true } : void 0;
}

export {
  socketKind,
  socketPathInContainer,
  datastoreOfService,
  datastorePort
};
