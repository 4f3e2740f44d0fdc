/**
 * What a run knows of the paths it probes. Planning projects, finding configuration files and
 * reading `.env` files ask, for every compose file, whether an override file, a `.env`, a `.git`
 * or a configuration file is in its directory and in each one above: mostly not, and each "not"
 * was a system call, often a thrown error, repeated for every file under the same parents. Here
 * each path is asked once per run, without an error; a path that exists is still checked by the
 * caller as before (a link, a directory where a file is expected), so the answers do not change.
 * (Listing each directory instead costs more than it saves in a large one such as /tmp.)
 * One instance per run: a file created after it was probed is not seen by that run.
 */
import { existsSync, realpathSync } from "node:fs";
import { join } from "node:path";

export class PathProbes {
  private readonly known = new Map<string, boolean>();
  private readonly real = new Map<string, string>();

  /** `given`: files of another version (LintOptions.textAt): one it names exists when it has a text there, not when null. */
  constructor(readonly given?: (absolute: string) => string | null | undefined) {}

  /**
   * The path with symbolic links resolved (as written when it does not exist), asked once per run:
   * every project of a repository checks its env files and includes against the same boundary.
   */
  realPath(path: string): string {
    let real = this.real.get(path);
    if (real === undefined) this.real.set(path, (real = realPath(path)));
    return real;
  }

  /** `existsSync(join(dir, name))`, asked once per run. */
  exists(dir: string, name: string): boolean {
    const path = join(dir, name);
    let exists = this.known.get(path);
    if (exists === undefined) {
      const text = this.given?.(path);
      this.known.set(path, (exists = text === undefined ? existsSync(path) : text !== null));
    }
    return exists;
  }
}

/** Whether `dir` holds `name` (a link to nothing does not count), through the run's probes when there are some. */
export function exists(probes: PathProbes | undefined, dir: string, name: string): boolean {
  return probes ? probes.exists(dir, name) : existsSync(join(dir, name));
}

/**
 * The path with symbolic links resolved (as written when it does not exist): a link cannot lead
 * out unseen. The system's realpath(3): Node's own JavaScript walk lstats every component of every path.
 */
export function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
