// esbuild settings shared by the CLI and API bundle (lib/) and the action bundle
// (action/dist/index.js): one ES module for Node 20 with its dependencies inside.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const yamlRoot = dirname(createRequire(import.meta.url).resolve("yaml/package.json"));

/**
 * yaml as its ES module build (`yaml/browser`, the same code as its CommonJS "node" build): it
 * tree-shakes, and it skips the CommonJS wrapper and getters that cost start-up and every call
 * (about 9 ms of module evaluation, 11 ms of getters on 300 files). Its one difference, warnings
 * by console.warn instead of process.emitWarning, is put back: the log module is replaced by the
 * node build's own. (The node build's LOG_TOKENS / LOG_STREAM debugging dumps are left out: an
 * environment variable must not make the linter print YAML tokens into its report.)
 */
const yamlAsEsm = {
  name: "yaml-esm",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: join(yamlRoot, "browser", "index.js") }));
    build.onLoad({ filter: /[\\/]yaml[\\/]browser[\\/]dist[\\/]log\.js$/ }, () => ({
      loader: "js",
      contents: [
        'import process from "node:process";',
        "export function debug(logLevel, ...messages) {",
        '  if (logLevel === "debug") console.log(...messages);',
        "}",
        "export function warn(logLevel, warning) {",
        '  if (logLevel === "debug" || logLevel === "warn") {',
        '    if (typeof process.emitWarning === "function") process.emitWarning(warning);',
        "    else console.warn(warning);",
        "  }",
        "}",
      ].join("\n"),
    }));
  },
};

export const nodeBundleOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  plugins: [yamlAsEsm],
  // Bundled CommonJS dependencies (ajv's runtime) call require for Node's built-ins.
  banner: { js: 'import { createRequire as __composeLintRequire } from "node:module";\nconst require = __composeLintRequire(import.meta.url);' },
  legalComments: "eof",
  logLevel: "warning",
};
