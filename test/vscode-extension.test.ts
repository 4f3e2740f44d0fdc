/**
 * The VS Code extension (editors/vscode/): its decisions (server path, documents, watched files,
 * settings kept from an untrusted workspace) as plain data, and the .vsix `npm run build:vscode`
 * makes, built here from the committed lib/ and read back as VS Code reads it: the manifest, the
 * bundle it loads, and the server it starts, run from the package.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { inflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, test } from "vitest";
import { initialize, startServer, uriOf } from "./lsp-client.js";
import { COMPOSE_FILE_PATTERNS, DOCUMENT_SELECTOR, SETTINGS_SECTION, WATCHED_FILE_PATTERNS, serverModulePath, serverOptions, serverSettings, withoutPlugins } from "../editors/vscode/src/server-options.mjs";
import { discover } from "../src/discover.js";
import { repoRoot, scratch } from "./helpers.js";

const rootManifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };

/** The entries of a zip file (a .vsix is one), by name: its central directory, stored or deflated data. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, "end of central directory").toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at), "central directory entry").toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const [compressedSize, size] = [zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 24)];
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    expect(zip.readUInt32LE(local), `local header of ${name}`).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + compressedSize);
    expect([0, 8], `compression of ${name}`).toContain(method);
    const data = method === 8 ? inflateRawSync(stored) : stored;
    expect(data.length, `size of ${name}`).toBe(size);
    entries.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** VS Code's glob syntax as the extension uses it (`**\/`, `*`, one `{a,b}` group of literals), as a regular expression. */
function globToRegExp(glob: string): RegExp {
  const literal = (text: string) => text.replace(/[.+?^$()[\]\\|]/g, "\\$&");
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith("**/", i)) {
      source += "(?:.*/)?";
      i += 2;
    } else if (glob[i] === "*") source += "[^/]*";
    else if (glob[i] === "{") {
      const close = glob.indexOf("}", i);
      source += `(?:${glob.slice(i + 1, close).split(",").map(literal).join("|")})`;
      i = close;
    } else source += literal(glob[i]!);
  }
  return new RegExp(`^${source}$`);
}
const matchesAny = (patterns: readonly string[], path: string) => patterns.some((pattern) => globToRegExp(pattern).test(path));

