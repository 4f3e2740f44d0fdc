import type { ComposeProject, Level, Span } from "../model/types.js";
import type { LoadResult } from "../load/index.js";
import type { Finding, RelatedLocation, ReportDescriptor, Rule, RuleMeta } from "./rule.js";
import { maskFinding, substitutionMask } from "./mask.js";
import { applySuppressions, serviceSuppressionProblems } from "./apply-suppressions.js";
import type { SuppressionSettings } from "./apply-suppressions.js";
import { serviceNamed } from "../model/service-index.js";

/** Meta of the findings the engine itself produces (they are listed in SARIF like any rule). */
export const BUILTIN_META: readonly RuleMeta[] = [
  {
    id: "yaml-syntax",
    description: "The file is not valid YAML, or its top level is not a mapping.",
    level: "error",
    preset: "recommended",
    tags: ["correctness"],
    help: "Docker Compose refuses a file that does not parse as one YAML mapping. Fix the syntax at the reported position; nothing else in the file can be checked until it parses.",
    securitySeverity: 0,
  },
  {
    id: "unused-ignore",
    description: "An ignore directive for a rule that ran but has nothing to silence where it points.",
    level: "warning",
    preset: "recommended",
    tags: ["maintainability"],
    help: "A `# compose-lint ignore=RULE` comment (or a rule in a service's `x-compose-lint: { ignore: [...] }`) that silences nothing hides future findings of that rule there. Remove it, or move it to the line whose finding it is meant for. A directive that does not parse or names an unknown rule is invalid-ignore.",
    securitySeverity: 0,
  },
  {
    id: "invalid-ignore",
    description: "An ignore directive that does not parse, names an unknown rule, or lacks a reason the configuration requires.",
    level: "warning",
    preset: "recommended",
    tags: ["maintainability"],
    help: "A `# compose-lint ignore=RULE -- reason` comment, or a service's `x-compose-lint: { ignore: [RULE], reason: ... }`, that compose-lint cannot read silences nothing. Write it as `# compose-lint ignore=rule-a,rule-b -- why`; see `compose-lint --list-rules` for the rule ids.",
    securitySeverity: 0,
  },
  {
    id: "duplicate-key",
    description: "A mapping repeats a key; Docker Compose refuses the file.",
    level: "error",
    preset: "recommended",
    tags: ["correctness", "security"],
    help: "YAML parsers disagree on which of two equal keys wins, and Docker Compose (go-yaml v3) rejects a mapping that repeats one. A reviewer reading the first key may never see the second. Keep one of them. The rest of the file is still checked, with each of the two values.",
    securitySeverity: 0,
  },
  {
    id: "hidden-line-break",
    description: "A carriage return, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR that Docker reads as a line break.",
    level: "error",
    preset: "recommended",
    tags: ["security"],
    help: "Docker Compose's YAML parser treats a lone CR, U+0085, U+2028 and U+2029 as line breaks; editors, diff views and many YAML libraries do not. Such a character can hide a setting (`privileged: true`) inside what looks like a comment. compose-lint lints the file as Docker reads it and reports the character: replace it with a plain line break.",
    securitySeverity: 7.5,
  },
  {
    id: "unreadable-value",
    description: "A value compose-lint cannot read the way Docker does, so it was not judged.",
    level: "error",
    preset: "recommended",
    tags: ["correctness", "security"],
    help: "compose-lint never calls a file clean because it could not read part of it. The value at this position is in a form compose-lint does not understand; Docker may still apply it. Write it in the documented short or long syntax.",
    securitySeverity: 0,
  },
  {
    id: "not-linted",
    description: "A file, or a part of a project, was not linted (too large, outside the project, remote, too deep).",
    level: "error",
    preset: "recommended",
    tags: ["correctness", "security"],
    help: "compose-lint could not see this part of what Docker Compose would run, so it cannot call the run clean. The message says why and what to do (raise a limit, name the file, allow it explicitly).",
    securitySeverity: 0,
  },
  {
    id: "project-error",
    description: "The project cannot be assembled as Docker Compose would (extends cycle, missing file or service, conflicting definitions).",
    level: "error",
    preset: "recommended",
    tags: ["correctness"],
    help: "Docker Compose refuses a project whose `extends`, `include`, `env_file` or override files cannot be resolved. Fix the reference at the reported position.",
    securitySeverity: 0,
  },
  {
    id: "internal-error",
    description: "A rule failed on this file; the other rules still ran.",
    level: "error",
    preset: "recommended",
    tags: ["internal"],
    help: "A rule threw an exception on this file. This is a bug in compose-lint: please report it with the file that triggers it.",
    securitySeverity: 0,
  },
];

/** The ids of the findings the engine and the loader report themselves. */
export type BuiltinId = "yaml-syntax" | "unused-ignore" | "invalid-ignore" | "duplicate-key" | "hidden-line-break" | "unreadable-value" | "not-linted" | "project-error" | "internal-error";

