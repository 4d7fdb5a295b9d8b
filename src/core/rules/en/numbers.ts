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
