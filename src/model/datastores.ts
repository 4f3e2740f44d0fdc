/**
 * Databases and other datastores, recognised by image name or by the well-known port they serve.
 * Kept beside the model because several rules (published ports, exposure map) ask the same question.
 */
import type { ImageRef, PortBinding, Service } from "./types.js";

/** Last path component of the image → product name. */
const BY_NAME: Readonly<Record<string, string>> = {
  postgres: "PostgreSQL", postgresql: "PostgreSQL", "postgresql-repmgr": "PostgreSQL", postgis: "PostgreSQL (PostGIS)",
  pgvector: "PostgreSQL (pgvector)", timescaledb: "TimescaleDB", "timescaledb-ha": "TimescaleDB", "timescaledb-postgis": "TimescaleDB",
  pgbouncer: "PgBouncer", "pgpool": "Pgpool-II", citus: "Citus", yugabyte: "YugabyteDB", cockroach: "CockroachDB",
  mysql: "MySQL", "mysql-server": "MySQL", mariadb: "MariaDB", "mariadb-galera": "MariaDB Galera", percona: "Percona Server",
  "percona-server": "Percona Server", "percona-xtradb-cluster": "Percona XtraDB Cluster", tidb: "TiDB", vitess: "Vitess",
  mongo: "MongoDB", mongodb: "MongoDB", "mongodb-community-server": "MongoDB", "mongodb-enterprise-server": "MongoDB",
  "percona-server-mongodb": "MongoDB", "mongodb-sharded": "MongoDB",
  redis: "Redis", "redis-stack": "Redis Stack", "redis-stack-server": "Redis Stack", "redis-cluster": "Redis", redismod: "Redis", "redis-stack-server-edge": "Redis Stack", valkey: "Valkey",
  "valkey-cluster": "Valkey", keydb: "KeyDB", dragonfly: "Dragonfly", memcached: "Memcached", garnet: "Garnet",
  elasticsearch: "Elasticsearch", opensearch: "OpenSearch", "wazuh-indexer": "Wazuh indexer (OpenSearch)", solr: "Solr", meilisearch: "Meilisearch", typesense: "Typesense",
  manticoresearch: "Manticore Search", cassandra: "Cassandra", scylla: "ScyllaDB", couchdb: "CouchDB", couchbase: "Couchbase",
  "couchbase-server": "Couchbase", influxdb: "InfluxDB", questdb: "QuestDB", neo4j: "Neo4j", arangodb: "ArangoDB",
  orientdb: "OrientDB", rethinkdb: "RethinkDB", "clickhouse-server": "ClickHouse", clickhouse: "ClickHouse",
  surrealdb: "SurrealDB", etcd: "etcd", "oracle-xe": "Oracle Database", "oracle-free": "Oracle Database", db2: "Db2",
  firebird: "Firebird", hazelcast: "Hazelcast", ignite: "Apache Ignite", aerospike: "Aerospike", "aerospike-server": "Aerospike",
  qdrant: "Qdrant", weaviate: "Weaviate", milvus: "Milvus", chroma: "Chroma", rabbitmq: "RabbitMQ", kafka: "Kafka",
  "cp-kafka": "Kafka", "cp-server": "Kafka", zookeeper: "ZooKeeper", "cp-zookeeper": "ZooKeeper", activemq: "ActiveMQ",
  "activemq-artemis": "ActiveMQ Artemis", nats: "NATS", consul: "Consul",
};

/** Repository paths whose last component alone says too little (`mssql/server`). */
const BY_REPOSITORY: readonly [RegExp, string][] = [
  [/(^|\/)mssql\/(server|rhel\/server)$/, "SQL Server"],
  [/(^|\/)azure-sql-edge$/, "Azure SQL Edge"],
  [/(^|\/)database\/(enterprise|express|free)$/, "Oracle Database"],
  [/(^|\/)(oracle|gvenzl)\/.*(database|oracle)/, "Oracle Database"],
];

/** Container port → product, for images compose-lint does not know. */
const BY_PORT: Readonly<Record<number, string>> = {
  5432: "PostgreSQL", 3306: "MySQL", 33060: "MySQL X Protocol", 27017: "MongoDB", 27018: "MongoDB", 27019: "MongoDB",
  6379: "Redis", 9200: "Elasticsearch", 9300: "Elasticsearch transport", 11211: "Memcached", 9042: "Cassandra",
  5984: "CouchDB", 8086: "InfluxDB", 7687: "Neo4j Bolt", 26257: "CockroachDB", 1433: "SQL Server", 1521: "Oracle Database",
  8529: "ArangoDB", 28015: "RethinkDB", 5672: "AMQP (RabbitMQ)", 5671: "AMQP (RabbitMQ)", 2379: "etcd",
  // Brokers and stores that a `build:`-only service is often; each port is rarely anything else's.
  9092: "Kafka", 29092: "Kafka", 2181: "ZooKeeper", 4222: "NATS", 8500: "Consul", 61616: "ActiveMQ", 6432: "PgBouncer",
  8983: "Solr", 7700: "Meilisearch", 7474: "Neo4j", 6333: "Qdrant", 19530: "Milvus", 5701: "Hazelcast", 3050: "Firebird",
};

/**
 * The ports a product serves on, by its name before any parenthesis (`PostgreSQL (PostGIS)`):
 * another port of its image (an exporter, a sidecar's) is "port N of a PostgreSQL image".
 */
