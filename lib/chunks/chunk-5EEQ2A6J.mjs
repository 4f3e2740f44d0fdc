import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/format/words.ts
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export {
  plural
};
