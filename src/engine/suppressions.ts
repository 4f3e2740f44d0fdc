/**
 * Inline suppressions, written as YAML comments:
 *   `# compose-lint ignore=rule-a,rule-b -- why`       at the end of the line, or alone on the line above
 *   `# compose-lint ignore-file=rule-a,rule-b -- why`  anywhere: the whole file
 * A comment alone on its line applies to the next line that is not a comment. The reason after
 * ` -- ` is optional unless the configuration requires it.
 *
 * A pure function of one file's text: a comment that starts `# compose-lint` but does not read as
 * a directive is one problem (it silences nothing); whether the ids are rules is the engine's call.
 */
import { splitLines } from "../load/lines.js";

const MARKER = /(?:^|\s)(#\s*compose-lint)(?=[\s:=]|$)/;
const RULE_ID = "[A-Za-z0-9_.@-]+(?:/[A-Za-z0-9_.-]+)?";
const DIRECTIVE = new RegExp(`^\\s+(ignore|ignore-file)\\s*=\\s*(${RULE_ID}(?:\\s*,\\s*${RULE_ID})*)\\s*(?:--(.*)|#.*)?$`);
const IDS_THEN_TEXT = new RegExp(`^\\s+(ignore|ignore-file)\\s*=\\s*(${RULE_ID}(?:\\s*,\\s*${RULE_ID})*)\\s+(\\S.*)$`);

export interface Directive {
  ruleId: string;
  scope: "line" | "file";
  /** Where the rule id is written in the comment. */
  line: number;
  column: number;
  /** The line a `line` directive silences (undefined when no line follows it). */
  target?: number;
  /** The text after ` -- `, when written. */
  reason?: string;
  used: boolean;
}

/** A `# compose-lint` comment that does not read as a directive. */
export interface DirectiveProblem {
  line: number;
  column: number;
  endColumn: number;
  message: string;
}

export interface Suppressions {
  /** The directive that silences this rule on this line, marked used; undefined when none. */
  match(ruleId: string, line: number): Directive | undefined;
  /** True when a directive silences this rule on this line; marks that directive used. */
  isSuppressed(ruleId: string, line: number): boolean;
  directives: readonly Directive[];
  problems: readonly DirectiveProblem[];
}

const FORM = "`# compose-lint ignore=rule-a,rule-b -- reason`";

function problemFor(rest: string): string {
  const trailing = IDS_THEN_TEXT.exec(rest);
  if (trailing) {
    return `text after the rule ids must follow " -- " as a reason, so this directive silences nothing; write \`# compose-lint ${trailing[1]}=${trailing[2]!.replace(/\s+/g, "")} -- ${trailing[3]!.replace(/^reason:\s*/i, "")}\`.`;
  }
  if (/^\s*ignore(-file)?\s*=?\s*(--.*)?$/.test(rest)) return `this directive names no rule, so it silences nothing; write ${FORM}.`;
  return `this compose-lint comment is not a directive compose-lint reads, so it silences nothing; write ${FORM} (or \`ignore-file=\` for the whole file).`;
}

export function parseSuppressions(text: string): Suppressions {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  let pending: Directive[] = [];
  // Lines as the loader numbers them (Docker's line breaks), so a directive targets the line a finding names.
  // A file that never names compose-lint (most) has no directive: its lines are not split.
  const lines = text.includes("compose-lint") ? splitLines(text) : [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const marker = line.includes("compose-lint") ? MARKER.exec(line) : null;
    const found: Directive[] = [];
    let fileScope = false;
    if (marker) {
      const markerAt = marker.index + marker[0].indexOf("#");
      const rest = line.slice(markerAt + marker[1]!.length);
      const match = DIRECTIVE.exec(rest);
      if (!match) {
        problems.push({ line: lineNumber, column: markerAt + 1, endColumn: line.trimEnd().length + 1, message: problemFor(rest) });
      } else {
        fileScope = match[1] === "ignore-file";
        const reason = match[3]?.trim() || undefined;
        let from = markerAt + marker[1]!.length + rest.indexOf("=");
        for (const ruleId of match[2]!.split(/\s*,\s*/)) {
          const at = line.indexOf(ruleId, from);
          from = at + ruleId.length;
          const directive: Directive = { ruleId, scope: fileScope ? "file" : "line", line: lineNumber, column: at + 1, used: false };
          if (reason !== undefined) directive.reason = reason;
          found.push(directive);
        }
        directives.push(...found);
      }
    }
    if (fileScope) return;
    if (/^\s*#/.test(line)) {
      pending.push(...found);
      return;
    }
    if (/^\s*$/.test(line)) return;
    for (const directive of [...pending, ...found]) directive.target = lineNumber;
    pending = [];
  });
  const match = (ruleId: string, line: number): Directive | undefined => {
    let hit: Directive | undefined;
    for (const d of directives) {
      if (d.ruleId === ruleId && (d.scope === "file" || d.target === line)) {
        d.used = true;
        hit ??= d;
      }
    }
    return hit;
  };
  return { directives, problems, match, isSuppressed: (ruleId, line) => match(ruleId, line) !== undefined };
}
