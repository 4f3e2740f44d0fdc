/**
 * `compose-lint --lsp`: the language server, an adapter beside the command line. It lints each
 * open compose document as `compose-lint <file>` would (its project, configuration and `.env`,
 * with the editor's unsaved text), in a worker thread with a time bound, and answers with
 * diagnostics, quick fixes, ignore actions and the rule's page on hover.
 *
 * Standard output is the protocol: console output is routed to the client's log, and the worker
 * thread's standard output is its own stream, forwarded there too.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { basename, join } from "node:path";
import { Worker } from "node:worker_threads";
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from "vscode-languageserver/node";
import type { CodeAction, Connection, Diagnostic, Hover, InitializeParams, InitializeResult, Position, Range } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { packageRoot, version } from "../meta.js";
import { globMatcher } from "../config/glob.js";
import { multilineScalarInterior } from "../load/scalar-lines.js";
import { defaultCwd, isComposeFileName, LINE_IGNORE_SUFFIX } from "./shared.js";
import type { Analysis, AnalysisRequest, DiagnosticEntry, FailLevel, fixAll, LintSettings } from "./analyze.js";

type FixAllResult = NonNullable<Awaited<ReturnType<typeof fixAll>>>;

/** The kind of the "fix all" source action (editors run `source.fixAll` on save when asked to). */
const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.compose-lint`;

export interface ServerOptions {
  /** `--plugin` on the server's command line. */
  plugins: readonly string[];
  /** `--strict` / `--config` on the command line: defaults the settings may override. */
  strict?: boolean;
  config?: string;
}

/** Defaults; `initializationOptions` may set `debounceMs` (0 for the latency script) and `timeoutMs`. */
const DEBOUNCE_MS = 150;
const TIMEOUT_MS = 10_000;
const FAIL_LEVELS: readonly FailLevel[] = ["error", "warning", "note", "none"];

/** `.env`, `db.env`, `.env.local`: the env files interpolation and `env_file:` read. */
const ENV_FILE_GLOBS = ["**/.env", "**/*.env", "**/.env.*"];
const isEnvFileName = globMatcher(ENV_FILE_GLOBS);

/** True for a document or path whose file is an env file. */
function isEnvFile(uri: string): boolean {
  const path = pathOf(uri);
  return path !== undefined && isEnvFileName(basename(path));
}

/** Files whose change can change what an open compose document reports (watched when the client lets us register). */
export const WATCHED_GLOBS = ["**/*.{yml,yaml}", ...ENV_FILE_GLOBS, "**/.compose-lint.{yaml,yml,json}", "**/package.json"];

class TimeoutError extends Error {}

/** One linting thread, one run at a time; a run over its time bound ends the thread (the next run starts a fresh one). */
class LintWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly log: (line: string) => void,
  ) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file, { stdout: true, stderr: true });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim() !== "") this.log(line);
    };
    worker.stdout.on("data", forward);
    worker.stderr.on("data", forward);
    worker.on("exit", () => {
      if (this.worker === worker) this.worker = undefined;
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Runs the analysis after the runs queued before it; `stillWanted` is asked when its turn comes (superseded runs are dropped). */
  run(request: AnalysisRequest, timeoutMs: number, stillWanted: () => boolean): Promise<Analysis | undefined> {
    return this.enqueue(() => (stillWanted() ? (this.send(request, timeoutMs, false) as Promise<Analysis>) : Promise.resolve(undefined)));
  }

  /** The document's safe fixes, applied and checked (see analyze.ts fixAll). */
  fixAll(request: AnalysisRequest, timeoutMs: number): Promise<FixAllResult | null> {
    return this.enqueue(() => this.send(request, timeoutMs, true) as Promise<FixAllResult | null>);
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(job);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private send(request: AnalysisRequest, timeoutMs: number, fixAll: boolean): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const onMessage = (message: { id: number; analysis?: unknown; error?: string }) => {
        if (message.id !== id) return;
        done();
        if ("analysis" in message) resolve(message.analysis);
        else reject(new Error(message.error ?? "the linting thread gave no answer"));
      };
      const onError = (error: Error) => {
        done();
        reject(error);
      };
      const onExit = (code: number) => {
        done();
        reject(new Error(`the linting thread ended (exit code ${code})`));
      };
      const timer = setTimeout(() => {
        done();
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
        reject(new TimeoutError(`not linted: compose-lint did not finish this document's project within ${timeoutMs} ms, so the run was stopped; what it would report is unknown. Lint it on the command line (compose-lint FILE) to see why`));
      }, timeoutMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(fixAll ? { id, request, fixAll } : { id, request });
    });
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