/**
 * Findings an inline comment cannot silence: what compose-lint could not read or see, and the
 * characters that hide settings from review, must never be waved away from inside the file.
 */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set<BuiltinId>(["yaml-syntax", "hidden-line-break", "not-linted", "internal-error"]);

/**
 * Findings configuration cannot turn off or lower either: each says compose-lint did not see or
 * could not read part of what Docker would run, so without it a run could pass unseen.
 */
export const LOCKED: ReadonlySet<string> = new Set<BuiltinId>(["yaml-syntax", "unreadable-value", "not-linted", "project-error", "internal-error"]);

export type Setting = Level | "off";

/** `--fail-level` / the action's `fail-level`: the levels that make a run fail. */
export const FAIL_LEVELS: Readonly<Record<string, readonly Level[]>> = {
  error: ["error"],
  warning: ["error", "warning"],
  note: ["error", "warning", "note"],
  none: [],
};

export interface EnabledRule {
  rule: Rule;
  level: Level;
  options: Readonly<Record<string, unknown>>;
}

/** Which rules run, at which level: presets first, then explicit per-rule settings. */
export function resolveRules(
  rules: readonly Rule[],
  settings: { strict?: boolean; rules?: Readonly<Record<string, Setting>>; options?: Readonly<Record<string, Record<string, unknown>>> } = {},
): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const explicit = settings.rules?.[rule.meta.id];
    const on = explicit !== undefined ? explicit !== "off" : rule.meta.preset === "recommended" || settings.strict === true;
    if (!on) continue;
    const level = explicit !== undefined && explicit !== "off" ? explicit : rule.meta.level;
    enabled.push({ rule, level, options: settings.options?.[rule.meta.id] ?? {} });
  }
  return enabled;
}

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, note: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) ||
    a.span.line - b.span.line ||
    a.span.column - b.span.column ||
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function spanOf(at: Span | { span: Span }): Span {
  return "span" in at ? at.span : at;
}

function spanKey(span: Span): string {
  return `${span.file}:${span.line}:${span.column}-${span.endLine}:${span.endColumn}`;
}

/** `service "a"`, or `service "a" (and "b", "c", which share this value)` for a value several services share (an anchor, `extends`, one env file). */
export function serviceLabel(services: readonly string[]): string {
  const [first, ...others] = services.map((name) => `"${name}"`);
  if (others.length === 0) return `service ${first}`;
  const shown = others.length <= 3 ? others.join(", ") : `${others.slice(0, 2).join(", ")} and ${others.length - 2} more`;
  return `service ${first} (and ${shown}, which share this value)`;
}

/** What the engine takes from configuration besides the enabled rules. */
export interface EngineSettings extends SuppressionSettings {
  /** Levels of the engine's and loader's own findings (unused-ignore, duplicate-key...); `off` drops them. */
  levels?: Readonly<Record<string, Setting>>;
  /** `false`: fixes a rule offers as a function are not computed (nothing will show or apply them). Default true. */
  fixes?: boolean;
}

/**
 * A value another file gave a service (through `extends`, `include` or an override) also points at
 * where the service is declared, when nothing related is there yet: the reader sees both halves.
 */
function withServiceDeclaration(related: RelatedLocation[], descriptor: ReportDescriptor, project: ComposeProject): RelatedLocation[] {
  if (descriptor.service === undefined) return related;
  const name = serviceNamed(project.services, descriptor.service)?.name;
  const file = spanOf(descriptor.at).file;
  if (!name || name.span.file === file || related.some((r) => r.span.file === name.span.file)) return related;
  return [...related, { span: name.span, message: `service "${name.value}" is declared here` }];
}

/** ` (behind profile "debug")` when the services are only started with a profile: they still ship. */
function profileNote(services: readonly string[], project: ComposeProject | undefined): string {
  const profiles = new Set(services.flatMap((name) => (project ? serviceNamed(project.services, name)?.profiles.map((p) => p.value) : undefined) ?? []));
  if (profiles.size === 0) return "";
  const names = [...profiles].map((p) => `"${p}"`).join(", ");
  return profiles.size === 1 ? ` (behind profile ${names}, still deployed when the profile is enabled)` : ` (behind profiles ${names}, still deployed when one of them is enabled)`;
}

/**
 * Runs the enabled rules over one loaded file. A load problem (YAML error, not a mapping) is the
 * file's only finding. A rule that throws becomes an `internal-error` finding; the others still run.
 * Findings an ignore directive silences are returned with `suppression` set.
 */
