import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/index.ts
var FORMATTERS = {
  text: async () => (await import("./text-VWGJL7TF.mjs")).formatText,
  json: async () => (await import("./json-FJT46KHI.mjs")).formatJson,
  sarif: async () => (await import("./sarif-CAZIVUGE.mjs")).formatSarif,
  github: async () => (await import("./github-ILXGEXQS.mjs")).formatGithub,
  junit: async () => (await import("./junit-Y3JZAO4U.mjs")).formatJunit,
  gitlab: async () => (await import("./gitlab-ZVJD7KLU.mjs")).formatGitlab,
  checkstyle: async () => (await import("./checkstyle-PAUTSNKT.mjs")).formatCheckstyle,
  markdown: async () => (await import("./markdown-KYXREH6K.mjs")).formatMarkdown,
  compact: async () => (await import("./compact-KQBBSYJX.mjs")).formatCompact,
  rdjson: async () => (await import("./rdjson-5FZZZAWE.mjs")).formatRdjson,
  codeclimate: async () => (await import("./codeclimate-ZHVTOGIH.mjs")).formatCodeclimate
};
var FORMAT_NAMES = Object.keys(FORMATTERS);
var FORMATS_READING_THE_MODEL = /* @__PURE__ */ new Set(["sarif", "gitlab", "codeclimate", "markdown"]);
async function loadFormatter(name) {
  return FORMATTERS[name]?.();
}

export {
  FORMAT_NAMES,
  FORMATS_READING_THE_MODEL,
  loadFormatter
};
