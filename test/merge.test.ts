/**
 * The merge of compose files, case by case. Each case is a base file, an override file and the
 * merged result Docker Compose loads (compose-go's `override` package is the specification: its
 * `mergeSpecials` for how values combine, its `unique` indexers for which list items are the same).
 * Most cases are about one service `s`; `root: true` cases compare the whole document.
 */
import { describe, expect, test } from "vitest";
import { enforceUnicity, mergeNodes, toPlain } from "../src/load/merge.js";
import type { MergeProblem } from "../src/load/merge.js";
import { parseTree } from "../src/load/tree.js";
import type { TNode } from "../src/load/tree.js";

function tree(text: string, file: string, env: Record<string, string> = {}): TNode {
  const parsed = parseTree(text, file, env);
  expect(parsed.problems).toEqual([]);
  return parsed.root!;
}

function merge(texts: readonly string[], problems: MergeProblem[] = []): TNode {
  const [first, ...rest] = texts.map((text, i) => tree(text, `f${i}.yaml`));
  const merged = rest.reduce((base, over) => mergeNodes(base, over, [], problems), mergeNodes({ kind: "map", span: first!.span, entries: [], data: {} }, first!));
  return enforceUnicity(merged);
}

/** A one-service file from the lines of the service's body. */
const svc = (...lines: string[]) => ["services:", "  s:", ...lines.map((l) => `    ${l}`), ""].join("\n");

interface Case {
  name: string;
  base: string;
  override: string;
  /** The service `s` after merging, or the whole document when `root` is set. */
  expected: unknown;
  root?: boolean;
}

