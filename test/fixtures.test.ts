/**
 * Fixture-driven rule tests. Every rule has a folder `fixtures/<rule-id>/` of compose files;
 * a finding a file must produce is annotated on the line where it starts:
 *
 *     - "5432:5432"   # expect: no-unbound-port@9, no-published-database-port@9
 *
 * (rule id @ 1-based column). Each file is linted with only that folder's rule enabled, with an
 * empty process environment (the fixture's own `.env` is still read), and its findings must be
 * exactly the annotated ones. A file without annotations must stay silent.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { rules } from "../rules/index.js";
import { BUILTIN_META } from "../src/engine/engine.js";
import { lintFiles } from "../src/lint.js";

const root = join(import.meta.dirname, "..", "fixtures");
const BUILTIN = BUILTIN_META.map((meta) => meta.id);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function expectations(text: string): string[] {
  return text.split("\n").flatMap((line, index) => {
    const match = /#\s*expect:\s*(.+)$/.exec(line);
    if (!match) return [];
    return match[1]!
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean)
      .map((item) => {
        const [id, column] = item.split("@");
        return `${id}@${index + 1}:${column}`;
      });
  });
}

const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());

test("every rule has a fixture folder", () => {
  const missing = rules.map((r) => r.meta.id).filter((id) => !folders.includes(id));
  expect(missing).toEqual([]);
});

for (const folder of folders) {
  const rule = rules.find((r) => r.meta.id === folder);
  if (!rule && !BUILTIN.includes(folder)) {
    test(`fixtures/${folder} names a rule`, () => {
      expect.fail(`fixtures/${folder} does not match any rule id`);
    });
    continue;
  }
  describe(folder, () => {
    const files = yamlFiles(join(root, folder)).sort();
    const annotated = files.map((file) => ({ file, expected: expectations(readFileSync(file, "utf8")).sort() }));

    test("has fixtures that must report and fixtures that must stay silent", () => {
      expect(annotated.some((f) => f.expected.length > 0)).toBe(true);
      expect(annotated.some((f) => f.expected.length === 0)).toBe(true);
    });

    for (const { file, expected } of annotated) {
      test(relative(root, file), async () => {
        const result = await lintFiles([file], {
          cwd: root,
          env: {},
          // unused-ignore judges only directives for rules that ran: its fixtures run the recommended ones.
          ruleSet: rule ? [rule] : folder === "unused-ignore" ? rules.filter((r) => r.meta.preset === "recommended") : [],
          rules: rule ? { [rule.meta.id]: rule.meta.level } : {},
        });
        expect(result.errors).toEqual([]);
        const actual = result.files.flatMap((f) =>
          f.findings.filter((finding) => finding.ruleId === folder).map((finding) => `${finding.ruleId}@${finding.span.line}:${finding.span.column}`),
        );
        expect(actual.sort()).toEqual(expected);
        const others = result.files.flatMap((f) => f.findings.filter((finding) => finding.ruleId !== folder));
        expect(others.map((f) => `${f.ruleId}@${f.span.line}:${f.span.column} ${f.message}`)).toEqual([]);
      });
    }
  });
}