export function lintLoaded(
  loaded: LoadResult,
  rules: readonly EnabledRule[],
  known: ReadonlySet<string> = new Set(rules.map((r) => r.rule.meta.id)),
  settings: EngineSettings = {},
): Finding[] {
  const findings: Finding[] = loaded.problems.map((p) => ({ ruleId: p.ruleId, level: p.level ?? "error", message: p.message, span: p.span, related: [] }));
  // The services each finding was reported for: their `x-compose-lint` silences it wherever it is written.
  const owners = new Map<Finding, readonly string[]>();
  // Findings about a service whose message is a template, grouped by place: one per written value.
  const shared = new Map<string, { finding: Finding; services: string[]; render: (service: string) => string }>();
  const project = loaded.project;
  if (project) {
    for (const { rule, level, options } of rules) {
      try {
        rule.check({
          project,
          options,
          report: (descriptor) => {
            const related: RelatedLocation[] = withServiceDeclaration(descriptor.related ?? [], descriptor, project);
            // A rule may set the level per finding (ALL vs NET_RAW), but a configured level wins.
            const findingLevel = descriptor.level && level === rule.meta.level ? descriptor.level : level;
            const span = spanOf(descriptor.at);
            const { message: render, service } = descriptor;
            const finding: Finding = { ruleId: rule.meta.id, level: findingLevel, message: "", span, related };
            if (descriptor.redact) finding.redact = true;
            const fix = typeof descriptor.fix === "function" ? (settings.fixes === false ? undefined : descriptor.fix()) : descriptor.fix;
            if (fix) {
              Object.assign(finding, "refused" in fix ? { fixRefused: fix.refused } : { fix: service === undefined ? fix : { ...fix, services: [service] } });
            }
            if (typeof render === "string" || service === undefined) {
              const reported = { ...finding, message: typeof render === "string" ? render : render("") };
              findings.push(reported);
              if (service !== undefined) owners.set(reported, [service]);
              return;
            }
            // Grouped by the message with the service left out: the same words about the same place.
            const key = `${rule.meta.id}\0${findingLevel}\0${spanKey(span)}\0${render("")}`;
            const group = shared.get(key);
            if (!group) {
              shared.set(key, { finding: { ...finding, related: [...related] }, services: [service], render });
              return;
            }
            if (!group.services.includes(service)) group.services.push(service);
            // Each service may bring its own related places (the ports host networking ignores): keep them all.
            for (const r of related) {
              if (!group.finding.related.some((k) => k.message === r.message && spanKey(k.span) === spanKey(r.span))) group.finding.related.push(r);
            }
          },
        });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        findings.push({
          ruleId: "internal-error",
          level: "error",
          message: `rule ${rule.meta.id} failed on this file: ${detail}`,
          span: { file: loaded.file.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
          related: [],
        });
      }
    }
  }
  for (const { finding, services, render } of shared.values()) {
    const fix = finding.fix ? { fix: { ...finding.fix, services } } : {};
    const reported = { ...finding, ...fix, message: render(serviceLabel(services) + profileNote(services, project)) };
    findings.push(reported);
    owners.set(reported, services);
  }
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.ruleId}\0${spanKey(f.span)}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A project may span several files: the directives of each file judge the findings located in it
  // (and a service's `x-compose-lint` those in the file that declares it).
  const files = loaded.files ?? [loaded.file];
  const ran = new Set(rules.map((r) => r.rule.meta.id));
  const ids = withBuiltinIds(known);
  const usedByService = new Map<string, Set<string>>();
  const services = project ? { ownersOf: (f: Finding) => owners.get(f), serviceNamed: (name: string) => serviceNamed(project.services, name), usedByService } : {};
  const kept = files.flatMap((file, i) => {
    const inFile = unique.filter((f) => f.span.file === file.path || (i === 0 && !files.some((other) => other.path === f.span.file)));
    const own = project && files.length > 1 ? { ...project, services: project.services.filter((s) => s.span.file === file.path) } : project;
    const input = { path: file.path, text: file.text, project: own, ran, known: ids, unsuppressible: UNSUPPRESSIBLE, locked: LOCKED, ...services };
    return applySuppressions(inFile, input, settings);
  });
  // Judged once every file's findings are: a service's directive may silence findings in any of them.
  if (project && !settings.noInlineConfig) kept.push(...serviceSuppressionProblems(project.services, usedByService, { ran, known: ids, unsuppressible: UNSUPPRESSIBLE }, settings));
  // Defence in depth: an environment value a message still holds shows as its variable's name.
  const mask = substitutionMask(loaded.substituted);
  return withBuiltinLevels(kept, settings.levels).map((f) => maskFinding(f, mask)).sort(compareFindings);
}

/** The configured levels of the engine's own findings; the LOCKED ones keep theirs. */
function withBuiltinLevels(findings: Finding[], levels: Readonly<Record<string, Setting>> | undefined): Finding[] {
  if (!levels) return findings;
  return findings.flatMap((f) => {
    const setting = BUILTIN_IDS.has(f.ruleId) && !LOCKED.has(f.ruleId) ? levels[f.ruleId] : undefined;
    if (setting === undefined) return [f];
    return setting === "off" ? [] : [{ ...f, level: setting }];
  });
}

const BUILTIN_IDS: ReadonlySet<string> = new Set(BUILTIN_META.map((m) => m.id));

const knownWithBuiltin = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** `known` and the engine's own ids: one set per `known` (the caller keeps one per rule set), not one per file. */
function withBuiltinIds(known: ReadonlySet<string>): ReadonlySet<string> {
  let ids = knownWithBuiltin.get(known);
  if (!ids) knownWithBuiltin.set(known, (ids = new Set([...known, ...BUILTIN_IDS])));
  return ids;
}
