// Deterministic inputs for `npm run bench`: realistic compose files drawn from a seeded generator,
// so every run (and every machine) lints the same bytes. Nothing here is random at run time.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** mulberry32: a small, fast, well-mixed 32-bit generator; the same seed gives the same files. */
export function seeded(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const TAGS = { nginx: ["1.27", "1.27-alpine", "1.26.2", "stable-alpine"], postgres: ["16", "16.4", "15-alpine", "17"], redis: ["7.4-alpine", "7.2", "7"], mysql: ["8.4", "8.0.39"], mongo: ["7.0", "6.0.16"] };
const TEAMS = ["platform", "payments", "search", "identity", "data", "growth"];

/** One service of a ~22-line shape; `k` makes names unique across a file. Some carry findings. */
const SERVICE_KINDS = {
  web(r, k) {
    const portLine = r.chance(0.15) ? `      - "${8000 + k}:80"` : `      - "127.0.0.1:\${WEB_PORT_${k}:-${8000 + k}}:80"`;
    return [
      `  web${k}:`,
      `    <<: *defaults`,
      `    image: "nginx:\${NGINX_TAG:-${r.pick(TAGS.nginx)}}"`,
      `    ports:`,
      portLine,
      `      - target: 443`,
      `        published: "${9000 + k}"`,
      `        host_ip: 127.0.0.1`,
      `    volumes:`,
      `      - ./conf/nginx.conf:/etc/nginx/nginx.conf:ro`,
      `      - type: volume`,
      `        source: static${k}`,
      `        target: /srv/static`,
      `    environment:`,
      `      - APP_ENV=\${APP_ENV:-production}`,
      `      - LOG_LEVEL=${r.pick(["info", "warn", "debug"])}`,
      `    depends_on: {api${k}: {condition: service_healthy}}`,
      `    networks: [front, back]`,
      `    healthcheck: *http-check`,
    ];
  },
  api(r, k) {
    const secret = r.chance(0.12) ? `      SECRET_KEY: "${r.pick(["s3cr3t-", "hunter2-", "changeme-"])}${k}"` : `      SECRET_KEY: \${SECRET_KEY:?set SECRET_KEY}`;
    return [
      `  api${k}:`,
      `    <<: [*defaults, *hardened]`,
      `    build:`,
      `      context: ./api`,
      `      dockerfile: Dockerfile`,
      `    environment:`,
      `      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db${k}:5432/app`,
      `      REDIS_URL: redis://cache${k}:6379/0`,
      secret,
      `    expose: ["8080"]`,
      `    user: "1000:1000"`,
      `    networks: {back: {aliases: [api-${k}]}}`,
      `    healthcheck:`,
      `      test: ["CMD-SHELL", "wget -qO- http://localhost:8080/health || exit 1"]`,
      `      interval: ${r.pick([10, 15, 30])}s`,
      `    deploy:`,
      `      resources:`,
      `        limits: {cpus: "${r.pick(["0.5", "1", "2"])}", memory: ${r.pick(["256M", "512M", "1G"])}, pids: 200}`,
    ];
  },
  db(r, k) {
    const kind = r.pick(["postgres", "postgres", "mysql", "mongo"]);
    const published = r.chance(0.1) ? [`    ports: ["${kind === "postgres" ? 5432 : kind === "mysql" ? 3306 : 27017}:${kind === "postgres" ? 5432 : kind === "mysql" ? 3306 : 27017}"]`] : [];
    const env = kind === "postgres"
      ? [`      POSTGRES_USER: app`, `      POSTGRES_PASSWORD_FILE: /run/secrets/db_password`, `      PGDATA: /var/lib/postgresql/data/pgdata`]
      : kind === "mysql"
        ? [`      MYSQL_DATABASE: app`, `      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db_password`]
        : [`      MONGO_INITDB_ROOT_USERNAME: root`, `      MONGO_INITDB_ROOT_PASSWORD_FILE: /run/secrets/db_password`];
    const dataDir = kind === "postgres" ? "/var/lib/postgresql/data" : kind === "mysql" ? "/var/lib/mysql" : "/data/db";
    return [
      `  db${k}:`,
      `    image: ${kind}:${r.pick(TAGS[kind])}${r.chance(0.3) ? `@sha256:${"0123456789abcdef".repeat(4)}` : ""}`,
      `    restart: unless-stopped`,
      `    environment:`,
      ...env,
      `    secrets: [{source: db_password, target: db_password, mode: 0400}]`,
      ...published,
      `    volumes:`,
      `      - type: volume`,
      `        source: dbdata${k}`,
      `        target: ${dataDir}`,
      `    networks: [back]`,
      `    healthcheck:`,
      `      test: ["CMD", "${kind === "postgres" ? "pg_isready" : "true"}"]`,
      `      interval: 10s`,
      `      retries: ${r.int(3, 6)}`,
      `    logging: *default-logging`,
    ];
  },
  cache(r, k) {
    const command = r.chance(0.1) ? `["redis-server", "--protected-mode", "no"]` : `["redis-server", "--requirepass", "\${REDIS_PASSWORD:?}"]`;
    return [
      `  cache${k}:`,
      `    image: redis:${r.pick(TAGS.redis)}`,
      `    command: ${command}`,
      `    ports:`,
      `      - "127.0.0.1:${16379 + k}:6379"`,
      `    networks: [back]`,
      `    read_only: true`,
      `    tmpfs: [/tmp:size=64m]`,
      `    ulimits: {nofile: {soft: 20000, hard: 40000}}`,
      `    healthcheck:`,
      `      test: ["CMD", "redis-cli", "ping"]`,
      `      interval: 10s`,
      `    deploy:`,
      `      resources:`,
      `        limits: {memory: 256M}`,
    ];
  },
  worker(r, k) {
    const extra = r.chance(0.05) ? [`    privileged: true`] : r.chance(0.1) ? [`    cap_add: [SYS_PTRACE]`] : [`    cap_drop: [ALL]`];
    return [
      `  worker${k}:`,
      `    <<: *defaults`,
      `    image: ghcr.io/example/worker:${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}`,
      `    command: worker --queue ${r.pick(["default", "mail", "reports"])} --concurrency \${CONCURRENCY:-4}`,
      `    env_file:`,
      `      - path: ./env/worker.env`,
      `        required: false`,
      `    volumes: ["./data:/data:rw", "logs${k}:/var/log/app"]`,
      `    environment: {QUEUE: default, CONCURRENCY: "4", TZ: "\${TZ:-UTC}"}`,
      ...extra,
      `    networks: [back]`,
      `    labels:`,
      `      com.example.team: ${r.pick(TEAMS)}`,
      `    deploy:`,
      `      replicas: ${r.int(1, 4)}`,
      `      resources: {limits: {cpus: "1", memory: 768M}}`,
    ];
  },
  proxy(r, k) {
    const socket = r.chance(0.35) ? `      - /var/run/docker.sock:/var/run/docker.sock:ro` : `      - ./traefik/dynamic:/etc/traefik/dynamic:ro`;
    return [
      `  proxy${k}:`,
      `    image: traefik:v3.${r.int(0, 2)}`,
      `    command:`,
      `      - --providers.docker=true`,
      `      - --providers.docker.exposedbydefault=false`,
      `      - --entrypoints.web.address=:80`,
      `    ports:`,
      `      - "80:80"`,
      `      - mode: host`,
      `        target: 443`,
      `        published: 443`,
      `        host_ip: "\${PUBLIC_IP:-0.0.0.0}"`,
      `    volumes:`,
      socket,
      `      - certs:/certs`,
      `    security_opt:`,
      `      - no-new-privileges:true`,
      `    networks: [front]`,
      `    labels:`,
      `      traefik.enable: "true"`,
    ];
  },
};

/** A ~110-line file of 5 services, with shared anchors and the top-level sections a project declares. */
export function composeFile(index, seed = 13) {
  const r = seeded(seed * 100_003 + index);
  const kinds = ["web", "api", "db", "cache", r.pick(["worker", "worker", "proxy"])];
  const lines = [
    `# generated for the benchmark: project ${index}`,
    `name: bench-${index}`,
    `x-logging: &default-logging`,
    `  driver: json-file`,
    `  options: {max-size: "10m", max-file: "3"}`,
    `x-defaults: &defaults`,
    `  restart: unless-stopped`,
    `  logging: *default-logging`,
    `x-hardened: &hardened`,
    `  read_only: true`,
    `  cap_drop: [ALL]`,
    `  security_opt: ["no-new-privileges:true"]`,
    `x-http-check: &http-check`,
    `  test: ["CMD", "curl", "-fsS", "http://localhost/"]`,
    `  interval: 30s`,
    `  retries: 3`,
    `services:`,
  ];
  for (const kind of kinds) lines.push(...SERVICE_KINDS[kind](r, index % 500));
  lines.push(
    `networks:`,
    `  front: {}`,
    `  back:`,
    `    internal: true`,
    `volumes:`,
    `  static${index % 500}: {}`,
    `  dbdata${index % 500}: {}`,
    `  logs${index % 500}: {}`,
    `  certs: {}`,
    `secrets:`,
    `  db_password:`,
    `    file: ./secrets/db_password.txt`,
  );
  return `${lines.join("\n")}\n`;
}

/** `count` projects, each `pNNN/compose.yaml`, as a repository of many small stacks would hold. */
export function writeManyFiles(dir, count, seed = 13) {
  let bytes = 0;
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const text = composeFile(i, seed);
    mkdirSync(join(dir, `p${String(i).padStart(3, "0")}`), { recursive: true });
    writeFileSync(join(dir, `p${String(i).padStart(3, "0")}`, "compose.yaml"), text);
    bytes += text.length;
    lines += text.split("\n").length - 1;
  }
  return { files: count, bytes, lines };
}

