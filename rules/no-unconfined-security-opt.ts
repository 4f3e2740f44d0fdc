import { defineRule } from "../src/engine/rule.js";
import { quoted } from "../src/model/quote.js";

type Confinement = "seccomp" | "apparmor" | "selinux" | "systempaths";

const LOST: Record<Confinement, string> = {
  seccomp:
    "turns off the seccomp filter, opening the system calls Docker blocks by default (about 44, among them keyctl, add_key, open_by_handle_at, kexec_load and unshare) that many kernel exploits rely on",
  apparmor:
    "turns off the docker-default AppArmor profile, the layer that stops a root process from mounting file systems or writing to /proc/sys, /proc/sysrq-trigger and /sys",
  selinux: "turns off SELinux separation, so the process may touch any host file it can reach whatever its label",
  systempaths:
    "unmasks /proc and /sys: /proc/kcore and /proc/keys become readable and /proc/sys, /proc/sysrq-trigger writable, so unless AppArmor or SELinux still stops it a root process can reboot the host or set kernel.core_pattern to run its own program on the host",
};

/** SELinux types that run a process unconfined (`label=type:spc_t` is what `privileged` uses). */
const UNCONFINED_SELINUX_TYPES = new Set(["spc_t", "unconfined_t"]);

/**
 * Reads one `security_opt` entry the way Compose and the daemon do: `systempaths=unconfined` only in
 * that exact spelling, the others as `key=value` or the older `key:value`, case and spaces exactly as
 * written. Spellings Docker rejects (`Seccomp=Unconfined`) cannot weaken anything and are not matched.
 */
function unconfined(option: string): Confinement | undefined {
  if (option === "systempaths=unconfined") return "systempaths";
  const separator = option.includes("=") ? "=" : ":";
  const at = option.indexOf(separator);
  if (at < 0) return undefined;
  const key = option.slice(0, at);
  const value = option.slice(at + 1);
  if (key === "seccomp" && value === "unconfined") return "seccomp";
  if (key === "apparmor" && value === "unconfined") return "apparmor";
  if (key === "label" && (value === "disable" || (value.startsWith("type:") && UNCONFINED_SELINUX_TYPES.has(value.slice(5))))) return "selinux";
  return undefined;
}

export default defineRule({
  meta: {
    id: "no-unconfined-security-opt",
    description: "`security_opt` turns off seccomp, AppArmor, SELinux or the /proc and /sys masking Docker applies to every container.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "isolation"],
    help:
      "Docker confines every container with a seccomp syscall filter, an AppArmor or SELinux policy, and masked or read-only paths in /proc and /sys. `seccomp=unconfined`, `apparmor=unconfined`, `label=disable` and `systempaths=unconfined` each remove one of those layers, and each is a step the known container escapes depend on. Remove the entry; if the default profile blocks one system call or path the service needs, write a custom profile that allows just that (`seccomp=./profile.json`, `apparmor=my-profile`).",
    securitySeverity: 8.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const entry of service.securityOpt) {
        const lost = unconfined(entry.value);
        if (!lost) continue;
        report({
          at: entry,
          service: service.name.value,
          message: (who) =>
            `${who} sets security_opt ${quoted(entry.value, entry)}, which ${LOST[lost]}. ` +
            `Remove it, or use a custom profile that allows only what the service needs.`,
        });
      }
    }
  },
});
