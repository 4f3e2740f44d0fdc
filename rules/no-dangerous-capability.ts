import { defineRule } from "../src/engine/rule.js";
import { DEFAULT_CAPABILITIES, addsToDefaults, normaliseCapability } from "../src/model/capabilities.js";
import type { Level, Service } from "../src/model/types.js";

/**
 * Capabilities that reach past the container, with what each allows. DAC_OVERRIDE and SYS_RESOURCE
 * are left out on purpose; `no-dangerous-capability.md` says why.
 */
const DANGEROUS: Record<string, { allows: string | ((service: Service) => string); level?: Level }> = {
  ALL: { allows: "grants every capability, nearly the same as `privileged: true`", level: "error" },
  SYS_ADMIN: {
    allows: "lets it mount file systems and use dozens of privileged system calls; most known container escapes (cgroup release_agent, mounting the host disk) start from it",
    level: "error",
  },
  SYS_MODULE: { allows: "lets it load kernel modules, that is run its own code in the host kernel" },
  SYS_RAWIO: { allows: "gives it raw I/O port and device access (iopl, ioperm, raw block and memory devices)" },
  SYS_PTRACE: {
    allows: (service) =>
      sharesHost(service, "pid")
        ? "lets it read and write the memory of every process on the host, since it also uses `pid: host`"
        : "lets it read and write the memory of any process it can see, including those of services whose PID namespace it shares",
  },
  SYS_BOOT: { allows: "lets it reboot the host or load a new kernel with kexec_load" },
  SYS_TIME: { allows: "lets it set the host's clock (clocks are not namespaced), breaking TLS validity checks, time-based tokens and logs" },
  DAC_READ_SEARCH: { allows: "lets it bypass read permissions and open files by handle (open_by_handle_at), the call the \"Shocker\" escape used to read any file on the host" },
  NET_ADMIN: {
    allows: (service) =>
      service.networkMode?.value.trim() === "host"
        ? "lets it reconfigure the host's own interfaces, routes and firewall rules, since it also uses `network_mode: host`"
        : "lets it reconfigure the interfaces, routes and firewall rules of its network and capture its traffic",
  },
  NET_RAW: { allows: "lets it open raw and packet sockets to forge packets, for example ARP or DNS replies that redirect other containers' traffic on the same network" },
  BPF: { allows: "lets it load eBPF programs and maps that can read kernel memory and observe every process on the host" },
  PERFMON: { allows: "lets it monitor performance events system-wide, leaking information about the kernel and other processes" },
  MAC_ADMIN: { allows: "lets it change the AppArmor/SELinux/Smack policy, switching off the confinement meant to contain it" },
  MAC_OVERRIDE: { allows: "lets it bypass the AppArmor/SELinux/Smack policy" },
  SYSLOG: { allows: "lets it read and clear the kernel log, exposing kernel addresses (defeating KASLR) and other containers' messages" },
};

function sharesHost(service: Service, key: "pid"): boolean {
  return service.namespaces.some((n) => n.key === key && n.value.value.trim() === "host");
}

export default defineRule({
  meta: {
    id: "no-dangerous-capability",
    description: "`cap_add` grants a capability that reaches past the container: ALL, SYS_ADMIN, SYS_MODULE, NET_ADMIN, SYS_PTRACE and others.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation", "capabilities"],
    help:
      "Docker drops most Linux capabilities so that root in a container cannot act on the host. Adding one back hands over that power: SYS_ADMIN and ALL are one step from a container escape; SYS_MODULE, SYS_RAWIO, SYS_BOOT and BPF act on the host kernel; SYS_PTRACE, DAC_READ_SEARCH, NET_ADMIN, NET_RAW and the rest cross into other processes, files or traffic. Remove the entry, or find the narrower capability or setting the service actually needs.",
    securitySeverity: 7.5,
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const entry of service.capAdd) {
        const name = normaliseCapability(entry.value);
        const danger = DANGEROUS[name];
        // NET_RAW is in Docker's default set: adding it back matters only after `cap_drop` removed it.
        if (!danger || !addsToDefaults(service, name)) continue;
        const shown = name === "ALL" ? "ALL" : `CAP_${name}`;
        const allows = typeof danger.allows === "function" ? danger.allows(service) : danger.allows;
        const regained = DEFAULT_CAPABILITIES.has(name) ? " Docker grants it by default, but `cap_drop` removes it and this adds it back." : "";
        report({
          at: entry,
          ...(danger.level ? { level: danger.level } : {}),
          service: service.name.value,
          message: (who) => `${who} adds ${shown}, which ${allows}.${regained} Remove it unless the service cannot work without it.`,
        });
      }
    }
  },
});
