import {
  ZH_COMPOUND_TENS,
  ZH_COMPOUND_TENS_CHAR,
  ZH_DECIMAL_THEN_SCALE,
  ZH_WAN_OR_YI,
  ZH_SPOKEN_HUNDREDTHS,
  ZH_WAN_WAN,
  ZH_ZERO,
} from '../rules/zh/numbers';

/** A figure in digits: an optional sign, thousands groups or plain digits, a decimal part. */
// 1,00,000: Indian grouping (two-digit groups before the last three) too; 1089,0827,000: groups of 萬 then thousands.
const ARABIC_FIGURE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,4}(?:,\d{4})+,\d{3}|\d+)(?:\.\d+)?$/;
/** The thousands separators (removed before parsing). */
const THOUSANDS_SEPARATORS = /,/g;
/** Hyphens (twenty-five → twenty five). */
const HYPHENS = /-/g;
/** A run of white space. */
const WHITESPACE = /\s+/;
// Pure numeral parsers: Arabic (with separators), Chinese (一百二十三, 两千零五, 三点五,
// financial 壹贰叁), and English number words (one hundred and five, 1.6 million).

const ZH_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
/** The numeral characters of the digits 0 to 9. */
const DIGIT_CHARS = '〇一二三四五六七八九';
const ZH_SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const ZH_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅卌';

export function isZhNumeralChar(ch: string): boolean {
  return ZH_NUMERAL_CHARS.includes(ch);
}

const ZH_NUMERAL_CODES = new Set(Array.from(ZH_NUMERAL_CHARS, (ch) => ch.charCodeAt(0)));

/** `isZhNumeralChar` by UTF-16 code, for the scanner's loop over every character (no string per character). */
export function isZhNumeralCode(c: number): boolean {
  return c >= 0x3007 && ZH_NUMERAL_CODES.has(c);
}

export function parseArabic(s: string): number | null {
  const t = s.trim();
  if (!ARABIC_FIGURE.test(t)) return null;
  const v = Number(t.replace(THOUSANDS_SEPARATORS, ''));
  return Number.isFinite(v) ? v : null;
}

/** Parses an integer section below 万 (e.g. 三千零五, 十五, 两百). */
function parseSection(s: string): number | null {
  if (!s) return 0;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in ZH_DIGIT) {
      if (digit !== null && ZH_DIGIT[ch] !== 0 && digit !== 0) return null; // 一二 is not a numeral
      digit = ZH_DIGIT[ch];
      continue;
    }
    const unit = ZH_SMALL_UNIT[ch];
    if (unit === undefined) return null;
    if (unit >= lastUnit) return null;
    const unitBefore = lastUnit;
    lastUnit = unit;
    // 十二 and 一千零十二: a 十 with no digit of its own (at the start, or after 零) is 一十; so is one right after
    // 百, as Taiwan's and Hong Kong's press write it (一百十處 is 110, 五百十一台 is 511).
    const tens = unit === 10 && (digit === 0 || (digit === null && (total === 0 || unitBefore === 100)));
    total += (tens ? 1 : digit === null ? NaN : digit) * unit;
    if (Number.isNaN(total)) return null;
    digit = null;
  }
  if (digit !== null) {
    // 两千五 → 2500: a trailing digit after a unit takes the next lower unit.
    if (lastUnit !== Infinity && lastUnit >= 100 && s[s.length - 2] !== '零' && !ZH_ZERO.test(s.slice(-2, -1)))
      total += digit * (lastUnit / 10);
    else total += digit;
  }
  return total;
}

/** Reads a numeral written digit by digit (一一四 → 114), or null when a character is no digit. */
export function parseDigitByDigit(s: string): number | null {
  const chars = [...s];
  if (!chars.length || !chars.every((c) => c in ZH_DIGIT)) return null;
  return Number(chars.map((c) => ZH_DIGIT[c]).join(''));
}

