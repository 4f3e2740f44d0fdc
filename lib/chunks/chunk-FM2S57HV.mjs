import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/index.ts
var FORMATTERS = {
  text: async () => (await import("./text-A4TFKCGK.mjs")).formatText,
  json: async () => (await import("./json-5NN43SI6.mjs")).formatJson,
  sarif: async () => (await import("./sarif-6QB3QOYS.mjs")).formatSarif,
  github: async () => (await import("./github-6R3HFHXH.mjs")).formatGithub,
  junit: async () => (await import("./junit-FUUBRBGS.mjs")).formatJunit,
  gitlab: async () => (await import("./gitlab-WTSRJNH6.mjs")).formatGitlab,
  checkstyle: async () => (await import("./checkstyle-F27WTSTW.mjs")).formatCheckstyle,
  markdown: async () => (await import("./markdown-FLDU7NJ7.mjs")).formatMarkdown,
  compact: async () => (await import("./compact-WF6RAMP6.mjs")).formatCompact,
  rdjson: async () => (await import("./rdjson-BAC5QLDF.mjs")).formatRdjson,
  codeclimate: async () => (await import("./codeclimate-ZVRFNCTN.mjs")).formatCodeclimate
};
var FORMAT_NAMES = Object.keys(FORMATTERS);
async function loadFormatter(name) {
  return FORMATTERS[name]?.();
}

export {
  FORMAT_NAMES,
  loadFormatter
};
