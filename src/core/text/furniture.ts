// Page furniture of PDF text: page numbers and running heads (a short line printed on three
// or more pages, figures aside). They are not sentences, a hard wrap never joins them to prose,
// and a sentence broken by a page break continues past them.

import { simplifiedCode } from './fold';

/** A page number as PDF text prints it: 59, - 12 -, 第 3 页, Page 3 of 10. */
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?$|^Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i;
const FURNITURE_MAX = 80;
/**
 * "- 11,323 crimes this year" under each of five headings: a list item repeats its shape as a running head does, but
 * no running head opens with a list's marker ("- 12 -", closed by a dash too, is a page number).
 */
const LIST_ITEM = /^[-–—•·*▪◦‣]\s+(?!.*[-–—]$)/;
const TERMINAL_END = /[。！？；!?;.]$/;

/**
 * A line's shape: its letters in simplified script, each run of figures masked (a running
 * head repeats with a new date or page number). Spacing, punctuation and full-width forms,
 * which normalisation changes, do not count, so the original and normalised lines agree.
 */
function lineShape(t: string): string {
  // One pass over the codes (every short line of a report is shaped): each run of ASCII or
  // full-width digits becomes one #, then only #, Latin letters and ideographs are kept.
  let shape = '';
  let inFigure = false;
  for (let i = 0; i < t.length; i++) {
    const c = simplifiedCode(t.charCodeAt(i));
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) {
      if (!inFigure) shape += '#';
      inFigure = true;
      continue;
    }
    inFigure = false;
    if (c === 35 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3400 && c <= 0x9fff))
      shape += String.fromCharCode(c);
  }
  return shape;
}
const clean = (line: string) => (line.includes('\f') ? line.replace(/\f/g, '') : line).trim();
/** The characters a page number can start with (see PAGE_NUMBER): a cheap test before the pattern. */
const mayBePageNumber = (t: string) => {
  const c = t.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x7b2c || c === 80 || c === 112;
};

/**
 * The shapes of a document's running heads: short lines printed three or more times. Found
 * on the whole document, so a part of it (an editor block) reads its lines as the whole would.
 */
export function runningHeadShapes(text: string): Set<string> {
  const shapes = new Set<string>();
  for (const [shape, n] of headShapeCounts(text)) if (isRunningHead(shape, n)) shapes.add(shape);
  return shapes;
}

/**
 * How often each short line's shape occurs in `text`. Counts of texts cut at line starts add up
 * to the whole text's (the editor keeps them per paragraph block).
 */
export function headShapeCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const t = clean(line);
    if (!t || t.length > FURNITURE_MAX || TERMINAL_END.test(t) || LIST_ITEM.test(t)) continue;
    const shape = lineShape(t);
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return counts;
}

/** Whether a shape printed `n` times is a running head. */
export function isRunningHead(shape: string, n: number): boolean {
  // A running head carries a date, an issue or a page number; a figureless line must repeat more.
  return n >= (shape.includes('#') ? 3 : 5) && shape.replace(/#/g, '').length >= 4;
}

/** Which of `lines` (the text of each line) are page furniture, given the document's running heads. */
export function furnitureLines(lines: readonly string[], runningHeads: ReadonlySet<string>): boolean[] {
  return lines.map((line) => {
    const t = clean(line);
    if (!t) return line.includes('\f');
    if (mayBePageNumber(t) && PAGE_NUMBER.test(t)) return true;
    if (t.length > FURNITURE_MAX || TERMINAL_END.test(t) || LIST_ITEM.test(t)) return false;
    return runningHeads.size > 0 && runningHeads.has(lineShape(t));
  });
}
