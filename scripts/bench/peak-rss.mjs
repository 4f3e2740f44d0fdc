// Preloaded with `node --import` into a measured process (the CLI itself is not changed): at exit,
// writes the process's own peak resident set size, in kilobytes, to the file named by
// COMPOSE_LINT_BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const target = process.env.COMPOSE_LINT_BENCH_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
