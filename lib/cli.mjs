import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  FORMATS_READING_THE_MODEL,
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-J3OCUTAI.mjs";
import {
  OutputFileError,
  checkOutputFile,
  writeOutputFile
} from "./chunks/chunk-KDPRZTNH.mjs";
import {
  PluginError
} from "./chunks/chunk-V6KQGSUX.mjs";
import {
  ConfigError,
  DEFAULT_MAX_FILE_SIZE,
  configResolver,
  decodeText,
  enabledRules,
  formatSize,
  lintFiles,
  lintTextBeside,
  notLintedFile,
  parseSize,
  withConfig
} from "./chunks/chunk-BFFNYFQF.mjs";
import "./chunks/chunk-KHKUBRH2.mjs";
import {
  rules
} from "./chunks/chunk-D2QZUANU.mjs";
import "./chunks/chunk-TUIA6AK5.mjs";
import "./chunks/chunk-THJZCHAV.mjs";
import "./chunks/chunk-63VPBCBN.mjs";
import {
  findingFingerprints,
  fingerprintParts
} from "./chunks/chunk-E6G3HJM5.mjs";
import {
  UnknownRuleError,
  allRuleMeta,
  explain,
  listRules
} from "./chunks/chunk-SAATMDF2.mjs";
import {
  version
} from "./chunks/chunk-RZYRWAGT.mjs";
import {
  BUILTIN_META,
  FAIL_LEVELS,
  LOCKED,
  closest
} from "./chunks/chunk-2ZSOFDUQ.mjs";
import "./chunks/chunk-4IANI4KZ.mjs";
import "./chunks/chunk-EC2PSDJG.mjs";
import "./chunks/chunk-SSKCFJDD.mjs";
import "./chunks/chunk-6DRHLQUI.mjs";
import "./chunks/chunk-KWFHXTRZ.mjs";
import {
  plural
} from "./chunks/chunk-5EEQ2A6J.mjs";
import "./chunks/chunk-U3O6HMQQ.mjs";
import {
  escapeLine,
  guardJson,
  guardText
} from "./chunks/chunk-5ZHKE5OY.mjs";
import "./chunks/chunk-NVK4G5ST.mjs";

