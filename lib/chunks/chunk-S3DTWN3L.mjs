import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  displayPath
} from "./chunk-KWFHXTRZ.mjs";

// src/format/paths.ts
import { resolve } from "node:path";
function pathFromRoot(path, cwd, root) {
  return root ? displayPath(resolve(cwd, path), resolve(cwd, root)) : path;
}

export {
  pathFromRoot
};