/** A lean service (~250 bytes): one of a few shapes, so 20,000 of them make a ~5 MB file. */
function leanService(r, i) {
  switch (r.int(0, 4)) {
    case 0:
      return `  web${i}:\n    <<: *defaults\n    image: "nginx:\${NGINX_TAG:-1.27}"\n    ports: ["127.0.0.1:${10000 + (i % 50000)}:80"]\n    volumes: ["./conf/${i}.conf:/etc/nginx/conf.d/default.conf:ro"]\n    networks: [front]\n    healthcheck: *check\n`;
    case 1:
      return `  api${i}:\n    <<: *defaults\n    image: ghcr.io/example/api:${r.int(1, 9)}.${r.int(0, 30)}\n    environment:\n      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db:5432/app\n      SHARD: "${i}"\n    networks: [back]\n    deploy: {resources: {limits: {memory: 256M}}}\n`;
    case 2:
      return `  db${i}:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    volumes:\n      - type: volume\n        source: data\n        target: /var/lib/postgresql/data/${i}\n    ports: ["${r.chance(0.1) ? "" : "127.0.0.1:"}${20000 + (i % 40000)}:5432"]\n`;
    case 3:
      return `  cache${i}:\n    image: redis:7.4-alpine\n    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:?}"]\n    read_only: true\n    networks: [back]\n    tmpfs: [/tmp]\n    user: "999"\n    cap_drop: [ALL]\n`;
    default:
      return `  worker${i}:\n    <<: *defaults\n    image: ghcr.io/example/worker:2.3.1\n    command: worker --queue q${i % 7}\n    environment: {CONCURRENCY: "\${CONCURRENCY:-4}", API_TOKEN: "${r.chance(0.05) ? `tok-${i}-x9Yz` : "${API_TOKEN}"}"}\n    networks: [back]\n`;
  }
}

