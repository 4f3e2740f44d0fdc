/**
 * Parity table: tricky port, volume, device, environment and network inputs, with what Docker
 * Compose's own parsers make of them, asserted against our loader's model.
 *
 * Sources (read for these rows; the facts are theirs, the code here is ours):
 * - go-connections v0.4.0 `nat/nat.go` ParsePortSpec, splitParts, SplitProtoPort, validateProto,
 *   and `nat/parse.go` ParsePortRange (the version compose-go pinned when this was checked).
 *   Later versions (v0.5.0+) strip brackets only when the address starts with `[` and so also
 *   accept a bare IPv6 address (`::1:8080:80`), which v0.4.0 refuses with "too many colons";
 *   we read those as the later versions do, so the rules judge them. The rows say which.
 * - compose-go `transform/ports.go` transformPorts (an integer item is only a `target`; any other
 *   scalar type is refused) and `types/types.go` ServicePortConfig (target uint32, published string).
 * - compose-go `format/volume.go` ParseVolume, populateFieldFromBuffer, isWindowsDrive, isFilePath,
 *   and `transform/volume.go` transformVolumeMount (path.Clean on the target).
 * - compose-go `transform/device.go` transformDeviceMapping.
 * - compose-go `types/mapping.go` MappingWithEquals.DecodeMapstructure and mappingValue.
 * - compose-go `transform/services.go` transformStringSliceToMap (service networks in list form).
 * - go-yaml v3 `resolve.go`: only plain scalars that look like numbers, booleans, null or timestamps
 *   are resolved; `22:22` has no base-60 reading (that was YAML 1.1), so it stays a string.
 * - The Compose Specification schema (list types for ports, volumes, devices, cap_add...).
 */
import { describe, expect, test } from "vitest";
import { parseImageRef } from "../src/load/image.js";
import { loadComposeText } from "../src/load/index.js";
import { lintText } from "../src/lint.js";
import type { LoadResult } from "../src/load/index.js";
import type { Service } from "../src/model/types.js";
import { validateComposeSchema } from "../src/schema/validate.js";

const REJECTED = "rejected";

function load(serviceBody: string, env: Record<string, string> = {}): { service: Service; result: LoadResult } {
  const result = loadComposeText(`services:\n  s:\n    image: x\n${serviceBody}`, "compose.yaml", { env });
  expect(result.project, "the project is built even when a value is unreadable").toBeDefined();
  return { service: result.project!.services[0]!, result };
}

function range(r: { start: number; end: number } | undefined): string | undefined {
  if (!r) return undefined;
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}

interface PortRead {
  ip?: string;
  host?: string;
  container: string;
  protocol: string;
}

const ENV = {
  BIND: "0.0.0.0:5432:5432",
  BIND_ADDR: "10.0.0.1:8080",
  HOST_IP: "[::]",
  SOCK: "/var/run/docker.sock:/sock",
};

