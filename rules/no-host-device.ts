import { defineRule } from "../src/engine/rule.js";
import type { Level } from "../src/model/types.js";

interface Kind {
  pattern: RegExp;
  level: Level;
  /** What the node is, as a noun phrase. */
  what: string | ((path: string) => string);
  /** What the container can do with it. */
  risk: string;
  fix: string;
}

const DISK_FIX = "Give it a directory through a bind mount or volume instead of the raw device.";
const NARROW_FIX = "Pass only the device node the service needs, with the fewest permissions (`:r` if it only reads).";
const MEMORY: Record<string, string> = {
  "/dev/mem": "physical memory",
  "/dev/kmem": "kernel memory",
  "/dev/port": "the host's I/O ports",
};

/**
 * First match wins. The path is normalised (`//` collapsed, trailing `/` removed) before matching.
 * Nodes that give host-wide power are errors; GPUs, accelerators, FUSE and TUN are not reported at
 * all (see no-host-device.md for why).
 */
const KINDS: readonly (Kind | { pattern: RegExp; level: "ignore" })[] = [
  {
    pattern: /^\/dev$/,
    level: "error",
    what: "the host's whole /dev",
    risk: "every disk, memory and input device of the host is in its reach",
    fix: "Pass only the device nodes the service needs.",
  },
  {
    pattern:
      /^\/dev\/((sd|hd|vd|xvd)[a-z]+\d*|nvme\d+(n\d+)?(p\d+)?|mmcblk\d+(p\d+|boot\d+|rpmb)?|loop(\d+|-control)|dm-\d+|md\d+(p\d+)?|sg\d+|nbd\d+(p\d+)?|zd\d+(p\d+)?|rbd\d+)$|^\/dev\/(mapper|disk|md|zvol|block)(\/|$)/,
    level: "error",
    what: "a raw block device",
    risk: "root in the container can read and overwrite every file on that disk whatever its permissions and mount options, which amounts to root on the host",
    fix: DISK_FIX,
  },
  {
    pattern: /^\/dev\/(mem|kmem|port)$|^\/dev\/cpu(\/\d+\/msr)?$/,
    level: "error",
    what: (path) => `raw access to ${MEMORY[path] ?? "the CPUs' model-specific registers"}`,
    risk: "with CAP_SYS_RAWIO, the whole host can be read and rewritten through it",
    fix: "Remove it.",
  },
  {
    pattern: /^\/dev\/kmsg$/,
    level: "error",
    what: "the kernel log",
    risk: "it leaks kernel addresses and other containers' messages and accepts forged log lines",
    fix: "Remove it; read host logs with an agent on the host or a logging driver.",
  },
  // GPUs and media/AI accelerators: scoped to one piece of hardware through its driver.
  { pattern: /^\/dev\/(dri|dma_heap|accel|nvidia-caps)(\/|$)|^\/dev\/(nvidia[\w-]*|kfd|mali\d*|rga|mpp_service|apex_\d+)$/, level: "ignore" },
  // Useless without CAP_SYS_ADMIN / CAP_NET_ADMIN, which no-dangerous-capability reports.
  { pattern: /^\/dev\/(fuse|net\/tun)$/, level: "ignore" },
  // Every container already has these.
  { pattern: /^\/dev\/(null|zero|full|random|urandom|tty)$/, level: "ignore" },
  { pattern: /^\/dev\/(input|hidraw\d*)(\/|$)/, level: "warning", what: "a host input device", risk: "it can read what is typed on the host, passwords included", fix: NARROW_FIX },
  { pattern: /^\/dev\/(tty\d+|console)$/, level: "warning", what: "a host console", risk: "it can read and inject keystrokes there", fix: NARROW_FIX },
  { pattern: /^\/dev\/bus\/usb(\/|$)/, level: "warning", what: "raw USB access", risk: "it can drive every USB device directly, and reflash some", fix: NARROW_FIX },
  { pattern: /^\/dev\/snd(\/|$)/, level: "warning", what: "the host's sound devices", risk: "it can record from the host's microphones", fix: NARROW_FIX },
  { pattern: /^\/dev\/video\d+$/, level: "warning", what: "a video device", risk: "it can record from the camera behind it", fix: NARROW_FIX },
  { pattern: /^\//, level: "warning", what: "a host device", risk: "it uses the hardware directly, outside Docker's device isolation", fix: NARROW_FIX },
];

function normalise(path: string): string {
  return path.trim().replace(/\/{2,}/g, "/").replace(/(.)\/+$/, "$1");
}

export default defineRule({
  meta: {
    id: "no-host-device",
    description: "A service is given a host device (`devices:`); raw disks, /dev/mem, /dev/kmsg and the whole /dev are errors.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "devices"],
    help:
      "`devices:` puts a host device node into the container and tells the device cgroup to allow it, by default with read, write and mknod permission. A raw disk gives root in the container every file on it; /dev/mem, /dev/kmem and /dev/port give the host's memory and I/O ports; the whole /dev gives all of them. Pass only the node the service needs with the fewest permissions (`/dev/ttyUSB0:/dev/ttyUSB0:r`), and a directory instead of a disk. GPUs, accelerators, /dev/fuse and /dev/net/tun are not reported.",
    securitySeverity: 6.5,
    options: {
      type: "object",
      properties: {
        allowDevices: {
          type: "array",
          items: { type: "string", pattern: "^/dev/" },
          description: "Host device paths a service may be given (`/dev/ttyUSB0` for a Zigbee stick); raw disks, /dev/mem and the whole /dev stay reported.",
        },
      },
      additionalProperties: false,
    },
  },
  check({ project, report, options }) {
    const allowed = new Set(((options.allowDevices as string[] | undefined) ?? []).map(normalise));
    for (const service of project.services) {
      for (const device of service.devices) {
        const path = normalise(device.source.value);
        const kind = KINDS.find((k) => k.pattern.test(path));
        if (!kind || kind.level === "ignore" || (allowed.has(path) && kind.level !== "error")) continue;
        const { level, what, risk, fix } = kind;
        const noun = typeof what === "function" ? what(path) : what;
        report({
          at: device.source,
          ...(level !== "warning" ? { level } : {}),
          service: service.name.value,
          message: (who) => `${who} is given ${path}, ${noun}: ${risk}. ${fix}`,
        });
      }
    }
  },
});
