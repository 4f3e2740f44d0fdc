// The cases of `npm run bench`: issue 13's table (each with its budget), then the informational
// figures earlier versions of the bench printed (start-up paths, project merging, hostile shapes).
// Each case writes its own inputs under the run's temporary folder and returns one or more rows.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hugeFile, writeManyFiles, writeProject } from "./generate.mjs";
import { command, paired, repeated } from "./measure.mjs";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "compose-lint.js");
const yamlFloor = join(import.meta.dirname, "yaml-floor.mjs");

const SMALL = 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n  web:\n    image: nginx:1.27\n    ports: ["127.0.0.1:8080:80"]\n';
/** A linter run exits 0 (clean) or 1 (findings); anything else is a failure of the bench. */
const LINTED = [0, 1];

function write(dir, name, text) {
  mkdirSync(join(dir, name, ".."), { recursive: true });
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

function size(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KiB`;
}

/** Our CLI as a user runs it (default text output unless `args` say otherwise). */
function lint(ctx, label, args, options = {}) {
  return command(label, [bin, ...args], { cwd: ctx.dir, okStatus: LINTED, ...options });
}

const nodeItself = (ctx, options = {}) => command("node -e 0", ["-e", "0"], { cwd: ctx.dir, ...options });

/** The 300 (or 30) generated files, written once per run. */
function manyFiles(ctx, count) {
  const name = `many-${count}`;
  ctx.inputs[name] ??= writeManyFiles(join(ctx.dir, name), count);
  return { name, ...ctx.inputs[name] };
}

function smallFile(ctx) {
  const name = join("small", "compose.yaml");
  if (!existsSync(join(ctx.dir, name))) write(ctx.dir, name, SMALL);
  return name;
}

function pairedRow(name, title, result, referenceLabel, extra = {}) {
  return {
    name,
    title,
    ms: result.measured.median,
    cpuMs: result.measured.cpuMs,
    rssMB: result.measured.rssMB,
    reference: { label: referenceLabel, ms: result.baseline.median, cpuMs: result.baseline.cpuMs, rssMB: result.baseline.rssMB },
    ratio: result.ratio,
    ratioSpread: result.ratioSpread,
    cpuRatio: result.cpuRatio,
    runs: result.runs,
    ...extra,
  };
}

function repeatedRow(name, title, result, extra = {}) {
  return { name, title, ms: result.median, spread: result.spread, cpuMs: result.cpuMs, rssMB: result.rssMB, runs: result.runs, ...extra };
}

const slowRuns = (ctx) => Math.max(3, Math.ceil(ctx.runs / 4));

export const CASES = [
  {
    name: "startup",
    budgeted: true,
    run(ctx) {
      const file = smallFile(ctx);
      const result = paired(lint(ctx, "one small file", [file], { expect: /checked/ }), nodeItself(ctx), ctx.runs * 3);
      return [pairedRow("startup", "one small file, whole process", result, "node -e 0", { budget: { text: "ratio ≤ 1.4", pass: result.ratio <= 1.4 } })];
    },
  },
  {
    name: "throughput",
    budgeted: true,
    run(ctx) {
      const many = manyFiles(ctx, 300);
      const ours = lint(ctx, "300 files", [many.name], { expect: /\b300 files checked/, probe: true });
      const floor = command("yaml floor", [yamlFloor, many.name], { cwd: ctx.dir, expect: /^300 files/, probe: true });
      const result = paired(ours, floor, ctx.runs);
      const rows = [
        pairedRow("throughput", "300 files, one process", result, "yaml parse only", {
          budget: { text: "ratio ≤ 1.25", pass: result.ratio <= 1.25 },
          about: [
            `300 generated files (${size(many.bytes)}, ${many.lines.toLocaleString("en-US")} lines, ${Math.round(many.lines / 300)} a file, 5 services each: anchors and << merges, \${VAR:-default}, long and short syntax, healthchecks, deploy limits, networks, secrets, and findings in most files)`,
            "reference: scripts/bench/yaml-floor.mjs finds the files with compose-lint's own discovery walk, reads each and runs yaml's parseDocument + LineCounter (the `yaml` of node_modules), nothing else",
          ],
        }),
      ];
      const few = manyFiles(ctx, 30);
      const small = repeated(lint(ctx, "30 files", [few.name], { expect: /\b30 files checked/, probe: true }), 3);
      rows.push(
        repeatedRow("throughput-30", "30 files of the same kind, one process", small, {
          notes: [`peak RSS for 300 files ${result.measured.rssMB.toFixed(0)} MB, for 30 files ${small.rssMB.toFixed(0)} MB: x${(result.measured.rssMB / small.rssMB).toFixed(2)} for 10x the files (it should grow with the largest file, not with the number of files)`],
        }),
      );
      return rows;
    },
  },
  {
    name: "project",
    budgeted: true,
    run(ctx) {
      const count = writeProject(join(ctx.dir, "project"));
      const result = paired(lint(ctx, "project", ["project"], { expect: /checked/, probe: true }), nodeItself(ctx, { probe: true }), ctx.runs * 2);
      return [
        pairedRow("project", `a ${count}-file project directory`, result, "node -e 0", {
          budget: { text: "≤ 0.25 s", pass: result.measured.median <= 250 },
          about: [
            `the project (scripts/bench/generate.mjs): compose.yaml + compose.override.yaml, 3 files pulled in by include (one with its env_file), services extending services of 2 other files, .env files, env_file files, a .compose-lint.yaml, a second stack (docker-compose.prod.yml), a separate monitoring/compose.yaml and the files they name; ${count} files in subfolders`,
            "the Python peer (tmatens/compose-lint) took 0.33 s on such a project (issue 13); it is not run here: only the npm registry and Debian's archive are reachable from this machine, not PyPI",
          ],
        }),
      ];
    },
  },
  {
    name: "huge",
    budgeted: true,
    run(ctx) {
      const text = hugeFile(20_000);
      write(ctx.dir, join("huge", "compose.yaml"), text);
      const ours = lint(ctx, "5 MB file", [join("huge", "compose.yaml")], { expect: /checked/, probe: true });
      // The same reference as the throughput case, on this one file: what reading it with yaml costs.
      const floor = command("yaml floor", [yamlFloor, "huge"], { cwd: ctx.dir, expect: /^1 files/, probe: true });
      const result = paired(ours, floor, slowRuns(ctx));
      return [
        pairedRow("huge", `one ${size(text.length)} file, 20,000 services`, result, "yaml parse only", {
          budget: { text: "< 2 s", pass: result.measured.median < 2000 },
          about: ["reference: scripts/bench/yaml-floor.mjs on this file (yaml's parseDocument + LineCounter), as in the throughput case: the budget is absolute, the ratio says how much of the time is yaml's"],
        }),
      ];
    },
  },
  {
    name: "peers",
    budgeted: true,
    run(ctx) {
      const title = "DCLint 3.1 on the 300 files, times slower than compose-lint";
      if (!ctx.peers) return [{ name: "peers", title, skipped: "run with --peers (installs dclint from npm into a temporary folder)", budget: { text: "≥ 20x", pass: true } }];
      const prefix = join(ctx.dir, "peers");
      ctx.log("installing dclint@3.1 from the npm registry (npm install --prefix)...");
      const install = spawnSync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", "dclint@3.1"], { encoding: "utf8", shell: process.platform === "win32" });
      if (install.status !== 0) throw new Error(`npm install dclint@3.1 failed: ${(install.stderr || install.stdout || String(install.error)).trim().split("\n").slice(0, 5).join(" | ")}`);
      const version = JSON.parse(readFileSync(join(prefix, "node_modules", "dclint", "package.json"), "utf8")).version;
      const many = manyFiles(ctx, 300);
      // -r searches the directory; without --fix it only lints. A JSON report (cheaper for it than its
      // default "stylish" text, so the comparison favours it) lets the bench check it read all 300
      // files; written with -o, as it exits before a piped standard output is flushed.
      const report = join(ctx.dir, "dclint.json");
      const dclint = command("dclint", [join(prefix, "node_modules", "dclint", "bin", "dclint.cjs"), "-r", "-f", "json", "-o", report, many.name], {
        cwd: ctx.dir,
        okStatus: LINTED,
        probe: true,
        expect: Object.assign(() => JSON.parse(readFileSync(report, "utf8")).length === 300, { description: "a JSON report of 300 files" }),
      });
      const ours = lint(ctx, "300 files", [many.name], { expect: /\b300 files checked/, probe: true });
      // No warm-up for DCLint (npm has just written its files, so they are in the page cache): a run of it
      // takes as long as 20 of ours. Each of its runs is bracketed by two of ours.
      const result = paired(dclint, ours, slowRuns(ctx), { warmup: false, bracket: true });
      return [
        {
          name: "peers",
          title: `DCLint ${version} on the 300 files, times slower than compose-lint`,
          ms: result.baseline.median,
          cpuMs: result.baseline.cpuMs,
          rssMB: result.baseline.rssMB,
          reference: { label: `dclint ${version}`, ms: result.measured.median, cpuMs: result.measured.cpuMs, rssMB: result.measured.rssMB },
          ratio: result.ratio,
          ratioSpread: result.ratioSpread,
          cpuRatio: result.cpuRatio,
          runs: result.runs,
          ratioMeaning: "dclint / compose-lint",
          budget: { text: "≥ 20x", pass: result.ratio >= 20 },
        },
      ];
    },
  },
  {
    name: "version",
    run(ctx) {
      return [pairedRow("version", "--version", paired(lint(ctx, "--version", ["--version"], { okStatus: [0] }), nodeItself(ctx), ctx.runs * 2), "node -e 0")];
    },
  },
  {
    name: "sarif",
    run(ctx) {
      const file = smallFile(ctx);
      return [pairedRow("sarif", "one small file, SARIF output", paired(lint(ctx, "sarif", ["-f", "sarif", file], { expect: /"version": ?"2\.1\.0"/ }), nodeItself(ctx), ctx.runs * 2), "node -e 0")];
    },
  },
  {
    name: "override",
    run(ctx) {
      // The same 2,000 services alone, then with an override touching each: the difference is what
      // reading the second file and merging cost.
      const services = Array.from({ length: 2000 }, (_, i) => `  s${i}:\n    image: postgres:16\n    ports: ["${10000 + i}:5432"]\n    volumes: ["/var/run/docker.sock:/var/run/docker.sock", "data${i}:/data"]\n    environment:\n      POSTGRES_PASSWORD: \${PW${i}}\n`).join("");
      const overrides = Array.from({ length: 2000 }, (_, i) => `  s${i}:\n    ports: ["127.0.0.1:${30000 + i}:80"]\n    environment:\n      EXTRA: "x"\n`).join("");
      write(ctx.dir, join("alone", "compose.yaml"), `services:\n${services}`);
      write(ctx.dir, join("merged", "compose.yaml"), `services:\n${services}`);
      write(ctx.dir, join("merged", "compose.override.yaml"), `services:\n${overrides}`);
      const alone = repeated(lint(ctx, "2,000 services", ["-f", "json", "--strict", "alone"], { probe: true }), slowRuns(ctx));
      const merged = repeated(lint(ctx, "2,000 services + override", ["-f", "json", "--strict", "merged"], { probe: true }), slowRuns(ctx));
      return [
        repeatedRow("override-alone", `2,000 services (${size(services.length)}), JSON, --strict`, alone),
        repeatedRow("override", "the same + an override touching each service", merged),
      ];
    },
  },
  {
    name: "hostile",
    run(ctx) {
      // Shapes that were quadratic or worse before issue 7: each must stay roughly linear.
      const rows = [];
      const shape = (name, title, text, args, runs) => {
        write(ctx.dir, join(name, "compose.yaml"), text);
        const result = repeated(lint(ctx, title, ["-f", "json", ...args, join(name, "compose.yaml")], { probe: true }), runs, { warmup: runs > 1 });
        const row = repeatedRow(name, `${title} (${size(text.length)})`, result);
        rows.push(row);
        return row;
      };
      shape("merges-4000", "4,000 << merges of one anchor", `x-base: &b\n  image: nginx:1.27\n  restart: always\nservices:\n${Array.from({ length: 4000 }, (_, i) => `  s${i}:\n    <<: *b\n`).join("")}`, [], 3);
      const flat = (n) => `services:\n${Array.from({ length: n }, (_, i) => `  s${i}: {image: "nginx:1.27"}\n`).join("")}`;
      const twenty = shape("services-20k", "20,000 one-line services", flat(20_000), [], 1);
      const hundred = shape("services-100k", "100,000 one-line services", flat(100_000), ["--max-file-size", "50MB"], 1);
      // Linear is 5x; quadratic would be 25x. Generous, as these are single runs on a shared machine.
      hundred.budget = { text: "≤ 10x the 20,000 (linear: 5x)", pass: hundred.ms <= 10 * twenty.ms };
      hundred.notes = [`100,000 / 20,000 services: x${(hundred.ms / twenty.ms).toFixed(1)}`];
      const deep = `${"${A:-".repeat(2500)}x${"}".repeat(2500)}`;
      shape("nested", "${} nested 2,500 deep", `services:\n  web:\n    image: "${deep}"\n`, [], 3);
      const padding = `# ${"x".repeat(78)}\n`;
      shape("fifty-mb", "a file over --max-file-size", `services:\n  web:\n    image: nginx:1.27\n${padding.repeat(Math.ceil(50e6 / padding.length))}`, [], 3);
      shape("comments-5mb", "a file of comments", `services:\n  web:\n    image: nginx:1.27\n${padding.repeat(Math.ceil(5e6 / padding.length))}`, [], 1);
      return rows;
    },
  },
];