// [YAML list item, what Docker reads (or "rejected"), why]
const PORTS: [string, PortRead | typeof REJECTED, string][] = [
  ['"5432:5432/"', { host: "5432", container: "5432", protocol: "tcp" }, "SplitProtoPort: empty protocol after `/` is tcp"],
  ['"8443:443/tcp/"', { host: "8443", container: "443", protocol: "tcp" }, "SplitProtoPort: only parts[1] is the protocol"],
  ['"5353:53/udp/tcp"', { host: "5353", container: "53", protocol: "udp" }, "SplitProtoPort: a third part is ignored"],
  ['"80//udp"', { container: "80", protocol: "tcp" }, "SplitProtoPort: parts[1] empty means tcp, `udp` is ignored"],
  ['"53:53/UDP"', { host: "53", container: "53", protocol: "udp" }, "validateProto(strings.ToLower(proto))"],
  ['"9000:9000/SCTP"', { host: "9000", container: "9000", protocol: "sctp" }, "sctp is valid since v0.4.0"],
  ['"80/http"', REJECTED, "validateProto: only tcp, udp, sctp"],
  ['"/tcp"', REJECTED, "SplitProtoPort: empty port: no port specified"],
  ['"80:"', REJECTED, "splitParts: empty container port"],
  ['""', REJECTED, "no port specified"],
  ['":80"', { container: "80", protocol: "tcp" }, "splitParts: empty host port: a random one, every interface"],
  ['":80:80"', { ip: "", host: "80", container: "80", protocol: "tcp" }, "empty address: every interface"],
  ['"127.0.0.1::80"', { ip: "127.0.0.1", container: "80", protocol: "tcp" }, "loopback with a random host port"],
  ['"0.0.0.0:80:80"', { ip: "0.0.0.0", host: "80", container: "80", protocol: "tcp" }, "the IPv4 wildcard address"],
  ['"[::]:80:80"', { ip: "::", host: "80", container: "80", protocol: "tcp" }, "net.SplitHostPort strips the brackets"],
  ['"[::1]:8080:80"', { ip: "::1", host: "8080", container: "80", protocol: "tcp" }, "bracketed IPv6 loopback"],
  ['"::1:8083:83"', { ip: "::1", host: "8083", container: "83", protocol: "tcp" }, "bare IPv6: v0.5.0+ reading (v0.4.0 refuses)"],
  ['":::80:80"', { ip: "::", host: "80", container: "80", protocol: "tcp" }, "bare `::`: all but the last two parts are the address"],
  ['"[]:80:80"', { ip: "", host: "80", container: "80", protocol: "tcp" }, "SplitHostPort(\"[]:\") leaves an empty host: every interface"],
  ['"[::1]:80"', REJECTED, "splitParts gives address `[:`: SplitHostPort fails (missing ']')"],
  ['"[::1]x:80:80"', REJECTED, "SplitHostPort: text after `]`"],
  ['"localhost:80:80"', REJECTED, "net.ParseIP(\"localhost\") is nil: a name is not an address"],
  ['"127.000.0.1:80:80"', REJECTED, "net.ParseIP refuses leading zeros (Go 1.17+)"],
  ['"fe80::1%eth0:80:80"', REJECTED, "net.ParseIP refuses a zone"],
  ['"1:1:1"', REJECTED, "address `1` is not an IP"],
  ['" 80:80"', REJECTED, "ParseUint does not trim: ` 80` is not a port"],
  ['"80:80 "', REJECTED, "ParseUint does not trim: `80 ` is not a port"],
  ['"+80:80"', REJECTED, "ParseUint takes no sign"],
  ['"0080:080"', { host: "80", container: "80", protocol: "tcp" }, "ParseUint accepts leading zeros"],
  ['"0:80"', { host: "0", container: "80", protocol: "tcp" }, "port 0 parses (the engine picks one)"],
  ['"65535:65535"', { host: "65535", container: "65535", protocol: "tcp" }, "16-bit maximum"],
  ['"65536:80"', REJECTED, "ParseUint(_, 10, 16) overflows"],
  ['"8000-8010:80-90"', { host: "8000-8010", container: "80-90", protocol: "tcp" }, "ranges of equal length"],
  ['"8000-8005:80-90"', REJECTED, "ranges of different length"],
  ['"8000-8010:80"', { host: "8000-8010", container: "80", protocol: "tcp" }, "a host range for one container port: Docker picks one of them"],
  ['"8080:2376-2380"', REJECTED, "one host port for a container range"],
  ['"80-90-100"', { container: "80-90", protocol: "tcp" }, "ParsePortRange reads parts[0] and parts[1] only"],
  ['"90-80"', REJECTED, "end before start"],
  ['"1.2.3.4:80:80/sctp"', { ip: "1.2.3.4", host: "80", container: "80", protocol: "sctp" }, "address, ports and protocol"],
  ["80", { container: "80", protocol: "tcp" }, "transformPorts: an integer is a target alone (a random host port, as for \"80\")"],
  ["8080:80", { host: "8080", container: "80", protocol: "tcp" }, "unquoted, YAML 1.2: a string"],
  ["22:22", { host: "22", container: "22", protocol: "tcp" }, "go-yaml v3 has no base-60 integers: `22:22` is a string, not 1342"],
  ["80.5", REJECTED, "transformPorts: invalid type float64 for port"],
  ["-80", REJECTED, "target is a uint32"],
  ["true", REJECTED, "transformPorts: invalid type bool for port"],
  ["", REJECTED, "transformPorts: invalid type <nil> for port"],
  ['"${BIND}"', { ip: "0.0.0.0", host: "5432", container: "5432", protocol: "tcp" }, "interpolation first: the value's colons split it"],
  ['"${BIND_ADDR}:80"', { ip: "10.0.0.1", host: "8080", container: "80", protocol: "tcp" }, "a variable holding address and host port"],
  ['"${HOST_IP}:53:53/udp"', { ip: "::", host: "53", container: "53", protocol: "udp" }, "a variable holding a bracketed address"],
  ['"${UNSET}:5432:5432"', { ip: "", host: "5432", container: "5432", protocol: "tcp" }, "an unset variable is empty: every interface"],
  ['{target: 80, published: "8000-8010"}', { host: "8000-8010", container: "80", protocol: "tcp" }, "long syntax: published is a string range"],
  ['{target: "80", published: 8080}', { host: "8080", container: "80", protocol: "tcp" }, "long syntax: target cast with Atoi, published a number"],
  ['{target: 80, published: "8080", host_ip: "::"}', { ip: "::", host: "8080", container: "80", protocol: "tcp" }, "long syntax: the IPv6 wildcard"],
  ['{target: 80, host_ip: ""}', { ip: "", container: "80", protocol: "tcp" }, "long syntax: empty host_ip is every interface"],
  ['{target: 53, published: 53, protocol: UDP}', { host: "53", container: "53", protocol: "udp" }, "long syntax: protocol case"],
  ['{target: 80, published: "80 "}', REJECTED, "published is a port or a range"],
  ['{target: 80, published: 80, host_ip: localhost}', REJECTED, "host_ip is an IP address"],
  ['{target: "80-90"}', REJECTED, "target is one port (uint32)"],
  ["{published: 80}", REJECTED, "no target"],
  ["{target: 80, protocol: http}", REJECTED, "protocol is tcp, udp or sctp"],
  ["{target: 80, published: [8080]}", REJECTED, "published is a string or a number (ServicePortConfig.Published string)"],
  ["{target: 80, host_ip: {a: b}}", REJECTED, "host_ip is a string"],
];

