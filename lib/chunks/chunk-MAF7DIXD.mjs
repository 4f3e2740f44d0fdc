import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/index.ts
var FORMATTERS = {
  text: async () => (await import("./text-WXV6M6DD.mjs")).formatText,
  json: async () => (await import("./json-U3IKCH5J.mjs")).formatJson,
  sarif: async () => (await import("./sarif-QE25KIQZ.mjs")).formatSarif,
  github: async () => (await import("./github-3UC3RCYL.mjs")).formatGithub,
  junit: async () => (await import("./junit-ND4CGZV6.mjs")).formatJunit,
  gitlab: async () => (await import("./gitlab-JDHOUXRK.mjs")).formatGitlab,
  checkstyle: async () => (await import("./checkstyle-TYDTOLKW.mjs")).formatCheckstyle,
  markdown: async () => (await import("./markdown-7QYGPCPI.mjs")).formatMarkdown,
  compact: async () => (await import("./compact-CEPLHEEA.mjs")).formatCompact,
  rdjson: async () => (await import("./rdjson-LPNCCNTW.mjs")).formatRdjson,
  codeclimate: async () => (await import("./codeclimate-MFWB2RN5.mjs")).formatCodeclimate
};
var FORMAT_NAMES = Object.keys(FORMATTERS);
async function loadFormatter(name) {
  return FORMATTERS[name]?.();
}

export {
  FORMAT_NAMES,
  loadFormatter
};
