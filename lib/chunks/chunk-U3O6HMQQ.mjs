import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/builtins.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var crypto;
var net;
function sha256Hex(text) {
  crypto ??= load("node:crypto");
  return crypto.createHash("sha256").update(text).digest("hex");
}
function isIP(text) {
  net ??= load("node:net");
  return net.isIP(text);
}

export {
  sha256Hex,
  isIP
};
