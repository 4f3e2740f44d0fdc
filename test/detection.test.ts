/**
 * What issue 11's detections say and where the model puts them: messages that name the right
 * thing (the emptied slot, IPv6, a datastore's own port or not, how it was recognised, the socket's
 * path in the container) and the model fields they rest on (publishSpan, propagation, volume binds).
 */
import { describe, expect, test } from "vitest";
import { lintText } from "../src/lint.js";
import { loadComposeText } from "../src/load/index.js";

function findings(text: string, rule: string): { at: string; level: string; message: string }[] {
  return lintText(text, "compose.yaml", { env: {}, dotenv: false, strict: true })
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => ({ at: `${f.span.line}:${f.span.column}`, level: f.level, message: f.message }));
}

function project(text: string) {
  const loaded = loadComposeText(text, "compose.yaml", { env: {} });
  if (!loaded.project) throw new Error("did not load");
  return loaded.project;
}

describe("published ports", () => {
  test("the message names the slot interpolation emptied, and gives IPv6 with the public form", () => {
    const [finding] = findings('services:\n  web:\n    image: example/web:1\n    ports:\n      - "${HTTP_PORT}:8000"\n', "no-unbound-port");
    expect(finding?.message).toContain("(`${HTTP_PORT}:8000` leaves the host port empty)");
    expect(finding?.message).toContain("on a random host port");
    expect(finding?.message).toContain('"0.0.0.0:8000:8000" and "[::]:8000:8000"');
    const [address] = findings('services:\n  web:\n    image: example/web:1\n    ports:\n      - "${BIND}:8080:80"\n', "no-unbound-port");
    expect(address?.message).toContain("leaves the host address empty");
  });

  test("a long-syntax port spans its published: and host_ip: entries", () => {
    const [port] = project("services:\n  mail:\n    image: example/mail:1\n    ports:\n      - name: smtp\n        target: 25\n        published: 25\n        host_ip: 0.0.0.0\n").services[0]!.ports;
    expect(port?.publishSpan).toMatchObject({ line: 7, column: 9, endLine: 8, endColumn: 25 });
  });

  test("a datastore port is one finding, and a port that is not the datastore's own is named as the image's", () => {
    const text = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n      - "9187:9187"\n';
    expect(findings(text, "no-unbound-port")).toEqual([]);
    const messages = findings(text, "no-published-database-port").map((f) => f.message);
    expect(messages[0]).toContain("publishes PostgreSQL port 5432:5432");
    expect(messages[1]).toContain("publishes port 9187:9187 of a PostgreSQL image");
  });

  test("a datastore without an image says how it was recognised", () => {
    const text = 'services:\n  kafka:\n    build: ./kafka\n    ports:\n      - "9999:9999"\n  queue:\n    build: ./services/broker-zookeeper\n    ports:\n      - "2181:2181"\n';
    const [byName, byContext] = findings(text, "no-published-database-port").map((f) => f.message);
    expect(byName).toContain('its service name "kafka" says it is Kafka');
    expect(byName).toContain("port 9999:9999 of Kafka");
    expect(byContext).toContain('its build context "./services/broker-zookeeper" says it is ZooKeeper');
  });

  test("a network named in network_mode still publishes; host, none, service: and container: do not", () => {
    const service = (mode: string) => `  ${mode.replace(/\W/g, "")}:\n    image: example/web:1\n    network_mode: "${mode}"\n    ports: ["80:80"]\n`;
    const text = `services:\n${["bridge", "my_net", "host", "none", "service:a", "container:b"].map(service).join("")}`;
    expect(findings(text, "no-unbound-port").map((f) => f.at)).toEqual(["5:13", "9:13"]);
  });
});

describe("capabilities", () => {
  test("a default capability is reported only when cap_drop removed it, and the message says so", () => {
    expect(findings("services:\n  a:\n    image: x/y:1\n    cap_add: [NET_RAW]\n", "no-dangerous-capability")).toEqual([]);
    const [finding] = findings("services:\n  a:\n    image: x/y:1\n    cap_drop: [ALL]\n    cap_add: [NET_RAW]\n", "no-dangerous-capability");
    expect(finding?.message).toContain("Docker grants it by default, but `cap_drop` removes it and this adds it back");
  });
});

