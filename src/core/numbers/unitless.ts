// Figures with no unit that are still metrics (GUIDE: ratios and index values have an empty unit): the terms of a
// ratio joined by ∶ or a colon, and the value right after the name of an index. Bounded look-around only.
import type { NumberToken } from './numbers';
import { matchChineseUnit } from './units';
import { ZH_SCALE_WORD_END } from '../rules/zh/numbers';
import {
  ZH_INDEX_MOVE_BETWEEN,
  ZH_INDEX_BASIS_BETWEEN,
  ZH_YEAR_AFTER_FIGURE,
  ZH_INDEX_LIST_JOINER,
  ZH_COUNT_NAME_BEFORE,
  ZH_INDEX_NAME_BEFORE,
  ZH_NOTHING_COUNTED_AFTER,
  ZH_PER_BASE_BEFORE,
  ZH_VERB_OR_DE_AFTER_SCALED,
  ZH_MILESTONE_BEFORE,
  ZH_MILESTONE_MIN,
  ZH_RATIO_CUE_BEFORE,
  ZH_CLOCK_TIME,
  ZH_RATIO_MOVE_BEFORE,
  ZH_RATIO_FROM_BEFORE,
  ZH_RATIO_MOVE_AFTER,
  ZH_RATIO_ONLY_SIGN,
  ZH_RATIO_SIGNS,
  ZH_RATE_NAMED_BEFORE,
  ZH_RATE_VALUE_LINK_BEFORE,
  ZH_DATE_LIKE_DECIMAL,
  ZH_RATE_ON_SLASH_BASE_AFTER,
} from '../rules/zh/unitless';
import {
  EN_INDEX_LEVEL_BEFORE,
  EN_INDEX_NAMED,
  EN_INDEX_PASSAGE_REACH,
  EN_INDEX_VALUE,
  EN_INDEX_VALUE_BEFORE,
} from '../rules/en/unitless';

/** How far back the first term of a ratio is looked for (a ratio of four terms of 5 characters fits). */
const RATIO_LOOK_BACK = 40;
/** How far before the first term its ratio word is looked for. */
const CUE_LOOK_BACK = 12;
/** The longest verb between two index values (缩小至). */
const MOVE_GAP_MAX = 4;
/** How far an index value's basis may stand from it (,較前一年同期 115.36 after 上升 0.94%). */
const BASIS_GAP_MAX = 32;

const isDigitOrPoint = (ch: string | undefined) => !!ch && ((ch >= '0' && ch <= '9') || ch === '.');

/** A space or tab a PDF's text may set beside a ratio's sign (三次产业结构由上年的10.3 :45.2 :44.5). */
const isRatioSpace = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** The index of the ratio sign after `at`, spaces beside it skipped, when a term follows it; -1 otherwise. */
function ratioSignAfter(text: string, at: number): number {
  let k = at;
  while (k < at + 2 && isRatioSpace(text[k])) k++;
  if (!ZH_RATIO_SIGNS.includes(text[k] ?? '\n')) return -1;
  let next = k + 1;
  while (next < k + 3 && isRatioSpace(text[next])) next++;
  return isDigitOrPoint(text[next]) ? k : -1;
}

/** The index of the ratio sign before `at`, spaces beside it skipped, when a term stands before it; -1 otherwise. */
function ratioSignBefore(text: string, at: number): number {
  let k = at - 1;
  while (k > at - 3 && isRatioSpace(text[k])) k--;
  if (k < 0 || !ZH_RATIO_SIGNS.includes(text[k])) return -1;
  let previous = k - 1;
  while (previous > k - 3 && isRatioSpace(text[previous])) previous--;
  return isDigitOrPoint(text[previous]) ? k : -1;
}

