/**
 * no-hardcoded-secret must never print a secret: not in its messages, not in any output format.
 * Each secret below is unique, so finding it anywhere in an output means it leaked.
 */
import { describeSecretLeaks } from "./secret-leaks.js";
import rule from "../rules/no-hardcoded-secret.js";

const SECRETS = [
  "Tq8-unique-Pw-41",
  "Url-secret-77x",
  "Query-secret-52k",
  "Jaas-secret-19v",
  "List-secret-63n",
  "Build-arg-secret-88c",
  "Fallback-secret-27h",
  "Redis-only-secret-34b",
  "Second-query-secret-11d",
  "Block-jaas-secret-46m",
  "Pair-secret-58r",
];

const COMPOSE = `services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_PASSWORD: ${SECRETS[0]}
      DATABASE_URL: postgres://app:${SECRETS[1]}@db/app?sslmode=require&sslpassword=${SECRETS[8]}
      LEGACY_DSN: jdbc:mysql://db/app?user=app&password=${SECRETS[2]}
      KAFKA_SASL_JAAS_CONFIG: PlainLoginModule required username="svc" password="${SECRETS[3]}";
  api:
    image: example/api:1.0
    build:
      context: .
      args:
        NPM_TOKEN: ${SECRETS[5]}
    environment:
      - API_TOKEN=${SECRETS[4]}
      - SESSION_SECRET=\${SESSION_SECRET:-${SECRETS[6]}}
      - "CACHE_URL=redis://:${SECRETS[7]}@cache:6379/0"
      - FROM_ENV=\${ENV_ONLY_PASSWORD}
  broker:
    image: confluentinc/cp-kafka:7.7.0
    environment:
      KAFKA_SASL_JAAS_CONFIG: |
        PlainLoginModule required
        password="${SECRETS[9]}";
      CONCOURSE_ADD_LOCAL_USER: ci:${SECRETS[10]}
`;

/** Set in the environment: interpolated values are never findings, and their values never printed. */
const ENV_SECRET = "Env-only-secret-95q";

describeSecretLeaks({
  rule,
  compose: COMPOSE,
  secrets: SECRETS,
  env: { ENV_ONLY_PASSWORD: ENV_SECRET },
  positions: ["5:26", "6:21", "7:19", "8:31", "14:20", "16:19", "17:24", "18:20", "25:9", "26:33"],
  messageContains: ["postgres://app:***@db/app?...", "(16 characters)"],
});