describe("mounts", () => {
  test("the host root is the socket rule's, naming the socket's path in the container; the sensitive-mount rule stays silent", () => {
    const text = "services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.49.1\n    volumes:\n      - /:/rootfs:ro\n";
    const [socket] = findings(text, "no-docker-socket-mount");
    expect(socket?.message).toContain("at /rootfs/run/docker.sock in the container");
    expect(socket?.message).toContain("read-only does not stop connecting to a socket");
    expect(findings(text, "no-sensitive-host-mount")).toEqual([]);
  });

  test("a named volume that binds a host path is a bind in the model, and findings relate its device: line", () => {
    const text =
      "services:\n  agent:\n    image: example/agent:1\n    volumes:\n      - host-run:/host/run\nvolumes:\n  host-run:\n    driver_opts:\n      type: none\n      o: bind,ro\n      device: /var/run\n";
    const mount = project(text).services[0]!.mounts[0]!;
    expect(mount).toMatchObject({ kind: "bind", readOnly: true, source: { value: "/var/run", span: { line: 11 } }, volume: { name: { value: "host-run" } } });
    const result = lintText(text, "compose.yaml", { env: {}, dotenv: false });
    const socket = result.findings.find((f) => f.ruleId === "no-docker-socket-mount");
    expect(socket?.span.line).toBe(5);
    expect(socket?.related).toEqual([expect.objectContaining({ message: 'volume "host-run" binds host path "/var/run"', span: expect.objectContaining({ line: 11 }) })]);
    expect(socket?.message).toContain('through volume "host-run"');
  });

  test("propagation is read from both syntaxes", () => {
    const text =
      "services:\n  a:\n    image: x/y:1\n    volumes:\n      - /mnt:/mnt:ro,rshared\n      - type: bind\n        source: /srv\n        target: /srv\n        bind:\n          propagation: shared\n";
    const [short, long] = project(text).services[0]!.mounts;
    expect(short?.propagation?.value).toBe("rshared");
    expect(long?.propagation).toMatchObject({ value: "shared", span: { line: 10 } });
    expect(findings(text, "no-sensitive-host-mount").map((f) => f.level)).toEqual(["warning", "warning"]);
  });
});

describe("swarm overlays", () => {
  test("the implicit default network is one warning at services:, naming how to declare it encrypted", () => {
    const text = "services:\n  a:\n    image: x/y:1\n    deploy:\n      mode: global\n  b:\n    image: x/y:1\n";
    const [finding, ...rest] = findings(text, "no-unencrypted-overlay");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ at: "1:1", level: "warning" });
    expect(finding?.message).toContain('services "a", "b" join the stack\'s default network');
    expect(finding?.message).toContain('driver_opts: { encrypted: "true" }');
  });
});

describe("no-disabled-auth", () => {
  test("an unpublished switch is a warning, a published one an error that names the port", () => {
    const quiet = findings("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n", "no-disabled-auth");
    expect(quiet.map((f) => f.level)).toEqual(["warning"]);
    const loud = findings('services:\n  db:\n    image: postgres:16\n    ports: ["5433:5432"]\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n', "no-disabled-auth");
    expect(loud).toHaveLength(1);
    expect(loud[0]).toMatchObject({ level: "error" });
    expect(loud[0]!.message).toContain("its port 5433:5432 is published beyond loopback");
  });

  test('"no" turns MySQL\'s empty-password switch on, and the message says so', () => {
    const [finding] = findings("services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD: \"no\"\n", "no-disabled-auth");
    expect(finding?.message).toContain('any non-empty value, "no" included');
  });
});

describe("no-hardcoded-secret", () => {
  test("a JAAS password in a block scalar points at its line with JAAS advice, not the URL advice", () => {
    const text =
      'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.7.0\n    environment:\n      KAFKA_SASL_JAAS_CONFIG: |\n        PlainLoginModule required\n        username="admin"\n        password="Zq7-unique-Jaas";\n';
    const [finding] = findings(text, "no-hardcoded-secret");
    expect(finding?.at).toBe("8:9");
    expect(finding?.message).toContain("java.security.auth.login.config");
    expect(finding?.message).not.toContain("@...");
    expect(finding?.message).not.toContain("Zq7-unique-Jaas");
  });
});
