// The shape of a language's subject rules: lexicons and named patterns the subject logic
// (src/core/metrics/subject.ts) is built from.

/** Builds `(?:a|b|c)` from words, in the order given: where two match, the earlier wins. */
export function alternation(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}