/** Is the token a term of a ratio: a ratio sign joins it to a figure before or after it? */
export function isRatioTerm(text: string, token: NumberToken): boolean {
  if (token.script !== 'arabic' || token.approx || token.text !== text.slice(token.start, token.end)) return false;
  const signAfterAt = ratioSignAfter(text, token.end);
  const signBeforeAt = ratioSignBefore(text, token.start);
  if (signAfterAt < 0 && signBeforeAt < 0) return false;
  // Walk back to the first term (bounded), noting whether every sign of the chain is the ratio sign.
  let first = token.start;
  let onlyRatioSign = signAfterAt < 0 || text[signAfterAt] === ZH_RATIO_ONLY_SIGN; // the sign before is seen below
  const limit = Math.max(0, token.start - RATIO_LOOK_BACK);
  while (first > limit) {
    if (isDigitOrPoint(text[first - 1])) {
      first--;
      continue;
    }
    const sign = ratioSignBefore(text, first);
    if (sign < 0) break;
    if (text[sign] !== ZH_RATIO_ONLY_SIGN) onlyRatioSign = false;
    first = sign;
    while (first > limit && isRatioSpace(text[first - 1])) first--;
  }
  if (onlyRatioSign) return true;
  // Walk forward to the chain's end.
  let last = token.end;
  const stop = Math.min(text.length, token.end + RATIO_LOOK_BACK);
  while (last < stop) {
    if (isDigitOrPoint(text[last])) {
      last++;
      continue;
    }
    const sign = ratioSignAfter(text, last);
    if (sign < 0) break;
    last = sign + 1;
    while (last < stop && isRatioSpace(text[last])) last++;
  }
  while (last < stop && isRatioSpace(text[last])) last++;
  // 由9:30调整为10:00: a clock time, written with a colon, not a ratio.
  if (ZH_CLOCK_TIME.test(text.slice(first, last).trim())) return false;
  const before = text.slice(Math.max(0, first - CUE_LOOK_BACK), first);
  if (ZH_RATIO_CUE_BEFORE.test(before) || ZH_RATIO_MOVE_BEFORE.test(before)) return true;
  if (!ZH_RATIO_FROM_BEFORE.test(before)) return false;
  // A move to another ratio follows the first one of a movement.
  return ZH_RATIO_MOVE_AFTER.test(text.slice(last, last + 10));
}

/**
 * Is the token an index value: right after the name of an index (空气质量综合指数2.4), or the second figure of a
 * movement whose first figure was one (倍差由1.96缩小至1.81)?
 */
export function isIndexValue(text: string, token: NumberToken, previousIndexEnd: number | null): boolean {
  if (!(token.script === 'arabic' || isCharacterDecimal(token)) || text[token.end] === '%') return false;
  if (ZH_INDEX_NAME_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))) return true;
  if (isBareRateValue(text, token)) return true;
  if (previousIndexEnd === null || ZH_YEAR_AFTER_FIGURE.test(text.slice(token.end, token.end + 2))) return false;
  // 指數為 127.79,較上個月 126.60: the basis compared with, a clause's words away.
  if (
    token.start - previousIndexEnd <= BASIS_GAP_MAX &&
    ZH_INDEX_BASIS_BETWEEN.test(text.slice(previousIndexEnd, token.start))
  )
    return true;
  if (token.start - previousIndexEnd > MOVE_GAP_MAX) return false;
  const between = text.slice(previousIndexEnd, token.start);
  return ZH_INDEX_MOVE_BETWEEN.test(between) || ZH_INDEX_LIST_JOINER.test(between);
}

/** 二點七七三: a decimal written in characters (a paper that prints its figures in words), read as a digit decimal is. */
function isCharacterDecimal(token: NumberToken): boolean {
  return token.script === 'chinese' && CHARACTER_DECIMAL_POINT.test(token.text);
}
// (一一九．三一: Taiwan's press writes the point as a full stop, 七四三七·三 as a middle dot.)
const CHARACTER_DECIMAL_POINT = /[点點.．‧·][〇零一二三四五六七八九]/u;