const CASES: Case[] = [
  // Mappings and scalars
  { name: "a scalar: the later file wins", base: svc("image: nginx:1.25"), override: svc("image: nginx:1.27"), expected: { image: "nginx:1.27" } },
  { name: "keys from both files are kept", base: svc("image: a"), override: svc("user: app"), expected: { image: "a", user: "app" } },
  { name: "a null value does not erase the earlier one", base: svc("image: a"), override: svc("image:"), expected: { image: "a" } },
  { name: "nested mappings merge key by key", base: svc("deploy:", "  resources:", "    limits:", "      memory: 1g"), override: svc("deploy:", "  resources:", "    limits:", "      cpus: '1'"), expected: { deploy: { resources: { limits: { memory: "1g", cpus: "1" } } } } },
  { name: "a boolean is replaced", base: svc("privileged: true"), override: svc("privileged: false"), expected: { privileged: false } },
  { name: "a service only in the override is added", base: "services:\n  a:\n    image: a\n", override: "services:\n  b:\n    image: b\n", expected: { services: { a: { image: "a" }, b: { image: "b" } } }, root: true },
  { name: "x- extensions merge like any mapping", base: "x-common:\n  a: 1\nservices: {}\n", override: "x-common:\n  b: 2\n", expected: { "x-common": { a: 1, b: 2 }, services: {} }, root: true },
  // Sequences: append, then de-duplicate where Compose does
  { name: "ports append", base: svc("ports: ['8080:80']"), override: svc("ports: ['8443:443']"), expected: { ports: ["8080:80", "8443:443"] } },
  { name: "ports: the same binding once", base: svc("ports: ['8080:80']"), override: svc("ports: ['8080:80']"), expected: { ports: ["8080:80"] } },
  { name: "ports: no host IP is 0.0.0.0", base: svc("ports: ['5432:5432']"), override: svc("ports: ['0.0.0.0:5432:5432']"), expected: { ports: ["0.0.0.0:5432:5432"] } },
  { name: "ports: a loopback binding is another binding", base: svc("ports: ['5432:5432']"), override: svc("ports: ['127.0.0.1:5432:5432']"), expected: { ports: ["5432:5432", "127.0.0.1:5432:5432"] } },
  { name: "ports: long and short syntax of one binding", base: svc("ports: ['8080:80']"), override: svc("ports:", "  - target: 80", "    published: '8080'", "    host_ip: 127.0.0.1"), expected: { ports: ["8080:80", { target: 80, published: "8080", host_ip: "127.0.0.1" }] } },
  { name: "ports: udp differs from tcp", base: svc("ports: ['53:53']"), override: svc("ports: ['53:53/udp']"), expected: { ports: ["53:53", "53:53/udp"] } },
  { name: "volumes: the later mount of a target replaces the earlier", base: svc("volumes: ['./data:/data', 'logs:/logs']"), override: svc("volumes: ['/srv/data:/data:ro']"), expected: { volumes: ["/srv/data:/data:ro", "logs:/logs"] } },
  { name: "volumes: long syntax by target", base: svc("volumes: ['./a:/a']"), override: svc("volumes:", "  - type: bind", "    source: ./b", "    target: /a"), expected: { volumes: [{ type: "bind", source: "./b", target: "/a" }] } },
  { name: "secrets by target (/run/secrets/NAME)", base: svc("secrets: [db]"), override: svc("secrets:", "  - source: other", "    target: /run/secrets/db"), expected: { secrets: [{ source: "other", target: "/run/secrets/db" }] } },
  { name: "configs by target", base: svc("configs: [a]"), override: svc("configs: [a, b]"), expected: { configs: ["a", "b"] } },
  { name: "expose de-duplicated", base: svc("expose: ['80', 443]"), override: svc("expose: [443, '8080']"), expected: { expose: ["80", 443, "8080"] } },
  { name: "cap_add de-duplicated", base: svc("cap_add: [NET_ADMIN]"), override: svc("cap_add: [NET_ADMIN, SYS_TIME]"), expected: { cap_add: ["NET_ADMIN", "SYS_TIME"] } },
  { name: "cap_drop de-duplicated", base: svc("cap_drop: [ALL]"), override: svc("cap_drop: [ALL]"), expected: { cap_drop: ["ALL"] } },
  { name: "devices by container path", base: svc("devices: ['/dev/sda:/dev/xvda']"), override: svc("devices: ['/dev/sdb:/dev/xvda:r']"), expected: { devices: ["/dev/sdb:/dev/xvda:r"] } },
  { name: "security_opt appends (no unicity)", base: svc("security_opt: ['no-new-privileges:true']"), override: svc("security_opt: ['no-new-privileges:true']"), expected: { security_opt: ["no-new-privileges:true", "no-new-privileges:true"] } },
  { name: "dns: a string joins a list", base: svc("dns: 8.8.8.8"), override: svc("dns: [1.1.1.1, 8.8.8.8]"), expected: { dns: ["8.8.8.8", "1.1.1.1"] } },
  { name: "dns_search appends", base: svc("dns_search: a.example"), override: svc("dns_search: b.example"), expected: { dns_search: ["a.example", "b.example"] } },
  { name: "tmpfs: a string joins a list", base: svc("tmpfs: /run"), override: svc("tmpfs: [/tmp]"), expected: { tmpfs: ["/run", "/tmp"] } },
  { name: "profiles de-duplicated", base: svc("profiles: [debug]"), override: svc("profiles: [debug, ops]"), expected: { profiles: ["debug", "ops"] } },
  { name: "env_file by path", base: svc("env_file: [a.env]"), override: svc("env_file:", "  - path: a.env", "    required: false", "  - b.env"), expected: { env_file: [{ path: "a.env", required: false }, "b.env"] } },
  { name: "env_file: a string joins a list", base: svc("env_file: a.env"), override: svc("env_file: b.env"), expected: { env_file: ["a.env", "b.env"] } },
  // Key-value values: list and map forms merge by key
  { name: "environment: map and map", base: svc("environment:", "  A: '1'", "  B: '2'"), override: svc("environment:", "  B: '3'"), expected: { environment: { A: "1", B: "3" } } },
  { name: "environment: list and list", base: svc("environment: [A=1, B=2]"), override: svc("environment: [B=3, C]"), expected: { environment: ["A=1", "B=3", "C"] } },
  { name: "environment: list then map", base: svc("environment: [A=1, B=2]"), override: svc("environment:", "  A: x"), expected: { environment: { A: "x", B: "2" } } },
  { name: "environment: map then list", base: svc("environment:", "  A: '1'"), override: svc("environment: [A=2, D=4]"), expected: { environment: { A: "2", D: "4" } } },
  { name: "environment: a null override keeps the base", base: svc("environment: [A=1]"), override: svc("environment:"), expected: { environment: ["A=1"] } },
  { name: "labels by key", base: svc("labels: [a=1, b=2]"), override: svc("labels:", "  b: '3'"), expected: { labels: { a: "1", b: "3" } } },
  { name: "sysctls by key", base: svc("sysctls:", "  net.core.somaxconn: 1024"), override: svc("sysctls: [net.core.somaxconn=2048, net.ipv4.ip_forward=1]"), expected: { sysctls: { "net.core.somaxconn": "2048", "net.ipv4.ip_forward": "1" } } },
  { name: "annotations by key", base: svc("annotations: [a=1]"), override: svc("annotations: [a=2]"), expected: { annotations: ["a=2"] } },
  { name: "build.args by key", base: svc("build:", "  context: .", "  args: [A=1]"), override: svc("build:", "  args:", "    A: '2'"), expected: { build: { context: ".", args: { A: "2" } } } },
  { name: "deploy.labels by key", base: svc("deploy:", "  labels: [a=1]"), override: svc("deploy:", "  labels: [a=2, b=3]"), expected: { deploy: { labels: ["a=2", "b=3"] } } },
  { name: "extra_hosts: identical entries once, others kept", base: svc("extra_hosts: ['db=10.0.0.1']"), override: svc("extra_hosts:", "  db: 10.0.0.1", "  cache: 10.0.0.2"), expected: { extra_hosts: ["db=10.0.0.1", "cache=10.0.0.2"] } },
  { name: "extra_hosts: a host with two addresses", base: svc("extra_hosts: ['db=10.0.0.1']"), override: svc("extra_hosts: ['db=10.0.0.9']"), expected: { extra_hosts: ["db=10.0.0.1", "db=10.0.0.9"] } },
  // Values that replace
  { name: "command replaces", base: svc("command: [a, b]"), override: svc("command: [c]"), expected: { command: ["c"] } },
  { name: "entrypoint replaces", base: svc("entrypoint: /a.sh"), override: svc("entrypoint: [/b.sh, x]"), expected: { entrypoint: ["/b.sh", "x"] } },
  { name: "healthcheck.test replaces, other healthcheck keys merge", base: svc("healthcheck:", "  test: [CMD, a]", "  interval: 5s"), override: svc("healthcheck:", "  test: [CMD-SHELL, b]"), expected: { healthcheck: { test: ["CMD-SHELL", "b"], interval: "5s" } } },
  { name: "ulimits: the later limit replaces", base: svc("ulimits:", "  nofile:", "    soft: 1", "    hard: 2"), override: svc("ulimits:", "  nofile:", "    soft: 3"), expected: { ulimits: { nofile: { soft: 3 } } } },
  // Special shapes
  { name: "build: a string is a context", base: svc("build: ./app"), override: svc("build:", "  dockerfile: Dockerfile.dev"), expected: { build: { context: "./app", dockerfile: "Dockerfile.dev" } } },
  { name: "depends_on: list and map", base: svc("depends_on: [db]"), override: svc("depends_on:", "  cache:", "    condition: service_healthy"), expected: { depends_on: { db: { condition: "service_started", required: true }, cache: { condition: "service_healthy" } } } },
  { name: "networks: list and map", base: svc("networks: [front]"), override: svc("networks:", "  back:", "    aliases: [b]"), expected: { networks: { front: null, back: { aliases: ["b"] } } } },
  { name: "logging: same driver merges options", base: svc("logging:", "  driver: json-file", "  options:", "    max-size: 1m"), override: svc("logging:", "  driver: json-file", "  options:", "    max-file: '3'"), expected: { logging: { driver: "json-file", options: { "max-size": "1m", "max-file": "3" } } } },
  { name: "logging: another driver replaces", base: svc("logging:", "  driver: json-file", "  options:", "    max-size: 1m"), override: svc("logging:", "  driver: syslog"), expected: { logging: { driver: "syslog" } } },
  { name: "logging: no driver in the override merges", base: svc("logging:", "  driver: json-file"), override: svc("logging:", "  options:", "    max-size: 1m"), expected: { logging: { driver: "json-file", options: { "max-size": "1m" } } } },
  // !reset and !override
  { name: "!reset removes a list", base: svc("image: a", "ports: ['5432:5432']"), override: svc("ports: !reset []"), expected: { image: "a" } },
  { name: "!reset removes a scalar", base: svc("image: a", "user: root"), override: svc("user: !reset null"), expected: { image: "a" } },
  { name: "!reset removes a nested key", base: svc("image: a", "environment:", "  A: '1'", "  B: '2'"), override: svc("environment:", "  A: !reset"), expected: { image: "a", environment: { B: "2" } } },
  { name: "!reset removes a service", base: "services:\n  a:\n    image: a\n  b:\n    image: b\n", override: "services:\n  b: !reset {}\n", expected: { services: { a: { image: "a" } } }, root: true },
  { name: "!override replaces a list", base: svc("volumes: ['/:/host']"), override: svc("volumes: !override ['data:/data']"), expected: { volumes: ["data:/data"] } },
  { name: "!override replaces a mapping", base: svc("environment:", "  A: '1'"), override: svc("environment: !override", "  B: '2'"), expected: { environment: { B: "2" } } },
  { name: "!override of ports keeps only the later ones", base: svc("ports: ['5432:5432', '80:80']"), override: svc("ports: !override ['127.0.0.1:5432:5432']"), expected: { ports: ["127.0.0.1:5432:5432"] } },
  { name: "!override deep inside a service", base: svc("deploy:", "  resources:", "    limits:", "      memory: 1g", "      pids: 100"), override: svc("deploy:", "  resources:", "    limits: !override", "      cpus: '2'"), expected: { deploy: { resources: { limits: { cpus: "2" } } } } },
  { name: "!reset of a top-level section", base: "services: {}\nnetworks:\n  front: {}\n", override: "networks: !reset {}\n", expected: { services: {} }, root: true },
  { name: "!reset in a file with no base for the key leaves nothing", base: svc("image: a"), override: svc("cap_add: !reset [SYS_ADMIN]"), expected: { image: "a" } },
  { name: "!merge: lists merge item by item", base: svc("volumes:", "  - type: bind", "    source: ./a", "    target: /a", "  - ./b:/b"), override: svc("volumes: !merge", "  - read_only: true", "  - {}", "  - ./c:/c"), expected: { volumes: [{ type: "bind", source: "./a", target: "/a", read_only: true }, "./b:/b", "./c:/c"] } },
  { name: "!merge: a scalar item replaces its place", base: svc("command: [run, --fast]"), override: svc("command: !merge [null, --slow]"), expected: { command: ["run", "--slow"] } },
  // Top-level resources
  { name: "top-level networks merge", base: "networks:\n  front:\n    driver: bridge\n", override: "networks:\n  front:\n    internal: true\n  back: {}\n", expected: { networks: { front: { driver: "bridge", internal: true }, back: {} } }, root: true },
  { name: "top-level volumes merge", base: "volumes:\n  data: {}\n", override: "volumes:\n  data:\n    driver: local\n", expected: { volumes: { data: { driver: "local" } } }, root: true },
  { name: "top-level secrets and configs merge", base: "secrets:\n  a:\n    file: a.txt\nconfigs:\n  c:\n    file: c.txt\n", override: "secrets:\n  b:\n    environment: B\nconfigs:\n  c:\n    file: d.txt\n", expected: { secrets: { a: { file: "a.txt" }, b: { environment: "B" } }, configs: { c: { file: "d.txt" } } }, root: true },
  { name: "network labels by key", base: "networks:\n  n:\n    labels: [a=1]\n", override: "networks:\n  n:\n    labels:\n      a: '2'\n", expected: { networks: { n: { labels: { a: "2" } } } }, root: true },
  { name: "ipam configs pair by subnet", base: "networks:\n  n:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n          gateway: 10.0.0.1\n", override: "networks:\n  n:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n          ip_range: 10.0.0.0/25\n", expected: { networks: { n: { ipam: { config: [{ subnet: "10.0.0.0/24", gateway: "10.0.0.1", ip_range: "10.0.0.0/25" }] } } } }, root: true },
];

