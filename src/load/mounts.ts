/**
 * `volumes:` entries of a service, short (`SOURCE:TARGET[:MODE]`) and long syntax, into Mount.
 */
import type { Mount, MountKind, NamedVolume } from "../model/types.js";
import type { TNode } from "./tree.js";
import { child } from "./tree.js";
import { located, partOrigins } from "./origin.js";

const MOUNT_KINDS: readonly MountKind[] = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"];

/** A host path, as opposed to a volume name: absolute, relative, home-relative or a Windows drive path. */
export function isHostPath(source: string): boolean {
  return /^(\/|\.|~|\$|[A-Za-z]:[\\/]|\\\\)/.test(source);
}


/**
 * Splits a short volume spec on `:`, keeping a Windows drive letter (`C:\data:/data`) with its path.
 */
function splitVolumeSpec(spec: string): string[] {
  const parts: string[] = [];
  let current = "";
  let depth = 0;
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (ch === "$" && spec[i + 1] === "{") depth++;
    else if (ch === "}" && depth > 0) depth--;
    const driveLetter = ch === ":" && current.length === 1 && /[A-Za-z]/.test(current) && /[\\/]/.test(spec[i + 1] ?? "");
    if (ch === ":" && !driveLetter && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function parseMount(node: TNode, volumes: Map<string, NamedVolume>): Mount | undefined {
  if (node.kind === "map") return parseLongMount(node, volumes);
  if (node.kind !== "scalar" || typeof node.value !== "string") return undefined;
  const span = node.span;
  const parts = splitVolumeSpec(node.value);
  if (parts.length === 1) {
    return { span, syntax: "short", kind: "volume", target: located(parts[0]!, span, node), readOnly: false };
  }
  const [source, target, mode = ""] = parts;
  const options = mode.split(",");
  const kind: MountKind = isHostPath(source!) ? "bind" : "volume";
  // Each part keeps its own source text when the interpolation did not add or remove a colon.
  const origins = partOrigins(node, parts, splitVolumeSpec);
  const mount: Mount = {
    span,
    syntax: "short",
    kind,
    source: located(source!, span, origins[0]),
    target: located(target ?? "", span, origins[1]),
    readOnly: options.includes("ro"),
  };
  if (kind === "volume") {
    const volume = volumes.get(source!);
    if (volume) mount.volume = volume;
  }
  return mount;
}

function parseLongMount(node: TNode & { kind: "map" }, volumes: Map<string, NamedVolume>): Mount | undefined {
  const typeNode = child(node, "type");
  const type = typeNode?.kind === "scalar" ? String(typeNode.value) : "volume";
  const kind = (MOUNT_KINDS as readonly string[]).includes(type) ? (type as MountKind) : "volume";
  const targetNode = child(node, "target");
  if (!targetNode || targetNode.kind !== "scalar") return undefined;
  const readOnlyNode = child(node, "read_only");
  const mount: Mount = {
    span: node.span,
    syntax: "long",
    kind,
    target: located(String(targetNode.value ?? ""), targetNode.span, targetNode),
    readOnly: readOnlyNode?.kind === "scalar" && isTrue(readOnlyNode.value),
  };
  const sourceNode = child(node, "source");
  if (sourceNode?.kind === "scalar" && sourceNode.value !== null && sourceNode.value !== "") {
    mount.source = located(String(sourceNode.value), sourceNode.span, sourceNode);
    if (kind === "volume") {
      const volume = volumes.get(mount.source.value);
      if (volume) mount.volume = volume;
    }
  }
  return mount;
}

export function isTrue(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return /^(true|yes|on|1)$/i.test(value.trim());
  return value === 1;
}
