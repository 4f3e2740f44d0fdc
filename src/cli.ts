/**
 * The command line: arguments in, output and an exit code out. No rule logic lives here.
 *
 * Exit codes: 0 nothing at or above the fail level; 1 findings at or above it; 2 usage errors,
 * unreadable paths, or no compose file where one was named; 3 an internal error.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { rules as allRules } from "../rules/index.js";
import { ConfigError } from "./config/read.js";
import { BUILTIN_META, FAIL_LEVELS } from "./engine/engine.js";
import type { Rule } from "./engine/rule.js";
import { FORMAT_NAMES, FORMATS_READING_THE_MODEL, loadFormatter } from "./format/index.js";
import { escapeLine, guardJson, guardText } from "./format/escape.js";
import { applyBaseline, BaselineError } from "./baseline.js";
import { countLevels, errorsOnly, parseMaxWarnings, summaryLine, withSuggestion } from "./cli-support.js";
import { configResolver, decodeText, enabledRules, lintFiles, lintTextBeside, notLintedFile, withConfig } from "./lint.js";
import type { LintOptions, LintResult } from "./lint.js";
import { DEFAULT_MAX_FILE_SIZE, formatSize, parseSize } from "./load/files.js";
import { version } from "./meta.js";
import { PluginError } from "./plugin-error.js";
import { stderr, stdout } from "./stdio.js";
import { allRuleMeta, explain, listRules, UnknownRuleError } from "./rule-info.js";
import { parseRuleSettings, printConfig } from "./cli-config.js";
import { OutputFileError, checkOutputFile, writeOutputFile } from "./output-file.js";
import type { OutputTarget } from "./output-file.js";

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

const OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o" },
  "fail-level": { type: "string" },
  strict: { type: "boolean" },
  rule: { type: "string", multiple: true },
  "stdin-filename": { type: "string" },
  "no-dotenv": { type: "boolean" },
  "max-file-size": { type: "string" },
  "list-rules": { type: "boolean" },
  file: { type: "string", multiple: true },
  "project-directory": { type: "string" },
  "env-file": { type: "string", multiple: true },
  "allow-outside-project": { type: "boolean" },
  "print-project": { type: "boolean" },
  explain: { type: "string" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  "print-config": { type: "string" },
  "no-inline-config": { type: "boolean" },
  "require-reason": { type: "boolean" },
  "show-suppressed": { type: "boolean" },
  plugin: { type: "string", multiple: true },
  baseline: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  "write-baseline": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-rule": { type: "string", multiple: true },
  "fix-type": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  lsp: { type: "boolean" },
  // vscode-languageclient appends --stdio to a server's command (the only transport: accepted and
  // ignored) and, for a Node module, --clientProcessId=PID (vscode-languageserver reads it from argv
  // to end the server with its editor).
  stdio: { type: "boolean" },
  clientProcessId: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies ParseArgsConfig["options"];

const HELP = `Usage: compose-lint [options] [paths...]

Lints Docker Compose files for security problems. A path may be a file or a directory
(searched for compose*.y(a)ml and docker-compose*.y(a)ml); none means the current directory;
"-" reads standard input.

Options:
  -f, --format NAME[=FILE]  Output format (default text), one of:
                            ${FORMAT_NAMES.join(", ")}
                            Repeat for several outputs: --format text --format sarif=results.sarif
  -o, --output-file FILE    Write the output to FILE instead of standard output
      --fail-level LEVEL    Exit 1 when a finding is at or above LEVEL: error, warning, note, none
                            (default warning)
      --strict              Also run the strict rules (hardening checks, off by default)
  -q, --quiet               Report errors only (warnings and notes neither shown nor failing)
      --max-warnings N      Also exit 1 when there are more than N warnings
      --rule ID=LEVEL       Set a rule's level: error, warning, note or off (repeatable; wins over
                            the configuration file)
  -c, --config FILE         Use this configuration file for every linted file (no search)
      --no-config           Use no configuration file (default: the nearest .compose-lint.yaml,
                            .compose-lint.yml, .compose-lint.json or package.json "compose-lint",
                            from each file's folder up to the repository root)
      --print-config FILE   Print the effective configuration for FILE and exit
      --no-inline-config    Ignore every ignore comment and x-compose-lint key in the linted files
      --require-reason      An ignore directive without "-- reason" silences nothing and is reported
      --show-suppressed     Also show the findings ignore directives silence (text output)
      --plugin MODULE       Load plugin rules from a path or package (repeatable); a configuration
                            file never loads code
      --fix                 Apply the fixes rules offer to the files, then report what is left
      --fix-dry-run         Print the fixes as a unified diff (on standard error when a machine
                            format goes to standard output); change nothing
      --fix-rule ID         Apply only this rule's fixes (repeatable)
      --fix-type TYPE       safe (default): fixes that do not change what the application can do;
                            all: also those that may (read_only, cap_drop)
      --stdin-filename NAME The file name to report when reading standard input ("-")
      --no-dotenv           Do not read the .env file beside each compose file for interpolation
      --file FILE           A compose file of the project, in order, like docker compose -f
                            (repeatable: --file compose.yaml --file compose.prod.yaml)
      --project-directory DIR  Where COMPOSE_FILE, .env and relative paths are read from
      --env-file FILE       Read variables from FILE instead of the project's .env (repeatable;
                            without it, COMPOSE_ENV_FILES from the shell, as in Compose)
      --allow-outside-project  Follow include, extends and env_file paths that leave the
                            repository (git top-level, else the linted directory)
      --print-project       Print each project as Compose would load it (merged, extends,
                            include, interpolation) instead of linting; --format json or yaml
      --max-file-size SIZE  Do not read larger files (e.g. 10MB, 512KiB, bytes; default 10MB): a
                            larger compose file is a not-linted finding, which fails the run
      --list-rules          List every rule with its level, preset and description (--format json too)
      --explain ID          Print a rule's documentation
      --baseline FILE       Report only findings not recorded in FILE (the recorded ones do not
                            fail the run; those gone are listed as fixed)
      --write-baseline FILE Record every finding of this run in FILE and exit 0
      --color, --no-color   Force colour on or off (default: on for a terminal without NO_COLOR)
      --lsp                 Run as a language server on standard input and output (for editors;
                            --plugin, --strict and --config set its defaults)
  -h, --help                Show this help
  -v, --version             Show the version

Suppress a finding with a comment on its line or the line above, with a reason:
  # compose-lint ignore=no-unbound-port -- public reverse proxy

Exit codes: 0 no findings at or above the fail level, 1 findings at or above it,
            2 usage error, unreadable path or no compose file found, 3 internal error.
`;

class UsageError extends Error {}

function outputTarget(file: string, cwd: string): OutputTarget {
  try {
    return checkOutputFile(file, cwd);
  } catch (error) {
    if (error instanceof OutputFileError) throw new UsageError(error.message);
    throw error;
  }
}

function writeReport(target: OutputTarget, text: string): void {
  try {
    writeOutputFile(target, text);
  } catch (error) {
    if (error instanceof OutputFileError) throw new UsageError(error.message);
    throw error;
  }
}

interface Output {
  format: string;
  file?: string;
}

function parseOutputs(formats: readonly string[], outputFile: string | undefined): Output[] {
  const outputs = (formats.length > 0 ? formats : ["text"]).map((spec): Output => {
    const eq = spec.indexOf("=");
    const format = eq < 0 ? spec : spec.slice(0, eq);
    if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${format}" (expected one of: ${FORMAT_NAMES.join(", ")})`);
    if (eq >= 0 && spec.slice(eq + 1).trim() === "") throw new UsageError(`--format ${format}= needs a file name after "="`);
    return eq < 0 ? { format } : { format, file: spec.slice(eq + 1) };
  });
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (outputFile !== undefined) {
    if (outputFile.trim() === "") throw new UsageError("--output-file needs a file name");
    if (toStdout.length !== 1) throw new UsageError("--output-file needs exactly one --format without =FILE");
    toStdout[0]!.file = outputFile;
  } else if (toStdout.length > 1) {
    throw new UsageError("only one format can go to standard output; give the others a file (--format sarif=out.sarif)");
  }
  return outputs;
}

/** Standard input up to `maxBytes`; undefined (and the rest unread) when it is longer. */
async function readStdin(maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    length += (chunk as Buffer).length;
    if (length > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function lintStdin(name: string, options: LintOptions, cwd: string): Promise<LintResult> {
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const bytes = await readStdin(maxBytes);
  if (!bytes) return { files: [notLintedFile(name, `standard input is over --max-file-size ${formatSize(maxBytes)}`)], errors: [] };
  const decoded = decodeText(bytes);
  if ("error" in decoded) return { files: [], errors: [{ path: name, message: decoded.error }] };
  // The configuration is the one a file of that name would have (the working directory's for "<stdin>").
  const config = configResolver(options, cwd).resolve(resolve(cwd, name === "<stdin>" ? "compose.yaml" : name));
  const file = await lintTextBeside(decoded.text, name, name === "<stdin>" ? undefined : resolve(cwd, name), withConfig(options, config));
  if (config.failLevel) file.failLevel = config.failLevel;
  return { files: [file], errors: [] };
}

/** The options that say which files form a project (`--file`, `--env-file`, ...). */
function projectOptions(values: { file?: string[]; "project-directory"?: string; "env-file"?: string[]; "allow-outside-project"?: boolean; "no-dotenv"?: boolean }): LintOptions {
  const options: LintOptions = { dotenv: values["no-dotenv"] !== true, allowOutsideProject: values["allow-outside-project"] === true };
  if (values.file) options.composeFiles = values.file;
  if (values["project-directory"] !== undefined) options.projectDirectory = values["project-directory"];
  if (values["env-file"]) options.envFiles = values["env-file"];
  return options;
}

function useColor(values: { color?: boolean; "no-color"?: boolean }, stream: { isTTY: boolean }): boolean {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY;
}

/** `--fix` / `--fix-dry-run` and their options, checked; undefined when neither is given. */
function fixRequest(values: { fix?: boolean; "fix-dry-run"?: boolean; "fix-rule"?: string[]; "fix-type"?: string }, ruleSet: readonly Rule[], stdin: boolean) {
  const write = values.fix === true;
  const dryRun = values["fix-dry-run"] === true;
  if (!write && !dryRun) {
    if (values["fix-rule"] !== undefined || values["fix-type"] !== undefined) throw new UsageError("--fix-rule and --fix-type go with --fix or --fix-dry-run");
    return undefined;
  }
  if (write && dryRun) throw new UsageError("--fix and --fix-dry-run cannot be combined");
  if (stdin) throw new UsageError("fixes apply to files; standard input (\"-\") cannot be fixed");
  const type = values["fix-type"] ?? "safe";
  if (type !== "safe" && type !== "all") throw new UsageError(`--fix-type must be safe or all; got "${type}"`);
  const fixable = ruleSet.filter((r) => r.meta.fixable !== undefined).map((r) => r.meta.id);
  for (const id of values["fix-rule"] ?? []) {
    if (!fixable.includes(id)) throw new UsageError(`--fix-rule: "${id}" is not a rule with fixes (${fixable.join(", ")})`);
  }
  return { write, selection: { type: type as "safe" | "all", rules: values["fix-rule"] ?? [] } };
}

export async function main(argv: readonly string[]): Promise<number> {
  const code = await guarded(argv);
  return stdout.failed || stderr.failed ? EXIT.internal : code;
}

async function guarded(argv: readonly string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownRuleError) {
      stderr.write(guardText(`compose-lint: ${escapeLine(error.message)}\nRun "compose-lint --help" for usage.\n`));
      return EXIT.usage;
    }
    if (error instanceof ConfigError || error instanceof PluginError) {
      for (const line of error.message.split("\n")) stderr.write(guardText(`compose-lint: ${escapeLine(line)}\n`));
      return EXIT.usage;
    }
    throw error;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(withSuggestion((error as Error).message.split("\n")[0]!.replace(/\. To specify a positional.*$/, ""), Object.keys(OPTIONS)));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (values.lsp) {
    const { startLanguageServer } = await import("./lsp/server.js");
    startLanguageServer({ plugins: values.plugin ?? [], strict: values.strict === true, ...(values.config !== undefined ? { config: values.config } : {}) });
    return EXIT.ok;
  }
  const cwd = process.cwd();
  let ruleSet: readonly Rule[] = allRules;
  if (values.plugin && values.plugin.length > 0) {
    const { loadPlugins } = await import("./plugins.js");
    ruleSet = [...allRules, ...(await loadPlugins(values.plugin, cwd)).flatMap((plugin) => plugin.rules)];
  }
  if (values["list-rules"]) {
    const format = values.format?.[0] ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`--list-rules prints text or json; got "${format}"`);
    // Plugins and configuration files come from the repository: their text goes through the output guards too.
    stdout.write(format === "json" ? guardJson(listRules(ruleSet, format)) : guardText(listRules(ruleSet, format)));
    return EXIT.ok;
  }
  if (values["print-project"]) {
    const { printProjects } = await import("./print-project.js");
    const formats = values.format ?? [];
    const format = formats.length === 0 ? "yaml" : formats.length === 1 ? formats[0]! : "";
    if (format !== "json" && format !== "yaml") throw new UsageError(`--print-project prints json or yaml; got "${formats.join(", ")}"`);
    const { text, errors } = await printProjects(positionals, projectOptions(values), format);
    stdout.write(text);
    for (const error of errors) stderr.write(`compose-lint: ${escapeLine(error.path)}: ${escapeLine(error.message)}\n`);
    return errors.length > 0 ? EXIT.usage : EXIT.ok;
  }
  if (values.explain !== undefined) {
    stdout.write(guardText(explain(values.explain, ruleSet, useColor(values, stdout))));
    return EXIT.ok;
  }
  const explicitFailLevel = values["fail-level"];
  if (explicitFailLevel !== undefined && !FAIL_LEVELS[explicitFailLevel]) throw new UsageError(`--fail-level must be error, warning, note or none; got "${explicitFailLevel}"`);
  const outputs = parseOutputs(values.format ?? [], values["output-file"]);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  if (Number.isNaN(maxWarnings)) throw new UsageError(`--max-warnings expects a whole number, 0 or more; got "${values["max-warnings"]}"`);
  const maxFileSize = values["max-file-size"] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(values["max-file-size"]);
  if (maxFileSize === undefined) throw new UsageError(`--max-file-size expects a size such as 10MB, 512KiB or a byte count; got "${values["max-file-size"]}"`);
  if (values.config !== undefined && values["no-config"]) throw new UsageError("--config and --no-config cannot be combined");
  // Refused before any linting: a report file that is a link, or cannot be one, is a usage error.
  const targets = new Map(outputs.flatMap((o) => (o.file === undefined ? [] : [[o, outputTarget(o.file, cwd)] as const])));
  const options: LintOptions = {
    strict: values.strict === true,
    rules: parseRuleSettings(values.rule ?? [], allRuleMeta(ruleSet), (message) => new UsageError(message)),
    dotenv: values["no-dotenv"] !== true,
    ...projectOptions(values),
    maxFileSize,
    ruleSet,
    noInlineConfig: values["no-inline-config"] === true,
    requireReason: values["require-reason"] === true,
    ...(values["no-config"] ? { config: false as const } : values.config !== undefined ? { config: values.config } : {}),
  };
  if (values["print-config"] !== undefined) {
    stdout.write(guardText(printConfig(resolve(cwd, values["print-config"]), options, cwd)));
    return EXIT.ok;
  }
  const stdinCount = positionals.filter((p) => p === "-").length;
  if (stdinCount > 0 && positionals.length > 1) throw new UsageError(`"-" (standard input) cannot be combined with other paths`);
  if (values["stdin-filename"] !== undefined && stdinCount === 0) throw new UsageError(`--stdin-filename names standard input: add "-" to read it`);
  const fixing = fixRequest(values, ruleSet, stdinCount > 0);
  // Only --fix and the formats that list fixes (JSON `fix`, SARIF `fixes[]`) need them computed.
  if (!fixing && !outputs.some((o) => o.format === "json" || o.format === "sarif")) options.fixes = false;
  // Each project's tree and model can go once it is linted, unless something reads the model after:
  // fixing, a baseline's fingerprints (they name the service) or an output format.
  const baseline = values.baseline !== undefined || values["write-baseline"] !== undefined;
  if (!fixing && !baseline && !outputs.some((o) => FORMATS_READING_THE_MODEL.has(o.format))) options.keepProjects = false;
  let result = stdinCount > 0 ? await lintStdin(values["stdin-filename"] ?? "<stdin>", options, cwd) : await lintFiles(positionals, { ...options, cwd });
  if (fixing) {
    const { runFixes } = await import("./fix/cli.js");
    const fixed = await runFixes(result, options, cwd, fixing.selection, fixing.write);
    result = fixed.result;
    const diffOnStdout = outputs.some((o) => o.format === "text" && o.file === undefined) || !outputs.some((o) => o.file === undefined);
    if (!fixing.write) (diffOnStdout ? stdout : stderr).write(guardText(fixed.diff));
    for (const note of fixed.notes) stderr.write(guardText(`${note}\n`));
  }

  let baselined;
  try {
    baselined = await applyBaseline(result, { baseline: values.baseline, writeBaseline: values["write-baseline"], cwd });
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  const visible = values.quiet ? errorsOnly(baselined.shown) : baselined.shown;
  const reported = new Set(result.files.flatMap((file) => [...file.findings, ...(file.suppressed ?? [])].map((f) => f.ruleId)));
  const enabled = new Set(enabledRules(options).map((r) => r.rule.meta.id));
  // SARIF lists the engine's ids, the rules on by default or by option, and any rule a configuration turned on.
  const context = { rules: [...BUILTIN_META, ...ruleSet.map((r) => r.meta).filter((meta) => enabled.has(meta.id) || reported.has(meta.id))], cwd, showSuppressed: values["show-suppressed"] === true };
  for (const output of outputs) {
    const formatter = (await loadFormatter(output.format))!;
    // SARIF carries every finding, each with its baselineState; the other formats show the new ones.
    const shown = output.format === "sarif" ? baselined.full : visible;
    if (output.file === undefined) {
      // The terminal's width reaches the formatter as data; a pipe or a file gets the default.
      const width = stdout.columns;
      stdout.write(formatter(shown, { ...context, color: useColor(values, stdout), width }));
    } else {
      writeReport(targets.get(output)!, formatter(shown, { ...context, color: false }));
    }
  }
  for (const line of baselined.messages) stderr.write(`compose-lint: ${escapeLine(line)}\n`);
  // Path errors also reach stderr when the main output is machine-readable or goes to a file.
  const textOnStdout = outputs.some((o) => o.format === "text" && o.file === undefined);
  if (!textOnStdout) for (const error of result.errors) stderr.write(guardText(`compose-lint: ${escapeLine(error.path)}: ${escapeLine(error.message)}\n`));
  // With every output in a file, the terminal still learns how the run went.
  if (outputs.every((o) => o.file !== undefined)) stderr.write(guardText(`compose-lint: ${summaryLine(visible)}\n`));

  if (result.errors.length > 0) return EXIT.usage;
  if (values["write-baseline"] !== undefined) return EXIT.ok;
  const failed =
    visible.files.some((file) => {
      const failing = FAIL_LEVELS[explicitFailLevel ?? file.failLevel ?? "warning"]!;
      return file.findings.some((f) => failing.includes(f.level));
    }) ||
    (maxWarnings !== undefined && countLevels(visible).warning > maxWarnings);
  return failed ? EXIT.findings : EXIT.ok;
}
