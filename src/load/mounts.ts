/**
 * `volumes:` entries of a service, short (`SOURCE:TARGET[:MODE]`) and long syntax, into Mount.
 */
import type { Located, Mount, MountKind, NamedVolume, Span } from "../model/types.js";
import type { TNode } from "./tree.js";
import { child } from "./tree.js";

const MOUNT_KINDS: readonly MountKind[] = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"];

/** The short syntax's propagation modes (`/src:/dst:ro,rshared`). */
const PROPAGATION = new Set(["shared", "rshared", "slave", "rslave", "private", "rprivate"]);

/** A host path, as opposed to a volume name: absolute, relative, home-relative or a Windows drive path. */
export function isHostPath(source: string): boolean {
  return /^(\/|\.|~|\$|[A-Za-z]:[\\/]|\\\\)/.test(source);
}

function located(value: string, span: Span, raw?: string): Located<string> {
  return raw === undefined ? { value, span } : { value, span, raw };
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
    return { span, syntax: "short", kind: "volume", target: located(parts[0]!, span, node.raw), readOnly: false };
  }
  const [source, target, mode = ""] = parts;
  const options = mode.split(",");
  const kind: MountKind = isHostPath(source!) ? "bind" : "volume";
  // Each part keeps its own source text when the interpolation did not add or remove a colon.
  const rawParts = node.raw === undefined ? [] : splitVolumeSpec(node.raw);
  const rawOf = (index: number) => {
    const raw = node.raw === undefined ? undefined : rawParts.length === parts.length ? rawParts[index] : node.raw;
    return raw !== parts[index] ? raw : undefined;
  };
  const mount: Mount = {
    span,
    syntax: "short",
    kind,
    source: located(source!, span, rawOf(0)),
    target: located(target ?? "", span, rawOf(1)),
    readOnly: options.includes("ro"),
  };
  const propagation = options.find((o) => PROPAGATION.has(o));
  if (propagation) mount.propagation = located(propagation, span);
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
    target: located(String(targetNode.value ?? ""), targetNode.span, targetNode.raw),
    readOnly: readOnlyNode?.kind === "scalar" && isTrue(readOnlyNode.value),
  };
  const propagationNode = child(child(node, "bind"), "propagation");
  if (propagationNode?.kind === "scalar" && propagationNode.value !== null) {
    mount.propagation = located(String(propagationNode.value), propagationNode.span, propagationNode.raw);
  }
  const sourceNode = child(node, "source");
  if (sourceNode?.kind === "scalar" && sourceNode.value !== null && sourceNode.value !== "") {
    mount.source = located(String(sourceNode.value), sourceNode.span, sourceNode.raw);
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
