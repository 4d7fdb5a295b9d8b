// The number layer: every numeric expression in a (normalised) text, with its value.
// A token covers the numeral with its scale words (万, 亿, million) and the approximation
// words attached to it (约, 近, 超过, 余, 多, more than…), not the unit that follows;
// the metric layer decides what is a metric. Flags say what a number might be instead
// (a year, a date, a code, an ordinal, a word that merely contains a numeral character).
import {
  parseArabic,
  parseChineseNumeral,
  parseDigitByDigit,
  parseEnglishNumber,
  isZhNumeralChar,
  isZhNumeralCode,
  EN_SCALES,
  englishFractionValue,
  isEnglishNumberWord,
} from './numerals';

import type { Approx } from '../types';
import { isCjkContext } from '../text/normalize';
import { countryCurrencyOfLetters } from './country-currency';
import {
  ZH_APPROX_BEFORE_SHARE,
  ZH_MEASURE_AFTER_ONE,
  ZH_SCALE_AFTER,
  ZH_SCALE_VALUES,
  ZH_APPROX_WORD_INSIDE_WORD_BEFORE,
  ZH_TRADE_BALANCE_BEFORE_CHAO,
  ZH_BARE_SCALE_CUES,
  ZH_BARE_SCALE_NOT_BEFORE,
  ZH_BARE_SCALE_OVER_COUNT,
  ZH_VAGUE_BEFORE_BARE_SCALE,
  ZH_BARE_SCALE_OVER_AFTER,
  ZH_BARE_SCALES,
  ZH_CALENDAR_UNIT_AFTER,
  ZH_CAPITAL_AMOUNT_AFTER,
  ZH_FINANCIAL_CAPITAL,
  ZH_DAY_AFTER,
  ZH_DIGIT_NUMERAL,
  ZH_PLAIN_DIGIT,
  ZH_ABBREVIATED_SCALE_DIGIT,
  ZH_DIGITS_BELOW_WAN_WRITTEN,
  ZH_ABBREVIATED_SCALES,
  ZH_DIGITS_BELOW_WAN,
  ZH_YI_BELOW_TRILLION,
  ZH_DUO_WORD_AFTER_DIGITS,
  ZH_DUO_WORD_AFTER_NUMERAL,
  ZH_FISCAL_YEAR_AFTER,
  ZH_FRACTION_DENOMINATORS,
  ZH_FRACTION_WITHOUT_ZHI_DENOMINATOR,
  ZH_FRACTION_WITHOUT_ZHI_END,
  ZH_FUZZY_ROUND_END,
  ZH_HALF,
  ZH_ABOUT_EVERY_BEFORE,
  ZH_ABOUT_VERB_BEFORE,
  ZH_HUNDREDTHS_AFTER_TENTHS,
  ZH_HEADING_AFTER,
  ZH_LIST_MARK,
  ZH_MIXED_TAIL_GROUP,
  ZH_AMOUNT_PART_GAP,
  ZH_MONTH_AFTER,
  ZH_MONTH_CHAR,
  ZH_MONTH_COUNT,
  ZH_MONTH_MARK,
  ZH_NOT_NEGATIVE_BEFORE,
  ZH_BELOW_ZERO,
  ZH_MINUTES_AFTER_HOURS,
  ZH_AT_LEAST_VERB_BEFORE,
  ZH_AT_MOST_VERB_BEFORE,
  ZH_OVER_SHARE_OF_WHOLE_BEFORE,
  ZH_SHARE_AHEAD,
  ZH_CAP_BEFORE,
  ZH_HALF_CUE_AFTER,
  ZH_HALF_CUE_BEFORE,
  ZH_FLOOR_BEFORE,
  ZH_ABOUT_CHANGE_VERB_BEFORE,
  ZH_DIGIT_HUNDREDTHS_AFTER_TENTHS,
  MINUTES_PER_HOUR,
  ZH_MONTHS_AFTER_YEARS,
  MONTHS_PER_YEAR,
  YEARS_OF_A_DURATION_MAX,
  ZH_SECONDS_AFTER_MINUTES,
  ZH_NOT_TENTHS_AFTER,
  ZH_NUMERAL_RANGE_CONNECTOR,
  ZH_NUMERAL_WORDS,
  ZH_ORDINAL_AFTER,
  ZH_MEETINGS_HELD_BEFORE,
  ZH_ORDINAL_MARK_BEFORE,
  ZH_OVER_THEN_SINCE,
  ZH_PREFIX_APPROX,
  ZH_YUE_INSIDE_WORD_BEFORE,
  ZH_RANGE_AFTER,
  ZH_MOVE_TO_LEVEL_JOINER,
  ZH_MOVE_VERB_BEFORE_RANGE,
  ZH_ROUND_NUMERAL_END,
  ZH_SHARE_BEFORE_FRACTION,
  ZH_SMALL_ROUND_END,
  ZH_TRAILING_SCALE,
  ZH_TRILLION,
  ZH_VAGUE_AFTER,
  ZH_VAGUE_BEFORE,
  ZH_VAGUE_WORD_AFTER,
  ZH_WAN_OR_YI,
  ZH_YEAR_AFTER,
  ZH_MEASURE_AFTER_DIGITS,
  ZH_PERCENT_SIGN_AFTER,
  ZH_APPROX_CURRENCY_BEFORE,
  ZH_GONG_UNIT_AFTER,
} from '../rules/zh/numbers';
import {
  EN_A_SCALE_WORD,
  EN_AFTER_SPACE_GROUPS,
  EN_AND_A_FRACTION,
  EN_HALF_OF_SCALE,
  EN_MIXED_NUMBER_MAX,
  EN_CURRENCY_BEFORE,
  EN_RUPEE_BACKTICK,
  EN_CODE_SPAN_CLOSE,
  EN_CURRENCY_CODES,
  VULGAR_FRACTIONS,
  EN_GLUED_CURRENCY_LETTERS,
  EN_SPACED_CURRENCY_LETTERS_BEFORE,
  EN_LETTERS_NAMING_MONEY_ONLY_WHEN_SCALED,
  EN_MONEY_FIGURE_AFTER_LETTERS,
  EN_NEGATIVE_WORD_BEFORE,
  EN_SPACED_COMMA_GROUP,
  EN_NO_SPACED_GROUP_BEFORE,
  EN_AFTER_SPACED_COMMA_GROUPS,
  EN_SCALED_FIGURE_AFTER_LETTERS,
  EN_NUMBER_WORD_START,
  EN_SCALE_AFTER,
  EN_COUNTED_AFTER_SCALE_LETTER,
  EN_SMALLER_SCALE_PART,
  EN_UNITS_BELOW_THOUSAND,
  EN_CRORES_AFTER_THOUSAND,
  EN_CRORE,
  EN_SCALE_ABBREVIATIONS,
  EN_PLURAL_ILLION,
  EN_CRORE_AFTER_SCALE,
  EN_SCALES_BEFORE_CRORE,
  EN_INDIAN_DIGIT_GROUPS,
  EN_COMPOUND_UNIT_AFTER,
  EN_FRACTION_DENOMINATORS,
  EN_FRACTION_END,
  EN_FRACTION_NUMERATORS,
  EN_FRACTION_SHARE,
  EN_FRACTION_WORD,
  EN_OF_AFTER,
  EN_PERIOD_FRACTION_END,
  EN_PERCENT_AFTER_FRACTION,
  EN_PERIOD_PART_BEFORE,
  EN_RATIO_IN_AFTER,
  EN_RATIO_MET_BEFORE,
  EN_RATIO_OF_AFTER,
  EN_NEXT_NUMBER_WORD,
  EN_NUMBER_SIGN_BEFORE,
  EN_ORDINAL_SUFFIX,
  EN_PREFIX_APPROX,
  EN_SCALE_ONLY_WITH_CURRENCY,
  EN_DASH_RANGE_CONNECTOR,
  EN_WORD_AFTER_RANGE,
  EN_MINUTES_AFTER_HOURS,
  EN_SECONDS_AFTER_MINUTES,
} from '../rules/en/numbers';
import { ZH_YEAR_NUMERALS } from '../rules/zh/filters';