/** One file of `services` lean services (20,000 make ~5 MB), anchors and interpolation included. */
export function hugeFile(services = 20_000, seed = 13) {
  const r = seeded(seed);
  const parts = [
    `x-defaults: &defaults\n  restart: unless-stopped\n  logging: {driver: json-file, options: {max-size: "10m"}}\nx-check: &check\n  test: ["CMD", "curl", "-f", "http://localhost/"]\n  interval: 30s\nservices:\n`,
  ];
  for (let i = 0; i < services; i++) parts.push(leanService(r, i), `    labels: {team: ${r.pick(TEAMS)}, shard: "${i % 64}"}\n`);
  parts.push(`networks:\n  front: {}\n  back: {internal: true}\nvolumes:\n  data: {}\nsecrets:\n  db_password: {file: ./db_password.txt}\n`);
  return parts.join("");
}

/**
 * A realistic 21-file project: the base file and its override, three included files (one with its
 * own `.env`), services extending services of two other files, env_file files, a configuration
 * file, a second stack file and the files they point at (secrets, configs, a Dockerfile).
 */
export function writeProject(dir) {
  const files = {
    ".compose-lint.yaml": `# compose-lint configuration for this repository\nextends: recommended\nrules:\n  no-unbound-port: error\n  require-pinned-image: warning\nignore:\n  - "tools/**"\n`,
    ".env": `COMPOSE_PROJECT_NAME=shop\nNGINX_TAG=1.27-alpine\nAPP_ENV=production\nWEB_PORT=8080\nPUBLIC_IP=127.0.0.1\nPOSTGRES_TAG=16.4\n`,
    "compose.yaml": `name: shop
include:
  - infra/database.yaml
  - path: infra/cache.yaml
    env_file: infra/cache.env
  - path: [infra/queue.yaml]
    project_directory: .
x-logging: &logging
  driver: json-file
  options: {max-size: "10m", max-file: "5"}
services:
  web:
    extends:
      file: common/base.yaml
      service: http
    image: "nginx:\${NGINX_TAG:-1.27}"
    ports:
      - "127.0.0.1:\${WEB_PORT:-8080}:80"
    volumes:
      - ./nginx/nginx.conf:/etc/nginx/nginx.conf:ro
    depends_on: [api]
    logging: *logging
  api:
    extends:
      file: common/hardening.yaml
      service: hardened
    build:
      context: ./api
      args:
        NODE_ENV: \${APP_ENV:-production}
    env_file:
      - env/common.env
      - path: env/api.env
        required: true
    environment:
      DATABASE_URL: postgres://shop:\${DB_PASSWORD:?}@db:5432/shop
    networks: [front, back]
    logging: *logging
  worker:
    extends: api
    command: ["node", "worker.js"]
    env_file: [env/common.env, env/worker.env]
  admin:
    extends:
      file: common/base.yaml
      service: http
    image: adminer:4.8.1
    ports: ["8081:8080"]
networks:
  front: {}
  back: {internal: true}
`,
    "compose.override.yaml": `services:
  web:
    ports:
      - target: 443
        published: "8443"
        host_ip: 127.0.0.1
    env_file: env/web.env
  api:
    environment:
      LOG_LEVEL: debug
    ports: ["127.0.0.1:9229:9229"]
`,
    "common/base.yaml": `services:
  http:
    restart: unless-stopped
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost/health"]
      interval: 15s
    networks: [front]
    deploy:
      resources:
        limits: {memory: 256M}
`,
    "common/hardening.yaml": `services:
  hardened:
    extends:
      file: base.yaml
      service: http
    read_only: true
    cap_drop: [ALL]
    security_opt: [no-new-privileges:true]
    user: "10001"
    tmpfs: [/tmp]
`,
    "infra/database.yaml": `services:
  db:
    image: postgres:\${POSTGRES_TAG:-16}
    env_file: ../env/db.env
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
    volumes: [pgdata:/var/lib/postgresql/data]
    ports: ["5432:5432"]
    networks: [back]
networks:
  back: {internal: true}
volumes:
  pgdata: {}
secrets:
  db_password:
    file: ../secrets/db_password.txt
`,
    "infra/cache.yaml": `services:
  cache:
    image: redis:7.4-alpine
    command: redis-server --requirepass \${REDIS_PASSWORD:-}
    networks: [back]
networks:
  back: {internal: true}
`,
    "infra/cache.env": `REDIS_PASSWORD=\n`,
    "infra/queue.yaml": `services:
  queue:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: shop
      RABBITMQ_DEFAULT_PASS: guest
    ports:
      - "127.0.0.1:15672:15672"
    networks: [back]
networks:
  back: {internal: true}
`,
    "monitoring/compose.yaml": `services:
  prometheus:
    image: prom/prometheus:v2.54.1
    configs:
      - source: prometheus
        target: /etc/prometheus/prometheus.yml
    ports: ["\${PROM_BIND:-127.0.0.1}:9090:9090"]
  cadvisor:
    image: gcr.io/cadvisor/cadvisor:v0.49.1
    privileged: true
    volumes:
      - /:/rootfs:ro
      - /var/run:/var/run:ro
      - /sys:/sys:ro
configs:
  prometheus:
    file: ./prometheus.yml
`,
    "monitoring/.env": `PROM_BIND=127.0.0.1\n`,
    "monitoring/prometheus.yml": `global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: cadvisor\n    static_configs:\n      - targets: ["cadvisor:8080"]\n`,
    "docker-compose.prod.yml": `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    deploy:
      replicas: 3
    ports: ["80:80", "443:443"]
  api:
    image: registry.example.com/shop/api:1.4.2
    environment:
      API_KEY: sk_live_51HxExampleExampleExample
`,
    "env/common.env": `TZ=UTC\nLOG_FORMAT=json\n`,
    "env/api.env": `PORT=8080\nSESSION_SECRET=change-me-please-0123456789\n`,
    "env/worker.env": `QUEUE=default\nCONCURRENCY=4\n`,
    "env/web.env": `# nginx tuning\nWORKER_PROCESSES=auto\n`,
    "env/db.env": `POSTGRES_USER=shop\nPOSTGRES_DB=shop\n`,
    "secrets/db_password.txt": `not-a-real-password\n`,
    "nginx/nginx.conf": `events {}\nhttp {\n  server {\n    listen 80;\n    location / { proxy_pass http://api:8080; }\n  }\n}\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return Object.keys(files).length;
}
