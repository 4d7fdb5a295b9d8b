// The normalised view the analysis reads, with an offset map back to the original.
// Reports extracted from PDFs and web pages are messy: full-width digits, ASCII commas in
// Chinese prose, spaces inside `6841 起`, lines hard-wrapped every ~20 characters with a
// number split from its unit. Analysis runs on a clean view; every finding is mapped back
// to exact UTF-16 offsets of the original text.

import { furnitureLines, runningHeadShapes } from './furniture';
import { inLabelCountRun } from './label-rows';
import { ZH_DECIMAL_TAIL_AFTER_POINT } from '../rules/zh/numbers';

export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Original offset of normalised offset i (0 ≤ i ≤ text.length). */
  toOriginal(i: number): number;
  /** The original span covering normalised [start, end): gaps removed inside it are included, gaps at its edges are not. */
  rangeToOriginal(start: number, end: number): { start: number; end: number };
  /** Nearest normalised offset for an original offset (a removed character maps to the next kept one). */
  toNormalized(o: number): number;
}

export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    (cp >= 0xd800 && cp <= 0xdbff) // a high surrogate: the code unit view of an astral ideograph
  );
}

/**
 * Punctuation both scripts use (curly quotes, the em dash, the ellipsis): beside an ASCII comma or colon it makes the mark
 * Chinese only with Chinese nearby (`groups: “Recreation and Culture” by 11.2%, “Education”` stays English).
 */
function isSharedPunctuation(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014;
}
/** A neighbour that makes an ASCII comma or colon Chinese on its own: CJK letters and CJK-only punctuation. */
const chineseContext = (c: number) => isCjkContext(c) && !isSharedPunctuation(c);
const sharedContext = (p: number, q: number) => isSharedPunctuation(p) || isSharedPunctuation(q);

/** CJK letters and CJK punctuation (、。“”（）…), the context that makes an ASCII comma Chinese. */
export function isCjkContext(c: number): boolean {
  return (
    isCjk(c) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0x2014
  );
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHSpace = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const isTerminal = (c: number) =>
  c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 33 || c === 63 || c === 59;

const WHITE_CIRCLE = 0x25cb;
/** 份 written for the 分 of 百分之, and the scales it follows there. */
const FEN_VARIANT = 0x4efd;
const FEN = 0x5206;
const FRACTION_SCALE_BEFORE_FEN = new Set([...'百千萬万']);
/** · ‧ ・: middle dots, which Taiwan's releases set as the decimal point between numerals in characters. */
const MIDDLE_DOTS = new Set([0xb7, 0x2027, 0x30fb]);
/** The numerals of one digit (a middle dot between two of them is a decimal point; 十 and 百 are not digits). */
const ZH_DIGIT_CHARACTERS = new Set([...'〇零○一二三四五六七八九']);
/** 点, the decimal point of a numeral in characters. */
const ZH_POINT = 0x70b9;
/** ﹒, the small form of the full stop. */
const SMALL_FULL_STOP = 0xfe52;
/** ﹪, the small form of the percent sign. */
const SMALL_PERCENT_SIGN = 0xfe6a;
const NUMERAL_ZERO = 0x3007;
/** The characters beside which a white circle ○ is the numeral zero. */
const ZH_NUMERAL_NEIGHBOUR = new Set([...'〇零○一二三四五六七八九十百千萬万億亿點点兩两之']);
const FULL_STOP = 0x2e;
const ZH_NUMERAL_CHAR = /[〇○零一二三四五六七八九十两兩]/u;
const OPEN_BRACKET_BEFORE = /[（(﹙][^）)﹚]*$/u;
const IDEOGRAPHIC_FULL_STOP = 0x3002;
const HYPHEN = 0x2010;
const NON_BREAKING_HYPHEN = 0x2011;
/** Chinese punctuation that stays full-width; the rest of U+FF01–FF5E folds to ASCII. */
const KEEP_FULLWIDTH = new Set([0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0xff08, 0xff09]);
/** Keys all below 64: the loop checks that first, most characters are not ASCII punctuation. */
const ASCII_TO_CJK_PUNCT: Record<number, number> = {
  44: 0xff0c,
  59: 0xff1b,
  58: 0xff1a,
  33: 0xff01,
  63: 0xff1f,
  40: 0xff08,
  41: 0xff09,
};

interface LineInfo {
  start: number;
  end: number;
  length: number;
  lastCode: number;
}

function scanLines(s: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && s.charCodeAt(end - 1) === 13) end--;
      let a = start;
      let b = end;
      while (a < b && isHSpace(s.charCodeAt(a))) a++;
      while (b > a && isHSpace(s.charCodeAt(b - 1))) b--;
      // Display width, as the PDF laid the line out: CJK characters and full-width punctuation
      // take two columns, digits and Latin letters one (`事故405起，同比下降31.52%`).
      let length = 0;
      for (let k = a; k < b; k++) {
        const ck = s.charCodeAt(k);
        length += isCjkContext(ck) && ck !== 0x2026 ? 2 : 1;
      }
      lines.push({ start, end, length, lastCode: b > a ? s.charCodeAt(b - 1) : 0 });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * The hard-wrap width of a document, or 0: the line length most lines cluster just under,
 * when enough lines do. Reports with one paragraph per line have no such cluster.
 */
export function detectWrapWidth(lines: Array<{ length: number }>): number {
  const lengths = lines.map((l) => l.length).filter((n) => n >= 16);
  const counts = new Map<number, number>();
  for (const n of lengths) if (n <= 240) counts.set(n, (counts.get(n) ?? 0) + 1);
  return wrapWidthOf(counts, lengths.length);
}

/**
 * The wrap width from how many lines have each length (16–240) and how many lines of 16 or
 * more there are: what `detectWrapWidth` decides, for counts kept as a document changes.
 */
export function wrapWidthOf(counts: ReadonlyMap<number, number>, longLines: number): number {
  if (longLines < 6) return 0;
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of counts) {
    // Count the lines within [n-3, n] for a width of n: wrapped lines end a little short.
    let near = c;
    for (let d = 1; d <= 3; d++) near += counts.get(n - d) ?? 0;
    if (near > bestCount || (near === bestCount && n > best)) {
      best = n;
      bestCount = near;
    }
  }
  if (bestCount < Math.max(5, longLines * 0.3)) return 0;
  // A list of short lines in a document of long paragraphs (`California — $394,783,039,653` ×10) clusters too; a
  // wrapped document has few lines of paragraph length (more than twice its width; a PDF's merged columns run less).
  let withinWidth = 0;
  for (const [n, c] of counts) if (n <= 2 * best + PARAGRAPH_LINE_MARGIN) withinWidth += c;
  return longLines - withinWidth > longLines * MAX_SHARE_OF_PARAGRAPH_LINES ? 0 : best;
}

