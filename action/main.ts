/**
 * The GitHub Action's entry (bundled into action/dist/index.js by `npm run build:action`): lints
 * the workspace, annotates findings, appends the job summary, writes SARIF and sets the outputs.
 *
 * Inputs arrive as INPUT_<NAME> variables, upper-cased with hyphens kept (INPUT_FAIL-LEVEL).
 * Exit codes as the CLI's: 0 clean, 1 findings at or above fail-level, 2 bad input or path, 3 bug.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { resolve } from "node:path";
import { BUILTIN_META, FAIL_LEVELS } from "../src/engine/engine.js";
import { escapeLine } from "../src/format/escape.js";
import { ANNOTATIONS_PER_LEVEL, escapeData, formatGithub, notAnnotated, planAnnotations } from "../src/format/github.js";
import { formatMarkdown } from "../src/format/markdown.js";
import type { MarkdownContext } from "../src/format/markdown.js";
import { formatSarif } from "../src/format/sarif.js";
import { formatText } from "../src/format/text.js";
import { plural } from "../src/format/words.js";
import { rules as shippedRules } from "../rules/index.js";
import { ConfigError } from "../src/config/read.js";
import { enabledRules, lintFiles } from "../src/lint.js";
import { PluginError } from "../src/plugin-error.js";
import type { LintOptions } from "../src/lint.js";
import type { Level } from "../src/model/types.js";
import { applyBaseline, BaselineError } from "../src/baseline.js";
import { loadFormatter } from "../src/format/index.js";
import { OutputFileError, checkOutputFile, writeOutputFile } from "../src/output-file.js";
import type { OutputTarget } from "../src/output-file.js";
import { changeScope, isPullRequestEvent } from "./changed-lines.js";
import { findingsBrought, scopeNotes } from "./scope.js";
import { booleanInput, extraReportInput, input, InputError, rulesInput } from "./inputs.js";

/** Appends `name<<delimiter` blocks, as @actions/core does, so no value can forge another output. */
function setOutputs(file: string | undefined, outputs: Record<string, string | number>): void {
  if (!file) return;
  const text = Object.entries(outputs)
    .map(([name, value]) => {
      const delimiter = `ghadelimiter_${randomUUID()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join("");
  appendFileSync(file, text);
}

/** A report file (`sarif-file`, `output`): inside the workspace, never through a link (checked before linting). */
function reportTarget(inputName: string, given: string, workspace: string): OutputTarget {
  try {
    return checkOutputFile(given, workspace, workspace);
  } catch (error) {
    throw error instanceof OutputFileError ? new InputError(`input "${inputName}": ${error.message}`) : error;
  }
}

function writeReport(inputName: string, target: OutputTarget, text: string): void {
  try {
    writeOutputFile(target, text);
  } catch (error) {
    throw error instanceof OutputFileError ? new InputError(`input "${inputName}": ${error.message}`) : error;
  }
}

async function run(): Promise<number> {
  const env = process.env;
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  // Empty: each file's configuration decides (its `failLevel`), else warning.
  const failLevel = input("fail-level");
  if (failLevel !== "" && !FAIL_LEVELS[failLevel]) throw new InputError(`input "fail-level" must be error, warning, note or none; got "${failLevel}"`);
  const annotate = booleanInput("annotations", true);
  const summarize = booleanInput("summary", true);
  const sarifInput = input("sarif-file");
  const paths = input("paths")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

  const strict = booleanInput("strict", false);
  const baselineInput = input("baseline");
  const extra = extraReportInput();
  const onlyChanged = booleanInput("only-changed", isPullRequestEvent(env.GITHUB_EVENT_NAME));
  const configInput = input("config");
  const sarifTarget = sarifInput ? reportTarget("sarif-file", sarifInput, workspace) : undefined;
  const extraTarget = extra ? reportTarget("output", extra.output, workspace) : undefined;

  // Plugins are code: only this input loads them, never a configuration file in the workspace.
  const plugins = input("plugins")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  let ruleSet = shippedRules;
  if (plugins.length > 0) {
    const { loadPlugins } = await import("../src/plugins.js");
    ruleSet = [...shippedRules, ...(await loadPlugins(plugins, workspace)).flatMap((plugin) => plugin.rules)];
  }
  const rules = rulesInput(ruleSet);
  // `config` names one configuration file for every linted file; empty searches from each file's folder.
  // Interpolation reads the `.env` files and the compose files' own defaults, never the runner's
  // environment: its variables (ACTIONS_RUNTIME_TOKEN, GITHUB_TOKEN...) are not the deployment's,
  // and a value taken from them could be printed in an annotation, the SARIF file or the summary.
  const options: LintOptions = { cwd: workspace, ruleSet, strict, rules, env: {}, ...(configInput ? { config: resolve(workspace, configInput) } : {}) };
  const linted = await lintFiles(paths, options);
  const reported = new Set(linted.files.flatMap((file) => [...file.findings, ...(file.suppressed ?? [])].map((f) => f.ruleId)));
  const enabled = new Set(enabledRules(options).map((r) => r.rule.meta.id));
  const listed = ruleSet.map((r) => r.meta).filter((meta) => enabled.has(meta.id) || reported.has(meta.id));
  const context = { rules: [...BUILTIN_META, ...listed], cwd: workspace, color: false, env };

  let baselined;
  try {
    baselined = await applyBaseline(linted, { baseline: baselineInput || undefined, cwd: workspace });
  } catch (error) {
    throw error instanceof BaselineError ? new InputError(`input "baseline": ${error.message}`) : error;
  }
  // Annotations, the summary's table and the exit code see the findings the pull request brings;
  // the SARIF report carries every finding (code scanning does its own diffing).
  const scope = onlyChanged ? changeScope(workspace, env) : undefined;
  const result = scope?.kind === "changed" ? await findingsBrought(baselined.shown, scope, options, workspace, paths) : baselined.shown;
  const notes = [...baselined.messages, ...scopeNotes(scope, baselined.shown, result)];
  if (notes.length > 0) {
    const token = `compose-lint-${randomUUID()}`;
    process.stdout.write(`::stop-commands::${token}\n${notes.map((note) => `compose-lint: ${escapeLine(note)}`).join("\n")}\n::${token}::\n`);
  }

  const plan = planAnnotations(result, context);
  const placed = plan.placed;
  if (annotate) {
    process.stdout.write(formatGithub(result, context));
  } else {
    // The text report quotes the linted files: keep the runner from reading commands in it.
    const token = `compose-lint-${randomUUID()}`;
    process.stdout.write(`::stop-commands::${token}\n${formatText(result, context)}::${token}::\n`);
  }

  let sarifFile = "";
  if (sarifTarget) {
    sarifFile = sarifTarget.path;
    writeReport("sarif-file", sarifTarget, formatSarif(baselined.full, context));
  }
  if (extra && extraTarget) {
    const formatter = (await loadFormatter(extra.format))!;
    writeReport("output", extraTarget, formatter(extra.format === "sarif" ? baselined.full : baselined.shown, context));
  }

  if (summarize && env.GITHUB_STEP_SUMMARY) {
    const left = notAnnotated(plan);
    const notAnnotatedNote = annotate && left > 0 ? [`${plural(left, "finding")} not annotated on the diff (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step): see the table below and the log of this step.`] : [];
    const markdown = formatMarkdown(result, { ...context, notes: [...notes, ...notAnnotatedNote], ...(sarifInput ? { fullReport: sarifInput } : {}) } satisfies MarkdownContext);
    appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
  }

  const count = (level: Level) => placed.filter((p) => p.finding.level === level).length;
  setOutputs(env.GITHUB_OUTPUT, { findings: placed.length, errors: count("error"), warnings: count("warning"), "sarif-file": sarifFile });

  if (result.errors.length > 0) return 2;
  const failed = result.files.some((file) => {
    const failing = FAIL_LEVELS[failLevel || file.failLevel || "warning"]!;
    return file.findings.some((f) => failing.includes(f.level));
  });
  return failed ? 1 : 0;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const usage = error instanceof InputError || error instanceof ConfigError || error instanceof PluginError;
    process.stdout.write(`::error title=compose-lint::${escapeData(usage ? message : `internal error: ${message}`)}\n`);
    process.exitCode = usage ? 2 : 3;
  },
);
