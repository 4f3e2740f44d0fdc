/**
 * Marks the findings that an ignore directive silences (they stay, flagged, so that SARIF and
 * JSON can show them; they do not count), and reports directives that silence nothing, do not
 * parse, name no rule, or lack a reason the configuration requires.
 */
import type { ComposeProject, Service, Span } from "../model/types.js";
import { spanContains } from "../model/queries.js";
import { closest } from "../schema/validate.js";
import type { Finding } from "./rule.js";
import { parseSuppressions } from "./suppressions.js";
import type { Directive } from "./suppressions.js";

export interface SuppressionSettings {
  /** Ignore every directive in the file (`--no-inline-config`). */
  noInlineConfig?: boolean;
  /** A directive without a reason silences nothing and is reported (`--require-reason`). */
  requireReason?: boolean;
  /** Rule id → reason: suppressed by the configuration, whatever the file says (SARIF kind external). */
  external?: Readonly<Record<string, string>>;
}

export interface SuppressionInput {
  path: string;
  text: string;
  project?: ComposeProject;
  /** The rules that ran on the file: a directive for one of them that silences nothing is unused. */
  ran: ReadonlySet<string>;
  /** Every id a directive may name. */
  known: ReadonlySet<string>;
  /** Ids a directive may not silence. */
  unsuppressible: ReadonlySet<string>;
  /** Ids not even the configuration may silence. */
  locked: ReadonlySet<string>;
  /** The services a finding was reported for (their `x-compose-lint` applies wherever it is written). */
  ownersOf?: (finding: Finding) => readonly string[] | undefined;
  /** The project's services by name, for `ownersOf` (all of them, not only those declared in this file). */
  serviceNamed?: (name: string) => Service | undefined;
  /** Rule ids each service's `x-compose-lint` silenced, shared by the project's files: serviceSuppressionProblems judges them once all are linted. */
  usedByService?: Map<string, Set<string>>;
}

function finding(ruleId: "unused-ignore" | "invalid-ignore", span: Span, message: string): Finding {
  return { ruleId, level: "warning", message, span, related: [] };
}

function idProblem(ruleId: string, input: Pick<SuppressionInput, "known" | "unsuppressible">): string | undefined {
  if (input.unsuppressible.has(ruleId)) return `${ruleId} cannot be silenced from inside the file: it reports what compose-lint could not read or what hides settings from review.`;
  if (input.known.has(ruleId)) return undefined;
  const near = closest(ruleId, [...input.known]);
  return `"${ruleId}" is not a compose-lint rule, so this ignore silences nothing${near ? `; did you mean "${near}"?` : " (see --list-rules)."}`;
}

export function applySuppressions(findings: readonly Finding[], input: SuppressionInput, settings: SuppressionSettings = {}): Finding[] {
  const inline = settings.noInlineConfig ? [...findings] : applyInline(findings, input, settings);
  const external = settings.external ?? {};
  return inline.map((f) => {
    const reason = external[f.ruleId];
    if (f.suppression || reason === undefined || input.locked.has(f.ruleId)) return f;
    return { ...f, suppression: { kind: "external", justification: reason } };
  });
}