/** A line longer than twice the wrap width and this margin is a paragraph's, not a wrapped line's. */
const PARAGRAPH_LINE_MARGIN = 10;
/** The share of lines that may be of paragraph length in a wrapped document (headings, table rows, a lead). */
const MAX_SHARE_OF_PARAGRAPH_LINES = 0.15;

/**
 * Wrap widths of single hard-wrapped paragraphs in an otherwise unwrapped document: a block
 * of 3+ lines whose lines (all but the last) have nearly the same width. 0 elsewhere.
 */
function blockWrapWidths(lines: LineInfo[]): Int32Array {
  const widths = new Int32Array(lines.length);
  let i = 0;
  while (i < lines.length) {
    if (lines[i].length === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].length > 0) j++;
    // block [i, j): its lines but the last should share one width
    if (j - i >= 3) {
      let max = 0;
      for (let k = i; k < j - 1; k++) max = Math.max(max, lines[k].length);
      let full = 0;
      for (let k = i; k < j - 1; k++) if (lines[k].length >= max * 0.85) full++;
      // Most lines (a few end early where a number was pushed to the next line) fill the width.
      if (max >= 16 && max <= 160 && full >= 2 && full >= (j - 1 - i) * 0.6) widths.fill(max, i, j);
    }
    i = j;
  }
  return widths;
}

