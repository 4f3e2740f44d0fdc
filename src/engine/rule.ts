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
   * written, naming each of them (`service "blue" (and "green", through the same anchor)`).
   */
  message: string | ((service: string) => string);
  /** The service the finding is about, when it is about one. */
  service?: string;
  /** Overrides the rule's default level for this finding (e.g. `ALL` vs `NET_RAW`). */
  level?: Level;
  related?: RelatedLocation[];
  /** The span holds a secret: formatters that print source text mask it. */
  redact?: boolean;
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
}

export interface Suppression {
  /** `inSource`: a comment or `x-compose-lint` in the linted file; `external`: configuration. */
  kind: "inSource" | "external";
  /** The reason written with the directive. */
  justification?: string;
}
