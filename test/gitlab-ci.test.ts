/**
 * The GitLab CI job template (examples/ci/gitlab-ci.yml, also in the README): its script command is
 * run as the job would run it, in a project directory with CI_PROJECT_DIR set, with the package
 * this repository builds in place of the one npx would download; the reports it names must be
 * what GitLab reads.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";
import { expect, test } from "vitest";
import { repoRoot, scratch } from "./helpers.js";

interface Job {
  image: string;
  script: string[];
  artifacts: { when: string; reports: { codequality: string; junit: string } };
}

const template = readFileSync(join(repoRoot, "examples", "ci", "gitlab-ci.yml"), "utf8");
const job = (parseYaml(template) as Record<string, Job>)["compose-lint"]!;

test("the README shows the same job template as examples/ci/gitlab-ci.yml", () => {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const jobText = template.slice(template.indexOf("compose-lint:"));
  expect(readme).toContain("```yaml\n" + jobText + "```");
});

test("the job's script writes a Code Quality report GitLab accepts and a JUnit report, and fails on findings", () => {
  expect(job.script).toHaveLength(1);
  const [npx, yes, pkg, ...args] = job.script[0]!.split(/\s+/);
  expect([npx, yes]).toEqual(["npx", "--yes"]);
  const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
  expect(pkg).toBe(`compose-lint@${version}`);

  const project = scratch({
    "compose.yaml": 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n',
    "deploy/docker-compose.prod.yml": 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
  });
  const run = spawnSync(process.execPath, [join(repoRoot, "bin", "compose-lint.js"), ...args], {
    cwd: project,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TMPDIR: scratch({}), CI: "true", GITLAB_CI: "true", CI_PROJECT_DIR: project },
  });
  expect(run.stdout).toContain("no-published-database-port");
  expect(run.status).toBe(1);

  const report = JSON.parse(readFileSync(join(project, job.artifacts.reports.codequality), "utf8")) as { check_name: string; location: { path: string }; fingerprint: string }[];
  const schema = JSON.parse(readFileSync(join(repoRoot, "test", "schemas", "gitlab-codequality.schema.json"), "utf8")) as object;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  expect(report.map((issue) => `${issue.location.path} ${issue.check_name}`).sort()).toEqual([
    "compose.yaml no-published-database-port",
    "deploy/docker-compose.prod.yml no-unbound-port",
  ]);
  expect(new Set(report.map((issue) => issue.fingerprint)).size).toBe(report.length);

  const junit = readFileSync(join(project, job.artifacts.reports.junit), "utf8");
  expect(junit).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
  expect(junit).toContain('failures="2"');
  expect(job.artifacts.when).toBe("always");
});