describe("ports", () => {
  test.each(PORTS)("%s → %j (%s)", (item, expected) => {
    const { service, result } = load(`    ports:\n      - ${item}\n`, ENV);
    if (expected === REJECTED) {
      expect(service.ports).toEqual([]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ ruleId: "unreadable-value", span: { line: 5 } });
      expect(result.problems[0]!.message).toMatch(/^Docker Compose rejects this port/);
      return;
    }
    expect(result.problems).toEqual([]);
    expect(service.ports).toHaveLength(1);
    const port = service.ports[0]!;
    const read: PortRead = { container: range(port.containerPorts.value)!, protocol: port.protocol };
    if (port.hostIp !== undefined) read.ip = port.hostIp.value;
    if (port.hostPorts !== undefined) read.host = range(port.hostPorts.value);
    expect(read).toEqual(expected);
  });

  test("a rejected port's message quotes the text as written, never an evaluated variable", () => {
    const { result } = load('    ports:\n      - "${SECRET_ADDR}:80:80"\n', { SECRET_ADDR: "hunter2" });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toContain('("${SECRET_ADDR}:80:80", as interpolated here)');
    expect(result.problems[0]!.message).not.toContain("hunter2");
  });

  test("`ports:` that is not a list is reported; a string is still judged as one entry", () => {
    const { service, result } = load('    ports: "0.0.0.0:5432:5432"\n');
    expect(service.ports.map((p) => p.text)).toEqual(["0.0.0.0:5432:5432"]);
    expect(result.problems.map((p) => p.message)).toEqual(["Docker Compose rejects `ports:` written as a single value: it takes a list."]);
  });
});

interface MountRead {
  kind: string;
  source?: string;
  target: string;
  readOnly: boolean;
  propagation?: string;
}

