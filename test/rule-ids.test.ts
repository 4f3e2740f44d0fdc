/** Every id compose-lint reports is listed, explained and accepted wherever a rule id is. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { rules } from "../rules/index.js";
import { BUILTIN_META, LOCKED, UNSUPPRESSIBLE } from "../src/engine/engine.js";
import { runCli, scratch } from "./helpers.js";

const ALL_IDS = [...BUILTIN_META, ...rules.map((r) => r.meta)].map((m) => m.id);

describe("--list-rules", () => {
  test("lists every id, the engine's included, with what can be turned off or silenced", () => {
    const run = runCli(["--list-rules"]);
    expect(run.status).toBe(0);
    const rows = new Map(run.stdout.split("\n").map((line) => [line.split(/\s+/)[0]!, line]));
    for (const id of ALL_IDS) expect(rows.has(id), id).toBe(true);
    expect(rows.get("internal-error")).toMatch(/always on/);
    expect(rows.get("not-linted")).toMatch(/always on/);
    expect(rows.get("hidden-line-break")).toMatch(/config only/);
    expect(rows.get("unreadable-value")).toMatch(/per place/);
    expect(rows.get("unused-ignore")).not.toMatch(/always on|config only/);
    expect(rows.get("no-unbound-port")).toMatch(/Fixable \(--fix\)\. Options: allowPorts\.$/);
    expect(run.stdout).toContain("\"always on\" ones not at all");
  });

  test("--format json gives the same, as data", () => {
    const { rules: listed } = JSON.parse(runCli(["--list-rules", "--format", "json"]).stdout) as { rules: { id: string; canTurnOff: boolean; canSuppress: boolean; source: string }[] };
    expect(listed.map((r) => r.id)).toEqual(ALL_IDS);
    // Which rules --fix can apply, and which only with --fix-type all.
    const fixable = Object.fromEntries((listed as { id: string; fixable?: string }[]).filter((r) => r.fixable).map((r) => [r.id, r.fixable]));
    expect(fixable).toEqual({ "no-exposed-docker-api": "safe", "no-unbound-port": "safe", "no-published-database-port": "safe", "no-unencrypted-overlay": "safe", "require-no-new-privileges": "safe", "require-read-only": "behaviour", "require-cap-drop-all": "behaviour" });
    for (const rule of listed) {
      expect(rule.canTurnOff).toBe(!LOCKED.has(rule.id));
      expect(rule.canSuppress).toBe(!UNSUPPRESSIBLE.has(rule.id));
    }
    expect(listed.find((r) => r.id === "yaml-syntax")!.source).toBe("engine");
    expect(runCli(["--list-rules", "--format", "sarif"]).status).toBe(2);
  });
});

describe("every id is accepted wherever a rule id is", () => {
  const compose = "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"127.0.0.1:80:80\"  # compose-lint ignore=no-unbound-port\n";

  test("--rule takes the engine's ids: unused-ignore=off silences its finding; locked ids only at error", () => {
    const dir = scratch({ "compose.yaml": compose });
    expect(runCli(["."], { cwd: dir }).status).toBe(1);
    const off = runCli(["--rule", "unused-ignore=off", "."], { cwd: dir });
    expect(off.status).toBe(0);
    expect(runCli(["--rule", "unused-ignore=note", "--fail-level", "warning", "."], { cwd: dir }).status).toBe(0);
    const configurable = ALL_IDS.filter((id) => !LOCKED.has(id));
    const printed = JSON.parse(runCli([...configurable.flatMap((id) => ["--rule", `${id}=note`]), "--print-config", "compose.yaml"], { cwd: dir }).stdout);
    for (const id of configurable) expect(printed.rules[id], id).toBe("note");
    expect(runCli(["--rule", "internal-error=error", "."], { cwd: dir }).status).toBe(1);
    expect(runCli(["--rule", "internal-error=warning", "."], { cwd: dir }).status).toBe(2);
  });

  test("the configuration file takes every id (locked ones only as error)", () => {
    const lines = ALL_IDS.map((id) => `  ${id}: ${LOCKED.has(id) ? "error" : "note"}`);
    const dir = scratch({ ".compose-lint.yaml": `rules:\n${lines.join("\n")}\n`, "compose.yaml": "services:\n  web:\n    image: nginx:1.27\n" });
    mkdirSync(join(dir, ".git"));
    const run = runCli(["."], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