describe("the extension's decisions (editors/vscode/src/server-options.mts)", () => {
  test("starts the server bundled in the extension as `node server/bin/compose-lint.js --lsp` over stdio, run and debug alike", () => {
    const extensionPath = join("/opt", "ext");
    expect(serverModulePath(extensionPath)).toBe(join("/opt", "ext", "server", "bin", "compose-lint.js"));
    const options = serverOptions(extensionPath);
    const expected = { module: serverModulePath(extensionPath), transport: 0 /* TransportKind.stdio */, args: ["--lsp"] };
    expect(options).toEqual({ run: expected, debug: expected });
  });

  test("selects the compose files of the command line's directory search, and no other YAML file", () => {
    const names = [
      "compose.yaml", "compose.yml", "compose.override.yaml", "compose.prod.yml", "compose-dev.yaml", "compose_ci.yml",
      "docker-compose.yml", "docker-compose.override.yml", "docker-compose-dev.yaml", "docker-compose_secrets.yml",
      "docker-stack.yml", "docker-stack.prod.yaml", "monitoring-compose.yml", "app_compose.yaml", "app.compose.yml", "deploy/nested/compose.yaml",
      "values.yaml", "composer.yaml", "compose.json", "composeX.yml", "docker-composer.yml", "my-compose.txt", "compose.yaml.bak", ".github/workflows/ci.yml", "compose",
    ];
    const dir = scratch(Object.fromEntries(names.map((name) => [name, "services: {}\n"])));
    return discover(["."], dir).then(({ files }) => {
      const found = new Set(files.map((file) => file.slice(dir.length + 1).split("\\").join("/")));
      expect(found.size).toBe(16);
      for (const name of names) expect(matchesAny(COMPOSE_FILE_PATTERNS, name), name).toBe(found.has(name));
    });
  });

  test("the document selector: on-disk files only, `dockercompose` ones and YAML ones named like compose files", () => {
    expect(DOCUMENT_SELECTOR[0]).toEqual({ scheme: "file", language: "dockercompose" });
    expect(DOCUMENT_SELECTOR.slice(1)).toEqual([
      ...COMPOSE_FILE_PATTERNS.map((pattern) => ({ scheme: "file", language: "yaml", pattern })),
      // Env files, in any language: the server reads their unsaved text for the compose documents.
      ...["**/.env", "**/.env.*", "**/*.env"].map((pattern) => ({ scheme: "file", pattern })),
    ]);
  });

  test("the server hears of changes to what a project reads: compose and included YAML files, .env files, configuration files", () => {
    for (const path of ["compose.override.yaml", "svc/included.yml", ".env", "deploy/.env", ".env.local", "prod.env", ".compose-lint.yaml", ".compose-lint.yml", ".compose-lint.json", "package.json", "sub/package.json"]) {
      expect(matchesAny(WATCHED_FILE_PATTERNS, path), path).toBe(true);
    }
    for (const path of ["src/index.ts", "README.md", "Dockerfile"]) expect(matchesAny(WATCHED_FILE_PATTERNS, path), path).toBe(false);
  });

  test("in an untrusted workspace the server is given no plugin, whichever section it asks for", () => {
    const settings = { strict: true, config: "", failLevel: "note", plugins: ["./evil.js", "some-package"] };
    expect(withoutPlugins(`${SETTINGS_SECTION}.plugins`, settings.plugins)).toEqual([]);
    expect(withoutPlugins(SETTINGS_SECTION, settings)).toEqual({ ...settings, plugins: [] });
    expect(withoutPlugins(undefined, { [SETTINGS_SECTION]: settings, editor: { tabSize: 2 } })).toEqual({ [SETTINGS_SECTION]: { ...settings, plugins: [] }, editor: { tabSize: 2 } });
    expect(withoutPlugins(null, { [SETTINGS_SECTION]: settings })).toEqual({ [SETTINGS_SECTION]: { ...settings, plugins: [] } });
    expect(withoutPlugins(`${SETTINGS_SECTION}.strict`, true)).toBe(true);
    expect(settings.plugins).toHaveLength(2); // not changed in place: VS Code's own value stays as set
  });

  test("the settings the server starts with carry the plugins only in a trusted workspace", () => {
    const settings = { strict: false, config: "", failLevel: "", plugins: ["/home/me/acme-rules.js"] };
    expect(serverSettings(settings, true)).toEqual(settings);
    expect(serverSettings(settings, false)).toEqual({ ...settings, plugins: [] });
  });
});

