/**
 * The configuration file's JSON schema, written from the rules' metadata: each rule's entry
 * accepts a level, or `[level, options]` with the options its `meta.options` schema allows.
 * scripts/build-config-schema.mjs writes it to schema/config.schema.json (shipped, for editors)
 * and compiles it with ajv at build time.
 */
import { FAIL_LEVELS, LOCKED } from "../engine/engine.js";
import type { RuleMeta } from "../engine/rule.js";

export const LEVELS = ["off", "note", "warning", "error"] as const;
/** A plugin rule's id: `plugin/rule`. */
/** A string with a character other than white space (not `minLength`, whose ajv helper is a CommonJS import). */
const NON_BLANK = "\\S";
export const NAMESPACED_ID = "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$";

type Schema = Record<string, unknown>;

/** The schema of one rule's setting in `rules:`. */
export function ruleSettingSchema(meta: RuleMeta): Schema {
  const description = `${meta.description} (default: ${meta.preset === "recommended" ? meta.level : "off, strict preset"})`;
  if (LOCKED.has(meta.id)) return { description: `${meta.description} It cannot be turned off or lowered.`, const: "error" };
  if (!meta.options) return { description, $ref: "#/definitions/level" };
  return {
    description,
    anyOf: [
      { $ref: "#/definitions/level" },
      { type: "array", items: [{ $ref: "#/definitions/level" }, meta.options], minItems: 2, maxItems: 2, additionalItems: false },
    ],
  };
}

export function configSchema(metas: readonly RuleMeta[]): Schema {
  const rules = Object.fromEntries([...metas].sort((a, b) => (a.id < b.id ? -1 : 1)).map((meta) => [meta.id, ruleSettingSchema(meta)]));
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "compose-lint configuration",
    description: "Configuration of compose-lint (.compose-lint.yaml, .compose-lint.yml, .compose-lint.json, or \"compose-lint\" in package.json). Data only: it never loads code.",
    type: "object",
    properties: {
      $schema: { type: "string" },
      extends: { description: "The preset to start from: recommended (default) or strict (also the hardening rules).", enum: ["recommended", "strict"] },
      rules: { $ref: "#/definitions/rules" },
      ignore: { description: "Globs of paths never linted, relative to this file's folder.", type: "array", items: { type: "string", pattern: NON_BLANK } },
      overrides: {
        description: "Rule settings for the files matching `files` (globs relative to this file's folder); later entries win.",
        type: "array",
        items: {
          type: "object",
          properties: {
            files: { type: "array", items: { type: "string", pattern: NON_BLANK }, minItems: 1 },
            rules: { $ref: "#/definitions/rules" },
            suppress: {
              description: "Rule ids whose findings in these files are suppressed: still listed (SARIF: kind external, with the reason), never counted.",
              type: "array",
              items: { type: "string", pattern: NON_BLANK },
              minItems: 1,
            },
            reason: { description: "Why the `suppress` ids are acceptable in these files (required with `suppress`).", type: "string", pattern: NON_BLANK },
          },
          required: ["files"],
          dependencies: { suppress: ["reason"] },
          additionalProperties: false,
        },
      },
      failLevel: { description: "Exit 1 when a finding is at or above this level (--fail-level wins).", enum: Object.keys(FAIL_LEVELS) },
      noInlineConfig: { description: "Ignore every `# compose-lint ignore=` comment and `x-compose-lint` key in the linted files.", type: "boolean" },
      requireReason: { description: "An ignore directive without a reason (`-- why`) silences nothing and is reported.", type: "boolean" },
    },
    additionalProperties: false,
    definitions: {
      level: { description: "off, note, warning or error", enum: [...LEVELS] },
      rules: {
        description: "Rule id → level (off, note, warning, error), or [level, { options }].",
        type: "object",
        properties: rules,
        // Plugin rules (`acme/rule`): checked against the plugins the command line loads.
        patternProperties: { [NAMESPACED_ID]: {} },
        additionalProperties: false,
      },
    },
  };
}
