import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  LineCounter,
  child,
  entry,
  isMap,
  isScalar,
  isSeq,
  locateIn,
  parseDocument,
  parseTree,
  spannedEntry,
  withValue,
  withoutTag
} from "./chunk-KHKUBRH2.mjs";
import {
  configProblems,
  rules
} from "./chunk-D2QZUANU.mjs";
import {
  interpolateWith,
  tooDeepMessage,
  variable
} from "./chunk-TUIA6AK5.mjs";
import {
  BUILTIN_META,
  compareFindings,
  lintLoaded,
  resolveRules
} from "./chunk-2ZSOFDUQ.mjs";
import {
  LineIndex
} from "./chunk-4IANI4KZ.mjs";
import {
  formatPortRange
} from "./chunk-EC2PSDJG.mjs";
import {
  discover,
  displayPath,
  globMatcher
} from "./chunk-KWFHXTRZ.mjs";
import {
  isIP
} from "./chunk-U3O6HMQQ.mjs";

// src/config/read.ts
import { readFileSync } from "node:fs";
import { basename } from "node:path";
var ConfigError = class extends Error {
};
function readConfigFile(path, shown = path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the configuration (${error.code ?? "error"})`);
  }
  return parseConfigText(text.replace(/^\uFEFF/, ""), shown);
}
function parseConfigText(text, path) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, schema: "core" });
  const at = (offset) => lineCounter.linePos(offset);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const { line, col } = at(problem.pos[0]);
    const what = problem.code === "TAG_RESOLVE_FAILED" ? "a tag is not allowed here: the configuration is plain data" : problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new ConfigError(`${path}:${line}:${col}: ${what}`);
  }
  const tagged = findTag(doc.contents);
  if (tagged?.range) {
    const { line, col } = at(tagged.range[0]);
    throw new ConfigError(`${path}:${line}:${col}: the tag ${tagged.tag} is not allowed: the configuration is plain data`);
  }
  const inPackage = basename(path) === "package.json";
  const prefix = inPackage ? ["compose-lint"] : [];
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${path}:1:1: ${error.message}`);
  }
  if (inPackage) {
    if (data === null || typeof data !== "object" || !("compose-lint" in data)) return void 0;
    data = data["compose-lint"];
  }
  return {
    path,
    data: data ?? {},
    position(dataPath, part) {
      const range = locate(doc, [...prefix, ...dataPath], part);
      const { line, col } = at(range ?? 0);
      return { line, column: col };
    }
  };
}
function findTag(node) {
  if (isScalar(node)) return node.tag && !node.tag.startsWith("tag:yaml.org,2002:") ? node : void 0;
  if (isMap(node) || isSeq(node)) {
    if (node.tag && !/^tag:yaml.org,2002:(map|seq)$/.test(node.tag)) return node;
    for (const item of node.items) {
      const found = isMap(node) ? findTag(item.key) ?? findTag(item.value) : findTag(item);
      if (found) return found;
    }
  }
  return void 0;
}
function locate(doc, path, part) {
  let node = doc.contents;
  let best = node?.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : void 0) === String(step));
      if (!pair) return best;
      const last = i === path.length - 1;
      if (last && part === "key") return pair.key.range?.[0] ?? best;
      node = pair.value;
      best = node?.range?.[0] ?? pair.key.range?.[0] ?? best;
    } else if (isSeq(node) && typeof step === "number") {
      node = node.items[step];
      best = node?.range?.[0] ?? best;
    } else return best;
  }
  return best;
}

// src/load/files.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { dirname, join } from "node:path";

// src/load/dotenv.ts
var UNICODE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
var LINE_SPACE = /[\t\v\f\r \u0085\u00a0]/;
var NAME_CHAR = /[\p{L}\p{N}_.\-[\]]/u;
var EXPORT = /^export[\t\n\f\r ]+/;
var ESCAPE = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
var ESCAPED = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", '"': '"', "\\": "\\" };
function resolveEscapes(text) {
  return text.replace(ESCAPE, (match) => {
    const c = match[1];
    if (c === "$") return "$$";
    if (c !== "0") return ESCAPED[c] ?? match;
    const digits = match.slice(2);
    return /^[0-7]{3}$/.test(digits) && Number.parseInt(digits, 8) < 256 ? String.fromCharCode(Number.parseInt(digits, 8)) : `\\${digits}`;
  });
}
function skipWhile(text, from, pattern) {
  let i = from;
  while (i < text.length && pattern.test(text[i])) i++;
  return i;
}
function inherit(name, at, lookup, values, variables) {
  const value = lookup(name);
  if (value === void 0) return;
  values[name] = value;
  variables.push({ name, value, raw: `\${${name}}`, substituted: value === "" ? [] : [{ name, value }], nameSpan: at, valueSpan: at, span: at });
}
function noVariables() {
  return /* @__PURE__ */ Object.create(null);
}
function readDotEnvText(text, file, env, earlier = noVariables()) {
  const lookup = (name) => variable(env, name) ?? variable(earlier, name);
  const contents = readEnvFile(text, file, lookup);
  return contents.error ? { values: contents.values, error: contents.error.message } : { values: contents.values };
}
function readEnvFile(text, file, lookup, values = noVariables()) {
  const lines = new LineIndex(text);
  const span = (start, end) => lines.span(file, start, end);
  const variables = [];
  const lineOf = (offset) => lines.position(offset).line;
  const fail = (at, message) => ({ variables, values, error: { span: span(at, at), message: `line ${lineOf(at)}: ${message}` } });
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  for (; ; ) {
    i = skipWhile(text, i, UNICODE_SPACE);
    while (text[i] === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : skipWhile(text, end, UNICODE_SPACE);
    }
    if (i >= text.length) return { variables, values };
    const exported = EXPORT.exec(text.slice(i, i + 16));
    if (exported) i = skipWhile(text, i + "export".length, LINE_SPACE);
    const nameStart = i;
    let j = i;
    let terminator = "";
    while (j < text.length) {
      const c = text[j];
      if (LINE_SPACE.test(c)) {
        j++;
        continue;
      }
      if (c === "=" || c === ":" || c === "\n") {
        terminator = c;
        break;
      }
      const code = text.codePointAt(j);
      const char = String.fromCodePoint(code);
      if (!NAME_CHAR.test(char)) return fail(j, `unexpected character ${JSON.stringify(char)} in the variable name after ${JSON.stringify(text.slice(nameStart, j))}`);
      j += char.length;
    }
    const name = terminator ? text.slice(nameStart, j).replace(/[\s\u0085]+$/u, "") : "";
    const nameSpan = span(nameStart, nameStart + name.length);
    if (name.includes(" ")) return fail(nameStart, "a variable name cannot contain a space");
    let valueStart = terminator ? j + 1 : nameStart;
    if (terminator === "\n") {
      inherit(name, nameSpan, lookup, values, variables);
      i = valueStart;
      continue;
    }
    valueStart = skipWhile(text, valueStart, LINE_SPACE);
    const quote = text[valueStart];
    let written;
    let valueEnd;
    let next;
    let expand;
    if (quote === '"' || quote === "'") {
      let k = valueStart + 1;
      let content = "";
      let escaped = false;
      for (; k < text.length; k++) {
        const c = text[k];
        if (escaped) {
          escaped = false;
          content += c === quote ? c : `\\${c}`;
        } else if (c === "\\") escaped = true;
        else if (c === quote) break;
        else content += c;
      }
      if (k >= text.length) return fail(valueStart, `the value's ${quote === '"' ? "double" : "single"} quote is never closed`);
      written = quote === '"' ? resolveEscapes(content) : content;
      expand = quote === '"';
      valueStart++;
      valueEnd = k;
      next = k + 1;
    } else {
      const lineEnd = text.indexOf("\n", valueStart);
      next = lineEnd < 0 ? text.length : lineEnd;
      let line = text.slice(valueStart, next);
      const comment = line.indexOf(" #");
      if (comment >= 0) line = line.slice(0, comment);
      written = line.replace(/[\s\u0085]+$/u, "");
      valueEnd = valueStart + written.length;
      expand = true;
    }
    let entry2 = { name, value: written, substituted: [], nameSpan, valueSpan: span(valueStart, valueEnd), span: span(nameStart, valueEnd) };
    if (expand && written.includes("$")) {
      const substituted = [];
      const result = interpolateWith(written, (key) => {
        const outside = lookup(key);
        if (outside !== void 0) {
          if (outside !== "") substituted.push({ name: key, value: outside });
          return outside;
        }
        return variable(values, key);
      });
      if (result.tooDeep) entry2 = { ...entry2, tooDeep: true };
      else if (result.value !== written) entry2 = { ...entry2, value: result.value, raw: written, substituted };
    }
    values[name] = entry2.value;
    if (name !== "") variables.push(entry2);
    i = next;
  }
}
function readRawEnvFile(text, file, lookup, values = noVariables()) {
  const lines = new LineIndex(text);
  const span = (start2, end) => lines.span(file, start2, end);
  const variables = [];
  let start = text.charCodeAt(0) === 65279 ? 1 : 0;
  for (let number = 1; start <= text.length; number++) {
    const lineEnd = text.indexOf("\n", start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const next = end + 1;
    const line = text.slice(start, end).replace(/\r$/, "");
    const nameStart = start + (line.length - line.trimStart().length);
    const content = text.slice(nameStart, start + line.length);
    start = next;
    if (content === "" || content.startsWith("#")) continue;
    const equals = content.indexOf("=");
    const name = equals < 0 ? content : content.slice(0, equals);
    if (name === "") return { variables, values, error: { span: span(nameStart, nameStart), message: `line ${number}: no variable name before the \`=\`` } };
    if (/\s/.test(name)) return { variables, values, error: { span: span(nameStart, nameStart), message: `line ${number}: the variable name ${JSON.stringify(name.trimEnd())} contains white space` } };
    if (equals < 0) {
      inherit(name, span(nameStart, nameStart + name.length), lookup, values, variables);
      continue;
    }
    const value = content.slice(equals + 1);
    const valueStart = nameStart + equals + 1;
    values[name] = value;
    variables.push({ name, value, substituted: [], nameSpan: span(nameStart, nameStart + name.length), valueSpan: span(valueStart, valueStart + value.length), span: span(nameStart, valueStart + value.length) });
  }
  return { variables, values };
}

// src/load/files.ts
var DEFAULT_MAX_FILE_SIZE = 1e7;
var UNITS = { "": 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return void 0;
  const name = match[2].toLowerCase();
  if (!Object.hasOwn(UNITS, name)) return void 0;
  const unit = UNITS[name];
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : void 0;
}
function formatSize(bytes) {
  const [unit, size] = bytes >= 1e9 ? ["GB", 1e9] : bytes >= 1e6 ? ["MB", 1e6] : bytes >= 1e3 ? ["KB", 1e3] : ["bytes", 1];
  const value = bytes / size;
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, "") : String(Math.round(value));
  return `${shown} ${unit}`;
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  const utf16 = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : void 0;
  let text;
  try {
    if (utf16) text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    else {
      if (bytes.subarray(0, 8e3).includes(0)) return { error: "not a text file (it contains NUL bytes)" };
      text = utf8.decode(bytes).replace(/^\uFEFF/, "");
    }
  } catch {
    return { error: utf16 ? `not a valid ${utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"} text file` : "not a UTF-8 text file" };
  }
  if (text.slice(0, 8e3).includes("\0")) return { error: "not a text file (it contains NUL characters)" };
  return { text };
}
function readRegularFileSync(path, maxBytes) {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { notRegular: true };
    if (info.size > maxBytes) return { tooLarge: info.size };
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (; ; ) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { tooLarge: length };
      if (length === buffer.length) break;
    }
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}
async function readRegularFile(path, maxBytes) {
  return readRegularFileSync(path, maxBytes);
}
async function loadDotEnv(composePath, env, maxBytes = DEFAULT_MAX_FILE_SIZE, probes) {
  return loadDotEnvSync(composePath, env, maxBytes, probes);
}
function loadDotEnvSync(composePath, env, maxBytes = DEFAULT_MAX_FILE_SIZE, probes) {
  if (probes && !probes.exists(dirname(composePath), ".env")) return { values: {} };
  const given = probes?.given?.(join(dirname(composePath), ".env"));
  if (typeof given === "string") return dotEnvFromText(given, join(dirname(composePath), ".env"), env);
  let read;
  try {
    read = readRegularFileSync(join(dirname(composePath), ".env"), maxBytes);
  } catch (error) {
    const code = error.code;
    return code === "ENOENT" || code === "ENOTDIR" ? { values: {} } : { values: {}, problem: `the .env file beside it cannot be read (${code ?? "error"})` };
  }
  if ("notRegular" in read) return { values: {}, problem: "the .env file beside it is not a regular file, so it was not read" };
  if ("tooLarge" in read) return { values: {}, problem: `the .env file beside it (${formatSize(read.tooLarge)}) is over --max-file-size ${formatSize(maxBytes)}, so it was not read` };
  const decoded = decodeText(read.bytes);
  if ("error" in decoded) return { values: {}, problem: `the .env file beside it is ${decoded.error}` };
  return dotEnvFromText(decoded.text, join(dirname(composePath), ".env"), env);
}
function dotEnvFromText(text, path, env) {
  const dotenv = readDotEnvText(text, path, env);
  return dotenv.error === void 0 ? { values: dotenv.values } : { values: dotenv.values, problem: dotEnvStops(dotenv.error) };
}
function dotEnvStops(error, which = "the .env file beside it") {
  return `${which} stops Docker Compose (${error}), so only the variables above that line were read`;
}

