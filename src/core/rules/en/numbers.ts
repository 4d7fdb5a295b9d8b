// Number words of English reports: approximation phrases before a figure.
import type { Approx } from '../../types';

export const EN_PREFIX_APPROX: Array<[RegExp, Approx]> = [
  [/\b(?:more than|over|at least|upwards of|in excess of|greater than|above)\s+$/i, 'over'],
  // "edged up to 2.1%" is a level reached, not a ceiling.
  [
    /\b(?:less than|fewer than|under|below|(?<!\b(?:edged|moved|went|crept|ticked|rose|climbed|jumped|picked|shot)\s)up to|no more than|at most)\s+$/i,
    'under',
  ],
  [/\b(?:nearly|almost|about|around|approximately|roughly|some|close to|an estimated|approx\.)\s+$/i, 'about'],
];

/** m and k are scale words only after a currency sign ($3m, £20k). */
export const EN_SCALE_ONLY_WITH_CURRENCY = /^(m|k)$/i;

/** No. 5, #3: a number of an item, not a quantity. */
export const EN_NUMBER_SIGN_BEFORE = /\b(?:No\.|no\.|#)\s?$/;

/** 1st, 22nd, 3rd, 4th: ordinals. */
export const EN_ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/;

/** a hundred, a third: the article opens a number. */
export const EN_A_SCALE_WORD = /^an?\s+(hundred|thousand|million|billion|third|half|quarter)\b/i;

/** The next word of a number written in words (two hundred and five). */
export const EN_NEXT_NUMBER_WORD = /^(\s+|-)(and\s+)?([A-Za-z]+(?:-[A-Za-z]+)?)/i;

/** Fraction words that continue a number written in words. */
export const EN_FRACTION_WORD = /^(thirds?|halves|half|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)$/;

/** A number in words that ends in a fraction word is a share. */
export const EN_FRACTION_END = /(third|half|halves|quarter|fourth|fifth|sixth|eighth|tenth)s?$/i;

/** one and a half, five and a quarter: a whole number, then "and a" and a fraction word. */
export const EN_AND_A_FRACTION = /^\s+and\s+(?:a|an|one)\s+(half|quarter|third)\b/i;

/** Only small whole numbers take "and a half" (one million and a half is not written in reports). */
export const EN_MIXED_NUMBER_MAX = 100;

/** half a million, half a billion. */
export const EN_HALF_OF_SCALE = /^half\s+(?:a\s+)?(thousand|million|billion|trillion)\b/i;

/** a two-year plan, a 10-day trip: a number in a compound adjective. */
export const EN_COMPOUND_UNIT_AFTER = /^\s*(?:-|–)\s*(?:year|month|day|week|hour|minute|time)s?\b/i;

/** A currency sign right before a figure ($3.5bn, HK$20, €5). */
export const EN_CURRENCY_BEFORE = /(US\$|HK\$|A\$|C\$|\$|€|£|¥|￥)\s?$/;
/**
 * The scale words written after a figure (1.6 million, $3.5bn), also across a hard wrap with the next line
 * indented ($1.5⏎    billion), or the spaces left where such lines were joined; not across a blank line.
 */
export const EN_SCALE_AFTER =
  /^(?:[ \t\u00a0]{0,8}|[ \t]*\r?\n[ \t]*)(trillion|billion|million|thousand|hundred|bn|mn|m|k)\b/i;
/** The first word of a number written in words (twenty-five). */
export const EN_NUMBER_WORD_START = /^[A-Za-z]+(?:-[A-Za-z]+)?/;

/** After a figure grouped with spaces (40 000): a word, or the end of the sentence or the text. */
export const EN_AFTER_SPACE_GROUPS = /^(?:[ \u00a0][A-Za-z]|[.,;:!?)](?:\s|$)|$)/;
