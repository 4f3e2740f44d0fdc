import type { Formatter } from "./types.js";

/** Output formats by name; each module loads only when asked for, to keep start-up lean. */
const FORMATTERS: Readonly<Record<string, () => Promise<Formatter>>> = {
  text: async () => (await import("./text.js")).formatText,
  json: async () => (await import("./json.js")).formatJson,
  sarif: async () => (await import("./sarif.js")).formatSarif,
  github: async () => (await import("./github.js")).formatGithub,
  junit: async () => (await import("./junit.js")).formatJunit,
  gitlab: async () => (await import("./gitlab.js")).formatGitlab,
  checkstyle: async () => (await import("./checkstyle.js")).formatCheckstyle,
  markdown: async () => (await import("./markdown.js")).formatMarkdown,
  compact: async () => (await import("./compact.js")).formatCompact,
  rdjson: async () => (await import("./rdjson.js")).formatRdjson,
  codeclimate: async () => (await import("./codeclimate.js")).formatCodeclimate,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATTERS);

/**
 * The formats that read the model (`FileResult.project`): fingerprints name the service a finding
 * is in (SARIF, GitLab, Code Climate) and Markdown draws the exposure map. For the others the run
 * drops each project's model once it is linted.
 */
export const FORMATS_READING_THE_MODEL: ReadonlySet<string> = new Set(["sarif", "gitlab", "codeclimate", "markdown"]);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return FORMATTERS[name]?.();
}
