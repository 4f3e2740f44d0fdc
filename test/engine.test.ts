import { describe, expect, test } from "vitest";
import { resolveRules } from "../src/engine/engine.js";
import { defineRule } from "../src/engine/rule.js";
import type { Rule } from "../src/engine/rule.js";
import { parseSuppressions } from "../src/engine/suppressions.js";
import { lintText } from "../src/lint.js";
import { rules } from "../rules/index.js";

const reportEveryService = defineRule({
  meta: { id: "test-every-service", description: "d", level: "warning", preset: "recommended", tags: [], help: "h", securitySeverity: 1 },
  check({ project, report }) {
    for (const service of project.services) report({ at: service.name, message: `service ${service.name.value}`, level: service.name.value === "b" ? "error" : undefined });
  },
});

const throwing = defineRule({
  meta: { id: "test-throws", description: "d", level: "error", preset: "recommended", tags: [], help: "h", securitySeverity: 1 },
  check() {
    throw new Error("boom");
  },
});

const strictOnly = defineRule({
  meta: { id: "test-strict", description: "d", level: "note", preset: "strict", tags: [], help: "h", securitySeverity: 1 },
  check({ project, report }) {
    report({ at: project.services[0]!.span, message: "strict" });
  },
});

const TEXT = "services:\n  b:\n    image: x\n  a:\n    image: y\n";

describe("engine", () => {
  test("a rule that throws becomes one internal-error finding and the other rules still run", () => {
    const result = lintText(TEXT, "compose.yaml", { env: {}, ruleSet: [throwing, reportEveryService] });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["internal-error", "test-every-service", "test-every-service"]);
    expect(result.findings[0]!.message).toBe("rule test-throws failed on this file: boom");
  });

  test("findings are ordered by line and column; a per-finding level applies unless configured", () => {
    const defaults = lintText(TEXT, "compose.yaml", { env: {}, ruleSet: [reportEveryService] });
    expect(defaults.findings.map((f) => `${f.span.line}:${f.span.column} ${f.level}`)).toEqual(["2:3 error", "4:3 warning"]);
    const configured = lintText(TEXT, "compose.yaml", { env: {}, ruleSet: [reportEveryService], rules: { "test-every-service": "note" } });
    expect(configured.findings.map((f) => f.level)).toEqual(["note", "note"]);
  });

  test("strict rules run only with strict or when named", () => {
    const ids = (options: Parameters<typeof resolveRules>[1]) => resolveRules([reportEveryService, strictOnly], options).map((r) => r.rule.meta.id);
    expect(ids({})).toEqual(["test-every-service"]);
    expect(ids({ strict: true })).toEqual(["test-every-service", "test-strict"]);
    expect(ids({ rules: { "test-strict": "warning", "test-every-service": "off" } })).toEqual(["test-strict"]);
  });

  test("every shipped rule has a unique id, a description, help and a valid level", () => {
    const ids = rules.map((r: Rule) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.meta.id).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(["error", "warning", "note"]).toContain(rule.meta.level);
      expect(rule.meta.description.length).toBeGreaterThan(15);
      expect(rule.meta.help.length).toBeGreaterThan(rule.meta.description.length);
      expect(rule.meta.securitySeverity).toBeGreaterThanOrEqual(0);
      expect(rule.meta.securitySeverity).toBeLessThanOrEqual(10);
    }
  });

  test("a billion-laughs file is linted by every rule without blowing up", () => {
    const names = "abcdefghi";
    const lines = [`  ${names[0]}: &${names[0]} ["A=1", "B=2", "C=3", "D=4", "E=5", "F=6", "G=7", "H=8", "I=9"]`];
    for (let i = 1; i < names.length; i++) lines.push(`  ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(", ")}]`);
    const text = `x-laughs:\n${lines.join("\n")}\nservices:\n  web:\n    image: nginx:1.27\n    environment: *i\n    volumes: *i\n    ports: *i\n`;
    const started = performance.now();
    const result = lintText(text, "compose.yaml", { env: {}, strict: true });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.findings.every((f) => f.ruleId !== "internal-error")).toBe(true);
  });
});