interface DocumentState {
  timer?: NodeJS.Timeout;
  /** Bumped by every change: a run for an older generation is dropped. */
  generation: number;
  /** The run in flight, if any. */
  running?: Promise<void>;
  /** The version of each open document the last analysis was made with (its own included). */
  versions?: Map<string, number>;
  /** Target URI → entries, from the last analysis of this document. */
  contributions: Map<string, DiagnosticEntry[]>;
}

function inRange(range: Range, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}

function overlaps(a: Range, b: Range): boolean {
  return inRange(a, b.start) || inRange(a, b.end) || inRange(b, a.start);
}

const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
const entryKey = (d: Diagnostic) => `${String(d.code)}\0${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}\0${d.message}`;

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class ComposeLintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly states = new Map<string, DocumentState>();
  private readonly published = new Map<string, DiagnosticEntry[]>();
  private readonly pages = new Map<string, string>();
  private readonly worker: LintWorker;
  private settings: LintSettings;
  private debounceMs = DEBOUNCE_MS;
  private timeoutMs = TIMEOUT_MS;
  private folders: string[] = [];
  private configurationRequests = false;
  private initPlugins: string[] = [];
  /** What initializationOptions set: the workspace/configuration answer goes over it, key by key. */
  private initSettings: Record<string, unknown> = {};

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions,
  ) {
    this.settings = { strict: options.strict === true, plugins: [...options.plugins], ...(options.config !== undefined ? { config: options.config } : {}) };
    this.worker = new LintWorker(join(packageRoot, "lib", "lsp-worker.mjs"), (line) => connection.console.log(line));
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized());
    connection.onDidChangeConfiguration((params) => {
      // A client that cannot be asked (no workspace/configuration) pushes its settings here.
      const pushed = (params.settings as { composeLint?: unknown } | null | undefined)?.composeLint;
      if (!this.configurationRequests && pushed !== null && typeof pushed === "object") this.settings = this.merge({ ...this.initSettings, ...(pushed as Record<string, unknown>) });
      void this.reloadSettings();
    });
    connection.onDidChangeWatchedFiles(() => this.relintAll());
    connection.onCodeAction((params) => this.codeActions(params.textDocument.uri, params.range, params.context.diagnostics, params.context.only));
    connection.onHover((params) => this.hover(params.textDocument.uri, params.position));
    connection.onShutdown(() => this.worker.stop());
    // An opened document is linted at once; changes wait for the typing to pause (the library
    // reports an opening as a change too, right after: that one is skipped).
    const opening = new Set<string>();
    this.documents.onDidOpen(({ document }) => {
      opening.add(document.uri);
      this.changed(document.uri, 0);
    });
    this.documents.onDidChangeContent(({ document }) => {
      if (!opening.delete(document.uri)) this.changed(document.uri, this.debounceMs);
    });
    this.documents.onDidClose(({ document }) => this.closed(document.uri));
    this.documents.listen(connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    const given = { ...init, ...((init.composeLint as Record<string, unknown> | undefined) ?? {}) };
    if (typeof given.debounceMs === "number" && given.debounceMs >= 0) this.debounceMs = given.debounceMs;
    if (typeof given.timeoutMs === "number" && given.timeoutMs > 0) this.timeoutMs = given.timeoutMs;
    // Plugins come from how the server is started (its command line, the client's initializationOptions), never later.
    this.initPlugins = Array.isArray(given.plugins) ? given.plugins.filter((p): p is string => typeof p === "string") : [];
    this.initSettings = given;
    this.settings = this.merge(given);
    this.folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined);
    const root = params.rootUri ? pathOf(params.rootUri) : undefined;
    if (this.folders.length === 0 && root) this.folders = [root];
    const workspace = params.capabilities.workspace;
    this.configurationRequests = workspace?.configuration === true;
    this.watchRegistration = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.configurationRegistration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: "compose-lint", version },
    };
  }

  private watchRegistration = false;
  private configurationRegistration = false;

  private async initialized(): Promise<void> {
    try {
      if (this.watchRegistration) {
        await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) });
      }
      if (this.configurationRegistration) await this.connection.client.register(DidChangeConfigurationNotification.type, { section: "composeLint" });
    } catch (error) {
      this.connection.console.error(`compose-lint: could not register for file and settings changes: ${String(error)}`);
    }
    await this.reloadSettings();
  }

  /** The settings from `given`, over the command line's, each value checked (a wrong one is logged and left out). */
  private merge(given: Record<string, unknown>): LintSettings {
    const settings: LintSettings = { strict: this.options.strict === true, plugins: [...this.options.plugins, ...this.initPlugins] };
    if (this.options.config !== undefined) settings.config = this.options.config;
    if (given.strict !== undefined && given.strict !== null) {
      if (typeof given.strict === "boolean") settings.strict = given.strict;
      else this.connection.console.warn(`compose-lint: composeLint.strict must be true or false; ignored`);
    }
    if (typeof given.config === "string" && given.config.trim() !== "") settings.config = given.config;
    if (given.failLevel !== undefined && given.failLevel !== null && given.failLevel !== "") {
      if (FAIL_LEVELS.includes(given.failLevel as FailLevel)) settings.failLevel = given.failLevel as FailLevel;
      else this.connection.console.warn(`compose-lint: composeLint.failLevel must be error, warning, note or none; ignored`);
    }
    return settings;
  }

  /** Each workspace folder's settings (a multi-root workspace may set them per folder). */
  private folderSettings = new Map<string, LintSettings>();

  private async reloadSettings(): Promise<void> {
    if (this.configurationRequests) {
      try {
        // The window's settings first, then each folder's (scopeUri), in one request.
        const items = [{ section: "composeLint" }, ...this.folders.map((folder) => ({ section: "composeLint", scopeUri: pathToFileURL(folder).href }))];
        const answers = ((await this.connection.workspace.getConfiguration(items)) ?? []) as unknown[];
        const sections = answers.map((answer) => (answer !== null && typeof answer === "object" ? (answer as Record<string, unknown>) : {}));
        const plugins = sections.flatMap((section) => (Array.isArray(section.plugins) ? (section.plugins as unknown[]) : []));
        if (plugins.some((p) => !this.merge({}).plugins.includes(String(p)))) {
          this.connection.console.warn(
            "compose-lint: composeLint.plugins from workspace settings is not loaded: settings can come from the workspace's own files, and compose-lint never runs code from the workspace. Pass plugins in initializationOptions or with --plugin on the server's command line.",
          );
        }
        const given = (section: Record<string, unknown>) => Object.fromEntries(Object.entries(section).filter(([, value]) => value !== undefined && value !== null));
        this.settings = this.merge({ ...this.initSettings, ...given(sections[0] ?? {}) });
        this.folderSettings = new Map(this.folders.map((folder, i) => [folder, this.merge({ ...this.initSettings, ...given(sections[i + 1] ?? sections[0] ?? {}) })]));
      } catch (error) {
        this.connection.console.error(`compose-lint: could not read the composeLint settings: ${String(error)}`);
      }
    }
    this.relintAll();
  }

  private isCompose(document: TextDocument): boolean {
    if (document.languageId === "dockercompose") return true;
    const path = pathOf(document.uri);
    return path !== undefined && isComposeFileName(path);
  }

  private relintAll(): void {
    for (const document of this.documents.all()) if (this.isCompose(document)) this.changed(document.uri, this.debounceMs, false);
  }

  /** Schedules a run for the document (and, with `related`, for the open documents of its project). */
  private changed(uri: string, delay: number, related = true): void {
    const document = this.documents.get(uri);
    if (!document) return;
    if (related) {
      for (const [other, state] of this.states) {
        if (other !== uri && (state.contributions.has(uri) || this.states.get(uri)?.contributions.has(other))) this.changed(other, delay, false);
      }
    }
    if (!this.isCompose(document)) {
      // An open env file's unsaved text is what the compose documents read (their projects may use it).
      if (isEnvFile(uri)) this.relintAll();
      return;
    }
    const state: DocumentState = this.states.get(uri) ?? { generation: 0, contributions: new Map() };
    this.states.set(uri, state);
    state.generation++;
    clearTimeout(state.timer);
    const generation = state.generation;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.running = this.run(uri, generation);
    }, delay);
  }

  private async run(uri: string, generation: number): Promise<void> {
    const state = this.states.get(uri);
    const document = this.documents.get(uri);
    if (!state || !document) return;
    const current = () => this.states.get(uri) === state && state.generation === generation && this.documents.get(uri) !== undefined;
    const open: AnalysisRequest["open"] = [];
    const versions = new Map<string, number>();
    for (const other of this.documents.all()) {
      versions.set(other.uri, other.version);
      const path = pathOf(other.uri);
      if (path !== undefined) open.push([path, [other.uri, other.getText()]]);
    }
    const path = pathOf(uri);
    const cwd = defaultCwd(path, this.folders);
    const request: AnalysisRequest = { uri, text: document.getText(), cwd, open, settings: this.folderSettings.get(cwd) ?? this.settings, ...(path !== undefined ? { path } : {}) };
    let analysis: Analysis | undefined;
    try {
      analysis = await this.worker.run(request, this.timeoutMs, current);
    } catch (error) {
      const timedOut = error instanceof TimeoutError;
      const message = timedOut ? error.message : `compose-lint failed on this document (${error instanceof Error ? error.message : String(error)}); it was not linted. This is a bug in compose-lint: please report it`;
      this.connection.console.error(`compose-lint: ${request.path ?? uri}: ${message}`);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      analysis = { files: [{ uri, entries: [{ diagnostic: { range, severity: 1, code: timedOut ? "not-linted" : "internal-error", source: "compose-lint", message }, actions: [] }] }], pages: {}, log: [] };
    }
    if (!analysis || !current()) return;
    for (const line of analysis.log) this.connection.console.log(`compose-lint: ${line}`);
    for (const [id, page] of Object.entries(analysis.pages)) this.pages.set(id, page);
    const before = [...state.contributions.keys()];
    state.contributions = new Map(analysis.files.map((f) => [f.uri, f.entries]));
    state.versions = versions;
    this.publish(new Set([...before, ...state.contributions.keys()]), uri);
  }

  /**
   * Publishes, for each target, the union of what every open document's last run found there,
   * leaving out runs made with another version of the target than the editor's (a stale set).
   */
  private publish(targets: Iterable<string>, linted?: string): void {
    for (const target of targets) {
      const version = this.documents.get(target)?.version;
      const entries = new Map<string, DiagnosticEntry>();
      for (const state of this.states.values()) {
        const found = state.contributions.get(target);
        if (!found || (version !== undefined && state.versions?.get(target) !== version)) continue;
        for (const entry of found) if (!entries.has(entryKey(entry.diagnostic))) entries.set(entryKey(entry.diagnostic), entry);
      }
      const list = [...entries.values()];
      // A document just linted always hears its result, clean included; another file only when it changes.
      if (list.length === 0 && !this.published.has(target) && target !== linted) continue;
      if (list.length === 0) this.published.delete(target);
      else this.published.set(target, list);
      void this.connection.sendDiagnostics({ uri: target, ...(version !== undefined ? { version } : {}), diagnostics: list.map((e) => e.diagnostic) });
    }
  }

  private closed(uri: string): void {
    // A closed env file's unsaved text no longer counts (the document is already gone from the list).
    if (isEnvFile(uri)) this.relintAll();
    const state = this.states.get(uri);
    this.states.delete(uri);
    if (state) clearTimeout(state.timer);
    // What the document's own run found goes; what another open document's project finds there stays.
    this.publish(new Set([uri, ...(state?.contributions.keys() ?? [])]));
    // Its unsaved text no longer counts: the documents of its project are linted from the disk again.
    for (const [other, otherState] of this.states) if (otherState.contributions.has(uri) || state?.contributions.has(other)) this.changed(other, 0, false);
  }

  /** Waits until the document's diagnostics match its text (a pending run is started now). */
  private async settled(uri: string): Promise<void> {
    for (let round = 0; round < 3; round++) {
      const state = this.states.get(uri);
      const document = this.documents.get(uri);
      if (!state || !document) return;
      if (state.timer) {
        clearTimeout(state.timer);
        state.timer = undefined;
        state.running = this.run(uri, state.generation);
      }
      await state.running;
      if (state.versions?.get(uri) === document.version && !state.timer) return;
    }
  }

  private async codeActions(uri: string, range: Range, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined): Promise<CodeAction[]> {
    const asks = (kind: string) => only === undefined || only.some((wanted) => wanted === CodeActionKind.Empty || kind === wanted || kind.startsWith(`${wanted}.`));
    // "Fix all" only when asked for by kind (on save, or from a source action menu): it lints the document again.
    if (only?.some((wanted) => wanted !== CodeActionKind.Empty && (FIX_ALL_KIND === wanted || FIX_ALL_KIND.startsWith(`${wanted}.`)))) return this.fixAllAction(uri);
    if (!asks(CodeActionKind.QuickFix)) return [];
    await this.settled(uri);
    const entries = this.published.get(uri) ?? [];
    const wanted =
      diagnostics.length > 0
        ? entries.filter((e) => diagnostics.some((d) => d.code === e.diagnostic.code && d.message === e.diagnostic.message && sameRange(d.range, e.diagnostic.range)))
        : entries.filter((e) => overlaps(e.diagnostic.range, range));
    const document = this.documents.get(uri);
    const interior = document && wanted.some((e) => e.ignoreLine !== undefined) ? this.scalarInterior(document) : undefined;
    return wanted.flatMap((e) =>
      e.actions
        .filter((action) => !(e.ignoreLine !== undefined && interior?.has(e.ignoreLine) && action.title.endsWith(LINE_IGNORE_SUFFIX)))
        .map((action) => ({ ...action, diagnostics: [e.diagnostic] })),
    );
  }

  private async fixAllAction(uri: string): Promise<CodeAction[]> {
    const document = this.documents.get(uri);
    if (!document || !this.isCompose(document)) return [];
    const version = document.version;
    const path = pathOf(uri);
    const open: AnalysisRequest["open"] = this.documents.all().flatMap((other) => {
      const otherPath = pathOf(other.uri);
      return otherPath === undefined ? [] : [[otherPath, [other.uri, other.getText()]] as [string, [string, string]]];
    });
    const cwd = defaultCwd(path, this.folders);
    const request: AnalysisRequest = { uri, text: document.getText(), cwd, open, settings: this.folderSettings.get(cwd) ?? this.settings, ...(path !== undefined ? { path } : {}) };
    let result: FixAllResult | null;
    try {
      result = await this.worker.fixAll(request, this.timeoutMs);
    } catch (error) {
      this.connection.console.error(`compose-lint: ${path ?? uri}: fix all: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    // The document changed meanwhile: the edit was computed for a text that is gone.
    if (!result || this.documents.get(uri)?.version !== version) return [];
    const title = `Fix all safe compose-lint problems (${result.fixed})`;
    return [{ title, kind: FIX_ALL_KIND, edit: { changes: { [uri]: [result.edit] } } }];
  }

  private interior: { uri: string; version: number; lines: Set<number> } | undefined;

  /** The lines inside multi-line scalars of the document (no comment can go there), once per version. */
  private scalarInterior(document: TextDocument): Set<number> {
    if (this.interior?.uri !== document.uri || this.interior.version !== document.version) {
      let lines = new Set<number>();
      try {
        lines = multilineScalarInterior(document.getText());
      } catch (error) {
        this.connection.console.error(`compose-lint: ${document.uri}: ${String(error)}`);
      }
      this.interior = { uri: document.uri, version: document.version, lines };
    }
    return this.interior.lines;
  }

  private async hover(uri: string, position: Position): Promise<Hover | null> {
    await this.settled(uri);
    const here = (this.published.get(uri) ?? []).filter((e) => inRange(e.diagnostic.range, position));
    const ids = [...new Set(here.map((e) => String(e.diagnostic.code)))].filter((id) => this.pages.has(id));
    if (ids.length === 0) return null;
    return { contents: { kind: "markdown", value: ids.map((id) => this.pages.get(id)!).join("\n\n---\n\n") }, range: here.find((e) => this.pages.has(String(e.diagnostic.code)))!.diagnostic.range };
  }
}

/** Starts the server on standard input and output; it runs until the client sends `exit` (or closes the stream). */
export function startLanguageServer(options: ServerOptions): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // Standard output is the protocol: anything logged goes to the client's log instead.
  const log = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  console.log = log;
  console.info = log;
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(" "));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(" "));
  process.on("uncaughtException", (error) => connection.console.error(`compose-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  process.on("unhandledRejection", (error) => connection.console.error(`compose-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  new ComposeLintServer(connection, options);
  connection.listen();
}
