/**
 * Linux capabilities as Docker grants them. The default set is moby's `oci/caps/defaults.go`
 * (also listed in Docker's run reference): every container starts with these fourteen.
 */
import type { Service } from "./types.js";

export const DEFAULT_CAPABILITIES: ReadonlySet<string> = new Set([
  "CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW", "SETGID", "SETUID", "SETFCAP", "SETPCAP",
  "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE",
]);

/** Docker accepts any case and an optional `CAP_` prefix (`cap_sys_admin`, `SYS_ADMIN`). */
export function normaliseCapability(capability: string): string {
  const upper = capability.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}

/** True when `cap_drop` removes the capability (by name or with ALL). */
export function dropsCapability(service: Service, capability: string): boolean {
  return service.capDrop.some((entry) => {
    const dropped = normaliseCapability(entry.value);
    return dropped === "ALL" || dropped === capability;
  });
}

/**
 * True when `cap_add` of this capability changes what the container may do: it is not in the
 * default set, or `cap_drop` removed it first (Docker applies the drops, then the adds).
 */
export function addsToDefaults(service: Service, capability: string): boolean {
  return capability === "ALL" || !DEFAULT_CAPABILITIES.has(capability) || dropsCapability(service, capability);
}