// src/load/origin.ts
function located(value, span, origin = {}) {
  const out = { value, span };
  if (origin.raw !== void 0 && origin.raw !== value) {
    out.raw = origin.raw;
    if (origin.external) out.external = true;
  }
  return out;
}
function partOrigins(origin, parts, split) {
  if (origin.raw === void 0) return parts.map(() => ({}));
  const rawParts = split(origin.raw);
  return parts.map((part, index) => {
    const raw = rawParts.length === parts.length ? rawParts[index] : origin.raw;
    if (raw === part) return {};
    return origin.external ? { raw, external: true } : { raw };
  });
}

// src/load/ports.ts
var PROTOCOLS = ["tcp", "udp", "sctp"];
function parsePortNumber(text) {
  if (text === void 0 || !/^[0-9]+$/.test(text)) return void 0;
  const value = Number(text);
  return value <= 65535 ? value : void 0;
}
function parsePortRange(text) {
  if (text === "") return void 0;
  const parts = text.split("-");
  const start = parsePortNumber(parts[0]);
  if (start === void 0) return void 0;
  if (parts.length === 1) return { start, end: start };
  const end = parsePortNumber(parts[1]);
  if (end === void 0 || end < start) return void 0;
  return { start, end };
}
var IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
function isGoIpAddress(text) {
  if (!text.includes(":")) return IPV4.test(text);
  return isIP(text) === 6 && !text.includes("%");
}
function hostAddress(part) {
  let address = part;
  if (part.startsWith("[")) {
    if (!part.endsWith("]") || part.indexOf("]") !== part.length - 1 || part.indexOf("[", 1) >= 0) return void 0;
    address = part.slice(1, -1);
  } else if (/[[\]]/.test(part)) return void 0;
  if (address === "") return "";
  return isGoIpAddress(address) ? address : void 0;
}
function splitProtocol(text) {
  const parts = text.split("/");
  if (parts[0] === "") return { port: "", protocol: "" };
  return { port: parts[0], protocol: parts[1] ? parts[1] : "tcp" };
}
function splitParts(text) {
  const parts = text.split(":");
  const n = parts.length;
  if (n === 1) return { container: parts[0] };
  if (n === 2) return { host: parts[0], container: parts[1] };
  return { ip: parts.slice(0, n - 2).join(":"), host: parts[n - 2], container: parts[n - 1] };
}
function writtenText(node) {
  return node.data === null ? "null" : String(node.data);
}
function writtenQuoted(node) {
  return `("${writtenText(node)}"${node.raw !== void 0 ? ", as interpolated here" : ""})`;
}
function rejected(node, why) {
  return { span: node.span, message: `Docker Compose rejects this port ${writtenQuoted(node)}: ${why}.` };
}
function readShortSyntax(text) {
  const parts = splitParts(text);
  const { port: containerText, protocol: protocolText } = splitProtocol(parts.container);
  let ip;
  if (parts.ip !== void 0) {
    ip = hostAddress(parts.ip);
    if (ip === void 0) return { why: "the host address is not an IP address" };
  }
  if (containerText === "") return { why: "no container port is given" };
  const container = parsePortRange(containerText);
  if (!container) return { why: "the container port is not a port number (0-65535) or a range of them" };
  let host;
  if (parts.host !== void 0 && parts.host !== "") {
    host = parsePortRange(parts.host);
    if (!host) return { why: "the host port is not a port number (0-65535) or a range of them" };
    if (host.end - host.start !== container.end - container.start && container.end !== container.start) {
      return { why: "the host and container port ranges differ in length" };
    }
  }
  const protocol = protocolText.toLowerCase();
  if (!PROTOCOLS.includes(protocol)) return { why: "the protocol is not tcp, udp or sctp" };
  return { ip, hostText: parts.host, host, container, protocol };
}
function parsePort(node) {
  if (node.kind === "map") return parseLongPort(node);
  if (node.kind !== "scalar" || typeof node.value === "boolean" || node.value === null) {
    return { span: node.span, message: "Docker Compose rejects this port: a port entry is a string, a number or a mapping." };
  }
  const span = node.span;
  if (typeof node.value === "number") {
    const port = node.value;
    if (!Number.isInteger(port) || port < 0 || port > 65535) return rejected(node, "a port number is a whole number from 0 to 65535");
    return { span, syntax: "short", containerPorts: located({ start: port, end: port }, span), protocol: "tcp", text: String(port) };
  }
  const text = node.value;
  const read = readShortSyntax(text);
  if ("why" in read) return rejected(node, read.why);
  const binding = { span, syntax: "short", containerPorts: located(read.container, span), protocol: read.protocol, text };
  if (node.raw !== void 0) {
    binding.raw = node.raw;
    if (node.external) binding.external = true;
    const emptied = emptiedSlot(node.raw, read.ip, read.hostText);
    if (emptied) binding.emptiedByInterpolation = emptied;
  }
  if (read.ip !== void 0) binding.hostIp = located(read.ip, span, hostIpOrigin(node));
  if (read.host) binding.hostPorts = located(read.host, span);
  return binding;
}
function hostIpOrigin(node) {
  if (node.raw === void 0) return node;
  const rawParts = node.raw.trim().split("/")[0].split(":");
  const valueParts = String(node.value).trim().split("/")[0].split(":");
  if (rawParts.length !== valueParts.length || rawParts.length < 3) return node;
  return { raw: rawParts.slice(0, -2).join(":"), ...node.external ? { external: true } : {} };
}
function scalarText(node) {
  if (!node || node.kind !== "scalar" || node.value === null) return void 0;
  return String(node.value);
}
function nonScalarField(node, keys) {
  for (const key of keys) {
    const value = child(node, key);
    if (value && value.kind !== "scalar") return { key, node: value };
  }
  return void 0;
}
function parseLongPort(node) {
  const wrong = nonScalarField(node, ["target", "published", "host_ip", "protocol", "mode"]);
  if (wrong) return { span: wrong.node.span, message: `Docker Compose rejects this port: \`${wrong.key}\` is a single value, not ${wrong.node.kind === "seq" ? "a list" : "a mapping"}.` };
  const targetNode = child(node, "target");
  const targetText = scalarText(targetNode);
  const target = targetText === void 0 ? void 0 : parsePortNumber(targetText.replace(/^\+/, ""));
  if (!targetNode || target === void 0) {
    return { span: targetNode?.span ?? node.span, message: "Docker Compose rejects this port: a long-syntax port needs a `target` port number (0-65535)." };
  }
  const protocolNode = child(node, "protocol");
  const protocolText = (scalarText(protocolNode) ?? "tcp").toLowerCase();
  if (!PROTOCOLS.includes(protocolText)) {
    return { span: protocolNode.span, message: "Docker Compose rejects this port: the protocol is not tcp, udp or sctp." };
  }
  const binding = {
    span: node.span,
    syntax: "long",
    containerPorts: located({ start: target, end: target }, targetNode.span),
    protocol: protocolText,
    text: ""
  };
  const publishedNode = child(node, "published");
  const publishedText = scalarText(publishedNode);
  if (publishedNode?.kind === "scalar" && publishedText !== void 0 && publishedText !== "") {
    const hostPorts = parsePortRange(publishedText);
    if (!hostPorts) {
      return { span: publishedNode.span, message: `Docker Compose rejects this port: published ${writtenQuoted(publishedNode)} is not a port number (0-65535) or a range of them.` };
    }
    binding.hostPorts = located(hostPorts, publishedNode.span, publishedNode);
  }
  const hostIpNode = child(node, "host_ip");
  if (hostIpNode?.kind === "scalar") {
    const address = scalarText(hostIpNode) ?? "";
    if (address !== "" && !isGoIpAddress(address)) {
      return { span: hostIpNode.span, message: `Docker Compose rejects this port: host_ip ${writtenQuoted(hostIpNode)} is not an IP address.` };
    }
    binding.hostIp = located(address, hostIpNode.span, hostIpNode);
  }
  const mode = scalarText(child(node, "mode"));
  if (mode === "host" || mode === "ingress") binding.mode = mode;
  const raws = [hostIpNode, publishedNode].flatMap((n) => n?.kind === "scalar" && n.raw !== void 0 ? [n.raw] : []);
  if (raws.length > 0) binding.raw = raws.join(" ");
  if ([hostIpNode, publishedNode].some((n) => n?.kind === "scalar" && n.external)) binding.external = true;
  const publishing = node.entries.filter((e) => e.key === "published" || e.key === "host_ip");
  if (publishing.length > 0) binding.publishSpan = spanOfEntries(publishing);
  binding.text = renderPort(binding);
  return binding;
}
function renderPort(binding) {
  const range = formatPortRange;
  const ip = binding.hostIp?.value;
  const host = binding.hostPorts ? range(binding.hostPorts.value) : "";
  const container = range(binding.containerPorts.value);
  const protocol = binding.protocol === "tcp" ? "" : `/${binding.protocol}`;
  if (ip) return `${ip.includes(":") ? `[${ip}]` : ip}:${host}:${container}${protocol}`;
  return `${host ? `${host}:` : ""}${container}${protocol}`;
}
function spanOfEntries(list) {
  const first = list[0].span;
  const last = list.at(-1).span;
  return { ...first, endLine: last.endLine, endColumn: last.endColumn };
}
function emptiedSlot(raw, hostIp, hostPortText) {
  const rawSlots = raw.trim().split("/")[0].replace(/\$\{[^}]*\}/g, "${}").split(":");
  const hasVariable = (slot) => slot !== void 0 && slot.includes("$");
  if (rawSlots.length >= 3 && hostIp === "" && hasVariable(rawSlots[0])) return "host address";
  const hostPortSlot = rawSlots.at(-2);
  if (rawSlots.length >= 2 && hostPortText === "" && hasVariable(hostPortSlot)) return "host port";
  return void 0;
}

