/**
 * LineIndex turns offsets into 1-based lines and columns. It remembers the line it found last (a
 * file's spans are asked for in reading order); asked in any order it must answer as the plain
 * binary search over the line starts does.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { LineIndex, lineAt } from "../src/load/lines.js";

/** The reference: the text split at each \n (a final line break ends the last line), columns capped at the line's length (without a CR) + 1. */
function reference(text: string, offset: number): { line: number; column: number } {
  const lines = text.split("\n");
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  const starts = lines.map((_, i) => lines.slice(0, i).reduce((sum, l) => sum + l.length + 1, 0));
  const at = Math.max(0, offset);
  const index = lineAt(starts, at);
  const length = lines[index]!.replace(/\r$/, "").length;
  return { line: index + 1, column: Math.min(at - starts[index]! + 1, length + 1) };
}

describe("LineIndex", () => {
  test("spans asked for in any order give the lines and columns of a fresh search", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", " ", "\n", "\r\n", "xy\n"), { maxLength: 40 }).map((parts) => parts.join("")),
        fc.array(fc.tuple(fc.nat(60), fc.nat(8)), { minLength: 1, maxLength: 20 }),
        (text, asked) => {
          const index = new LineIndex(text);
          for (const [start, length] of asked) {
            const end = start + length;
            const span = index.span("f", start, end);
            const from = reference(text, start);
            const to = reference(text, Math.max(start, end));
            expect(span).toEqual({ file: "f", line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
