import { describe, expect, test } from "vitest";
import { parseImageRef } from "../src/load/image.js";
import { loadComposeText } from "../src/load/index.js";
import { interpolate } from "../src/load/interpolate.js";
import type { ComposeProject, Service } from "../src/model/types.js";

function load(text: string, env: Record<string, string> = {}): ComposeProject {
  const result = loadComposeText(text, "compose.yaml", { env });
  expect(result.problems).toEqual([]);
  return result.project!;
}

function service(text: string, env: Record<string, string> = {}): Service {
  return load(text, env).services[0]!;
}

describe("interpolation", () => {
  const env = { SET: "value", EMPTY: "" };
  test.each([
    ["${SET}", "value"],
    ["$SET/x", "value/x"],
    ["${UNSET}", ""],
    ["${UNSET:-fallback}", "fallback"],
    ["${EMPTY:-fallback}", "fallback"],
    ["${EMPTY-fallback}", ""],
    ["${UNSET-fallback}", "fallback"],
    ["${SET:?must be set}", "value"],
    ["${UNSET?must be set}", ""],
    ["${SET:+alt}", "alt"],
    ["${EMPTY:+alt}", ""],
    ["${EMPTY+alt}", "alt"],
    ["${UNSET+alt}", ""],
    ["$$SET", "$SET"],
    ["$${SET}", "${SET}"],
    ["${UNSET:-${SET:-x}}", "value"],
    ["${UNSET:-127.0.0.1:13306}:3306", "127.0.0.1:13306:3306"],
    ["price: 5$", "price: 5$"],
    ["${unterminated", "${unterminated"],
  ])("%s → %s", (text, expected) => {
    expect(interpolate(text, env).value).toBe(expected);
  });

  // Compose knows only the environment's variables; every JavaScript object also answers to these names.
  test.each(["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"])("${%s} is unset unless the environment sets it", (name) => {
    for (const environment of [{}, { ...env }, process.env]) {
      expect(interpolate(`\${${name}:-127.0.0.1}:5432:5432`, environment)).toMatchObject({ value: "127.0.0.1:5432:5432", substituted: [] });
      expect(interpolate(`$${name}`, environment).value).toBe("");
    }
    expect(interpolate(`\${${name}}`, { [name]: "set" }).value).toBe("set");
  });

  test("a port whose host address names such a variable is read as Compose reads it", () => {
    const [port] = service('services:\n  s:\n    image: x\n    ports: ["${constructor:-127.0.0.1}:5432:5432", "${toString}:80:80"]\n', { A: "1" }).ports;
    expect(port!.hostIp?.value).toBe("127.0.0.1");
  });
});

describe("ports", () => {
  const ports = (list: string) => service(`services:\n  s:\n    image: x\n    ports:\n${list}`).ports;

  test("short syntax forms", () => {
    const parsed = ports(
      ['      - "3000"', "      - 3001", '      - "8080:80"', '      - "127.0.0.1:8081:81"', '      - "[::1]:8082:82"', '      - "::1:8083:83"', '      - "9000-9002:9000-9002"', '      - "53:53/udp"', '      - "127.0.0.1::84"'].join("\n") + "\n",
    );
    expect(parsed.map((p) => [p.hostIp?.value, p.hostPorts?.value, p.containerPorts.value, p.protocol])).toEqual([
      [undefined, undefined, { start: 3000, end: 3000 }, "tcp"],
      [undefined, undefined, { start: 3001, end: 3001 }, "tcp"],
      [undefined, { start: 8080, end: 8080 }, { start: 80, end: 80 }, "tcp"],
      ["127.0.0.1", { start: 8081, end: 8081 }, { start: 81, end: 81 }, "tcp"],
      ["::1", { start: 8082, end: 8082 }, { start: 82, end: 82 }, "tcp"],
      ["::1", { start: 8083, end: 8083 }, { start: 83, end: 83 }, "tcp"],
      [undefined, { start: 9000, end: 9002 }, { start: 9000, end: 9002 }, "tcp"],
      [undefined, { start: 53, end: 53 }, { start: 53, end: 53 }, "udp"],
      ["127.0.0.1", undefined, { start: 84, end: 84 }, "tcp"],
    ]);
  });

  test("long syntax, with the span of each part", () => {
    const [port] = ports("      - target: 80\n        published: \"8080\"\n        host_ip: 10.0.0.1\n        protocol: udp\n        mode: host\n");
    expect(port).toMatchObject({ syntax: "long", protocol: "udp", mode: "host", text: "10.0.0.1:8080:80/udp" });
    expect(port!.hostIp!.span).toMatchObject({ line: 7, column: 18 });
    expect(port!.span).toMatchObject({ line: 5, column: 9, endLine: 9, endColumn: 19 });
  });

  test("the whole value is interpolated before it is read", () => {
    const [loopback, unbound] = ports('      - "${SQL:-127.0.0.1:13306}:3306"\n      - "${BIND:-}:80:80"\n');
    expect(loopback!.hostIp!.value).toBe("127.0.0.1");
    expect(loopback!.raw).toBe("${SQL:-127.0.0.1:13306}:3306");
    expect(unbound!.hostIp!.value).toBe("");
  });

  test("entries that are not ports are reported as unreadable, not thrown on, and the rest is still read", () => {
    const result = loadComposeText('services:\n  s:\n    image: x\n    ports:\n      - "abc"\n      - "70000:80"\n      - {}\n      - "8080:80"\n', "compose.yaml");
    expect(result.project!.services[0]!.ports.map((p) => p.text)).toEqual(["8080:80"]);
    expect(result.problems.map((p) => [p.ruleId, p.span.line])).toEqual([
      ["unreadable-value", 5],
      ["unreadable-value", 6],
      ["unreadable-value", 7],
    ]);
  });
});

