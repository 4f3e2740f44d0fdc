#!/usr/bin/env node
// How long the language server takes from an edit to its diagnostics, on a 500-line compose file:
// the built server (bin/compose-lint.js --lsp) is driven over stdio as an editor drives it, with
// the debounce set to 0 through initializationOptions, so the time measured is from the end of the
// debounce (the didChange) to the publishDiagnostics of that version. Prints the median and p95
// and exits 1 when the p95 is over the budget (50 ms; `--budget MS`), 2 when the server fails.
//
//   npm run bench:lsp              (builds first)
//   node scripts/lsp-latency.mjs --runs 100 --lines 500 --budget 50
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setTimeout } from "node:timers";
import { parseArgs } from "node:util";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { runs: { type: "string", default: "100" }, lines: { type: "string", default: "500" }, budget: { type: "string", default: "50" } } });
const runs = Number(values.runs);
const budget = Number(values.budget);

/** A real-looking compose file of about `lines` lines: services with images, ports, volumes, environment. */
function composeFile(lines) {
  const out = ["services:"];
  for (let i = 0; out.length < lines - 10; i++) {
    out.push(
      `  service-${i}:`,
      `    image: registry.example.com/team/app-${i}:1.${i}.0`,
      "    restart: unless-stopped",
      "    ports:",
      `      - "${8000 + i}:80"`,
      `      - "127.0.0.1:${9000 + i}:9000"`,
      "    environment:",
      `      LOG_LEVEL: info`,
      `      DATABASE_URL: postgres://app@db-${i}:5432/app`,
      "    volumes:",
      `      - ./data/${i}:/var/lib/app`,
      "    networks: [backend]",
    );
  }
  out.push("networks:", "  backend:", "    driver: bridge");
  return out.join("\n") + "\n";
}

const dir = mkdtempSync(join(tmpdir(), "compose-lint-lsp-latency-"));
const file = join(dir, "compose.yaml");
const text = composeFile(Number(values.lines));
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

const child = spawn(process.execPath, [join(root, "bin", "compose-lint.js"), "--lsp", "--stdio"], { cwd: dir, stdio: ["pipe", "pipe", "inherit"] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification("textDocument/publishDiagnostics", (params) => {
  if (params.uri !== uri) return;
  const resolve = waiting.get(params.version);
  if (resolve) {
    waiting.delete(params.version);
    resolve(params.diagnostics);
  }
});
connection.onRequest("client/registerCapability", () => null);
connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({})));
connection.listen();

const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`no diagnostics ${what} within ${ms} ms`)), ms).unref());

let status = 0;
try {
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  await connection.sendNotification("initialized", {});
  const opened = published(1);
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "dockercompose", version: 1, text } });
  const first = await Promise.race([opened, timeout(10_000, "after opening")]);
  const lineCount = text.split("\n").length - 1;
  const times = [];
  // An edit a user makes: a port bound to loopback and back, one line changed each time.
  const lines = text.split("\n");
  const portLine = lines.findIndex((l) => l.includes('"8000:80"'));
  for (let version = 2; version < runs + 2; version++) {
    const edited = version % 2 === 0 ? '      - "127.0.0.1:8000:80"' : '      - "8000:80"';
    const done = published(version);
    const start = performance.now();
    await connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: portLine, character: 0 }, end: { line: portLine, character: lines[portLine].length } }, text: edited }],
    });
    await Promise.race([done, timeout(10_000, `for version ${version}`)]);
    times.push(performance.now() - start);
    lines[portLine] = edited;
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  const median = at(0.5);
  const p95 = at(0.95);
  console.log(`lsp-latency: ${lineCount}-line compose file, ${first.length} diagnostics, ${runs} edits (debounce 0)`);
  console.log(`  edit → publishDiagnostics: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms (budget: p95 ≤ ${budget} ms)`);
  if (p95 > budget) {
    console.log(`lsp-latency: over budget`);
    status = 1;
  }
  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
} catch (error) {
  console.error(`lsp-latency: ${error instanceof Error ? error.message : String(error)}`);
  status = 2;
  child.kill();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = status;
