/**
 * The command line: arguments in, output and an exit code out. No rule logic lives here.
 *
 * Exit codes: 0 nothing at or above the fail level; 1 findings at or above it; 2 usage errors,
 * unreadable paths, or no compose file where one was named; 3 an internal error.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { rules as allRules } from "../rules/index.js";
import { BUILTIN_META, FAIL_LEVELS } from "./engine/engine.js";
import type { Setting } from "./engine/engine.js";
import { FORMAT_NAMES, loadFormatter } from "./format/index.js";
import { escapeLine } from "./format/escape.js";
import { applyBaseline, BaselineError } from "./baseline.js";
import { countLevels, errorsOnly, parseMaxWarnings, summaryLine, withSuggestion } from "./cli-support.js";
import { decodeText, enabledRules, lintFiles, lintText } from "./lint.js";
import type { LintOptions, LintResult } from "./lint.js";
import { readDotEnv } from "./load/index.js";
import { version } from "./meta.js";

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

const OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o" },
  "fail-level": { type: "string" },
  strict: { type: "boolean" },
  rule: { type: "string", multiple: true },
  "stdin-filename": { type: "string" },
  "no-dotenv": { type: "boolean" },
  "list-rules": { type: "boolean" },
  baseline: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  "write-baseline": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
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
      --rule ID=LEVEL       Set a rule's level: error, warning, note or off (repeatable)
      --stdin-filename NAME The file name to report when reading standard input ("-")
      --no-dotenv           Do not read the .env file beside each compose file for interpolation
      --list-rules          List every rule with its level, preset and description
      --baseline FILE       Report only findings not recorded in FILE (the recorded ones do not
                            fail the run; those gone are listed as fixed)
      --write-baseline FILE Record every finding of this run in FILE and exit 0
      --color, --no-color   Force colour on or off (default: on for a terminal without NO_COLOR)
  -h, --help                Show this help
  -v, --version             Show the version

Suppress a finding with a comment on its line or the line above:
  # compose-lint ignore=no-unbound-port

Exit codes: 0 no findings at or above the fail level, 1 findings at or above it,
            2 usage error, unreadable path or no compose file found, 3 internal error.
`;

class UsageError extends Error {}

interface Output {
  format: string;
  file?: string;
}

function parseOutputs(formats: readonly string[], outputFile: string | undefined): Output[] {
  const outputs = (formats.length > 0 ? formats : ["text"]).map((spec): Output => {
    const eq = spec.indexOf("=");
    const format = eq < 0 ? spec : spec.slice(0, eq);
    if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${format}" (expected one of: ${FORMAT_NAMES.join(", ")})`);
    return eq < 0 ? { format } : { format, file: spec.slice(eq + 1) };
  });
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (outputFile !== undefined) {
    if (toStdout.length !== 1) throw new UsageError("--output-file needs exactly one --format without =FILE");
    toStdout[0]!.file = outputFile;
  } else if (toStdout.length > 1) {
    throw new UsageError("only one format can go to standard output; give the others a file (--format sarif=out.sarif)");
  }
  return outputs;
}

export function parseRuleSettings(specs: readonly string[]): Record<string, Setting> {
  const known = new Set(allRules.map((r) => r.meta.id));
  const settings: Record<string, Setting> = {};
  for (const spec of specs) {
    const match = /^([a-z0-9-]+)[=:](error|warning|note|off)$/.exec(spec.trim());
    if (!match) throw new UsageError(`--rule expects ID=LEVEL with LEVEL error, warning, note or off; got "${spec}"`);
    if (!known.has(match[1]!)) throw new UsageError(`unknown rule "${match[1]}" (see --list-rules)`);
    settings[match[1]!] = match[2] as Setting;
  }
  return settings;
}


function listRules(): string {
  const rows = allRules.map((r) => [r.meta.id, r.meta.level, r.meta.preset, r.meta.description]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), ["rule", "level", "preset"][i]!.length));
  const line = (row: readonly string[]) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join("  ");
  return [line(["rule", "level", "preset", "description"]), ...rows.map(line)].join("\n") + "\n";
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function lintStdin(name: string, options: LintOptions, cwd: string): Promise<LintResult> {
  const decoded = decodeText(await readStdin());
  if ("error" in decoded) return { files: [], errors: [{ path: name, message: decoded.error }] };
  const dotenv = options.dotenv === false || name === "<stdin>" ? {} : await readDotEnv(resolve(cwd, name));
  return { files: [lintText(decoded.text, name, { ...options, env: { ...dotenv, ...(options.env ?? process.env) } })], errors: [] };
}

function useColor(values: { color?: boolean; "no-color"?: boolean }, stream: NodeJS.WriteStream): boolean {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`compose-lint: ${escapeLine(error.message)}\nRun "compose-lint --help" for usage.\n`);
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
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (values["list-rules"]) {
    process.stdout.write(listRules());
    return EXIT.ok;
  }
  const failLevel = values["fail-level"] ?? "warning";
  const failing = FAIL_LEVELS[failLevel];
  if (!failing) throw new UsageError(`--fail-level must be error, warning, note or none; got "${failLevel}"`);
  const outputs = parseOutputs(values.format ?? [], values["output-file"]);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  if (Number.isNaN(maxWarnings)) throw new UsageError(`--max-warnings expects a whole number, 0 or more; got "${values["max-warnings"]}"`);
  const options: LintOptions = {
    strict: values.strict === true,
    rules: parseRuleSettings(values.rule ?? []),
    dotenv: values["no-dotenv"] !== true,
  };
  const cwd = process.cwd();
  const stdinCount = positionals.filter((p) => p === "-").length;
  if (stdinCount > 0 && positionals.length > 1) throw new UsageError(`"-" (standard input) cannot be combined with other paths`);
  if (values["stdin-filename"] !== undefined && stdinCount === 0) throw new UsageError(`--stdin-filename names standard input: add "-" to read it`);
  const result = stdinCount > 0 ? await lintStdin(values["stdin-filename"] ?? "<stdin>", options, cwd) : await lintFiles(positionals, { ...options, cwd });

  let baselined;
  try {
    baselined = await applyBaseline(result, { baseline: values.baseline, writeBaseline: values["write-baseline"], cwd });
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  const visible = values.quiet ? errorsOnly(baselined.shown) : baselined.shown;
  const context = { rules: [...BUILTIN_META, ...enabledRules(options).map((r) => r.rule.meta)], cwd };
  for (const output of outputs) {
    const formatter = (await loadFormatter(output.format))!;
    // SARIF carries every finding, each with its baselineState; the other formats show the new ones.
    const shown = output.format === "sarif" ? baselined.full : visible;
    if (output.file === undefined) {
      process.stdout.write(formatter(shown, { ...context, color: useColor(values, process.stdout) }));
    } else {
      const target = resolve(cwd, output.file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, formatter(shown, { ...context, color: false }));
    }
  }
  for (const line of baselined.messages) process.stderr.write(`compose-lint: ${escapeLine(line)}\n`);
  // Path errors also reach stderr when the main output is machine-readable or goes to a file.
  const textOnStdout = outputs.some((o) => o.format === "text" && o.file === undefined);
  if (!textOnStdout) for (const error of result.errors) process.stderr.write(`compose-lint: ${escapeLine(error.path)}: ${escapeLine(error.message)}\n`);
  // With every output in a file, the terminal still learns how the run went.
  if (outputs.every((o) => o.file !== undefined)) process.stderr.write(`compose-lint: ${summaryLine(visible)}\n`);

  if (result.errors.length > 0) return EXIT.usage;
  if (values["write-baseline"] !== undefined) return EXIT.ok;
  const failed = visible.files.some((file) => file.findings.some((f) => failing.includes(f.level))) || (maxWarnings !== undefined && countLevels(visible).warning > maxWarnings);
  return failed ? EXIT.findings : EXIT.ok;
}
