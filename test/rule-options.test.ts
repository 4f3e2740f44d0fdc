/** Each rule option, set through a configuration file as a user would. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lintFiles } from "../src/lint.js";
import { scratch } from "./helpers.js";

async function lines(config: string, compose: string, ruleId: string): Promise<number[]> {
  const dir = scratch({ ".compose-lint.yaml": config, "compose.yaml": compose });
  mkdirSync(join(dir, ".git"));
  const result = await lintFiles(["."], { cwd: dir, env: {} });
  return result.files[0]!.findings.filter((f) => f.ruleId === ruleId).map((f) => f.span.line);
}

describe("no-unbound-port allowPorts", () => {
  const compose = 'services:\n  proxy:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n      - "443:443"\n      - "8080:80"\n      - "440-450:440-450"\n      - "3000"\n';
  test("listed host ports may be public; others, ranges not wholly listed and random host ports are reported", async () => {
    expect(await lines("rules: {}\n", compose, "no-unbound-port")).toEqual([5, 6, 7, 8, 9]);
    expect(await lines("rules:\n  no-unbound-port: [warning, { allowPorts: [80, 443] }]\n", compose, "no-unbound-port")).toEqual([7, 8, 9]);
  });
});

describe("no-published-database-port images and ports", () => {
  const compose = 'services:\n  ledger:\n    image: acme/ledger-db:3\n    ports: ["9000:9000"]\n  cache:\n    image: acme/cache:1\n    ports: ["7000:7000"]\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n';
  test("configured images and container ports are datastores too", async () => {
    expect(await lines("rules: {}\n", compose, "no-published-database-port")).toEqual([]);
    const config = "rules:\n  no-published-database-port: [error, { images: [ledger-db], ports: [7000] }]\n";
    expect(await lines(config, compose, "no-published-database-port")).toEqual([4, 7]);
    expect(await lines("rules:\n  no-published-database-port: [error, { images: [acme/ledger-db] }]\n", compose, "no-published-database-port")).toEqual([4]);
  });
});

describe("no-hardcoded-secret keys and allowValues", () => {
  const compose = "services:\n  app:\n    image: app:1.0\n    environment:\n      LEDGER_PIN: 8c1e77f0a2\n      DB_PASSWORD: replace-me-at-deploy\n      API_TOKEN: 9f86d081884c7d659a2feaa0c55ad015\n";
  test("extra secret names are judged; allowed values are never reported", async () => {
    expect(await lines("rules: {}\n", compose, "no-hardcoded-secret")).toEqual([6, 7]);
    const config = "rules:\n  no-hardcoded-secret: [error, { keys: [ledger_pin], allowValues: [replace-me-at-deploy] }]\n";
    expect(await lines(config, compose, "no-hardcoded-secret")).toEqual([5, 7]);
  });
});

describe("require-pinned-image requireDigest", () => {
  const compose = "services:\n  web:\n    image: nginx:1.27.2\n  app:\n    image: app:latest\n";
  test("off by default; with it, a tag without a digest is reported", async () => {
    expect(await lines("rules:\n  require-pinned-image: warning\n", compose, "require-pinned-image")).toEqual([5]);
    expect(await lines("rules:\n  require-pinned-image: [warning, { requireDigest: true }]\n", compose, "require-pinned-image")).toEqual([3, 5]);
  });
});

describe("no-host-device allowDevices", () => {
  const compose = "services:\n  hub:\n    image: hub:1.0\n    devices:\n      - /dev/ttyUSB0:/dev/ttyUSB0\n      - /dev/ttyUSB1:/dev/ttyUSB1\n      - /dev/sda:/dev/sda\n";
  test("listed devices are accepted; the errors (a raw disk) stay reported even when listed", async () => {
    expect(await lines("rules: {}\n", compose, "no-host-device")).toEqual([5, 6, 7]);
    expect(await lines("rules:\n  no-host-device: [warning, { allowDevices: [/dev/ttyUSB0, /dev/sda] }]\n", compose, "no-host-device")).toEqual([6, 7]);
  });
});

describe("no-sensitive-host-mount paths", () => {
  const compose = "services:\n  app:\n    image: app:1.0\n    volumes:\n      - /srv/backups/db:/restore:ro\n      - /srv:/srv\n      - /srv/www:/var/www:ro\n      - /srv/backupsold:/old\n";
  test("a listed path, anything below it and a folder above it are reported; a sibling is not", async () => {
    expect(await lines("rules: {}\n", compose, "no-sensitive-host-mount")).toEqual([]);
    expect(await lines("rules:\n  no-sensitive-host-mount: [error, { paths: [/srv/backups/] }]\n", compose, "no-sensitive-host-mount")).toEqual([5, 6]);
  });
});
