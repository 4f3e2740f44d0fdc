/**
 * Which lines a pull request changes, for the Action's `only-changed`: the base commit comes from
 * the event payload (GITHUB_EVENT_PATH), the lines from `git diff` of the checkout. git is spawned
 * with a fixed argument list, no shell, and with every way a repository's configuration could make
 * `git diff` run a program turned off (external diff, textconv, fsmonitor).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** Added or modified lines (1-based, in the new version) by absolute path. */
export type ChangedLines = Map<string, Set<number>>;

export type ChangeScope =
  | {
      kind: "changed";
      base: string;
      lines: ChangedLines;
      /** Files (absolute paths) the pull request deletes or renames away: they are still part of the base. */
      deleted: ReadonlySet<string>;
      /** The text of a file (absolute path) at the base commit; undefined when it did not exist there. */
      baseText: (absolute: string) => string | undefined;
    }
  | { kind: "everything"; reason: string };

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

/** True for the events whose payload names a pull request's base: where only-changed defaults to on. */
export function isPullRequestEvent(eventName: string | undefined): boolean {
  return PULL_REQUEST_EVENTS.has(eventName ?? "");
}

/** Undoes git's C-style quoting of a path (`"a\tb"`), used for names with unusual characters. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let i = 1; i < text.length - 1; i++) {
    const ch = text[i]!;
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = text[i + 1]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Parses `git diff --unified=0` output into the new side's changed lines, paths relative to `root`. */
export function parseUnifiedDiff(diff: string, root: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") {
        current = undefined;
        continue;
      }
      const path = unquoteGitPath(target).replace(/^b\//, "");
      const absolute = resolve(root, path);
      current = changed.get(absolute) ?? new Set();
      changed.set(absolute, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return changed;
}

function git(cwd: string, args: readonly string[]): string {
  const env: Record<string, string | undefined> = { ...process.env, GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0" };
  delete env.GIT_EXTERNAL_DIFF;
  return execFileSync("git", ["-c", "core.fsmonitor=false", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024, env });
}

/** The pull request's base commit from the event payload, or why there is none. */
function baseFromEvent(eventName: string | undefined, eventPath: string | undefined): { base: string } | { reason: string } {
  if (!isPullRequestEvent(eventName)) return { reason: `the ${eventName ? `"${eventName}"` : "unknown"} event is not a pull request` };
  if (!eventPath) return { reason: "GITHUB_EVENT_PATH is not set" };
  let payload: { pull_request?: { base?: { sha?: unknown } } };
  try {
    payload = JSON.parse(readFileSync(eventPath, "utf8")) as typeof payload;
  } catch {
    return { reason: "the event payload could not be read" };
  }
  const base = payload.pull_request?.base?.sha;
  if (typeof base !== "string" || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(base)) return { reason: "the event payload names no base commit" };
  return { base };
}

/**
 * What only-changed limits the run to: the lines the pull request changes, or everything with the
 * reason (not a pull request, no git, or the base commit not in the checkout's history, as with
 * `actions/checkout`'s default `fetch-depth: 1`).
 */
export function changeScope(workspace: string, env: Readonly<Record<string, string | undefined>>): ChangeScope {
  const found = baseFromEvent(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
  if ("reason" in found) return { kind: "everything", reason: found.reason };
  let root: string;
  try {
    root = git(workspace, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return { kind: "everything", reason: "the workspace is not a git checkout" };
  }
  try {
    git(root, ["cat-file", "-e", `${found.base}^{commit}`]);
  } catch {
    return { kind: "everything", reason: `the base commit ${found.base.slice(0, 12)} is not in the checkout's history (use actions/checkout with fetch-depth: 0)` };
  }
  try {
    // Three dots: what HEAD changed since it left the base, not what the base gained meanwhile.
    const diff = git(root, ["diff", "--no-ext-diff", "--no-textconv", "--no-color", "--unified=0", "--diff-filter=AMRC", `${found.base}...HEAD`, "--"]);
    const baseText = (absolute: string): string | undefined => {
      const path = relative(root, absolute).split(sep).join("/");
      if (path.startsWith("../") || isAbsolute(path)) return undefined;
      try {
        return git(root, ["show", "--no-textconv", `${found.base}:${path}`]);
      } catch {
        return undefined;
      }
    };
    // Without rename detection a renamed file is deleted under its old name (and added under the new).
    const gone = git(root, ["diff", "--no-ext-diff", "--name-only", "-z", "--no-renames", "--diff-filter=D", `${found.base}...HEAD`, "--"]);
    const deleted = new Set(gone.split("\0").filter(Boolean).map((path) => resolve(root, path)));
    return { kind: "changed", base: found.base, lines: parseUnifiedDiff(diff, root), deleted, baseText };
  } catch {
    return { kind: "everything", reason: "git diff against the base commit failed" };
  }
}
