/**
 * The language server's linting thread: the main thread keeps answering the editor while a
 * document is linted here, and ends this thread when a run exceeds its time bound (a lint is
 * synchronous work that no token could interrupt). Messages: { id, request, fixAll? } in,
 * { id, analysis } (the analysis, or the fix-all edit) or { id, error } out. The server starts it
 * with its own standard output (`stdout: true`), so nothing printed here (a plugin's console.log)
 * can reach the protocol stream.
 */
import { parentPort } from "node:worker_threads";
import { analyze, fixAll } from "./analyze.js";
import type { AnalysisRequest } from "./analyze.js";

parentPort?.on("message", (message: { id: number; request: AnalysisRequest; fixAll?: true }) => {
  (message.fixAll ? fixAll(message.request) : analyze(message.request)).then(
    (analysis) => parentPort!.postMessage({ id: message.id, analysis: analysis ?? null }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
});
