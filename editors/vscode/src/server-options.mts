/**
 * Everything the extension decides without VS Code: where the bundled server is, how it is
 * started, which documents it sees, which files it hears about and which settings reach it.
 * Pure data and functions (no `vscode` import) so that a test can check them against the package
 * the build makes. An ES module of its own (.mts) so that the repository's type check, which
 * treats `.ts` files under this folder's package.json as CommonJS, can read it too.
 */
import { join } from "node:path";
import type { DocumentSelector, NodeModule, ServerOptions, TransportKind } from "vscode-languageclient/node";

/** The settings section (`composeLint.*`); also the client id, so `composeLint.trace.server` traces it. */
export const SETTINGS_SECTION = "composeLint";

/** The server inside the extension package: the compose-lint command line, copied by scripts/build-vscode.mjs. */
export function serverModulePath(extensionPath: string): string {
  return join(extensionPath, "server", "bin", "compose-lint.js");
}

const STDIO: TransportKind.stdio = 0;

/**
 * `node <extension>/server/bin/compose-lint.js --lsp --stdio`: the language client forks the
 * module with VS Code's own Node.js (20 or later since VS Code 1.91, as the command line needs)
 * and appends `--stdio` (and `--clientProcessId=PID`) itself.
 */
export function serverOptions(extensionPath: string): ServerOptions {
  const server: NodeModule = { module: serverModulePath(extensionPath), transport: STDIO, args: ["--lsp"] };
  return { run: server, debug: server };
}

/**
 * The compose file names compose-lint's directory search finds (COMPOSE_FILE_GLOBS in
 * src/discover.ts), written as flat VS Code globs: one brace group each, since VS Code's globs do
 * not nest braces. package.json's `workspaceContains:` activation events list the same patterns.
 */
export const COMPOSE_FILE_PATTERNS: readonly string[] = [
  ...["compose", "docker-compose", "docker-stack"].flatMap((stem) => ["", ".*", "-*", "_*"].map((variant) => `**/${stem}${variant}.{yml,yaml}`)),
  ...["-", "_", "."].map((separator) => `**/*${separator}compose.{yml,yaml}`),
];

/** The env files interpolation and `env_file:` read, as the server recognises them. */
export const ENV_FILE_PATTERNS: readonly string[] = ["**/.env", "**/.env.*", "**/*.env"];

/**
 * Files on disk only (no virtual or untitled documents: a project needs its folder): those VS Code
 * already calls `dockercompose` (its YAML extension gives that language to `compose.yaml`,
 * `compose.*.yaml` and `*docker*compose*.yaml`, and users extend it with `files.associations`),
 * and YAML files named as the command line's search finds them (`docker-stack.yml`,
 * `compose-dev.yaml`, `monitoring-compose.yml`, ...). Never any other YAML file. Env files too
 * (`.env`, `.env.*`, `*.env`), whatever language they are given: the server is not asked to lint
 * them, but their unsaved text is what the open compose documents' projects read.
 */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { scheme: "file", language: "dockercompose" },
  ...COMPOSE_FILE_PATTERNS.map((pattern) => ({ scheme: "file", language: "yaml", pattern })),
  ...ENV_FILE_PATTERNS.map((pattern) => ({ scheme: "file", pattern })),
];

/**
 * The files whose changes the server hears of (workspace/didChangeWatchedFiles), for it to re-lint
 * the open documents that depend on them: every YAML file (compose files, overrides, `include:`d and
 * `extends: file:` files have any name, and `.compose-lint.yaml`), the `.env` files interpolation
 * reads, and the other configuration files (`.compose-lint.json`, package.json "compose-lint").
 */
export const WATCHED_FILE_PATTERNS: readonly string[] = ["**/*.{yml,yaml}", ...ENV_FILE_PATTERNS, "**/.compose-lint.json", "**/package.json"];

/**
 * A settings value as the server is to see it in a workspace VS Code does not trust: without
 * plugins. `composeLint.plugins` can only be set in user (machine) settings, but a plugin named
 * by a relative path or a package name is resolved from the workspace folder (the server's
 * working directory), which would run the workspace's code. `section` is the section the value
 * was read for (as in a workspace/configuration item): the whole settings, `composeLint`, or
 * `composeLint.plugins` itself.
 */
export function withoutPlugins(section: string | null | undefined, value: unknown): unknown {
  if (section === `${SETTINGS_SECTION}.plugins`) return [];
  if (section === SETTINGS_SECTION) return isObject(value) ? { ...value, plugins: [] } : value;
  if (!section && isObject(value) && isObject(value[SETTINGS_SECTION])) return { ...value, [SETTINGS_SECTION]: { ...value[SETTINGS_SECTION], plugins: [] } };
  return value;
}

/**
 * The `composeLint` settings as the server is given them at start (initializationOptions, the only
 * place the server takes plugins from besides its command line) and when they change.
 */
export function serverSettings(section: unknown, trusted: boolean): unknown {
  return trusted ? section : withoutPlugins(SETTINGS_SECTION, section);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