const VOLUMES: [string, MountRead | typeof REJECTED, string][] = [
  ["./data:/data", { kind: "bind", source: "./data", target: "/data", readOnly: false }, "isFilePath: `.`"],
  ["/etc/app:/etc/app:ro,z", { kind: "bind", source: "/etc/app", target: "/etc/app", readOnly: true }, "options: ro and an SELinux label"],
  ["/a:/b:ro,rw", { kind: "bind", source: "/a", target: "/b", readOnly: false }, "options in order: the last of ro/rw wins"],
  ["/a:/b:rw,ro", { kind: "bind", source: "/a", target: "/b", readOnly: true }, "options in order: the last of ro/rw wins"],
  ["/a:/b:rshared", { kind: "bind", source: "/a", target: "/b", readOnly: false, propagation: "rshared" }, "a propagation option"],
  ["/a:/b:bogus", { kind: "bind", source: "/a", target: "/b", readOnly: false }, "unknown options are ignored"],
  ["cache:/cache", { kind: "volume", source: "cache", target: "/cache", readOnly: false }, "a name is a volume"],
  ["/anonymous", { kind: "volume", target: "/anonymous", readOnly: false }, "one part: an anonymous volume"],
  ["ab", { kind: "volume", target: "ab", readOnly: false }, "up to two bytes: the target of an anonymous volume"],
  ["~/x:/x", { kind: "bind", source: "~/x", target: "/x", readOnly: false }, "isFilePath: `~`"],
  [".env:/app/.env", { kind: "bind", source: ".env", target: "/app/.env", readOnly: false }, "isFilePath: any leading `.`"],
  ["'C:\\data:/data'", { kind: "bind", source: "C:\\data", target: "/data", readOnly: false }, "a drive letter stays with its path"],
  ["c:/data:/data", { kind: "bind", source: "c:/data", target: "/data", readOnly: false }, "isWindowsDrive needs no backslash"],
  ["x:/data", { kind: "volume", target: "x:/data", readOnly: false }, "one letter then `:` is a drive: this is one part, an anonymous volume"],
  ["'\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine'", { kind: "bind", source: "\\\\.\\pipe\\docker_engine", target: "\\\\.\\pipe\\docker_engine", readOnly: false }, "isFilePath: a `\\\\` named pipe"],
  ["/var/run/docker.sock:/var/run//docker.sock/", { kind: "bind", source: "/var/run/docker.sock", target: "/var/run/docker.sock", readOnly: false }, "path.Clean on the target"],
  ['"${SOCK}"', { kind: "bind", source: "/var/run/docker.sock", target: "/sock", readOnly: false }, "interpolation first: the value's colon splits it"],
  ["/a::/b", REJECTED, "empty section between colons"],
  ["/a:/b:ro:z", REJECTED, "too many colons"],
  ["/a:/b:", REJECTED, "empty section at the end"],
  [":/b", REJECTED, "empty source section"],
  ['""', REJECTED, "invalid empty volume spec"],
  ["80", REJECTED, "transformVolumeMount: invalid type int"],
  ["{type: bind, source: /, target: /host, read_only: true}", { kind: "bind", source: "/", target: "/host", readOnly: true }, "long syntax"],
  ["{type: bind, source: /, target: /h, bind: {propagation: rshared}}", { kind: "bind", source: "/", target: "/h", readOnly: false, propagation: "rshared" }, "long syntax: bind.propagation"],
  ["{source: /var/run/docker.sock, target: /sock}", { kind: "bind", source: "/var/run/docker.sock", target: "/sock", readOnly: false }, "no type (a schema error): a host path is judged as a bind"],
  ["{source: ./data, target: /d}", { kind: "bind", source: "./data", target: "/d", readOnly: false }, "no type: relative host path"],
  ["{source: ~/x, target: /x}", { kind: "bind", source: "~/x", target: "/x", readOnly: false }, "no type: home-relative host path"],
  ["{source: data, target: /d}", { kind: "volume", source: "data", target: "/d", readOnly: false }, "no type: a name is a volume"],
  ["{type: Bind, source: /, target: /h}", REJECTED, "type is one of the lower-case kinds"],
  ["{type: volume, source: v}", REJECTED, "no target"],
  ["{type: bind, source: [/], target: /x}", REJECTED, "source is a string"],
  ["{type: bind, source: /, target: /x, bind: true}", REJECTED, "bind options are a mapping"],
];

describe("volumes", () => {
  test.each(VOLUMES)("%s → %j (%s)", (item, expected) => {
    const { service, result } = load(`    volumes:\n      - ${item}\n`, ENV);
    if (expected === REJECTED) {
      expect(service.mounts).toEqual([]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ ruleId: "unreadable-value", span: { line: 5 } });
      expect(result.problems[0]!.message).toMatch(/^Docker Compose rejects this volume/);
      return;
    }
    expect(result.problems).toEqual([]);
    expect(service.mounts).toHaveLength(1);
    const mount = service.mounts[0]!;
    const read: MountRead = { kind: mount.kind, target: mount.target.value, readOnly: mount.readOnly };
    if (mount.source) read.source = mount.source.value;
    if (mount.propagation) read.propagation = mount.propagation.value;
    expect(read).toEqual(expected);
  });

  test("an unset variable that empties the source is judged as written, not dropped", () => {
    const { service, result } = load("    volumes:\n      - ${DOCKER_SOCK}:/var/run/docker.sock\n");
    expect(result.problems).toEqual([]);
    expect(service.mounts[0]).toMatchObject({ kind: "bind", source: { value: "${DOCKER_SOCK}", raw: "${DOCKER_SOCK}" }, target: { value: "/var/run/docker.sock" } });
  });
});

