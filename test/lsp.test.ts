/**
 * The language server (`compose-lint --lsp`), driven as an editor drives it: the built server over
 * standard input and output, vscode-languageserver-protocol on the client side. One server serves
 * the tests of the main describe block, in order (each step builds on the documents the last left).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { CodeAction, Diagnostic, Hover, TextEdit } from "vscode-languageserver-protocol/node";
import { scratch } from "./helpers.js";
import { initialize, startServer, uriOf } from "./lsp-client.js";
import type { TestClient } from "./lsp-client.js";
import { PositionMap } from "../src/lsp/positions.js";
import { multilineScalarInterior } from "../src/load/scalar-lines.js";

// Line 1 has non-ASCII text (é, an emoji of two UTF-16 units) before the port, in a flow mapping.
const DB = '  db: {labels: {café: "☕😀"}, image: "postgres:16", ports: ["5432:5432"]}';
const COMPOSE = [
  "services:",
  DB,
  "  web:",
  "    image: nginx:1.27",
  "    ports:",
  '      - "${WEB_BIND}:8080:80"',
  "      - \"9000:9000\"",
  "",
].join("\n");

/** The edits applied to a text (non-overlapping, as a client applies a WorkspaceEdit's). */
function apply(text: string, edits: readonly TextEdit[]): string {
  const offset = (p: { line: number; character: number }) => {
    const lines = text.split(/\r\n|\n|\r/);
    let at = 0;
    for (let i = 0; i < p.line; i++) at += lines[i]!.length + 1;
    return at + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`).sort();

describe("compose-lint --lsp", () => {
  let dir: string;
  let client: TestClient;
  let uri: string;
  let text = COMPOSE;
  let version = 1;

  const change = async (next: string) => {
    text = next;
    version++;
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
  };

  beforeAll(async () => {
    dir = scratch({ "compose.yaml": COMPOSE, "broken/compose.yaml": "services: [unclosed\n" });
    client = startServer(dir);
    const result = (await initialize(client, dir, { debounceMs: 20 })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    expect(result.serverInfo.name).toBe("compose-lint");
    expect(result.capabilities.hoverProvider).toBe(true);
    uri = uriOf(join(dir, "compose.yaml"));
  });

  afterAll(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  test("didOpen publishes diagnostics with exact ranges (UTF-16 columns), codes, severities and source", async () => {
    const published = client.diagnostics(uri);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version, text } });
    const diagnostics = await published;
    const portAt = DB.indexOf('"5432:5432"');
    const imageAt = DB.indexOf('"postgres:16"');
    const db = diagnostics.find((d) => d.code === "no-published-database-port")!;
    expect(db.range).toEqual({ start: { line: 1, character: portAt }, end: { line: 1, character: portAt + '"5432:5432"'.length } });
    expect(db.severity).toBe(1);
    expect(db.source).toBe("compose-lint");
    expect(db.relatedInformation?.[0]?.location).toEqual({ uri, range: { start: { line: 1, character: imageAt }, end: { line: 1, character: imageAt + '"postgres:16"'.length } } });
    // package.json names no repository: no page address to link.
    expect(db.codeDescription).toBeUndefined();
    expect(codes(diagnostics)).toEqual(["no-published-database-port@1:" + portAt, "no-unbound-port@5:8", "no-unbound-port@6:8"].sort());
    expect(diagnostics.find((d) => d.code === "no-unbound-port")!.severity).toBe(2);
  });

  test("didChange updates them", async () => {
    const published = client.diagnostics(uri, (ds) => !ds.some((d) => d.code === "no-published-database-port"));
    await change(text.replace('["5432:5432"]', '["127.0.0.1:5432:5432"]'));
    expect(codes(await published)).toEqual(["no-unbound-port@5:8", "no-unbound-port@6:8"]);
  });

  test("codeAction returns the rule's fix as the preferred quick fix, with its exact edit", async () => {
    const diagnostic = client.latest(uri)!.find((d) => d.range.start.line === 6)!;
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toBe("Bind the port to 127.0.0.1");
    expect(fix.kind).toBe("quickfix");
    expect(fix.diagnostics).toEqual([diagnostic]);
    expect(fix.edit).toEqual({ changes: { [uri]: [{ range: { start: { line: 6, character: 9 }, end: { line: 6, character: 9 } }, newText: "127.0.0.1:" }] } });
    expect(actions.map((a) => a.title)).toEqual(["Bind the port to 127.0.0.1", "Ignore no-unbound-port on this line", "Ignore no-unbound-port for this service"]);
  });

  test("the ignore-line action inserts the directive above, indented, and the re-lint silences it", async () => {
    const diagnostic = client.latest(uri)!.find((d) => d.range.start.line === 6)!;
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const ignore = actions.find((a) => a.title === "Ignore no-unbound-port on this line")!;
    const edits = ignore.edit!.changes![uri]!;
    expect(edits).toEqual([{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: "      # compose-lint ignore=no-unbound-port\n" }]);
    const published = client.diagnostics(uri, (ds) => ds.length === 1);
    await change(apply(text, edits));
    expect(codes(await published)).toEqual(["no-unbound-port@5:8"]);
    // Binding the port makes the directive useless: unused-ignore, tagged Unnecessary (faded).
    const unused = client.diagnostics(uri, (ds) => ds.some((d) => d.code === "unused-ignore"));
    await change(text.replace('- "9000:9000"', '- "127.0.0.1:9000:9000"'));
    expect((await unused).find((d) => d.code === "unused-ignore")).toMatchObject({ tags: [1], severity: 2, range: { start: { line: 6, character: 28 } } });
    const back = client.diagnostics(uri, (ds) => ds.length === 1);
    await change(text.replace('- "127.0.0.1:9000:9000"', '- "9000:9000"'));
    expect(codes(await back)).toEqual(["no-unbound-port@5:8"]);
  });

  test("the ignore-service action adds x-compose-lint to the service", async () => {
    const diagnostic = client.latest(uri)![0]!;
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const ignore = actions.find((a) => a.title === "Ignore no-unbound-port for this service")!;
    const edited = apply(text, ignore.edit!.changes![uri]!);
    expect(edited).toContain("  web:\n    x-compose-lint: { ignore: [no-unbound-port] }\n    image: nginx:1.27\n");
    // Not applied: the next test needs the finding.
  });

  test("a watched .env change re-lints: the variable binds the port to loopback", async () => {
    writeFileSync(join(dir, ".env"), "WEB_BIND=127.0.0.1\n");
    const published = client.diagnostics(uri, (ds) => ds.length === 0);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(join(dir, ".env")), type: 1 }] });
    expect(await published).toEqual([]);
    writeFileSync(join(dir, ".env"), "# WEB_BIND unset again\n");
    const again = client.diagnostics(uri, (ds) => ds.length === 1);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(join(dir, ".env")), type: 2 }] });
    expect(codes(await again)).toEqual(["no-unbound-port@5:8"]);
  });

  test("an open .env's unsaved text counts for the compose document; closing it goes back to the disk", async () => {
    // On disk WEB_BIND is unset (the test above): the port is reported.
    const envUri = uriOf(join(dir, ".env"));
    const bound = client.diagnostics(uri, (ds) => ds.length === 0);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: envUri, languageId: "dotenv", version: 1, text: "# WEB_BIND unset again\n" } });
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: envUri, version: 2 }, contentChanges: [{ text: "WEB_BIND=127.0.0.1\n" }] });
    expect(await bound).toEqual([]);
    // The env file itself is not linted: nothing is published for it.
    expect(client.latest(envUri)).toBeUndefined();
    const unbound = client.diagnostics(uri, (ds) => ds.length === 1);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: envUri } });
    expect(codes(await unbound)).toEqual(["no-unbound-port@5:8"]);
  });

  test("hover on a diagnostic's range shows the rule's page as Markdown", async () => {
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 5, character: 10 } })) as Hover;
    expect(hover.contents).toMatchObject({ kind: "markdown" });
    expect((hover.contents as { value: string }).value).toMatch(/^# no-unbound-port\n/);
    const nothing = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(nothing).toBeNull();
  });

  test("a document that does not parse gets a yaml-syntax diagnostic and the server keeps working", async () => {
    const broken = uriOf(join(dir, "broken", "compose.yaml"));
    const published = client.diagnostics(broken);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: broken, languageId: "yaml", version: 1, text: "services: [unclosed\n" } });
    const diagnostics = await published;
    expect(diagnostics.map((d) => d.code)).toContain("yaml-syntax");
    expect(diagnostics.every((d) => d.severity === 1)).toBe(true);
    // No directive can silence what compose-lint could not read: no ignore action.
    const actions = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: broken }, range: diagnostics[0]!.range, context: { diagnostics } });
    expect(actions).toEqual([]);
    const fixed = client.diagnostics(broken, (ds) => ds.length === 0);
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: broken, version: 2 }, contentChanges: [{ text: "services:\n  app:\n    image: alpine:3.20\n" }] });
    expect(await fixed).toEqual([]);
    // Closing a document clears what was published for it.
    const cleared = client.diagnostics(uri, (ds) => ds.length === 0);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    expect(await cleared).toEqual([]);
  });

  test("a document whose name is not a compose file's is not linted; one with languageId dockercompose is", async () => {
    const other = uriOf(join(dir, "notes.yaml"));
    const named = uriOf(join(dir, "stack.yml"));
    const published = client.diagnostics(named);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: other, languageId: "yaml", version: 1, text: 'services:\n  a:\n    ports: ["1:1"]\n' } });
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: named, languageId: "dockercompose", version: 1, text: 'services:\n  a:\n    image: alpine:3.20\n    ports: ["1:1"]\n' } });
    expect((await published).map((d) => d.code)).toEqual(["no-unbound-port"]);
    expect(client.latest(other)).toBeUndefined();
    // "Fix all" (source.fixAll, as an editor asks on save): the safe fixes, checked, as one edit.
    const fixAll = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: named }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source.fixAll"] } })) as CodeAction[];
    expect(fixAll.map((a) => [a.title, a.kind])).toEqual([["Fix all safe compose-lint problems (1)", "source.fixAll.compose-lint"]]);
    expect(apply('services:\n  a:\n    image: alpine:3.20\n    ports: ["1:1"]\n', fixAll[0]!.edit!.changes![named]!)).toBe('services:\n  a:\n    image: alpine:3.20\n    ports: ["127.0.0.1:1:1"]\n');
  });

  test("shutdown then exit ends the process with code 0, having written nothing but the protocol", async () => {
    await client.connection.sendRequest("shutdown");
    await client.connection.sendNotification("exit");
    expect(await client.exited).toBe(0);
    expect(client.stderr()).toBe("");
  });
});

// A plugin (loaded from the server's initializationOptions) that prints to standard output and
// spins for a service named "slow": the run must be stopped at the time bound, the protocol intact.
const PLUGIN = `
export const rules = [{
  meta: { id: "acme/slow", description: "Spins on a service named slow.", level: "note", preset: "recommended", tags: ["test"], help: "Test rule.", securitySeverity: 0 },
  check({ project, report }) {
    console.log("plugin output that must not reach the protocol");
    for (const service of project.services) {
      if (service.name.value === "slow") { const end = Date.now() + 20000; while (Date.now() < end) {} }
      report({ at: service.name, message: "acme/slow saw service " + service.name.value });
    }
  },
}];
`;

describe("compose-lint --lsp: settings, plugins, the time bound, projects", () => {
  let dir: string;
  let client: TestClient;

  beforeAll(async () => {
    dir = scratch({
      "acme.mjs": PLUGIN,
      "evil.mjs": 'throw new Error("workspace code ran");\n',
      "app/compose.yaml": "services:\n  db:\n    image: postgres:16\n",
      "app/compose.override.yaml": 'services:\n  db:\n    ports: ["5432:5432"]\n',
    });
    // The workspace's settings name a plugin too: it must not be loaded.
    client = startServer(dir, [], { failLevel: "error", plugins: ["./evil.mjs"] });
    await initialize(client, dir, { debounceMs: 0, timeoutMs: 1500, plugins: ["./acme.mjs"] });
  });

  afterAll(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  test("a run over the time bound is stopped and says so; the next run works", async () => {
    const uri = uriOf(join(dir, "compose.yaml"));
    const stopped = client.diagnostics(uri, (ds) => ds.some((d) => d.code === "not-linted"), 8000);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "dockercompose", version: 1, text: "services:\n  slow:\n    image: alpine:3.20\n" } });
    const [timedOut] = await stopped;
    expect(timedOut!.message).toMatch(/^not linted: compose-lint did not finish this document's project within 1500 ms/);
    expect(timedOut!.severity).toBe(1);
    const recovered = client.diagnostics(uri, (ds) => ds.some((d) => d.code === "acme/slow"));
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: "services:\n  fast:\n    image: alpine:3.20\n" }] });
    // The plugin came from initializationOptions; the workspace's `plugins` setting was not loaded (it would throw).
    expect((await recovered).map((d) => [d.code, d.message])).toEqual([["acme/slow", "acme/slow saw service fast"]]);
    expect(client.logs.some((line) => line.includes("plugin output that must not reach the protocol"))).toBe(true);
    expect(client.logs.some((line) => line.includes("composeLint.plugins from workspace settings is not loaded"))).toBe(true);
  }, 15_000);

  test("failLevel error shows warnings and notes as hints; findings in the override go to its URI, related to the base", async () => {
    const base = uriOf(join(dir, "app", "compose.yaml"));
    const override = uriOf(join(dir, "app", "compose.override.yaml"));
    const inOverride = client.diagnostics(override, (ds) => ds.some((d) => d.code === "no-published-database-port"));
    const inBase = client.diagnostics(base, (ds) => ds.some((d) => d.code === "acme/slow"));
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: base, languageId: "yaml", version: 1, text: "services:\n  db:\n    image: postgres:16\n" } });
    const [db] = (await inOverride).filter((d) => d.code === "no-published-database-port");
    expect(db!.range).toEqual({ start: { line: 2, character: 12 }, end: { line: 2, character: 23 } });
    expect(db!.severity).toBe(1);
    expect(db!.relatedInformation![0]!.location.uri).toBe(base);
    // The note of the plugin rule is below the fail level: a hint.
    expect((await inBase).find((d) => d.code === "acme/slow")!.severity).toBe(4);
    // Closing the base: nothing open includes the override any more, its diagnostics are cleared.
    const cleared = client.diagnostics(override, (ds) => ds.length === 0);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: base } });
    expect(await cleared).toEqual([]);
  });

  test("a settings change re-lints open documents: strict adds the hardening notes", async () => {
    const uri = uriOf(join(dir, "compose.yaml"));
    const strict = client.diagnostics(uri, (ds) => ds.some((d) => d.code === "require-read-only"));
    client.settings.strict = true;
    client.settings.failLevel = "note";
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const notes = (await strict).filter((d) => d.code === "require-read-only");
    expect(notes.map((d) => [d.severity, d.range.start])).toEqual([[3, { line: 1, character: 2 }]]);
  });
});

describe("positions", () => {
  test("a LINE SEPARATOR breaks Docker's lines but not the editor's: spans go through offsets", () => {
    const text = "a: 1 # x\u2028b: 2\nc: 3\n";
    const map = new PositionMap(text);
    // Docker's line 3 ("c: 3") is the editor's line 1.
    expect(map.range({ line: 3, column: 1, endLine: 3, endColumn: 5 })).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
    // Docker's line 2 starts after the separator, on the editor's line 0.
    expect(map.range({ line: 2, column: 1, endLine: 2, endColumn: 2 })).toEqual({ start: { line: 0, character: 9 }, end: { line: 0, character: 10 } });
    // CR LF: a column past the line's end stays before the break.
    expect(new PositionMap("ab\r\ncd").range({ line: 1, column: 9, endLine: 2, endColumn: 3 })).toEqual({ start: { line: 0, character: 2 }, end: { line: 1, character: 2 } });
  });

  test("the lines where no ignore comment may be inserted: inside multi-line scalars", () => {
    const text = ["services:", "  app:", "    command: |", "      echo one", "      echo two", '    entrypoint: "a', '      b"', "    image: alpine", ""].join("\n");
    expect([...multilineScalarInterior(text)].sort()).toEqual([4, 5, 7]);
  });
});
