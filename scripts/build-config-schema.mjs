#!/usr/bin/env node
// Writes schema/config.schema.json from the rules' metadata (src/config/schema.ts) and compiles
// it with ajv into src/generated/config-schema-validator.ts, as scripts/build-schema.mjs does for
// the compose schema. The rules are TypeScript: esbuild bundles them into a temporary module first.
// Needs src/generated/compose-schema-validator.ts (a rule imports it): run build-schema.mjs first.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaFile = join(root, "schema", "config.schema.json");
const dir = mkdtempSync(join(tmpdir(), "compose-lint-config-schema-"));
try {
  const entry = join(dir, "entry.ts");
  writeFileSync(
    entry,
    `export { configSchema } from ${JSON.stringify(join(root, "src/config/schema.ts"))};
export { rules } from ${JSON.stringify(join(root, "rules/index.ts"))};
export { BUILTIN_META } from ${JSON.stringify(join(root, "src/engine/engine.ts"))};`,
  );
  const outfile = join(dir, "entry.mjs");
  await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning", absWorkingDir: root });
  const { configSchema, rules, BUILTIN_META } = await import(pathToFileURL(outfile).href);
  const schema = configSchema([...BUILTIN_META, ...rules.map((rule) => rule.meta)]);
  writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + "\n");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log("build-config-schema: wrote schema/config.schema.json");
execFileSync(process.execPath, [join(root, "scripts", "build-schema.mjs"), schemaFile, join(root, "src", "generated", "config-schema-validator.ts")], { stdio: "inherit" });