/**
 * Parses a Chinese numeral: 一百二十三, 两千零五, 十五, 一万二千, 三点五, 负三, 二〇二三
 * (digit by digit). Returns null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(input: string): number | null {
  let s = input.trim();
  if (!s) return null;
  let sign = 1;
  if (s.startsWith('负')) {
    sign = -1;
    s = s.slice(1);
  }
  // 四万万 (old style) is 四亿
  s = s.replace(ZH_WAN_WAN, '亿').replace(ZH_COMPOUND_TENS_CHAR, (c) => ZH_COMPOUND_TENS[c]);
  // 三点二万亿, 二点五亿: a decimal numeral, then its scale
  const scaled = ZH_DECIMAL_THEN_SCALE.exec(s);
  if (scaled) {
    const head = parseChineseNumeral(scaled[1]);
    if (head === null) return null;
    const scale = scaled[2] === '万亿' ? 1e12 : scaled[2] === '亿' ? 1e8 : 1e4;
    return sign * Number((head * scale).toPrecision(15));
  }
  let fraction = '';
  const dot = s.indexOf('点');
  if (dot >= 0) {
    fraction = s.slice(dot + 1);
    s = s.slice(0, dot);
    // 百分之十二點十三: the hundredths read as a number, as a speaker says them (十三 for 一三).
    const spokenHundredths = ZH_SPOKEN_HUNDREDTHS.test(fraction) ? parseSection(fraction) : null;
    if (spokenHundredths !== null) fraction = [...String(spokenHundredths)].map((d) => DIGIT_CHARS[Number(d)]).join('');
    if (!fraction || ![...fraction].every((c) => c in ZH_DIGIT)) return null;
  }
  if (!s) return null;
  // Digit-by-digit form (二〇二三, 一九九八): no units at all.
  if ([...s].every((c) => c in ZH_DIGIT) && s.length > 1) {
    // Only years are written digit by digit (二〇二三); 一二, 三四 are not numerals.
    // With a decimal point (四六七.二公噸, Taiwan's press) no fuzzy reading is left either.
    if (s.length !== 4 && !ZH_ZERO.test(s) && !fraction) return null;
    const v = parseDigitByDigit(s)!;
    return sign * (fraction ? Number(`${v}.${[...fraction].map((c) => ZH_DIGIT[c]).join('')}`) : v);
  }
  let total = 0;
  let rest = s;
  for (const [big, mult] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const idx = rest.indexOf(big);
    if (idx < 0) continue;
    const head = rest.slice(0, idx);
    // 六三四亿, 一三七九亿 (Taiwanese papers write amounts digit by digit): three digits or more before a scale word
    // have no other reading (两个 digits, 三四亿, are a fuzzy "three or four").
    const headValue = head ? (parseChineseNumeral(head) ?? (head.length >= 3 ? parseDigitByDigit(head) : null)) : null;
    if (headValue === null) return null;
    total += headValue * mult;
    rest = rest.slice(idx + 1);
    if (rest.startsWith('零')) rest = rest.slice(1);
  }
  if (ZH_WAN_OR_YI.test(rest)) return null;
  const section = parseSection(rest);
  if (section === null) return null;
  // 一万二 → 12000: a bare trailing digit after 万 is thousands.
  if (rest.length === 1 && rest in ZH_DIGIT && total > 0 && !s.includes('零'))
    total += ZH_DIGIT[rest] * (total >= 1e8 && !s.includes('万') ? 1e7 : 1e3);
  else total += section;
  let v = total;
  if (fraction) v = Number(`${total}.${[...fraction].map((c) => ZH_DIGIT[c]).join('')}`);
  return sign * v;
}

export { ZH_BIG_UNIT };

const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const EN_SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // Indian English: a lakh is a hundred thousand, a crore ten million (Rs 12,500 crore, 1.2 lakh households).
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
};
const EN_FRACTIONS: Record<string, number> = {
  half: 0.5,
  halves: 0.5,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 0.25,
  quarters: 0.25,
  fifth: 0.2,
  fifths: 0.2,
  fourth: 0.25,
  fourths: 0.25,
  sixth: 1 / 6,
  sixths: 1 / 6,
  eighth: 0.125,
  eighths: 0.125,
  tenth: 0.1,
  tenths: 0.1,
};

/** The value of a fraction word (half, third, quarters, eighths), or null. */
export function englishFractionValue(word: string): number | null {
  return EN_FRACTIONS[word.toLowerCase()] ?? null;
}

export function isEnglishNumberWord(w: string): boolean {
  const x = w.toLowerCase();
  return x in EN_UNITS || x in EN_TENS || x in EN_SCALES;
}

/**
 * Parses English number words: "one hundred and five", "twenty-three", "a hundred",
 * "1.6 million", "two-thirds", "a third". Returns null when the words are not a number.
 */
export function parseEnglishNumber(words: string): number | null {
  const tokens = words
    .toLowerCase()
    .replace(HYPHENS, ' ')
    .split(WHITESPACE)
    .filter((t) => t && t !== 'and');
  if (tokens.length === 0) return null;
  // Fractions: "two thirds", "a third", "one half"
  const last = tokens[tokens.length - 1];
  if (last in EN_FRACTIONS && tokens.length <= 2) {
    const n = tokens.length === 2 ? (tokens[0] === 'a' || tokens[0] === 'an' ? 1 : EN_UNITS[tokens[0]]) : 1;
    if (n === undefined) return null;
    return n * EN_FRACTIONS[last];
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t === 'a' || t === 'an') && i === 0 && tokens.length > 1) {
      current = 1;
      seen = true;
      continue;
    }
    const digits = parseArabic(t);
    if (digits !== null) {
      if (seen) return null;
      current = digits;
      seen = true;
      continue;
    }
    if (t in EN_UNITS) {
      current += EN_UNITS[t];
      seen = true;
    } else if (t in EN_TENS) {
      current += EN_TENS[t];
      seen = true;
    } else if (t === 'hundred') {
      current = (seen ? current || 1 : 1) * 100;
      seen = true;
    } else if (t in EN_SCALES) {
      total += (seen ? current || 1 : 1) * EN_SCALES[t];
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}
