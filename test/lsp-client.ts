/**
 * An editor's side of the protocol, for driving the built language server (`compose-lint --lsp`)
 * over standard input and output in tests: vscode-languageserver-protocol's own connection.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import type { Diagnostic, ProtocolConnection, PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { repoRoot } from "./helpers.js";

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Log messages the server sent (window/logMessage). */
  logs: string[];
  /** The next diagnostics published for `uri` that satisfy `accept` (default: any), waiting up to `ms`. */
  diagnostics(uri: string, accept?: (d: Diagnostic[]) => boolean, ms?: number): Promise<Diagnostic[]>;
  /** The last diagnostics published for `uri`. */
  latest(uri: string): Diagnostic[] | undefined;
  /** What the client answers to workspace/configuration (change it, then send didChangeConfiguration). */
  settings: Record<string, unknown>;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

export const uriOf = (path: string) => pathToFileURL(path).href;

/** Starts `node bin/compose-lint.js --lsp ARGS (or another copy of the command line: `server`) --stdio --clientProcessId=PID` (as vscode-languageclient does) in `cwd` and connects to it (not yet initialized). */
export function startServer(cwd: string, args: readonly string[] = [], settings: Record<string, unknown> = {}, server = join(repoRoot, "bin", "compose-lint.js")): TestClient {
  const child = spawn(process.execPath, [server, "--lsp", ...args, "--stdio", `--clientProcessId=${process.pid}`], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, Diagnostic[]>();
  const waiters: { uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const logs: string[] = [];
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params.diagnostics);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.onNotification("window/logMessage", (params: { message: string }) => {
    logs.push(params.message);
  });
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.listen();
  return {
    connection,
    process: child,
    stderr: () => stderr,
    logs,
    latest: (uri) => latest.get(uri),
    exited,
    settings,
    diagnostics(uri, accept = () => true, ms = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${ms} ms; last: ${JSON.stringify(latest.get(uri))}; stderr: ${stderr}`)), ms);
        waiters.push({ uri, accept, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
  };
}

/** initialize + initialized, as an editor that can register file watchers and answer configuration requests. */
export async function initialize(client: TestClient, root: string, initializationOptions: Record<string, unknown> = {}): Promise<unknown> {
  const result = await client.connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: uriOf(root),
    workspaceFolders: [{ uri: uriOf(root), name: "test" }],
    initializationOptions,
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } }, hover: { contentFormat: ["markdown"] } },
    },
  });
  await client.connection.sendNotification("initialized", {});
  return result;
}