describe("suppressions", () => {
  test("an ignore comment for a rule that ran but reports nothing there is itself reported", async () => {
    const { default: noUnboundPort } = await import("../rules/no-unbound-port.js");
    const text = [
      "services:",
      "  web:",
      "    image: nginx:1.27",
      "    ports:",
      '      - "80:80"             # compose-lint ignore=no-unbound-port',
      '      - "127.0.0.1:81:81"   # compose-lint ignore=no-unbound-port',
      "# compose-lint ignore-file=no-privileged",
      "",
    ].join("\n");
    const findings = lintText(text, "compose.yaml", { env: {}, ruleSet: [noUnboundPort] }).findings;
    expect(findings.map((f) => `${f.ruleId}@${f.span.line}:${f.span.column}`)).toEqual(["unused-ignore@6:51"]);
    expect(findings[0]!.message).toBe("no-unbound-port reports nothing on the line it points at; remove the ignore comment so it cannot hide a future finding.");
  });

  test("same line, line above (past comments and blank lines), file-wide; only the named rules", () => {
    const s = parseSuppressions(
      [
        "a: 1  # compose-lint ignore=rule-a",
        "# compose-lint ignore=rule-b, rule-c",
        "",
        "# an ordinary comment",
        "b: 2",
        "c: 3",
        "d: '# compose-lint ignore=rule-d'",
        "# compose-lint ignore-file=rule-e",
      ].join("\n"),
    );
    expect(s.isSuppressed("rule-a", 1)).toBe(true);
    expect(s.isSuppressed("rule-b", 1)).toBe(false);
    expect(s.isSuppressed("rule-b", 5)).toBe(true);
    expect(s.isSuppressed("rule-c", 5)).toBe(true);
    expect(s.isSuppressed("rule-b", 6)).toBe(false);
    expect(s.isSuppressed("rule-d", 7)).toBe(false);
    expect(s.isSuppressed("rule-e", 99)).toBe(true);
  });
});

describe("values shared through an anchor", () => {
  test("one finding where the value is written, naming every service that uses it", async () => {
    const { default: noUnboundPort } = await import("../rules/no-unbound-port.js");
    const text = 'x-ports: &ports\n  ports: ["80:80"]\nservices:\n  blue:\n    <<: *ports\n    image: nginx\n  green:\n    <<: *ports\n    image: nginx\n  red:\n    image: nginx\n    ports: ["81:81"]\n';
    const findings = lintText(text, "compose.yaml", { env: {}, ruleSet: [noUnboundPort] }).findings;
    expect(findings.map((f) => `${f.span.line}:${f.span.column} ${f.message.split(" publishes")[0]}`)).toEqual([
      '2:11 service "blue" (and "green", which share this value)',
      '12:13 service "red"',
    ]);
  });

  test("the grouped finding keeps the related places of every service", async () => {
    const { default: noHostNetwork } = await import("../rules/no-host-network.js");
    const text = 'x-net: &net\n  network_mode: host\nservices:\n  blue:\n    <<: *net\n    ports: ["80:80"]\n  green:\n    <<: *net\n    ports: ["81:81"]\n';
    const findings = lintText(text, "compose.yaml", { env: {}, ruleSet: [noHostNetwork] }).findings;
    expect(findings.map((f) => `${f.span.line}:${f.span.column} ${f.message.split(" uses")[0]}`)).toEqual(['2:17 service "blue" (and "green", which share this value)']);
    expect(findings[0]!.related.map((r) => `${r.span.line}:${r.span.column} ${r.message}`)).toEqual(["6:13 ignored with network_mode: host", "9:13 ignored with network_mode: host"]);
  });
});
