/**
 * The Action's inputs, as the runner passes them: INPUT_<NAME> variables, upper-cased with hyphens
 * kept (INPUT_FAIL-LEVEL). A wrong value is an InputError: a clear message and a failed step.
 */
import { FORMAT_NAMES } from "../src/format/index.js";
import { parseRuleSettings } from "../src/cli-config.js";
import { allRuleMeta } from "../src/rule-info.js";
import type { Setting } from "../src/engine/engine.js";
import type { Rule } from "../src/engine/rule.js";

export class InputError extends Error {}

export function input(name: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

export function booleanInput(name: string, fallback: boolean, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = input(name, env);
  if (value === "") return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input "${name}" must be true or false; got "${value}"`);
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** `rules`: one `ID=LEVEL` per line, as `--rule` takes them, for the shipped and plugin rules. */
export function rulesInput(ruleSet: readonly Rule[], env: Readonly<Record<string, string | undefined>> = process.env): Record<string, Setting> {
  return parseRuleSettings(lines(input("rules", env)), allRuleMeta(ruleSet), (message) => new InputError(`input "rules": ${message.replace(/^--rule /, "")}`));
}

export interface ExtraReport {
  format: string;
  output: string;
}

/** `format` and `output`: one more report, e.g. `gitlab` to `reports/code-quality.json`. */
export function extraReportInput(env: Readonly<Record<string, string | undefined>> = process.env): ExtraReport | undefined {
  const format = input("format", env);
  const output = input("output", env);
  if (format === "" && output === "") return undefined;
  if (format === "") throw new InputError(`input "output" needs input "format" (one of: ${FORMAT_NAMES.join(", ")})`);
  if (output === "") throw new InputError(`input "format" needs input "output", the file to write the ${format} report to`);
  if (!FORMAT_NAMES.includes(format)) throw new InputError(`input "format" must be one of: ${FORMAT_NAMES.join(", ")}; got "${format}"`);
  return { format, output };
}
