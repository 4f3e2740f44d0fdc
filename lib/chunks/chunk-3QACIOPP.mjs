import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/index.ts
var FORMATTERS = {
  text: async () => (await import("./text-T5CGGPPU.mjs")).formatText,
  json: async () => (await import("./json-GIYU6DYK.mjs")).formatJson,
  sarif: async () => (await import("./sarif-Z2YU56GG.mjs")).formatSarif,
  github: async () => (await import("./github-DVEO25E2.mjs")).formatGithub,
  junit: async () => (await import("./junit-SHQWVD25.mjs")).formatJunit,
  gitlab: async () => (await import("./gitlab-26XYNPPT.mjs")).formatGitlab,
  checkstyle: async () => (await import("./checkstyle-FWVLV2T6.mjs")).formatCheckstyle,
  markdown: async () => (await import("./markdown-B42UYAQI.mjs")).formatMarkdown,
  compact: async () => (await import("./compact-YY463AKN.mjs")).formatCompact,
  rdjson: async () => (await import("./rdjson-ZLKCFTE6.mjs")).formatRdjson,
  codeclimate: async () => (await import("./codeclimate-CY2EFPDI.mjs")).formatCodeclimate
};
var FORMAT_NAMES = Object.keys(FORMATTERS);
async function loadFormatter(name) {
  return FORMATTERS[name]?.();
}

export {
  FORMAT_NAMES,
  loadFormatter
};
