/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding,
 * shown on the pull request's diff. GitHub shows at most 10 annotations of each level per step, so
 * the most severe are annotated and the rest are listed as plain log lines (and counted in a notice).
 */
import { sha256Hex } from "../builtins.js";
import type { Finding } from "../engine/rule.js";
import type { DiscoveryError } from "../discover.js";
import type { LintResult } from "../lint.js";
import type { Level } from "../model/types.js";
import { escapeControl, escapeLine, guardText } from "./escape.js";
import { pathFromRoot } from "./paths.js";
import type { CiContext } from "./paths.js";
import { plural } from "./words.js";

/** Annotations of one level GitHub shows per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Readonly<Record<Level, string>> = { error: "error", warning: "warning", note: "notice" };
const LEVELS: readonly Level[] = ["error", "warning", "note"];

/** Escapes a command's message as the runner unescapes it; other control characters become visible. */
export function escapeData(text: string): string {
  // `##[` has no percent escape the runner decodes: it is written `#\u{23}[`, as in every other format.
  return escapeControl(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")).replace(/##\[/g, "#\\u{23}[");
}

/** Escapes a command property's value (`file=`, `title=`): also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface PlacedFinding {
  /** The path relative to the workspace, as annotations need it. */
  path: string;
  finding: Finding;
}

export interface AnnotationPlan {
  /** Every finding, in report order, with its path relative to GITHUB_WORKSPACE (else the working directory). */
  placed: PlacedFinding[];
  annotated: PlacedFinding[];
  /** Findings over the per-level limit, in report order. */
  left: PlacedFinding[];
  /** Path errors annotated, and those over the limit. */
  pathErrors: DiscoveryError[];
  leftPathErrors: DiscoveryError[];
}

/**
 * Chooses what to annotate: path errors take error slots first; then, per level, the rules with
 * the highest security severity first, in report order. When anything is left out, one notice
 * slot is kept for the notice that says so.
 */
export function planAnnotations(result: LintResult, context: CiContext): AnnotationPlan {
  const workspace = (context.env ?? process.env).GITHUB_WORKSPACE || undefined;
  const placed = result.files.flatMap((file) => {
    const path = pathFromRoot(file.path, context.cwd, workspace);
    return file.findings.map((finding) => ({ path, finding }));
  });
  const severity = new Map(context.rules.map((meta) => [meta.id, meta.securitySeverity]));
  const rank = (p: PlacedFinding) => severity.get(p.finding.ruleId) ?? 0;
  const pathErrors = result.errors.slice(0, ANNOTATIONS_PER_LEVEL);
  const budget: Record<Level, number> = { error: ANNOTATIONS_PER_LEVEL - pathErrors.length, warning: ANNOTATIONS_PER_LEVEL, note: ANNOTATIONS_PER_LEVEL };
  const byLevel = (level: Level) => placed.filter((p) => p.finding.level === level);
  if (result.errors.length > pathErrors.length || LEVELS.some((level) => byLevel(level).length > budget[level])) budget.note -= 1;
  const annotated = LEVELS.flatMap((level) =>
    byLevel(level)
      .sort((a, b) => rank(b) - rank(a))
      .slice(0, budget[level]),
  );
  const chosen = new Set(annotated);
  return { placed, annotated, left: placed.filter((p) => !chosen.has(p)), pathErrors, leftPathErrors: result.errors.slice(pathErrors.length) };
}

/** How many findings and path errors the annotations leave out. */
export function notAnnotated(plan: AnnotationPlan): number {
  return plan.left.length + plan.leftPathErrors.length;
}

/** The finding's related places as "see also" sentences (a project's other files), paths as annotated. */
function seeAlso(finding: Finding, context: CiContext): string {
  const workspace = (context.env ?? process.env).GITHUB_WORKSPACE || undefined;
  return finding.related.map((r) => ` See also ${pathFromRoot(r.span.file, context.cwd, workspace)}:${r.span.line}:${r.span.column}: ${r.message}.`).join("");
}

function annotation({ path, finding }: PlacedFinding, context: CiContext): string {
  const { line, column, endLine, endColumn } = finding.span;
  // Columns only mean something on a one-line range; GitHub rejects them on a multi-line one.
  const position = endLine === line ? `line=${line},col=${column},endLine=${endLine},endColumn=${endColumn}` : `line=${line},endLine=${endLine}`;
  return `::${COMMAND[finding.level]} file=${escapeProperty(path)},${position},title=${escapeProperty(finding.ruleId)}::${escapeData(finding.message + seeAlso(finding, context))}`;
}

/**
 * Plain lines in the log. Text from linted files must not be taken for a command, and the runner
 * also reads the old `##[command]` form anywhere in a line, so the block is wrapped in
 * `::stop-commands::`, with a token derived from the block itself so that it cannot occur in it.
 */
function plainBlock(lines: readonly string[]): string[] {
  const body = lines.join("\n");
  const token = `compose-lint-${sha256Hex(body).slice(0, 32)}`;
  return [`::stop-commands::${token}`, ...lines.map(guardText), `::${token}::`];
}

export function formatGithub(result: LintResult, context: CiContext): string {
  const plan = planAnnotations(result, context);
  const out = plan.pathErrors.map((error) => `::error title=compose-lint::${escapeData(`${error.path}: ${error.message}`)}`);
  out.push(...plan.annotated.map((placed) => annotation(placed, context)));
  const left = notAnnotated(plan);
  if (left > 0) {
    out.push(
      `::notice title=compose-lint::${plural(left, "more finding")} not annotated: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} errors, ${ANNOTATIONS_PER_LEVEL} warnings and ${ANNOTATIONS_PER_LEVEL} notices per step. They are listed in the log of this step.`,
      ...plainBlock([
        ...plan.leftPathErrors.map((error) => `${escapeLine(error.path)}: error: ${escapeLine(error.message)}`),
        ...plan.left.map(({ path, finding }) => `${escapeLine(path)}:${finding.span.line}:${finding.span.column}: ${finding.level}: ${escapeLine(finding.message)} [${finding.ruleId}]`),
      ]),
    );
  }
  const counts = LEVELS.map((level) => plural(plan.placed.filter((p) => p.finding.level === level).length, level));
  out.push(guardText(`compose-lint: ${counts.join(", ")} in ${plural(result.files.length, "file")} checked.`));
  return out.join("\n") + "\n";
}
