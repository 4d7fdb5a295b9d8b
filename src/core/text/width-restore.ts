// The way back from the width fold: normalisation reads full-width Latin letters and digits (ＧＤＰ, ＣＰＩ) as ASCII
// so the rules see one alphabet, but a subject the engine reports is copied as the report wrote it.
import type { NormalizedText } from './normalize';
import { occurrenceNear } from './fold';

/** A full-width Latin letter or digit: a report with none needs no way back. */
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
const ASCII_ALNUM = /[0-9A-Za-z]/;
/** The distance from a full-width form (U+FF01–FF5E) to its ASCII character. */
const FULL_WIDTH_SHIFT = 0xfee0;

/** Whether `written` is `folded` with some ASCII characters written in their full-width forms, and nothing else. */
function widensTo(written: string, folded: string): boolean {
  if (written.length !== folded.length) return false;
  for (let i = 0; i < written.length; i++) {
    const w = written.charCodeAt(i);
    const f = folded.charCodeAt(i);
    if (w !== f && !(w >= 0xff01 && w <= 0xff5e && w - FULL_WIDTH_SHIFT === f)) return false;
  }
  return true;
}

/**
 * A function giving a string read near normalised offset `at` (a subject near its figure) as the report wrote it, when
 * it stands there in the normalised text and its original is the same but for full-width forms; null when the report
 * writes no full-width letter or digit.
 */
export function widthRestorer(norm: NormalizedText): ((s: string, at: number) => string) | null {
  if (!FULL_WIDTH_ALNUM.test(norm.original)) return null;
  return (s, at) => {
    if (!ASCII_ALNUM.test(s)) return s;
    const k = occurrenceNear(norm.text, s, at);
    if (k < 0) return s;
    const range = norm.rangeToOriginal(k, k + s.length);
    const written = norm.original.slice(range.start, range.end);
    return widensTo(written, s) ? written : s;
  };
}
