/** Placeholder replaced in the plugin step. */
import type { Rule } from "./engine/rule.js";
export interface LoadedPlugin { name: string; rules: Rule[] }
export async function loadPlugins(specs: readonly string[], cwd: string): Promise<LoadedPlugin[]> {
  void cwd;
  if (specs.length > 0) throw new Error("plugins are not supported yet");
  return [];
}
