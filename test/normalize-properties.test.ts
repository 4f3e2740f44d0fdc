/**
 * Properties of the syntax readers: any text is either read or reported (never thrown on, never
 * dropped), and what the model renders reads back to the same model.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadComposeText } from "../src/load/index.js";
import { parseVolumeSpec } from "../src/load/mounts.js";
import { isIP } from "node:net";
import { isGoIpAddress, renderPort } from "../src/load/ports.js";
import type { Located, PortRange, Protocol, Span } from "../src/model/types.js";

const SEED = 20260701;
const span: Span = { file: "x", line: 1, column: 1, endLine: 1, endColumn: 1 };
const at = <T>(value: T): Located<T> => ({ value, span });

/** Characters port and volume specs are made of, plus a few that should never be accepted. */
const specText = fc.string({ unit: fc.constantFrom(..."0123456789:/-[]., udptcpsctp$x~\\\t".split("")), maxLength: 24 });

function entries(key: string, item: string) {
  const text = `services:\n  s:\n    image: x\n    ${key}:\n      - ${JSON.stringify(item)}\n`;
  const result = loadComposeText(text, "compose.yaml", { env: {} });
  const service = result.project!.services[0]!;
  return { read: key === "ports" ? service.ports.length : service.mounts.length, reported: result.problems.filter((p) => p.ruleId === "unreadable-value").length };
}

describe("every entry is read or reported", () => {
  test.each(["ports", "volumes"])("%s: exactly one of the two, for any text", (key) => {
    fc.assert(
      fc.property(specText, (item) => {
        const { read, reported } = entries(key, item);
        expect(read + reported).toBe(1);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

test("IPv4 host addresses are the ones node:net's isIP takes (the loader matches them without loading it)", () => {
  const octet = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.stringMatching(/^[0-9]{1,4}$/), fc.constantFrom("", "00", "01", "+1", "-1", "0x1", " 1", "1 ", "١"));
  const candidate = fc.oneof(fc.array(octet, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(".")), fc.string({ unit: fc.constantFrom(..."0123456789.".split("")), maxLength: 16 }));
  fc.assert(
    fc.property(candidate, (text) => {
      expect(isGoIpAddress(text)).toBe(isIP(text) === 4);
    }),
    { seed: SEED, numRuns: 2000 },
  );
  expect([isGoIpAddress("127.0.0.1"), isGoIpAddress("255.255.255.255"), isGoIpAddress("256.0.0.1"), isGoIpAddress("01.2.3.4"), isGoIpAddress("::1"), isGoIpAddress("fe80::1%eth0")]).toEqual([true, true, false, false, true, false]);
});

const portRange = fc
  .tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 40 }))
  .map(([start, width]): PortRange => ({ start, end: Math.min(65535, start + width) }));
const address = fc.oneof(fc.constant(undefined), fc.ipV4(), fc.constantFrom("::", "::1", "fe80::1", "2001:db8::2"));

describe("a rendered port reads back to the same binding", () => {
  test("address, host ports, container ports and protocol survive render → parse", () => {
    fc.assert(
      fc.property(address, fc.option(portRange, { nil: undefined }), portRange, fc.constantFrom<Protocol>("tcp", "udp", "sctp"), (ip, host, container, protocol) => {
        // Docker requires equal lengths unless the container side is a single port.
        const hostPorts = host && container.start !== container.end ? { start: host.start, end: Math.min(65535, host.start + container.end - container.start) } : host;
        if (hostPorts && hostPorts.end - hostPorts.start !== container.end - container.start && container.start !== container.end) return;
        const binding = { containerPorts: at(container), protocol, ...(ip ? { hostIp: at(ip) } : {}), ...(hostPorts ? { hostPorts: at(hostPorts) } : {}) };
        const text = renderPort(binding);
        const result = loadComposeText(`services:\n  s:\n    image: x\n    ports:\n      - ${JSON.stringify(text)}\n`, "compose.yaml", { env: {} });
        expect(result.problems).toEqual([]);
        const port = result.project!.services[0]!.ports[0]!;
        expect(port.containerPorts.value).toEqual(container);
        expect(port.protocol).toBe(protocol);
        expect(port.hostPorts?.value).toEqual(hostPorts);
        expect(port.hostIp?.value || undefined).toEqual(ip);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("volume specs", () => {
  test("a spec joined from non-empty colon-free parts splits back into them", () => {
    const part = fc.string({ unit: fc.constantFrom(..."abc/._-~".split("")), minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(part, part, fc.constantFrom("ro", "rw", "ro,z", "rshared"), (source, target, mode) => {
        const spec = parseVolumeSpec(`${source}:${target}:${mode}`);
        expect(spec).toMatchObject({ source, target, readOnly: mode.startsWith("ro") });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
