// Headlines and decks of releases: the lines at the top of a text that stand alone between blank lines, with no
// sentence end, followed by more text, are headings (GUIDE: headings are not claims), however long and however
// they are capitalised (`Treasury, IRS disburse 25 million more Economic Impact Payments …`). Only whole lines of
// English text: a sentence broken by a page break runs on into the next paragraph (the unit spans both lines, so it
// is not inside one), a Chinese line is left to the Chinese rules, and a line that ends the text (a one-line input)
// is read as a sentence, as before. Lower in the text such a line may be a highlight written without its bullet, so
// the run stops at the first line that is not one.
//
// "The top" is where an incremental block can start (core/incremental.ts cuts after a paragraph that ends in
// 。！？；!?; and a blank line): the text's start, or right after such a paragraph. So a block analysed alone reads
// its top as the whole document reads it there.
import type { TextUnit } from '../text/sentences';
import { LIST_ITEM } from '../text/sentences';
import { claimRulesFor } from './claims';

const HAS_CJK = /[\u3400-\u9fff]/u;
const TAB = /\t/;
/** A paragraph end where an incremental block may end (incremental.ts, BREAK): a new top follows the blank line. */
const BLOCK_END = /[。！？；!?;][”’」』）)]*$/u;
const SPACE_CHAR = /\s/u;

interface Line {
  start: number;
  end: number;
}

/** The headline lines at the top of `text` (trimmed): standalone, with no sentence end, before the first other line. */
function standaloneLines(text: string, sentenceEnd: RegExp, lede: RegExp | undefined): Line[] {
  const out: Line[] = [];
  const raw: Array<{ start: number; end: number; blank: boolean }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && SPACE_CHAR.test(text[s])) s++;
      while (e > s && SPACE_CHAR.test(text[e - 1])) e--;
      raw.push({ start: s, end: e, blank: s === e });
      start = i + 1;
    }
  }
  let lastText = raw.length - 1;
  while (lastText >= 0 && raw[lastText].blank) lastText--;
  let atTop = true;
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i];
    if (l.blank) continue;
    const t = text.slice(l.start, l.end);
    const blankBefore = i === 0 || raw[i - 1].blank;
    const blankAfter = i + 1 < raw.length && raw[i + 1].blank;
    // more text after the blank line: the heading heads something
    const textAfter = blankAfter && i + 2 <= lastText;
    const headline =
      blankBefore &&
      textAfter &&
      !sentenceEnd.test(t) &&
      !LIST_ITEM.test(t) &&
      !TAB.test(t) &&
      !HAS_CJK.test(t) &&
      !lede?.test(t);
    if (atTop && headline) {
      out.push({ start: l.start, end: l.end });
      continue;
    }
    atTop = blankAfter && BLOCK_END.test(t);
  }
  return out;
}

/** The sentence units that lie wholly inside a standalone headline line (English only). */
export function headlineUnits(text: string, units: readonly TextUnit[], lang: 'zh' | 'en'): Set<TextUnit> {
  const found = new Set<TextUnit>();
  const rule = claimRulesFor(lang).headline;
  if (!rule) return found;
  const lines = standaloneLines(text, rule.sentenceEnd, rule.lede);
  if (!lines.length) return found;
  let li = 0;
  for (const u of units) {
    if (u.kind !== 'sentence') continue;
    while (li < lines.length && lines[li].end < u.start) li++;
    if (li === lines.length) break;
    const l = lines[li];
    if (u.start >= l.start && u.end <= l.end && u.pieces.length === 1) found.add(u);
  }
  return found;
}