describe("the .vsix `npm run build:vscode` makes", () => {
  let outdir: string;
  let vsix: Map<string, Buffer>;
  let vsixSize: number;
  let packagedServer: string | undefined;
  const entry = (name: string) => {
    const data = vsix.get(name);
    if (data === undefined) throw new Error(`${name} is not in the package`);
    return data;
  };
  const manifest = () => JSON.parse(entry("extension/package.json").toString("utf8")) as Record<string, unknown> & {
    main: string; activationEvents: string[]; engines: { vscode: string }; version: string; publisher: string;
    capabilities: { untrustedWorkspaces: { supported: boolean | string; restrictedConfigurations?: string[] }; virtualWorkspaces: { supported: boolean } };
    contributes: { configuration: { properties: Record<string, { type: string; default: unknown; scope?: string; enum?: string[] }> } };
  };

  beforeAll(() => {
    outdir = scratch({});
    // stdin closed: were vsce to ask a question (a missing field), the build fails instead of waiting.
    const build = spawnSync(process.execPath, [join(repoRoot, "scripts", "build-vscode.mjs"), "--outdir", outdir], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const file = join(outdir, `compose-lint-${rootManifest.version}.vsix`);
    vsixSize = readFileSync(file).length;
    vsix = readZip(file);
  });

  test("is small and holds the bundle, the server, the manifest, README and LICENSE, no sources", () => {
    expect(vsixSize).toBeLessThan(1024 * 1024);
    for (const name of ["extension.vsixmanifest", "extension/package.json", "extension/readme.md", "extension/LICENSE.txt", "extension/dist/extension.js", "extension/server/LICENSE"]) entry(name);
    const names = [...vsix.keys()];
    expect(names.filter((name) => name.startsWith("extension/src/") || /\.(m?ts|map|vsix)$/.test(name) || name.includes("node_modules/"))).toEqual([]);
  });

  test("activates on compose files only: the dockercompose language, or a folder holding a file named as the search finds it", () => {
    const { activationEvents } = manifest();
    expect(activationEvents).toEqual(["onLanguage:dockercompose", ...COMPOSE_FILE_PATTERNS.map((pattern) => `workspaceContains:${pattern}`)]);
  });

  test("declares what it needs: VS Code 1.91 (as vscode-languageclient 11 does), a publisher, compose-lint's version", () => {
    const { engines, publisher, version } = manifest();
    const client = JSON.parse(readFileSync(join(repoRoot, "node_modules", "vscode-languageclient", "package.json"), "utf8")) as { engines: { vscode: string } };
    expect(engines.vscode).toBe("^1.91.0");
    expect(client.engines.vscode).toBe(engines.vscode);
    expect(publisher).toBe("compose-lint");
    expect(version).toBe(rootManifest.version);
  });

  test("the settings: strict, config, failLevel, plugins (never settable by a workspace) and the server trace", () => {
    const { properties } = manifest().contributes.configuration;
    expect(Object.keys(properties).sort()).toEqual(["composeLint.config", "composeLint.failLevel", "composeLint.plugins", "composeLint.strict", "composeLint.trace.server"]);
    expect(properties["composeLint.strict"]).toMatchObject({ type: "boolean", default: false, scope: "resource" });
    expect(properties["composeLint.config"]).toMatchObject({ type: "string", default: "", scope: "resource" });
    expect(properties["composeLint.failLevel"]).toMatchObject({ type: "string", enum: ["", "error", "warning", "note", "none"], default: "", scope: "resource" });
    expect(properties["composeLint.plugins"]).toMatchObject({ type: "array", default: [] });
    expect(["machine", "application"]).toContain(properties["composeLint.plugins"]!.scope);
    expect(properties["composeLint.trace.server"]).toMatchObject({ enum: ["off", "messages", "verbose"], default: "off" });
  });

  test("trust: limited in Restricted Mode (no workspace-set plugins or configuration path), no virtual workspaces", () => {
    const { capabilities } = manifest();
    expect(capabilities.untrustedWorkspaces.supported).toBe("limited");
    expect(capabilities.untrustedWorkspaces.restrictedConfigurations).toEqual(["composeLint.config", "composeLint.plugins"]);
    expect(capabilities.virtualWorkspaces.supported).toBe(false);
  });

  test("`main` is the bundle, which loads with nothing but Node.js and VS Code's module and exports activate and deactivate", () => {
    const main = posix.join("extension", manifest().main);
    const bundle = entry(main).toString("utf8");
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!));
    const builtins = new Set(spawnSync(process.execPath, ["-p", "require('node:module').builtinModules.join(' ')"], { encoding: "utf8" }).stdout.trim().split(" "));
    expect([...required].filter((name) => name !== "vscode" && !builtins.has(name.replace(/^node:/, "")))).toEqual([]);
    // Loaded as VS Code loads it (CommonJS), with a stand-in `vscode` module: it must not throw on load.
    const file = join(outdir, "loaded-extension.js");
    writeFileSync(file, bundle);
    const probe = `
      const Module = require("node:module");
      const stub = new Proxy(function () {}, { get: (_, key) => (key === "prototype" ? {} : stub), apply: () => stub, construct: () => ({}) });
      const load = Module._load;
      Module._load = function (request, ...rest) { return request === "vscode" ? stub : load.call(this, request, ...rest); };
      const extension = require(${JSON.stringify(file)});
      process.stdout.write(typeof extension.activate + " " + typeof extension.deactivate);`;
    const loaded = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    expect(loaded.stderr).toBe("");
    expect(loaded.stdout).toBe("function function");
  });

  test("the server the extension starts is in the package, with the whole command line as built (lib/, rule pages), and runs from there", () => {
    expect(posix.join("extension", serverModulePath(".").split("\\").join("/"))).toBe("extension/server/bin/compose-lint.js");
    expect(entry("extension/server/bin/compose-lint.js").equals(readFileSync(join(repoRoot, "bin", "compose-lint.js")))).toBe(true);
    // Every module of lib/, those loaded on demand and worker entries included, exactly as built;
    // not the fast path for small runs (lib/cli-fast.cjs), which `--lsp` never takes.
    const lib = join(repoRoot, "lib");
    const modules = readdirSync(lib, { recursive: true, withFileTypes: true }).filter((file) => file.isFile()).map((file) => join(file.parentPath, file.name));
    expect(modules.length).toBeGreaterThan(10);
    for (const module of modules.filter((path) => !path.endsWith("cli-fast.cjs"))) expect(entry(`extension/server/lib/${relative(lib, module).split("\\").join("/")}`).equals(readFileSync(module)), module).toBe(true);
    expect(vsix.has("extension/server/lib/cli-fast.cjs")).toBe(false);
    const pages = readdirSync(join(repoRoot, "rules")).filter((name) => name.endsWith(".md"));
    for (const page of pages) expect(entry(`extension/server/rules/${page}`).equals(readFileSync(join(repoRoot, "rules", page))), page).toBe(true);

    // Unpack the server alone and run it as VS Code would (`node server/bin/compose-lint.js`):
    // it finds its own package.json (version) and rule pages (--explain, hover) inside the package.
    const unpacked = scratch({});
    for (const [name, data] of vsix) {
      if (!name.startsWith("extension/server/")) continue;
      const target = join(unpacked, name.slice("extension/".length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    const server = join(unpacked, "server", "bin", "compose-lint.js");
    const version = spawnSync(process.execPath, [server, "--version"], { cwd: unpacked, encoding: "utf8" });
    expect(version.stdout).toBe(`${rootManifest.version}\n`);
    const explain = spawnSync(process.execPath, [server, "--explain", "no-docker-socket-mount", "--no-color"], { cwd: unpacked, encoding: "utf8" });
    expect(explain.status, explain.stderr).toBe(0);
    expect(explain.stdout).toContain("no-docker-socket-mount");
    expect(explain.stdout.length).toBeGreaterThan(500);
    packagedServer = server;
  });

  test("the packaged server speaks the protocol as the extension starts it: diagnostics for an open compose file, then a clean exit", async () => {
    expect(packagedServer).toBeDefined();
    const project = scratch({ "compose.yaml": 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n' });
    const client = startServer(project, [], {}, packagedServer);
    try {
      await initialize(client, project);
      const uri = uriOf(join(project, "compose.yaml"));
      const published = client.diagnostics(uri, (d) => d.length > 0, 15_000);
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "dockercompose", version: 1, text: readFileSync(join(project, "compose.yaml"), "utf8") } });
      const diagnostics = await published;
      expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toContainEqual(["no-published-database-port", 3, 12]);
      await client.connection.sendRequest("shutdown");
      await client.connection.sendNotification("exit");
      expect(await client.exited).toBe(0);
    } finally {
      client.process.kill();
    }
  }, 30_000);
});
