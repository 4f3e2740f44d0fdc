import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/index.ts
var FORMATTERS = {
  text: async () => (await import("./text-B4LFHMV2.mjs")).formatText,
  json: async () => (await import("./json-FJT46KHI.mjs")).formatJson,
  sarif: async () => (await import("./sarif-5QYGMX4V.mjs")).formatSarif,
  github: async () => (await import("./github-ZD4MSIII.mjs")).formatGithub,
  junit: async () => (await import("./junit-Y3JZAO4U.mjs")).formatJunit,
  gitlab: async () => (await import("./gitlab-XCM6SZAG.mjs")).formatGitlab,
  checkstyle: async () => (await import("./checkstyle-PAUTSNKT.mjs")).formatCheckstyle,
  markdown: async () => (await import("./markdown-JNXWNN2R.mjs")).formatMarkdown,
  compact: async () => (await import("./compact-KQBBSYJX.mjs")).formatCompact,
  rdjson: async () => (await import("./rdjson-5FZZZAWE.mjs")).formatRdjson,
  codeclimate: async () => (await import("./codeclimate-FT3A6OMA.mjs")).formatCodeclimate
};
var FORMAT_NAMES = Object.keys(FORMATTERS);
async function loadFormatter(name) {
  return FORMATTERS[name]?.();
}

export {
  FORMAT_NAMES,
  loadFormatter
};