/** Marks the original offsets of line breaks that are soft (hard wraps inside a paragraph). */
function findSoftBreaks(
  s: string,
  lines: LineInfo[],
  knownWidth: number | undefined,
  runningHeads: ReadonlySet<string>,
): Uint8Array {
  const soft = new Uint8Array(s.length);
  const docWidth = knownWidth ?? detectWrapWidth(lines);
  const blockWidth = blockWrapWidths(lines);
  const furniture = furnitureLines(
    lines.map((l) => s.slice(l.start, l.end)),
    runningHeads,
  );
  for (let li = 0; li + 1 < lines.length; li++) {
    const line = lines[li];
    const next = lines[li + 1];
    if (line.length === 0 || next.length === 0) continue; // blank lines are paragraph breaks
    if (furniture[li] || furniture[li + 1]) continue; // page numbers and running heads stand alone
    // a table row (tab- or bar-separated cells) is never joined
    if (hasTableCells(s, line) || hasTableCells(s, next)) continue;
    // …and neither is a run of label-and-count rows ("Investigations Closed 232⏎Arrests 51⏎Convictions/Pleas 59").
    if (inLabelCountRun(s, line.start, line.end) || inLabelCountRun(s, next.start, next.end)) continue;
    if (isTerminal(line.lastCode)) continue;
    if (opensListItem(s, next)) continue; // "- Banking entities: …": each list item is a line of its own
    let isSoft = false;
    const width = docWidth || blockWidth[li];
    if (width > 0 && line.length >= Math.floor(width * 0.8) && line.length <= width + 4) isSoft = true;
    // A number split from its unit, or a long unpunctuated line running on, is soft anywhere.
    const firstNext = firstCode(s, next);
    if (isDigit(line.lastCode) && isCjk(firstNext)) isSoft = true;
    // A decimal split at its point in Chinese prose (下降3.⏎9个百分点, 1.9:62.⏎1:36): one number.
    if (line.lastCode === 46 && isDigit(firstNext) && decimalPointEndsCjkLine(s, line)) isSoft = true;
    if (line.length > 100 && isCjk(line.lastCode) && isCjk(firstNext)) isSoft = true;
    // No paragraph opens with a list's joiner: 上升6.7%⏎和 5.9% is one list, wherever the line ends.
    if (CJK_LIST_JOINERS.has(firstNext)) isSoft = true;
    // English set in narrow proportional columns (PDF text) has no steady width: a line that ends in a letter, a digit
    // or a comma and runs on into a lower-case word is wrapped (`employed 19.9⏎million people`, `people, an⏎increase`).
    if (isLatinLower(firstNext) && (isLatinLetter(line.lastCode) || isDigit(line.lastCode) || line.lastCode === 44))
      isSoft = true;
    if (isSoft) {
      // the break itself: \n (and a \r before it)
      soft[line.end] = 1; // \r or \n
      if (s.charCodeAt(line.end) === 13) soft[line.end + 1] = 1;
    }
  }
  return soft;
}

/** Does the line end in a digit and a full stop, with Chinese shortly before it (…下降3.)? */
function decimalPointEndsCjkLine(s: string, line: LineInfo): boolean {
  let e = line.end - 1;
  while (e > line.start && isHSpace(s.charCodeAt(e))) e--;
  return isCjkDecimalPoint(s, e, line.start);
}

/** Is the full stop at `at` a decimal point after a digit, with Chinese before it on its line (from `lineStart`)? */
function isCjkDecimalPoint(s: string, at: number, lineStart: number): boolean {
  if (s.charCodeAt(at) !== 46 || !isDigit(s.charCodeAt(at - 1))) return false;
  for (let k = at - 1; k >= Math.max(lineStart, at - DECIMAL_CJK_REACH); k--) if (isCjk(s.charCodeAt(k))) return true;
  return false;
}

/** How far back before a line's final point a Chinese character makes it Chinese prose. */
const DECIMAL_CJK_REACH = 16;

/** Does the line open with a list bullet and a space ("- ", "• ", "* "), or a bullet glyph glued to its text (■造林…)? */
function opensListItem(s: string, line: LineInfo): boolean {
  let a = line.start;
  while (a < line.end && isHSpace(s.charCodeAt(a))) a++;
  if (a + 1 < line.end && GLUED_BULLETS.has(s.charCodeAt(a))) return true;
  return a + 1 < line.end && LIST_BULLETS.has(s.charCodeAt(a)) && isHSpace(s.charCodeAt(a + 1));
}

/** ■ □ ◆ ◇ ▲ △ ★ ☆ ► ▶ ◎: glyphs Chinese reports open list items with, no space after them. */
const GLUED_BULLETS = new Set([0x25a0, 0x25a1, 0x25c6, 0x25c7, 0x25b2, 0x25b3, 0x2605, 0x2606, 0x25ba, 0x25b6, 0x25ce]);

