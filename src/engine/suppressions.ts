/**
 * Inline suppressions, written as YAML comments:
 *   `# compose-lint ignore=rule-a,rule-b`       at the end of the line, or alone on the line above
 *   `# compose-lint ignore-file=rule-a,rule-b`  anywhere: the whole file
 * A comment alone on its line applies to the next line that is not a comment.
 */
import { splitLines } from "../load/lines.js";

const DIRECTIVE = /(?:^|\s)#\s*compose-lint\s+(ignore|ignore-file)\s*=\s*([A-Za-z0-9_,\s-]+?)\s*(?:#.*)?$/;

export interface Directive {
  ruleId: string;
  scope: "line" | "file";
  /** Where the rule id is written in the comment. */
  line: number;
  column: number;
  /** The line a `line` directive silences (undefined when no line follows it). */
  target?: number;
  used: boolean;
}

export interface Suppressions {
  /** True when a directive silences this rule on this line; marks that directive used. */
  isSuppressed(ruleId: string, line: number): boolean;
  directives: readonly Directive[];
}

export function parseSuppressions(text: string): Suppressions {
  const directives: Directive[] = [];
  let pending: Directive[] = [];
  // Lines as the loader numbers them (Docker's line breaks), so a directive targets the line a finding names.
  splitLines(text).forEach((line, index) => {
    const lineNumber = index + 1;
    const match = line.includes("compose-lint") ? DIRECTIVE.exec(line) : null;
    const found: Directive[] = [];
    if (match) {
      let from = match.index + match[0].indexOf("=");
      for (const ruleId of match[2]!.split(/[\s,]+/).filter(Boolean)) {
        const at = line.indexOf(ruleId, from);
        from = at + ruleId.length;
        found.push({ ruleId, scope: match[1] === "ignore-file" ? "file" : "line", line: lineNumber, column: at + 1, used: false });
      }
      directives.push(...found);
      if (match[1] === "ignore-file") return;
    }
    if (/^\s*#/.test(line)) {
      pending.push(...found);
      return;
    }
    if (/^\s*$/.test(line)) return;
    for (const directive of [...pending, ...found]) directive.target = lineNumber;
    pending = [];
  });
  return {
    directives,
    isSuppressed(ruleId, line) {
      let hit = false;
      for (const d of directives) {
        if (d.ruleId === ruleId && (d.scope === "file" || d.target === line)) {
          d.used = true;
          hit = true;
        }
      }
      return hit;
    },
  };
}
