/**
 * The GitHub Action as the runner runs it: `node action/dist/index.js` (the committed bundle) with
 * the runner's environment: GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and the inputs as
 * INPUT_<NAME>, upper-cased with hyphens kept. Also checks that the committed bundle is current.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import { repoRoot, scratch } from "./helpers.js";

const bundle = join(repoRoot, "action", "dist", "index.js");
const SHA = "0123456789abcdef0123456789abcdef01234567";

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  workspace: string;
}

/** Reads GITHUB_OUTPUT as the runner does: `name<<DELIMITER` blocks (and plain `name=value` lines). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      expect(end, `unterminated output ${heredoc[1]}`).toBeGreaterThan(i);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (lines[i]!.includes("=")) {
      const eq = lines[i]!.indexOf("=");
      outputs[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return outputs;
}

interface RunOptions {
  earlierSummary?: string;
  /** Extra files in the workspace (path → content). */
  files?: Record<string, string>;
  /** Extra variables in the runner's environment. */
  env?: Record<string, string>;
  /** Prepares the workspace before the run (links, say). */
  setup?: (workspace: string) => void;
}

function runAction(inputs: Record<string, string>, options: RunOptions = {}): ActionRun {
  const workspace = scratch(options.files ?? {});
  cpSync(join(repoRoot, "test", "fixtures-action"), workspace, { recursive: true });
  options.setup?.(workspace);
  const runnerTemp = scratch({ "summary.md": options.earlierSummary ?? "", "output.txt": "" });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: join(runnerTemp, "summary.md"),
    GITHUB_OUTPUT: join(runnerTemp, "output.txt"),
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_SHA: SHA,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [bundle], { cwd: workspace, env, encoding: "utf8" });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8"),
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, "utf8")),
    workspace,
  };
}

/** The runner's view of stdout: commands outside `::stop-commands::` blocks. */
function commands(stdout: string): { command: string; properties: Record<string, string>; data: string }[] {
  const found = [];
  let stopToken: string | undefined;
  for (const line of stdout.split("\n")) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (stopToken !== undefined) {
      if (match && match[1] === stopToken) stopToken = undefined;
      continue;
    }
    if (!match) continue;
    if (match[1] === "stop-commands") {
      stopToken = match[3]!;
      continue;
    }
    const properties = Object.fromEntries((match[2] ?? "").split(",").filter(Boolean).map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
    found.push({ command: match[1]!, properties, data: match[3]! });
  }
  return found;
}

