/**
 * no-hardcoded-secret must never print a secret: not in its messages, not in any output format.
 * Each secret below is unique, so finding it anywhere in an output means it leaked.
 */
import { describe, expect, test } from "vitest";
import rule from "../rules/no-hardcoded-secret.js";
import { FORMAT_NAMES, loadFormatter } from "../src/format/index.js";
import type { LintResult } from "../src/lint.js";
import { lintText } from "../src/lint.js";

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
`;

/** Set in the environment: interpolated values are never findings, and their values never printed. */
const ENV_SECRET = "Env-only-secret-95q";

function lint(): LintResult {
  const result = lintText(COMPOSE, "compose.yaml", {
    env: { ENV_ONLY_PASSWORD: ENV_SECRET },
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

describe("no-hardcoded-secret never prints a secret", () => {
  test("every secret in the file is reported", () => {
    const findings = lint().files[0]!.findings;
    expect(findings.map((f) => `${f.span.line}:${f.span.column}`)).toEqual(["5:26", "6:21", "7:19", "8:31", "14:20", "16:19", "17:24", "18:20"]);
  });

  test("messages show a length or a masked value", () => {
    const messages = lint().files[0]!.findings.map((f) => f.message);
    expect(leaks(messages.join("\n"))).toEqual([]);
    expect(messages.join("\n")).toContain("postgres://app:***@db/app?...");
    expect(messages.join("\n")).toContain("(16 characters)");
  });

  for (const format of ["json", "sarif", ...FORMAT_NAMES.filter((f) => !["text", "json", "sarif"].includes(f))]) {
    test(`${format} output`, async () => {
      const output = await render(format);
      expect(output.length).toBeGreaterThan(0);
      expect(leaks(output)).toEqual([]);
    });
  }

  test("text output: no secret anywhere, the code frame masks it column for column", async () => {
    const output = await render("text");
    expect(leaks(output)).toEqual([]);
    expect(output).toMatch(/^\s+\d+ \| .*\*{4,}/m);
  });

  test("text output never shows a value that came from the environment", async () => {
    expect(leaks(await render("text"), [ENV_SECRET])).toEqual([]);
  });
});
