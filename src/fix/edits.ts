/**
 * The fixes rules offer, computed from the model's spans and the file's source text: small text
 * edits that keep everything around them (comments, quotes, flow or block style, anchors, CR LF).
 * Nothing here re-serialises YAML. Each helper returns a Fix, or a refusal that says why there is none.
 */
import { shown } from "../model/quote.js";
import { findClose } from "../load/interpolate.js";
import { isWildcardAddress } from "../model/queries.js";
import type { ComposeProject, Located, Network, PortBinding, Service, SourceFile, Span } from "../model/types.js";
import type { Fix, FixRefusal, FixSafety, TextEdit } from "../engine/rule.js";
import { sourceOf } from "./source.js";
import type { SourceText } from "./source.js";

export const LOOPBACK = "127.0.0.1";

type Result = Fix | FixRefusal;

/** The file of a project that holds `span` (in a project the value may come from an override or an included file). */
export function fileOf(project: ComposeProject, span: Span): SourceFile {
  // Not one of the project's compose files (an env file): no text, so every helper refuses.
  return (project.files ?? [project.file]).find((f) => f.path === span.file) ?? { path: span.file, text: "", data: null, locate: () => undefined };
}

function fix(description: string, safety: FixSafety, edits: TextEdit[]): Fix {
  return { description, safety, edits };
}

function refuse(refused: string): FixRefusal {
  return { refused };
}

function point(span: Span, source: SourceText, offset: number): Span {
  return source.spanAt(span.file, offset, offset);
}

/** The part of a one-line scalar's source inside its quotes, as offsets, and the quote used. */
function scalarContent(span: Span, source: SourceText): { from: number; to: number; quote: string } | undefined {
  if (span.line !== span.endLine) return undefined;
  const text = source.slice(span);
  const from = source.start(span);
  const quote = text[0] === '"' || text[0] === "'" ? text[0] : "";
  if (quote && (text.length < 2 || text[text.length - 1] !== quote)) return undefined;
  return quote ? { from: from + 1, to: from + text.length - 1, quote } : { from, to: from + text.length, quote };
}

/**
 * The content of a one-line scalar whose source reads exactly as `written` (no escape sequences,
 * no folding), so that offsets in `written` are offsets in the file.
 */
function verbatim(span: Span, source: SourceText, written: string): { from: number; to: number; quote: string } | undefined {
  const content = scalarContent(span, source);
  if (!content || source.text.slice(content.from, content.to) !== written) return undefined;
  return content;
}

function replaceRange(span: Span, source: SourceText, from: number, to: number, newText: string): TextEdit {
  return { span: source.spanAt(span.file, from, to), newText };
}

/** Replaces a scalar's text (inside its quotes, if any) by `newText`, which needs no quoting. */
function replaceScalar(value: Located<unknown>, project: ComposeProject, newText: string): TextEdit | undefined {
  const source = sourceOf(fileOf(project, value.span));
  if (source.text === "") return undefined;
  const content = scalarContent(value.span, source);
  if (!content || value.raw !== undefined) return undefined;
  return replaceRange(value.span, source, content.from, content.to, newText);
}

/**
 * Where a line can be inserted before a block node, and its indentation: its line holds only
 * spaces and `- ` list markers before it, and maybe the first key's tag or anchor (`!!merge <<:`),
 * which the new line goes before.
 */
function blockStart(span: Span, source: SourceText): { at: number; indent: string } | undefined {
  const prefix = source.linePrefix(span);
  const match = /^( *(?:- +)*)((?:[!&]\S* +)*)$/.exec(prefix);
  if (!match) return undefined;
  return { at: source.start(span) - match[2]!.length, indent: " ".repeat(match[1]!.length) };
}

/** The text to insert right after a flow collection's opening bracket, padded as the collection is. */
function flowInsert(source: SourceText, open: number, close: string, item: string): string {
  let at = open + 1;
  while (source.text[at] === " ") at++;
  const empty = source.text[at] === close;
  const padded = source.text[open + 1] === " ";
  if (empty) return padded ? ` ${item}` : item;
  return padded ? ` ${item},` : `${item}, `;
}

export interface NewEntry {
  key: string;
  /** The value on the key's line (`true`, `[ALL]`). */
  inline?: string;
  /**
   * Or nested entries, one a line below the key (block style), `{ k: v }` in flow style. A leading
   * tab in a line stands for one more indentation step (block style only).
   */
  nested?: string[];
}