// src/cli.ts
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/baseline.ts
import { lstatSync, readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
};
function fromBaselineDir(baselineFile, cwd, reported) {
  const rel = relative(dirname(baselineFile), resolve(cwd, reported));
  return rel.split(sep).join("/");
}
function baselineEntries(result, baselineFile, cwd) {
  return result.files.flatMap((file) => {
    const path = fromBaselineDir(baselineFile, cwd, file.path);
    const fingerprints = findingFingerprints(file, path);
    const parts = fingerprintParts(file, path);
    return file.findings.map((finding, i) => ({
      fingerprint: fingerprints[i],
      ruleId: finding.ruleId,
      path,
      ...parts[i].service ? { service: parts[i].service } : {},
      line: finding.span.line,
      message: finding.message
    }));
  });
}
function isEntry(value) {
  if (typeof value !== "object" || value === null) return false;
  const entry = value;
  return typeof entry.fingerprint === "string" && typeof entry.ruleId === "string" && typeof entry.path === "string";
}
function parseBaseline(text, name) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`baseline ${name} is not valid JSON (${error.message})`);
  }
  const file = data;
  if (typeof data !== "object" || data === null || file.tool !== "compose-lint" || !Array.isArray(file.findings)) {
    throw new BaselineError(`baseline ${name} is not a compose-lint baseline (write one with --write-baseline)`);
  }
  if (file.version !== BASELINE_VERSION) throw new BaselineError(`baseline ${name} has version ${JSON.stringify(file.version)}; this compose-lint reads version ${BASELINE_VERSION}`);
  const bad = file.findings.findIndex((entry) => !isEntry(entry));
  if (bad >= 0) throw new BaselineError(`baseline ${name}: entry ${bad + 1} has no fingerprint, ruleId or path`);
  return file.findings;
}
async function readBaseline(file, name) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${name} (${error.code ?? "error"})`);
  }
  return parseBaseline(text, name);
}
async function exists(file) {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
async function compareWithBaseline(result, entries, baselineFile, cwd, name) {
  const recorded = new Set(entries.map((entry) => entry.fingerprint));
  const current = /* @__PURE__ */ new Set();
  const unchanged = /* @__PURE__ */ new Set();
  const checked = /* @__PURE__ */ new Set();
  for (const file of result.files) {
    const path = fromBaselineDir(baselineFile, cwd, file.path);
    checked.add(path);
    findingFingerprints(file, path).forEach((fingerprint, i) => {
      current.add(fingerprint);
      if (recorded.has(fingerprint)) unchanged.add(file.findings[i]);
    });
  }
  const fixed = [];
  for (const entry of entries) {
    if (current.has(entry.fingerprint)) continue;
    if (checked.has(entry.path) || !await exists(resolve(dirname(baselineFile), entry.path))) fixed.push(entry);
  }
  return { name, unchanged, fixed };
}
function withoutBaselined(result, comparison) {
  return { ...result, files: result.files.map((file) => ({ ...file, findings: file.findings.filter((f) => !comparison.unchanged.has(f)) })) };
}
async function baselineText(result, baselineFile, cwd, previous = []) {
  const entries = baselineEntries(result, baselineFile, cwd);
  const checked = new Set(result.files.map((file) => fromBaselineDir(baselineFile, cwd, file.path)));
  for (const entry of previous) {
    if (!checked.has(entry.path) && await exists(resolve(dirname(baselineFile), entry.path))) entries.push(entry);
  }
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return JSON.stringify({ tool: "compose-lint", version: BASELINE_VERSION, findings: entries }, null, 2) + "\n";
}
async function writeBaselineFile(file, name, text) {
  try {
    writeOutputFile(checkOutputFile(file, dirname(file)), text);
  } catch (error) {
    if (error instanceof OutputFileError) throw new BaselineError(`will not write baseline ${name}: ${error.message}`);
    throw error;
  }
}
var FIXED_LISTED = 20;
async function applyBaseline(result, options) {
  const messages = [];
  let full = result;
  let shown = result;
  let read;
  if (options.baseline !== void 0) {
    const file = resolve(options.cwd, options.baseline);
    read = await readBaseline(file, options.baseline);
    const comparison = await compareWithBaseline(result, read, file, options.cwd, options.baseline);
    full = { ...result, baseline: comparison };
    shown = withoutBaselined(result, comparison);
    const fixed = comparison.fixed.length;
    messages.push(
      `baseline ${options.baseline}: ${plural(comparison.unchanged.size, "recorded finding")} not shown` + (fixed > 0 ? `, ${plural(fixed, "recorded finding")} fixed (run --write-baseline ${options.baseline} to drop ${fixed === 1 ? "it" : "them"})` : "")
    );
    for (const entry of comparison.fixed.slice(0, FIXED_LISTED)) {
      messages.push(`  fixed: ${entry.path}${entry.service ? ` service "${entry.service}"` : ""}: ${entry.ruleId} (recorded at line ${entry.line})`);
    }
    if (fixed > FIXED_LISTED) messages.push(`  and ${plural(fixed - FIXED_LISTED, "more fixed finding")}`);
  }
  if (options.writeBaseline !== void 0) {
    const file = resolve(options.cwd, options.writeBaseline);
    let previous = [];
    if (await exists(file)) previous = options.baseline !== void 0 && resolve(options.cwd, options.baseline) === file ? read : await readBaseline(file, options.writeBaseline).catch(() => []);
    await writeBaselineFile(file, options.writeBaseline, await baselineText(result, file, options.cwd, previous));
    const count = result.files.reduce((sum, f) => sum + f.findings.length, 0);
    messages.push(`wrote baseline ${options.writeBaseline}: ${plural(count, "finding")} recorded`);
  }
  return { full, shown, messages };
}

// src/cli-support.ts
function withSuggestion(message, optionNames) {
  const match = /^Unknown option '(--?)([^'=]+)'/.exec(message);
  if (!match) return message;
  const suggestion = closest(match[2], optionNames.filter((name) => name.length > 1));
  return suggestion ? `${message}; did you mean --${suggestion}?` : message;
}
function countLevels(result) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const file of result.files) for (const finding of file.findings) counts[finding.level]++;
  return counts;
}
function summaryLine(result) {
  const counts = countLevels(result);
  const total = counts.error + counts.warning + counts.note;
  const checked = `${plural(result.files.length, "file")} checked`;
  const notLinted = result.errors.length > 0 ? `; ${plural(result.errors.length, "path")} could not be linted` : "";
  if (total === 0) return result.errors.length > 0 ? `no findings in what could be read (${checked})${notLinted}` : `no problems found (${checked})`;
  return `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}); ${checked}${notLinted}`;
}
function errorsOnly(result) {
  return { ...result, files: result.files.map((file) => ({ ...file, findings: file.findings.filter((f) => f.level === "error") })) };
}
function parseMaxWarnings(value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value.trim())) return Number.NaN;
  return Number(value.trim());
}

// src/stdio.ts
import { fstatSync, writeSync } from "node:fs";
var StdWriter = class {
  constructor(fd) {
    this.fd = fd;
  }
  fd;
  mode;
  /** A write failed for another reason than a closed pipe. */
  failed = false;
  get isTTY() {
    this.mode ??= this.pick();
    return this.mode === "stream" && this.stream().isTTY === true;
  }
  /** The terminal's width, when it is one. */
  get columns() {
    return this.isTTY ? this.stream().columns : void 0;
  }
  write(text) {
    if (text === "") return;
    this.mode ??= this.pick();
    if (this.mode === "closed") return;
    if (this.mode === "stream") {
      this.stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(this.fd, bytes, offset);
      } catch (error) {
        const code = error.code;
        if (code === "EAGAIN") {
          this.mode = "stream";
          this.stream().write(bytes.subarray(offset));
        } else {
          this.mode = "closed";
          if (code !== "EPIPE") this.failed = true;
        }
        return;
      }
    }
  }
  pick() {
    if (process.platform !== "win32") {
      try {
        const stat = fstatSync(this.fd);
        if (stat.isFIFO() || stat.isFile() || stat.isSocket()) return "direct";
      } catch {
      }
    }
    return "stream";
  }
  stream() {
    const stream = this.fd === 1 ? process.stdout : process.stderr;
    if (stream.listenerCount("error") === 0) {
      stream.on("error", (error) => {
        if (error.code === "EPIPE") return;
        this.failed = true;
        process.exitCode = 3;
      });
    }
    return stream;
  }
};
var stdout = new StdWriter(1);
var stderr = new StdWriter(2);

// src/cli-config.ts
import { relative as relative2 } from "node:path";
function parseRuleSettings(specs, metas, fail) {
  const known = metas.map((m) => m.id);
  const settings = {};
  for (const spec of specs) {
    const match = /^([a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)?)[=:](error|warning|note|off)$/.exec(spec.trim());
    if (!match) throw fail(`--rule expects ID=LEVEL with LEVEL error, warning, note or off; got "${spec}"`);
    const [, id, level] = match;
    if (!known.includes(id)) {
      const near = closest(id, known);
      throw fail(`unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""} (see --list-rules)`);
    }
    if (LOCKED.has(id) && level !== "error") throw fail(`${id} cannot be turned off or lowered: it reports what compose-lint could not read or see`);
    settings[id] = level;
  }
  return settings;
}
function printConfig(absolutePath, options, cwd) {
  const config = configResolver(options, cwd).resolve(absolutePath);
  const effective = withConfig(options, config);
  const rules2 = {};
  const ruleSet = options.ruleSet ?? rules;
  const enabled = new Map(enabledRules(effective).map((r) => [r.rule.meta.id, r]));
  for (const meta of allRuleMeta(ruleSet)) {
    const builtin = !ruleSet.some((r) => r.meta.id === meta.id);
    const level = LOCKED.has(meta.id) ? "error" : builtin ? effective.rules?.[meta.id] ?? meta.level : enabled.get(meta.id)?.level ?? "off";
    const ruleOptions = enabled.get(meta.id)?.options ?? {};
    rules2[meta.id] = Object.keys(ruleOptions).length > 0 ? [level, { ...ruleOptions }] : level;
  }
  const printed = {
    file: relative2(cwd, absolutePath) || absolutePath,
    configFile: config.file ?? null,
    ignored: config.ignored,
    extends: effective.strict ? "strict" : "recommended",
    failLevel: config.failLevel ?? "warning",
    noInlineConfig: effective.noInlineConfig === true,
    requireReason: effective.requireReason === true,
    suppress: effective.suppress ?? {},
    rules: rules2
  };
  return JSON.stringify(printed, null, 2) + "\n";
}

// src/cli.ts
var EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
var OPTIONS = {
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
  version: { type: "boolean", short: "v" }
};
var HELP = `Usage: compose-lint [options] [paths...]

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
var UsageError = class extends Error {
};
function outputTarget(file, cwd) {
  try {
    return checkOutputFile(file, cwd);
  } catch (error) {
    if (error instanceof OutputFileError) throw new UsageError(error.message);
    throw error;
  }
}
function writeReport(target, text) {
  try {
    writeOutputFile(target, text);
  } catch (error) {
    if (error instanceof OutputFileError) throw new UsageError(error.message);
    throw error;
  }
}
function parseOutputs(formats, outputFile) {
  const outputs = (formats.length > 0 ? formats : ["text"]).map((spec) => {
    const eq = spec.indexOf("=");
    const format = eq < 0 ? spec : spec.slice(0, eq);
    if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${format}" (expected one of: ${FORMAT_NAMES.join(", ")})`);
    if (eq >= 0 && spec.slice(eq + 1).trim() === "") throw new UsageError(`--format ${format}= needs a file name after "="`);
    return eq < 0 ? { format } : { format, file: spec.slice(eq + 1) };
  });
  const toStdout = outputs.filter((o) => o.file === void 0);
  if (outputFile !== void 0) {
    if (outputFile.trim() === "") throw new UsageError("--output-file needs a file name");
    if (toStdout.length !== 1) throw new UsageError("--output-file needs exactly one --format without =FILE");
    toStdout[0].file = outputFile;
  } else if (toStdout.length > 1) {
    throw new UsageError("only one format can go to standard output; give the others a file (--format sarif=out.sarif)");
  }
  return outputs;
}
async function readStdin(maxBytes) {
  const chunks = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    length += chunk.length;
    if (length > maxBytes) return void 0;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
async function lintStdin(name, options, cwd) {
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const bytes = await readStdin(maxBytes);
  if (!bytes) return { files: [notLintedFile(name, `standard input is over --max-file-size ${formatSize(maxBytes)}`)], errors: [] };
  const decoded = decodeText(bytes);
  if ("error" in decoded) return { files: [], errors: [{ path: name, message: decoded.error }] };
  const config = configResolver(options, cwd).resolve(resolve2(cwd, name === "<stdin>" ? "compose.yaml" : name));
  const file = await lintTextBeside(decoded.text, name, name === "<stdin>" ? void 0 : resolve2(cwd, name), withConfig(options, config));
  if (config.failLevel) file.failLevel = config.failLevel;
  return { files: [file], errors: [] };
}
function projectOptions(values) {
  const options = { dotenv: values["no-dotenv"] !== true, allowOutsideProject: values["allow-outside-project"] === true };
  if (values.file) options.composeFiles = values.file;
  if (values["project-directory"] !== void 0) options.projectDirectory = values["project-directory"];
  if (values["env-file"]) options.envFiles = values["env-file"];
  return options;
}
function useColor(values, stream) {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY;
}
function fixRequest(values, ruleSet, stdin) {
  const write = values.fix === true;
  const dryRun = values["fix-dry-run"] === true;
  if (!write && !dryRun) {
    if (values["fix-rule"] !== void 0 || values["fix-type"] !== void 0) throw new UsageError("--fix-rule and --fix-type go with --fix or --fix-dry-run");
    return void 0;
  }
  if (write && dryRun) throw new UsageError("--fix and --fix-dry-run cannot be combined");
  if (stdin) throw new UsageError('fixes apply to files; standard input ("-") cannot be fixed');
  const type = values["fix-type"] ?? "safe";
  if (type !== "safe" && type !== "all") throw new UsageError(`--fix-type must be safe or all; got "${type}"`);
  const fixable = ruleSet.filter((r) => r.meta.fixable !== void 0).map((r) => r.meta.id);
  for (const id of values["fix-rule"] ?? []) {
    if (!fixable.includes(id)) throw new UsageError(`--fix-rule: "${id}" is not a rule with fixes (${fixable.join(", ")})`);
  }
  return { write, selection: { type, rules: values["fix-rule"] ?? [] } };
}
async function main(argv) {
  const code = await guarded(argv);
  return stdout.failed || stderr.failed ? EXIT.internal : code;
}
async function guarded(argv) {
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownRuleError) {
      stderr.write(guardText(`compose-lint: ${escapeLine(error.message)}
Run "compose-lint --help" for usage.
`));
      return EXIT.usage;
    }
    if (error instanceof ConfigError || error instanceof PluginError) {
      for (const line of error.message.split("\n")) stderr.write(guardText(`compose-lint: ${escapeLine(line)}
`));
      return EXIT.usage;
    }
    throw error;
  }
}
async function run(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(withSuggestion(error.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""), Object.keys(OPTIONS)));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    stdout.write(`${version}
`);
    return EXIT.ok;
  }
  if (values.lsp) {
    const { startLanguageServer } = await import("./chunks/server-4MC7JCNM.mjs");
    startLanguageServer({ plugins: values.plugin ?? [], strict: values.strict === true, ...values.config !== void 0 ? { config: values.config } : {} });
    return EXIT.ok;
  }
  const cwd = process.cwd();
  let ruleSet = rules;
  if (values.plugin && values.plugin.length > 0) {
    const { loadPlugins } = await import("./chunks/plugins-QKM4UGDW.mjs");
    ruleSet = [...rules, ...(await loadPlugins(values.plugin, cwd)).flatMap((plugin) => plugin.rules)];
  }
  if (values["list-rules"]) {
    const format = values.format?.[0] ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`--list-rules prints text or json; got "${format}"`);
    stdout.write(format === "json" ? guardJson(listRules(ruleSet, format)) : guardText(listRules(ruleSet, format)));
    return EXIT.ok;
  }
  if (values["print-project"]) {
    const { printProjects } = await import("./chunks/print-project-F5XTR42S.mjs");
    const formats = values.format ?? [];
    const format = formats.length === 0 ? "yaml" : formats.length === 1 ? formats[0] : "";
    if (format !== "json" && format !== "yaml") throw new UsageError(`--print-project prints json or yaml; got "${formats.join(", ")}"`);
    const { text, errors } = await printProjects(positionals, projectOptions(values), format);
    stdout.write(text);
    for (const error of errors) stderr.write(`compose-lint: ${escapeLine(error.path)}: ${escapeLine(error.message)}
`);
    return errors.length > 0 ? EXIT.usage : EXIT.ok;
  }
  if (values.explain !== void 0) {
    stdout.write(guardText(explain(values.explain, ruleSet, useColor(values, stdout))));
    return EXIT.ok;
  }
  const explicitFailLevel = values["fail-level"];
  if (explicitFailLevel !== void 0 && !FAIL_LEVELS[explicitFailLevel]) throw new UsageError(`--fail-level must be error, warning, note or none; got "${explicitFailLevel}"`);
  const outputs = parseOutputs(values.format ?? [], values["output-file"]);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  if (Number.isNaN(maxWarnings)) throw new UsageError(`--max-warnings expects a whole number, 0 or more; got "${values["max-warnings"]}"`);
  const maxFileSize = values["max-file-size"] === void 0 ? DEFAULT_MAX_FILE_SIZE : parseSize(values["max-file-size"]);
  if (maxFileSize === void 0) throw new UsageError(`--max-file-size expects a size such as 10MB, 512KiB or a byte count; got "${values["max-file-size"]}"`);
  if (values.config !== void 0 && values["no-config"]) throw new UsageError("--config and --no-config cannot be combined");
  const targets = new Map(outputs.flatMap((o) => o.file === void 0 ? [] : [[o, outputTarget(o.file, cwd)]]));
  const options = {
    strict: values.strict === true,
    rules: parseRuleSettings(values.rule ?? [], allRuleMeta(ruleSet), (message) => new UsageError(message)),
    dotenv: values["no-dotenv"] !== true,
    ...projectOptions(values),
    maxFileSize,
    ruleSet,
    noInlineConfig: values["no-inline-config"] === true,
    requireReason: values["require-reason"] === true,
    ...values["no-config"] ? { config: false } : values.config !== void 0 ? { config: values.config } : {}
  };
  if (values["print-config"] !== void 0) {
    stdout.write(guardText(printConfig(resolve2(cwd, values["print-config"]), options, cwd)));
    return EXIT.ok;
  }
  const stdinCount = positionals.filter((p) => p === "-").length;
  if (stdinCount > 0 && positionals.length > 1) throw new UsageError(`"-" (standard input) cannot be combined with other paths`);
  if (values["stdin-filename"] !== void 0 && stdinCount === 0) throw new UsageError(`--stdin-filename names standard input: add "-" to read it`);
  const fixing = fixRequest(values, ruleSet, stdinCount > 0);
  if (!fixing && !outputs.some((o) => o.format === "json" || o.format === "sarif")) options.fixes = false;
  const baseline = values.baseline !== void 0 || values["write-baseline"] !== void 0;
  if (!fixing && !baseline && !outputs.some((o) => FORMATS_READING_THE_MODEL.has(o.format))) options.keepProjects = false;
  let result = stdinCount > 0 ? await lintStdin(values["stdin-filename"] ?? "<stdin>", options, cwd) : await lintFiles(positionals, { ...options, cwd });
  if (fixing) {
    const { runFixes } = await import("./chunks/cli-W7YSKX5H.mjs");
    const fixed = await runFixes(result, options, cwd, fixing.selection, fixing.write);
    result = fixed.result;
    const diffOnStdout = outputs.some((o) => o.format === "text" && o.file === void 0) || !outputs.some((o) => o.file === void 0);
    if (!fixing.write) (diffOnStdout ? stdout : stderr).write(guardText(fixed.diff));
    for (const note of fixed.notes) stderr.write(guardText(`${note}
`));
  }
  let baselined;
  try {
    baselined = await applyBaseline(result, { baseline: values.baseline, writeBaseline: values["write-baseline"], cwd });
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  const visible = values.quiet ? errorsOnly(baselined.shown) : baselined.shown;
  const reported = new Set(result.files.flatMap((file) => [...file.findings, ...file.suppressed ?? []].map((f) => f.ruleId)));
  const enabled = new Set(enabledRules(options).map((r) => r.rule.meta.id));
  const context = { rules: [...BUILTIN_META, ...ruleSet.map((r) => r.meta).filter((meta) => enabled.has(meta.id) || reported.has(meta.id))], cwd, showSuppressed: values["show-suppressed"] === true };
  for (const output of outputs) {
    const formatter = await loadFormatter(output.format);
    const shown = output.format === "sarif" ? baselined.full : visible;
    if (output.file === void 0) {
      const width = stdout.columns;
      stdout.write(formatter(shown, { ...context, color: useColor(values, stdout), width }));
    } else {
      writeReport(targets.get(output), formatter(shown, { ...context, color: false }));
    }
  }
  for (const line of baselined.messages) stderr.write(`compose-lint: ${escapeLine(line)}
`);
  const textOnStdout = outputs.some((o) => o.format === "text" && o.file === void 0);
  if (!textOnStdout) for (const error of result.errors) stderr.write(guardText(`compose-lint: ${escapeLine(error.path)}: ${escapeLine(error.message)}
`));
  if (outputs.every((o) => o.file !== void 0)) stderr.write(guardText(`compose-lint: ${summaryLine(visible)}
`));
  if (result.errors.length > 0) return EXIT.usage;
  if (values["write-baseline"] !== void 0) return EXIT.ok;
  const failed = visible.files.some((file) => {
    const failing = FAIL_LEVELS[explicitFailLevel ?? file.failLevel ?? "warning"];
    return file.findings.some((f) => failing.includes(f.level));
  }) || maxWarnings !== void 0 && countLevels(visible).warning > maxWarnings;
  return failed ? EXIT.findings : EXIT.ok;
}
export {
  EXIT,
  main
};
