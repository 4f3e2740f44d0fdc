/* global require, process */
// Preloaded with `node --require` into a measured process (the CLI itself is not changed; CommonJS
// because it loads faster than an ES module: about 1.5 ms on `node -e 0`): at exit, writes the
// process's own peak resident set size (kilobytes) and CPU time, user + system, all threads, from
// its start (microseconds), to the file named by COMPOSE_LINT_BENCH_PROBE_FILE.
"use strict";

const target = process.env.COMPOSE_LINT_BENCH_PROBE_FILE;
if (target) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, for its cheaper start
    require("node:fs").writeFileSync(target, JSON.stringify({ maxRSS, cpuMicros: userCPUTime + systemCPUTime }));
  });
}