interface DeviceRead {
  source: string;
  target?: string;
  permissions?: string;
}

const DEVICES: [string, DeviceRead | typeof REJECTED, string][] = [
  ["/dev/sda", { source: "/dev/sda", target: "/dev/sda", permissions: "rwm" }, "one part: the target is the source, permissions rwm"],
  ["/dev/sda:/dev/xvda", { source: "/dev/sda", target: "/dev/xvda", permissions: "rwm" }, "two parts: permissions rwm"],
  ["/dev/sda:/dev/xvda:r", { source: "/dev/sda", target: "/dev/xvda", permissions: "r" }, "three parts"],
  ["/dev/sda::r", { source: "/dev/sda", target: "/dev/sda", permissions: "r" }, "empty target: the source"],
  ["/dev/a:/dev/b:rw:x", REJECTED, "confusing device mapping, please use long syntax"],
  [":/dev/x", REJECTED, "no host device"],
  ["42", REJECTED, "invalid type int"],
  ["{source: /dev/kvm, target: /dev/kvm, permissions: rw}", { source: "/dev/kvm", target: "/dev/kvm", permissions: "rw" }, "long syntax"],
  ["{source: /dev/kvm}", { source: "/dev/kvm" }, "long syntax: source only"],
  ["{target: /dev/x}", REJECTED, "long syntax needs a source"],
  ["{source: [/dev/sda]}", REJECTED, "source is a string"],
];

describe("devices", () => {
  test.each(DEVICES)("%s → %j (%s)", (item, expected) => {
    const { service, result } = load(`    devices:\n      - ${item}\n`);
    if (expected === REJECTED) {
      expect(service.devices).toEqual([]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ ruleId: "unreadable-value", span: { line: 5 } });
      expect(result.problems[0]!.message).toMatch(/^Docker Compose rejects this device/);
      return;
    }
    expect(result.problems).toEqual([]);
    const device = service.devices[0]!;
    const read: DeviceRead = { source: device.source.value };
    if (device.target) read.target = device.target.value;
    if (device.permissions) read.permissions = device.permissions.value;
    expect(read).toEqual(expected);
  });
});

describe("environment", () => {
  const env = (body: string) => {
    const { service, result } = load(`    environment:\n${body}`);
    return { vars: service.environment.map((e) => [e.name.value, e.value?.value]), problems: result.problems.map((p) => [p.span.line, p.message]) };
  };

  test("list form: split at the first `=`; a bare KEY has no value, KEY= an empty one", () => {
    expect(env('      - A=1\n      - "B=two=2"\n      - C\n      - D=\n      - " K=v"\n')).toEqual({
      vars: [["A", "1"], ["B", "two=2"], ["C", undefined], ["D", ""], [" K", "v"]],
      problems: [],
    });
  });

  test("map form: numbers and booleans are their text, null takes the value from the environment", () => {
    expect(env('      E: 1\n      F: true\n      G:\n      H: ""\n      I: 0.5\n')).toEqual({
      vars: [["E", "1"], ["F", "true"], ["G", undefined], ["H", ""], ["I", "0.5"]],
      problems: [],
    });
  });

  test("values of a type Compose refuses are reported; the rest is read", () => {
    expect(env("      - A=1\n      - 42\n      - {B: 2}\n")).toEqual({
      vars: [["A", "1"]],
      problems: [
        [6, "Docker Compose rejects this `environment:` entry: a list entry is a KEY=value string."],
        [7, "Docker Compose rejects this `environment:` entry: a list entry is a KEY=value string."],
      ],
    });
    expect(env("      LIST: [a, b]\n      OK: yes\n")).toEqual({
      vars: [["LIST", undefined], ["OK", "yes"]],
      problems: [[5, 'Docker Compose rejects the value of environment "LIST": it is a list, not a string, number, boolean or null.']],
    });
  });

  test("environment written as a single string is reported, still read as one entry, and its value is not quoted", () => {
    const { service, result } = load('    environment: "DB_PASSWORD=Zq8kLmP2vX9"\n');
    expect(service.environment.map((e) => [e.name.value, e.value?.value])).toEqual([["DB_PASSWORD", "Zq8kLmP2vX9"]]);
    expect(result.problems.map((p) => p.ruleId)).toEqual(["unreadable-value"]);
    expect(result.problems[0]!.message).not.toContain("Zq8kLmP2vX9");
  });
});