function applyInline(findings: readonly Finding[], input: SuppressionInput, settings: SuppressionSettings): Finding[] {
  const comments = parseSuppressions(input.text);
  const services = (input.project?.services ?? []).filter((s) => s.suppression);
  const usedByService = input.usedByService ?? new Map<string, Set<string>>();
  const requireReason = settings.requireReason === true;
  const use = (service: Service, ruleId: string) => {
    const used = usedByService.get(service.name.value) ?? new Set<string>();
    used.add(ruleId);
    usedByService.set(service.name.value, used);
  };
  const silenced = (f: Finding, reasons: readonly (string | undefined)[]): Finding => {
    const written = [...new Set(reasons.filter((r) => r !== undefined))];
    return { ...f, suppression: written.length > 0 ? { kind: "inSource", justification: written.join("; ") } : { kind: "inSource" } };
  };
  const out = findings.map((f): Finding => {
    if (input.unsuppressible.has(f.ruleId)) return f;
    const directive = comments.match(f.ruleId, f.span.line);
    if (directive && (directive.reason || !requireReason)) return silenced(f, [directive.reason]);
    for (const service of services) {
      const suppression = service.suppression!;
      if (!spanContains(service.span, f.span) || !suppression.ignore.some((id) => id.value === f.ruleId)) continue;
      use(service, f.ruleId);
      if (requireReason && !suppression.reason) continue;
      return silenced(f, [suppression.reason?.value]);
    }
    // A finding reported for services, wherever it is written (an override, an env file, a shared
    // anchor): silenced when each of them ignores the rule in its own `x-compose-lint`.
    const owners = (input.ownersOf?.(f) ?? []).map((name) => input.serviceNamed?.(name));
    const ignoring = owners.filter((o) => o?.suppression?.ignore.some((id) => id.value === f.ruleId));
    // A directive that names the rule is not unused, even while another service keeps the finding.
    for (const owner of ignoring) use(owner!, f.ruleId);
    if (owners.length === 0 || ignoring.length < owners.length) return f;
    if (requireReason && owners.some((o) => !o!.suppression!.reason)) return f;
    return silenced(f, owners.map((o) => o!.suppression!.reason?.value));
  });
  if (!input.project) return out;

  for (const p of comments.problems) out.push(finding("invalid-ignore", { file: input.path, line: p.line, column: p.column, endLine: p.line, endColumn: p.endColumn }, p.message));
  const reasonless = new Set<number>();
  for (const d of comments.directives) {
    const span = { file: input.path, line: d.line, column: d.column, endLine: d.line, endColumn: d.column + d.ruleId.length };
    const problem = idProblem(d.ruleId, input);
    if (problem) out.push(finding("invalid-ignore", span, problem));
    else if (requireReason && !d.reason) {
      if (!reasonless.has(d.line)) out.push(finding("invalid-ignore", span, `this ignore has no reason, and the configuration requires one; it silences nothing until one is written after " -- ".`));
      reasonless.add(d.line);
    } else if (input.ran.has(d.ruleId) && !d.used) out.push(finding("unused-ignore", span, unusedMessage(d)));
  }
  return out;
}

/**
 * What is wrong with the services' `x-compose-lint` directives: invalid entries, a missing required
 * reason, and rules that silenced nothing in `usedByService` (filled by applySuppressions).
 */
export function serviceSuppressionProblems(
  services: readonly Service[],
  usedByService: ReadonlyMap<string, ReadonlySet<string>>,
  input: Pick<SuppressionInput, "ran" | "known" | "unsuppressible">,
  settings: SuppressionSettings = {},
): Finding[] {
  const out: Finding[] = [];
  const requireReason = settings.requireReason === true;
  for (const service of services) {
    const suppression = service.suppression;
    if (!suppression) continue;
    for (const bad of suppression.invalid) out.push(finding("invalid-ignore", bad.span, `${bad.message}; it silences nothing.`));
    if (requireReason && !suppression.reason && suppression.ignore.length > 0) {
      out.push(finding("invalid-ignore", suppression.span, `\`x-compose-lint\` of service "${service.name.value}" has no \`reason\`, and the configuration requires one; it silences nothing until one is written.`));
    }
    for (const id of suppression.ignore) {
      const problem = idProblem(id.value, input);
      if (problem) out.push(finding("invalid-ignore", id.span, problem));
      else if (input.ran.has(id.value) && !usedByService.get(service.name.value)?.has(id.value)) {
        out.push(finding("unused-ignore", id.span, `${id.value} reports nothing in service "${service.name.value}"; remove it from \`x-compose-lint\` so it cannot hide a future finding.`));
      }
    }
  }
  return out;
}

function unusedMessage(d: Directive): string {
  const where = d.scope === "file" ? "in this file" : "on the line it points at";
  return `${d.ruleId} reports nothing ${where}; remove the ignore comment so it cannot hide a future finding.`;
}
