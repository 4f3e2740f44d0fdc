/**
 * no-secret-in-command must never print a secret from a command line: not in its messages, not in
 * any output format. Each secret below is unique, so finding it anywhere in an output means it leaked.
 */
import { describe, expect, test } from "vitest";
import rule from "../rules/no-secret-in-command.js";
import { FORMAT_NAMES, loadFormatter } from "../src/format/index.js";
import type { LintResult } from "../src/lint.js";
import { lintText } from "../src/lint.js";

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

function lint(): LintResult {
  const result = lintText(COMPOSE, "compose.yaml", {
    env: { ENV_REDIS_PASSWORD: ENV_SECRET },
    ruleSet: [rule],
    rules: { [rule.meta.id]: rule.meta.level },
  });
  return { files: [result], errors: [] };
}

async function render(format: string): Promise<string> {
  const formatter = await loadFormatter(format);
  if (!formatter) throw new Error(`no formatter ${format}`);
  return formatter(lint(), { rules: [rule.meta], color: false, cwd: process.cwd() });
}

function leaks(output: string, secrets: readonly string[] = [...SECRETS, ENV_SECRET]): string[] {
  return secrets.filter((secret) => output.includes(secret));
}

describe("no-secret-in-command never prints a secret", () => {
  test("every secret in the file is reported, none from the environment", () => {
    const findings = lint().files[0]!.findings;
    expect(findings.map((f) => `${f.span.line}:${f.span.column}`)).toEqual(["4:14", "6:40", "9:25", "11:27", "15:13", "18:28", "21:39", "24:14"]);
  });

  test("messages show a length or a masked value", () => {
    const messages = lint().files[0]!.findings.map((f) => f.message);
    expect(leaks(messages.join("\n"))).toEqual([]);
    expect(messages.join("\n")).toContain("postgres://app:***@db:5432/app?...");
    expect(messages.join("\n")).toContain("(21 characters)");
  });

  for (const format of ["json", "sarif", ...FORMAT_NAMES.filter((f) => !["text", "json", "sarif"].includes(f))]) {
    test(`${format} output`, async () => {
      const output = await render(format);
      expect(output.length).toBeGreaterThan(0);
      expect(leaks(output)).toEqual([]);
    });
  }

  test("text output: no secret anywhere, the code frame masks it", async () => {
    const output = await render("text");
    expect(leaks(output)).toEqual([]);
    expect(output).toMatch(/^\s+\d+ \| .*\*{4,}/m);
  });
});
