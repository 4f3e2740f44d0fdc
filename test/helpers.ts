import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const repoRoot = join(import.meta.dirname, "..");
const bin = join(repoRoot, "bin", "compose-lint.js");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The temporary folder the CLI runs with (TMPDIR), one per test file: the command line's code
 * cache (bin/compose-lint.js) goes there instead of into the real temporary folder.
 */
let cliTmp: string | undefined;

/** Runs the built CLI as a child process with stdout and stderr on pipes. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): RunResult {
  cliTmp ??= mkdtempSync(join(tmpdir(), "compose-lint-test-tmp-"));
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TMPDIR: cliTmp, ...options.env };
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder with the given files (path → content). */
export function scratch(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "compose-lint-test-"));
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}