/** 和 及 与 與 、: words that join a list's items, never the first of a paragraph. */
const CJK_LIST_JOINERS = new Set([0x548c, 0x53ca, 0x4e0e, 0x8207, 0x3001]);

/** - * • · ▪ ‣ */
const LIST_BULLETS = new Set([0x2d, 0x2a, 0x2022, 0xb7, 0x25aa, 0x2023]);

function isLatinLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isLatinLetter(c: number): boolean {
  return isLatinLower(c) || (c >= 65 && c <= 90);
}

/** A tab, or three bars or more: the cells of a table (copied as text). One pass over the line. */
function hasTableCells(s: string, line: LineInfo): boolean {
  let bars = 0;
  for (let k = line.start; k < line.end; k++) {
    const c = s.charCodeAt(k);
    if (c === 9) return true;
    if (c === 124 && ++bars >= 3) return true;
  }
  return false;
}

function firstCode(s: string, line: LineInfo): number {
  let a = line.start;
  while (a < line.end && isHSpace(s.charCodeAt(a))) a++;
  return a < line.end ? s.charCodeAt(a) : 0;
}

/** The hard-wrap width of a whole document (0 when it is not hard-wrapped). */
export function documentWrapWidth(text: string): number {
  return detectWrapWidth(scanLines(text));
}

/**
 * `wrapWidth`: the document's wrap width when `original` is only a part of it (the editor
 * analyses paragraph blocks), so a part reads its line breaks as the whole would.
 */
/** How far around a split decimal point Chinese must stand for the space to be dropped. */
const CJK_NEAR_REACH = 8;

