/* global require, process */
// Preloaded with `node --require` into a measured process (the CLI itself is not changed; CommonJS
// because it loads faster than an ES module: about 1.5 ms on `node -e 0`): at exit, writes the
// process's own peak resident set size (kilobytes) and CPU time, user + system, all threads, from
// its start (microseconds), to the file named by COMPOSE_LINT_BENCH_PROBE_FILE.
//
// The peak comes from /proc/self/status (VmHWM) where there is one: Linux carries getrusage's
// maxrss over exec from the forked parent, so a child of a bench holding 200 MB reported 200 MB
// even for `node -e 0`. VmHWM belongs to the process's own address space, made new by exec.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, for its cheaper start
const { readFileSync, writeFileSync } = require("node:fs");

const target = process.env.COMPOSE_LINT_BENCH_PROBE_FILE;
if (target) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    let peak = maxRSS;
    try {
      const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
      if (hwm) peak = Number(hwm[1]);
    } catch {
      // not Linux: getrusage's figure
    }
    writeFileSync(target, JSON.stringify({ maxRSS: peak, cpuMicros: userCPUTime + systemCPUTime }));
  });
}