describe("service networks", () => {
  const networks = (body: string) => {
    const { service, result } = load(`    networks:${body}`);
    return { names: service.networks.map((n) => n.name.value), problems: result.problems.map((p) => p.span.line) };
  };

  test("list and map forms, with null or mapping options", () => {
    expect(networks("\n      - front\n      - back\n")).toEqual({ names: ["front", "back"], problems: [] });
    expect(networks("\n      front:\n      back:\n        aliases: [b]\n")).toEqual({ names: ["front", "back"], problems: [] });
  });

  test("options that are neither a mapping nor null, list items that are not names, and a single string are reported", () => {
    expect(networks("\n      front: true\n")).toEqual({ names: ["front"], problems: [5] });
    expect(networks("\n      - front\n      - 42\n")).toEqual({ names: ["front"], problems: [6] });
    expect(networks(" front\n")).toEqual({ names: ["front"], problems: [4] });
  });
});

describe("string lists: cap_add, cap_drop, security_opt, expose", () => {
  test("a single string is judged as one entry and reported, since Compose refuses it", () => {
    const { service, result } = load("    cap_add: SYS_ADMIN\n    security_opt: seccomp:unconfined\n");
    expect(service.capAdd.map((c) => c.value)).toEqual(["SYS_ADMIN"]);
    expect(service.securityOpt.map((c) => c.value)).toEqual(["seccomp:unconfined"]);
    expect(result.problems.map((p) => [p.ruleId, p.span.line])).toEqual([
      ["unreadable-value", 4],
      ["unreadable-value", 5],
    ]);
  });

  test("expose takes strings and numbers; other entries are reported", () => {
    const { service, result } = load('    expose:\n      - "3000"\n      - 3001\n      - [x]\n    cap_drop:\n      - ALL\n      - {x: 1}\n');
    expect(service.expose.map((e) => e.value)).toEqual(["3000", "3001"]);
    expect(service.capDrop.map((e) => e.value)).toEqual(["ALL"]);
    expect(result.problems.map((p) => p.span.line)).toEqual([7, 10]);
  });
});

describe("services", () => {
  test("a service that is not a mapping is reported, and the other services are still read", () => {
    const result = loadComposeText("services:\n  empty:\n  named: nginx\n  web:\n    image: nginx\n    privileged: true\n", "compose.yaml");
    expect(result.project!.services.map((s) => s.name.value)).toEqual(["web"]);
    expect(result.problems.map((p) => [p.span.line, p.message])).toEqual([
      [2, 'Docker Compose rejects service "empty": it is empty, not a mapping of settings.'],
      [3, 'Docker Compose rejects service "named": it is a single value, not a mapping of settings.'],
    ]);
  });

  test("`services:` written as a list is reported", () => {
    const result = loadComposeText("services:\n  - web\n", "compose.yaml");
    expect(result.problems.map((p) => [p.ruleId, p.span.line])).toEqual([["unreadable-value", 2]]);
  });
});