export function normalizeText(
  original: string,
  opts: { wrapWidth?: number; runningHeads?: ReadonlySet<string> } = {},
): NormalizedText {
  const s = original;
  const n = s.length;
  const lines = scanLines(s);
  const soft = findSoftBreaks(s, lines, opts.wrapWidth, opts.runningHeads ?? runningHeadShapes(s));
  const outToOrig = new Int32Array(n + 1);
  const chunks: string[] = [];
  let out = 0;
  let runStart = 0; // start of a run of characters copied unchanged

  const flush = (upTo: number) => {
    if (upTo > runStart) chunks.push(s.slice(runStart, upTo));
  };
  const emit = (i: number, code: number) => {
    flush(i);
    chunks.push(String.fromCharCode(code));
    outToOrig[out++] = i;
    runStart = i + 1;
  };
  const drop = (i: number) => {
    flush(i);
    runStart = i + 1;
  };

  // Chinese within a few characters either side of a position.
  const cjkNear = (i: number) => {
    for (let k = Math.max(0, i - CJK_NEAR_REACH); k < Math.min(n, i + CJK_NEAR_REACH); k++)
      if (s.charCodeAt(k) >= 0x3400 && s.charCodeAt(k) <= 0x9fff) return true;
    return false;
  };
  // Nearest non-space neighbours, for context decisions.
  const prevSolid = (i: number) => {
    let j = i - 1;
    while (j >= 0 && isHSpace(s.charCodeAt(j))) j--;
    return j >= 0 ? s.charCodeAt(j) : 0;
  };
  const nextSolid = (i: number) => {
    let j = i + 1;
    while (j < n && isHSpace(s.charCodeAt(j))) j++;
    return j < n ? s.charCodeAt(j) : 0;
  };

  // 1．2025年债务情况: a one- or two-digit number opening a line, then ．, numbers a section.
  const isSectionNumberBefore = (i: number) => {
    let j = i - 1;
    while (
      j >= 0 &&
      j >= i - 3 &&
      (isDigit(s.charCodeAt(j)) || (s.charCodeAt(j) >= 0xff10 && s.charCodeAt(j) <= 0xff19))
    )
      j--;
    if (i - 1 - j > 2) return false;
    while (j >= 0 && isHSpace(s.charCodeAt(j))) j--;
    return j < 0 || s.charCodeAt(j) === 10;
  };
  // ４，５６５: a full-width comma between full-width digits, three of them after it, groups thousands.
  const isFullWidthDigit = (k: number) => k >= 0 && k < n && s.charCodeAt(k) >= 0xff10 && s.charCodeAt(k) <= 0xff19;
  const isFullWidthThousands = (i: number) =>
    isFullWidthDigit(i - 1) &&
    isFullWidthDigit(i + 1) &&
    isFullWidthDigit(i + 2) &&
    isFullWidthDigit(i + 3) &&
    !isFullWidthDigit(i + 4) &&
    !isDigit(i + 4 < n ? s.charCodeAt(i + 4) : 0);
  const wrapNeedsSpace = (i: number) => {
    let j = i - 1;
    while (j >= 0 && (isHSpace(s.charCodeAt(j)) || s.charCodeAt(j) === 13)) j--;
    const p = j >= 0 ? s.charCodeAt(j) : 0;
    const q = nextSolid(i);
    // A hyphen at the end of the line splits a word: non-⏎alcoholic; a point splits a Chinese report's decimal: 3.⏎9.
    if (p === 46 && isDigit(q) && isCjkDecimalPoint(s, j, s.lastIndexOf('\n', j) + 1)) return false;
    return p !== 0 && q !== 0 && p !== 45 && !isCjkContext(p) && !isCjkContext(q);
  };

  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (soft[i]) {
      // A hard wrap in English prose stands for a space (at⏎5.8, payrolls⏎rose); in Chinese for nothing.
      if (c === 10 && wrapNeedsSpace(i)) emit(i, 32);
      else drop(i);
      continue;
    }
    if (isHSpace(c)) {
      // A run of horizontal space: drop it when it sits between CJK and a digit/CJK, or
      // around a soft break; keep it (as is) between Latin words.
      let j = i;
      while (j < n && isHSpace(s.charCodeAt(j))) j++;
      const before = i > 0 ? s.charCodeAt(i - 1) : 0;
      const after = j < n ? s.charCodeAt(j) : 0;
      const aroundSoft = (j < n && soft[j]) || (i > 0 && soft[i - 1]);
      const cjkBefore = isCjkContext(before);
      const cjkAfter = isCjkContext(after);
      // 385. 23亿元: a space after the decimal point of a figure in Chinese text (web and PDF extraction leave one).
      const splitDecimal = before === 46 && isDigit(after) && i >= 2 && isDigit(s.charCodeAt(i - 2)) && cjkNear(i);
      const joinable =
        aroundSoft ||
        splitDecimal ||
        (cjkBefore && (cjkAfter || isDigit(after))) ||
        (cjkAfter && (isDigit(before) || before === 37));
      const lineEdge = before === 10 || before === 0 || after === 10 || after === 13 || after === 0;
      // The indent after a joined wrap (and the spaces before it) go with the line break: 7萬⏎    6,000元 is one amount.
      if (joinable && (!lineEdge || aroundSoft)) {
        for (let k = i; k < j; k++) drop(k);
      } else {
        for (let k = i; k < j; k++) {
          const ck = s.charCodeAt(k);
          if (ck === 0x3000 || ck === 0xa0) emit(k, 32);
          else outToOrig[out++] = k;
        }
      }
      i = j - 1;
      continue;
    }
    // 百分之○點九, 二○一七年: a white circle among Chinese numerals is the numeral zero 〇 (Taiwan and Macao type it so).
    if (c === WHITE_CIRCLE && (ZH_NUMERAL_NEIGHBOUR.has(s[i - 1]) || ZH_NUMERAL_NEIGHBOUR.has(s[i + 1]))) {
      emit(i, NUMERAL_ZERO);
      continue;
    }
    // 百份之四點九: Hong Kong's press writes the 分 of a percentage as 份.
    if (c === FEN_VARIANT && FRACTION_SCALE_BEFORE_FEN.has(s[i - 1]) && s[i + 1] === '之') {
      emit(i, FEN);
      continue;
    }
    // 二三四·九五萬包, 一‧七%: Taiwan's releases set the decimal point of a numeral in characters as a middle dot.
    if (MIDDLE_DOTS.has(c) && ZH_DIGIT_CHARACTERS.has(s[i - 1]) && ZH_DIGIT_CHARACTERS.has(s[i + 1])) {
      emit(i, ZH_POINT);
      continue;
    }
    // 909﹒64億元: Hong Kong pages set the decimal point as the small full stop (U+FE52), between digits only.
    if (c === SMALL_FULL_STOP && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) {
      emit(i, 46);
      continue;
    }
    // 4.3﹪: the small percent sign (U+FE6A) of Taiwan's pages, after a digit.
    if (c === SMALL_PERCENT_SIGN && isDigit(s.charCodeAt(i - 1))) {
      emit(i, 37);
      continue;
    }
    // 40‑45 percent: the hyphen and non-breaking hyphen of web pages (U+2010, U+2011) read as the ASCII one.
    if (c === HYPHEN || c === NON_BREAKING_HYPHEN) {
      emit(i, 45);
      continue;
    }
    if (c === 0xff0c && isFullWidthThousands(i)) {
      emit(i, 44);
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e && !KEEP_FULLWIDTH.has(c)) {
      const ascii = c - 0xfee0;
      if (c === 0xff0e) {
        // ． is a decimal point only between digits
        const p = i > 0 ? s.charCodeAt(i - 1) : 0;
        const q = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        const digitLike = (x: number) => isDigit(x) || (x >= 0xff10 && x <= 0xff19);
        const sectionNumber = isSectionNumberBefore(i) && !ZH_DECIMAL_TAIL_AFTER_POINT.test(s.slice(i + 1, i + 12));
        if (digitLike(p) && digitLike(q) && !sectionNumber) emit(i, 46);
        else outToOrig[out++] = i;
        continue;
      }
      emit(i, ascii);
      continue;
    }
    // 業績摘要 .集團2021財年之收入…。.毛利上升27%: a full stop a flattened Chinese list writes before each item ends the text
    // before it; not a decimal point between numerals (十四.三%), a run of dots, or one inside brackets (﹙美元.下同﹚).
    if (
      c === FULL_STOP &&
      isCjk(s.charCodeAt(i + 1)) &&
      chineseContext(prevSolid(i)) &&
      s.charCodeAt(i - 1) !== FULL_STOP &&
      !(ZH_NUMERAL_CHAR.test(s[i - 1] ?? '') && ZH_NUMERAL_CHAR.test(s[i + 1])) &&
      !OPEN_BRACKET_BEFORE.test(s.slice(Math.max(0, i - 12), i))
    ) {
      emit(i, IDEOGRAPHIC_FULL_STOP);
      continue;
    }
    if (c <= 63 && ASCII_TO_CJK_PUNCT[c] !== undefined) {
      const p = prevSolid(i);
      const q = nextSolid(i);
      const digitGroup = c === 44 && isDigit(p) && isDigit(q);
      const clock = c === 58 && isDigit(p) && isDigit(q);
      if (!digitGroup && !clock && (chineseContext(p) || chineseContext(q) || (sharedContext(p, q) && cjkNear(i)))) {
        emit(i, ASCII_TO_CJK_PUNCT[c]);
        continue;
      }
    }
    outToOrig[out++] = i;
  }
  flush(n);
  outToOrig[out] = n;
  const text = chunks.join('');
  if (text.length !== out) throw new Error(`normalizeText: internal length mismatch ${text.length} != ${out}`);

  let origToOut: Int32Array | null = null;
  const buildReverse = () => {
    const rev = new Int32Array(n + 1);
    let k = out;
    rev[n] = out;
    // Walk backwards so a dropped character maps to the next kept one.
    for (let o = n - 1; o >= 0; o--) {
      while (k > 0 && outToOrig[k - 1] >= o) k--;
      rev[o] = k;
    }
    return rev;
  };

  return {
    original,
    text,
    toOriginal: (i) => outToOrig[Math.max(0, Math.min(out, i))],
    rangeToOriginal: (start, end) => {
      const a = Math.max(0, Math.min(out, start));
      const b = Math.max(a, Math.min(out, end));
      if (b === a) return { start: outToOrig[a], end: outToOrig[a] };
      return { start: outToOrig[a], end: outToOrig[b - 1] + 1 };
    },
    toNormalized: (o) => {
      origToOut ??= buildReverse();
      return origToOut[Math.max(0, Math.min(n, o))];
    },
  };
}

/**
 * The line lengths that count towards the wrap width, for a part of a document that starts at a
 * line start and ends after a line break: `detectWrapWidth` over the parts' lists concatenated
 * equals `documentWrapWidth` of the whole, so an editor can cache them per paragraph block.
 */
export function wrapLineLengths(text: string): Array<{ length: number }> {
  return scanLines(text)
    .filter((l) => l.length >= 16)
    .map((l) => ({ length: l.length }));
}
