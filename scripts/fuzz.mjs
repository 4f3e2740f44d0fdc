// The property-based suites (test/fuzz.test.ts, test/cst.test.ts, test/scan.test.ts, test/dotenv.test.ts) with a random seed and many more cases than `npm test`
// runs. Usage: npm run fuzz [-- RUNS [SEED]]. A failure prints fast-check's seed and path; rerun it
// with `FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx vitest run test/fuzz.test.ts`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const runs = process.argv[2] ?? "3000";
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: seed ${seed}, ${runs} runs per property`);
const vitest = join(import.meta.dirname, "..", "node_modules", "vitest", "vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "test/fuzz.test.ts", "test/cst.test.ts", "test/scan.test.ts", "test/dotenv.test.ts"], {
  cwd: join(import.meta.dirname, ".."),
  stdio: "inherit",
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
if (run.status !== 0) console.log(`fuzz: FAILED with seed ${seed} (${runs} runs); the counterexample and its path are above`);
process.exitCode = run.status ?? 1;
