/** `1 error`, `2 errors`: counts in messages and summaries. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
