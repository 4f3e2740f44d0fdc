/**
 * Issue 7, sections 4 and 5: where the CLI writes. Report files are never written through a
 * symbolic link; an empty or unwritable target is a usage error (exit 2), not an internal one; a
 * reader that closes the pipe early ends the run quietly.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot, runCli, scratch } from "./helpers.js";

const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n';

describe("report files", () => {
  test.each([
    ["-o", ["-f", "sarif", "-o", "compose-lint.sarif"]],
    ["--format x=FILE", ["-f", "text", "-f", "sarif=compose-lint.sarif"]],
  ])("%s: a committed link is refused with exit 2, naming it; its target is untouched", (_how, args) => {
    const dir = scratch({ "compose.yaml": COMPOSE, "victim.txt": "keep me\n" });
    symlinkSync(join(dir, "victim.txt"), join(dir, "compose-lint.sarif"));
    const run = runCli([...args, "."], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('output file "compose-lint.sarif" is a symbolic link');
    expect(readFileSync(join(dir, "victim.txt"), "utf8")).toBe("keep me\n");
  });

  test("a dangling link (to a file that does not exist yet) is refused too", () => {
    const dir = scratch({ "compose.yaml": COMPOSE });
    symlinkSync(join(dir, "created-by-us"), join(dir, "out.json"));
    const run = runCli(["-f", "json", "-o", "out.json", "."], { cwd: dir });
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, "created-by-us"))).toBe(false);
  });

  test("a linked directory on the way is refused", () => {
    const dir = scratch({ "compose.yaml": COMPOSE });
    const elsewhere = scratch({});
    symlinkSync(elsewhere, join(dir, "reports"));
    const run = runCli(["-f", "sarif=reports/out.sarif", "."], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"reports" is a symbolic link');
    expect(existsSync(join(elsewhere, "out.sarif"))).toBe(false);
  });

  test.each([
    ["an empty --format sarif=", ["-f", "sarif="], "--format sarif= needs a file name"],
    ["an empty -o", ["-f", "json", "-o", ""], "--output-file needs a file name"],
    ["a directory as -o", ["-f", "json", "-o", "adir"], 'output file "adir" exists and is not a regular file'],
    ["an unwritable -o", ["-f", "json", "-o", "locked/out.json"], 'cannot write output file "locked/out.json"'],
  ])("%s is a usage error (exit 2) with one line, no stack trace", (_what, args, message) => {
    const dir = scratch({ "compose.yaml": COMPOSE });
    mkdirSync(join(dir, "adir"));
    mkdirSync(join(dir, "locked"));
    chmodSync(join(dir, "locked"), 0o500);
    const run = runCli([...args, "."], { cwd: dir });
    chmodSync(join(dir, "locked"), 0o700);
    // Root ignores directory permissions: the unwritable case then writes, which is fine there.
    if (message.startsWith("cannot write") && process.getuid?.() === 0) return;
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("a closed pipe", () => {
  test("`compose-lint . | head -1` ends quietly: no stack trace, no internal error", async () => {
    const services = Array.from({ length: 2000 }, (_, i) => `  s${i}:\n    image: postgres:16\n    ports: ["${10000 + i}:5432"]\n`).join("");
    const dir = scratch({ "compose.yaml": `services:\n${services}` });
    const child = spawn(process.execPath, [join(repoRoot, "bin", "compose-lint.js"), "."], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TMPDIR: scratch({}) } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first line, then close our end, as `head -1` does.
    await new Promise<void>((done) => {
      child.stdout.once("data", () => {
        child.stdout.destroy();
        done();
      });
    });
    const code = await new Promise<number | null>((done) => child.on("close", (status) => done(status)));
    expect(stderr).toBe("");
    expect(code).not.toBe(3);
  });
});

// src/stdio.ts writes to a pipe, a socket or a file itself, and to anything else through Node.js's stream.
describe("standard output on each kind of descriptor", () => {
  const bin = join(repoRoot, "bin", "compose-lint.js");
  const withStdout = (dir: string, stdout: number | "pipe") =>
    spawnSync(process.execPath, [bin, "."], { cwd: dir, stdio: ["ignore", stdout, "pipe"], encoding: "utf8", env: { PATH: process.env.PATH ?? "", TMPDIR: scratch({}) } });

  test("a file receives what a pipe does, whole", () => {
    const services = Array.from({ length: 300 }, (_, i) => `  s${i}:\n    image: postgres:16\n    ports: ["${10000 + i}:5432"]\n`).join("");
    const dir = scratch({ "compose.yaml": `services:\n${services}` });
    const piped = withStdout(dir, "pipe");
    const fd = openSync(join(dir, "out.txt"), "w");
    const filed = withStdout(dir, fd);
    closeSync(fd);
    expect([piped.status, filed.status, filed.stderr]).toEqual([1, 1, ""]);
    expect(piped.stdout.length).toBeGreaterThan(100_000);
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe(piped.stdout);
  });

  // A Node.js parent makes its children's standard streams blocking; another one (a CI runner, a
  // hook manager) may hand over a non-blocking pipe, which a full pipe then refuses (EAGAIN).
  const python = spawnSync("python3", ["-c", "pass"]).status === 0;
  test.skipIf(!python)("a non-blocking pipe its reader drains late still gets the whole output", async () => {
    const services = Array.from({ length: 2000 }, (_, i) => `  s${i}:\n    image: postgres:16\n    ports: ["${10000 + i}:5432"]\n`).join("");
    const dir = scratch({ "compose.yaml": `services:\n${services}` });
    const args = [bin, "-f", "json", "."];
    const env = { PATH: process.env.PATH ?? "", TMPDIR: scratch({}) };
    const expected = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28, env }).stdout;
    expect(expected.length).toBeGreaterThan(200_000);
    const exec = "import os, sys; os.set_blocking(1, False); os.execv(sys.argv[1], sys.argv[1:])";
    const child = spawn("python3", ["-c", exec, process.execPath, ...args], { cwd: dir, env, stdio: ["ignore", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stdout.pause();
    const closed = new Promise<number | null>((done) => child.on("close", (status) => done(status)));
    await new Promise((done) => setTimeout(done, 1500));
    child.stdout.resume();
    const late = new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`the output never ended (${Buffer.concat(chunks).length} bytes read)`)), 20_000));
    expect(await Promise.race([closed, late])).toBe(1);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
  });

  test("a descriptor that cannot be written ends the run with exit 3, not a stack trace", () => {
    const dir = scratch({ "compose.yaml": COMPOSE });
    const fd = openSync(join(dir, "compose.yaml"), "r");
    const run = withStdout(dir, fd);
    closeSync(fd);
    expect(run.status).toBe(3);
    expect(run.stderr).not.toMatch(/at .*\.(?:js|cjs|mjs):\d+/);
  });

  test.skipIf(!existsSync("/dev/full"))("a full device (written through the stream) ends the run with exit 3", () => {
    const dir = scratch({ "compose.yaml": COMPOSE });
    const fd = openSync("/dev/full", "w");
    const run = withStdout(dir, fd);
    closeSync(fd);
    expect(run.status).toBe(3);
    expect(run.stderr).not.toMatch(/at .*\.(?:js|cjs|mjs):\d+/);
  });
});

describe("the issue's reproducers through the CLI", () => {
  test("an environment value interpolated into a device path is never printed, in any format", () => {
    const dir = scratch({ "compose.yaml": 'services:\n  app:\n    image: nginx:1.27\n    devices: ["/dev/sda${AWS_SECRET_ACCESS_KEY}:/dev/x"]\n' });
    const key = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY";
    for (const format of ["text", "json", "sarif", "github", "junit", "gitlab", "checkstyle", "markdown"]) {
      const run = runCli(["--format", format, "."], { cwd: dir, env: { AWS_SECRET_ACCESS_KEY: key } });
      expect(run.status, format).toBe(1);
      expect(run.stdout, format).not.toContain(key);
      // Markdown escapes its punctuation: `$\{AWS\_SECRET\_ACCESS\_KEY\}`.
      expect(run.stdout, format).toContain(format === "markdown" ? "AWS\\_SECRET\\_ACCESS\\_KEY" : "${AWS_SECRET_ACCESS_KEY}");
    }
  });

  test("a 199 KB one-line file: a bounded report, not 'Invalid string length' (exit 1, not 3)", () => {
    const ports = Array.from({ length: 1_500 }, (_, i) => `"${20_000 + i}:80"`).join(", ");
    const line = `services: {web: {image: nginx:1.27, ports: [${ports}]}} # ${"y".repeat(199_000 - ports.length)}`;
    const run = runCli(["compose.yaml"], { cwd: scratch({ "compose.yaml": `${line}\n` }) });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeLessThan(1_500 * 700);
  });
});

describe("project mode (--file)", () => {
  test("an environment value interpolated into an override file is never printed, in any format", () => {
    const dir = scratch({
      "compose.yaml": "services:\n  app:\n    image: nginx:1.27\n",
      "compose.override.yaml": 'services:\n  app:\n    devices: ["/dev/sda${AWS_SECRET_ACCESS_KEY}:/dev/x"]\n',
    });
    const key = "wJalrXUtnFEMI-K7MDENG-bPxRfiPROJECTKEY";
    for (const format of ["text", "json", "sarif", "github", "markdown"]) {
      const run = runCli(["--format", format, "--file", "compose.yaml", "--file", "compose.override.yaml"], { cwd: dir, env: { AWS_SECRET_ACCESS_KEY: key } });
      expect(run.stderr, format).toBe("");
      expect(run.status, format).toBe(1);
      expect(run.stdout, format).not.toContain(key);
    }
  });
});
