/**
 * Linting a run's projects in several threads (`--concurrency`): this thread and worker threads
 * (lib/lint-worker.mjs) take projects from one queue, a few at a time, so a worker still starting
 * costs nothing and a slow project holds up no other. Each worker gets the run's settings and
 * environment once, then batches of plans with their resolved configurations, and answers with
 * each project's outcome as plain data; the outcomes are put back in plan order, so a run's output
 * does not depend on which thread linted what. A worker that fails or exits leaves its batch to
 * this thread, which lints it as it would have without workers.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { EffectiveConfig } from "./config/resolve.js";
import { lintPlan } from "./lint.js";
import type { LintOptions, PlanContext, PlanOutcome } from "./lint.js";
import type { PlannedProject } from "./load/project.js";
import { packageRoot } from "./meta.js";

/** Projects a worker is given at a time: small enough that no thread waits long for the last ones. */
const BATCH = 4;

/** What a worker receives when it starts. */
export interface WorkerSetup {
  /** The options a project's linting reads, as data (see `workerOptions`). */
  options: LintOptions;
  env: Record<string, string | undefined>;
}

/** A batch for a worker: plan indexes with the plans and their configurations. */
export interface WorkerBatch {
  batch: { index: number; plan: PlannedProject; config: EffectiveConfig }[];
}

/** What a worker answers: `ready` once started, then the outcomes of each batch. */
export type WorkerAnswer = { ready: true } | { done: { index: number; outcome: PlanOutcome }[] };

/** The options a worker needs, without what cannot cross to it (the caller checked there is none: rule sets, texts). */
function workerOptions(options: LintOptions): LintOptions {
  const { cwd, strict, rules, ruleOptions, noInlineConfig, requireReason, suppress, maxFileSize, dotenv, allowOutsideProject, fixes, keepProjects } = options;
  const picked: LintOptions = { cwd: cwd ?? process.cwd(), strict, rules, ruleOptions, noInlineConfig, requireReason, suppress, maxFileSize, dotenv, allowOutsideProject, fixes, keepProjects };
  for (const key of Object.keys(picked) as (keyof LintOptions)[]) if (picked[key] === undefined) delete picked[key];
  return picked;
}

interface Helper {
  worker: Worker;
  /** The plan indexes it was given and has not answered. */
  pending: number[];
  closed: boolean;
}

/** How many projects the workers linted (what tests and the bench look at). */
export interface ThreadStats {
  fromWorkers: number;
}

export async function lintInThreads(
  plans: readonly PlannedProject[],
  configs: readonly EffectiveConfig[],
  context: PlanContext,
  threads: number,
  workerFile = join(packageRoot, "lib", "lint-worker.mjs"),
  stats: ThreadStats = { fromWorkers: 0 },
): Promise<PlanOutcome[]> {
  const outcomes: (PlanOutcome | undefined)[] = new Array<PlanOutcome | undefined>(plans.length);
  let next = 0;
  const take = (count: number): number[] => {
    const taken: number[] = [];
    while (taken.length < count && next < plans.length) taken.push(next++);
    return taken;
  };
  context.shell ??= { ...context.env };
  const setup: WorkerSetup = { options: workerOptions(context.options), env: context.shell };
  const helpers: Helper[] = [];
  const finished: Promise<void>[] = [];
  for (let i = 1; i < threads; i++) {
    let worker: Worker;
    try {
      // Its own standard output and error: nothing it might print reaches the report.
      worker = new Worker(workerFile, { workerData: setup, stdout: true, stderr: true });
    } catch {
      break; // no worker: this thread lints everything
    }
    const helper: Helper = { worker, pending: [], closed: false };
    helpers.push(helper);
    finished.push(
      new Promise<void>((resolve) => {
        const close = () => {
          if (helper.closed) return;
          helper.closed = true;
          helper.pending = [];
          void worker.terminate();
          resolve();
        };
        const send = () => {
          helper.pending = take(BATCH);
          if (helper.pending.length === 0) return close();
          const message: WorkerBatch = { batch: helper.pending.map((index) => ({ index, plan: plans[index]!, config: configs[index]! })) };
          worker.postMessage(message);
        };
        worker.on("message", (answer: WorkerAnswer) => {
          if ("done" in answer) {
            for (const { index, outcome } of answer.done) outcomes[index] = outcome;
            stats.fromWorkers += answer.done.length;
          }
          send();
        });
        worker.on("error", close);
        worker.on("exit", close);
        worker.on("messageerror", close);
        worker.stdout.resume();
        worker.stderr.resume();
      }),
    );
  }
  for (;;) {
    const [index] = take(1);
    if (index === undefined) break;
    outcomes[index] = await lintPlan(plans[index]!, configs[index]!, context);
    // Lets the workers' messages in: each asks for its next batch.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // The queue is empty: a worker without a batch (still starting, say) is not waited for.
  for (const helper of helpers) {
    if (helper.pending.length === 0 && !helper.closed) {
      helper.closed = true;
      void helper.worker.terminate();
    }
  }
  await Promise.all(finished.map((done, i) => (helpers[i]!.closed ? Promise.resolve() : done)));
  // What a failed worker left undone is linted here, as it would have been without workers.
  const all: PlanOutcome[] = [];
  for (let index = 0; index < plans.length; index++) all.push(outcomes[index] ?? (await lintPlan(plans[index]!, configs[index]!, context)));
  return all;
}
