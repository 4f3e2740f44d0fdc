import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  BUILTIN_META,
  FAIL_LEVELS,
  FORMAT_NAMES,
  decodeText,
  enabledRules,
  lintFiles,
  lintText,
  loadFormatter,
  readDotEnv,
  rules
} from "./chunks/chunk-VCOTJOIB.mjs";
import "./chunks/chunk-AF4CIYQU.mjs";
import {
  version
} from "./chunks/chunk-VSK3LMYA.mjs";
import "./chunks/chunk-BOI44LYS.mjs";
import {
  escapeLine
} from "./chunks/chunk-Y636DHQF.mjs";
import "./chunks/chunk-KOCLF33B.mjs";

// src/cli.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
var EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
var OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o" },
  "fail-level": { type: "string" },
  strict: { type: "boolean" },
  rule: { type: "string", multiple: true },
  "stdin-filename": { type: "string" },
  "no-dotenv": { type: "boolean" },
  "list-rules": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var HELP = `Usage: compose-lint [options] [paths...]

Lints Docker Compose files for security problems. A path may be a file or a directory
(searched for compose*.y(a)ml and docker-compose*.y(a)ml); none means the current directory;
"-" reads standard input.

Options:
  -f, --format NAME[=FILE]  Output format: ${FORMAT_NAMES.join(", ")} (default text). Repeat for several
                            outputs, e.g. --format text --format sarif=results.sarif
  -o, --output-file FILE    Write the output to FILE instead of standard output
      --fail-level LEVEL    Exit 1 when a finding is at or above LEVEL: error, warning, note, none
                            (default warning)
      --strict              Also run the strict rules (hardening checks, off by default)
      --rule ID=LEVEL       Set a rule's level: error, warning, note or off (repeatable)
      --stdin-filename NAME The file name to report when reading standard input ("-")
      --no-dotenv           Do not read the .env file beside each compose file for interpolation
      --list-rules          List every rule with its level, preset and description
      --color, --no-color   Force colour on or off (default: on for a terminal without NO_COLOR)
  -h, --help                Show this help
  -v, --version             Show the version

Suppress a finding with a comment on its line or the line above:
  # compose-lint ignore=no-unbound-port

Exit codes: 0 no findings at or above the fail level, 1 findings at or above it,
            2 usage error, unreadable path or no compose file found, 3 internal error.
`;
var UsageError = class extends Error {
};
function parseOutputs(formats, outputFile) {
  const outputs = (formats.length > 0 ? formats : ["text"]).map((spec) => {
    const eq = spec.indexOf("=");
    const format = eq < 0 ? spec : spec.slice(0, eq);
    if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${format}" (expected one of: ${FORMAT_NAMES.join(", ")})`);
    return eq < 0 ? { format } : { format, file: spec.slice(eq + 1) };
  });
  const toStdout = outputs.filter((o) => o.file === void 0);
  if (outputFile !== void 0) {
    if (toStdout.length !== 1) throw new UsageError("--output-file needs exactly one --format without =FILE");
    toStdout[0].file = outputFile;
  } else if (toStdout.length > 1) {
    throw new UsageError("only one format can go to standard output; give the others a file (--format sarif=out.sarif)");
  }
  return outputs;
}
function parseRuleSettings(specs) {
  const known = new Set(rules.map((r) => r.meta.id));
  const settings = {};
  for (const spec of specs) {
    const match = /^([a-z0-9-]+)[=:](error|warning|note|off)$/.exec(spec.trim());
    if (!match) throw new UsageError(`--rule expects ID=LEVEL with LEVEL error, warning, note or off; got "${spec}"`);
    if (!known.has(match[1])) throw new UsageError(`unknown rule "${match[1]}" (see --list-rules)`);
    settings[match[1]] = match[2];
  }
  return settings;
}
function listRules() {
  const rows = rules.map((r) => [r.meta.id, r.meta.level, r.meta.preset, r.meta.description]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), ["rule", "level", "preset"][i].length));
  const line = (row) => row.map((cell, i) => i < 3 ? cell.padEnd(widths[i]) : cell).join("  ");
  return [line(["rule", "level", "preset", "description"]), ...rows.map(line)].join("\n") + "\n";
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function lintStdin(name, options, cwd) {
  const decoded = decodeText(await readStdin());
  if ("error" in decoded) return { files: [], errors: [{ path: name, message: decoded.error }] };
  const dotenv = options.dotenv === false || name === "<stdin>" ? {} : await readDotEnv(resolve(cwd, name));
  return { files: [lintText(decoded.text, name, { ...options, env: { ...dotenv, ...options.env ?? process.env } })], errors: [] };
}
function useColor(values, stream) {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}
async function main(argv) {
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`compose-lint: ${escapeLine(error.message)}
Run "compose-lint --help" for usage.
`);
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
    throw new UsageError(error.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    process.stdout.write(`${version}
`);
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
  const options = {
    strict: values.strict === true,
    rules: parseRuleSettings(values.rule ?? []),
    dotenv: values["no-dotenv"] !== true
  };
  const cwd = process.cwd();
  const stdinCount = positionals.filter((p) => p === "-").length;
  if (stdinCount > 0 && positionals.length > 1) throw new UsageError(`"-" (standard input) cannot be combined with other paths`);
  const result = stdinCount > 0 ? await lintStdin(values["stdin-filename"] ?? "<stdin>", options, cwd) : await lintFiles(positionals, { ...options, cwd });
  const context = { rules: [...BUILTIN_META, ...enabledRules(options).map((r) => r.rule.meta)], cwd };
  for (const output of outputs) {
    const formatter = await loadFormatter(output.format);
    if (output.file === void 0) {
      process.stdout.write(formatter(result, { ...context, color: useColor(values, process.stdout) }));
    } else {
      const target = resolve(cwd, output.file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, formatter(result, { ...context, color: false }));
    }
  }
  const textOnStdout = outputs.some((o) => o.format === "text" && o.file === void 0);
  if (!textOnStdout) for (const error of result.errors) process.stderr.write(`compose-lint: ${escapeLine(error.path)}: ${escapeLine(error.message)}
`);
  if (result.errors.length > 0) return EXIT.usage;
  const failed = result.files.some((file) => file.findings.some((f) => failing.includes(f.level)));
  return failed ? EXIT.findings : EXIT.ok;
}
export {
  EXIT,
  main
};