// src/load/mounts.ts
var MOUNT_KINDS = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"];
var PROPAGATIONS = ["rprivate", "private", "rshared", "shared", "rslave", "slave"];
function isHostPath(source) {
  if (source === "") return false;
  if (source[0] === "." || source[0] === "/" || source[0] === "~" || source.startsWith("\\\\")) return true;
  const [first = "", second] = [...source];
  return second === ":" && isLetter(first);
}
function isLetter(ch) {
  return new RegExp("^\\p{L}$", "u").test(ch);
}
function cleanPath(path) {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const out = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
    } else out.push(segment);
  }
  const joined = (rooted ? "/" : "") + out.join("/");
  return joined === "" ? "." : joined;
}
function parseVolumeSpec(spec) {
  const bytes = Buffer.byteLength(spec);
  if (bytes === 0) return { why: "the entry is empty" };
  if (bytes <= 2) return { source: "", target: spec, readOnly: false };
  const volume = { source: "", target: "", readOnly: false };
  const chars = [...spec];
  let buffer = "";
  let bufferLength = 0;
  let depth = 0;
  for (let i = 0; i <= chars.length; i++) {
    const ch = i < chars.length ? chars[i] : null;
    if (ch === "$" && chars[i + 1] === "{") depth++;
    else if (ch === "}" && depth > 0) depth--;
    else if (ch === ":" && bufferLength === 1 && isLetter(buffer)) {
    } else if ((ch === ":" || ch === null) && depth === 0) {
      const why = populate(volume, buffer, ch === null);
      if (why) return { why };
      buffer = "";
      bufferLength = 0;
      continue;
    }
    if (ch === null) break;
    buffer += ch;
    bufferLength++;
  }
  return volume;
}
function populate(volume, part, atEnd) {
  if (part === "") return "a part between colons is empty";
  if (volume.source === "" && atEnd) volume.target = part;
  else if (volume.source === "") volume.source = part;
  else if (volume.target === "") volume.target = part;
  else if (!atEnd) return "it has too many colons";
  else {
    for (const option of part.split(",")) {
      if (option === "ro") volume.readOnly = true;
      else if (option === "rw") volume.readOnly = false;
      else if (PROPAGATIONS.includes(option)) volume.propagation = option;
    }
  }
  return void 0;
}
function located2(value, span, raw, external) {
  const out = raw === void 0 ? { value, span } : { value, span, raw };
  if (raw !== void 0 && external) out.external = true;
  return out;
}
function rejected2(span, why, node) {
  const what = node === void 0 ? "this volume" : `this volume ${writtenQuoted(node)}`;
  return { span, message: `Docker Compose rejects ${what}: ${why}.` };
}
function parseMount(node, volumes) {
  if (node.kind === "map") return parseLongMount(node, volumes);
  if (node.kind !== "scalar" || typeof node.value !== "string") {
    return rejected2(node.span, "a volume entry is a string or a mapping");
  }
  return parseShortMount(node, volumes);
}
function parseShortMount(node, volumes) {
  const span = node.span;
  const spec = parseVolumeSpec(node.value);
  if ("why" in spec) {
    const asWritten = node.raw === void 0 ? spec : parseVolumeSpec(node.raw);
    if ("why" in asWritten || asWritten.source === "") return rejected2(span, spec.why, node);
    return mountOf(node, asWritten, volumes, asWritten.source.startsWith("$") || isHostPath(asWritten.source) ? "bind" : "volume", true);
  }
  return mountOf(node, spec, volumes, spec.source !== "" && isHostPath(spec.source) ? "bind" : "volume", false);
}
function mountOf(node, spec, volumes, kind, asWritten) {
  const span = node.span;
  const target = cleanPath(spec.target);
  if (asWritten) {
    const mount2 = { span, syntax: "short", kind, source: located2(spec.source, span, spec.source), target: located2(target, span), readOnly: spec.readOnly };
    if (spec.propagation !== void 0) mount2.propagation = located2(spec.propagation, span);
    return mount2;
  }
  if (spec.source === "") {
    const mount2 = { span, syntax: "short", kind: "volume", target: located2(target, span, node.raw, node.external), readOnly: spec.readOnly };
    return mount2;
  }
  const rawSpec = node.raw === void 0 ? void 0 : parseVolumeSpec(node.raw);
  const rawOf = (part, value) => {
    if (node.raw === void 0) return void 0;
    const raw = rawSpec && !("why" in rawSpec) && rawSpec.source !== "" ? rawSpec[part] : node.raw;
    return raw !== value ? raw : void 0;
  };
  const mount = {
    span,
    syntax: "short",
    kind,
    source: located2(spec.source, span, rawOf("source", spec.source), node.external),
    target: located2(target, span, rawOf("target", target), node.external),
    readOnly: spec.readOnly
  };
  if (spec.propagation !== void 0) mount.propagation = located2(spec.propagation, span);
  if (kind === "volume") {
    const volume = volumes.get(spec.source);
    if (volume) mount.volume = volume;
  }
  return mount;
}
function parseLongMount(node, volumes) {
  const wrong = nonScalarField(node, ["type", "source", "target", "read_only"]);
  if (wrong) return rejected2(wrong.node.span, `\`${wrong.key}\` is a single value, not ${wrong.node.kind === "seq" ? "a list" : "a mapping"}`);
  const bind = child(node, "bind");
  if (bind && bind.kind !== "map" && !(bind.kind === "scalar" && bind.value === null)) return rejected2(bind.span, "`bind` is a mapping of bind options");
  const sourceNode = child(node, "source");
  const source = sourceNode?.kind === "scalar" && sourceNode.value !== null && sourceNode.value !== "" ? String(sourceNode.value) : void 0;
  const typeNode = child(node, "type");
  let kind;
  if (typeNode?.kind === "scalar" && typeNode.value !== null) {
    const type = String(typeNode.value);
    if (!MOUNT_KINDS.includes(type)) {
      return rejected2(typeNode.span, `the volume type ${writtenQuoted(typeNode)} is not one of ${MOUNT_KINDS.join(", ")}`);
    }
    kind = type;
  } else {
    kind = source !== void 0 && isHostPath(source) ? "bind" : "volume";
  }
  const targetNode = child(node, "target");
  if (targetNode?.kind !== "scalar" || targetNode.value === null || targetNode.value === "") {
    return rejected2(targetNode?.span ?? node.span, "a long-syntax volume needs a `target` path");
  }
  const readOnlyNode = child(node, "read_only");
  const mount = {
    span: node.span,
    syntax: "long",
    kind,
    target: located2(String(targetNode.value), targetNode.span, targetNode.raw, targetNode.external),
    readOnly: readOnlyNode?.kind === "scalar" && isTrue(readOnlyNode.value)
  };
  const propagationNode = child(child(node, "bind"), "propagation");
  if (propagationNode?.kind === "scalar" && propagationNode.value !== null) {
    mount.propagation = located2(String(propagationNode.value), propagationNode.span, propagationNode.raw, propagationNode.external);
  }
  if (source !== void 0 && sourceNode?.kind === "scalar") {
    mount.source = located2(source, sourceNode.span, sourceNode.raw, sourceNode.external);
    if (kind === "volume") {
      const volume = volumes.get(source);
      if (volume) mount.volume = volume;
    }
  }
  return mount;
}
function isTrue(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return ["true", "y", "yes", "on"].includes(value.toLowerCase());
  return value === 1;
}
function resolveVolumeBind(mount) {
  const volume = mount.volume;
  if (mount.kind !== "volume" || !volume || volume.external) return mount;
  if (volume.driver && volume.driver.value.trim() !== "local") return mount;
  const device = volume.driverOpts.get("device");
  const options = (volume.driverOpts.get("o")?.value ?? "").split(",").map((o) => o.trim());
  if (!device || device.value.trim() === "" || !options.some((o) => o === "bind" || o === "rbind")) return mount;
  return { ...mount, kind: "bind", source: device, readOnly: mount.readOnly || options.includes("ro") };
}

// src/load/image.ts
function parseImageRef(text) {
  const trimmed = text.trim();
  let rest = trimmed;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const components = rest.split("/");
  let registry = "docker.io";
  const first = components[0] ?? "";
  if (components.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase())) {
    registry = first === "index.docker.io" ? "docker.io" : first;
    components.shift();
  }
  if (registry === "docker.io" && components.length === 1) components.unshift("library");
  const repository = components.join("/").toLowerCase();
  const name = components[components.length - 1]?.toLowerCase() ?? "";
  const ref = { text: trimmed, registry, repository, name };
  if (tag !== void 0) ref.tag = tag;
  if (digest !== void 0) ref.digest = digest;
  return ref;
}

// src/load/service-suppression.ts
var SERVICE_SUPPRESSION_KEY = "x-compose-lint";
function serviceSuppression(node) {
  if (!node) return void 0;
  const suppression = { span: node.span, ignore: [], invalid: [] };
  if (node.kind !== "map") {
    suppression.invalid.push({ span: node.span, message: `\`${SERVICE_SUPPRESSION_KEY}\` must be a mapping with \`ignore: [rule ids]\` and \`reason: text\`` });
    return suppression;
  }
  for (const entry2 of node.entries) {
    const value = entry2.value;
    if (entry2.key === "ignore") {
      const items = value.kind === "seq" ? value.items : [value];
      for (const item of items) {
        if (item.kind === "scalar" && typeof item.value === "string" && item.value.trim() !== "") suppression.ignore.push({ value: item.value.trim(), span: item.span });
        else suppression.invalid.push({ span: item.span, message: "`ignore` lists rule ids (strings)" });
      }
    } else if (entry2.key === "reason") {
      if (value.kind === "scalar" && value.value !== null && String(value.value).trim() !== "") {
        const reason = { value: String(value.value).trim(), span: value.span };
        suppression.reason = reason;
      } else suppression.invalid.push({ span: value.span, message: "`reason` is a non-empty text" });
    } else {
      suppression.invalid.push({ span: entry2.keySpan, message: `unknown key \`${entry2.key}\` in \`${SERVICE_SUPPRESSION_KEY}\` (expected \`ignore\` and \`reason\`)` });
    }
  }
  return suppression;
}

// src/load/normalize.ts
var reported = /* @__PURE__ */ new WeakMap();
function unreadable(problems, span, message) {
  let seen = reported.get(problems);
  if (!seen) reported.set(problems, seen = /* @__PURE__ */ new Set());
  const key = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}:${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  problems.push({ ruleId: "unreadable-value", span, message });
}
var DESCRIBE = { map: "a mapping", seq: "a list", scalar: "a single value" };
function listItems(node, key, problems) {
  if (!node || node.kind === "scalar" && node.value === null) return [];
  if (node.kind === "seq") return node.items;
  unreadable(problems, node.span, `Docker Compose rejects \`${key}:\` written as ${DESCRIBE[node.kind]}: it takes a list.`);
  return node.kind === "scalar" ? [node] : [];
}
var NAMESPACE_KEYS = ["pid", "ipc", "uts", "userns_mode", "cgroup"];
function scalar(node) {
  return node?.kind === "scalar" && node.value !== null ? node : void 0;
}
function locatedString(node) {
  const s = scalar(node);
  if (!s) return void 0;
  return located(String(s.value), s.span, s);
}
function locatedBool(node) {
  const s = scalar(node);
  return s ? { value: isTrue(s.value), span: s.span } : void 0;
}
function locatedScalar(node) {
  const s = scalar(node);
  if (!s) return void 0;
  return { value: typeof s.value === "number" ? s.value : String(s.value), span: s.span };
}
function stringList(node) {
  if (!node) return [];
  if (node.kind === "seq") return node.items.flatMap((item) => locatedString(item) ?? []);
  const single = locatedString(node);
  return single ? [single] : [];
}
function checkedStringList(node, key, problems, numbers = false) {
  return listItems(node, key, problems).flatMap((item) => {
    const s = scalar(item);
    if (s && (typeof s.value === "string" || numbers && typeof s.value === "number")) return [locatedString(s)];
    const expected = numbers ? "a string or a number" : "a string";
    unreadable(problems, item.span, `Docker Compose rejects this \`${key}:\` entry: each entry is ${expected}.`);
    return [];
  });
}
function entries(node) {
  return node?.kind === "map" ? node.entries : [];
}
function stringMap(node) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entries(node)) {
    const value = locatedString(e.value);
    if (value) out.set(e.key, value);
  }
  return out;
}
function subSpan(node, start, end) {
  const source = String(node.data);
  const { span } = node;
  if (span.line !== span.endLine) return span;
  const width = span.endColumn - span.column;
  const quote = width === source.length + 2 ? 1 : width === source.length ? 0 : -1;
  if (quote < 0) return span;
  return { ...span, column: span.column + quote + start, endColumn: span.column + quote + end };
}
function bareValue(name, span, bare) {
  const value = bare && variable(bare.env, name);
  if (value === void 0) return void 0;
  if (value !== "") bare.substituted.push({ name, value });
  return located(value, span, { raw: `\${${name}}`, external: true });
}
function envVars(node, key, problems, bare) {
  if (!node || node.kind === "scalar" && node.value === null) return [];
  if (node.kind === "map") {
    return node.entries.map((e) => {
      const name = { value: e.key, span: e.keySpan };
      if (e.value.kind !== "scalar") {
        unreadable(problems, e.value.span, `Docker Compose rejects the value of ${key} "${e.key}": it is ${DESCRIBE[e.value.kind]}, not a string, number, boolean or null.`);
      }
      const value = locatedString(e.value) ?? (e.value.kind === "scalar" && e.value.value === null ? bareValue(e.key, e.keySpan, bare) : void 0);
      return value ? { span: e.span, name, value } : { span: e.span, name };
    });
  }
  if (node.kind !== "seq") {
    unreadable(problems, node.span, `Docker Compose rejects \`${key}:\` written as a single value: it takes a list of KEY=value strings or a mapping.`);
  }
  const items = node.kind === "seq" ? node.items : typeof node.value === "string" ? [node] : [];
  return items.flatMap((item) => {
    const s = scalar(item);
    if (!s || typeof s.value !== "string") {
      unreadable(problems, item.span, `Docker Compose rejects this \`${key}:\` entry: a list entry is a KEY=value string.`);
      return [];
    }
    const source = String(s.data);
    const text = String(s.value);
    const rawEq = source.indexOf("=");
    const eq = text.indexOf("=");
    if (rawEq < 0 || eq < 0) {
      const value2 = bareValue(text, s.span, bare);
      return [value2 ? { span: s.span, name: { value: text, span: s.span }, value: value2 } : { span: s.span, name: { value: text, span: s.span } }];
    }
    const from = (raw) => s.raw === void 0 ? {} : { raw, ...s.external ? { external: true } : {} };
    const name = located(text.slice(0, eq), subSpan(s, 0, rawEq), from(source.slice(0, rawEq)));
    const value = located(text.slice(eq + 1), subSpan(s, rawEq + 1, source.length), from(source.slice(rawEq + 1)));
    return [{ span: s.span, name, value }];
  });
}
function commandLine(node) {
  if (!node) return void 0;
  if (node.kind === "seq") {
    const args2 = stringList(node);
    return { span: node.span, form: "list", args: args2, text: args2.map((a) => a.value).join(" ") };
  }
  const s = locatedString(node);
  if (!s) return void 0;
  const args = s.value.split(/\s+/).filter(Boolean).map((value) => located(value, s.span, s.external ? { raw: s.raw, external: true } : {}));
  const line = { span: s.span, form: "string", args, text: s.value };
  if (s.raw !== void 0) line.raw = s.raw;
  if (s.external) line.external = true;
  return line;
}
function devices(node, problems) {
  return listItems(node, "devices", problems).flatMap((item) => {
    if (item.kind === "map") {
      const wrong = nonScalarField(item, ["source", "target", "permissions"]);
      if (wrong) {
        unreadable(problems, wrong.node.span, `Docker Compose rejects this device: \`${wrong.key}\` is a single value, not ${DESCRIBE[wrong.node.kind]}.`);
        return [];
      }
      const source2 = locatedString(child(item, "source"));
      if (!source2 || source2.value === "") {
        unreadable(problems, child(item, "source")?.span ?? item.span, "Docker Compose rejects this device: a long-syntax device needs a `source` path.");
        return [];
      }
      const device2 = { span: item.span, syntax: "long", source: source2 };
      const target2 = locatedString(child(item, "target"));
      const permissions2 = locatedString(child(item, "permissions"));
      if (target2) device2.target = target2;
      if (permissions2) device2.permissions = permissions2;
      return [device2];
    }
    const s = scalar(item);
    if (!s || typeof s.value !== "string") {
      unreadable(problems, item.span, "Docker Compose rejects this device: a device entry is a SOURCE:TARGET[:PERMISSIONS] string or a mapping.");
      return [];
    }
    const parts = s.value.split(":");
    if (parts.length > 3 || parts[0] === "") {
      const why = parts.length > 3 ? "more than three `:`-separated parts (use the long syntax)" : "no host device path";
      unreadable(problems, s.span, `Docker Compose rejects this device ${writtenQuoted(s)}: ${why}.`);
      return [];
    }
    const [source = "", target = "", permissions = "rwm"] = parts;
    const origins = partOrigins(s, parts, (text) => text.split(":"));
    const device = { span: s.span, syntax: "short", source: located(source, s.span, origins[0]) };
    device.target = target === "" ? { ...device.source } : located(target, s.span, origins[1]);
    device.permissions = located(permissions, s.span, origins[2]);
    return [device];
  });
}
function serviceNetworks(node, problems) {
  if (!node || node.kind === "scalar" && node.value === null) return [];
  if (node.kind === "map") {
    return node.entries.map((e) => {
      if (e.value.kind !== "map" && !(e.value.kind === "scalar" && e.value.value === null)) {
        unreadable(problems, e.value.span, `Docker Compose rejects the options of network "${e.key}": they are a mapping or empty.`);
      }
      return { name: { value: e.key, span: e.keySpan }, span: e.span };
    });
  }
  return checkedStringList(node, "networks", problems).map((name) => ({ name, span: name.span }));
}
function buildService(e, volumes, problems, bare) {
  const node = e.value;
  if (node.kind !== "map") {
    const what = node.kind === "scalar" && node.value === null ? "empty" : DESCRIBE[node.kind];
    unreadable(problems, node.span, `Docker Compose rejects service "${e.key}": it is ${what}, not a mapping of settings.`);
    return void 0;
  }
  const imageNode = locatedString(child(node, "image"));
  const ports = listItems(child(node, "ports"), "ports", problems).flatMap((item) => {
    const result = parsePort(item);
    if ("containerPorts" in result) return [result];
    unreadable(problems, result.span, result.message);
    return [];
  });
  const mounts = listItems(child(node, "volumes"), "volumes", problems).flatMap((item) => {
    const result = parseMount(item, volumes);
    if ("target" in result) return [resolveVolumeBind(result)];
    unreadable(problems, result.span, result.message);
    return [];
  });
  const buildNode = child(node, "build");
  const limits = child(child(child(child(node, "deploy"), "resources"), "limits"), "memory");
  const pidsLimit = child(child(child(child(node, "deploy"), "resources"), "limits"), "pids");
  const service = {
    name: { value: e.key, span: e.keySpan },
    span: e.span,
    ports: orNone(ports),
    expose: orNone(checkedStringList(child(node, "expose"), "expose", problems, true)),
    mounts: orNone(mounts),
    networks: orNone(serviceNetworks(child(node, "networks"), problems)),
    environment: orNone(envVars(child(node, "environment"), "environment", problems, bare)),
    namespaces: orNone(
      NAMESPACE_KEYS.flatMap((key) => {
        const value = locatedString(child(node, key));
        return value ? [{ key, value }] : [];
      })
    ),
    profiles: orNone(stringList(child(node, "profiles"))),
    capAdd: orNone(checkedStringList(child(node, "cap_add"), "cap_add", problems)),
    capDrop: orNone(checkedStringList(child(node, "cap_drop"), "cap_drop", problems)),
    securityOpt: orNone(checkedStringList(child(node, "security_opt"), "security_opt", problems)),
    devices: orNone(devices(child(node, "devices"), problems)),
    deployLimits: {},
    deploy: orNone(
      entries(child(node, "deploy")).map((d) => {
        const key = { value: d.key, span: d.keySpan };
        const value = locatedString(d.value);
        return value ? { key, value } : { key };
      })
    )
  };
  if (imageNode) {
    const image = { value: parseImageRef(imageNode.value), span: imageNode.span };
    if (imageNode.raw !== void 0) image.raw = imageNode.raw;
    if (imageNode.external) image.external = true;
    service.image = image;
  }
  if (buildNode) {
    service.build = { span: buildNode.span, args: envVars(child(buildNode, "args"), "build.args", problems, bare) };
    const context = locatedString(buildNode.kind === "map" ? child(buildNode, "context") : buildNode);
    if (context) service.build.context = context;
  }
  setIfWritten(service, "networkMode", locatedString(child(node, "network_mode")));
  setIfWritten(service, "privileged", locatedBool(child(node, "privileged")));
  setIfWritten(service, "readOnly", locatedBool(child(node, "read_only")));
  setIfWritten(service, "user", locatedString(child(node, "user")));
  setIfWritten(service, "command", commandLine(child(node, "command")));
  setIfWritten(service, "entrypoint", commandLine(child(node, "entrypoint")));
  setIfWritten(service, "healthcheck", commandLine(child(child(node, "healthcheck"), "test")));
  setIfWritten(service, "memLimit", locatedScalar(child(node, "mem_limit")));
  setIfWritten(service, "pidsLimit", locatedScalar(child(node, "pids_limit")));
  setIfWritten(service, "suppression", serviceSuppression(child(node, SERVICE_SUPPRESSION_KEY)));
  const memory = locatedScalar(limits);
  const pids = locatedScalar(pidsLimit);
  if (memory) service.deployLimits.memory = memory;
  if (pids) service.deployLimits.pids = pids;
  return service;
}
var NONE = Object.freeze([]);
function orNone(list) {
  return list.length === 0 ? NONE : list;
}
function setIfWritten(service, key, value) {
  if (value !== void 0) service[key] = value;
}
function isExternal(node) {
  const external = child(node, "external");
  if (!external) return false;
  return external.kind === "map" || external.kind === "scalar" && isTrue(external.value);
}
function buildVolume(e) {
  const driver = locatedString(child(e.value, "driver"));
  const volume = {
    name: { value: e.key, span: e.keySpan },
    span: e.span,
    driverOpts: stringMap(child(e.value, "driver_opts")),
    external: isExternal(e.value)
  };
  if (driver) volume.driver = driver;
  return volume;
}
function buildNetwork(e) {
  const network = buildVolume(e);
  const internal = locatedBool(child(e.value, "internal"));
  if (internal) network.internal = internal;
  return network;
}
function serviceEntries(node, problems) {
  if (node && node.kind !== "map" && !(node.kind === "scalar" && node.value === null)) {
    unreadable(problems, node.span, `Docker Compose rejects \`services:\` written as ${DESCRIBE[node.kind]}: it is a mapping of service names to their settings.`);
  }
  return entries(node);
}
function normalize(root, file, problems, bare) {
  const volumes = entries(child(root, "volumes")).map(buildVolume);
  const volumesByName = new Map(volumes.map((v) => [v.name.value, v]));
  return {
    file,
    files: [file],
    services: serviceEntries(child(root, "services"), problems).flatMap((e) => buildService(e, volumesByName, problems, bare) ?? []),
    networks: entries(child(root, "networks")).map(buildNetwork),
    volumes
  };
}

