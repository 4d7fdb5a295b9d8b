// Clause boundaries of a whole text, found once: every metric looks up its clause by binary
// search, so extraction stays linear in line length however long a clause or a line runs.

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** ，。；：！？ , ; : ! ? and the line break, by code (the index reads every character of the text). */
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

export class ClauseIndex {
  private readonly breaks: Int32Array;

  constructor(text: string) {
    const found: number[] = [];
    for (let i = 0; i < text.length; i++) if (isClauseBreakAt(text, i)) found.push(i);
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
