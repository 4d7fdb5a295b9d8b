// Clause boundaries of a whole text, found once: every metric looks up its clause by binary
// search, so extraction stays linear in line length however long a clause or a line runs.

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** ，。；：！？ , ; : ! ?, the line break and bullet glyphs, by code (the index reads every character of the text). */
function isClauseBreakCode(c: number): boolean {
  switch (c) {
    case 0xff0c: // ，
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0xff1a: // ：
    case 0xff01: // ！
    case 0xff1f: // ？
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 33: // !
    case 63: // ?
    case 10: // \n
    case 0x2022: // • (a bullet opens a list item: 第三章 主要工作 • 委員會審議並批准…; the · of names is no break)
    case 0x25cf: // ●
    case 0x25a0: // ■
    case 0x25c6: // ◆
    case 0x25ba: // ►
    case 0x25b6: // ▶
    case 0x25aa: // ▪
      return true;
    default:
      return false;
  }
}

/** Is text[i] a clause break? A comma between digits groups thousands; it does not break a clause. */
export function isClauseBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!isClauseBreakCode(c)) return false;
  return !(c === 44 && i > 0 && isDigitAt(text, i - 1) && isDigitAt(text, i + 1));
}

/** The longest bracketed aside whose commas are read as inside it (a longer one is likely unclosed or a list). */
const ASIDE_MAX_LENGTH = 80;

/**
 * Commas inside a Chinese bracketed aside (執行數(含應付未付數及賸餘數,不含未執行…之賸餘,以下同)僅介於427萬元): they break
 * no clause of the sentence around it, which goes on after the bracket. Only a bracket closed within ASIDE_MAX_LENGTH,
 * with no sentence end, line break or figure inside (a bracket of figures, 1,476宗,涉及金額逾1千萬元, has clauses of its
 * own; English asides keep their commas: the English rules read clauses in them).
 */
function commasInsideAsides(text: string): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xff08 && c !== 40) continue; // （ (
    const commas: number[] = [];
    let chinese = false;
    let figures = false;
    let j = i + 1;
    for (; j < text.length && j - i <= ASIDE_MAX_LENGTH; j++) {
      const d = text.charCodeAt(j);
      if (d === 0xff09 || d === 41 || d === 0xff08 || d === 40 || d === 0x3002 || d === 10) break; // ） ) （ ( 。 ⏎
      if (d === 0xff0c || d === 44 || d === 0x3001) commas.push(j);
      else if (d >= 0x3400 && d <= 0x9fff) chinese = true;
      else if (d >= 48 && d <= 57) figures = true;
    }
    const d = text.charCodeAt(j);
    if (chinese && !figures && (d === 0xff09 || d === 41)) for (const k of commas) inside.add(k);
    i = j - 1;
  }
  return inside;
}

export class ClauseIndex {
  private readonly breaks: Int32Array;

  constructor(text: string) {
    const found: number[] = [];
    const inAside = commasInsideAsides(text);
    for (let i = 0; i < text.length; i++) if (isClauseBreakAt(text, i) && !inAside.has(i)) found.push(i);
    this.breaks = Int32Array.from(found);
  }

  /** Index of the first break at or after `pos`. */
  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Just past the last break before `pos`, but not before `floor`. */
  clauseStartBefore(pos: number, floor: number): number {
    const k = this.firstAtOrAfter(pos) - 1;
    return k >= 0 && this.breaks[k] >= floor ? this.breaks[k] + 1 : floor;
  }

  /** The first break at or after `pos`, but not past `ceil`. */
  clauseEndAfter(pos: number, ceil: number): number {
    const k = this.firstAtOrAfter(pos);
    return k < this.breaks.length && this.breaks[k] < ceil ? this.breaks[k] : ceil;
  }
}
