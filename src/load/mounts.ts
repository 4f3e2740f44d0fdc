/**
 * `volumes:` entries of a service, short (`SOURCE:TARGET[:MODE]`) and long syntax, into Mount,
 * read the way compose-go reads them (format/volume.go ParseVolume, transform/volume.go).
 */
import type { Located, Mount, MountKind, NamedVolume, Span } from "../model/types.js";
import type { TNode, TScalar } from "./tree.js";
import { child } from "./tree.js";
import { nonScalarField, writtenQuoted } from "./ports.js";

const MOUNT_KINDS: readonly MountKind[] = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"];
const PROPAGATIONS: readonly string[] = ["rprivate", "private", "rshared", "shared", "rslave", "slave"];

export interface MountProblem {
  span: Span;
  message: string;
}

/**
 * compose-go's isFilePath: a source starting with `.`, `/` or `~`, a `\\` named pipe, or a letter
 * followed by `:` (a Windows drive) is a host path; anything else names a volume.
 */
export function isHostPath(source: string): boolean {
  if (source === "") return false;
  if (source[0] === "." || source[0] === "/" || source[0] === "~" || source.startsWith("\\\\")) return true;
  const [first = "", second] = [...source];
  return second === ":" && isLetter(first);
}

function isLetter(ch: string): boolean {
  return /^\p{L}$/u.test(ch);
}

