/**
 * Databases and other datastores, recognised by image name or by the well-known port they serve.
 * Kept beside the model because several rules (published ports, exposure map) ask the same question.
 */
import type { ImageRef } from "./types.js";

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
  "activemq-artemis": "ActiveMQ Artemis",
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
  8529: "ArangoDB", 28015: "RethinkDB", 5672: "AMQP (RabbitMQ)", 2379: "etcd",
};

export function datastoreByImage(image: ImageRef): string | undefined {
  const byName = BY_NAME[image.name];
  if (byName) return byName;
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