// src/load/merge.ts
function mapNode(span, entries2) {
  const data = {};
  for (const entry2 of entries2) data[entry2.key] = entry2.value.data;
  return { kind: "map", span, entries: entries2, data };
}
function seqNode(span, items) {
  return { kind: "seq", span, items, data: items.map((item) => item.data) };
}
function isNull(node) {
  return node === void 0 || node.kind === "scalar" && node.value === null;
}
function matches(path, pattern) {
  if (pattern.length !== path.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== "*" && pattern[i] !== path[i]) return false;
  return true;
}
function compile(table) {
  return table.map(([pattern, value]) => [pattern.split("."), value]);
}
var resolved = /* @__PURE__ */ new WeakMap();
function resolveFileTags(root, parsed) {
  if (parsed.hasTags ?? parsed.text.includes("!")) return resolveTags(root);
  resolved.set(root, root);
  return root;
}
function resolveTags(node) {
  const done = resolved.get(node);
  if (done) return done;
  let out = node;
  if (node.kind === "map") {
    let entries2;
    node.entries.forEach((e, i) => {
      const value = e.value.tag === "!reset" ? void 0 : resolveTags(e.value);
      if (value !== e.value) entries2 ??= node.entries.slice(0, i);
      if (entries2 && value) entries2.push(value === e.value ? e : withValue(e, value));
    });
    if (entries2) out = mapNode(node.span, entries2);
  } else if (node.kind === "seq") {
    let items;
    node.items.forEach((item, i) => {
      const value = item.tag === "!reset" ? void 0 : resolveTags(item);
      if (value !== item) items ??= node.items.slice(0, i);
      if (items && value) items.push(value);
    });
    if (items) out = seqNode(node.span, items);
  }
  if (out.tag !== void 0) out = withoutTag(out);
  resolved.set(node, out);
  return out;
}
var byKey = (base, over) => keyedUnion(base, over);
var appended = (base, over) => seqNode(over.span, [...asList(base), ...asList(over)]);
var replaced = (_base, over) => over;
var extraHosts = (base, over) => {
  const left = hostEntries(base);
  const known = new Set(left.map(scalarText2));
  const right = hostEntries(over).filter((item) => !known.has(scalarText2(item)));
  return seqNode(over.span, [...left, ...right]);
};
var logging = (base, over, path, problems) => {
  const a = child(base, "driver");
  const b = child(over, "driver");
  if (!a || !b || scalarText2(a) === scalarText2(b)) return mergeNodes(base, over, path, problems, false);
  return over;
};
var build = (base, over, path, problems) => mergeNodes(buildMap(base), buildMap(over), path, problems, false);
function namesToMap(defaults) {
  return (base, over, path, problems) => mergeNodes(listToMap(base, defaults), listToMap(over, defaults), path, problems, false);
}
var ulimit = (_base, over) => over;
var ipamConfig = (base, over, path, problems) => {
  if (base.kind !== "seq" || over.kind !== "seq") return over;
  const out = [];
  const subnetOf = (node) => scalarText2(child(node, "subnet"));
  for (const original of base.items) {
    for (const item of over.items) {
      if (subnetOf(item) !== subnetOf(original) && !out.some((o) => subnetOf(o) === subnetOf(item))) {
        out.push(item);
        continue;
      }
      const merged2 = mergeNodes(original, item, path, problems, false);
      const at = out.findIndex((o) => subnetOf(o) === subnetOf(merged2));
      if (at >= 0) out[at] = merged2;
      else out.push(merged2);
    }
  }
  return seqNode(over.span, out);
};
var SPECIALS = compile([
  ["networks.*.ipam.config", ipamConfig],
  ["networks.*.labels", byKey],
  ["volumes.*.labels", byKey],
  ["services.*.annotations", byKey],
  ["services.*.build", build],
  ["services.*.build.args", byKey],
  ["services.*.build.additional_contexts", byKey],
  ["services.*.build.extra_hosts", extraHosts],
  ["services.*.build.labels", byKey],
  ["services.*.command", replaced],
  ["services.*.depends_on", namesToMap({ condition: "service_started", required: true })],
  ["services.*.deploy.labels", byKey],
  ["services.*.dns", appended],
  ["services.*.dns_opt", appended],
  ["services.*.dns_search", appended],
  ["services.*.entrypoint", replaced],
  ["services.*.env_file", appended],
  ["services.*.label_file", appended],
  ["services.*.environment", byKey],
  ["services.*.extra_hosts", extraHosts],
  ["services.*.healthcheck.test", replaced],
  ["services.*.labels", byKey],
  ["services.*.volumes.*.volume.labels", byKey],
  ["services.*.logging", logging],
  ["services.*.models", namesToMap()],
  ["services.*.networks", namesToMap()],
  ["services.*.sysctls", byKey],
  ["services.*.tmpfs", appended],
  ["services.*.ulimits.*", ulimit]
]);
var SPECIAL_DEPTH = Math.max(...SPECIALS.map(([pattern]) => pattern.length));
function mergeNodes(base, over, path = [], problems = [], specials = true) {
  const key = path.length > SPECIAL_DEPTH ? "deep" : `${specials ? "" : "!"}${path.join("\0")}`;
  let byOver = merged.get(base);
  if (!byOver) merged.set(base, byOver = /* @__PURE__ */ new WeakMap());
  let byPath = byOver.get(over);
  if (!byPath) byOver.set(over, byPath = /* @__PURE__ */ new Map());
  const done = byPath.get(key);
  if (done) {
    problems.push(...done.problems);
    return done.node;
  }
  const own = [];
  const node = mergeUncached(base, over, path, own, specials);
  byPath.set(key, { node, problems: own });
  problems.push(...own);
  return node;
}
var merged = /* @__PURE__ */ new WeakMap();
function mergeUncached(base, over, path, problems, specials) {
  if (over.tag === "!override") return resolveTags(over);
  if (base.kind === "map" && over.kind === "map") {
    const dropped = new Set(over.entries.filter((e) => e.value.tag === "!reset" || e.value.tag === "!override").map((e) => e.key));
    if (dropped.size > 0 && base.entries.some((e) => dropped.has(e.key))) base = mapNode(base.span, base.entries.filter((e) => !dropped.has(e.key)));
  }
  const overValue = resolveTags(over);
  if (over.tag === "!merge" && base.kind === "seq" && overValue.kind === "seq") return mergePositional(base, overValue, path, problems);
  if (specials) {
    const special = SPECIALS.find(([pattern]) => matches(path, pattern));
    if (special) {
      if (special[1] === replaced || special[1] === ulimit) return overValue;
      if (isNull(overValue)) return base;
      if (isNull(base)) return overValue;
      return special[1](base, overValue, path, problems);
    }
  }
  if (isNull(overValue)) return base;
  if (base.kind === "map") {
    if (over.kind !== "map") {
      problems.push({ span: over.span, message: `cannot override ${path.join(".") || "the file"}: a mapping cannot be replaced by ${over.kind === "seq" ? "a list" : "a single value"}` });
      return overValue;
    }
    return mergeMaps(base, over, path, problems);
  }
  if (base.kind === "seq") {
    if (over.kind !== "seq") {
      problems.push({ span: over.span, message: `cannot override ${path.join(".")}: a list cannot be replaced by ${over.kind === "map" ? "a mapping" : "a single value"}` });
      return overValue;
    }
    return seqNode(over.span, [...base.items, ...overValue.items]);
  }
  return overValue;
}
function isNoOp(node) {
  return isNull(node) || node.kind === "map" && node.entries.length === 0 || node.kind === "seq" && node.items.length === 0;
}
function mergePositional(base, over, path, problems) {
  const items = [];
  for (let i = 0; i < Math.max(base.items.length, over.items.length); i++) {
    const a = base.items[i];
    const b = over.items[i];
    if (!b) items.push(a);
    else if (!a) items.push(b);
    else if (isNoOp(b)) items.push(a);
    else items.push(mergeNodes(a, b, [...path, String(i)], problems));
  }
  return seqNode(over.span, items);
}
function mergeMaps(base, over, path, problems) {
  const entries2 = [...base.entries];
  let positions = new Map(entries2.map((e, i) => [e.key, i]));
  const index = (key) => positions.get(key) ?? -1;
  const reindex = () => positions = new Map(entries2.map((e, i) => [e.key, i]));
  for (const e of over.entries) {
    const at = index(e.key);
    if (e.value.tag === "!reset") {
      if (at >= 0) entries2.splice(at, 1);
      reindex();
      continue;
    }
    if (at < 0 || e.value.tag === "!override") {
      const value2 = resolveTags(e.value);
      if (at >= 0) entries2.splice(at, 1);
      entries2.push(value2 === e.value ? e : withValue(e, value2));
      reindex();
      continue;
    }
    const earlier = entries2[at];
    const value = mergeNodes(earlier.value, e.value, [...path, e.key], problems);
    const source = value === earlier.value ? earlier : value.span === e.value.span || value === e.value ? e : earlier;
    entries2[at] = spannedEntry(source.key, source.keySpan, value);
  }
  return mapNode(base.span, entries2);
}
function scalarText2(node) {
  return node?.kind === "scalar" && node.value !== null ? String(node.value) : void 0;
}
function asList(node) {
  if (node.kind === "seq") return node.items;
  if (isNull(node)) return [];
  return [node];
}
function syntheticScalar(span, value, data) {
  return value === data ? { kind: "scalar", span, value, data } : { kind: "scalar", span, value, data, raw: data };
}
function hostEntries(node) {
  if (node.kind !== "map") return asList(node);
  const items = node.entries.flatMap((e) => {
    const values = e.value.kind === "seq" ? e.value.items : [e.value];
    return values.map((v) => isNull(v) ? syntheticScalar(e.span, e.key, e.key) : syntheticScalar(e.span, `${e.key}=${scalarText2(v)}`, `${e.key}=${String(v.data)}`));
  });
  return items.sort((a, b) => String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0);
}
function buildMap(node) {
  if (node.kind !== "scalar" || node.value === null) return node;
  return mapNode(node.span, [{ key: "context", keySpan: node.span, span: node.span, value: node }]);
}
function listToMap(node, defaults) {
  if (node.kind !== "seq") return node;
  const entries2 = node.items.flatMap((item) => {
    const name = scalarText2(item);
    if (name === void 0) return [];
    const value = defaults ? mapNode(
      item.span,
      Object.entries(defaults).map(([key, v]) => ({ key, keySpan: item.span, span: item.span, value: { kind: "scalar", span: item.span, value: v, data: v } }))
    ) : { kind: "scalar", span: item.span, value: null, data: null };
    return [{ key: name, keySpan: item.span, span: item.span, value }];
  });
  return mapNode(node.span, entries2);
}
function keyedItems(node) {
  if (node.kind === "map") return node.entries.map((entry2) => ({ key: entry2.key, entry: entry2 }));
  return asList(node).flatMap((item) => {
    if (item.kind !== "scalar" || item.value === null) return [];
    const text = String(item.value);
    const eq = text.indexOf("=");
    return [{ key: eq < 0 ? text : text.slice(0, eq), item }];
  });
}
function itemToEntry(item) {
  const source = String(item.data);
  const text = String(item.value);
  const rawEq = source.indexOf("=");
  const eq = text.indexOf("=");
  if (rawEq < 0 || eq < 0) {
    const end = { ...item.span, line: item.span.endLine, column: item.span.endColumn };
    return { key: text, keySpan: item.span, span: item.span, value: { kind: "scalar", span: end, value: null, data: null } };
  }
  const value = syntheticScalar(subSpan(item, rawEq + 1, source.length), text.slice(eq + 1), source.slice(rawEq + 1));
  return { key: text.slice(0, eq), keySpan: subSpan(item, 0, rawEq), span: item.span, value };
}
function keyedUnion(base, over) {
  const items = dedupe([...keyedItems(base), ...keyedItems(over)], (i) => i.key);
  if (base.kind !== "map" && over.kind !== "map") return seqNode(over.span, items.map((i) => i.item));
  return mapNode(
    over.span,
    items.map((i) => i.entry ?? itemToEntry(i.item))
  );
}
function dedupe(items, keyOf) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = keyOf(item);
    const at = key === void 0 ? void 0 : seen.get(key);
    if (at !== void 0) out[at] = item;
    else {
      if (key !== void 0) seen.set(key, out.length);
      out.push(item);
    }
  }
  return out;
}
var keyValue = (item) => {
  const text = scalarText2(item);
  return text === void 0 ? void 0 : text.split("=")[0];
};
var portKey = (item) => {
  const port = parsePort(item);
  if (!("containerPorts" in port)) return scalarText2(item);
  const published = port.hostPorts ? formatPortRange(port.hostPorts.value) : "";
  return `${port.hostIp?.value || "0.0.0.0"}:${published}:${formatPortRange(port.containerPorts.value)}/${port.protocol}`;
};
var volumeTarget = (item) => {
  const mount = parseMount(item, /* @__PURE__ */ new Map());
  return "target" in mount ? mount.target.value : void 0;
};
var deviceTarget = (item) => {
  if (item.kind === "map") return scalarText2(child(item, "target"));
  const parts = (scalarText2(item) ?? "").split(":");
  return parts.length === 1 ? parts[0] : parts[1];
};
function mountTarget(defaultDir) {
  return (item) => {
    if (item.kind === "map") return scalarText2(child(item, "target")) ?? `${defaultDir}/${scalarText2(child(item, "source")) ?? ""}`;
    const name = scalarText2(item);
    return name === void 0 ? void 0 : `${defaultDir}/${name}`;
  };
}
var envFilePath = (item) => item.kind === "map" ? scalarText2(child(item, "path")) : scalarText2(item);
var UNIQUE = compile([
  ["networks.*.labels", keyValue],
  ["networks.*.ipam.options", keyValue],
  ["services.*.annotations", keyValue],
  ["services.*.build.args", keyValue],
  ["services.*.build.additional_contexts", keyValue],
  ["services.*.build.platforms", keyValue],
  ["services.*.build.tags", keyValue],
  ["services.*.build.labels", keyValue],
  ["services.*.cap_add", keyValue],
  ["services.*.cap_drop", keyValue],
  ["services.*.configs", mountTarget("")],
  ["services.*.deploy.labels", keyValue],
  ["services.*.dns", keyValue],
  ["services.*.dns_opt", keyValue],
  ["services.*.dns_search", keyValue],
  ["services.*.environment", keyValue],
  ["services.*.env_file", envFilePath],
  ["services.*.expose", scalarText2],
  ["services.*.labels", keyValue],
  ["services.*.links", keyValue],
  ["services.*.networks.*.aliases", keyValue],
  ["services.*.networks.*.link_local_ips", keyValue],
  ["services.*.ports", portKey],
  ["services.*.profiles", keyValue],
  ["services.*.secrets", mountTarget("/run/secrets")],
  ["services.*.sysctls", keyValue],
  ["services.*.tmpfs", keyValue],
  ["services.*.volumes", volumeTarget],
  ["services.*.devices", deviceTarget]
]);
var UNIQUE_DEPTH = Math.max(...UNIQUE.map(([pattern]) => pattern.length));
function enforceUnicity(node, path = []) {
  if (node.kind === "map" && path.length < UNIQUE_DEPTH && (path.length > 0 || node.entries.some((e) => e.key === "services" || e.key === "networks"))) {
    let changed = false;
    const entries2 = node.entries.map((e) => {
      if (path.length === 0 && e.key !== "services" && e.key !== "networks") return e;
      const value = enforceUnicity(e.value, [...path, e.key]);
      if (value === e.value) return e;
      changed = true;
      return withValue(e, value);
    });
    return changed ? { ...mapNode(node.span, entries2), ...node.tag ? { tag: node.tag } : {} } : node;
  }
  if (node.kind === "seq") {
    if (path.length < 3) return node;
    const indexer = UNIQUE.find(([pattern]) => matches(path, pattern))?.[1];
    if (!indexer) return node;
    const items = dedupe(node.items, indexer);
    return items.length === node.items.length && items.every((item, i) => item === node.items[i]) ? node : seqNode(node.span, items);
  }
  return node;
}

