// esbuild settings shared by the CLI and API bundle (lib/) and the action bundle
// (action/dist/index.js): one ES module for Node 20 with its dependencies inside.
export const nodeBundleOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Bundled CommonJS dependencies (yaml, ajv's runtime, fast-glob) call require for Node's built-ins.
  banner: { js: 'import { createRequire as __composeLintRequire } from "node:module";\nconst require = __composeLintRequire(import.meta.url);' },
  legalComments: "eof",
  logLevel: "warning",
};
