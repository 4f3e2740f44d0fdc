/** The command line's configuration helpers: `--rule ID=LEVEL` and `--print-config FILE`. */
import { relative } from "node:path";
import { LOCKED } from "./engine/engine.js";
import type { Setting } from "./engine/engine.js";
import type { RuleMeta } from "./engine/rule.js";
import { configResolver, enabledRules, withConfig } from "./lint.js";
import type { LintOptions } from "./lint.js";
import { allRuleMeta } from "./rule-info.js";
import { rules as shippedRules } from "../rules/index.js";
import { closest } from "./schema/validate.js";

/** `--rule ID=LEVEL`, for every id compose-lint reports (engine, shipped and plugin rules). */
export function parseRuleSettings(specs: readonly string[], metas: readonly RuleMeta[], fail: (message: string) => Error): Record<string, Setting> {
  const known = metas.map((m) => m.id);
  const settings: Record<string, Setting> = {};
  for (const spec of specs) {
    const match = /^([a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)?)[=:](error|warning|note|off)$/.exec(spec.trim());
    if (!match) throw fail(`--rule expects ID=LEVEL with LEVEL error, warning, note or off; got "${spec}"`);
    const [, id, level] = match as unknown as [string, string, Setting];
    if (!known.includes(id)) {
      const near = closest(id, known);
      throw fail(`unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""} (see --list-rules)`);
    }
    if (LOCKED.has(id) && level !== "error") throw fail(`${id} cannot be turned off or lowered: it reports what compose-lint could not read or see`);
    settings[id] = level;
  }
  return settings;
}

/** The effective configuration for one file, as JSON: where it comes from and every rule's setting. */
export function printConfig(absolutePath: string, options: LintOptions, cwd: string): string {
  const config = configResolver(options, cwd).resolve(absolutePath);
  const effective = withConfig(options, config);
  const rules: Record<string, Setting | [Setting, Record<string, unknown>]> = {};
  const ruleSet = options.ruleSet ?? shippedRules;
  const enabled = new Map(enabledRules(effective).map((r) => [r.rule.meta.id, r]));
  for (const meta of allRuleMeta(ruleSet)) {
    const builtin = !ruleSet.some((r) => r.meta.id === meta.id);
    // The engine's own findings are always on, at their configured level unless locked.
    const level: Setting = LOCKED.has(meta.id) ? "error" : builtin ? (effective.rules?.[meta.id] ?? meta.level) : (enabled.get(meta.id)?.level ?? "off");
    const ruleOptions = enabled.get(meta.id)?.options ?? {};
    rules[meta.id] = Object.keys(ruleOptions).length > 0 ? [level, { ...ruleOptions }] : level;
  }
  const printed = {
    file: relative(cwd, absolutePath) || absolutePath,
    configFile: config.file ?? null,
    ignored: config.ignored,
    extends: effective.strict ? "strict" : "recommended",
    failLevel: config.failLevel ?? "warning",
    noInlineConfig: effective.noInlineConfig === true,
    requireReason: effective.requireReason === true,
    suppress: effective.suppress ?? {},
    rules,
  };
  return JSON.stringify(printed, null, 2) + "\n";
}