// src/load/index.ts
var DESCRIBE2 = { seq: "a list", scalar: "a single value" };
function loadComposeText(text, path, options = {}) {
  const env = options.env ?? {};
  const parsed = parseTree(text, path, env, options.duplicates);
  const root = parsed.root && resolveFileTags(parsed.root, parsed);
  const problems = [...parsed.problems];
  const file = { path, text: parsed.text, data: root?.data ?? null, locate: (p, part) => locateIn(root, p, part) };
  if (problems.some((p) => p.ruleId === "yaml-syntax") || !root && problems.some((p) => p.ruleId === "not-linted")) return { file, problems };
  const shape = topLevelProblem(root, path);
  if (shape || root?.kind !== "map") return { file, problems: shape ? [...problems, shape] : problems };
  const substituted = [...parsed.substituted ?? []];
  return { file, project: normalize(root, file, problems, { env, substituted }), problems, substituted };
}
function topLevelProblem(root, path) {
  if (!root || root.kind === "scalar" && root.value === null) {
    const span = { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { ruleId: "yaml-syntax", span, message: "the file is empty; a compose file is a mapping with a `services:` key" };
  }
  if (root.kind === "map") return void 0;
  return { ruleId: "yaml-syntax", span: root.span, message: `the top level is ${DESCRIBE2[root.kind]}; a compose file is a mapping with a \`services:\` key` };
}

// src/lint.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/config/resolve.ts
import { dirname as dirname2, join as join3, relative, resolve, sep } from "node:path";

// src/load/probes.ts
import { existsSync, realpathSync } from "node:fs";
import { join as join2 } from "node:path";
var PathProbes = class {
  /** `given`: files of another version (LintOptions.textAt): one it names exists when it has a text there, not when null. */
  constructor(given) {
    this.given = given;
  }
  given;
  known = /* @__PURE__ */ new Map();
  real = /* @__PURE__ */ new Map();
  /**
   * The path with symbolic links resolved (as written when it does not exist), asked once per run:
   * every project of a repository checks its env files and includes against the same boundary.
   */
  realPath(path) {
    let real = this.real.get(path);
    if (real === void 0) this.real.set(path, real = realPath(path));
    return real;
  }
  /** `existsSync(join(dir, name))`, asked once per run. */
  exists(dir, name) {
    const path = join2(dir, name);
    let exists2 = this.known.get(path);
    if (exists2 === void 0) {
      const text = this.given?.(path);
      this.known.set(path, exists2 = text === void 0 ? existsSync(path) : text !== null);
    }
    return exists2;
  }
};
function exists(probes, dir, name) {
  return probes ? probes.exists(dir, name) : existsSync(join2(dir, name));
}
function realPath(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

// src/config/resolve.ts
var CONFIG_FILE_NAMES = [".compose-lint.yaml", ".compose-lint.yml", ".compose-lint.json", "package.json"];
var ConfigResolver = class {
  constructor(options) {
    this.options = options;
    if (options.file !== void 0 && !options.disabled) {
      const path = resolve(options.cwd, options.file);
      const loaded = this.load(path, options.file);
      if (!loaded) throw new ConfigError(`${options.file}: has no "compose-lint" key`);
      this.explicit = loaded;
    }
  }
  options;
  byDir = /* @__PURE__ */ new Map();
  explicit;
  /** The configuration that applies to a file (absolute path), or undefined. */
  configFor(absolutePath) {
    if (this.options.disabled) return void 0;
    if (this.explicit) return this.explicit;
    return this.search(dirname2(absolutePath)) ?? void 0;
  }
  /** The effective settings for a file (absolute path). */
  resolve(absolutePath) {
    return effectiveConfig(this.configFor(absolutePath), absolutePath);
  }
  search(dir) {
    const cached = this.byDir.get(dir);
    if (cached !== void 0) return cached;
    let found = null;
    for (const name of CONFIG_FILE_NAMES) {
      const path = join3(dir, name);
      if (!exists(this.options.probes, dir, name)) continue;
      const loaded = this.load(path, relative(this.options.cwd, path) || path);
      if (loaded) {
        found = loaded;
        break;
      }
    }
    const parent = dirname2(dir);
    if (!found && parent !== dir && !exists(this.options.probes, dir, ".git")) found = this.search(parent);
    this.byDir.set(dir, found);
    return found;
  }
  load(path, shown) {
    const source = readConfigFile(path, shown);
    if (!source) return void 0;
    const problems = configProblems(source, this.options.rules);
    if (problems.length > 0) throw new ConfigError(problems.join("\n"));
    return { path: shown, dir: dirname2(path), data: source.data };
  }
};
function applyTable(table, into) {
  for (const [id, entry2] of Object.entries(table ?? {})) {
    if (Array.isArray(entry2)) {
      into.rules[id] = entry2[0];
      into.options[id] = entry2[1];
    } else into.rules[id] = entry2;
  }
}
function effectiveConfig(config, absolutePath) {
  const effective = { strict: false, rules: {}, options: {}, noInlineConfig: false, requireReason: false, ignored: false, suppress: {} };
  if (!config) return effective;
  const data = config.data;
  effective.file = config.path;
  effective.strict = data.extends === "strict";
  if (data.failLevel) effective.failLevel = data.failLevel;
  effective.noInlineConfig = data.noInlineConfig === true;
  effective.requireReason = data.requireReason === true;
  const path = relative(config.dir, absolutePath).split(sep).join("/");
  const inside = !path.startsWith("../") && path !== "..";
  effective.ignored = inside && globMatcher(data.ignore ?? [])(path);
  applyTable(data.rules, effective);
  for (const override of data.overrides ?? []) {
    if (!inside || !globMatcher(override.files)(path)) continue;
    applyTable(override.rules, effective);
    for (const id of override.suppress ?? []) effective.suppress[id] = override.reason;
  }
  return effective;
}

// src/load/project.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { basename as basename2, dirname as dirname3, isAbsolute, join as join4, relative as relative2, resolve as resolve2 } from "node:path";
var DEFAULT_FILES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var OVERRIDE_FILES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
var PROJECT_LIMITS = { depth: 10, files: 100 };
var ORIGIN = { file: "", line: 1, column: 1, endLine: 1, endColumn: 1 };
function startOf(file) {
  return { ...ORIGIN, file };
}
function gitTopLevel(dir, probes) {
  for (let current = resolve2(dir); ; current = dirname3(current)) {
    if (exists(probes, current, ".git")) return current;
    if (dirname3(current) === current) return void 0;
  }
}
function isInside(path, root) {
  const rel = relative2(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function defaultProjectFiles(dir, probes) {
  const isFileThere = (path) => typeof probes?.given?.(path) === "string" ? true : isFile(path);
  const first = (names) => names.map((name) => join4(dir, name)).find((path, i) => exists(probes, dir, names[i]) && isFileThere(path));
  return { base: first(DEFAULT_FILES), override: first(OVERRIDE_FILES) };
}
function composeFileList(value, separator) {
  const sepChar = separator || (process.platform === "win32" ? ";" : ":");
  return value.split(sepChar).filter(Boolean);
}
async function readUtf8(absolute) {
  return { text: readFileSync2(absolute, "utf8") };
}
var FileCache = class {
  /**
   * `readText` reads a file as the CLI does (size limit, regular files only, decoding) or says why
   * it did not; by default, any file decoded as UTF-8.
   */
  constructor(readText = readUtf8, probes) {
    this.readText = readText;
    this.probes = probes;
  }
  readText;
  probes;
  texts = /* @__PURE__ */ new Map();
  trees = /* @__PURE__ */ new Map();
  /** Files parsed once already (their trees were not kept). */
  askedBefore = /* @__PURE__ */ new Set();
  /** Environments by content: two projects with the same variables share the parsed trees. */
  envKeys = /* @__PURE__ */ new WeakMap();
  read(absolute) {
    let pending = this.texts.get(absolute);
    if (!pending) {
      pending = this.readText(absolute).catch((error) => ({ error: error.code === "ENOENT" ? "no such file" : `cannot read (${error.code ?? "error"})` }));
      this.texts.set(absolute, pending);
    }
    return pending;
  }
  /**
   * The located tree of a file under one environment (interpolation depends on it). Trees are kept
   * only for files asked for a second time (a file several projects include or extend): most files
   * belong to one project, whose tree then dies with it, so memory follows the largest project, and
   * no kept tree costs the later garbage collections a copy. A file asked for once never has its
   * environment keyed either.
   */
  parse(absolute, text, shown, env, duplicates = "later") {
    if (duplicates === "earlier") return parseTree(text, shown, env, duplicates);
    if (!this.askedBefore.has(absolute)) {
      this.askedBefore.add(absolute);
      return parseTree(text, shown, env);
    }
    let envKey = this.envKeys.get(env);
    if (envKey === void 0) {
      envKey = JSON.stringify(Object.entries(env).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
      this.envKeys.set(env, envKey);
    }
    const key = `${absolute}\0${envKey}`;
    let parsed = this.trees.get(key);
    if (!parsed) {
      parsed = parseTree(text, shown, env);
      this.trees.set(key, parsed);
    }
    return parsed;
  }
};
async function readEnvFiles(files, directory, cache, useDotenv, env, maxBytes = DEFAULT_MAX_FILE_SIZE) {
  if (files.length === 0) return useDotenv ? loadDotEnv(join4(directory, "compose.yaml"), env, maxBytes, cache.probes) : { values: {} };
  const out = { values: noVariables() };
  for (const file of files) {
    const read = await cache.read(file);
    if (!("text" in read)) {
      out.problem = `${file}: ${read.error}`;
      continue;
    }
    const dotenv = readDotEnvText(read.text, file, env, out.values);
    Object.assign(out.values, dotenv.values);
    if (dotenv.error !== void 0) out.problem = dotEnvStops(dotenv.error, file);
  }
  return out;
}
function scalarText3(node) {
  return node?.kind === "scalar" && node.value !== null ? String(node.value) : void 0;
}
function textList(node) {
  if (!node) return [];
  if (node.kind === "seq") return node.items.filter((item) => scalarText3(item) !== void 0);
  return scalarText3(node) !== void 0 ? [node] : [];
}
function withoutKeys(map, keys) {
  return keys.some((key) => entry(map, key)) ? mapNode(map.span, map.entries.filter((e) => !keys.includes(e.key))) : map;
}
function setEntry(map, key, value, keySpan = value.span) {
  const existing = map.entries.findIndex((e) => e.key === key);
  const next = existing >= 0 ? withValue(map.entries[existing], value) : { key, keySpan, span: value.span, value };
  const entries2 = [...map.entries];
  if (existing >= 0) entries2[existing] = next;
  else entries2.push(next);
  return mapNode(map.span, entries2);
}
var REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;
var RESOURCES = ["services", "networks", "volumes", "secrets", "configs", "models"];
var ProjectLoader = class {
  constructor(cache, options) {
    this.cache = cache;
    this.options = options;
  }
  cache;
  options;
  problems = [];
  /** Values interpolation took from the environment or `.env` files, in every file read (the engine masks them in messages). */
  substituted = [];
  /** Every compose file read, by absolute path (for code frames and suppressions). */
  sources = /* @__PURE__ */ new Map();
  /** Env files read (text only). */
  envSources = /* @__PURE__ */ new Map();
  absoluteOf = /* @__PURE__ */ new Map();
  /**
   * The directory a file's relative paths resolve from: the project directory for the project's
   * own files (as `-f` files in another folder), an include's project directory for its files;
   * any other file (extended from) its own directory.
   */
  baseDirectory = /* @__PURE__ */ new Map();
  filesRead = 0;
  /** True once a service was merged with what it extends (Compose then de-duplicates its lists). */
  extended = false;
  limitReported = false;
  problem(ruleId, span, message, level) {
    const p = { ruleId, span, message };
    if (level) p.level = level;
    this.problems.push(p);
  }
  realPath(path) {
    return this.cache.probes ? this.cache.probes.realPath(path) : realPath(path);
  }
  outside(target, context, at, what) {
    if (this.options.allowOutsideProject || isInside(target, context.boundary) && isInside(this.realPath(target), this.realPath(context.boundary))) return false;
    this.problem("not-linted", at, `${what} ${this.options.display(target)} is outside the project (${this.options.display(context.boundary) || "."}); it was not linted. Lint it on its own, or pass --allow-outside-project.`);
    return true;
  }
  /** Reads and parses one compose file; problems are reported at `at` (the reference to it). */
  async tree(absolute, context, at) {
    const shown = this.options.display(absolute);
    if (!this.sources.has(absolute)) {
      if (this.filesRead >= PROJECT_LIMITS.files) {
        if (!this.limitReported) this.problem("not-linted", at ?? startOf(shown), `the project reads more than ${PROJECT_LIMITS.files} files; ${shown} and the files after it were not linted.`);
        this.limitReported = true;
        return void 0;
      }
      this.filesRead++;
    }
    const read = await this.cache.read(absolute);
    if ("error" in read) {
      if (read.notLinted) this.problem("not-linted", at ?? startOf(shown), `${shown} was not linted: ${read.error}.`);
      else this.problem("project-error", at ?? startOf(shown), `${shown}: ${read.error}`);
      return void 0;
    }
    const parsed = this.cache.parse(absolute, read.text, shown, context.env, this.options.duplicates);
    this.substituted.push(...parsed.substituted ?? []);
    const root = parsed.root ? resolveFileTags(parsed.root, parsed) : void 0;
    if (!this.sources.has(absolute)) {
      this.absoluteOf.set(shown, absolute);
      this.sources.set(absolute, { path: shown, text: parsed.text, data: root?.data ?? null, locate: (p, part) => locateIn(root, p, part) });
    }
    for (const p of parsed.problems) this.problem(p.ruleId, p.span, p.message);
    if (parsed.problems.some((p) => p.ruleId === "yaml-syntax") || !parsed.root) {
      if (!parsed.root && !parsed.problems.some((p) => p.ruleId === "yaml-syntax" || p.ruleId === "not-linted")) this.problems.push(topLevelProblem(void 0, shown));
      return void 0;
    }
    const shape = topLevelProblem(parsed.root, shown);
    if (shape) this.problems.push(shape);
    return parsed.root?.kind === "map" ? parsed.root : void 0;
  }
  /** A compose file with its `include` and `extends` applied, still carrying its merge tags. */
  async file(absolute, context, at, chain = []) {
    if (context.depth > PROJECT_LIMITS.depth) {
      this.problem("not-linted", at ?? startOf(this.options.display(absolute)), `include and extends nest deeper than ${PROJECT_LIMITS.depth} levels; ${this.options.display(absolute)} was not linted.`);
      return void 0;
    }
    let root = await this.tree(absolute, context, at);
    if (!root) return void 0;
    root = await this.applyExtends(root, absolute, context, chain);
    root = await this.applyInclude(root, absolute, context, chain);
    return root;
  }
  async applyExtends(root, absolute, context, chain) {
    const services = child(root, "services");
    if (services?.kind !== "map" || !services.entries.some((e) => child(e.value, "extends"))) return root;
    const entries2 = [];
    for (const e of services.entries) {
      const value = await this.extendedService(e, services, absolute, context, [...chain, `${absolute}#${e.key}`]);
      entries2.push(value === e.value ? e : withValue(e, value));
    }
    return setEntry(root, "services", mapNode(services.span, entries2), entry(root, "services").keySpan);
  }
  /** A service with what it `extends` merged under it (recursively), without the `extends` key. */
  async extendedService(e, services, absolute, context, chain) {
    const extendsNode = child(e.value, "extends");
    if (!extendsNode || e.value.kind !== "map") return e.value;
    const own = withoutKeys(e.value, ["extends"]);
    const target = extendsNode.kind === "map" ? child(extendsNode, "service") : extendsNode;
    const name = scalarText3(target);
    const fileNode = extendsNode.kind === "map" ? child(extendsNode, "file") : void 0;
    const fileName = scalarText3(fileNode);
    if (name === void 0) return own;
    let baseServices = services;
    let baseFile = absolute;
    if (fileName !== void 0) {
      baseFile = resolve2(dirname3(absolute), fileName);
      if (this.outside(baseFile, context, fileNode.span, `extends file`)) return own;
    }
    const key = `${baseFile}#${name}`;
    if (chain.includes(key)) {
      this.problem("project-error", extendsNode.span, `service "${e.key}" extends itself through a cycle (${[...chain.slice(chain.indexOf(key)), key].map((k) => k.split("#")[1]).join(" \u2192 ")}); Compose refuses this project.`);
      return own;
    }
    if (chain.length > PROJECT_LIMITS.depth) {
      this.problem("not-linted", extendsNode.span, `extends nests deeper than ${PROJECT_LIMITS.depth} levels; what service "${e.key}" extends was not linted.`);
      return own;
    }
    if (fileName !== void 0) {
      const other = await this.tree(baseFile, { ...context, depth: context.depth + 1 }, fileNode.span);
      if (!other) return own;
      baseServices = child(other, "services");
    }
    const baseEntry = baseServices?.kind === "map" ? baseServices.entries.find((b) => b.key === name) : void 0;
    if (!baseEntry) {
      const where = fileName !== void 0 ? ` in ${this.options.display(baseFile)}` : "";
      this.problem("project-error", target.span, `service "${e.key}" extends service "${name}", which is not defined${where}.`);
      return own;
    }
    const base = await this.extendedService(baseEntry, baseServices, baseFile, context, [...chain, key]);
    this.extended = true;
    const problems = [];
    const merged2 = mergeNodes(resolveTags(base), own, ["services", e.key], problems);
    for (const p of problems) this.problem("project-error", p.span, p.message);
    return merged2;
  }
  async applyInclude(root, absolute, context, chain) {
    const include = child(root, "include");
    if (!include) return root;
    let out = withoutKeys(root, ["include"]);
    const items = include.kind === "seq" ? include.items : [include];
    for (const item of items) {
      const pathNode = item.kind === "map" ? child(item, "path") : item;
      const paths = textList(pathNode);
      if (paths.length === 0) {
        this.problem("project-error", item.span, "an `include` entry needs a `path`.");
        continue;
      }
      const remote = paths.find((p) => REMOTE.test(String(p.value)));
      if (remote) {
        this.problem("not-linted", remote.span, `the remote include ${String(remote.value)} is never fetched; what it adds to the project was not linted. Lint that project where it is kept.`);
        continue;
      }
      const base = this.baseDirectory.get(absolute) ?? dirname3(absolute);
      const files = paths.map((p) => ({ node: p, absolute: resolve2(base, String(p.value)) }));
      if (files.some((f) => this.outside(f.absolute, context, f.node.span, "the included file"))) continue;
      const projectDirNode = item.kind === "map" ? child(item, "project_directory") : void 0;
      const projectDir = scalarText3(projectDirNode) !== void 0 ? resolve2(base, scalarText3(projectDirNode)) : dirname3(files[0].absolute);
      const envFiles = textList(item.kind === "map" ? child(item, "env_file") : void 0).map((n) => resolve2(base, String(n.value)));
      for (const f of files) if (!this.baseDirectory.has(f.absolute)) this.baseDirectory.set(f.absolute, projectDir);
      const dotenv = await readEnvFiles(envFiles, projectDir, this.cache, this.options.dotenv, this.options.env, this.options.maxFileSize);
      if (dotenv.problem) this.problem("not-linted", pathNode.span, envNotRead(dotenv.problem));
      const env = withShell(dotenv.values, this.options.env);
      let included;
      for (const f of files) {
        if (chain.includes(f.absolute) || f.absolute === absolute) {
          this.problem("project-error", f.node.span, `${this.options.display(f.absolute)} includes itself through a cycle; Compose refuses this project.`);
          continue;
        }
        const tree = await this.file(f.absolute, { env, boundary: context.boundary, depth: context.depth + 1 }, f.node.span, [...chain, absolute]);
        if (!tree) continue;
        const problems = [];
        included = included ? mergeNodes(included, tree, [], problems) : resolveTags(tree);
        for (const p of problems) this.problem("project-error", p.span, p.message);
      }
      if (included?.kind !== "map") continue;
      out = this.importResources(out, enforceUnicity(included), pathNode.span);
    }
    return out;
  }
  /** Adds an included project's resources; one defined on both sides is Compose's conflict error. */
  importResources(root, included, at) {
    let out = root;
    for (const kind of RESOURCES) {
      const source = child(included, kind);
      if (source?.kind !== "map") continue;
      const target = child(out, kind);
      const entries2 = target?.kind === "map" ? [...target.entries] : [];
      for (const e of source.entries) {
        const index = entries2.findIndex((t) => t.key === e.key);
        const existing = entries2[index];
        if (existing) {
          if (JSON.stringify(existing.value.data) !== JSON.stringify(e.value.data)) {
            this.problem(
              "project-error",
              existing.keySpan,
              `${kind}.${e.key} conflicts with the one the include at ${at.file}:${at.line} imports (${e.keySpan.file}:${e.keySpan.line}): Docker Compose v2 refuses the project ("conflicts with imported resource"); later versions merge the two, this definition winning, which is what compose-lint judges. Change it in an override file of the include's \`path\` list instead.`
            );
            entries2[index] = withValue(existing, mergeNodes(e.value, existing.value, [kind, e.key]));
          }
          continue;
        }
        entries2.push(e);
      }
      out = setEntry(out, kind, mapNode(target?.span ?? source.span, entries2), entry(out, kind)?.keySpan ?? entry(included, kind).keySpan);
    }
    return out;
  }
  /** Services' `env_file:` variables, placed before their `environment:` (which wins), located in the env file. */
  async applyEnvFiles(root, context) {
    const services = child(root, "services");
    if (services?.kind !== "map") return root;
    let changed = false;
    const entries2 = [];
    for (const e of services.entries) {
      const envFile = child(e.value, "env_file");
      if (!envFile || e.value.kind !== "map") {
        entries2.push(e);
        continue;
      }
      const variables = [];
      const values = noVariables();
      const lookup = envFileLookup(context.env, environmentValues(child(e.value, "environment"), context.env));
      for (const item of envFile.kind === "seq" ? envFile.items : [envFile]) {
        const pathNode = item.kind === "map" ? child(item, "path") : item;
        const name = scalarText3(pathNode);
        if (name === void 0) continue;
        const required = item.kind === "map" ? scalarText3(child(item, "required")) : void 0;
        const optional = required !== void 0 && /^(false|no|off|n)$/i.test(required);
        const writtenIn = this.absoluteOf.get(pathNode.span.file) ?? resolve2(pathNode.span.file);
        const absolute = resolve2(this.baseDirectory.get(writtenIn) ?? dirname3(writtenIn), name);
        if (this.outside(absolute, context, pathNode.span, "the env_file")) continue;
        const read = await this.cache.read(absolute);
        if ("error" in read) {
          if (!optional) this.problem("project-error", pathNode.span, `service "${e.key}" needs the env_file ${name}, which cannot be read (${read.error}); Compose refuses to start it. Create it, or mark it \`required: false\`.`);
          continue;
        }
        const shown = this.options.display(absolute);
        if (!this.envSources.has(absolute)) this.envSources.set(absolute, { path: shown, text: read.text, data: null, locate: () => void 0 });
        const format = item.kind === "map" ? scalarText3(child(item, "format")) : void 0;
        if (format !== void 0 && format !== "raw" && format !== ".env") {
          this.problem("project-error", child(item, "format").span, `service "${e.key}" reads the env_file ${name} in the format "${format}", which Docker Compose does not know (it reads \`.env\` and \`raw\`); Compose refuses to load the project.`);
          continue;
        }
        const contents = (format === "raw" ? readRawEnvFile : readEnvFile)(read.text, shown, lookup, values);
        if (contents.error) {
          this.problem("project-error", contents.error.span, `service "${e.key}" reads the env_file ${name}, which Compose cannot parse (${contents.error.message}); Compose refuses to load the project. The variables after it were not linted.`);
        }
        for (const v of contents.variables) {
          if (v.tooDeep) this.problem("not-linted", v.valueSpan, tooDeepMessage());
          this.substituted.push(...v.substituted);
          const value = { kind: "scalar", span: v.valueSpan, value: v.value, data: v.raw ?? v.value };
          if (v.raw !== void 0) value.raw = v.raw;
          if (v.substituted.length > 0) value.external = true;
          variables.push({ key: v.name, keySpan: v.nameSpan, span: v.span, value });
        }
      }
      if (variables.length === 0) {
        entries2.push(e);
        continue;
      }
      changed = true;
      const envFromFiles = mapNode(envFile.span, variables);
      const environment = child(e.value, "environment");
      const merged2 = environment ? mergeNodes(envFromFiles, environment, ["services", e.key, "environment"]) : envFromFiles;
      entries2.push(withValue(e, setEntry(e.value, "environment", merged2, entry(e.value, "env_file").keySpan)));
    }
    return changed ? setEntry(root, "services", mapNode(services.span, entries2), entry(root, "services").keySpan) : root;
  }
};
function envFileLookup(env, serviceEnvironment) {
  return (name) => variable(env, name) ?? variable(serviceEnvironment, name);
}
function environmentValues(node, env) {
  const out = noVariables();
  const set = (name, value) => {
    const resolved2 = value ?? variable(env, name);
    if (resolved2 !== void 0) out[name] = resolved2;
  };
  if (node?.kind === "map") for (const e of node.entries) set(e.key, scalarText3(e.value));
  else if (node?.kind === "seq") {
    for (const item of node.items) {
      const text = scalarText3(item);
      if (text === void 0) continue;
      const equals = text.indexOf("=");
      if (equals < 0) set(text, void 0);
      else set(text.slice(0, equals), text.slice(equals + 1));
    }
  }
  return out;
}
function withShell(dotenv, shell) {
  return Object.keys(dotenv).length > 0 ? { ...dotenv, ...shell } : shell;
}
function envNotRead(problem) {
  return `not linted as Docker reads it: ${problem}; values it would set for \`\${VAR}\` interpolation are missing`;
}
async function loadProject(plan, cache, options) {
  const loader = new ProjectLoader(cache, options);
  for (const file of plan.files) loader.baseDirectory.set(file, plan.directory);
  const dotenv = await readEnvFiles(plan.envFiles, plan.directory, cache, options.dotenv && plan.dotenv !== false, options.env, options.maxFileSize);
  const env = withShell(dotenv.values, options.env);
  const context = { env, boundary: plan.boundary, depth: 0 };
  let merged2;
  for (const file of plan.files) {
    const tree2 = await loader.file(file, context);
    if (!tree2) continue;
    const problems = [];
    merged2 = merged2 ? mergeNodes(merged2, tree2, [], problems) : resolveTags(tree2);
    for (const p of problems) loader.problems.push({ ruleId: "project-error", span: p.span, message: p.message });
  }
  const primaryPath = plan.files[0];
  const fallback = { path: options.display(primaryPath), text: "", data: null, locate: () => void 0 };
  const composeFiles = [...loader.sources.values()];
  const primary = loader.sources.get(primaryPath) ?? composeFiles[0] ?? fallback;
  if (dotenv.problem) loader.problems.unshift({ ruleId: "not-linted", span: startOf(primary.path), message: envNotRead(dotenv.problem) });
  if (plan.note) loader.problems.push({ ruleId: "project-error", level: "note", span: startOf(primary.path), message: plan.note });
  const files = [...composeFiles, ...loader.envSources.values()];
  if (merged2?.kind !== "map") return { file: primary, files, problems: loader.problems, substituted: loader.substituted };
  const tree = plan.files.length > 1 || composeFiles.length > 1 || loader.extended ? enforceUnicity(merged2) : merged2;
  const project = normalize(await loader.applyEnvFiles(tree, context), primary, loader.problems, { env: context.env, substituted: loader.substituted });
  project.files = composeFiles.length > 0 ? composeFiles : [primary];
  return { file: primary, files: [...project.files, ...loader.envSources.values()], problems: loader.problems, project, tree, substituted: loader.substituted };
}
function readDotEnvSync(dir, env, maxBytes, probes) {
  return loadDotEnvSync(join4(dir, "compose.yaml"), env, maxBytes, probes).values;
}
function planProjects(found, named, options) {
  const plans = [];
  const envFiles = (options.envFiles ?? []).map((f) => resolve2(options.cwd, f));
  const projectDirectory = resolve2(options.cwd, options.projectDirectory ?? ".");
  const shellEnvFiles = options.envFiles === void 0 ? (options.env.COMPOSE_ENV_FILES?.split(",").filter(Boolean) ?? []).map((f) => resolve2(options.cwd, f)) : [];
  const shellNoDotenv = options.envFiles === void 0 && /^(1|true)$/i.test(options.env.COMPOSE_DISABLE_ENV_FILE ?? "");
  const boundaryOf = (dir) => gitTopLevel(dir, options.probes) ?? rootOf(dir);
  const roots = [...options.directories ?? [], ...[...named].map(dirname3)];
  const rootOf = (dir) => roots.find((r) => isInside(dir, r)) ?? (isInside(dir, options.cwd) ? options.cwd : dir);
  const consumed = /* @__PURE__ */ new Set();
  const add = (files, directory, note) => {
    const fromShell = directory === projectDirectory;
    const plan = { files, directory, envFiles: fromShell && shellEnvFiles.length > 0 ? shellEnvFiles : envFiles, boundary: boundaryOf(directory) };
    if (fromShell && shellNoDotenv) plan.dotenv = false;
    if (note) plan.note = note;
    const namedHere = files.filter((f) => named.has(f));
    if (namedHere.length > 0 && namedHere.length < files.length) plan.reportOnly = new Set(namedHere);
    plans.push(plan);
    for (const f of files) consumed.add(f);
  };
  if (options.composeFiles && options.composeFiles.length > 0) {
    const files = options.composeFiles.map((f) => resolve2(options.cwd, f));
    add(files, options.projectDirectory ? projectDirectory : dirname3(files[0]));
  }
  const byDir = /* @__PURE__ */ new Map();
  for (const file of found) {
    if (consumed.has(file)) continue;
    const dir = dirname3(file);
    byDir.set(dir, [...byDir.get(dir) ?? [], file]);
  }
  for (const dir of options.directories ?? []) if (!byDir.has(dir)) byDir.set(dir, []);
  for (const [dir, files] of [...byDir].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const dotenv = options.dotenv && !(dir === projectDirectory && shellNoDotenv) ? readDotEnvSync(dir, options.env, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, options.probes) : {};
    const shellFiles = dir === projectDirectory ? options.env.COMPOSE_FILE : void 0;
    const composeFile = shellFiles ?? dotenv.COMPOSE_FILE;
    if (composeFile) {
      const separator = (dir === projectDirectory ? options.env.COMPOSE_PATH_SEPARATOR : void 0) ?? dotenv.COMPOSE_PATH_SEPARATOR;
      const list = composeFileList(composeFile, separator).map((f) => resolve2(dir, f));
      if (list.some((f) => files.includes(f)) || options.directories?.includes(dir)) add(list, dir);
    } else {
      const { base, override } = defaultProjectFiles(dir, options.probes);
      const inProject = [base, override].filter((f) => f !== void 0);
      if (base && inProject.some((f) => files.includes(f))) add(inProject, dir);
      else if (override && files.includes(override)) {
        add([override], dir, `${basename2(override)} is an override file with no ${DEFAULT_FILES.join(", ")} beside it; it was linted alone, so what it adds to a base elsewhere is judged without that base.`);
      }
    }
    for (const file of files) if (!consumed.has(file)) add([file], dir);
  }
  return plans;
}

// src/lint.ts
function enabledRules(options) {
  return resolveRules(options.ruleSet ?? rules, { strict: options.strict, rules: options.rules, options: options.ruleOptions });
}
var knownIdsByRuleSet = /* @__PURE__ */ new WeakMap();
function knownRuleIds(options) {
  const ruleSet = options.ruleSet ?? rules;
  let known = knownIdsByRuleSet.get(ruleSet);
  if (!known) knownIdsByRuleSet.set(ruleSet, known = new Set([...BUILTIN_META, ...rules.map((r) => r.meta), ...ruleSet.map((r) => r.meta)].map((meta) => meta.id)));
  return known;
}
function lintText(text, path, options = {}, rules2 = enabledRules(options)) {
  try {
    const env = options.env ?? process.env;
    const loaded = loadComposeText(text, path, { env });
    const settings = engineSettings(options);
    const known = knownRuleIds(options);
    let all = lintLoaded(loaded, rules2, known, settings);
    if (loaded.problems.some((p) => p.ruleId === "duplicate-key")) {
      all = withEarlierDuplicates(all, lintLoaded(loadComposeText(text, path, { env, duplicates: "earlier" }), rules2, known, settings));
    }
    return { path, text: loaded.file.text, findings: all.filter((f) => !f.suppression), suppressed: all.filter((f) => f.suppression), project: loaded.project };
  } catch (error) {
    return failedFile(path, text, error);
  }
}
function withConfig(options, config) {
  return {
    ...options,
    strict: options.strict === true || config.strict,
    rules: { ...config.rules, ...options.rules },
    ruleOptions: { ...config.options, ...options.ruleOptions },
    noInlineConfig: options.noInlineConfig === true || config.noInlineConfig,
    requireReason: options.requireReason === true || config.requireReason,
    suppress: { ...config.suppress, ...options.suppress }
  };
}
function configResolver(options, cwd, probes) {
  const rules2 = [...BUILTIN_META, ...(options.ruleSet ?? rules).map((r) => r.meta)];
  return new ConfigResolver({ cwd, rules: rules2, disabled: options.config === false, ...typeof options.config === "string" ? { file: options.config } : {}, ...probes ? { probes } : {} });
}
var BUILTIN_IDS = new Set(BUILTIN_META.map((meta) => meta.id));
function withEarlierDuplicates(later, earlier) {
  const key = (f) => `${f.ruleId}\0${f.span.line}:${f.span.column}-${f.span.endLine}:${f.span.endColumn}\0${f.message}`;
  const seen = new Set(later.map(key));
  const unusedInEarlier = new Set(earlier.filter((f) => f.ruleId === "unused-ignore").map(key));
  const kept = later.filter((f) => f.ruleId !== "unused-ignore" || unusedInEarlier.has(key(f)));
  kept.push(...earlier.filter((f) => !BUILTIN_IDS.has(f.ruleId) && !seen.has(key(f))));
  return kept.sort(compareFindings);
}
function fileStart(path) {
  return { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function failedFile(path, text, error) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const message = `compose-lint failed on this file (${detail.split("\n")[0].slice(0, 200)}); it was not linted. This is a bug in compose-lint: please report it with the file that triggers it`;
  return { path, text, findings: [{ ruleId: "internal-error", level: "error", message, span: fileStart(path), related: [] }] };
}
function notLintedFile(path, reason) {
  return { path, text: "", findings: [{ ruleId: "not-linted", level: "error", message: `not linted: ${reason}`, span: fileStart(path), related: [] }] };
}
async function lintTextBeside(text, shown, composePath, options, rules2 = enabledRules(options)) {
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const shell = options.env ?? process.env;
  const dotenv = options.dotenv === false || composePath === void 0 ? { values: {} } : await loadDotEnv(composePath, shell, maxBytes);
  const env = { ...dotenv.values, ...shell };
  const result = lintText(text, shown, { ...options, env }, rules2);
  if (dotenv.problem) {
    const message = `not linted as Docker reads it: ${dotenv.problem}; values it would set for \`\${VAR}\` interpolation are missing`;
    result.findings.unshift({ ruleId: "not-linted", level: "error", message, span: fileStart(shown), related: [] });
  }
  return result;
}
function engineSettings(options) {
  const settings = { noInlineConfig: options.noInlineConfig, requireReason: options.requireReason, external: options.suppress };
  if (options.rules) settings.levels = options.rules;
  if (options.fixes === false) settings.fixes = false;
  return settings;
}
async function lintFiles(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  if (options.plugins && options.plugins.length > 0) {
    const { loadPlugins } = await import("./plugins-QKM4UGDW.mjs");
    const loaded = await loadPlugins(options.plugins, cwd);
    options = { ...options, ruleSet: [...options.ruleSet ?? rules, ...loaded.flatMap((p) => p.rules)], plugins: [] };
  }
  const probes = new PathProbes(givenTexts(options));
  const resolver = configResolver(options, cwd, probes.given ? new PathProbes() : probes);
  const ignored = [];
  const isIgnored = (absolute) => {
    const skip = resolver.resolve(absolute).ignored;
    if (skip) ignored.push(displayPath(absolute, cwd));
    return skip;
  };
  const rulesFor = /* @__PURE__ */ new Map();
  const failed = [];
  const linted = [];
  const keepProjects = options.keepProjects !== false;
  const { errors, notLinted } = await forEachProject(paths, options, isIgnored, probes, ({ plan, loaded, earlier }) => {
    const config = resolver.resolve(plan.files[0]);
    try {
      const projectOptions = withConfig(options, config);
      const key = JSON.stringify([projectOptions.strict, projectOptions.rules, projectOptions.ruleOptions]);
      const rules2 = rulesFor.get(key) ?? enabledRules(projectOptions);
      rulesFor.set(key, rules2);
      const known = knownRuleIds(projectOptions);
      const settings = engineSettings(projectOptions);
      let findings = lintLoaded(loaded, rules2, known, settings);
      if (earlier) findings = withEarlierDuplicates(findings, lintLoaded(earlier, rules2, known, settings));
      linted.push({
        plan,
        findings,
        file: { path: loaded.file.path, text: loaded.file.text },
        files: (loaded.files ?? [loaded.file]).map((f) => ({ path: f.path, text: f.text })),
        ...loaded.project ? { projectFiles: loaded.project.files.map((f) => ({ path: f.path, text: f.text })) } : {},
        ...loaded.project && keepProjects ? { project: loaded.project } : {},
        ...config.failLevel ? { failLevel: config.failLevel } : {}
      });
    } catch (error) {
      failed.push(failedFile(loaded.file.path, loaded.file.text, error));
    }
  }, true);
  const files = [...projectResults(linted, cwd), ...notLinted, ...failed].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return ignored.length > 0 ? { files, errors, ignored } : { files, errors };
}
async function loadProjects(paths, options = {}, isIgnored = () => false, probes = new PathProbes()) {
  const projects = [];
  const { errors, notLinted } = await forEachProject(paths, options, isIgnored, probes, (project) => projects.push(project));
  return { projects, errors, notLinted };
}
async function forEachProject(paths, options, isIgnored, probes, use, judgeEarlier = false) {
  const cwd = options.cwd ?? process.cwd();
  const composeFiles = options.composeFiles ?? [];
  const errors = [];
  for (const file of composeFiles) {
    if (!existsSync2(resolve3(cwd, file))) errors.push({ path: file, message: "no such file or directory" });
  }
  const searched = paths.length > 0 || composeFiles.length > 0 ? paths : [options.projectDirectory ?? "."];
  const discovery = searched.length > 0 ? await discover(searched, cwd) : { files: [], errors: [], skipped: [] };
  const notLinted = discovery.skipped.map((s) => notLintedFile(displayPath(s.path, cwd), s.reason));
  errors.push(...discovery.errors);
  if (errors.length > 0 && composeFiles.length > 0) return { errors, notLinted };
  const named = new Set(searched.map((p) => resolve3(cwd, p)).filter((p) => discovery.files.includes(p)));
  const directories = searched.map((p) => resolve3(cwd, p)).filter((p) => !named.has(p) && isDirectory(p));
  const env = options.env ?? process.env;
  const planOptions = { cwd, composeFiles, env, directories, probes, dotenv: options.dotenv !== false, ...options.maxFileSize !== void 0 ? { maxFileSize: options.maxFileSize } : {}, ...options.projectDirectory ? { projectDirectory: options.projectDirectory } : {}, ...options.envFiles ? { envFiles: options.envFiles } : {} };
  const given = givenTexts(options);
  const cache = new FileCache(projectFileReader(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, given), probes);
  const unreadable2 = /* @__PURE__ */ new Set();
  const ignored = new Set(discovery.files.filter(isIgnored));
  for (const file of discovery.files) {
    if (ignored.has(file)) continue;
    const read = await cache.read(file);
    if ("error" in read) {
      unreadable2.add(file);
      if (read.notLinted) notLinted.push(notLintedFile(displayPath(file, cwd), read.error));
      else errors.push({ path: displayPath(file, cwd), message: read.error === "no such file" ? "cannot read (ENOENT)" : read.error });
    }
  }
  const plans = planProjects(discovery.files.filter((f) => !unreadable2.has(f) && !ignored.has(f)), named, planOptions);
  const projectOptions = { env, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, dotenv: options.dotenv !== false, allowOutsideProject: options.allowOutsideProject === true, display: (absolute) => displayPath(absolute, cwd) };
  let shell;
  for (const plan of plans) {
    let loaded;
    let earlier;
    try {
      shell ??= { ...env };
      loaded = await loadProject(plan, cache, { ...projectOptions, env: shell });
      if (judgeEarlier && loaded.problems.some((p) => p.ruleId === "duplicate-key")) {
        earlier = await loadProject(plan, cache, { ...projectOptions, env: shell, duplicates: "earlier" });
      }
    } catch (error) {
      const first = plan.files[0];
      const read = await cache.read(first);
      notLinted.push(failedFile(displayPath(first, cwd), "text" in read ? read.text : "", error));
      continue;
    }
    use(earlier ? { plan, loaded, earlier } : { plan, loaded });
  }
  return { errors, notLinted };
}
function givenTexts(options) {
  const { texts, textAt } = options;
  return texts || textAt ? (absolute) => texts?.get(absolute) ?? textAt?.(absolute) : void 0;
}
function projectFileReader(maxBytes, given) {
  return async (absolute) => {
    const text = given?.(absolute);
    if (text === null) return { error: "no such file" };
    if (text !== void 0) return { text };
    const read = await readRegularFile(absolute, maxBytes);
    if ("notRegular" in read) return { error: "not a regular file" };
    if ("tooLarge" in read) return { error: `${formatSize(read.tooLarge)} is over --max-file-size ${formatSize(maxBytes)}`, notLinted: true };
    return decodeText(read.bytes);
  };
}
function isDirectory(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function projectResults(projects, cwd) {
  const byPath = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const resultFor = (path, text, failLevel) => {
    let result = byPath.get(path);
    if (!result) {
      result = { path, text, findings: [], suppressed: [] };
      if (failLevel) result.failLevel = failLevel;
      byPath.set(path, result);
    }
    return result;
  };
  for (const { plan, file, files, projectFiles, project, findings, failLevel } of projects) {
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const reportOnly = plan.reportOnly ? new Set([...plan.reportOnly].map((f) => displayPath(f, cwd))) : void 0;
    const shows = (path) => !reportOnly || reportOnly.has(path);
    for (const f of projectFiles ?? [file]) if (shows(f.path)) resultFor(f.path, f.text, failLevel);
    const primary = resultFor(file.path, file.text, failLevel);
    if (project && shows(file.path)) primary.project = project;
    for (const finding of findings) {
      if (!shows(finding.span.file) && !finding.related.some((r) => shows(r.span.file))) continue;
      const key = `${finding.ruleId}\0${finding.span.file}:${finding.span.line}:${finding.span.column}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const result = resultFor(finding.span.file, texts.get(finding.span.file) ?? "", failLevel);
      (finding.suppression ? result.suppressed : result.findings).push(finding);
    }
    if (reportOnly && !shows(file.path) && primary.findings.length === 0 && primary.suppressed.length === 0) byPath.delete(file.path);
  }
  return [...byPath.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map((r) => ({ ...r, findings: r.findings.sort(compareFindings), suppressed: r.suppressed.sort(compareFindings) }));
}

export {
  ConfigError,
  DEFAULT_MAX_FILE_SIZE,
  parseSize,
  formatSize,
  decodeText,
  readRegularFileSync,
  readRegularFile,
  SERVICE_SUPPRESSION_KEY,
  loadComposeText,
  enabledRules,
  lintText,
  withConfig,
  configResolver,
  failedFile,
  notLintedFile,
  lintTextBeside,
  lintFiles,
  loadProjects
};
