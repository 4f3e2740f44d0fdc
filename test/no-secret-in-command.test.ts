/**
 * no-secret-in-command must never print a secret from a command line: not in its messages, not in
 * any output format. Each secret below is unique, so finding it anywhere in an output means it leaked.
 */
import { describeSecretLeaks } from "./secret-leaks.js";
import rule from "../rules/no-secret-in-command.js";

const SECRETS = [
  "Cmd-string-secret-41a",
  "Cmd-list-secret-62b",
  "Cmd-assign-secret-17c",
  "Mysql-attached-secret-93d",
  "Pg-env-secret-28e",
  "Url-cmd-secret-55f",
  "Entry-token-secret-71g",
  "Fallback-cmd-secret-36h",
];

const COMPOSE = `services:
  cache:
    image: redis:7.4-alpine
    command: redis-server --requirepass ${SECRETS[0]}
    healthcheck:
      test: ["CMD", "redis-cli", "-a", "${SECRETS[1]}", "ping"]
  db:
    image: mysql:8.4
    command: ["mysqld", "--admin-password=${SECRETS[2]}"]
    healthcheck:
      test: ["CMD-SHELL", "mysqladmin ping -u root -p${SECRETS[3]} --silent"]
  pg:
    image: postgres:16.4
    healthcheck:
      test: PGPASSWORD=${SECRETS[4]} psql -h localhost -U app -c 'select 1'
  migrate:
    image: migrate/migrate:v4.17.1
    command: ["-database", "postgres://app:${SECRETS[5]}@db:5432/app?sslmode=disable", "up"]
  runner:
    image: example/runner:2.3
    entrypoint: ["runner", "--token", "${SECRETS[6]}"]
  queue:
    image: example/queue:1.0
    command: queue --api-key \${QUEUE_API_KEY:-${SECRETS[7]}}
  from-env:
    image: redis:7.4-alpine
    command: redis-server --requirepass \${ENV_REDIS_PASSWORD}
    healthcheck:
      test: ["CMD", "redis-cli", "-a", "\${ENV_REDIS_PASSWORD}", "ping"]
`;

/** Set in the environment: interpolated values are never findings, and their values never printed. */
const ENV_SECRET = "Env-only-cmd-secret-84q";

describeSecretLeaks({
  rule,
  compose: COMPOSE,
  secrets: SECRETS,
  env: { ENV_REDIS_PASSWORD: ENV_SECRET },
  positions: ["4:14", "6:40", "9:25", "11:27", "15:13", "18:28", "21:39", "24:14"],
  messageContains: ["postgres://app:***@db:5432/app?...", "(21 characters)"],
});
