/**
 * Finding columns count UTF-16 code units (as SARIF's default `columnKind` and editors do); some
 * consumers count otherwise: reviewdog counts UTF-8 bytes, Code Climate characters.
 */

/** The 1-based UTF-8 byte column of a 1-based UTF-16 column on `lineText`. */
export function utf8Column(lineText: string, column: number): number {
  return Buffer.byteLength(lineText.slice(0, column - 1), "utf8") + 1;
}

/** The 1-based character (code point) column of a 1-based UTF-16 column on `lineText`. */
export function codePointColumn(lineText: string, column: number): number {
  return Array.from(lineText.slice(0, column - 1)).length + 1;
}
