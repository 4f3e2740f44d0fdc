/**
 * Inline suppressions, written as YAML comments:
 *   `# compose-lint ignore=rule-a,rule-b`       at the end of the line, or alone on the line above
 *   `# compose-lint ignore-file=rule-a,rule-b`  anywhere: the whole file
 * A comment alone on its line applies to the next line that is not a comment.
 */
const DIRECTIVE = /(?:^|\s)#\s*compose-lint\s+(ignore|ignore-file)\s*=\s*([A-Za-z0-9_,\s-]+?)\s*(?:#.*)?$/;

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

export function parseSuppressions(text: string): Suppressions {
  const byLine = new Map<number, Set<string>>();
  const fileWide = new Set<string>();
  const lines = text.split(/\r?\n/);
  let pending: string[] = [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const commentOnly = /^\s*#/.test(line);
    const match = line.includes("compose-lint") ? DIRECTIVE.exec(line) : null;
    const ids = match ? match[2]!.split(/[\s,]+/).filter(Boolean) : [];
    if (match?.[1] === "ignore-file") {
      ids.forEach((id) => fileWide.add(id));
      return;
    }
    if (commentOnly) {
      pending.push(...ids);
      return;
    }
    if (/^\s*$/.test(line)) return;
    const here = [...pending, ...ids];
    pending = [];
    if (here.length > 0) byLine.set(lineNumber, new Set(here));
  });
  return {
    isSuppressed: (ruleId, line) => fileWide.has(ruleId) || byLine.get(line)?.has(ruleId) === true,
  };
}