/**
 * Inserts `key: value` as the first entry of the mapping at `mapSpan`: in flow style after the
 * `{`, in block style on a line of its own at the mapping's indentation; `unit` is the file's
 * indentation step for nested entries.
 */
export function insertEntry(mapSpan: Span, project: ComposeProject, entry: NewEntry, unit: number): TextEdit | undefined {
  const source = sourceOf(fileOf(project, mapSpan));
  if (source.text === "") return undefined;
  const start = source.start(mapSpan);
  if (source.text[start] === "{") return { span: point(mapSpan, source, start + 1), newText: flowInsert(source, start, "}", `${entry.key}: ${entry.inline ?? `{ ${entry.nested!.join(", ")} }`}`) };
  const block = blockStart(mapSpan, source);
  // Not a block mapping's first key (an alias, a block scalar): nothing to insert before.
  if (block === undefined || /^[[*|>]/.test(source.text[start] ?? "")) return undefined;
  const { at, indent } = block;
  const eol = source.lineBreak(mapSpan);
  const inner = indent + " ".repeat(unit);
  const steps = (line: string) => line.replace(/^\t+/, (tabs) => " ".repeat(unit * tabs.length));
  const text = entry.inline !== undefined ? `${entry.key}: ${entry.inline}${eol}` : `${entry.key}:${eol}${entry.nested!.map((n) => `${inner}${steps(n)}${eol}`).join("")}`;
  return { span: point(mapSpan, source, at), newText: text + indent };
}

/**
 * Lines below a key whose value is empty (`frontend:`, maybe with a comment), one indentation
 * step deeper; a leading tab in a line is one step more.
 */
function belowEmptyKey(key: Span, project: ComposeProject, lines: string[], unit: number): TextEdit | undefined {
  const source = sourceOf(fileOf(project, key));
  if (source.text === "") return undefined;
  const keyEnd = source.end(key);
  const lineEnd = source.text.slice(keyEnd).search(/\r?\n|$/) + keyEnd;
  if (!/^\s*:\s*(#.*)?$/.test(source.text.slice(keyEnd, lineEnd)) || blockStart(key, source) === undefined) return undefined;
  const eol = source.lineBreak(key);
  const indent = " ".repeat(key.column - 1 + unit);
  const text = lines.map((line) => `${eol}${indent}${line.replace(/^\t+/, (tabs) => " ".repeat(unit * tabs.length))}`).join("");
  return { span: source.spanAt(key.file, lineEnd, lineEnd), newText: text };
}

/** Adds `item` (a YAML scalar as it should be written) as the first item of the list at `seqSpan`. */
export function insertItem(seqSpan: Span, project: ComposeProject, item: string): TextEdit | undefined {
  const source = sourceOf(fileOf(project, seqSpan));
  if (source.text === "") return undefined;
  const start = source.start(seqSpan);
  if (source.text[start] === "[") return { span: point(seqSpan, source, start + 1), newText: flowInsert(source, start, "]", item) };
  const block = blockStart(seqSpan, source);
  if (block === undefined || source.linePrefix(seqSpan).trim() !== "" || source.text[start] !== "-") return undefined;
  return { span: point(seqSpan, source, start), newText: `- ${item}${source.lineBreak(seqSpan)}${block.indent}` };
}

/** The indentation step below a key (its value's column minus the key's), 2 when not clear. */
export function indentUnit(key: Span, value: Span): number {
  const unit = value.column - key.column;
  return value.line > key.line && unit > 0 ? unit : 2;
}

/** A service's settings mapping (the value under its name). */
export function serviceMapping(service: Service, project: ComposeProject): Span | undefined {
  return fileOf(project, service.name.span).locate(["services", service.name.value]);
}

/**
 * Sets a written value to `newText` (inside its quotes, if any), or says why not: `byHand` names
 * what to write when the value is not in a form compose-lint edits (interpolated, multi-line).
 */
export function replaceValue(value: Located<unknown>, project: ComposeProject, newText: string, description: string, safety: FixSafety, byHand: string): Result {
  const edit = replaceScalar(value, project, newText);
  return edit ? fix(description, safety, [edit]) : refuse(`the value is written in a form compose-lint does not edit; ${byHand} by hand`);
}

/** Adds `key: inline` to a service (first in its mapping). */
export function addServiceKey(service: Service, project: ComposeProject, key: string, inline: string, description: string, safety: FixSafety): Result {
  const map = serviceMapping(service, project);
  const edit = map && insertEntry(map, project, { key, inline }, 2);
  return edit ? fix(description, safety, [edit]) : refuse(`service "${service.name.value}" is not written as a mapping compose-lint can add \`${key}:\` to; add it by hand`);
}

/** Adds `item` to one of a service's lists (first in it), creating the list as `key: [item]`. */
export function addServiceListItem(service: Service, project: ComposeProject, key: string, item: string, description: string, safety: FixSafety): Result {
  const list = fileOf(project, service.name.span).locate(["services", service.name.value, key]);
  if (list) {
    const edit = insertItem(list, project, item);
    return edit ? fix(description, safety, [edit]) : refuse(`the \`${key}:\` list of service "${service.name.value}" is not written in a form compose-lint edits; add ${item} by hand`);
  }
  return addServiceKey(service, project, key, `[${item}]`, description, safety);
}

/** `driver_opts: { encrypted: "true" }` on a declared network: added to its `driver_opts`, or the key created. */
export function encryptNetwork(network: Network, project: ComposeProject): Result {
  const description = 'encrypt the overlay network (driver_opts encrypted: "true")';
  const name = network.name.value;
  const file = fileOf(project, network.name.span);
  const opts = file.locate(["networks", name, "driver_opts"]);
  const encrypted = 'encrypted: "true"';
  const map = file.locate(["networks", name]);
  const why = `network "${name}" is not written as a mapping compose-lint can add \`driver_opts\` to; add \`encrypted: "true"\` by hand`;
  if (opts) {
    const edit = insertEntry(opts, project, { key: "encrypted", inline: '"true"' }, 2);
    return edit ? fix(description, "safe", [edit]) : refuse(why);
  }
  const networksKey = file.locate(["networks"], "key");
  const unit = networksKey ? Math.max(network.name.span.column - networksKey.column, 2) : 2;
  if (!map || (file.data as { networks?: Record<string, unknown> } | null)?.networks?.[name] == null) {
    // `frontend:` with nothing after it: the options go on the lines below the key.
    const edit = belowEmptyKey(network.name.span, project, ["driver_opts:", `\t${encrypted}`], unit);
    return edit ? fix(description, "safe", [edit]) : refuse(why);
  }
  const edit = insertEntry(map, project, { key: "driver_opts", nested: [encrypted] }, indentUnit(network.name.span, map));
  return edit ? fix(description, "safe", [edit]) : refuse(why);
}

/**
 * Declares the implicit default network of a swarm stack as an encrypted overlay: a `default:`
 * entry in `networks:`, the top-level key created when missing.
 */
export function encryptDefaultNetwork(project: ComposeProject): Result {
  const description = 'declare the stack\'s default network as an encrypted overlay (driver_opts encrypted: "true")';
  const services = project.file.locate(["services"]);
  const servicesKey = project.file.locate(["services"], "key");
  const unit = services && servicesKey ? indentUnit(servicesKey, services) : 2;
  const networks = project.file.locate(["networks"]);
  const lines = ["driver: overlay", 'driver_opts: { encrypted: "true" }'];
  const edit = networks
    ? insertEntry(networks, project, { key: "default", nested: lines }, unit)
    : servicesKey && insertEntry(servicesKey, project, { key: "networks", nested: ["default:", ...lines.map((l) => `\t${l}`)] }, unit);
  return edit ? fix(description, "safe", [edit]) : refuse("`networks:` is not written in a form compose-lint edits; declare `default` with `driver_opts: { encrypted: \"true\" }` by hand");
}

/** The host address part of a short port entry (before the last two `:`), undefined when it has none. */
function hostAddressPart(text: string): string | undefined {
  const parts = text.split(":");
  return parts.length >= 3 ? parts.slice(0, parts.length - 2).join(":") : undefined;
}

const NAMED_DEFAULT = /^([A-Za-z_][A-Za-z0-9_]*)(:?-)/;

/**
 * Where `${NAME...}` at the start of `raw` sets a host address, the edit that makes it loopback:
 * its default rewritten when the default is what is used, else a refusal that says where to set it.
 */
function interpolatedAddress(raw: string, address: string, from: number, span: Span, source: SourceText, restMustBe: (rest: string) => boolean): TextEdit | FixRefusal {
  const where = "in the .env file beside the compose file or in the environment that runs Compose";
  if (!raw.startsWith("${")) {
    const name = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(raw)?.[1];
    return refuse(name ? `the host address comes from $${name}: set ${name}=${LOOPBACK} ${where}` : "the host address comes from interpolation compose-lint does not edit; bind it to 127.0.0.1 by hand");
  }
  const close = findClose(raw, 2);
  const body = close < 0 ? "" : raw.slice(2, close);
  const rest = close < 0 ? "" : raw.slice(close + 1);
  const match = NAMED_DEFAULT.exec(body);
  const name = match?.[1] ?? /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
  if (close < 0 || !name || !restMustBe(rest)) return refuse("the host address comes from interpolation compose-lint does not edit; bind it to 127.0.0.1 by hand");
  if (!match) return refuse(`the host address comes from \${${name}}, which has no default: set ${name}=${LOOPBACK} ${where}, or write \${${name}:-${LOOPBACK}}`);
  const written = body.slice(match[0].length);
  if (written !== address) return refuse(`the host address comes from \${${name}}, which is set where compose-lint runs: set ${name}=${LOOPBACK} ${where}`);
  const start = from + 2 + match[0].length;
  return replaceRange(span, source, start, start + written.length, LOOPBACK);
}

function isEdit(value: TextEdit | FixRefusal): value is TextEdit {
  return "newText" in value;
}

/** Binds a published port to loopback: `127.0.0.1:` in the short syntax, `host_ip: 127.0.0.1` in the long one. */
export function loopbackPortFix(port: PortBinding, project: ComposeProject): Result {
  const description = `bind the port to ${LOOPBACK}`;
  const source = sourceOf(fileOf(project, port.span));
  const address = port.hostIp?.value ?? "";
  if (address !== "" && !isWildcardAddress(address)) return refuse(`the port is bound to ${shown(address, port.hostIp)}; choose the address it should listen on by hand`);
  if (port.syntax === "long") {
    if (port.hostIp) {
      const hostIp = port.hostIp;
      const content = verbatim(hostIp.span, source, hostIp.raw ?? address);
      if (!content) return refuse("the `host_ip:` value is written in a form compose-lint does not edit; set it to 127.0.0.1 by hand");
      const edit = hostIp.raw === undefined ? replaceRange(hostIp.span, source, content.from, content.to, LOOPBACK) : interpolatedAddress(hostIp.raw, address, content.from, hostIp.span, source, (rest) => rest === "");
      return isEdit(edit) ? fix(description, "safe", [edit]) : edit;
    }
    const edit = insertEntry(port.span, project, { key: "host_ip", inline: LOOPBACK }, 2);
    return edit ? fix(description, "safe", [edit]) : refuse("the port's mapping is not written in a form compose-lint edits; add `host_ip: 127.0.0.1` by hand");
  }
  const written = port.raw ?? port.text;
  const content = verbatim(port.span, source, written);
  if (!content) return refuse("the entry is written with escape sequences or over several lines; bind it to 127.0.0.1 by hand");
  const existing = hostAddressPart(port.text);
  if (existing === undefined) {
    // `HOST:CONTAINER` or `CONTAINER`: the address goes in front (a `${VAR}` stays as written after it).
    const prefix = port.text.split(":").length === 2 ? `${LOOPBACK}:` : `${LOOPBACK}::`;
    return fix(description, "safe", [replaceRange(port.span, source, content.from, content.from, prefix)]);
  }
  const literal = written.slice(0, written.includes("$") ? written.indexOf("$") : written.length);
  if (literal.startsWith(`${existing}:`)) return fix(description, "safe", [replaceRange(port.span, source, content.from, content.from + existing.length, LOOPBACK)]);
  // The address comes from `${VAR...}` at the start, followed by `:HOST:CONTAINER` as written.
  // The rest may interpolate too (`${HTTP_BIND:-}:${HTTP_PORT:-80}:80`): the default is the address only when it equals it.
  const edit = interpolatedAddress(written, existing, content.from, port.span, source, (rest) => rest.startsWith(":"));
  return isEdit(edit) ? fix(description, "safe", [edit]) : edit;
}
