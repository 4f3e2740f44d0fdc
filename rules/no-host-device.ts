import { defineRule } from "../src/engine/rule.js";
import type { Level } from "../src/model/types.js";

interface Kind {
  pattern: RegExp;
  level: Level;
  what: string;
  fix: string;
}

const DISK_FIX = "Give it a directory through a bind mount or volume instead of the raw device.";
const NARROW_FIX = "Pass only the device node the service needs, with the fewest permissions (`:r` if it only reads).";

/**
 * First match wins. The path is normalised (`//` collapsed, trailing `/` removed) before matching.
 * Nodes that give host-wide power are errors; GPUs, accelerators, FUSE and TUN are not reported at
 * all (see no-host-device.md for why).
 */
const KINDS: readonly (Kind | { pattern: RegExp; level: "ignore" })[] = [
  { pattern: /^\/dev$/, level: "error", what: "the host's whole /dev, every disk and memory device included", fix: "Pass only the device nodes the service needs." },
  {
    pattern:
      /^\/dev\/((sd|hd|vd|xvd)[a-z]+\d*|nvme\d+(n\d+)?(p\d+)?|mmcblk\d+(p\d+|boot\d+|rpmb)?|loop(\d+|-control)|dm-\d+|md\d+(p\d+)?|sg\d+|nbd\d+(p\d+)?|zd\d+(p\d+)?|rbd\d+)$|^\/dev\/(mapper|disk|md|zvol|block)(\/|$)/,
    level: "error",
    what: "a raw block device, so it can read and overwrite every file on that disk past all file permissions and mount options, which is root on the host",
    fix: DISK_FIX,
  },
  {
    pattern: /^\/dev\/(mem|kmem|port)$|^\/dev\/cpu(\/\d+\/msr)?$/,
    level: "error",
    what: "direct access to physical memory, I/O ports or CPU registers, from which the whole host can be read and rewritten",
    fix: "Remove it.",
  },
  {
    pattern: /^\/dev\/kmsg$/,
    level: "error",
    what: "the kernel log, which leaks kernel addresses and other containers' messages and accepts forged log lines",
    fix: "Remove it; collect host logs with a logging driver or an agent that reads them on the host.",
  },
  // GPUs and media/AI accelerators: scoped to one piece of hardware through its driver.
  { pattern: /^\/dev\/(dri|dma_heap|accel|nvidia-caps)(\/|$)|^\/dev\/(nvidia[\w-]*|kfd|mali\d*|rga|mpp_service|apex_\d+)$/, level: "ignore" },
  // Useless without CAP_SYS_ADMIN / CAP_NET_ADMIN, which no-dangerous-capability reports.
  { pattern: /^\/dev\/(fuse|net\/tun)$/, level: "ignore" },
  // Every container already has these.
  { pattern: /^\/dev\/(null|zero|full|random|urandom|tty)$/, level: "ignore" },
  { pattern: /^\/dev\/(input|hidraw\d*)(\/|$)/, level: "warning", what: "host input devices, from which it can read every keystroke typed on the host", fix: NARROW_FIX },
  { pattern: /^\/dev\/(tty\d+|console)$/, level: "warning", what: "a host console, on which it can read and inject keystrokes", fix: NARROW_FIX },
  { pattern: /^\/dev\/bus\/usb(\/|$)/, level: "warning", what: "raw USB devices, which it can drive directly and in some cases reflash", fix: NARROW_FIX },
  { pattern: /^\/dev\/snd(\/|$)/, level: "warning", what: "the host's sound devices, including its microphones", fix: NARROW_FIX },
  { pattern: /^\/dev\/video\d+$/, level: "warning", what: "a video device, such as a camera it can record from", fix: NARROW_FIX },
  { pattern: /^\//, level: "warning", what: "a host device, which it can use directly outside Docker's device isolation", fix: NARROW_FIX },
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
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const device of service.devices) {
        const path = normalise(device.source.value);
        const kind = KINDS.find((k) => k.pattern.test(path));
        if (!kind || kind.level === "ignore") continue;
        const { level, what, fix } = kind;
        report({
          at: device.source,
          ...(level !== "warning" ? { level } : {}),
          message: `service "${service.name.value}" is given ${path}: ${what}. ${fix}`,
        });
      }
    }
  },
});
