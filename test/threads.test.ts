/**
 * Linting in several threads (--concurrency, src/threads.ts): the same results as one thread, in
 * the same order, whichever thread linted what; a worker that fails leaves its projects to the main
 * thread; runs that cannot cross to a worker stay in one thread.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rules as allRules } from "../rules/index.js";
import { configResolver, lintFiles, lintingThreads, lintPlan, runFileCache } from "../src/lint.js";
import type { LintOptions, PlanContext } from "../src/lint.js";
import { FileCache, planProjects } from "../src/load/project.js";
import { decodeText } from "../src/load/files.js";
import { PathProbes } from "../src/load/probes.js";
import { lintInThreads } from "../src/threads.js";
import { runCli, scratch } from "./helpers.js";

/** 70 small projects of several shapes: findings, an override pair, a YAML error, an unreadable include, a configuration. */
function manyProjects(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 70; i++) {
    const dir = `p${String(i).padStart(2, "0")}`;
    if (i % 7 === 0) files[`${dir}/compose.yaml`] = `services:\n  db${i}:\n    image: postgres:16.4\n    ports: ["${5400 + i}:5432"]\n    environment:\n      POSTGRES_PASSWORD: hunter2-${i}\n`;
    else if (i % 7 === 1) {
      files[`${dir}/compose.yaml`] = `services:\n  web:\n    image: nginx:1.27\n`;
      files[`${dir}/compose.override.yaml`] = `services:\n  web:\n    privileged: true\n    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]\n`;
    } else if (i % 7 === 2) files[`${dir}/compose.yaml`] = `services:\n  bad: [unclosed\n`;
    else if (i % 7 === 3) files[`${dir}/compose.yaml`] = `include:\n  - missing.yaml\nservices:\n  app:\n    image: alpine:3.20\n    network_mode: host\n`;
    else if (i % 7 === 4) {
      files[`${dir}/compose.yaml`] = `services:\n  cache:\n    image: redis:7\n    ports: ["6379:6379"]\n`;
      files[`${dir}/.compose-lint.yaml`] = `rules:\n  no-unbound-port: off\n`;
    } else files[`${dir}/compose.yaml`] = `x-base: &base\n  image: alpine:3.20\n  restart: \${RESTART:-always}\nservices:\n  a${i}:\n    <<: *base\n    cap_add: [SYS_ADMIN]\n`;
  }
  return scratch(files);
}

describe("--concurrency", () => {
  test("several threads give the same report, byte for byte, as one", () => {
    const dir = manyProjects();
    const one = runCli(["--format", "json", "--concurrency", "off", "."], { cwd: dir });
    const two = runCli(["--format", "json", "--concurrency", "2", "."], { cwd: dir });
    const auto = runCli(["--format", "text", "--concurrency", "auto", "."], { cwd: dir });
    const textOne = runCli(["--format", "text", "--concurrency", "1", "."], { cwd: dir });
    expect(one.status).toBe(1);
    expect(JSON.parse(one.stdout).files.length).toBeGreaterThanOrEqual(70);
    expect(two).toEqual(one);
    expect(auto).toEqual(textOne);
  });

  test("a value that is not a number of threads, auto or off is a usage error", () => {
    for (const value of ["0", "65", "two", "-1", "1.5", ""]) {
      const result = runCli([`--concurrency=${value}`, "."], { cwd: scratch({ "compose.yaml": "services: {}\n" }) });
      expect(result.status, value).toBe(2);
      expect(result.stderr).toContain("--concurrency expects a number of threads (1 to 64), \"auto\" or \"off\"");
    }
  });
});

