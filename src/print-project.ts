/**
 * `--print-project`: each project as Docker Compose would load it (files merged, `extends` and
 * `include` applied, variables interpolated), in compose file syntax, like `docker compose config`.
 */
import type { DiscoveryError } from "./discover.js";
import { loadProjects } from "./lint.js";
import type { LintOptions } from "./lint.js";
import { interpolate } from "./load/interpolate.js";
import type { TMap, TNode } from "./load/tree.js";
import { secretKind } from "./model/secrets.js";

const KEYS = ["name", "services", "networks", "volumes", "secrets", "configs"] as const;

/** Keys whose values are environment values: printed as written (`${DB_PASSWORD}`), never expanded. */
const ENVIRONMENT_KEYS = new Set(["environment", "args"]);

/** True when the text refers to a variable named like a secret (`${DB_PASSWORD}`, `$API_TOKEN`). */
function refersToSecret(raw: string): boolean {
  return interpolate(raw, {}).variables.some((name) => secretKind(name) !== undefined);
}

/**
 * Plain data, interpolated except under environment keys and where a secret-named variable is
 * used, so that no environment or secret value is printed.
 */
function plain(node: TNode, asWritten = false): unknown {
  if (node.kind === "scalar") return node.raw !== undefined && (asWritten || refersToSecret(node.raw)) ? node.raw : node.value;
  if (node.kind === "seq") return node.items.map((item) => plain(item, asWritten));
  const out: Record<string, unknown> = {};
  for (const e of node.entries) out[e.key] = plain(e.value, asWritten || ENVIRONMENT_KEYS.has(e.key));
  return out;
}

/**
 * The document Compose prints: `name`, then the resources that are not empty. Environment values
 * stay as written and `env_file:` stays a reference: compose-lint never prints a variable's value.
 */
export function projectDocument(tree: TMap): Record<string, unknown> {
  const plainTree = plain(tree) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = plainTree[key];
    if (value === undefined || value === null) continue;
    if (key !== "name" && typeof value === "object" && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

export async function printProjects(paths: readonly string[], options: LintOptions, format: "json" | "yaml"): Promise<{ text: string; errors: DiscoveryError[] }> {
  const { projects, errors } = await loadProjects(paths, options);
  const documents = projects.flatMap(({ loaded }) => (loaded.tree ? [projectDocument(loaded.tree)] : []));
  for (const { loaded } of projects) {
    for (const problem of loaded.problems) {
      if (problem.level === "note") continue;
      errors.push({ path: `${problem.span.file}:${problem.span.line}:${problem.span.column}`, message: `${problem.ruleId}: ${problem.message}` });
    }
  }
  if (format === "json") return { text: documents.map((d) => JSON.stringify(d, null, 2) + "\n").join(""), errors };
  const { stringify } = await import("yaml");
  return { text: documents.map((d) => stringify(d, { lineWidth: 0 })).join("---\n"), errors };
}