/** 自殺率…為12.3: a bare decimal after a linking word, in a sentence that names a rate before it. */
function isBareRateValue(text: string, token: NumberToken): boolean {
  if (!(token.script === 'arabic' ? token.text.includes('.') : isCharacterDecimal(token))) return false;
  if (ZH_DATE_LIKE_DECIMAL.test(text.slice(token.start, token.end + 1))) return false;
  const before = text.slice(Math.max(0, token.start - RATE_NAME_REACH), token.start);
  return ZH_RATE_VALUE_LINK_BEFORE.test(before) && ZH_RATE_NAMED_BEFORE.test(before);
}

/** How far back the name of a rate is read for a bare decimal. */
const RATE_NAME_REACH = 90;

/** How far back the name of an English index is read ("index level of" and a verb). */
const EN_INDEX_LOOK_BACK = 28;

/** "to an index level of 324.054", "the index stood at 108.5": an English index value (a figure, not a percentage). */
export function isEnglishIndexValue(text: string, token: NumberToken): boolean {
  if (token.script !== 'arabic' || token.percent || token.approx || token.currencyPrefix) return false;
  if (EN_INDEX_LEVEL_BEFORE.test(text.slice(Math.max(0, token.start - EN_INDEX_LOOK_BACK), token.start))) return true;
  // "reached a record level of 199.0", "The index for London (233.3)": only in a paragraph about an index.
  if (!EN_INDEX_VALUE.test(token.text)) return false;
  const passage = text.slice(Math.max(0, token.start - EN_INDEX_PASSAGE_REACH), token.start);
  const paragraph = passage.slice(passage.lastIndexOf('\n') + 1);
  return EN_INDEX_VALUE_BEFORE.test(paragraph) && EN_INDEX_NAMED.test(paragraph);
}

/** 受助總人數為326 204: a whole count in digits after the name of what it counts (人数为, 人次为), no measure word. */
export function isNamedCount(text: string, token: NumberToken): boolean {
  if (token.script !== 'arabic' || token.percent || !Number.isInteger(token.value)) return false;
  return ZH_COUNT_NAME_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start));
}

/** 7万亿、8万亿、9万亿三个大台阶, 常住人口1308.9万，: a scaled figure (in digits, or in characters counting in 亿) with nothing counted after it. */
export function isScaledFigureWithoutNoun(text: string, token: NumberToken): boolean {
  // 減債一百零二億。: a numeral in characters too, when it counts in 亿 (smaller ones are idioms: 万一, 一千零一夜).
  // 突破百万, 突破九百万: a milestone's round figure in characters, however small a scale it counts in.
  const milestone =
    token.script === 'chinese' &&
    token.value >= ZH_MILESTONE_MIN &&
    ZH_MILESTONE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start));
  const scaled = token.script === 'arabic' || (token.script === 'chinese' && token.value >= 1e8) || milestone;
  if (!scaled || !ZH_SCALE_WORD_END.test(token.text)) return false;
  if (ZH_PER_BASE_BEFORE.test(text.slice(Math.max(0, token.start - 1), token.start))) return false;
  if (ZH_VERB_OR_DE_AFTER_SCALED.test(text.slice(token.end, token.end + 8))) return true;
  // 突破百万达137.9万人, 破千亿大关: the milestone names what it counts elsewhere.
  if (milestone && matchChineseUnit(text, token.end) === null) return true;
  const after = ZH_NOTHING_COUNTED_AFTER.exec(text.slice(token.end, token.end + 16));
  if (!after) return false;
  // 为1.09万⏎人减免税费: a hard wrap (and the next line's indent) before the unit, not a headline's end.
  return !after[0].includes('\n') || matchChineseUnit(text, token.end + after[0].length) === null;
}

/** The round bases a rate is written on after a slash (126/100,000, 80.8/10万): a thousand up to ten million. */
export function isRoundRateBase(value: number): boolean {
  return value === 1e3 || value === 1e4 || value === 1e5 || value === 1e6 || value === 1e7;
}

/** 报告发病率80.8/10万, 126/100,000 population: the rate before a slash and its round base (the base is no figure). */
export function isRateOnSlashBase(text: string, token: NumberToken): boolean {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix) return false;
  return ZH_RATE_ON_SLASH_BASE_AFTER.test(text.slice(token.end, token.end + 12));
}
