/**
 * Project mode beyond the fixture projects: which files form a project (--file, COMPOSE_FILE,
 * COMPOSE_PATH_SEPARATOR, --env-file), how findings of one project reach the files and formats,
 * what is refused (extends and include errors, limits), and that each file is read once.
 */
import { describe, expect, test } from "vitest";
import { symlinkSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { lintFiles } from "../src/lint.js";
import { FileCache, PROJECT_LIMITS, loadProject, planProjects } from "../src/load/project.js";
import { decodeText } from "../src/lint.js";
import { runCli, scratch } from "./helpers.js";

const POSTGRES = "services:\n  db:\n    image: postgres:16.4\n";
const PORT = 'services:\n  db:\n    ports: ["5432:5432"]\n';

async function findings(dir: string, paths: string[] = ["."], options: Parameters<typeof lintFiles>[1] = {}) {
  const result = await lintFiles(paths, { cwd: dir, env: {}, ...options });
  return {
    errors: result.errors,
    files: result.files.map((f) => f.path),
    list: result.files.flatMap((f) => f.findings.map((x) => `${x.span.file}:${x.span.line}:${x.span.column} ${x.ruleId}`)).sort(),
    findings: result.files.flatMap((f) => f.findings),
  };
}

describe("which files form a project", () => {
  test("--file files merge in the order given", async () => {
    const dir = scratch({ "base.yml": POSTGRES, "local.yml": PORT });
    const merged = await findings(dir, [], { composeFiles: ["base.yml", "local.yml"] });
    expect(merged.list).toContain("local.yml:3:13 no-published-database-port");
    const reversed = await findings(dir, [], { composeFiles: ["local.yml", "base.yml"] });
    expect(reversed.list).toContain("local.yml:3:13 no-published-database-port");
  });

  test("a --file that does not exist is exit 2 naming it", () => {
    const dir = scratch({ "compose.yaml": POSTGRES });
    const run = runCli(["--file", "compose.yaml", "--file", "missing.yaml"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain("missing.yaml: no such file or directory");
  });

  test("COMPOSE_FILE from the shell, with COMPOSE_PATH_SEPARATOR", async () => {
    const dir = scratch({ "a.yml": POSTGRES, "b.yml": PORT });
    const result = await findings(dir, ["."], { env: { COMPOSE_FILE: "a.yml;b.yml", COMPOSE_PATH_SEPARATOR: ";" } });
    expect(result.list).toContain("b.yml:3:13 no-published-database-port");
  });

  test("--env-file replaces the project's .env; the shell wins over both", async () => {
    const files = { "compose.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports: ["${BIND}:5432:5432"]\n', ".env": "BIND=0.0.0.0\n", "local.env": "BIND=127.0.0.1\n" };
    const dir = scratch(files);
    expect((await findings(dir)).list).toContain("compose.yaml:4:13 no-published-database-port");
    expect((await findings(dir, ["."], { envFiles: ["local.env"] })).list).toEqual([]);
    expect((await findings(dir, ["."], { envFiles: ["local.env"], env: { BIND: "0.0.0.0" } })).list).toContain("compose.yaml:4:13 no-published-database-port");
  });

  test("COMPOSE_ENV_FILES and COMPOSE_DISABLE_ENV_FILE from the shell, for the project directory's project, as Compose reads them", async () => {
    const files = { "compose.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports: ["${BIND:-127.0.0.1}:5432:5432"]\n', ".env": "BIND=127.0.0.1\n", "prod.env": "BIND=0.0.0.0\n", "extra.env": "OTHER=1\n", "sub/compose.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports: ["${BIND}:5432:5432"]\n', "sub/.env": "BIND=127.0.0.1\n" };
    const dir = scratch(files);
    expect((await findings(dir)).list).toEqual([]);
    expect((await findings(dir, ["."], { env: { COMPOSE_ENV_FILES: "extra.env,prod.env" } })).list).toEqual(["compose.yaml:4:13 no-published-database-port"]);
    // --env-file wins over the shell's list.
    expect((await findings(dir, ["."], { env: { COMPOSE_ENV_FILES: "prod.env" }, envFiles: [".env"] })).list).toEqual([]);
    const noDotenv = scratch({ ...files, ".env": "BIND=0.0.0.0\n" });
    expect((await findings(noDotenv)).list).toEqual(["compose.yaml:4:13 no-published-database-port"]);
    expect((await findings(noDotenv, ["."], { env: { COMPOSE_DISABLE_ENV_FILE: "true" } })).list).toEqual([]);
  });

  test("the first default file and the first override file, as Compose picks them", () => {
    const dir = scratch({ "compose.yaml": POSTGRES, "docker-compose.yml": "services: {}\n", "compose.override.yml": PORT, "compose.override.yaml": "services: {}\n" });
    const plans = planProjects([join(dir, "compose.yaml"), join(dir, "compose.override.yml"), join(dir, "compose.override.yaml"), join(dir, "docker-compose.yml")], new Set(), { cwd: dir, env: {}, dotenv: true });
    expect(plans.map((p) => p.files.map((f) => f.slice(dir.length + 1)))).toEqual([["compose.yaml", "compose.override.yml"], ["compose.override.yaml"], ["docker-compose.yml"]]);
  });
});

describe("a project's findings in its files", () => {
  test("naming the base alone reports what is located there or related to it", async () => {
    const dir = scratch({ "compose.yaml": "services:\n  db:\n    image: postgres:16.4\n    privileged: true\n", "compose.override.yml": PORT, "compose.override.yaml": "services: {}\n" });
    const result = await findings(dir, ["compose.yaml"]);
    // Compose prefers compose.override.yml; the .yaml one is then a file of its own, not named here.
    // The override's findings relate to the base (its image, its service declaration), so they are shown.
    expect(result.list).toEqual(["compose.override.yml:3:13 no-published-database-port", "compose.yaml:4:17 no-privileged"]);
  });

  test("a port a later file restores after a reset points at that file", async () => {
    const dir = scratch({ "a.yml": 'services:\n  web:\n    image: nginx:1.27.1\n    ports: ["80:80"]\n', "b.yml": "services:\n  web:\n    ports: !reset []\n", "c.yml": 'services:\n  web:\n    ports: ["80:80"]\n' });
    expect((await findings(dir, [], { composeFiles: ["a.yml", "b.yml", "c.yml"] })).list).toEqual(["c.yml:3:13 no-unbound-port"]);
    expect((await findings(dir, [], { composeFiles: ["a.yml", "b.yml"] })).list).toEqual([]);
  });

  test("an env_file of a --file in another folder is read from the project directory, as Compose reads it", async () => {
    const dir = scratch({ "compose.yaml": "services:\n  api:\n    image: registry.example.com/api:3.1.0\n", "ops/override.yaml": "services:\n  api:\n    env_file: api.env\n", "api.env": "API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n" });
    const result = await findings(dir, [], { composeFiles: ["compose.yaml", "ops/override.yaml"] });
    expect(result.list).toEqual(["api.env:1:11 no-hardcoded-secret"]);
  });

  test("--project-directory: its COMPOSE_FILE and .env apply", async () => {
    const dir = scratch({ "deploy/.env": "COMPOSE_FILE=base.yml:public.yml\nBIND=0.0.0.0\n", "deploy/base.yml": POSTGRES, "deploy/public.yml": 'services:\n  db:\n    ports: ["${BIND}:5432:5432"]\n' });
    const result = await findings(dir, [], { projectDirectory: "deploy" });
    expect(result.list).toEqual(["deploy/public.yml:3:13 no-published-database-port"]);
  });

  test("an ignore comment in the override silences the finding located there", async () => {
    const dir = scratch({ "compose.yaml": POSTGRES, "compose.override.yaml": 'services:\n  db:\n    ports: ["5432:5432"] # compose-lint ignore=no-published-database-port\n    privileged: true\n' });
    const result = await findings(dir);
    expect(result.list).toEqual(["compose.override.yaml:4:17 no-privileged"]);
  });

  test("SARIF: the result is in the override, its related location in the base", () => {
    const dir = scratch({ "compose.yaml": POSTGRES, "compose.override.yaml": PORT });
    const run = runCli(["--format", "sarif", "."], { cwd: dir });
    expect(JSON.parse(run.stdout).runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(["compose.override.yaml", "compose.yaml"]);
    const results = JSON.parse(run.stdout).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    const db = results.find((r) => r.ruleId === "no-published-database-port")!;
    expect(db.locations[0]!.physicalLocation.artifactLocation.uri).toBe("compose.override.yaml");
    expect(db.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toBe("compose.yaml");
    expect(db.relatedLocations?.[0]?.physicalLocation.region.startLine).toBe(3);
  });

  test("text and github output show the related place as 'see also'", () => {
    const dir = scratch({ "compose.yaml": POSTGRES, "compose.override.yaml": PORT });
    expect(runCli(["."], { cwd: dir }).stdout).toMatch(/^ {4}see also compose\.yaml:3:12: the PostgreSQL image "postgres:16\.4"$/m);
    expect(runCli(["--format", "github", "."], { cwd: dir }).stdout).toContain("See also compose.yaml:3:12: the PostgreSQL image");
  });

  test("a YAML error in one file is reported there and the rest of the project is still judged", async () => {
    const dir = scratch({ "compose.yaml": POSTGRES, "compose.override.yaml": "services:\n  db: [\n", "docker-compose.prod.yml": 'services:\n  web:\n    image: nginx:1.27.1\n    ports: ["80:80"]\n' });
    const result = await findings(dir);
    expect(result.list.some((l) => l.startsWith("compose.override.yaml:") && l.endsWith("yaml-syntax"))).toBe(true);
    expect(result.list).toContain("docker-compose.prod.yml:4:13 no-unbound-port");
  });

  test("a not-linted include fails the run at --fail-level error", () => {
    const dir = scratch({ "compose.yaml": "include:\n  - git@github.com:example/stack.git\nservices:\n  web:\n    image: nginx:1.27.1\n" });
    const run = runCli(["--fail-level", "error", "."], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("not-linted");
    expect(run.stdout).toContain("Incomplete: 1 part of what Docker Compose would run could not be linted");
  });
});

describe("extends and include errors", () => {
  test("a missing extends file and a missing service are project errors", async () => {
    const dir = scratch({ "compose.yaml": "services:\n  a:\n    extends:\n      file: nowhere.yml\n      service: x\n  b:\n    extends: ghost\n", "nowhere.txt": "" });
    const result = await findings(dir);
    expect(result.list).toEqual(["compose.yaml:4:13 project-error", "compose.yaml:7:14 project-error"]);
    expect(result.findings.map((f) => f.message).join("\n")).toMatch(/nowhere\.yml: no such file[\s\S]*"ghost", which is not defined/);
  });

  test("include's env_file and project_directory: the included project's variables and paths", async () => {
    const dir = scratch({
      "compose.yaml": "include:\n  - path: stack/db.yaml\n    project_directory: stack\n    env_file: stack/db.env\nservices: {}\n",
      "stack/db.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports: ["${DB_BIND}:5432:5432"]\n    env_file: secrets.env\n',
      "stack/db.env": "DB_BIND=0.0.0.0\n",
      "stack/.env": "DB_BIND=127.0.0.1\n",
      "stack/secrets.env": "POSTGRES_PASSWORD=Tr0ub4dor-and-3-horses\n",
    });
    expect((await findings(dir)).list).toEqual(["stack/db.yaml:4:13 no-published-database-port", "stack/secrets.env:1:19 no-hardcoded-secret"]);
  });

  test("a service defined by the includer and by an included file is Compose's conflict", async () => {
    const dir = scratch({ "compose.yaml": "include:\n  - other.yaml\nservices:\n  db:\n    image: postgres:16.4\n", "other.yaml": 'services:\n  db:\n    image: postgres:15.8\n    ports: ["5432:5432"]\n' });
    const result = await findings(dir);
    // Newer Compose merges the two definitions: the included port is still judged.
    expect(result.list).toEqual(["compose.yaml:4:3 project-error", "other.yaml:4:13 no-published-database-port"]);
    expect(result.findings[0]!.message).toContain("services.db conflicts");
  });

  test("includes nested beyond the limit are not linted, and no loop hangs", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= PROJECT_LIMITS.depth + 2; i++) files[i === 0 ? "compose.yaml" : `level${i}.yaml`] = `include:\n  - level${i + 1}.yaml\nservices:\n  s${i}:\n    image: alpine:3.20\n`;
    const deep = await findings(scratch(files));
    expect(deep.list.filter((l) => l.endsWith("not-linted"))).toHaveLength(1);
    const loop = await findings(scratch({ "compose.yaml": "include:\n  - b.yaml\nservices: {}\n", "b.yaml": "include:\n  - compose.yaml\nservices: {}\n" }));
    expect(loop.list).toEqual(["b.yaml:2:5 project-error"]);
  });

  test("a project reading more files than the limit says what it did not read", async () => {
    const count = PROJECT_LIMITS.files + 1;
    const files: Record<string, string> = { "compose.yaml": `include:\n${Array.from({ length: count }, (_, i) => `  - part${i}.yaml\n`).join("")}services: {}\n` };
    for (let i = 0; i < count; i++) files[`part${i}.yaml`] = `services:\n  s${i}:\n    image: alpine:3.20\n`;
    const result = await findings(scratch(files));
    // compose.yaml is the first file read: part99.yaml would be the 101st.
    expect(result.list).toEqual([`compose.yaml:${PROJECT_LIMITS.files + 1}:5 not-linted`]);
    expect(result.findings[0]!.message).toContain(`more than ${PROJECT_LIMITS.files} files; part${PROJECT_LIMITS.files - 1}.yaml`);
  });

  test("a symbolic link cannot lead an include out of the project", async () => {
    const outer = scratch({ "elsewhere/compose.yaml": 'services:\n  x:\n    image: alpine:3.20\n    privileged: true\n', "app/compose.yaml": "include:\n  - linked/compose.yaml\nservices: {}\n" });
    symlinkSync(join(outer, "elsewhere"), join(outer, "app", "linked"));
    const result = await findings(join(outer, "app"));
    expect(result.list).toEqual(["compose.yaml:2:5 not-linted"]);
  });

  test("an env_file outside the project is not read", async () => {
    const outer = scratch({ "secret.env": "DB_PASSWORD=Tr0ub4dor-and-3-horses\n", "app/compose.yaml": "services:\n  api:\n    image: registry.example.com/api:3.1.0\n    env_file: ../secret.env\n" });
    const dir = join(outer, "app");
    const result = await findings(dir);
    expect(result.list).toEqual(["compose.yaml:4:15 not-linted"]);
    const allowed = await findings(dir, ["."], { allowOutsideProject: true });
    expect(allowed.list.some((l) => l.endsWith("no-hardcoded-secret"))).toBe(true);
  });
});

describe(".env and --env-file, read as Compose reads them (src/load/dotenv.ts)", () => {
  const DB = 'services:\n  db:\n    image: postgres:16.4\n    ports: ["${BIND}:5432:5432"]\n';

  test("a value may refer to the shell's variables and to the lines above; the shell comes first", async () => {
    const dir = scratch({ "compose.yaml": DB, ".env": "LOOPBACK=127.0.0.1\nBIND=${HOST_BIND:-${LOOPBACK}} # where Postgres listens\n" });
    expect((await findings(dir)).list).toEqual([]);
    expect((await findings(dir, ["."], { env: { HOST_BIND: "0.0.0.0" } })).list).toEqual(["compose.yaml:4:13 no-published-database-port"]);
    expect((await findings(dir, ["."], { env: { LOOPBACK: "0.0.0.0" } })).list).toEqual(["compose.yaml:4:13 no-published-database-port"]);
  });

  test("quotes and comments as Compose reads them: single quotes keep `$`, ` #` starts a comment, `#` alone does not", async () => {
    const dir = scratch({ "compose.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports: ["${BIND}:5432:5432"]\n    environment:\n      POSTGRES_PASSWORD: ${PW}\n', ".env": "BIND='${NOT_EXPANDED}'\nPW=abc#def\n" });
    const result = await findings(dir);
    // `${NOT_EXPANDED}` is the host address itself, which Compose rejects.
    expect(result.list).toEqual(["compose.yaml:4:13 unreadable-value"]);
    const project = await loadProject(planProjects([join(dir, "compose.yaml")], new Set(), { cwd: dir, env: {}, dotenv: true })[0]!, new FileCache(), { env: {}, dotenv: true, allowOutsideProject: false, display: (p: string) => p });
    expect(project.project!.services[0]!.environment.map((v) => v.value?.value)).toEqual(["abc#def"]);
  });

  test("--env-file files read in order, a later one referring to an earlier one", async () => {
    const dir = scratch({ "compose.yaml": DB, "base.env": "LOOPBACK=127.0.0.1\n", "local.env": "BIND=${LOOPBACK}\n" });
    expect((await findings(dir, ["."], { envFiles: ["base.env", "local.env"] })).list).toEqual([]);
  });

  test("a .env Compose cannot parse fails the run where it stops; the lines above still count", async () => {
    const dir = scratch({ "compose.yaml": DB, ".env": "BIND=127.0.0.1\nDB PASSWORD=Tr0ub4dor-and-3\n" });
    const result = await findings(dir);
    expect(result.list).toEqual(["compose.yaml:1:1 not-linted"]);
    expect(result.findings[0]!.message).toContain("stops Docker Compose (line 2: a variable name cannot contain a space)");
    expect(result.findings[0]!.message).not.toContain("Tr0ub4dor");
    expect(runCli(["."], { cwd: dir }).status).toBe(1);
  });
});

describe("env_file values, read as Compose reads them (src/load/dotenv.ts)", () => {
  const REDIS = "services:\n  cache:\n    image: bitnami/redis:7.2.5\n    env_file: cache.env\n";

  test("a value is interpolated from the project's .env: a switch written as a variable is judged by its value", async () => {
    const dir = scratch({ "compose.yaml": REDIS, ".env": "ALLOW=yes\n", "cache.env": "# the password comes later\nALLOW_EMPTY_PASSWORD=${ALLOW}\n" });
    expect((await findings(dir)).list).toEqual(["cache.env:2:22 no-disabled-auth"]);
    expect((await findings(dir, ["."], { env: { ALLOW: "no" } })).list).toEqual([]);
  });

  test("a fallback is judged as written, and a quoted or later-file reference as Compose resolves it", async () => {
    const dir = scratch({ "compose.yaml": REDIS, "cache.env": 'ALLOW_EMPTY_PASSWORD="${UNSET:-yes}"\n' });
    expect((await findings(dir)).list).toEqual(["cache.env:1:23 no-disabled-auth"]);
    const layered = scratch({ "compose.yaml": "services:\n  cache:\n    image: bitnami/redis:7.2.5\n    env_file: [a.env, b.env]\n", "a.env": "OPEN=yes\n", "b.env": "ALLOW_EMPTY_PASSWORD=${OPEN}\n" });
    expect((await findings(layered)).list).toEqual(["b.env:1:22 no-disabled-auth"]);
    // The service's environment: comes before the env files' own lines; the project's environment before both.
    const own = scratch({ "compose.yaml": "services:\n  cache:\n    image: bitnami/redis:7.2.5\n    env_file: cache.env\n    environment: [OPEN=yes]\n", "cache.env": "OPEN=no\nALLOW_EMPTY_PASSWORD=${OPEN}\n" });
    expect((await findings(own)).list).toEqual(["cache.env:2:22 no-disabled-auth"]);
    expect((await findings(own, ["."], { env: { OPEN: "no" } })).list).toEqual([]);
    // Single quotes keep `${UNSET:-yes}` as the value: no switch Redis reads as on (a password rule may still judge the text).
    const single = scratch({ "compose.yaml": REDIS, "cache.env": "ALLOW_EMPTY_PASSWORD='${UNSET:-yes}'\n" });
    expect((await findings(single)).list.filter((l) => l.endsWith("no-disabled-auth"))).toEqual([]);
  });

  test("a hard-coded fallback is the secret the file writes; the environment's value is never printed", async () => {
    const dir = scratch({ "compose.yaml": "services:\n  db:\n    image: postgres:16.4\n    env_file: db.env\n", "db.env": "POSTGRES_PASSWORD=${DB_PASS:-postgres}\nPGUSER=${DB_USER}\n" });
    const environments: Record<string, string>[] = [{}, { DB_PASS: "from-the-shell-8c1f", DB_USER: "shell-user-4d2a" }];
    for (const env of environments) {
      const result = await findings(dir, ["."], { env });
      expect(result.list).toEqual(["db.env:1:19 no-hardcoded-secret"]);
      expect(result.findings[0]!.message).toContain('the well-known default "postgres") whenever DB_PASS is unset');
      const run = runCli(["--format", "json", "."], { cwd: dir, env });
      expect(run.stdout).not.toContain("from-the-shell-8c1f");
      expect(run.stdout).not.toContain("shell-user-4d2a");
    }
  });

  test("a name without a value (environment: or env_file) takes the project's environment, as Compose resolves it", async () => {
    const compose = "services:\n  a:\n    image: mysql:8.4\n    environment: [MYSQL_ALLOW_EMPTY_PASSWORD]\n  b:\n    image: mysql:8.4\n    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD:\n  c:\n    image: mysql:8.4\n    env_file: c.env\n  d:\n    image: mysql:8.4\n    environment: [MYSQL_ROOT_PASSWORD]\n";
    const dir = scratch({ "compose.yaml": compose, "c.env": "# from the environment\nMYSQL_ALLOW_EMPTY_PASSWORD\n" });
    expect((await findings(dir)).list).toEqual([]);
    const env = { MYSQL_ALLOW_EMPTY_PASSWORD: "yes", MYSQL_ROOT_PASSWORD: "Tr0ub4dor-and-3-horses" };
    const result = await findings(dir, ["."], { env });
    expect(result.list).toEqual(["c.env:2:1 no-disabled-auth", "compose.yaml:4:19 no-disabled-auth", "compose.yaml:8:7 no-disabled-auth"]);
    // Its value is the environment's: never judged as the file's secret, never printed.
    const run = runCli(["--strict", "--format", "json", "."], { cwd: dir, env });
    expect(run.stdout).not.toContain("Tr0ub4dor");
    expect(run.stdout).not.toContain("no-hardcoded-secret");
    const fromDotenv = scratch({ "compose.yaml": compose, "c.env": "MYSQL_ALLOW_EMPTY_PASSWORD\n", ".env": "MYSQL_ALLOW_EMPTY_PASSWORD=yes\n" });
    expect((await findings(fromDotenv)).list).toHaveLength(3);
  });

  test("one env file line several services read is one finding naming them all", async () => {
    const dir = scratch({ "compose.yaml": "services:\n  a:\n    image: postgres:16.4\n    env_file: db.env\n  b:\n    image: postgres:16.4\n    env_file: db.env\n", "db.env": "POSTGRES_PASSWORD=postgres\n" });
    const result = await findings(dir);
    expect(result.list).toEqual(["db.env:1:19 no-hardcoded-secret"]);
    expect(result.findings[0]!.message).toMatch(/^service "a" \(and "b", which share this value\) sets POSTGRES_PASSWORD/);
  });

  test("format: raw takes values as written", async () => {
    const dir = scratch({ "compose.yaml": "services:\n  cache:\n    image: bitnami/redis:7.2.5\n    env_file:\n      - path: cache.env\n        format: raw\n", "cache.env": "ALLOW_EMPTY_PASSWORD=${UNSET:-yes}\n" });
    expect((await findings(dir)).list.filter((l) => l.endsWith("no-disabled-auth"))).toEqual([]);
    const quoted = scratch({ "compose.yaml": "services:\n  cache:\n    image: bitnami/redis:7.2.5\n    env_file:\n      - path: cache.env\n        format: raw\n", "cache.env": "ALLOW_EMPTY_PASSWORD=yes # a raw file has no comments\nREDIS_PASSWORD\n" });
    expect((await findings(quoted)).list.filter((l) => l.endsWith("no-disabled-auth"))).toEqual([]);
  });

  test("a format Docker Compose does not know is a project error at the format", async () => {
    const dir = scratch({ "compose.yaml": "services:\n  cache:\n    image: bitnami/redis:7.2.5\n    env_file:\n      - path: cache.env\n        format: yaml\n", "cache.env": "ALLOW_EMPTY_PASSWORD=yes\n" });
    expect((await findings(dir)).list).toEqual(["compose.yaml:6:17 project-error"]);
  });

  test("an env file Compose cannot parse is a project error where it stops; the rest of the project is linted", async () => {
    const dir = scratch({ "compose.yaml": 'services:\n  db:\n    image: postgres:16.4\n    env_file: db.env\n    ports: ["5432:5432"]\n', "db.env": "POSTGRES_DB=app\nPOSTGRES USER=app\nPOSTGRES_PASSWORD=Tr0ub4dor-and-3-horses\n" });
    const result = await findings(dir);
    expect(result.list).toEqual(["compose.yaml:5:13 no-published-database-port", "db.env:2:1 project-error"]);
    expect(result.findings.find((f) => f.ruleId === "project-error")!.message).toContain("line 2: a variable name cannot contain a space");
    const run = runCli(["."], { cwd: dir });
    expect(run.status).toBe(1);
  });
});

test("each file is read once per run, whichever projects use it; its tree is kept only once a second project asks for it", async () => {
  const dir = scratch({ "a/compose.yaml": "services:\n  a:\n    extends:\n      file: ../common.yml\n      service: base\n", "b/compose.yaml": "services:\n  b:\n    extends:\n      file: ../common.yml\n      service: base\n", "common.yml": "services:\n  base:\n    image: alpine:3.20\n" });
  const decoded: string[] = [];
  const cache = new FileCache(async (absolute) => {
    const text = decodeText(await readFile(absolute));
    if ("text" in text) decoded.push(text.text);
    return text;
  });
  const options = { env: {}, dotenv: false, allowOutsideProject: false, display: (p: string) => p.slice(dir.length + 1) };
  const plans = planProjects([join(dir, "a/compose.yaml"), join(dir, "b/compose.yaml")], new Set(), { cwd: dir, env: {}, dotenv: false });
  for (const plan of plans) await loadProject({ ...plan, boundary: dir }, cache, options);
  expect(decoded.filter((t) => t.includes("base:"))).toHaveLength(1);
  const path = join(dir, "common.yml");
  expect(cache.parse(path, "services: {}\n", "common.yml", { A: "1", B: "2" })).toBe(cache.parse(path, "services: {}\n", "common.yml", { B: "2", A: "1" }));
  // A file asked for once (most files: one project each) leaves no tree behind; the second request keeps one.
  const once = join(dir, "a/compose.yaml");
  const fresh = new FileCache();
  const first = fresh.parse(once, "services: {}\n", "a/compose.yaml", {});
  const second = fresh.parse(once, "services: {}\n", "a/compose.yaml", {});
  expect(second).not.toBe(first);
  expect(second).toEqual(first);
  expect(fresh.parse(once, "services: {}\n", "a/compose.yaml", {})).toBe(second);
});

test("without keepProjects, results carry no model and the same findings", async () => {
  const dir = scratch({ "a/compose.yaml": PORT, "b/compose.yaml": POSTGRES, "b/compose.override.yaml": PORT });
  const kept = await lintFiles(["."], { cwd: dir, env: {} });
  const dropped = await lintFiles(["."], { cwd: dir, env: {}, keepProjects: false });
  expect(kept.files.filter((f) => f.project).map((f) => f.path)).toEqual(["a/compose.yaml", "b/compose.yaml"]);
  expect(dropped.files.some((f) => f.project)).toBe(false);
  expect(dropped.files).toEqual(kept.files.map(({ project: _project, ...rest }) => rest));
});

test("every file of a project is checked against the schema", async () => {
  const dir = scratch({ "compose.yaml": POSTGRES, "compose.override.yaml": "services:\n  db:\n    read_onyl: true\n" });
  expect((await findings(dir)).list).toEqual(["compose.override.yaml:3:5 compose-schema"]);
});

describe("--print-project", () => {
  test("prints the merged project in compose syntax, yaml by default or json", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  db:\n    image: postgres:${PG_TAG:-16.4}\n    ports: ["8080:80"]\n    environment:\n      PASSWORD: ${DB_PASSWORD}\n    command: ["--auth", "${DB_PASSWORD}"]\n', "compose.override.yaml": "services:\n  db:\n    ports: !reset []\nnetworks:\n  back: {}\n" });
    const yaml = runCli(["--print-project"], { cwd: dir, env: { DB_PASSWORD: "hunter2-secret" } });
    expect(yaml.status).toBe(0);
    expect(yaml.stdout).toBe("services:\n  db:\n    image: postgres:16.4\n    environment:\n      PASSWORD: ${DB_PASSWORD}\n    command:\n      - --auth\n      - ${DB_PASSWORD}\nnetworks:\n  back: {}\n");
    const json = runCli(["--print-project", "--format", "json"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual({ services: { db: { image: "postgres:16.4", environment: { PASSWORD: "${DB_PASSWORD}" }, command: ["--auth", "${DB_PASSWORD}"] } }, networks: { back: {} } });
  });
});

test("a service behind a profile is linted, and the message names the profile", async () => {
  const dir = scratch({ "compose.yaml": 'services:\n  adminer:\n    image: adminer:4.8.1\n    profiles: [debug, ops]\n    ports: ["8081:8080"]\n' });
  const result = await findings(dir);
  expect(result.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^service "adminer" \(behind profiles "debug", "ops", still deployed when one of them is enabled\) publishes port 8081:8080/)]);
});

test("a project takes the configuration its first file finds, for findings in every file", async () => {
  const dir = scratch({ ".compose-lint.yaml": "rules:\n  no-published-database-port: note\n", "compose.yaml": POSTGRES, "compose.override.yaml": PORT });
  const result = await lintFiles(["."], { cwd: dir, env: {} });
  expect(result.files.flatMap((f) => f.findings.map((x) => `${x.span.file} ${x.ruleId} ${x.level}`))).toEqual(["compose.override.yaml no-published-database-port note"]);
});