describe("lintInThreads", () => {
  async function plansOf(dir: string) {
    const options: LintOptions = { cwd: dir, env: {}, keepProjects: false };
    const probes = new PathProbes();
    const files = Array.from({ length: 70 }, (_, i) => join(dir, `p${String(i).padStart(2, "0")}`, "compose.yaml"));
    const plans = planProjects(files, new Set(), { cwd: dir, env: {}, dotenv: true, directories: [dir], probes });
    const resolver = configResolver(options, dir, probes);
    const configs = plans.map((plan) => resolver.resolve(plan.files[0]!));
    const context = (): PlanContext => ({ options, cache: runFileCache(options, new PathProbes()), env: {}, rulesFor: new Map() });
    const sequential = [];
    const here = context();
    for (let i = 0; i < plans.length; i++) sequential.push(await lintPlan(plans[i]!, configs[i]!, here));
    return { plans, configs, context, sequential };
  }

  test("outcomes come back in plan order, equal to one thread's", async () => {
    const { plans, configs, context, sequential } = await plansOf(manyProjects());
    expect(plans.length).toBe(70);
    const stats = { fromWorkers: 0 };
    expect(await lintInThreads(plans, configs, context(), 3, undefined, stats)).toEqual(sequential);
    expect(stats.fromWorkers).toBeLessThanOrEqual(70);
    // With this thread slowed down (its reads wait), the workers certainly lint some.
    const slow = context();
    slow.cache = new FileCache(async (absolute) => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      return decodeText(readFileSync(absolute));
    });
    stats.fromWorkers = 0;
    expect(await lintInThreads(plans, configs, slow, 3, undefined, stats)).toEqual(sequential);
    expect(stats.fromWorkers).toBeGreaterThan(0);
    expect(stats.fromWorkers).toBeLessThanOrEqual(70);
  });

  test("a worker that cannot start or dies leaves its projects to this thread", async () => {
    const { plans, configs, context, sequential } = await plansOf(manyProjects());
    const broken = scratch({ "throws.mjs": 'throw new Error("no worker today");\n', "dies.mjs": 'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(7));\nparentPort.postMessage({ ready: true });\n' });
    expect(await lintInThreads(plans, configs, context(), 2, join(broken, "throws.mjs"))).toEqual(sequential);
    const stats = { fromWorkers: 0 };
    expect(await lintInThreads(plans, configs, context(), 2, join(broken, "dies.mjs"), stats)).toEqual(sequential);
    expect(stats.fromWorkers).toBe(0);
    expect(await lintInThreads(plans, configs, context(), 2, join(broken, "nothing-here.mjs"))).toEqual(sequential);
  });
});

describe("lintingThreads", () => {
  const dropped: LintOptions = { keepProjects: false };
  test("one thread unless asked, and for what cannot cross to a worker", () => {
    expect(lintingThreads({ ...dropped }, 500)).toBe(1);
    expect(lintingThreads({ ...dropped, concurrency: "off" }, 500)).toBe(1);
    expect(lintingThreads({ ...dropped, concurrency: 3 }, 500)).toBe(3);
    expect(lintingThreads({ ...dropped, concurrency: 3 }, 2)).toBe(2);
    expect(lintingThreads({ ...dropped, concurrency: 3 }, 1)).toBe(1);
    expect(lintingThreads({ ...dropped, concurrency: "auto" }, 63)).toBe(1);
    const auto = lintingThreads({ ...dropped, concurrency: "auto" }, 300);
    expect(auto).toBeGreaterThanOrEqual(1);
    expect(auto).toBeLessThanOrEqual(4);
    // Models kept for the caller, plugins' rules, given texts: one thread.
    expect(lintingThreads({ concurrency: 3 }, 500)).toBe(1);
    expect(lintingThreads({ ...dropped, concurrency: 3, ruleSet: [...allRules] }, 500)).toBe(1);
    expect(lintingThreads({ ...dropped, concurrency: 3, texts: new Map() }, 500)).toBe(1);
  });

  test("the API lints in threads when asked, with the same result", async () => {
    const dir = manyProjects();
    const one = await lintFiles(["."], { cwd: dir, env: {}, keepProjects: false });
    const three = await lintFiles(["."], { cwd: dir, env: {}, keepProjects: false, concurrency: 3 });
    expect(three).toEqual(one);
  });
});