const OWN_PORTS: Readonly<Record<string, readonly number[]>> = {
  PostgreSQL: [5432], TimescaleDB: [5432], PgBouncer: [6432, 5432], "Pgpool-II": [9999, 5432], Citus: [5432],
  YugabyteDB: [5433, 9042], CockroachDB: [26257, 8080], MySQL: [3306, 33060], "MySQL X Protocol": [33060], MariaDB: [3306],
  "MariaDB Galera": [3306], "Percona Server": [3306], "Percona XtraDB Cluster": [3306], TiDB: [4000],
  MongoDB: [27017, 27018, 27019], Redis: [6379], "Redis Stack": [6379, 8001], Valkey: [6379], KeyDB: [6379], Dragonfly: [6379],
  Garnet: [6379], Memcached: [11211], Elasticsearch: [9200, 9300], "Elasticsearch transport": [9300], OpenSearch: [9200, 9300, 9600],
  "Wazuh indexer": [9200], Solr: [8983], Meilisearch: [7700], Typesense: [8108], "Manticore Search": [9306, 9308, 9312],
  Cassandra: [9042, 9160, 7000, 7001, 7199], ScyllaDB: [9042, 19042, 9160, 7000, 7001, 10000], CouchDB: [5984],
  Couchbase: [8091, 8092, 8093, 8094, 8095, 8096, 8097, 11210, 11211], InfluxDB: [8086], QuestDB: [9000, 8812, 9009],
  Neo4j: [7474, 7473, 7687], "Neo4j Bolt": [7687], ArangoDB: [8529], OrientDB: [2424, 2480], RethinkDB: [28015, 29015, 8080],
  ClickHouse: [8123, 9000, 9009, 9004, 9005], SurrealDB: [8000], etcd: [2379, 2380], "Oracle Database": [1521, 5500], Db2: [50000],
  Firebird: [3050], Hazelcast: [5701], "Apache Ignite": [10800, 47100, 47500], Aerospike: [3000, 3001, 3002, 3003],
  Qdrant: [6333, 6334], Weaviate: [8080, 50051], Milvus: [19530, 9091], Chroma: [8000], RabbitMQ: [5672, 5671, 15672, 15671, 25672, 4369],
  AMQP: [5672, 5671], Kafka: [9092, 9093, 9094, 29092], ZooKeeper: [2181, 2888, 3888], ActiveMQ: [61616, 8161, 5672, 61613, 1883],
  "ActiveMQ Artemis": [61616, 8161, 5672, 61613, 1883], "SQL Server": [1433], "Azure SQL Edge": [1433],
  NATS: [4222, 6222, 8222], Consul: [8500, 8501, 8502, 8600, 8300, 8301, 8302],
};

/** A product by name; own keys only, so an image or service named `constructor` is no product. */
function byName(name: string): string | undefined {
  return Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined;
}

export function datastoreByImage(image: ImageRef): string | undefined {
  const known = byName(image.name);
  if (known) return known;
  return BY_REPOSITORY.find(([pattern]) => pattern.test(image.repository))?.[1];
}

/** The first well-known datastore port in a container port range (the first 1024 ports of it). */
export function datastoreByPorts(range: { start: number; end: number }): string | undefined {
  for (let port = range.start; port <= range.end && port - range.start < 1024; port++) {
    const product = BY_PORT[port];
    if (product) return product;
  }
  return undefined;
}

/** How a service was recognised as a datastore, for the message to say. */
export type RecognisedBy = "image" | "service name" | "build context" | "port";

export interface DatastorePort {
  product: string;
  by: RecognisedBy;
  /** The image reference, service name, build context or port number that gave it away. */
  evidence: string;
  /** The port is one the product itself serves on (not an exporter's or sidecar's on the same image). */
  own: boolean;
}

/** Words a service name adds to a product's name without changing what it runs: `postgres-db`, `kafka-broker-1`. */
const GENERIC_WORD = /^(\d+|db|database|server|srv|broker|node|master|primary|replica|slave|cluster|local|dev|test|main|data|store|cache|svc|service|standalone|single)$/;

/** The product a service name or build directory names on its own terms (`kafka`, `postgres-db`, `redis_1`); not `redis-commander`. */
function productByWord(word: string): string | undefined {
  const tokens = word.toLowerCase().split(/[-_.]+/).filter(Boolean);
  const named = tokens.filter((t) => !GENERIC_WORD.test(t));
  if (named.length === 1) return byName(named[0]!);
  return byName(tokens.join("-"));
}

/** The datastore a service runs by its image, or by its name or build context when it has no image. */
export function datastoreOfService(service: Service): Omit<DatastorePort, "own"> | undefined {
  if (service.image) {
    const product = datastoreByImage(service.image.value);
    return product ? { product, by: "image", evidence: service.image.value.text } : undefined;
  }
  const byName = productByWord(service.name.value);
  if (byName) return { product: byName, by: "service name", evidence: service.name.value };
  const context = service.build?.context?.value.trim().replace(/\/+$/, "");
  const directory = context?.split("/").at(-1);
  const byContext = directory && !/^\.*$/.test(directory) ? productByWord(directory) : undefined;
  return byContext && context ? { product: byContext, by: "build context", evidence: context } : undefined;
}

function ownPorts(product: string): readonly number[] {
  return OWN_PORTS[product.replace(/ \(.*$/, "")] ?? [];
}

/**
 * The datastore behind a published port: the service's product when it is recognised (image,
 * name, build context), else the product whose well-known port the container port is. The
 * published-database rule reports it, and the unbound-port rule leaves that port to it.
 */
export function datastorePort(service: Service, port: PortBinding): DatastorePort | undefined {
  const range = port.containerPorts.value;
  const known = datastoreOfService(service);
  if (known) {
    const own = ownPorts(known.product).some((p) => p >= range.start && p <= range.end);
    return { ...known, own };
  }
  const product = datastoreByPorts(range);
  return product ? { product, by: "port", evidence: String(range.start === range.end ? range.start : `${range.start}-${range.end}`), own: true } : undefined;
}