describe("volumes", () => {
  const mounts = (list: string, extra = "") => service(`services:\n  s:\n    image: x\n    volumes:\n${list}${extra}`).mounts;

  test("short syntax: bind paths, named and anonymous volumes, modes", () => {
    const parsed = mounts("      - ./data:/data\n      - /etc/app:/etc/app:ro,z\n      - cache:/cache\n      - /anonymous\n      - ~/x:/x\n      - C:\\data:/data\n", "volumes:\n  cache:\n    driver: local\n");
    expect(parsed.map((m) => [m.kind, m.source?.value, m.target.value, m.readOnly, m.volume?.name.value])).toEqual([
      ["bind", "./data", "/data", false, undefined],
      ["bind", "/etc/app", "/etc/app", true, undefined],
      ["volume", "cache", "/cache", false, "cache"],
      ["volume", undefined, "/anonymous", false, undefined],
      ["bind", "~/x", "/x", false, undefined],
      ["bind", "C:\\data", "/data", false, undefined],
    ]);
  });

  test("long syntax keeps each part's span; interpolated parts keep their source text", () => {
    const [long, interpolated] = mounts("      - type: bind\n        source: /var/run/docker.sock\n        target: /sock\n        read_only: true\n      - ${SOCK:-/run/docker.sock}:/sock\n");
    expect(long).toMatchObject({ kind: "bind", syntax: "long", readOnly: true, source: { value: "/var/run/docker.sock", span: { line: 6, column: 17 } } });
    expect(interpolated!.source).toMatchObject({ value: "/run/docker.sock", raw: "${SOCK:-/run/docker.sock}" });
    expect(interpolated!.target.raw).toBeUndefined();
  });
});

describe("environment", () => {
  test("list and map forms, with spans for names and values", () => {
    const list = service('services:\n  s:\n    image: x\n    environment:\n      - "A=1"\n      - B=two=2\n      - C\n').environment;
    expect(list.map((e) => [e.name.value, e.value?.value])).toEqual([["A", "1"], ["B", "two=2"], ["C", undefined]]);
    expect(list[0]!.value!.span).toMatchObject({ line: 5, column: 12, endColumn: 13 });
    expect(list[1]!.name.span).toMatchObject({ line: 6, column: 9, endColumn: 10 });
    const map = service("services:\n  s:\n    image: x\n    environment:\n      A: 1\n      B: ${PW}\n      C:\n").environment;
    expect(map.map((e) => [e.name.value, e.value?.value, e.value?.raw])).toEqual([["A", "1", undefined], ["B", "", "${PW}"], ["C", undefined, undefined]]);
  });
});

describe("anchors and merge keys", () => {
  test("values merged from an anchor keep the span where they are written", () => {
    const project = load("x-base: &base\n  privileged: true\n  image: base\nservices:\n  a:\n    <<: *base\n    image: own\n  b:\n    <<: [*base]\n");
    const [a, b] = project.services;
    expect(a!.image!.value.name).toBe("own");
    expect(a!.privileged).toEqual({ value: true, span: expect.objectContaining({ line: 2, column: 15 }) });
    expect(b!.privileged!.span).toEqual(a!.privileged!.span);
  });

  test("a billion-laughs document is refused quickly, as go-yaml refuses it (excessive aliasing), never expanded", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const start = performance.now();
    const result = loadComposeText(`x-laughs:\n${lines.map((l) => `  ${l}`).join("\n")}\nservices: {}\n`, "compose.yaml");
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.problems.map((p) => p.ruleId)).toEqual(["yaml-syntax"]);
    expect(result.problems[0]!.message).toContain("excessive aliasing");
  });
});

