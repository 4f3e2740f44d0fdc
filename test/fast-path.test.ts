/**
 * The command line's fast path on Node.js without module.enableCompileCache (before 22.1):
 * bin/compose-lint.js compiles lib/cli-fast.cjs with a V8 code cache kept in
 * TMPDIR/compose-lint-<uid>/. Each test runs with its own TMPDIR (a scratch folder).
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import module from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli, scratch } from "./helpers.js";
import { initialize, startServer } from "./lsp-client.js";

const COMPOSE = ["services:", "  web:", "    image: nginx:1.25", "    ports:", '      - "8080:80"', "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock", ""].join("\n");

const fastPath = typeof process.getuid === "function" && typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== "function";
const cacheFolder = (tmp: string) => join(tmp, `compose-lint-${process.getuid!()}`);
const cacheFiles = (tmp: string) => readdirSync(cacheFolder(tmp)).filter((name) => name.endsWith(".cache"));

function project(): { dir: string; tmp: string } {
  return { dir: scratch({ "compose.yaml": COMPOSE }), tmp: scratch({}) };
}

describe.skipIf(!fastPath)("the fast path's code cache", () => {
  test("is written by the first run and used by the second, with the output of lib/cli.mjs", () => {
    const { dir, tmp } = project();
    const esm = runCli(["compose.yaml", "-f", "json"], { cwd: dir, env: { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: "1" } });
    expect(esm.status).toBe(1);
    expect(readdirSync(tmp), "NODE_DISABLE_COMPILE_CACHE writes nothing").toEqual([]);
    // A run that does not lint compiles little of the linter: it leaves the cache to the next lint.
    expect(runCli(["--version"], { cwd: dir, env: { TMPDIR: tmp } }).status).toBe(0);
    expect(cacheFiles(tmp)).toEqual([]);

    const first = runCli(["compose.yaml", "-f", "json"], { cwd: dir, env: { TMPDIR: tmp } });
    expect(first).toEqual(esm);
    expect(statSync(cacheFolder(tmp)).mode & 0o777).toBe(0o700);
    const [name, ...others] = cacheFiles(tmp);
    expect(others).toEqual([]);
    const file = join(cacheFolder(tmp), name!);
    const written = statSync(file);
    expect(written.mode & 0o777).toBe(0o600);
    expect(written.size).toBeGreaterThan(10_000);

    // Accepted, so not written again (a rejected or unread cache is replaced by a new file).
    const second = runCli(["compose.yaml", "-f", "json"], { cwd: dir, env: { TMPDIR: tmp } });
    expect(second).toEqual(esm);
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
    expect(readdirSync(cacheFolder(tmp))).toEqual([name]);
  });

  test("runs on named files and runs on a directory keep a cache each", () => {
    const { dir, tmp } = project();
    expect(runCli(["compose.yaml"], { cwd: dir, env: { TMPDIR: tmp } }).status).toBe(1);
    expect(cacheFiles(tmp)).toEqual([expect.stringMatching(/-files-/)]);
    expect(runCli(["."], { cwd: dir, env: { TMPDIR: tmp } }).status).toBe(1);
    expect(runCli([], { cwd: dir, env: { TMPDIR: tmp } }).status).toBe(1);
    expect(cacheFiles(tmp).sort()).toEqual([expect.stringMatching(/-files-/), expect.stringMatching(/-tree-/)]);
  });

  test("a corrupt cache file changes nothing in the output and is replaced", () => {
    const { dir, tmp } = project();
    const expected = runCli(["compose.yaml"], { cwd: dir, env: { TMPDIR: tmp } });
    expect(expected.status).toBe(1);
    const file = join(cacheFolder(tmp), cacheFiles(tmp)[0]!);
    const good = readFileSync(file);
    writeFileSync(file, Buffer.concat([good.subarray(0, 64), Buffer.alloc(good.length - 64, 0x5a)]));
    expect(runCli(["compose.yaml"], { cwd: dir, env: { TMPDIR: tmp } })).toEqual(expected);
    expect(readFileSync(file).subarray(64).every((byte) => byte === 0x5a)).toBe(false);
    expect(runCli(["compose.yaml"], { cwd: dir, env: { TMPDIR: tmp } })).toEqual(expected);
  });

  test("a cache folder that is a symbolic link, or that others can write to, is neither used nor written through", () => {
    const { dir } = project();
    const linked = scratch({});
    const elsewhere = join(linked, "elsewhere");
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, cacheFolder(linked));
    const shared = scratch({});
    mkdirSync(cacheFolder(shared));
    chmodSync(cacheFolder(shared), 0o770);

    const expected = runCli(["compose.yaml"], { cwd: dir, env: { NODE_DISABLE_COMPILE_CACHE: "1" } });
    for (const tmp of [linked, shared]) {
      expect(runCli(["compose.yaml"], { cwd: dir, env: { TMPDIR: tmp } })).toEqual(expected);
      expect(runCli(["compose.yaml"], { cwd: dir, env: { TMPDIR: tmp } })).toEqual(expected);
    }
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(lstatSync(cacheFolder(linked)).isSymbolicLink()).toBe(true);
    expect(readdirSync(cacheFolder(shared))).toEqual([]);
  });
});

describe("what the fast bundle leaves out runs through lib/cli.mjs", () => {
  test("--print-project and --plugin", () => {
    const { dir, tmp } = project();
    writeFileSync(
      join(dir, "plugin.mjs"),
      'export const rules = [{ meta: { id: "acme/quiet", description: "Never reports.", level: "note" }, check() {} }];\n',
    );
    const printed = runCli(["--print-project", "compose.yaml"], { cwd: dir, env: { TMPDIR: tmp } });
    expect(printed.status, printed.stderr).toBe(0);
    expect(printed.stdout).toContain("image: nginx:1.25");
    const listed = runCli(["--plugin", "./plugin.mjs", "--list-rules"], { cwd: dir, env: { TMPDIR: tmp } });
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain("acme/quiet");
    const linted = runCli(["--plugin=./plugin.mjs", "compose.yaml"], { cwd: dir, env: { TMPDIR: tmp } });
    expect(linted.status, linted.stderr).toBe(1);
    expect(linted.stderr).toBe("");
  });

  test("--lsp answers initialize and exits 0 after shutdown", async () => {
    const { dir } = project();
    const client = startServer(dir);
    const result = (await initialize(client, dir)) as { serverInfo: { name: string } };
    expect(result.serverInfo.name).toBe("compose-lint");
    await client.connection.sendRequest("shutdown");
    await client.connection.sendNotification("exit");
    expect(await client.exited, client.stderr()).toBe(0);
  });
});