/** A Latin letter. */
const LATIN_LETTER = /[A-Za-z]/;
/** A Latin letter or a digit (an English number word starts after neither). */
const LATIN_LETTER_OR_DIGIT = /[A-Za-z0-9]/;
/** From the first letter to the end (G20A → 20). */
const LETTERS_TO_END = /[A-Za-z].*$/;
/** A figure (and spaces) right before: the cells of a space-separated table. */
const FIGURE_BEFORE = /\d[ \u00a0\u2009\u202f]*$/;
/** A thousands group after a separator: exactly three digits. */
const THREE_DIGIT_GROUP = /^\d{3}(?!\d)/;
/** Spaces that group thousands (removed before parsing). */
const GROUP_SPACES = /[ \u00a0\u2009\u202f]/g;
/** 零下 right before `pos` (零下5.2摄氏度): a temperature below zero. */
function belowZeroBefore(text: string, pos: number): boolean {
  return pos >= ZH_BELOW_ZERO.length && text.startsWith(ZH_BELOW_ZERO, pos - ZH_BELOW_ZERO.length);
}
/** What may stand before the point of ".7 percent": white space, a bracket, or the text's start. */
const BARE_POINT_BEFORE = /^(?:|[\s(])$/;
/** A percentage after the digits of ".7 percent", ".5%". */
const EN_PERCENT_AFTER_BARE_POINT = /^\s?(?:%|per\s?cent\b|percent\b)/i;
/** 5.17, 6.27: month and day with a dot (a case code inside quotes). */
const DOTTED_DAY = /^\d{1,2}\.\d{1,2}$/;
/** An opening quote mark. */
const OPENING_QUOTE = /[“"‘]/;
/** A closing quote mark. */
const CLOSING_QUOTE = /[”"’]/;
/** 555-0134: three digits or more after a dash make a phone or document number. */
const DIGITS_AFTER_DASH = /^\d{3,}/;
/** The air pollutants whose names end on a number (PM2.5, PM10, O3, NO2, SO2), when a space splits them. */
const SPACED_POLLUTANT = /^(?:PM|O|NO|SO)$/;
const SPACED_POLLUTANT_NUMBER = /^ (2\.5|10|[23])(?![\d.])/;
const CLOCK_HOUR_BEFORE = /\d\s?$/;
/** The digits of a name (G20, PTU3, PM 2.5) at [start, end): a token flagged as an identifier, which no rule reads as a figure. */
function identifierToken(text: string, start: number, end: number, value: number): NumberToken {
  return {
    start,
    end,
    text: text.slice(start, end),
    value,
    script: 'arabic',
    percent: false,
    approx: null,
    flags: ['id'],
  };
}
/** A currency's code of three capitals (MOP, HKD, USD) that a release prints glued to the figure. */
function isGluedCurrencyCode(word: string): boolean {
  return GLUED_CODE.test(word) && Object.hasOwn(EN_CURRENCY_CODES, word);
}
const GLUED_CODE = /^[A-Z]{3}$/;

/**
 * Letters glued to the figure that follows them name its currency (P229.9 billion, RM41.69 billion, N1.1 trillion; K61.1
 * billion in a text about Zambia).
 */
function isGluedCurrencyLetters(letters: string, figureOn: string, text: string): boolean {
  if (!Object.hasOwn(EN_GLUED_CURRENCY_LETTERS, letters) && countryCurrencyOfLetters(text, letters) === null)
    return false;
  return EN_LETTERS_NAMING_MONEY_ONLY_WHEN_SCALED.has(letters)
    ? EN_SCALED_FIGURE_AFTER_LETTERS.test(figureOn)
    : EN_MONEY_FIGURE_AFTER_LETTERS.test(figureOn);
}

/** The whole word of at most three Latin letters right before `start` (RM in RM41.69), or null (none, or longer). */
function shortWordBefore(text: string, start: number): string | null {
  let k = start;
  while (k > 0 && k > start - 4 && LATIN_LETTER.test(text[k - 1])) k--;
  return k < start && (k === 0 || !LATIN_LETTER.test(text[k - 1])) ? text.slice(k, start) : null;
}

/** The currency's letters glued before the figure at `start` (RM in RM41.69 billion), or null. */
function gluedCurrencyLettersBefore(text: string, start: number): string | null {
  const letters = shortWordBefore(text, start);
  return letters && isGluedCurrencyLetters(letters, text.slice(start, start + 40), text) ? letters : null;
}

/** The letters right before `start` are a currency's code glued to the figure (MOP15.71), not an identifier's. */
function gluedCodeBefore(text: string, start: number): boolean {
  const letters = shortWordBefore(text, start);
  return letters !== null && isGluedCurrencyCode(letters);
}

/**
 * 21, 870 rounds, 1, 215, 975 workers, 173, 140 cases: the African press types a space after a thousands comma. Read
 * so only in English text, after no list of figures or month day ("3, 5, 100", "June 5, 200 people"), and only before a
 * word or the sentence's end.
 */
function spacedCommaGroupsEnd(text: string, start: number, intEnd: number): number {
  if (!EN_SPACED_COMMA_GROUP.test(text.slice(intEnd, intEnd + 8))) return intEnd;
  if (
    isCjkContext(text.charCodeAt(start - 1)) ||
    EN_NO_SPACED_GROUP_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  )
    return intEnd;
  let j = intEnd;
  while (EN_SPACED_COMMA_GROUP.test(text.slice(j, j + 8))) j += text[j + 1] === ' ' ? 5 : 4;
  return EN_AFTER_SPACED_COMMA_GROUPS.test(text.slice(j, j + 3)) ? j : intEnd;
}

/** -3000 then no other digit or dash: the high end of a range of whole figures (no leading zero). */
const QUANTITY_RANGE_HIGH = /^-([1-9]\d{0,7})(?![\d\-.])/;
/** A percent sign. */
const PERCENT_SIGN = /%/;
// What before a minus or plus sign makes it a dash or an operator, not a sign: a letter, digit, closing bracket or
// percent sign (a hyphen, arithmetic), or another "-" (a dash written "--": "homes--9.1 percent higher").
const NOT_BEFORE_A_SIGN = /[\dA-Za-z%)）-]/;
/** What may stand before an en dash read as a minus: white space, an opening bracket, a colon, or the text's start. */
const EN_DASH_MINUS_BEFORE = /^(?:|[\s(（[:：])$/;
/** 1. or 1． at the start of a line: a section number. */
const SECTION_POINT_AFTER = /^(?:[.．]\s|．)/;
/** A figure written with digits, thousands groups allowed (百分之1,111). */
const DECIMAL_AT_START = /^(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?/;
/** Thousands separators of a figure. */
const GROUP_COMMAS = /[,，]/g;
/** The start of a line or of a bracket. */
const LINE_OR_BRACKET_START = /[\n（(]/;
/** /10 after a numerator: the denominator of a fraction (not a date 2025/1/10). */
const SLASH_DENOMINATOR = /^\/(\d{1,3})(?![\d/.])/;
/** A run of white space. */
const WHITESPACE = /\s+/;
/** Runs of white space (folded to one space). */
const WHITESPACE_RUNS = /\s+/g;
/** Thousands separators (removed before parsing). */
/** A word that is written in digits (3 in 10) rather than in letters (one in five). */
const DIGIT_START = /^\d/;
const COMMAS = /,/g;

export type { Approx };

export interface NumberToken {
  start: number;
  end: number;
  text: string;
  value: number;
  script: 'arabic' | 'chinese' | 'english';
  /** The expression itself is a percentage (百分之九十, 三分之二, 七成): its unit is %. */
  percent: boolean;
  approx: Approx | null;
  /**
   * A range written as one expression (4.5%-5%, 10-12万, 三至五成): its ends, and for a range of Arabic figures where the
   * low end's text stops and the high end's starts, so the two ends can be reported as two figures.
   */
  range?: { low: number; high: number; lowEnd?: number; highStart?: number };
  currencyPrefix?: string;
  /** year, date, code, ordinal, section, id, phone, in-word, indefinite, vague */
  flags: string[];
}

const ZH_WORD_SET = new Set(ZH_NUMERAL_WORDS);
const ZH_WORD_MAX = Math.max(...ZH_NUMERAL_WORDS.map((w) => w.length));

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isLatin = (ch: string | undefined) => !!ch && LATIN_LETTER.test(ch);

/** How far before a figure a cap (最高, 最多) and the 以 of a ranking before it are read. */
const CAP_REACH = 16;

function zhApproxBefore(text: string, start: number): { start: number; approx: Approx } | null {
  for (const [word, approx] of ZH_PREFIX_APPROX) {
    const s = start - word.length;
    if (s >= 0 && text.startsWith(word, s)) {
      // 超 in 赶超, 近 in 最近/附近: the approximation word must not end another word.
      if (
        (word === '超' || word === '近' || word === '约') &&
        ZH_APPROX_WORD_INSIDE_WORD_BEFORE.test(text[s - 1] ?? '')
      )
        continue;
      if (word === '超' && ZH_TRADE_BALANCE_BEFORE_CHAO.test(text.slice(Math.max(0, s - 2), s))) continue;
      if (word === '约' && ZH_YUE_INSIDE_WORD_BEFORE.test(text[s - 1] ?? '')) continue;
      return { start: s, approx };
    }
  }
  if (ZH_ABOUT_EVERY_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return { start, approx: 'about' };
  if (ZH_ABOUT_VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return { start, approx: 'about' };
  const currencyApprox = prefixApproxOf(ZH_APPROX_CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1]);
  if (currencyApprox) return { start, approx: currencyApprox };
  if (ZH_AT_LEAST_VERB_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return { start, approx: 'over' };
  if (ZH_AT_MOST_VERB_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return { start, approx: 'under' };
  // (最多一宗達11萬元: the largest single case, not a cap)
  const capWindow = text[start] === '一' ? '' : text.slice(Math.max(0, start - CAP_REACH), start);
  if (ZH_CAP_BEFORE.test(capWindow)) return { start, approx: 'under' };
  if (ZH_FLOOR_BEFORE.test(capWindow)) return { start, approx: 'over' };
  if (ZH_ABOUT_CHANGE_VERB_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return { start, approx: 'about' };
  if (
    ZH_OVER_SHARE_OF_WHOLE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) &&
    ZH_SHARE_AHEAD.test(text.slice(start, start + 9))
  )
    return { start, approx: 'over' };
  return null;
}

function enApproxBefore(text: string, start: number): { start: number; approx: Approx } | null {
  const window = text.slice(Math.max(0, start - 24), start);
  for (const [re, approx] of EN_PREFIX_APPROX) {
    const m = re.exec(window);
    if (m) return { start: start - (window.length - m.index), approx };
  }
  return null;
}

/**
 * Any lexicon word overlapping the numeral [start, end), except a word lying wholly inside a longer numeral: 千万 in
 * 四千万 and 万一 in 一百零一万一千 are parts of the figure, not the words 千万 (by all means) and 万一 (in case).
 */
function inNumeralWord(text: string, start: number, end: number): boolean {
  // 一七四三公里: 三公 (三公经费) across the figure's end is the figure and its unit 公里 (read once, not per word tried).
  const gongUnitAfter = ZH_GONG_UNIT_AFTER.test(text.slice(end, end + 2));
  for (let s = Math.max(0, start - ZH_WORD_MAX + 1); s < end; s++) {
    for (let len = 2; len <= ZH_WORD_MAX && s + len <= text.length; len++) {
      if (s + len <= start) continue;
      if (s >= start && s + len <= end && len < end - start) continue;
      if (s + len > end && gongUnitAfter) continue;
      if (ZH_WORD_SET.has(text.slice(s, s + len))) return true;
    }
  }
  return false;
}

function dateFlags(text: string, end: number, value: number, digits: string): string[] {
  const after = text.slice(end, end + 3);
  const flags: string[] = [];
  if (ZH_YEAR_AFTER.test(after) && Number.isInteger(value) && value >= 1900 && value <= 2100 && digits.length === 4)
    flags.push('year');
  else if (ZH_FISCAL_YEAR_AFTER.test(after) && value >= 1900 && value <= 2100) flags.push('year');
  if (
    ZH_MONTH_AFTER.test(after) &&
    !ZH_MONTH_COUNT.test(text.slice(end - 1, end + 2)) &&
    value >= 1 &&
    value <= 12 &&
    Number.isInteger(value)
  )
    flags.push('date');
  if (ZH_DAY_AFTER.test(after) && value >= 1 && value <= 31 && Number.isInteger(value)) flags.push('date');
  return flags;
}

/** Scans `text` for numeric expressions, left to right, in one pass with bounded look-around. */
export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let token: NumberToken | null = null;
    if (isDigitCode(c)) token = scanArabic(text, i);
    else if (isVulgarFractionCode(c)) token = scanVulgarFraction(text, i);
    else if (isZhNumeralCode(c) && !text.startsWith(ZH_BELOW_ZERO, i)) token = scanChinese(text, i);
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      // English number words start at a word boundary.
      if (i === 0 || !LATIN_LETTER_OR_DIGIT.test(text[i - 1]))
        token = scanEnglishFraction(text, i) ?? scanEnglishWords(text, i);
      if (!token) {
        // skip the rest of the word (it cannot hold a number word start)
        let j = i + 1;
        while (j < n && LATIN_LETTER.test(text[j])) j++;
        // P229.9 billion, RM41.69 billion: a currency's letters; the figure after them is read as money.
        // MOP15.71 billion, HKD2,322: a currency's code glued to the figure, as Macao's and Hong Kong's releases print it.
        const currencyLetter =
          isGluedCurrencyLetters(text.slice(i, j), text.slice(j, j + 40), text) ||
          isGluedCurrencyCode(text.slice(i, j));
        if (j < n && isDigitCode(text.charCodeAt(j)) && !currencyLetter && !isWordGluedToFigure(text, j)) {
          // G20, PTU3: a number glued to letters is an identifier
          let k = j;
          while (k < n && (isDigitCode(text.charCodeAt(k)) || LATIN_LETTER.test(text[k]))) k++;
          // K117,012,229 in a text whose K names no currency: the groups after the comma belong to it, no figure of their own.
          const idEnd = k;
          while (text[k] === ',' && THREE_DIGIT_GROUP.test(text.slice(k + 1, k + 5))) k += 4;
          const v = Number(text.slice(j, idEnd).replace(LETTERS_TO_END, ''));
          if (Number.isFinite(v) && k - j < 20) tokens.push(identifierToken(text, j, k, v));
          i = k;
          continue;
        }
        // PM 2.5, O 3, NO 2: a pollutant's name printed with a space before its number (a bulletin's PDF text).
        // (Not the PM of a clock time: "at 5 PM 10 officers".)
        const spaced =
          SPACED_POLLUTANT.test(text.slice(i, j)) && !CLOCK_HOUR_BEFORE.test(text.slice(Math.max(0, i - 4), i))
            ? SPACED_POLLUTANT_NUMBER.exec(text.slice(j, j + 6))
            : null;
        if (spaced) {
          tokens.push(identifierToken(text, j + 1, j + spaced[0].length, Number(spaced[1])));
          i = j + spaced[0].length;
          continue;
        }
        i = j;
        continue;
      }
    }
    if (token) {
      if (tokens.length && tokens[tokens.length - 1].end > token.start) {
        // overlapping prefix (an approximation word taken by both): keep the earlier token's end
        token.start = tokens[tokens.length - 1].end;
        token.text = text.slice(token.start, token.end);
      }
      if (Number.isFinite(token.value) && token.end > token.start) tokens.push(token);
      i = Math.max(token.end, i + 1);
    } else {
      i++;
    }
  }
  return tokens;
}

const MIXED_UNITS: Array<[string, number]> = [
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
  ['十', 10],
];

/**
 * 5万4千6百, 7万5千4百 (spaces gone in the normalised text), 3亿2千万: digits with smaller
 * character units after a scale word. Returns the value they add and where they end.
 */
function mixedTail(text: string, pos: number, scaleMult: number): { value: number; end: number } | null {
  let value = 0;
  let end = pos;
  let below = scaleMult;
  // 4兆8,530亿: the hundred-millions after a trillion, then what the loop reads below them.
  let gap = wrapGap(text, end);
  const yi = scaleMult === 1e12 ? ZH_YI_BELOW_TRILLION.exec(text.slice(end + gap, end + gap + 12)) : null;
  if (yi) {
    value += Number(yi[1].replace(',', '')) * 1e8;
    end += gap + yi[0].length;
    below = 1e8;
    gap = wrapGap(text, end);
  }
  for (;;) {
    const m = ZH_MIXED_TAIL_GROUP.exec(text.slice(end + gap, end + gap + 14));
    if (!m) break;
    const unit = MIXED_UNITS.find(([u]) => u === m[2]);
    if (!unit || unit[1] >= below) break;
    // 3亿2千万: a 千 right before 万 scales with it.
    const at = end + gap;
    const withWan = unit[1] < 1e4 && text[at + m[0].length] === '万' && scaleMult > 1e4 ? 1e4 : 1;
    // Rounded: 1505.8 × 10⁴ is not exact in binary.
    value += Math.round(Number(m[1].replace(/[, ]/, '')) * unit[1] * withWan * 100) / 100;
    below = unit[1] * withWan;
    end = at + m[0].length + (withWan > 1 ? 1 : 0);
    gap = wrapGap(text, end);
    // A decimal group is the amount's last (1億1505.8萬).
    if (m[1].includes('.')) return { value, end };
  }
  // 3万4000, 114億4,023萬4,000元: four digits right after 万 (the scale or the last group) are its thousands and below.
  const afterWan = (end === pos && scaleMult === 1e4) || (end > pos && below === 1e4);
  const rest = afterWan ? ZH_DIGITS_BELOW_WAN.exec(text.slice(end + gap, end + gap + 6)) : null;
  if (rest) {
    value += Number(rest[0].replace(',', ''));
    end += gap + rest[0].length;
  }
  return end > pos ? { value, end } : null;
}

/**
 * The PDF text between two parts of one amount (3,105億⏎    8,261萬5,000元, 7萬 6,000元): a hard wrap with its indent,
 * or one space before a comma-grouped thousands part; its length, or 0.
 */
function wrapGap(text: string, pos: number): number {
  const gap = ZH_AMOUNT_PART_GAP.exec(text.slice(pos, pos + 24));
  return gap ? gap[0].length : 0;
}

/**
 * 1,00,000 farmers, Rs 12,34,567: Indian digit grouping. Not next to Chinese text, where ASCII commas also part the
 * figures of a list (分别为1,23,456).
 */
function indianGroupedEnd(text: string, start: number, intEnd: number): number {
  const m = EN_INDIAN_DIGIT_GROUPS.exec(text.slice(intEnd, intEnd + 24));
  if (!m) return intEnd;
  const end = intEnd + m[0].length;
  const cjkNear = isCjkContext(text.charCodeAt(start - 1)) || isCjkContext(text.charCodeAt(end));
  return cjkNear ? intEnd : end;
}

/** 1089,0827,000元, 83,1128,000元: digits grouped by 萬 then by thousands, next to Chinese text only. */
function wanGroupedEnd(text: string, start: number, intEnd: number): number {
  const m = ZH_WAN_DIGIT_GROUPS.exec(text.slice(intEnd, intEnd + 32));
  if (!m) return intEnd;
  const end = intEnd + m[0].length;
  return isCjkContext(text.charCodeAt(start - 1)) || isCjkContext(text.charCodeAt(end)) ? end : intEnd;
}
/** Groups of four digits after a comma, the last one of three: ,0827,000 in 1089,0827,000. */
const ZH_WAN_DIGIT_GROUPS = /^(?:,\d{4})+,\d{3}(?![\d]|,\d)/;
/** Zeros only, two or more, and no decimal point after them. */
const ZERO_LED_RUN = /^0{2,}(?![\d.])/;

/** The decimal part of a figure: a point and digits. */
const DECIMAL_TAIL = /^\.\d+/;
const SPACE_GROUP = /^[ \u00a0\u2009\u202f]\d{3}(?!\d|,\d)/;
/** How far after a figure "minutes and 34 seconds" is read (20 cut "seconds" off after "and"). */
const SMALLER_DURATION_REACH = 32;
/** The most smaller-scale parts read after a scale word (trillion, billion, million, thousand). */
const MAX_SCALE_PARTS = 3;
/** 1990 to 2099: a year, which a comma and a figure after it do not make a decimal (in 2018,31 were recovered). */
const YEAR_LIKE = /^(?:19|20)\d\d$/;
/** ,3 or ,34 ending a figure: no thousands group (which has three digits), so a decimal comma. */
const DECIMAL_COMMA = /^,\d{1,2}(?![\d,])/;
/** A digit, a comma or a point right before a figure: it continues another number (1,234,5). */
const DIGIT_OR_GROUP_BEFORE = /[\d,.]$/;
/** Chinese or Japanese characters: a comma between figures there separates them (1,2月). */
/** Chinese punctuation after a figure. */
const ZH_CLOSING_PUNCTUATION = new Set([...'。，；：、）']);
const CJK_CHARACTER_NEAR = /[\u3400-\u9fff\uff0c\u3001\u3002]/u;
/** How far around a comma the text must be free of Chinese for the comma to be read as a decimal comma. */
const DECIMAL_COMMA_REACH = 20;
/** One thousands group (10,561): the only shape a decimal comma before a scale word can be mistaken for. */
const ONE_COMMA_GROUP = /^\d{1,3},\d{3}$/;
/** The scale word after it (10,561 million). */
const EN_SCALE_WORD_AFTER_COMMA_GROUP = /^\s?(?:million|billion|trillion|mn|bn)\b/i;
/** How far around the figure the text's decimal style is read. */
const DECIMAL_STYLE_REACH = 400;
/** A decimal written with a point (3.5), which a text with comma decimals does not write. */
const POINT_DECIMAL = /\d\.\d/;
/** A decimal written with a comma elsewhere: one or two digits after it (0,48%, 4,59t/ha, 1,31%). */
const COMMA_DECIMAL_ELSEWHERE = /(?<![\d,])\d{1,3},\d{1,2}(?![\d,])/;

/**
 * 7 500個, 超過 4 800萬人次: PDF and Hong Kong texts group thousands with a space. Taken only
 * when a unit, scale word or % follows the last group and no figure stands just before, so the
 * cells of a space-separated table (2019 125 340) stay separate numbers.
 */
function spaceGroupedEnd(text: string, start: number, intEnd: number): number {
  let j = intEnd;
  while (SPACE_GROUP.test(text.slice(j, j + 5))) j += 4;
  if (j === intEnd) return intEnd;
  // The decimal part, read by the caller, stands between the groups and what follows them (1 234 567.89).
  const k =
    j + ((DECIMAL_TAIL.exec(text.slice(j, j + 12)) ?? DECIMAL_COMMA.exec(text.slice(j, j + 4)))?.[0].length ?? 0);
  const next = text.charCodeAt(k);
  // 受助總人數為326 204。: Chinese punctuation closes the figure as a unit would.
  const unitFollows = (next >= 0x3400 && next <= 0x9fff) || text[k] === '%' || ZH_CLOSING_PUNCTUATION.has(text[k]);
  // 40 000 people, a population of 1 414 021 100.: English text grouping with spaces (SI style), a word or the
  // sentence's end after the last group.
  const wordFollows = EN_AFTER_SPACE_GROUPS.test(text.slice(k, k + 3));
  const figureBefore = FIGURE_BEFORE.test(text.slice(Math.max(0, start - 3), start));
  return (unitFollows || wordFollows) && !figureBefore ? j : intEnd;
}

/**
 * A comma before one or two digits that end the figure is a decimal comma in English text (23,3%, 3,34 persons, 60,5
 * million): no thousands group has fewer than three digits. Never near Chinese, where 1,2月 lists months.
 */
function isDecimalComma(text: string, start: number, commaAt: number): boolean {
  if (!DECIMAL_COMMA.test(text.slice(commaAt, commaAt + 4))) return false;
  if (DIGIT_OR_GROUP_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false;
  return !CJK_CHARACTER_NEAR.test(text.slice(Math.max(0, start - DECIMAL_COMMA_REACH), commaAt + DECIMAL_COMMA_REACH));
}

/**
 * 10,561 million tons, 2,301 million hectares: one comma group before a scale word is a decimal comma when the text
 * around it writes its decimals with commas (0,48%, 4,59t/ha) and none with a point, as South African and European
 * English do. `groupEnd` is where the comma group ended.
 */
function isDecimalCommaBeforeScale(text: string, start: number, groupEnd: number): boolean {
  if (groupEnd - start < 5 || groupEnd - start > 7 || !ONE_COMMA_GROUP.test(text.slice(start, groupEnd))) return false;
  if (!EN_SCALE_WORD_AFTER_COMMA_GROUP.test(text.slice(groupEnd, groupEnd + 12))) return false;
  if (DIGIT_OR_GROUP_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false;
  const around = text.slice(Math.max(0, start - DECIMAL_STYLE_REACH), groupEnd + DECIMAL_STYLE_REACH);
  if (CJK_CHARACTER_NEAR.test(around) || POINT_DECIMAL.test(around)) return false;
  return COMMA_DECIMAL_ELSEWHERE.test(around);
}

/** ¼ ½ ¾ (U+00BC–U+00BE) and ⅓ … ⅞ (U+2153–U+215E): tested by code first, as the scan loop meets every character. */
function isVulgarFractionCode(c: number): boolean {
  return (c >= 0xbc && c <= 0xbe) || (c >= 0x2153 && c <= 0x215e);
}

/** ¼%, around ½ per cent: a vulgar fraction standing alone (its approximation words before it in the span). */
function scanVulgarFraction(text: string, start: number): NumberToken | null {
  const value = VULGAR_FRACTIONS[text[start]];
  // ²½ or x¼ glued to a letter or digit is part of a name or a formula.
  if (LATIN_LETTER_OR_DIGIT.test(text[start - 1] ?? '')) return null;
  const en = enApproxBefore(text, start);
  const spanStart = en ? en.start : start;
  return {
    start: spanStart,
    end: start + 1,
    text: text.slice(spanStart, start + 1),
    value,
    script: 'arabic',
    percent: false,
    approx: en ? en.approx : null,
    flags: [],
  };
}

/** A figure grouped in thousands with commas at a position (165,239,443). */
const GLUED_GROUPED_FIGURE = /^\d{1,3}(?:,\d{3})+(?![\d,])/;
/** A lower-case word of three letters or more right before a figure. */
const LOWERCASE_WORD_END = /(?:^|[^A-Za-z])[a-z]{3,}$/;

/**
 * a staggering165,239,443: a lower-case word a page glued to a figure grouped in thousands (it lost the space) is no
 * identifier's letters.
 */
function isWordGluedToFigure(text: string, figureStart: number): boolean {
  return (
    GLUED_GROUPED_FIGURE.test(text.slice(figureStart, figureStart + 16)) &&
    LOWERCASE_WORD_END.test(text.slice(Math.max(0, figureStart - 12), figureStart))
  );
}

/** A plus right after a figure's digits, then the noun it counts: 70,000+ releases, 5000+家 (not 90+ day delinquency). */
const GLUED_PLUS_AFTER = /^\+(?=\s?[a-z]{2,}s\b|[\u3400-\u9fff])/;

/** Thousands grouped with dots, two groups or more (.437.328), not a version or an address (.3.1, .168.1). */
const DOTTED_THOUSANDS = /^(?:\.\d{3}){2,}(?![\d]|\.\d)/;
const DOTS = /\./g;

function scanArabic(text: string, start: number): NumberToken | null {
  const n = text.length;
  let j = start;
  while (j < n && isDigitCode(text.charCodeAt(j))) j++;
  const intDigits = j - start;
  // A huge digit run is not a quantity anyone reports; skip it whole. Nor is a run of zeros after a comma (the tail
  // of 1271162,000元, a figure whose grouping the scanner could not read): a part of another figure, no quantity.
  if (intDigits > 18 || (text[start - 1] === ',' && ZERO_LED_RUN.test(text.slice(start, j + 1))))
    return {
      start,
      end: j,
      text: text.slice(start, j),
      value: Number.NaN,
      script: 'arabic',
      percent: false,
      approx: null,
      flags: ['id'],
    };
  // Thousands separators: only valid 3-digit groups.
  if (intDigits <= 3) {
    while (j + 3 < n + 1 && text[j] === ',' && THREE_DIGIT_GROUP.test(text.slice(j + 1, j + 5))) j += 4;
    // 1,579, 667 movements: a spaced group may follow plain ones too.
    j = spacedCommaGroupsEnd(text, start, j);
    if (j === start + intDigits && intDigits <= 2) j = indianGroupedEnd(text, start, j);
    if (j === start + intDigits) j = spaceGroupedEnd(text, start, j);
  }
  // 1089,0827,000元: a Taiwan budget groups by 萬 (four digits), the last group by thousands.
  if (j === start + intDigits && intDigits <= 4) j = wanGroupedEnd(text, start, j);
  // 10.437.328 calls, 5.032.678: two or more groups after dots are thousands, whatever the text's decimal point.
  const dotGroups = j === start + intDigits && intDigits <= 3 ? DOTTED_THOUSANDS.exec(text.slice(j, j + 24)) : null;
  if (dotGroups) j += dotGroups[0].length;
  // Decimal part; 23,3% and 60,5 million (South African and European English) write it after a comma, also after a
  // figure of four or more digits that no comma groups (1182,1 million lei) or one grouped with spaces (21 792,4 million).
  const ungrouped = j === start + intDigits && (intDigits <= 3 || !YEAR_LIKE.test(text.slice(start, j)));
  const spaceGrouped = j > start + intDigits && text[start + intDigits] !== ',';
  const decimalComma =
    ((ungrouped || spaceGrouped) && isDecimalComma(text, start, j)) || isDecimalCommaBeforeScale(text, start, j);
  // 10,561 million tons where the text writes 0,48% and 50 750 tons: the comma was read as a group; it is the decimal.
  if (decimalComma && j > start + intDigits && text[start + intDigits] === ',') j = start + intDigits;
  if (!dotGroups && (text[j] === '.' || decimalComma) && isDigitCode(text.charCodeAt(j + 1))) {
    j++;
    while (j < n && isDigitCode(text.charCodeAt(j))) j++;
  }
  let end = j;
  const spaced = text.slice(start, end).replace(GROUP_SPACES, '');
  const written = dotGroups ? spaced.replace(DOTS, '') : spaced;
  const digits = decimalComma ? written.replace(',', '.') : written;
  if (text[end] === '-' && text[end + 2] === '/') {
    const mixed = hyphenatedMixedPercent(text, start, end, Number(digits));
    if (mixed) return mixed;
  }
  if (text[end] === '/') {
    const share =
      shareFraction(text, start, end, Number(digits)) ?? fractionOfPercent(text, start, end, Number(digits));
    if (share) return share;
  }
  // 16分之5: an Arabic denominator before 分之.
  if (text[end] === '分' && text[end + 1] === '之' && !digits.includes('.')) {
    const fraction = fractionAfter(text, end, Number(digits));
    if (fraction)
      return {
        start,
        end: fraction.end,
        text: text.slice(start, fraction.end),
        value: fraction.value,
        script: 'arabic',
        percent: true,
        approx: null,
        flags: [],
      };
  }
  const flags: string[] = [];
  const before = text[start - 1];
  // P229.9 billion, RM41.69 billion: a currency's letters, not an identifier's.
  const currencyLetter = gluedCurrencyLettersBefore(text, start);
  const codeBefore = !currencyLetter && isLatin(before) ? gluedCodeBefore(text, start) : false;
  if (
    !currencyLetter &&
    !codeBefore &&
    !isWordGluedToFigure(text, start) &&
    (isLatin(before) || (text[start - 1] === '-' && isLatin(text[start - 2])))
  )
    flags.push('id');
  if (before === '.' && isDigitCode(text.charCodeAt(start - 2))) flags.push('id');
  // &#34 (a quotation mark left by a web page): a character reference, no figure.
  if (before === '#' && text[start - 2] === '&') flags.push('code');
  let value = parseArabic(digits);
  if (value === null) return null;
  // "mail volume rose .7 percent": a US release drops the zero before the point of a percentage.
  const barePoint =
    before === '.' &&
    BARE_POINT_BEFORE.test(text[start - 2] ?? '') &&
    !written.includes('.') &&
    !written.includes(',') &&
    EN_PERCENT_AFTER_BARE_POINT.test(text.slice(end, end + 12));
  if (barePoint) value = Number(`0.${digits}`);
  // 2½ per cent, 5¼%: a whole number with a vulgar fraction glued to it.
  const glued =
    digits.includes('.') || !isVulgarFractionCode(text.charCodeAt(end)) ? undefined : VULGAR_FRACTIONS[text[end]];
  if (glued !== undefined) {
    value += glued;
    end++;
  }

  // Case codes: 3·07, 4·16, 8·30 (middle dots); 5.17 and 6.27 inside quotes.
  const mid = text[end];
  if (
    (mid === '·' || mid === '•' || mid === '・' || mid === '.') &&
    isDigitCode(text.charCodeAt(end + 1)) &&
    mid !== '.'
  ) {
    let k = end + 1;
    while (k < n && isDigitCode(text.charCodeAt(k))) k++;
    return {
      start,
      end: k,
      text: text.slice(start, k),
      value,
      script: 'arabic',
      percent: false,
      approx: null,
      flags: ['code'],
    };
  }
  if (DOTTED_DAY.test(digits) && OPENING_QUOTE.test(text[start - 1] ?? '') && CLOSING_QUOTE.test(text[end] ?? ''))
    flags.push('code');
  // Phone numbers and document numbers: 555-0134, 0471-1234567, 12345678901.
  if (
    text[end] === '-' &&
    DIGITS_AFTER_DASH.test(text.slice(end + 1, end + 5)) &&
    !PERCENT_SIGN.test(text.slice(end - 1, end)) &&
    !isQuantityRange(text, start, end)
  ) {
    let k = end + 1;
    while (k < n && (isDigitCode(text.charCodeAt(k)) || text[k] === '-')) k++;
    if (k - start >= 7)
      return {
        start,
        end: k,
        text: text.slice(start, k),
        value,
        script: 'arabic',
        percent: false,
        approx: null,
        flags: ['phone'],
      };
  }
  if (intDigits >= 11 && !digits.includes('.')) flags.push('phone');

  let approx: Approx | null = null;
  // 余/多 before a scale word: 970余万, 1万余, 2000亿余
  if ((text[end] === '余' || text[end] === '多') && ZH_SCALE_AFTER.test(text.slice(end + 1))) {
    approx = 'over';
    end++;
  }
  const scale = ZH_SCALE_AFTER.exec(text.slice(end, end + 12));
  if (scale) {
    const mult = ZH_SCALE_VALUES[scale[1]] ?? 1e4;
    value *= mult;
    end += scale[1].length;
    const tail = mixedTail(text, end, mult);
    if (tail) {
      value += tail.value;
      end = tail.end;
    }
  }
  if (
    (text[end] === '余' || text[end] === '多') &&
    !ZH_OVER_THEN_SINCE.test(text.slice(end, end + 4)) &&
    !ZH_DUO_WORD_AFTER_DIGITS.test(text.slice(end, end + 2))
  ) {
    approx = 'over';
    end++;
  }
  // 70,000+ releases, 5000+家: a plus glued after the digits says more than that (not 5+3).
  if (!approx && !scale && text[end] === '+' && GLUED_PLUS_AFTER.test(text.slice(end, end + 24))) {
    approx = 'over';
    end++;
  }
  // 占全国9成: tenths written with a digit, a percentage.
  let percent = false;
  if (!scale && isTenths(text, end, value)) {
    const hundredths = Number.isInteger(value)
      ? ZH_DIGIT_HUNDREDTHS_AFTER_TENTHS.exec(text.slice(end + 1, end + 3))
      : null;
    value = value * 10 + (hundredths ? Number(hundredths[0]) : 0);
    percent = true;
    end += 1 + (hundredths ? 1 : 0);
    // 6成多: more than six tenths.
    if (!approx && isOverAfterTenths(text, end)) {
      approx = 'over';
      end++;
    }
  }
  const minutes =
    !scale && !percent && Number.isInteger(value)
      ? (ZH_MINUTES_AFTER_HOURS.exec(text.slice(end, end + 10)) ??
        ZH_SECONDS_AFTER_MINUTES.exec(text.slice(end, end + 8)))
      : null;
  if (minutes && Number(minutes[1]) < MINUTES_PER_HOUR) {
    value = value * MINUTES_PER_HOUR + Number(minutes[1]);
    end += minutes[0].length;
  }
  const months =
    !minutes && !scale && !percent && Number.isInteger(value) && value <= YEARS_OF_A_DURATION_MAX
      ? ZH_MONTHS_AFTER_YEARS.exec(text.slice(end, end + 8))
      : null;
  if (months && Number(months[1]) < MONTHS_PER_YEAR) {
    value = value * MONTHS_PER_YEAR + Number(months[1]);
    end += months[0].length;
  }
  // "7 minutes 15 seconds", "2 hours and 45 minutes": one duration in the smaller unit.
  // Only a figure followed by a space can have a unit of time in words after it (most figures have none).
  const smaller =
    !minutes && !scale && !percent && Number.isInteger(value) && (text[end] === ' ' || text[end] === '\t')
      ? (EN_MINUTES_AFTER_HOURS.exec(text.slice(end, end + SMALLER_DURATION_REACH)) ??
        EN_SECONDS_AFTER_MINUTES.exec(text.slice(end, end + SMALLER_DURATION_REACH)))
      : null;
  if (smaller && Number(smaller[1]) < MINUTES_PER_HOUR) {
    value = value * MINUTES_PER_HOUR + Number(smaller[1]);
    end += smaller[0].length;
  }
  // English scale words: 1.6 million, $3.5bn
  let currencyPrefix: string | undefined;
  const spacedLetters = currencyLetter
    ? null
    : EN_SPACED_CURRENCY_LETTERS_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  const cur = currencyLetter
    ? [currencyLetter, currencyLetter]
    : (EN_CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 13), start)) ??
      (spacedLetters && EN_SCALED_FIGURE_AFTER_LETTERS.test(text.slice(start, start + 40)) ? spacedLetters : null));
  if (cur && !(cur[1] === EN_RUPEE_BACKTICK && EN_CODE_SPAN_CLOSE.test(text.slice(end, end + 1))))
    currencyPrefix = cur[1];
  const enScale = EN_SCALE_AFTER.exec(text.slice(end, end + 32));
  if (enScale) {
    const w = enScale[1].toLowerCase().replace(EN_PLURAL_ILLION, '$1');
    const mult = EN_SCALE_ABBREVIATIONS[w] ?? EN_SCALES[w];
    // 1.8m tons, 2m people: m and bn before a counted noun are the scale too (a length is 5m long, not 5m tons).
    const beforeCounted =
      (w === 'm' || w === 'bn') && EN_COUNTED_AFTER_SCALE_LETTER.test(text.slice(end + enScale[0].length, end + 40));
    if (mult && (currencyPrefix || beforeCounted || !EN_SCALE_ONLY_WITH_CURRENCY.test(w))) {
      const whole = Number.isInteger(value);
      value *= mult;
      end += enScale[0].length;
      // 133,7 thou. tourists: the abbreviation's point belongs to it.
      if ((w === 'thou' || w === 'thous') && text[end] === '.') end++;
      // Rs 11 thousand 180 crore: thousands of crores, then the crores below them.
      const crores = whole && w === 'thousand' ? EN_CRORES_AFTER_THOUSAND.exec(text.slice(end, end + 16)) : null;
      if (crores) {
        value = (value + Number(crores[1])) * EN_CRORE;
        end += crores[0].length;
      }
      const scaleNow = crores ? EN_CRORE : mult;
      // 13 billion 942 million, Rs 1804 crore 50 lakh: a smaller scale's part after a whole number of a written scale word.
      let below = scaleNow;
      for (let k = 0; whole && EN_SCALES[w] && k < MAX_SCALE_PARTS; k++) {
        const part = EN_SMALLER_SCALE_PART.exec(text.slice(end, end + 32));
        const partScale = part ? EN_SCALES[part[2].toLowerCase()] : 0;
        if (!part || partScale >= below) break;
        value += Math.round(Number(part[1]) * partScale * 100) / 100;
        below = partScale;
        end += part[0].length;
        if (part[1].includes('.')) break;
      }
      // 184 thousand 796 drams: the units after the last thousand.
      const units = below === EN_SCALES.thousand ? EN_UNITS_BELOW_THOUSAND.exec(text.slice(end, end + 12)) : null;
      if (units && whole) {
        value += Number(units[1]);
        end += units[0].length;
      }
      const crore =
        !crores && EN_SCALES_BEFORE_CRORE.test(w) ? EN_CRORE_AFTER_SCALE.exec(text.slice(end, end + 8)) : null;
      if (crore) {
        value *= EN_SCALE_ABBREVIATIONS[crore[1].toLowerCase()] ?? EN_SCALES[crore[1].toLowerCase()];
        end += crore[0].length;
      }
    }
  }
  let spanStart = barePoint ? start - 1 : start;
  if (currencyPrefix) spanStart = start - cur![0].length;
  // A minus sign: 增长率为-0.99‰, -$41.1 billion (before the currency sign; not a range's dash, a hyphenated code
  // or an arithmetic minus).
  const signAt = spanStart;
  const sign = text[signAt - 1];
  // –0.4% (a release types the minus as an en dash): only after white space or a bracket, never within a range.
  const enDashMinus = sign === '–' && EN_DASH_MINUS_BEFORE.test(text[signAt - 2] ?? '');
  if (
    (sign === '-' || sign === '−' || sign === '负' || enDashMinus) &&
    !NOT_BEFORE_A_SIGN.test(text[signAt - 2] ?? '')
  ) {
    value = -value;
    spanStart = signAt - 1;
  } else if (sign === '+' && !NOT_BEFORE_A_SIGN.test(text[signAt - 2] ?? '')) {
    // +39,000: a signed figure, as statistical releases write changes.
    spanStart = signAt - 1;
  } else if (belowZeroBefore(text, signAt)) {
    value = -value;
    spanStart = signAt - ZH_BELOW_ZERO.length;
  } else {
    // "registered a minus 4.2 per cent", "the negative 7.5 growth": a negative written as a word.
    const minus = EN_NEGATIVE_WORD_BEFORE.exec(text.slice(Math.max(0, signAt - 16), signAt));
    if (minus) {
      value = -value;
      spanStart = signAt - minus[0].length;
    }
  }
  const zh = zhApproxBefore(text, spanStart);
  const en = zh ? null : enApproxBefore(text, spanStart);
  // 約184萬餘人, 约3亿多元: "about" before a figure that ends in 余 or 多 makes the whole an estimate, not a floor.
  if (zh && (!approx || (approx === 'over' && zh.approx === 'about'))) {
    approx = zh.approx;
    spanStart = zh.start;
  } else if (zh) {
    spanStart = zh.start;
  } else if (en) {
    approx = approx ?? en.approx;
    spanStart = en.start;
  }
  if (percent && !approx) approx = shareApprox(text, spanStart);
  // 3 in 10 adults, 2 out of 3: a share written as a ratio.
  const ratio = !percent && !currencyPrefix && !scale && !enScale ? ratioShare(text, spanStart, end, value) : null;
  if (ratio) {
    value = ratio.value;
    end = ratio.end;
    percent = true;
  }
  if (
    ZH_ORDINAL_MARK_BEFORE.test(text.slice(Math.max(0, start - 2), start)) ||
    EN_NUMBER_SIGN_BEFORE.test(text.slice(Math.max(0, start - 4), start))
  )
    flags.push('ordinal');
  if (EN_ORDINAL_SUFFIX.test(text.slice(end, end + 3))) flags.push('ordinal');
  if (ZH_LIST_MARK.test(text[end] ?? '') && (start === 0 || text[start - 1] === '\n') && intDigits <= 2)
    flags.push('section');
  if ((start === 0 || text[start - 1] === '\n') && SECTION_POINT_AFTER.test(text.slice(end, end + 2)) && intDigits <= 2)
    flags.push('section');
  if ((start === 0 || text[start - 1] === '\n') && ZH_HEADING_AFTER.test(text.slice(end, end + 2)) && intDigits <= 2)
    flags.push('section');
  flags.push(...dateFlags(text, end, value, digits));

  const token: NumberToken = {
    start: spanStart,
    end,
    text: '',
    value,
    script: 'arabic',
    percent,
    approx,
    flags,
  };
  if (currencyPrefix) token.currencyPrefix = currencyPrefix;
  // Ranges: 4.5%-5%, 10-12, 10至12, 10~12
  const rangeM = ZH_RANGE_AFTER.exec(text.slice(end, end + 16));
  // "3-5 percent": English writes a range of figures as two figures, as it does "3 to 5 percent".
  const englishDashRange =
    rangeM !== null &&
    EN_DASH_RANGE_CONNECTOR.test(rangeM[0]) &&
    EN_WORD_AFTER_RANGE.test(text.slice(end + rangeM[0].length, end + rangeM[0].length + 2));
  // 下跌4.3%至105.8亿元: a percentage then an amount is a change and the level it reached, not a range; a range whose
  // low end carries % carries it at the high end too (4.5%-5%).
  const percentThenOther = rangeM !== null && rangeM[1] === '%' && text[end + rangeM[0].length] !== '%';
  const moveThenLevel =
    rangeM !== null &&
    rangeM[1] === '' &&
    ZH_MOVE_TO_LEVEL_JOINER.test(rangeM[0]) &&
    ZH_MOVE_VERB_BEFORE_RANGE.test(text.slice(Math.max(0, start - 4), start));
  if (
    rangeM &&
    !englishDashRange &&
    !percentThenOther &&
    !moveThenLevel &&
    !flags.includes('phone') &&
    !ZH_CALENDAR_UNIT_AFTER.test(text.slice(end + rangeM[0].length, end + rangeM[0].length + 1))
  ) {
    // 2,700 - 3,400亿元: the high end may group its thousands as the low end does.
    const high = Number(rangeM[2].replace(/,/g, ''));
    if (Number.isFinite(high) && high > token.value / (scale ? 1e4 : 1)) {
      let hEnd = end + rangeM[0].length;
      let highValue = high;
      const hScale = ZH_SCALE_AFTER.exec(text.slice(hEnd, hEnd + 2));
      if (hScale) {
        const mult = ZH_SCALE_VALUES[hScale[1]] ?? 1;
        highValue *= mult;
        hEnd += hScale[1].length;
        // 5-10万: the low end takes the scale word written once after the high end.
        if (!scale && token.value * mult < highValue) token.value *= mult;
      } else if (scale) highValue *= value / (parseArabic(digits) ?? 1);
      else if (isTenths(text, hEnd, highValue) && !percent && !rangeM[1]) {
        // 3至5成: a range of tenths, percentages.
        token.value *= 10;
        highValue *= 10;
        token.percent = true;
        hEnd++;
      }
      token.range = {
        low: token.value,
        high: highValue,
        lowEnd: end + rangeM[1].length,
        highStart: end + rangeM[0].length - rangeM[2].length,
      };
      token.end = hEnd;
    }
  }
  token.text = text.slice(token.start, token.end);
  return token;
}

/**
 * 补贴1000-3000元: two figures joined by a dash with a unit after the second are a range of a quantity, not a phone or
 * document number (0471-1234567 opens with 0; 400-810-8888 has two dashes; a phone number has no unit after it).
 */
function isQuantityRange(text: string, start: number, dash: number): boolean {
  const m = QUANTITY_RANGE_HIGH.exec(text.slice(dash, dash + 10));
  if (!m || text[start] === '0') return false;
  const next = text.charCodeAt(dash + m[0].length);
  const after = text.slice(dash + m[0].length, dash + m[0].length + 1);
  // 2019-2020年 is a span of years (left as it was read before).
  const unitAfter = ((next >= 0x3400 && next <= 0x9fff) || after === '%') && !ZH_CALENDAR_UNIT_AFTER.test(after);
  return unitAfter && Number(m[1]) > Number(text.slice(start, dash));
}

/**
 * 一0九年, 四七0六件, 四七二0件: Taiwan's press types the zero of a numeral written digit by digit as an Arabic 0; it
 * belongs to the run after a digit character, before another or after two.
 */
function arabicZeroAmongDigits(text: string, start: number, j: number): boolean {
  if (text[j] !== '0' || j === start || !ZH_PLAIN_DIGIT.test(text[j - 1])) return false;
  return ZH_PLAIN_DIGIT.test(text[j + 1] ?? '') || (j - start >= 2 && !ARABIC_DIGIT.test(text[j + 1] ?? ''));
}
const ARABIC_ZERO = /0/g;
const ARABIC_DIGIT = /\d/;

/** The decimal point of a numeral in characters: 点, and the full stops Taiwan's press writes for it. */
const ZH_POINTS = '点.．‧';
const ZH_POINT_MARKS = /[.．‧]/g;

function scanChinese(text: string, start: number): NumberToken | null {
  const n = text.length;
  // 百分之九十, 千分之五, 三分之二
  let j = start;
  // 十四.三%, 四六七.二公噸: Taiwan's press writes the decimal point of a numeral in characters as a full stop.
  while (
    j < n &&
    (isZhNumeralChar(text[j]) ||
      (ZH_POINTS.includes(text[j]) && j > start && isZhNumeralChar(text[j + 1] ?? '')) ||
      arabicZeroAmongDigits(text, start, j))
  )
    j++;
  // No numeral anyone writes is longer than this; a longer run is not a number (and parsing
  // every prefix of it would be quadratic).
  if (j - start > 24)
    return {
      start,
      end: j,
      text: text.slice(start, j),
      value: Number.NaN,
      script: 'chinese',
      percent: false,
      approx: null,
      flags: ['in-word'],
    };
  let end = j;
  const run = text.slice(start, end).replace(ZH_POINT_MARKS, '点').replace(ARABIC_ZERO, '〇');
  const flags: string[] = [];
  let percent = false;
  let value: number | null = null;
  // Where the numeral itself ends (before 成, 余, 几 and a scale word).
  let numeralEnd = end;
  let range: ZhRange | null = null;
  let tenthsOver = false;

  // 百分七十七: Taiwan's press may leave out the 之 of a percentage written in characters.
  const bareHundredth = run === '百' && text[end] === '分' && ZH_DIGIT_NUMERAL.test(text[end + 1] ?? '');
  // 十分一: so may Hong Kong's, of a fraction with one numerator under its denominator.
  const bareFraction =
    ZH_FRACTION_WITHOUT_ZHI_DENOMINATOR.test(run) &&
    text[end] === '分' &&
    ZH_DIGIT_NUMERAL.test(text[end + 1] ?? '') &&
    (parseChineseNumeral(text[end + 1]) ?? Infinity) < (parseChineseNumeral(run) ?? 0) &&
    ZH_FRACTION_WITHOUT_ZHI_END.test(text.slice(end + 2, end + 4));
  if (text[end] === '分' && (text[end + 1] === '之' || bareHundredth || bareFraction)) {
    // X分之Y: a fraction, reported as a percentage
    const fraction = fractionAfter(
      text,
      end,
      ZH_FRACTION_DENOMINATORS[run] ?? parseChineseNumeral(run),
      bareHundredth || bareFraction ? 1 : 2,
    );
    if (fraction) {
      value = fraction.value;
      percent = true;
      end = fraction.end;
    }
  }
  // 超過一半, 之一半, 一半以上: half, a share.
  if (
    value === null &&
    run === '一' &&
    text[end] === '半' &&
    (ZH_HALF_CUE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) ||
      ZH_HALF_CUE_AFTER.test(text.slice(end, end + 4)))
  ) {
    value = 50;
    percent = true;
    end++;
  }
  if (value === null) {
    // 万, 千万 alone are not numbers, unless a cue says a bare scale is the figure (超百亿美元, 破亿度).
    if (!ZH_DIGIT_NUMERAL.test(run)) return bareScale(text, start, end);
    value = parseChineseNumeral(run);
    // 一一四年: a Minguo year written digit by digit (a cardinal would be 一百一十四).
    if (value === null && ZH_YEAR_AFTER.test(text[end] ?? '') && ZH_YEAR_NUMERALS.test(run))
      value = parseDigitByDigit(run);
    // 一七四三公里, 二二六公里, 約六六二公頃 (Taiwan's press writes measures digit by digit): three digits or more before a
    // unit of length, area or weight have no other reading.
    if (value === null && run.length >= 3 && ZH_MEASURE_AFTER_DIGITS.test(text.slice(end, end + 4)))
      value = parseDigitByDigit(run);
    // 增幅高達九七八%: three digits or more written digit by digit before a percent sign (二三% stays a range).
    if (value === null && run.length >= 3 && ZH_PERCENT_SIGN_AFTER.test(text[end] ?? ''))
      value = parseDigitByDigit(run);
    // 九萬三三七九件, 七萬九三一件: the part below 萬 written digit by digit (93379, 70931).
    const digitsBelowWan = value === null ? ZH_DIGITS_BELOW_WAN_WRITTEN.exec(run) : null;
    if (digitsBelowWan) {
      const wan = parseChineseNumeral(digitsBelowWan[1]);
      if (wan !== null) value = wan * 1e4 + parseDigitByDigit(digitsBelowWan[2])!;
    }
    // 逾萬二宗, 千五人: Hong Kong's press leaves out the 一 before a scale and the scale after the digit that follows it.
    const abbreviated = value === null ? ZH_ABBREVIATED_SCALE_DIGIT.exec(run) : null;
    if (abbreviated) value = (10 + parseDigitByDigit(abbreviated[2])!) * (ZH_ABBREVIATED_SCALES[abbreviated[1]] / 10);
    if (value === null) {
      // A run like 一一 or 三四: try the longest numeral prefix.
      for (let k = run.length - 1; k >= 1 && value === null; k--) {
        const v = parseChineseNumeral(run.slice(0, k));
        if (v !== null) {
          value = v;
          end = start + k;
        }
      }
      if (value === null) return null;
    }
    numeralEnd = end;
    range = zhNumeralRange(text, start, end, value);
    if (range) {
      value = range.low;
      percent = range.percent;
      end = range.end;
    } else if (isTenths(text, end, value)) {
      // 七成, 超五成: tenths as a percentage; 三成半 is 35%.
      value = value * 10;
      percent = true;
      end++;
      const hundredths = value < 100 ? ZH_HUNDREDTHS_AFTER_TENTHS.exec(text.slice(end, end + 2)) : null;
      if (text[end] === ZH_HALF && value < 100) {
        value += 5;
        end++;
      } else if (hundredths) {
        value += parseChineseNumeral(hundredths[1]) ?? 0;
        end++;
      }
      // 六成多, 三成余: more than that many tenths.
      if (isOverAfterTenths(text, end)) {
        tenthsOver = true;
        end++;
      }
    } else {
      const trillions = zhTrillions(text, end, value);
      if (trillions) {
        value = trillions.value;
        end = numeralEnd = trillions.end;
      }
    }
  }
  let approx: Approx | null = tenthsOver ? 'over' : null;
  if (
    !percent &&
    !range &&
    (text[end] === '余' || text[end] === '多') &&
    !ZH_DUO_WORD_AFTER_NUMERAL.test(text.slice(end, end + 3))
  ) {
    // 十余, 一百余, 二十多
    if (ZH_ROUND_NUMERAL_END.test(text.slice(start, end))) {
      approx = 'over';
      end++;
    }
  }
  // 二十几万, 一百几十: a fuzzy amount, at least the round figure written.
  let fuzzy = false;
  if (!percent && !approx && text[end] === '几' && ZH_FUZZY_ROUND_END.test(text.slice(start, end))) {
    approx = 'over';
    fuzzy = true;
    end++;
  }
  const scale = !percent ? ZH_SCALE_AFTER.exec(text.slice(end, end + 2)) : null;
  if (scale && ZH_SMALL_ROUND_END.test(text.slice(start, end)) === false && approx === 'over') {
    // 十余万; 二億八千多萬: the scale multiplies only the part written below the larger scale before it (八千 of 二億八千).
    const mult = scale[1] === '亿' ? 1e8 : 1e4;
    const above = Math.floor(value / (mult * 1e4)) * mult * 1e4;
    value = above + (value - above) * mult;
    end += scale[1].length;
  }
  let spanStart = start;
  // 负三十二: a negative written in characters (not 正负, 抱负, 胜负).
  if (text[start - 1] === '负' && !ZH_NOT_NEGATIVE_BEFORE.test(text[start - 2] ?? '')) {
    value = -value;
    spanStart = start - 1;
  } else if (belowZeroBefore(text, start)) {
    value = -value;
    spanStart = start - ZH_BELOW_ZERO.length;
  }
  const zh = zhApproxBefore(text, spanStart);
  if (zh) {
    // 约一千多人: as 约1000多人, an estimate.
    approx = approx === 'over' && zh.approx === 'about' ? 'about' : (approx ?? zh.approx);
    spanStart = zh.start;
  }
  if (percent && !approx) approx = shareApprox(text, spanStart);
  const prev = text[start - 1] ?? '';
  const ordinalAfter = ZH_ORDINAL_AFTER.exec(text.slice(end, end + 3))?.[1];
  const meetingsHeld =
    ordinalAfter === '次会' && ZH_MEETINGS_HELD_BEFORE.test(text.slice(Math.max(0, spanStart - 6), spanStart));
  if (prev === '第' || (ordinalAfter && !meetingsHeld)) flags.push('ordinal');
  if (ZH_LIST_MARK.test(text[end] ?? '') && (start === 0 || LINE_OR_BRACKET_START.test(prev))) flags.push('section');
  if (prev === '（' && text[end] === '）') flags.push('section');
  if (ZH_YEAR_AFTER.test(text[end] ?? '') && ZH_YEAR_NUMERALS.test(run)) flags.push('year');
  if (ZH_MONTH_MARK.test(text[end] ?? '') && value <= 12 && !percent) flags.push('date');
  if (
    ZH_DAY_AFTER.test(text[end] ?? '') &&
    value <= 31 &&
    !percent &&
    ZH_MONTH_CHAR.test(text.slice(Math.max(0, start - 3), start))
  )
    flags.push('date');
  if (
    ZH_VAGUE_BEFORE.test(prev) ||
    ZH_VAGUE_AFTER.test(text[end] ?? '') ||
    ZH_VAGUE_WORD_AFTER.test(text.slice(end, end + 3))
  )
    flags.push('vague');
  if (!percent && !fuzzy && (inNumeralWord(text, start, numeralEnd) || loneFinancialCapital(text, start, numeralEnd)))
    flags.push('in-word');
  if (!percent && !range && value === 1 && run === '一' && ZH_MEASURE_AFTER_ONE.test(text.slice(end, end + 1)))
    flags.push('indefinite');
  const token: NumberToken = {
    start: spanStart,
    end,
    text: text.slice(spanStart, end),
    value,
    script: 'chinese',
    percent,
    approx,
    flags,
  };
  if (range) token.range = { low: range.low, high: range.high, lowEnd: range.lowEnd, highStart: range.highStart };
  return token;
}

/**
 * 五兆六十二亿, 四十九兆九千五百九十二億元: 兆 as a trillion, as Taiwan writes it, only inside a numeral (a numeral
 * follows it); 兆 after a figure is otherwise the unit prefix mega (兆瓦, 兆帕).
 */
function zhTrillions(text: string, pos: number, head: number): { value: number; end: number } | null {
  if (text[pos] !== ZH_TRILLION || !Number.isInteger(head)) return null;
  let k = pos + 1;
  while (k < text.length && k - pos <= RANGE_NUMERAL_MAX && (isZhNumeralChar(text[k]) || text[k] === '点')) k++;
  const rest = k > pos + 1 ? parseChineseNumeral(text.slice(pos + 1, k)) : null;
  if (rest === null || rest >= 1e12 || rest < 0) return null;
  return { value: head * 1e12 + rest, end: k };
}

/** 六成多, 三成余: 多 or 余 after tenths is "more than" (not 多种, 多元 …). */
function isOverAfterTenths(text: string, pos: number): boolean {
  return (text[pos] === '多' || text[pos] === '余') && !ZH_DUO_WORD_AFTER_NUMERAL.test(text.slice(pos, pos + 3));
}

/** 七成, 3成: 成 after a figure up to ten counts tenths, unless it starts a word (成为, 成果). */
function isTenths(text: string, pos: number, value: number): boolean {
  return text[pos] === '成' && value > 0 && value <= 10 && !ZH_NOT_TENTHS_AFTER.test(text.slice(pos, pos + 3));
}

interface ZhRange {
  low: number;
  high: number;
  end: number;
  percent: boolean;
  /** Where the low end's numeral ends and the high end's starts (六一〇亿至六三二亿美元 gives two figures). */
  lowEnd: number;
  highStart: number;
}

/** The longest numeral a range's high end is read over (bounds the scan). */
const RANGE_NUMERAL_MAX = 16;

/**
 * 三至五成, 一千到一千五百, 二十至三十万: a range written in numerals after the low end [start, lowEnd). The scale word
 * and the 成 written once after the high end are the low end's too; a high end followed by 年/月/日 is a span of
 * dates, and one not above the low end is no range (一到二十 yes, 三到一 no).
 */
function zhNumeralRange(text: string, start: number, lowEnd: number, low: number): ZhRange | null {
  const connector = ZH_NUMERAL_RANGE_CONNECTOR.exec(text.slice(lowEnd, lowEnd + 2));
  if (!connector) return null;
  const from = lowEnd + connector[0].length;
  let k = from;
  while (k < text.length && k - from < RANGE_NUMERAL_MAX && isZhNumeralChar(text[k])) k++;
  if (k === from || ZH_CALENDAR_UNIT_AFTER.test(text.slice(k, k + 1))) return null;
  const highRun = text.slice(from, k);
  let high = parseChineseNumeral(highRun);
  if (high === null) return null;
  let lowValue = low;
  const scale = ZH_TRAILING_SCALE.exec(highRun);
  if (scale && !ZH_WAN_OR_YI.test(text.slice(start, lowEnd))) lowValue *= ZH_SCALE_VALUES[scale[1]] ?? 1;
  if (!(high > lowValue)) return null;
  let end = k;
  let percent = false;
  if (isTenths(text, end, high)) {
    lowValue *= 10;
    high *= 10;
    percent = true;
    end++;
  }
  return { low: lowValue, high, end, percent, lowEnd, highStart: from };
}

/**
 * 陆地, 队伍, 收拾, 放肆: a financial capital standing alone is a character of a word; capitals write whole amounts
 * (壹佰元, 陆万元), so a lone one counts only before a money word or a scale (陆元, 伍万).
 */
function loneFinancialCapital(text: string, start: number, end: number): boolean {
  return (
    end - start === 1 &&
    ZH_FINANCIAL_CAPITAL.test(text[start]) &&
    !ZH_CAPITAL_AMOUNT_AFTER.test(text.slice(end, end + 1)) &&
    !isDigitCode(text.charCodeAt(start - 1))
  );
}

/**
 * 三分之二, 百分之五点五, 百分之90, 16分之5: the numerator after 分之 at `fen` (the 分; `markLength` 1 for 百分七十七),
 * over `denominator`; the value as a percentage and where the numerator ends, or null when no numerator follows.
 */
function fractionAfter(
  text: string,
  fen: number,
  denominator: number | null,
  markLength = 2,
): { value: number; end: number } | null {
  if (!denominator || denominator <= 0) return null;
  const from = fen + markLength;
  let k = from;
  // 百分之五点五: a decimal point between numerals belongs to the numerator.
  while (
    k < text.length &&
    k - from < 24 &&
    (isZhNumeralChar(text[k]) || (text[k] === '点' && k > from && isZhNumeralChar(text[k + 1] ?? '')))
  )
    k++;
  let numerator: number | null = null;
  let end = k;
  if (k > from) {
    // 百分之百: a bare scale as the numerator; 百分之七十百分位: the longest numeral that opens the run.
    // A digit right after the prefix makes it no numeral (百分之二三十: two or three tenths, vague).
    for (; end > from && numerator === null; end--) {
      if (end < k && ZH_DIGIT_NUMERAL.test(text[end])) continue;
      const written = text.slice(from, end);
      numerator = parseChineseNumeral(written) ?? ZH_FRACTION_DENOMINATORS[written] ?? null;
    }
    if (numerator !== null) end++;
  } else {
    // Arabic numerator: 百分之90, 百分之1,111
    const m = DECIMAL_AT_START.exec(text.slice(from, from + 16));
    if (m) {
      numerator = Number(m[0].replace(GROUP_COMMAS, ''));
      end = from + m[0].length;
    }
  }
  if (numerator === null || !Number.isFinite(numerator)) return null;
  return { value: Math.round((numerator / denominator) * 100 * 10000) / 10000, end };
}

/** Bounded look-back for a bare scale's cue and a fraction's 占 (the longest cue, 占 and six characters). */
const CUE_WINDOW = 10;

/** 超百亿美元, 突破百亿次, 破亿度, 千亿元以上: a scale word alone is the figure when a cue says so (GUIDE milestones). */
function bareScale(text: string, start: number, runEnd: number): NumberToken | null {
  // 破亿千瓦时: the run of numeral characters may run into the unit; the longest scale that opens it is the figure.
  let end = runEnd;
  while (end > start && ZH_BARE_SCALES[text.slice(start, end)] === undefined) end--;
  const run = text.slice(start, end);
  const value = ZH_BARE_SCALES[run];
  if (value === undefined) return null;
  // 百余个, 千余家: more than that many, 余 inside the span.
  if (
    value <= 1e4 &&
    ZH_BARE_SCALE_OVER_COUNT.test(text.slice(end, end + 2)) &&
    !ZH_VAGUE_BEFORE_BARE_SCALE.test(text.slice(Math.max(0, start - 1), start))
  )
    return {
      start,
      end: end + 1,
      text: text.slice(start, end + 1),
      value,
      script: 'chinese',
      percent: false,
      approx: 'over',
      flags: [],
    };
  if (ZH_BARE_SCALE_NOT_BEFORE.test(text.slice(end, end + 1))) return null;
  const prefix = zhApproxBefore(text, start);
  if (prefix)
    return {
      start: prefix.start,
      end,
      text: text.slice(prefix.start, end),
      value,
      script: 'chinese',
      percent: false,
      approx: prefix.approx,
      flags: [],
    };
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  const cue = ZH_BARE_SCALE_CUES.find(([word]) => before.endsWith(word));
  const over = ZH_BARE_SCALE_OVER_AFTER.test(text.slice(end, end + 5));
  if (!cue && !over) return null;
  const approx = cue?.[1] ?? null;
  return { start, end, text: run, value, script: 'chinese', percent: false, approx, flags: [] };
}

/** 约占全国1/10: a fraction after 占 is a share, a percentage; the word before 占 gives its approximation. */
function shareFraction(text: string, start: number, numeratorEnd: number, numerator: number): NumberToken | null {
  const fraction = properFractionAfter(text, start, numeratorEnd, numerator);
  if (!fraction) return null;
  if (!ZH_SHARE_BEFORE_FRACTION.test(text.slice(Math.max(0, start - CUE_WINDOW), start))) return null;
  const { denominator, end } = fraction;
  const value = Math.round((numerator / denominator) * 100 * 10000) / 10000;
  const prefix = zhApproxBefore(text, start);
  const spanStart = prefix?.start ?? start;
  const approx = prefix?.approx ?? shareApprox(text, start);
  return {
    start: spanStart,
    end,
    text: text.slice(spanStart, end),
    value,
    script: 'arabic',
    percent: true,
    approx,
    flags: [],
  };
}

/** 1/4, 3/10: the denominator of a proper fraction written with a slash after a whole numerator, and its end. */
function properFractionAfter(
  text: string,
  start: number,
  numeratorEnd: number,
  numerator: number,
): { denominator: number; end: number } | null {
  const m = SLASH_DENOMINATOR.exec(text.slice(numeratorEnd, numeratorEnd + 5));
  if (!m || text[start - 1] === '/' || !Number.isInteger(numerator)) return null;
  const denominator = Number(m[1]);
  if (denominator <= numerator || denominator === 0) return null;
  return { denominator, end: numeratorEnd + m[0].length };
}

/** 0 to 1/4 percent, 1/2 percentage point: a fraction written before its percent is that many percent. */
function fractionOfPercent(text: string, start: number, numeratorEnd: number, numerator: number): NumberToken | null {
  const fraction = properFractionAfter(text, start, numeratorEnd, numerator);
  if (!fraction) return null;
  const { denominator, end } = fraction;
  if (!EN_PERCENT_AFTER_FRACTION.test(text.slice(end, end + 24))) return null;
  const value = Math.round((numerator / denominator) * 10000) / 10000;
  return { start, end, text: text.slice(start, end), value, script: 'arabic', percent: false, approx: null, flags: [] };
}

/** 5-1/4 percent, 5-1/4 to 5-1/2 percent: a whole number and a hyphenated fraction before a percent is one figure. */
function hyphenatedMixedPercent(text: string, start: number, wholeEnd: number, whole: number): NumberToken | null {
  if (!Number.isInteger(whole) || wholeEnd - start > 2 || !isDigitCode(text.charCodeAt(wholeEnd + 1))) return null;
  const numerator = Number(text[wholeEnd + 1]);
  const fraction = properFractionAfter(text, wholeEnd + 1, wholeEnd + 2, numerator);
  if (!fraction || !EN_PERCENT_AFTER_FRACTION.test(text.slice(fraction.end, fraction.end + 32))) return null;
  const { denominator, end } = fraction;
  const value = Math.round((whole + numerator / denominator) * 10000) / 10000;
  return { start, end, text: text.slice(start, end), value, script: 'arabic', percent: false, approx: null, flags: [] };
}

/** 约占全国1/10, 约占全球8成: the approximation word before 占 qualifies the share after it. */
function shareApprox(text: string, start: number): Approx | null {
  return prefixApproxOf(ZH_APPROX_BEFORE_SHARE.exec(text.slice(Math.max(0, start - CUE_WINDOW), start))?.[1]);
}

/** The approximation a Chinese prefix word gives (逾 → over, 约 → about), or null. */
function prefixApproxOf(word: string | undefined): Approx | null {
  return word ? (ZH_PREFIX_APPROX.find(([w]) => w === word)?.[1] ?? null) : null;
}

/** half a million, half a billion: half of a scale word, a number (not a share). */
function englishHalfScale(text: string, start: number): { value: number; end: number } | null {
  const m = EN_HALF_OF_SCALE.exec(text.slice(start, start + 24));
  const scale = m ? EN_SCALES[m[1].toLowerCase()] : undefined;
  return m && scale ? { value: scale / 2, end: start + m[0].length } : null;
}

/**
 * one and a half, five and a quarter (million): a small whole number and a fraction is a number, not a share;
 * a scale word after it scales both.
 */
function englishMixedNumber(text: string, end: number, whole: number): { value: number; end: number } | null {
  if (!Number.isInteger(whole) || whole < 0 || whole >= EN_MIXED_NUMBER_MAX) return null;
  const m = EN_AND_A_FRACTION.exec(text.slice(end, end + 40));
  const fraction = m ? englishFractionValue(m[1]) : null;
  if (!m || fraction === null) return null;
  let value = whole + fraction;
  let to = end + m[0].length;
  const scale = EN_SCALE_AFTER.exec(text.slice(to, to + 32));
  const mult = scale ? EN_SCALES[scale[1].toLowerCase()] : undefined;
  if (scale && mult) {
    value *= mult;
    to += scale[0].length;
  }
  return { value, end: to };
}

function scanEnglishWords(text: string, start: number): NumberToken | null {
  const half = englishHalfScale(text, start);
  if (half) return englishToken(text, start, half.end, half.value, false);
  const first = EN_NUMBER_WORD_START.exec(text.slice(start, start + 30));
  if (!first) return null;
  const w0 = first[0].toLowerCase();
  const parts0 = w0.split('-');
  // one-eighth, two-thirds: a hyphenated fraction opens a number too.
  const startsNumber =
    parts0.every((p, i) => isEnglishNumberWord(p) || (i > 0 && EN_FRACTION_WORD.test(p))) ||
    ((w0 === 'a' || w0 === 'an') && EN_A_SCALE_WORD.test(text.slice(start, start + 20)));
  // "(million dollars)", "₹ lakh crore": a scale word alone is a table's unit heading, not a number (a million is).
  if (!startsNumber || parts0[0] in EN_SCALES) return null;
  // Extend over number words, "and", hyphens, and fraction words.
  let end = start + first[0].length;
  let words = first[0];
  for (;;) {
    const m = EN_NEXT_NUMBER_WORD.exec(text.slice(end, end + 30));
    if (!m) break;
    const w = m[3].toLowerCase();
    const ok = w.split('-').every((p) => isEnglishNumberWord(p) || EN_FRACTION_WORD.test(p));
    if (!ok) break;
    words += ' ' + (m[2] ? 'and ' : '') + m[3];
    end += m[0].length;
  }
  const value = parseEnglishNumber(words);
  if (value === null) return null;
  if ((w0 === 'a' || w0 === 'an') && words.split(WHITESPACE).length < 2) return null;
  const isFraction = EN_FRACTION_END.test(words);
  // four quarters (a time frame), one half: a fraction word that names a period too is a share only before "of".
  if (isFraction && EN_PERIOD_FRACTION_END.test(words) && !EN_OF_AFTER.test(text.slice(end, end + 5))) return null;
  const mixed = isFraction ? null : englishMixedNumber(text, end, value);
  if (mixed) return englishToken(text, start, mixed.end, mixed.value, false);
  // one in five: a share written as a ratio.
  const ratio = isFraction ? null : ratioShare(text, start, end, value);
  if (ratio) return englishToken(text, start, ratio.end, ratio.value, true);
  return englishToken(text, start, end, isFraction ? Math.round(value * 100 * 10000) / 10000 : value, isFraction);
}

/** A number written in words over [start, end), with the approximation words before it. */
function englishToken(text: string, start: number, end: number, value: number, isFraction: boolean): NumberToken {
  let spanStart = start;
  let approx: Approx | null = null;
  const en = enApproxBefore(text, start);
  if (en) {
    approx = en.approx;
    spanStart = en.start;
  }
  const flags: string[] = [];
  // "one of the", "one day" as a phrase: leave single "one" as is; the metric layer needs a unit
  if (EN_COMPOUND_UNIT_AFTER.test(text.slice(end, end + 12))) flags.push('compound');
  return {
    start: spanStart,
    end,
    text: text.slice(spanStart, end),
    value,
    script: 'english',
    percent: isFraction,
    approx,
    flags,
  };
}

/** Rounds a share to four decimals, as the gold writes 三分之二 (66.6667). */
const roundShare = (share: number) => Math.round(share * 10000) / 10000;

/** 3 in 10, one in five, 2 out of 3 after a numerator from `start` to `end`: the share as a percentage and where it ends. */
function ratioShare(
  text: string,
  start: number,
  end: number,
  numerator: number,
): { value: number; end: number } | null {
  const m =
    EN_RATIO_IN_AFTER.exec(text.slice(end, end + 24)) ??
    // "met 30 of 36 performance measures": a bare "of" only after a verb of meeting targets.
    (EN_RATIO_MET_BEFORE.test(text.slice(Math.max(0, start - 12), start))
      ? EN_RATIO_OF_AFTER.exec(text.slice(end, end + 24))
      : null);
  if (!m || !Number.isInteger(numerator) || numerator <= 0) return null;
  const word = m[1].toLowerCase().replace(WHITESPACE_RUNS, ' ');
  const denominator = DIGIT_START.test(word) ? Number(word.replace(COMMAS, '')) : (parseEnglishNumber(word) ?? NaN);
  if (!Number.isFinite(denominator) || denominator <= numerator) return null;
  return { value: roundShare((numerator / denominator) * 100), end: end + m[0].length };
}

/** about half of the grants, two-thirds of applicants, a third of: a share written in words, a percentage. */
function scanEnglishFraction(text: string, start: number): NumberToken | null {
  const m = EN_FRACTION_SHARE.exec(text.slice(start, start + 24));
  if (!m) return null;
  // the first half of 2024, the second quarter of: a part of a period.
  if (EN_PERIOD_PART_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  const numerator = m[1] ? EN_FRACTION_NUMERATORS[m[1].toLowerCase()] : 1;
  const fraction = m[2].toLowerCase();
  const denominator = EN_FRACTION_DENOMINATORS[fraction.endsWith('s') ? fraction.slice(0, -1) : fraction];
  // "two third" is no fraction; a plural fraction word needs a numerator above one; only half stands alone
  // (the third of the reports is an ordinal).
  if (!numerator || !denominator || (fraction.endsWith('s') && numerator < 2)) return null;
  if (!m[1] && fraction !== 'half') return null;
  const end = start + m[0].length;
  const approx = enApproxBefore(text, start);
  const spanStart = approx?.start ?? start;
  return {
    start: spanStart,
    end,
    text: text.slice(spanStart, end),
    value: roundShare((numerator / denominator) * 100),
    script: 'english',
    percent: true,
    approx: approx?.approx ?? null,
    flags: [],
  };
}
