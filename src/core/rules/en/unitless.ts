// English figures with no unit that are still metrics (GUIDE: index values have an empty unit; "rose by
// 236,000" has none written): the value after the name of an index, and an approximate count whose noun
// is left unsaid. numbers/unitless.ts and metrics/metrics.ts read them.

/** "to an index level of 324.054", "the index stood at 108.5": the value of an index. */
export const EN_INDEX_LEVEL_BEFORE =
  /\bindex(?:\s+level)?\s+(?:of|at|was|is|stood\s+at|reached|(?:rose|fell|increased|decreased|climbed|dropped)\s+to)\s+$/i;

/**
 * "more than 250,000 are for new vehicles", "fewer than 100 were rejected": an approximate count followed by
 * its verb or by punctuation counts what the sentence already named.
 */
export const EN_BARE_COUNT_AFTER =
  /^\s*(?:[,;:)]|\.(?!\d)|(?:are|were|was|is|have|has|had|will|would|did|received|remain(?:ed|s)?)\b)/i;

/**
 * "was little changed over the month at 351,000", "remained at 1.2 million", "totaled 412", "to a total of 64,200": a
 * level stated after a verb of standing or totalling, with no counted noun written.
 */
export const EN_LEVEL_AT_BEFORE =
  /\b(?:(?:little|essentially)\s+(?:changed|unchanged)|unchanged|changed\s+little|stood|remained|held\s+steady)\b[^.;]{0,40}?\bat\s+$|\b(?:totaled|totalled|numbered|a\s+total\s+of)\s+$/i;