/** Go's path.Clean, which compose-go applies to a short-syntax target. */
export function cleanPath(path: string): string {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const out: string[] = [];
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

interface VolumeSpec {
  source: string;
  target: string;
  readOnly: boolean;
  propagation?: string;
}

/**
 * format.ParseVolume: splits on `:` outside `${...}`, keeping a one-letter drive (`C:`) with its
 * path; the third part is a comma list of options, of which the last of `ro`/`rw` wins and
 * unknown ones are ignored. Returns why Compose refuses the spec, or what it reads.
 */
export function parseVolumeSpec(spec: string): VolumeSpec | { why: string } {
  const bytes = Buffer.byteLength(spec);
  if (bytes === 0) return { why: "the entry is empty" };
  if (bytes <= 2) return { source: "", target: spec, readOnly: false };
  const volume: VolumeSpec = { source: "", target: "", readOnly: false };
  const chars = [...spec];
  let buffer = "";
  let bufferLength = 0;
  let depth = 0;
  for (let i = 0; i <= chars.length; i++) {
    const ch = i < chars.length ? chars[i]! : null;
    if (ch === "$" && chars[i + 1] === "{") depth++;
    else if (ch === "}" && depth > 0) depth--;
    else if (ch === ":" && bufferLength === 1 && isLetter(buffer)) {
      // a Windows drive letter stays with its path
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

function populate(volume: VolumeSpec, part: string, atEnd: boolean): string | undefined {
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
  return undefined;
}

/** A located part; `external` (from the environment or `.env`) makes messages quote `raw`. */
function located(value: string, span: Span, raw?: string, external?: true): Located<string> {
  const out: Located<string> = raw === undefined ? { value, span } : { value, span, raw };
  if (raw !== undefined && external) out.external = true;
  return out;
}

function rejected(span: Span, why: string, node?: TScalar): MountProblem {
  const what = node === undefined ? "this volume" : `this volume ${writtenQuoted(node)}`;
  return { span, message: `Docker Compose rejects ${what}: ${why}.` };
}

export function parseMount(node: TNode, volumes: Map<string, NamedVolume>): Mount | MountProblem {
  if (node.kind === "map") return parseLongMount(node, volumes);
  if (node.kind !== "scalar" || typeof node.value !== "string") {
    return rejected(node.span, "a volume entry is a string or a mapping");
  }
  return parseShortMount(node as TScalar & { value: string }, volumes);
}

function parseShortMount(node: TScalar & { value: string }, volumes: Map<string, NamedVolume>): Mount | MountProblem {
  const span = node.span;
  const spec = parseVolumeSpec(node.value);
  if ("why" in spec) {
    // `${SOCK}:/var/run/docker.sock` with SOCK unset here reads as ":/var/run/docker.sock", which
    // Compose refuses; where the variable is set it mounts whatever it names. Judge it as written.
    const asWritten = node.raw === undefined ? spec : parseVolumeSpec(node.raw);
    if ("why" in asWritten || asWritten.source === "") return rejected(span, spec.why, node);
    return mountOf(node, asWritten, volumes, asWritten.source.startsWith("$") || isHostPath(asWritten.source) ? "bind" : "volume", true);
  }
  return mountOf(node, spec, volumes, spec.source !== "" && isHostPath(spec.source) ? "bind" : "volume", false);
}

function mountOf(node: TScalar & { value: string }, spec: VolumeSpec, volumes: Map<string, NamedVolume>, kind: MountKind, asWritten: boolean): Mount {
  const span = node.span;
  const target = cleanPath(spec.target);
  if (asWritten) {
    const mount: Mount = { span, syntax: "short", kind, source: located(spec.source, span, spec.source), target: located(target, span), readOnly: spec.readOnly };
    if (spec.propagation !== undefined) mount.propagation = located(spec.propagation, span);
    return mount;
  }
  if (spec.source === "") {
    const mount: Mount = { span, syntax: "short", kind: "volume", target: located(target, span, node.raw, node.external), readOnly: spec.readOnly };
    return mount;
  }
  // Each part keeps its own source text when the interpolation did not add or remove a colon.
  const rawSpec = node.raw === undefined ? undefined : parseVolumeSpec(node.raw);
  const rawOf = (part: "source" | "target", value: string): string | undefined => {
    if (node.raw === undefined) return undefined;
    const raw = rawSpec && !("why" in rawSpec) && rawSpec.source !== "" ? rawSpec[part] : node.raw;
    return raw !== value ? raw : undefined;
  };
  const mount: Mount = {
    span,
    syntax: "short",
    kind,
    source: located(spec.source, span, rawOf("source", spec.source), node.external),
    target: located(target, span, rawOf("target", target), node.external),
    readOnly: spec.readOnly,
  };
  if (spec.propagation !== undefined) mount.propagation = located(spec.propagation, span);
  if (kind === "volume") {
    const volume = volumes.get(spec.source);
    if (volume) mount.volume = volume;
  }
  return mount;
}

function parseLongMount(node: TNode & { kind: "map" }, volumes: Map<string, NamedVolume>): Mount | MountProblem {
  const wrong = nonScalarField(node, ["type", "source", "target", "read_only"]);
  if (wrong) return rejected(wrong.node.span, `\`${wrong.key}\` is a single value, not ${wrong.node.kind === "seq" ? "a list" : "a mapping"}`);
  const bind = child(node, "bind");
  if (bind && bind.kind !== "map" && !(bind.kind === "scalar" && bind.value === null)) return rejected(bind.span, "`bind` is a mapping of bind options");
  const sourceNode = child(node, "source");
  const source = sourceNode?.kind === "scalar" && sourceNode.value !== null && sourceNode.value !== "" ? String(sourceNode.value) : undefined;
  const typeNode = child(node, "type");
  let kind: MountKind;
  if (typeNode?.kind === "scalar" && typeNode.value !== null) {
    const type = String(typeNode.value);
    if (!(MOUNT_KINDS as readonly string[]).includes(type)) {
      return rejected(typeNode.span, `the volume type ${writtenQuoted(typeNode)} is not one of ${MOUNT_KINDS.join(", ")}`);
    }
    kind = type as MountKind;
  } else {
    // Without `type:` Compose refuses the file (a schema error, reported by compose-schema);
    // until it is fixed, a host-path source is judged as the bind mount it looks like.
    kind = source !== undefined && isHostPath(source) ? "bind" : "volume";
  }
  const targetNode = child(node, "target");
  if (targetNode?.kind !== "scalar" || targetNode.value === null || targetNode.value === "") {
    return rejected(targetNode?.span ?? node.span, "a long-syntax volume needs a `target` path");
  }
  const readOnlyNode = child(node, "read_only");
  const mount: Mount = {
    span: node.span,
    syntax: "long",
    kind,
    target: located(String(targetNode.value), targetNode.span, targetNode.raw, targetNode.external),
    readOnly: readOnlyNode?.kind === "scalar" && isTrue(readOnlyNode.value),
  };
  const propagationNode = child(child(node, "bind"), "propagation");
  if (propagationNode?.kind === "scalar" && propagationNode.value !== null) {
    mount.propagation = located(String(propagationNode.value), propagationNode.span, propagationNode.raw, propagationNode.external);
  }
  if (source !== undefined && sourceNode?.kind === "scalar") {
    mount.source = located(source, sourceNode.span, sourceNode.raw, sourceNode.external);
    if (kind === "volume") {
      const volume = volumes.get(source);
      if (volume) mount.volume = volume;
    }
  }
  return mount;
}

/**
 * compose-go's toBoolean cast for `privileged`, `read_only` and the like: `true`, and with a
 * warning the YAML 1.1 words `y`, `yes`, `on`, in any case and untrimmed. (`privileged: y` is a
 * privileged container.) A number 1 is refused by Compose; it is taken as true here, the reading
 * that reports more.
 */
export function isTrue(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return ["true", "y", "yes", "on"].includes(value.toLowerCase());
  return value === 1;
}

/**
 * A mount of a named volume that the local driver makes a bind mount (`driver_opts: { type: none,
 * o: bind, device: /etc }`), as the bind it is: source is the `device:` value, read-only when the
 * service or the volume's options say so. Other mounts are returned as they are.
 */
export function resolveVolumeBind(mount: Mount): Mount {
  const volume = mount.volume;
  if (mount.kind !== "volume" || !volume || volume.external) return mount;
  if (volume.driver && volume.driver.value.trim() !== "local") return mount;
  const device = volume.driverOpts.get("device");
  const options = (volume.driverOpts.get("o")?.value ?? "").split(",").map((o) => o.trim());
  if (!device || device.value.trim() === "" || !options.some((o) => o === "bind" || o === "rbind")) return mount;
  return { ...mount, kind: "bind", source: device, readOnly: mount.readOnly || options.includes("ro") };
}
