// Figures for start-up and throughput; run after `npm run build`. Not a test: it prints numbers.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = join(import.meta.dirname, "..", "bin", "compose-lint.js");
const dir = mkdtempSync(join(tmpdir(), "compose-lint-bench-"));
const small = join(dir, "compose.yaml");
writeFileSync(small, 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n  web:\n    image: nginx:1.27\n    ports: ["127.0.0.1:8080:80"]\n');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCli(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - start);
    if (run.status === null || run.status > 1) throw new Error(`bench: ${args.join(" ")} failed: ${run.stderr}`);
  }
  return median(times);
}

const node = (() => {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ["-e", ""]);
    times.push(performance.now() - start);
  }
  return median(times);
})();

console.log(`node itself (node -e ""):            ${node.toFixed(1)} ms (median of 10)`);
console.log(`compose-lint --version:              ${timeCli(["--version"], 15).toFixed(1)} ms`);
console.log(`compose-lint one small file (text):  ${timeCli([small], 15).toFixed(1)} ms`);
console.log(`compose-lint one small file (sarif): ${timeCli(["-f", "sarif", small], 15).toFixed(1)} ms`);

const services = Array.from({ length: 2000 }, (_, i) =>
  `  s${i}:\n    image: postgres:16\n    ports: ["${10000 + i}:5432"]\n    volumes: ["/var/run/docker.sock:/var/run/docker.sock", "data${i}:/data"]\n    environment:\n      POSTGRES_PASSWORD: \${PW${i}}\n`,
).join("");
const large = join(dir, "large", "compose.yaml");
spawnSync("mkdir", ["-p", join(dir, "large")]);
writeFileSync(large, `services:\n${services}`);
console.log(`compose-lint 2000 services (json):   ${timeCli(["-f", "json", "--strict", large], 5).toFixed(1)} ms (${(services.length / 1024).toFixed(0)} KiB)`);

// Project mode: the same project with an override that touches every service, so merging is on
// the path; the difference from the file alone is what merging (and reading the second file) costs.
const alone = timeCli(["-f", "json", "--strict", large], 5);
const overrides = Array.from({ length: 2000 }, (_, i) => `  s${i}:\n    ports: ["127.0.0.1:${30000 + i}:80"]\n    environment:\n      EXTRA: "x"\n`).join("");
const override = join(dir, "large", "compose.override.yaml");
writeFileSync(override, `services:\n${overrides}`);
const merged = timeCli(["-f", "json", "--strict", large], 5);
console.log(`compose-lint 2000 services + override: ${merged.toFixed(1)} ms (file alone ${alone.toFixed(1)} ms; the override doubles the input)`);

// Hostile shapes (issue 7): each must stay roughly linear in the size of the file.
function timeFile(label, name, text, args = [], runs = 3) {
  const target = join(dir, name, "compose.yaml");
  spawnSync("mkdir", ["-p", join(dir, name)]);
  writeFileSync(target, text);
  const size = text.length >= 1e6 ? `${(text.length / 1e6).toFixed(1)} MB` : `${(text.length / 1024).toFixed(0)} KiB`;
  console.log(`${label.padEnd(37)}${timeCli(["-f", "json", ...args, target], runs).toFixed(1)} ms (${size})`);
}

const merges = Array.from({ length: 4000 }, (_, i) => `  s${i}:\n    <<: *b\n`).join("");
timeFile("compose-lint 4,000 << merges:", "merges", `x-base: &b\n  image: nginx:1.27\n  restart: always\nservices:\n${merges}`);
const flat = (n) => `services:\n${Array.from({ length: n }, (_, i) => `  s${i}: {image: "nginx:1.27"}\n`).join("")}`;
timeFile("compose-lint 20,000 services:", "services-20k", flat(20000), [], 1);
timeFile("compose-lint 100,000 services:", "services-100k", flat(100000), ["--max-file-size", "50MB"], 1);
const deep = `${"${A:-".repeat(2500)}x${"}".repeat(2500)}`;
timeFile("compose-lint ${} nested 2,500 deep:", "deep", `services:\n  web:\n    image: "${deep}"\n`);
const padding = `# ${"x".repeat(78)}\n`;
const fifty = `services:\n  web:\n    image: nginx:1.27\n${padding.repeat(Math.ceil(50e6 / padding.length))}`;
timeFile("compose-lint 50 MB (over the limit):", "fifty", fifty, [], 3);
const five = `services:\n  web:\n    image: nginx:1.27\n${padding.repeat(Math.ceil(5e6 / padding.length))}`;
timeFile("compose-lint 5 MB of comments:", "five", five, [], 1);
