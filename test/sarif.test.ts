import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, test } from "vitest";
import { repoRoot, runCli, scratch } from "./helpers.js";

const multitoolDir = join(repoRoot, "node_modules", "@microsoft", "sarif-multitool-linux");
const multitool = join(multitoolDir, "Sarif.Multitool");
const canRunMultitool = process.platform === "linux" && process.arch === "x64" && existsSync(multitool);

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; properties: { tags: string[]; "security-severity": string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const fixtureFiles = readdirSync(join(repoRoot, "fixtures")).flatMap((dir) =>
  readdirSync(join(repoRoot, "fixtures", dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `fixtures/${dir}/${name}`),
);

let sarifPath = "";
let log: SarifLog;

beforeAll(() => {
  const dir = scratch({});
  sarifPath = join(dir, "all-fixtures.sarif");
  const run = runCli(["--strict", "--format", `sarif=${sarifPath}`, "--format", "text", ...fixtureFiles]);
  expect(run.status).toBe(1);
  log = JSON.parse(readFileSync(sarifPath, "utf8"));
});

describe("SARIF 2.1.0 output", () => {
  test("is valid against the SARIF 2.1.0 JSON schema", () => {
    const schema = JSON.parse(readFileSync(join(multitoolDir, "sarif-2.1.0.json"), "utf8"));
    delete schema.$schema;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test.skipIf(!canRunMultitool)("passes Microsoft's SARIF validator with GitHub's ingestion rules (Sarif.Multitool, Linux x64)", () => {
    const result = join(scratch({}), "validation.sarif");
    const run = spawnSync(multitool, ["validate", "--rule-kind", "Gh;Sarif", "-o", result, sarifPath], { encoding: "utf8" });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const validation = JSON.parse(readFileSync(result, "utf8")) as { runs: { results?: { ruleId: string; level?: string; message: { arguments?: string[] } }[] }[] };
    const problems = validation.runs.flatMap((r) => r.results ?? []).map((r) => `${r.ruleId} ${r.level ?? "warning"} ${(r.message.arguments ?? []).join(" ")}`);
    expect(problems).toEqual([]);
  });

  test("describes every rule for code scanning and indexes results into that list", () => {
    const [run] = log.runs;
    const driver = run!.tool.driver;
    expect(driver.name).toBe("compose-lint");
    expect(driver.informationUri).toMatch(/^https:\/\//);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length - 1);
      expect(rule.help.markdown).toContain("#");
      expect(Number(rule.properties["security-severity"])).toBeGreaterThanOrEqual(0);
      expect(rule.properties.tags.length).toBeGreaterThan(0);
    }
    for (const result of run!.results) expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  test("locates results relative to %SRCROOT%, spanning the published: entry of a long-syntax port, with fingerprints", () => {
    const [run] = log.runs;
    expect(run!.originalUriBaseIds["%SRCROOT%"]!.uri).toMatch(/^file:\/\/.*\/$/);
    const portFinding = run!.results.find((r) => r.ruleId === "no-unbound-port" && r.locations[0]!.physicalLocation.artifactLocation.uri === "fixtures/no-unbound-port/long-syntax.yaml");
    const location = portFinding!.locations[0]!.physicalLocation;
    expect(location.artifactLocation.uriBaseId).toBe("%SRCROOT%");
    // In the long-syntax entry `- target: 8000 / published: 8000 / protocol: tcp` (lines 6-8), `published: 8000` is what publishes it.
    expect(location.region).toEqual({ startLine: 7, startColumn: 9, endLine: 7, endColumn: 24 });
    const fingerprints = run!.results.map((r) => JSON.stringify(r.partialFingerprints));
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  test("fingerprints survive lines moving", () => {
    const body = 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n';
    const fingerprint = (text: string) => {
      const out = runCli(["--format", "sarif", "compose.yaml"], { cwd: scratch({ "compose.yaml": text }) });
      return (JSON.parse(out.stdout) as SarifLog).runs[0]!.results[0]!.partialFingerprints;
    };
    expect(fingerprint(`# a comment\n\n${body}`)).toEqual(fingerprint(body));
  });
});
