import type { ComposeProject, Level, Span } from "../model/types.js";

export type Preset = "recommended" | "strict";

export interface RuleMeta {
  /** Stable identifier; part of the public interface (config, suppressions, SARIF ruleId). */
  id: string;
  /** One line: what the rule reports. */
  description: string;
  /** Default level when the rule is on. */
  level: Level;
  /** `recommended` rules run by default; `strict` ones only with `--strict`. */
  preset: Preset;
  tags: string[];
  /** Why it matters and how to fix it, in a few plain sentences (SARIF fullDescription / help text). */
  help: string;
  /** CVSS-like score (0.0-10.0) GitHub code scanning uses to rank security alerts. */
  securitySeverity: number;
  /**
   * The options the rule accepts, as a JSON schema of one mapping (`type: object`, closed with
   * `additionalProperties: false`). Configuration is validated against it before the rule runs,
   * so `check` can trust the shape. Absent: the rule takes no options.
   */
  options?: OptionsSchema;
  /** The rule's documentation page in Markdown (plugin rules; built-in pages are rules/<id>.md). */
  docs?: string;
  /** The rule reports fixes (text edits) beside some findings: `safe` ones, or ones that may change `behaviour`. */
  fixable?: FixSafety;
}

/**
 * `safe`: the edit does not change what the application can do (binding a port to loopback);
 * `behaviour`: it may (a read-only root file system), so it is applied only with `--fix-type all`.
 */
export type FixSafety = "safe" | "behaviour";

/** Replace the text of `span` (empty for an insertion: start equals end) with `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A fix as plain data: text edits in the file that wrote the value, computed from the model and the source text. */
export interface Fix {
  description: string;
  safety: FixSafety;
  edits: TextEdit[];
  /** Set by the engine when the edited value is shared through an anchor: the services it affects. */
  services?: string[];
}

/** Why a finding has no fix although its rule is fixable (a value from the environment, a shape not edited). */
export interface FixRefusal {
  refused: string;
}

/** A JSON schema (draft-07) describing a rule's options mapping. */
export interface OptionsSchema {
  type: "object";
  properties: Record<string, Record<string, unknown>>;
  additionalProperties: false;
}

export interface RelatedLocation {
  span: Span;
  message: string;
}

export interface ReportDescriptor {
  /** Where the finding points: a span, or any model value that carries one. */
  at: Span | { span: Span };
  /**
   * The message. With `service`, a function of the service's label (`service "web"`): the engine
   * then reports a value that several services share through an anchor once, at the place it is
   * written, naming each of them (`service "blue" (and "green", which share this value)`).
   */
  message: string | ((service: string) => string);
  /** The service the finding is about, when it is about one. */
  service?: string;
  /** Overrides the rule's default level for this finding (e.g. `ALL` vs `NET_RAW`). */
  level?: Level;
  related?: RelatedLocation[];
  /** The span holds a secret: formatters that print source text mask it. */
  redact?: boolean;
  /**
   * The edit that makes the finding go away, or why there is none. As a function, it is called
   * only when the run uses fixes (`--fix`, or an output that lists them: JSON, SARIF): computing
   * one for every finding of a large file costs time nobody asked for.
   */
  fix?: Fix | FixRefusal | (() => Fix | FixRefusal);
}

export interface RuleContext {
  project: ComposeProject;
  /** Options given to this rule (empty when none). */
  options: Readonly<Record<string, unknown>>;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  span: Span;
  related: RelatedLocation[];
  /** The span holds a secret that printed source text must not show. */
  redact?: boolean;
  /** Set when a directive silenced the finding: it is shown, but does not count. */
  suppression?: Suppression;
  /** The fix a rule offers for it. */
  fix?: Fix;
  /** Why the rule (or `--fix`) did not fix it. */
  fixRefused?: string;
}

export interface Suppression {
  /** `inSource`: a comment or `x-compose-lint` in the linted file; `external`: configuration. */
  kind: "inSource" | "external";
  /** The reason written with the directive. */
  justification?: string;
}
