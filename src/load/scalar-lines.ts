/**
 * The lines that lie inside a scalar written over several lines (a `|` or `>` block, a quoted or
 * plain value continued below its first line). A comment line cannot be inserted there: in a
 * block scalar it would become part of the value, elsewhere it would end the value or break the
 * file. The editor's "ignore on this line" action asks before it offers to insert one.
 */
import { parseTree } from "./tree.js";
import type { TNode } from "./tree.js";

/** 1-based lines (Docker's numbering) after the first line of a multi-line scalar, up to its last. */
export function multilineScalarInterior(text: string): Set<number> {
  const lines = new Set<number>();
  const { root } = parseTree(text, "", {});
  const stack: TNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === "map") for (const entry of node.entries) stack.push(entry.value);
    else if (node.kind === "seq") stack.push(...node.items);
    else for (let line = node.span.line + 1; line <= node.span.endLine; line++) lines.add(line);
  }
  return lines;
}
