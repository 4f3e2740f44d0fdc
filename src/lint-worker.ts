/**
 * A worker thread of a run that lints in several threads (src/threads.ts): it gets the run's
 * settings once, then batches of planned projects with their configurations, and answers with each
 * project's outcome. It keeps its own file cache and path probes for the run.
 */
import { parentPort, workerData } from "node:worker_threads";
import { lintPlan, runFileCache } from "./lint.js";
import type { PlanContext } from "./lint.js";
import { PathProbes } from "./load/probes.js";
import type { WorkerAnswer, WorkerBatch, WorkerSetup } from "./threads.js";

const setup = workerData as WorkerSetup;
const context: PlanContext = { options: setup.options, cache: runFileCache(setup.options, new PathProbes()), env: setup.env, shell: setup.env, rulesFor: new Map() };
const port = parentPort!;

port.on("message", (message: WorkerBatch) => {
  void (async () => {
    const done: Extract<WorkerAnswer, { done: unknown }>["done"] = [];
    for (const { index, plan, config } of message.batch) done.push({ index, outcome: await lintPlan(plan, config, context) });
    port.postMessage({ done } satisfies WorkerAnswer);
  })();
});
port.postMessage({ ready: true } satisfies WorkerAnswer);