describe("action.yml", () => {
  test("is a JavaScript action on a current Node runtime whose entry is the committed bundle, with the documented inputs and outputs", () => {
    const action = parseYaml(readFileSync(join(repoRoot, "action.yml"), "utf8")) as {
      runs: { using: string; main: string };
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    expect(["node20", "node24"]).toContain(action.runs.using);
    expect(action.runs.main).toBe("action/dist/index.js");
    expect(existsSync(join(repoRoot, action.runs.main))).toBe(true);
    expect(Object.keys(action.inputs).sort()).toEqual(["annotations", "baseline", "config", "fail-level", "format", "only-changed", "output", "paths", "plugins", "rules", "sarif-file", "strict", "summary"]);
    expect(action.inputs.annotations!.default).toBe("true");
    expect(action.inputs.summary!.default).toBe("true");
    expect(Object.keys(action.outputs).sort()).toEqual(["errors", "findings", "sarif-file", "warnings"]);
  });

  test("the committed bundle is what `npm run build:action` builds from the current sources", () => {
    const fresh = join(scratch({}), "index.js");
    const build = spawnSync(process.execPath, [join(repoRoot, "scripts", "build-action.mjs"), "--outfile", fresh], { cwd: repoRoot, encoding: "utf8" });
    expect(build.status, build.stderr).toBe(0);
    const same = readFileSync(fresh).equals(readFileSync(bundle));
    expect(same, "action/dist/index.js is stale: run `npm run build:action` and commit action/dist/index.js").toBe(true);
  });
});

describe("the action in a simulated runner", () => {
  let run: ActionRun;
  const EARLIER = "## An earlier step\n\nkept as it was\n\n";

  beforeAll(() => {
    run = runAction(
      { paths: ".", "fail-level": "error", "sarif-file": "reports/compose-lint.sarif", annotations: "true", summary: "true" },
      { earlierSummary: EARLIER },
    );
  });

  test("fails the step (exit 1) on errors, with nothing on stderr", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
  });

  test("annotates the most severe findings with workspace-relative paths, at most 10 per level, and says how many it left out", () => {
    const found = commands(run.stdout);
    const annotations = found.filter((c) => c.properties.file);
    expect(annotations.find((c) => c.properties.title === "no-published-database-port" && c.properties.file === "compose.yaml")).toEqual({
      command: "error",
      properties: { file: "compose.yaml", line: "16", col: "9", endLine: "16", endColumn: "20", title: "no-published-database-port" },
      data: expect.stringContaining('service "db" publishes PostgreSQL port 5432:5432'),
    });
    expect(annotations.some((c) => c.command === "error" && c.properties.title === "no-docker-socket-mount" && c.properties.line === "22")).toBe(true);
    expect(annotations.some((c) => c.properties.file === "deploy/docker-compose.prod.yml" && c.properties.title === "no-published-database-port")).toBe(true);
    for (const level of ["error", "warning", "notice"]) expect(annotations.filter((c) => c.command === level).length).toBeLessThanOrEqual(10);
    // edge/compose.yaml alone has twelve unbound ports: some warnings cannot be annotated.
    expect(annotations.filter((c) => c.command === "warning")).toHaveLength(10);
    const notice = found.find((c) => c.command === "notice" && !c.properties.file);
    expect(notice?.data).toMatch(/^\d+ more findings? not annotated: GitHub shows at most 10 errors, 10 warnings and 10 notices per step/);
    expect(run.stdout).toMatch(/^edge\/compose\.yaml:50:9: warning: service "svc11" publishes port 8111:80 .* \[no-unbound-port\]$/m);
  });

  test("sets the outputs with heredoc delimiters, consistent with the SARIF report it wrote", () => {
    expect(Object.keys(run.outputs).sort()).toEqual(["errors", "findings", "sarif-file", "warnings"]);
    expect(run.outputs["sarif-file"]).toBe(join(run.workspace, "reports", "compose-lint.sarif"));
    const sarif = JSON.parse(readFileSync(run.outputs["sarif-file"]!, "utf8")) as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const results = sarif.runs[0]!.results;
    expect(Number(run.outputs.findings)).toBe(results.length);
    expect(Number(run.outputs.errors)).toBe(results.filter((r) => r.level === "error").length);
    expect(Number(run.outputs.warnings)).toBe(results.filter((r) => r.level === "warning").length);
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(3);
    expect(Number(run.outputs.warnings)).toBeGreaterThanOrEqual(14);
    expect(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain("deploy/docker-compose.prod.yml");
  });

  test("appends the job summary: counts, the note on annotations, a linked findings table and the exposure map", () => {
    expect(run.summary.startsWith(EARLIER + "## compose-lint\n")).toBe(true);
    expect(run.summary).toContain(`**${run.outputs.findings} problems** (${run.outputs.errors} errors, ${run.outputs.warnings} warnings,`);
    expect(run.summary).toMatch(/\n\d+ findings? not annotated on the diff \\\(GitHub shows at most 10 annotations of each level per step\\\)/);
    expect(run.summary).toMatch(/\| `no-unbound-port` \| 🟠 warning \| \d+ \|/);
    expect(run.summary).toContain(`| [compose.yaml:16](https://github.com/acme/shop/blob/${SHA}/compose.yaml#L16) | 🔴 error | \`no-published-database-port\` |`);
    const mermaid = /\n```mermaid\n([^]*?)\n```\n/.exec(run.summary)?.[1];
    expect(mermaid).toBeDefined();
    expect(mermaid!.split("\n")[0]).toBe("flowchart LR");
    expect(mermaid).toContain('internet(("Internet / any host interface"))');
    expect(mermaid).toContain('loopback(("This host only (loopback)"))');
    expect(mermaid).toContain('subgraph f0["compose.yaml"]');
    expect(mermaid).toContain('f0s2p0[/"0.0.0.0:5432 #8594; 5432/tcp (no host IP)"/]');
    expect(mermaid).toContain("internet --> f0s2p0 --> f0s2");
    expect(mermaid).toContain('f0s0p0[/"127.0.0.1:8080 #8594; 80/tcp"/]');
    expect(mermaid).toContain("loopback --> f0s0p0 --> f0s0");
    expect(mermaid).toContain("#9888; exposed database: PostgreSQL");
    expect(mermaid).toContain("#9888; exposed database: Redis");
    expect(mermaid).toContain('f0s3["agent<br/>image: portainer/agent:2.21<br/>#9888; mounts the Docker socket<br/>#9888; privileged"]');
    expect(mermaid).toContain('f0n1{{"network: back<br/>internal"}}');
    expect(mermaid).toContain("f0s0 -.-> f0n0");
    expect(mermaid).toContain('internet -.->|"host network: every listening port"| f1s1');
    expect(mermaid).toMatch(/class f0s2,f0s3,f1s0 danger/);
  });
});

describe("the action's inputs", () => {
  test("fail-level none passes; annotations and summary off; no SARIF unless asked", () => {
    const run = runAction({ paths: "deploy", "fail-level": "none", annotations: "false", summary: "false" });
    expect(run.status).toBe(0);
    expect(run.summary).toBe("");
    expect(commands(run.stdout)).toEqual([]);
    // The text report, fenced off from the runner's command parser.
    expect(run.stdout).toMatch(/^::stop-commands::compose-lint-[0-9a-f-]+\n/);
    expect(run.stdout).toMatch(/^deploy\/docker-compose\.prod\.yml \(\d+ problems?\)\ndeploy\/docker-compose\.prod\.yml:\d+:\d+ {2}(error|warning|note) {2}\S/m);
    expect(run.outputs["sarif-file"]).toBe("");
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1);
  });

  test("paths takes one path per line; only those are linted", () => {
    const run = runAction({ paths: "deploy\n  edge/compose.yaml  \n", "fail-level": "error" });
    const files = new Set(commands(run.stdout).flatMap((c) => (c.properties.file ? [c.properties.file] : [])));
    expect([...files].sort()).toEqual(["deploy/docker-compose.prod.yml", "edge/compose.yaml"]);
    expect(run.status).toBe(1);
  });

  test("a bad input or a missing path fails with exit 2 and an error annotation", () => {
    const bad = runAction({ "fail-level": "severe" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('::error title=compose-lint::input "fail-level" must be error, warning, note or none; got "severe"\n');
    const missing = runAction({ paths: "nowhere" });
    expect(missing.status).toBe(2);
    expect(commands(missing.stdout)[0]).toEqual({ command: "error", properties: { title: "compose-lint" }, data: "nowhere: no such file or directory" });
  });

  test("an output value cannot forge another output", () => {
    const run = runAction({ paths: "deploy", "fail-level": "none", "sarif-file": "x\nerrors=0\nreports/a.sarif" });
    // A newline in the file name is kept inside the heredoc block, not read as a new output.
    expect(run.outputs.errors).not.toBe("0");
    expect(run.outputs["sarif-file"]).toContain("\nerrors=0\n");
  });
});

describe("the action and the runner's environment", () => {
  const TOKEN = "ghs_RunnerTokenValue1234567890";
  const compose = "services:\n  app:\n    image: nginx:1.27\n    devices: [\"/dev/sda${ACTIONS_RUNTIME_TOKEN}:/dev/x\"]\n    ports: [\"${APP_PREFIX-127.0.0.1:}8080:80\"]\n  disk:\n    image: busybox:1.36\n    devices: [\"${DISK}:/dev/x\"]\n";

  test("interpolates from .env and defaults only: a runner variable never reaches the log, the SARIF file or the summary", () => {
    const run = runAction(
      { paths: "app", "fail-level": "none", "sarif-file": "out/compose-lint.sarif" },
      { files: { "app/compose.yaml": compose, "app/.env": "DISK=/dev/sdb\n" }, env: { ACTIONS_RUNTIME_TOKEN: TOKEN, APP_PREFIX: "" } },
    );
    expect(run.status).toBe(0);
    const sarif = readFileSync(join(run.workspace, "out", "compose-lint.sarif"), "utf8");
    for (const output of [run.stdout, run.stderr, run.summary, sarif]) {
      expect(output).not.toContain(TOKEN);
    }
    // The device is judged with the runner's variable unset: `/dev/sda`, a raw disk.
    expect(run.stdout).toContain('service "app" is given /dev/sda, a raw block device');
    // The runner's APP_PREFIX (set, empty) is not used: the file's own default binds the port to loopback.
    expect(run.stdout).not.toContain("no-unbound-port");
    // The .env file is read: its disk is judged, and quoted as the source text.
    expect(run.stdout).toContain('service "disk" is given "${DISK}", a raw block device');
  });

  test("sarif-file: a committed link is refused (exit 2), its target untouched", () => {
    const run = runAction(
      { paths: "deploy", "fail-level": "none", "sarif-file": "compose-lint.sarif" },
      { files: { "victim.txt": "keep me\n" }, setup: (workspace) => symlinkSync(join(workspace, "victim.txt"), join(workspace, "compose-lint.sarif")) },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('::error title=compose-lint::input "sarif-file": output file "compose-lint.sarif" is a symbolic link');
    expect(readFileSync(join(run.workspace, "victim.txt"), "utf8")).toBe("keep me\n");
  });

  test("sarif-file: a linked directory on the way, or a path outside the workspace, is refused", () => {
    const outside = scratch({});
    const linked = runAction(
      { paths: "deploy", "sarif-file": "reports/x.sarif" },
      { setup: (workspace) => symlinkSync(outside, join(workspace, "reports")) },
    );
    expect(linked.status).toBe(2);
    expect(linked.stdout).toContain('"reports" is a symbolic link');
    expect(existsSync(join(outside, "x.sarif"))).toBe(false);
    const escaping = runAction({ paths: "deploy", "sarif-file": "../escape.sarif" });
    expect(escaping.status).toBe(2);
    expect(escaping.stdout).toContain("is outside the workspace");
  });
});

describe("plugins input", () => {
  const plugin = [
    "export const rules = [{",
    '  meta: { id: "acme/no-service-named-admin", description: "A service is named admin.", level: "error" },',
    '  check({ project, report }) { for (const s of project.services) if (s.name.value === "admin") report({ at: s.name, message: "service admin" }); },',
    "}];",
  ].join("\n");

  test("loads the named plugin; its findings are annotated like the built-in rules'", () => {
    const run = runAction({ paths: "plugin-compose.yaml", plugins: "./acme.mjs", annotations: "true" }, { files: { "acme.mjs": plugin, "plugin-compose.yaml": "services:\n  admin:\n    image: app:1.0\n" } });
    expect(run.status).toBe(1);
    expect(commands(run.stdout).map((c) => c.properties.title)).toContain("acme/no-service-named-admin");
  });

  test("a plugin that cannot be loaded fails the step with exit 2 and a message naming it", () => {
    const run = runAction({ plugins: "./missing.mjs" });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('::error title=compose-lint::plugin "./missing.mjs" could not be loaded: no such file');
  });
});

describe("configuration", () => {
  test("the workspace's configuration file applies; its failLevel decides unless the input sets one", () => {
    const files = { ".compose-lint.yaml": "failLevel: error\nrules:\n  no-unbound-port: warning\n", "warn/compose.yaml": 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n' };
    expect(runAction({ paths: "warn" }, { files }).status).toBe(0);
    expect(runAction({ paths: "warn", "fail-level": "warning" }, { files }).status).toBe(1);
    const broken = runAction({ paths: "warn" }, { files: { ...files, ".compose-lint.yaml": "rules:\n  no-unbound-prot: off\n" } });
    expect(broken.status).toBe(2);
    expect(broken.stdout).toContain("::error title=compose-lint::.compose-lint.yaml:2:3: unknown rule `no-unbound-prot`; did you mean `no-unbound-port`?");
  });
});
