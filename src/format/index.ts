import type { Formatter } from "./types.js";

/** Output formats by name; each module loads only when asked for, to keep start-up lean. */
const FORMATTERS: Readonly<Record<string, () => Promise<Formatter>>> = {
  text: async () => (await import("./text.js")).formatText,
  json: async () => (await import("./json.js")).formatJson,
  sarif: async () => (await import("./sarif.js")).formatSarif,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATTERS);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return FORMATTERS[name]?.();
}
