import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/plugin-error.ts
var PluginError = class extends Error {
};

export {
  PluginError
};