describe("merge: compose-go's override rules", () => {
  test("there are at least 40 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  test.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const merged = toPlain(merge([c.base, c.override])) as { services?: Record<string, unknown> };
    expect(c.root ? merged : merged.services?.s).toEqual(c.expected);
  });
});

describe("merge: origins and problems", () => {
  test("each merged value keeps the file and line that wrote it", () => {
    const merged = merge([svc("image: postgres:16", "ports: ['8080:80']"), svc("ports: ['5432:5432']", "environment: [A=1]")]);
    const s = (merged as { entries: { key: string; value: TNode }[] }).entries[0]!.value;
    const service = s.kind === "map" ? s.entries[0]!.value : undefined;
    expect(service?.kind).toBe("map");
    if (service?.kind !== "map") return;
    const at = (key: string) => service.entries.find((e) => e.key === key)!.value;
    expect(at("image").span).toMatchObject({ file: "f0.yaml", line: 3 });
    const ports = at("ports");
    expect(ports.kind === "seq" && ports.items.map((p) => `${p.span.file}:${p.span.line}:${p.span.column}`)).toEqual(["f0.yaml:4:13", "f1.yaml:3:13"]);
    expect(at("environment").span.file).toBe("f1.yaml");
  });

  test("a list item turned into a mapping entry points inside the item", () => {
    const merged = merge([svc("environment:", "  A: '1'"), svc("environment: [B=secret]")]);
    const env = toPlain(merged) as { services: { s: { environment: Record<string, string> } } };
    expect(env.services.s.environment).toEqual({ A: "1", B: "secret" });
    const services = (merged as { entries: { value: TNode }[] }).entries[0]!.value;
    const s = services.kind === "map" ? services.entries[0]!.value : undefined;
    const environment = s?.kind === "map" ? s.entries[0]!.value : undefined;
    const b = environment?.kind === "map" ? environment.entries.find((e) => e.key === "B") : undefined;
    expect(b?.keySpan).toMatchObject({ file: "f1.yaml", line: 3, column: 19, endColumn: 20 });
    expect(b?.value.span).toMatchObject({ file: "f1.yaml", line: 3, column: 21, endColumn: 27 });
  });

  test("a mapping overridden by a list is what Compose refuses", () => {
    const problems: MergeProblem[] = [];
    merge([svc("image: a", "deploy:", "  replicas: 1"), svc("deploy: [x]")], problems);
    expect(problems).toEqual([{ span: expect.objectContaining({ file: "f1.yaml", line: 3 }), message: expect.stringContaining("cannot override services.s.deploy") }]);
  });

  test("three files merge in order", () => {
    const merged = toPlain(merge([svc("image: a", "user: root"), svc("image: b"), svc("user: !reset null")])) as { services: { s: unknown } };
    expect(merged.services.s).toEqual({ image: "b" });
  });
});

test("a node reached through two aliases merges once: both places share the merged node", () => {
  const levels = ["x-l0: &l0 {a: [1], b: 2}"];
  for (let i = 1; i <= 6; i++) levels.push(`x-l${i}: &l${i} {a: *l${i - 1}, b: *l${i - 1}}`);
  const text = `${levels.join("\n")}\nservices:\n  s:\n    image: a\n    x-deep: *l6\n`;
  const merged = merge([text, text]);
  const deep = (node: TNode, keys: string[]): TNode => keys.reduce((n, k) => (n.kind === "map" ? n.entries.find((e) => e.key === k)!.value : n), node);
  const l6 = deep(merged, ["services", "s", "x-deep"]);
  // Past the depth where any merge rule depends on the path, one merge serves every place.
  expect(deep(l6, ["a", "a", "a", "a"])).toBe(deep(l6, ["b", "b", "b", "b"]));
});
