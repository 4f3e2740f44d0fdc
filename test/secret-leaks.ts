/**
 * The shared check of the secret rules: each secret in a compose file is reported, and none is
 * ever printed, in messages or in any output format. Every secret is unique, so finding it
 * anywhere in an output means it leaked.
 */
import { describe, expect, test } from "vitest";
import { BUILTIN_META } from "../src/engine/engine.js";
import type { Rule, RuleMeta } from "../src/engine/rule.js";
import { FORMAT_NAMES, loadFormatter } from "../src/format/index.js";
import type { LintResult } from "../src/lint.js";
import { enabledRules, lintText } from "../src/lint.js";

export interface SecretLeakCase {
  rule: Rule;
  compose: string;
  /** Literal secrets written in the file. */
  secrets: readonly string[];
  /** A secret set only in the environment: never a finding, never printed. */
  env: Record<string, string>;
  /** `line:column` of each expected finding. */
  positions: readonly string[];
  /** Texts the messages must contain (a masked URL, a length). */
  messageContains: readonly string[];
}

/** Every output format of `result`, by name, rendered as the CLI renders it (no colour). */
export async function renderEveryFormat(result: LintResult, rules: readonly RuleMeta[] = [...BUILTIN_META, ...enabledRules({ strict: true }).map((r) => r.rule.meta)]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of FORMAT_NAMES) {
    const formatter = await loadFormatter(format);
    if (!formatter) throw new Error(`no formatter ${format}`);
    out[format] = formatter(result, { rules, color: false, cwd: process.cwd() });
  }
  return out;
}

/** The secrets found in each format's output: `{}` when nothing leaked. */
export async function leaksByFormat(result: LintResult, secrets: readonly string[]): Promise<Record<string, string[]>> {
  const leaked: Record<string, string[]> = {};
  for (const [format, output] of Object.entries(await renderEveryFormat(result))) {
    const found = secrets.filter((secret) => output.includes(secret));
    if (found.length > 0) leaked[format] = found;
  }
  return leaked;
}

export function describeSecretLeaks(c: SecretLeakCase): void {
  const all = [...c.secrets, ...Object.values(c.env)];
  const lint = (): LintResult => ({
    files: [lintText(c.compose, "compose.yaml", { env: c.env, ruleSet: [c.rule], rules: { [c.rule.meta.id]: c.rule.meta.level } })],
    errors: [],
  });
  const render = async (format: string): Promise<string> => {
    const formatter = await loadFormatter(format);
    if (!formatter) throw new Error(`no formatter ${format}`);
    return formatter(lint(), { rules: [c.rule.meta], color: false, cwd: process.cwd() });
  };
  const leaks = (output: string) => all.filter((secret) => output.includes(secret));

  describe(`${c.rule.meta.id} never prints a secret`, () => {
    test("every secret written in the file is reported, none from the environment", () => {
      const findings = lint().files[0]!.findings;
      expect(findings.map((f) => `${f.span.line}:${f.span.column}`)).toEqual([...c.positions]);
    });

    test("messages show a length or a masked value", () => {
      const messages = lint().files[0]!.findings.map((f) => f.message).join("\n");
      expect(leaks(messages)).toEqual([]);
      for (const text of c.messageContains) expect(messages).toContain(text);
    });

    for (const format of FORMAT_NAMES.filter((f) => f !== "text")) {
      test(`${format} output`, async () => {
        const output = await render(format);
        expect(output.length).toBeGreaterThan(0);
        expect(leaks(output)).toEqual([]);
      });
    }

    test("text output: no secret anywhere, the code frame masks it column for column", async () => {
      const output = await render("text");
      expect(leaks(output)).toEqual([]);
      expect(output).toMatch(/^\s+\d+ \| .*\*{4,}/m);
    });
  });
}