describe("the schema check and the loader agree on these syntaxes", () => {
  const schemaProblems = (body: string) => {
    const { result } = load(body);
    return { schema: validateComposeSchema(result.file).map((p) => p.span.line), loader: result.problems.map((p) => p.span.line) };
  };

  test("forms Docker accepts, however odd, pass both", () => {
    const body = [
      "    ports:",
      '      - "5432:5432/"',
      '      - "53:53/udp/tcp"',
      "      - 22:22",
      "      - 8080",
      '      - {target: 80, published: "8000-8010", host_ip: "::"}',
      "    volumes:",
      "      - x:/data",
      "      - {type: bind, source: /srv, target: /srv, bind: {propagation: rslave}}",
      "    devices:",
      "      - /dev/ttyUSB0::r",
      "      - {source: /dev/kvm}",
      "    environment:",
      "      A: 1",
      "      B: true",
      "      C:",
      "    networks:",
      "      front:",
      "      back: {aliases: [b]}",
      "",
    ].join("\n");
    expect(schemaProblems(body)).toEqual({ schema: [], loader: [] });
  });

  test("a long-syntax volume without type is a schema error, and the loader judges it as a bind mount", () => {
    const { service, result } = load("    volumes:\n      - source: /var/run/docker.sock\n        target: /sock\n");
    expect(service.mounts.map((m) => m.kind)).toEqual(["bind"]);
    expect(result.problems).toEqual([]);
    expect(validateComposeSchema(result.file).map((p) => p.message)).toEqual([expect.stringContaining("type")]);
  });

  test.each([
    ["ports as a string", '    ports: "80:80"\n'],
    ["a port of type boolean", "    ports: [true]\n"],
    ["a volume of type number", "    volumes: [80]\n"],
    ["a device mapping without source", "    devices:\n      - target: /dev/kvm\n"],
    ["an environment list item that is a number", "    environment:\n      - 42\n"],
    ["an environment value that is a list", "    environment:\n      A: [1]\n"],
    ["network options that are a boolean", "    networks:\n      front: true\n"],
    ["cap_add as a string", "    cap_add: NET_ADMIN\n"],
  ])("a type Docker refuses is refused by both: %s", (_, body) => {
    const { schema, loader } = schemaProblems(body);
    expect(loader.length).toBeGreaterThan(0);
    expect(schema).toEqual(loader);
  });
});

// distribution/reference normalize.go splitDockerDomain and ParseNormalizedNamed.
describe("image references", () => {
  test.each([
    ["postgres", "docker.io", "library/postgres"],
    ["docker.io/postgres", "docker.io", "library/postgres"],
    ["index.docker.io/library/postgres:16", "docker.io", "library/postgres"],
    ["index.docker.io/postgres", "docker.io", "library/postgres"],
    ["bitnami/postgresql", "docker.io", "bitnami/postgresql"],
    ["localhost/app", "localhost", "app"],
    ["localhost:5000/app", "localhost:5000", "app"],
    ["Registry/app", "Registry", "app"],
    ["ghcr.io/org/app@sha256:abc", "ghcr.io", "org/app"],
  ])("%s → registry %s, repository %s", (text, registry, repository) => {
    expect(parseImageRef(text)).toMatchObject({ registry, repository });
  });
});

describe("an unreadable value does not stop the rules", () => {
  test("the file's other settings are still judged, and the run is not clean", () => {
    const text = 'services:\n  db:\n    image: postgres:16\n    privileged: true\n    ports:\n      - "5432:5432/"\n      - "5433:5432/http"\n';
    const result = lintText(text, "compose.yaml", { env: {} });
    const found = result.findings.map((f) => `${f.ruleId}@${f.span.line}`);
    expect(found).toEqual(expect.arrayContaining(["no-privileged@4", "no-published-database-port@6", "unreadable-value@7"]));
    expect(result.findings.find((f) => f.ruleId === "unreadable-value")!.level).toBe("error");
  });
});

// compose-go loader/interpolate.go toBoolean: true/false, and y/yes/on, n/no/off with a warning,
// compared lower-cased and untrimmed; anything else is "invalid boolean".
describe("booleans cast by Compose (privileged, read_only)", () => {
  test.each([
    ["true", true],
    ["y", true],
    ["Y", true],
    ["yes", true],
    ["YES", true],
    ['"On"', true],
    ['"tRuE"', true],
    ["false", false],
    ["n", false],
    ["off", false],
    ['" true"', false],
    ['"1"', false],
  ])("privileged: %s → %s", (text, expected) => {
    const { service } = load(`    privileged: ${text}\n    read_only: ${text}\n    volumes:\n      - {type: bind, source: /srv, target: /srv, read_only: ${text}}\n`);
    expect(service.privileged!.value).toBe(expected);
    expect(service.readOnly!.value).toBe(expected);
    expect(service.mounts[0]!.readOnly).toBe(expected);
  });
});

describe("values shared through an anchor", () => {
  test("an unreadable value written once is reported once, however many services use it", () => {
    const text = 'x-ports: &ports ["5432:5432/http"]\nservices:\n  a:\n    image: x\n    ports: *ports\n  b:\n    image: x\n    ports: *ports\n';
    const result = loadComposeText(text, "compose.yaml");
    expect(result.problems.map((p) => [p.ruleId, p.span.line])).toEqual([["unreadable-value", 1]]);
  });
});