describe("command lines", () => {
  test("command, entrypoint and healthcheck test in list and string form, each item with its span", () => {
    const svc = service('services:\n  s:\n    image: x\n    command: ["redis-server", "--appendonly", "yes"]\n    entrypoint: /bin/sh -c "exec app"\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U app"]\n');
    expect(svc.command).toMatchObject({ form: "list", text: "redis-server --appendonly yes" });
    expect(svc.command!.args[1]!.span).toMatchObject({ line: 4, column: 31 });
    expect(svc.entrypoint).toMatchObject({ form: "string", text: '/bin/sh -c "exec app"' });
    expect(svc.healthcheck!.args.map((a) => a.value)).toEqual(["CMD-SHELL", "pg_isready -U app"]);
  });
});

describe("compose merge tags", () => {
  test("`!reset` removes the key; `!override` keeps the value", () => {
    const svc = service('services:\n  s:\n    image: x\n    ports: !reset []\n    environment: !override\n      A: "1"\n');
    expect(svc.ports).toEqual([]);
    expect(svc.environment.map((e) => e.name.value)).toEqual(["A"]);
    const file = loadComposeText("services:\n  s:\n    image: x\n    ports: !reset null\n", "compose.yaml").file;
    expect(file.data).toEqual({ services: { s: { image: "x" } } });
  });
});

describe("image references", () => {
  test.each([
    ["postgres", "docker.io", "library/postgres", "postgres", undefined, undefined],
    ["postgres:16-alpine", "docker.io", "library/postgres", "postgres", "16-alpine", undefined],
    ["bitnami/postgresql:15", "docker.io", "bitnami/postgresql", "postgresql", "15", undefined],
    ["docker.elastic.co/elasticsearch/elasticsearch:8.15.0", "docker.elastic.co", "elasticsearch/elasticsearch", "elasticsearch", "8.15.0", undefined],
    ["localhost:5000/app@sha256:abc", "localhost:5000", "app", "app", undefined, "sha256:abc"],
    ["mcr.microsoft.com/mssql/server:2022-latest", "mcr.microsoft.com", "mssql/server", "server", "2022-latest", undefined],
  ])("%s", (text, registry, repository, name, tag, digest) => {
    expect(parseImageRef(text)).toEqual({ text, registry, repository, name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) });
  });
});

describe("networks", () => {
  test("top-level driver, driver_opts, external and internal; service networks in list or map form", () => {
    const project = load(
      "services:\n  a:\n    image: x\n    networks: [front]\n  b:\n    image: x\n    networks:\n      back:\n        aliases: [b]\nnetworks:\n  front:\n    external: true\n  back:\n    driver: overlay\n    internal: true\n    driver_opts:\n      encrypted: \"\"\n",
    );
    expect(project.services.map((s) => s.networks.map((n) => n.name.value))).toEqual([["front"], ["back"]]);
    expect(project.networks.map((n) => [n.name.value, n.external, n.driver?.value, n.internal?.value, [...n.driverOpts.keys()]])).toEqual([
      ["front", true, undefined, undefined, []],
      ["back", false, "overlay", true, ["encrypted"]],
    ]);
  });
});

describe("the model is read-only", () => {
  test("a service without a setting has an empty list that cannot be changed, shared by every such service; a written list is its own", () => {
    const project = load("services:\n  a:\n    image: nginx:1.27\n  b:\n    image: redis:7\n    cap_add: [NET_ADMIN]\n");
    const [a, b] = project.services as [Service, Service];
    expect(a.capAdd).toEqual([]);
    expect(Object.isFrozen(a.capAdd)).toBe(true);
    expect(a.ports).toBe(b.ports);
    expect(() => (a.capAdd as Service["capAdd"][number][]).push(b.capAdd[0]!)).toThrow(TypeError);
    expect(b.capAdd.map((c) => c.value)).toEqual(["NET_ADMIN"]);
    expect(Object.isFrozen(b.capAdd)).toBe(false);
  });
});
