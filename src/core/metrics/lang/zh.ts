// Chinese metric rules: units read after a figure (measure words, a list's shared unit, ratio terms
// and index values), milestones and approximation words, and the figures that describe or name
// rather than measure (numerals inside words, small numerals, demonstratives, time frames).
import type { NumberToken } from '../../numbers/numbers';
import { isDurationUnit, matchChineseUnit } from '../../numbers/units';
import {
  isIndexValue,
  isNamedCount,
  isRateOnSlashBase,
  isRatioTerm,
  isRoundRateBase,
  isScaledFigureWithoutNoun,
} from '../../numbers/unitless';
import type { TaggedWord } from '../../text/segmenter';
import { firstTagEndingAfter } from '../../text/tag-search';
import type { Approx } from '../../types';
import {
  ZH_DEMONSTRATIVE_BEFORE,
  ZH_ONE_PER_INTERVAL_BEFORE,
  ZH_FINANCIAL_CAPITALS,
  ZH_OLD_TENS_NUMERAL,
  ZH_NOT_WITHIN_AFTER,
  ZH_NOUN_PHRASE_BEFORE_ONE,
  ZH_QUANTITY_CUE_BEFORE,
  ZH_SHORT_NAME,
  ZH_COUNTED_ITEMS_AFTER_XIANG,
  ZH_TIME_FRAME_AFTER_ONE,
  ZH_CHANGE_VERB_BEFORE_ONE,
  ZH_TIME_FRAME_BEFORE,
  ZH_RANKING_POOL_AFTER,
  ZH_TEXT_PARTS_AFTER,
  ZH_TEXT_PARTS_VERB_BEFORE,
  ZH_AGE_BAND_AFTER,
  ZH_AGE_BAND_SECOND_END_BEFORE,
  ZH_PER_UNIT_BEFORE,
  ZH_FIGURE_LATER_IN_CLAUSE,
} from '../../rules/zh/filters';
import { ZH_BOOST_OBJECT_BEFORE, ZH_UPGRADE_BEFORE, ZH_UPGRADED_OBJECT_UNITS } from '../../rules/zh/change';
import {
  ZH_CURRENCY_BEFORE,
  ZH_CURRENCY_BEFORE_UNIT,
  ZH_DENOMINATOR_BEFORE,
  ZH_COUNT_DENOMINATORS,
  ZH_OCCASION_WORD_BEFORE,
  ZH_LATIN_UNIT_SYMBOL,
  ZH_LATIN_RATE_AFTER,
  ZH_CLOCK_HOUR_BEFORE,
  ZH_PEOPLE_NOUNS,
  ZH_RESTATEMENT_BRACKET_AFTER,
  ZH_CLOSE_BRACKET,
  ZH_FIGURE_THEN_OPEN_BRACKET,
  ZH_CLOCK_MINUTES_AFTER,
  ZH_RECORD_WINDOW_AFTER,
} from '../../rules/zh/units';
import {
  ZH_APPROX_AFTER_MULTIPLE,
  ZH_MILESTONE_BEFORE,
  ZH_FLOOR_LOST_BEFORE,
  ZH_PROGRESS_PAST_BEFORE,
  ZH_SHARE_MARK,
  ZH_PREFIX_APPROX,
  ZH_SCALE_WORD_END,
  ZH_ZERO_ALONE,
  ZH_NUMERAL_WORDS,
} from '../../rules/zh/numbers';
import { unitOfMovementStart, unitOfScaledRange, unitSharedByList } from '../list-unit';
import {
  ZH_CLAUSE_END,
  ZH_LIST_ITEM_JOINER,
  ZH_LIST_SIBLING_FIGURE,
  ZH_LIST_SIBLING_REACH,
  ZH_POINTS_LIST_AFTER,
} from '../../rules/zh/lists';
import {
  ZH_BASIS_LEVEL_BEFORE,
  ZH_CLOSES_BRACKET,
  ZH_MOVE_VERB_ONLY_GAP,
  ZH_RANGE_SECOND_END_GAP,
} from '../../rules/zh/subjects';
import { ZH_RATE_BASE_SLASH_BEFORE, ZH_VERB_OR_DE_AFTER_SCALED } from '../../rules/zh/unitless';
import { completeSubject } from '../subject';
import { EMPTY_UNIT, currencyUnit, englishUnitAfter, percentUnit } from './units';
import type { FigureRead, FigureRefusal, FigureUnit, MetricRules, RefusalContext, UnitContext } from './types';

/** A Chinese character (CJK unified ideographs and extension A). */
const CJK_CHARACTER = /[\u3400-\u9fff]/u;
/** All white space (removed before reading change words). */
const WHITESPACE_ALL = /\s+/g;
/** jieba's tags of a numeral or measure word. */
const QUANTITY_TAG = /^(m|mq|q)$/;
/** jieba's tag for a run of characters it has no word for. */
const UNKNOWN_WORD_TAG = 'x';
/** jieba's tags for idioms and set phrases. */
const SET_PHRASE_TAG = /^[il]$/;
/** jieba's noun tags (n, nz, ng…). */
const NOUN_TAG = /^n/;
/** jieba's verb tags (v, vn…). */
const VERB_TAG = /^v/;
/** Small Chinese numerals with these units are mostly descriptors or names (五类案件, 三级表彰, 四项机制). */
// 宗 and 起 count cases (三宗命案): a small count of cases is a finding, not a descriptor.
const SMALL_ZH_UNITS = new Set([
  '个',
  '名',
  '人',
  '位',
  '倍',
  '户',
  '家',
  '支',
  '只',
  '辆',
  '台',
  '部',
  '处',
  '起',
  '宗',
  // premises and firms (七間承辦商), letters (兩封警告信), ships and aircraft
  '间',
  '封',
  '艘',
  '架',
  // documents (兩份審計報告)
  '份',
]);

/** Chinese characters within a few characters of a position: the figure there is read as Chinese. */
export function isChineseContext(text: string, pos: number): boolean {
  const around = text.slice(Math.max(0, pos - 6), pos + 6);
  return CJK_CHARACTER.test(around);
}

/** The words the rules list as holding a numeral without being numbers (十分, 一致), as a set. */
const ZH_NUMERAL_WORD_SET = new Set(ZH_NUMERAL_WORDS);
const ZH_NUMERAL_WORD_MAX = Math.max(...ZH_NUMERAL_WORDS.map((w) => w.length));

/** jieba agrees the Chinese numeral is a quantity: it starts a word tagged m/q/mq (never without tags). */
function segmenterConfirms(tags: TaggedWord[] | null, start: number): boolean {
  if (!tags) return false;
  const k = firstTagEndingAfter(tags, start);
  if (k >= tags.length) return false;
  const w = tags[k];
  // 情况十分严重: jieba files 十分 as a numeral, but as the whole word it is one of the words the list names.
  return w.start === start && QUANTITY_TAG.test(w.tag) && !ZH_NUMERAL_WORD_SET.has(w.word);
}

/**
 * A listed word opens on the character before the numeral (上一周, 前一期): jieba cuts 上 from 一周 and tags 一周 a
 * quantity, but the list knows the whole word.
 */
function listedWordOpensBefore(text: string, start: number): boolean {
  for (let len = 3; len <= ZH_NUMERAL_WORD_MAX && start - 1 + len <= text.length; len++)
    if (ZH_NUMERAL_WORD_SET.has(text.slice(start - 1, start - 1 + len))) return true;
  return false;
}

/**
 * The segmenter does not know the word the figure sits in (jieba tags a run of characters it cannot read x: 減少九人 in
 * traditional script): it can neither confirm nor refuse the figure.
 */
function segmenterUnknown(tags: TaggedWord[] | null, start: number): boolean {
  if (!tags) return false;
  const k = firstTagEndingAfter(tags, start);
  return k < tags.length && tags[k].tag === UNKNOWN_WORD_TAG && tags[k].word.length > 1;
}

/**
 * The segmenter files the figure and its measure word, and nothing else, as a set phrase (二千人 l, 两万人 i): the
 * phrase is the quantity. Time words (五年, t) stay with the segmenter.
 */
function segmenterWordIsFigureAndUnit(text: string, tags: TaggedWord[] | null, start: number, end: number): boolean {
  if (!tags) return false;
  const k = firstTagEndingAfter(tags, start);
  if (k >= tags.length || tags[k].start !== start || tags[k].end <= end) return false;
  // jieba tags some counts as a set phrase, others (七间) as a time word: a count's measure word makes them a count.
  const timeWord = tags[k].tag === 't';
  if (!SET_PHRASE_TAG.test(tags[k].tag) && !timeWord) return false;
  const unit = matchChineseUnit(text, end);
  return !!unit && end + unit.text.length === tags[k].end && (!timeWord || unit.kind === 'count');
}

/** A measure word after the figure; English units first where no Chinese is around the figure's end. */
function unitAfter({ text, token }: UnitContext): FigureUnit | null {
  const percent = percentUnit(token);
  if (percent) return percent;
  const pos = token.end;
  if (!isChineseContext(text, pos) || token.script === 'english') {
    const en = englishUnitAfter(text, token);
    if (en) return en;
  }
  // The unit may follow a space the normaliser left (English-style spacing).
  let p = pos;
  while (p < text.length && p - pos < 2 && (text[p] === ' ' || text[p] === '\u00a0')) p++;
  const zh = matchChineseUnit(text, p);
  // 15.5个、8.6个和3.6个百分点: the list writes 百分点 once, after its last figure.
  if (zh?.unit === '个' && ZH_POINTS_LIST_AFTER.test(text.slice(p + zh.text.length, p + zh.text.length + 60)))
    return { text: zh.text, unit: '百分点', kind: 'points', scale: 1, length: p - pos + zh.text.length };
  if (zh) {
    const named =
      zh.unit === '元' ? ZH_CURRENCY_BEFORE.exec(text.slice(Math.max(0, token.start - 6), token.start)) : null;
    const unit = named ? ZH_CURRENCY_BEFORE_UNIT[named[1]] : zh.unit;
    return { text: zh.text, unit, kind: zh.kind, scale: zh.scale, length: p - pos + zh.text.length };
  }
  if (token.currencyPrefix)
    return { text: '', unit: currencyUnit(token.currencyPrefix), kind: 'money', scale: 1, length: 0 };
  // 降水量610.8mm，水资源总量57840亿m3: a physical unit's Latin symbol glued to the figure in Chinese text.
  const symbol = ZH_LATIN_UNIT_SYMBOL.exec(text.slice(pos, pos + 9));
  if (symbol) {
    const per = ZH_LATIN_RATE_AFTER.exec(text.slice(pos + symbol[0].length, pos + symbol[0].length + 6));
    const written = symbol[0].trim() + (per ? per[0] : '');
    const length = symbol[0].length + (per ? per[0].length : 0);
    return { text: text.slice(pos, pos + length), unit: written, kind: 'physical', scale: 1, length };
  }
  return null;
}

/** 20年来首次, 35年来最低: the years of a record's window (年 alone, 来 is the time frame's). */
function recordWindow({ text, token }: UnitContext): FigureUnit | null {
  if (!Number.isInteger(token.value) || token.percent) return null;
  const m = ZH_RECORD_WINDOW_AFTER.exec(text.slice(token.end, token.end + 8));
  if (!m) return null;
  const length = m[0].indexOf('年') + 1;
  return { text: text.slice(token.end, token.end + length).trim(), unit: '年', kind: 'count', scale: 1, length };
}

/** 24万关注粉丝, 16万粉丝: a scaled number counting a noun with no measure word between. */
export function nounUnitAfterScale({ text, token, tags: tagsOfSentence }: UnitContext): FigureUnit | null {
  if (!ZH_SCALE_WORD_END.test(token.text)) return null;
  // 争取到3,300万进行道路改善: the money's verb, not a verb-tagged noun (考生) before its counted noun.
  if (ZH_VERB_OR_DE_AFTER_SCALED.test(text.slice(token.end, token.end + 8))) return null;
  const tags = tagsOfSentence();
  if (!tags) return null;
  const first = firstTagEndingAfter(tags, token.end - 1);
  const after = tags
    .slice(first, first + 3)
    .filter((w) => w.start >= token.end)
    .slice(0, 2);
  if (after.length === 0 || after[0].start !== token.end) return null;
  for (let i = 0; i < after.length; i++) {
    const w = after[i];
    // 12萬考生: jieba tags some people's nouns as verbs (考生/v); the lexicon knows them.
    const noun =
      (NOUN_TAG.test(w.tag) && w.tag !== 'nr' && w.tag !== 'ns' && w.tag !== 'nt') || ZH_PEOPLE_NOUNS.has(w.word);
    if (noun) {
      return { text: w.word, unit: w.word, kind: 'count', scale: 1, length: w.end - token.end };
    }
    if (!VERB_TAG.test(w.tag) || i > 0) return null;
  }
  return null;
}

/**
 * 733萬(7,333,200)人, 減少6.83萬(68,300)人: a figure and its restatement in brackets share the unit written once after
 * the bracket (borrowed by both, outside their spans).
 */
function unitAfterRestatement({ text, token }: UnitContext): FigureUnit | null {
  const after = text.slice(token.end, token.end + 24);
  // The figure before its restatement, or the restatement inside its brackets: the unit stands after the bracket.
  const inside = ZH_FIGURE_THEN_OPEN_BRACKET.test(text.slice(Math.max(0, token.start - 12), token.start));
  const bracketEnd = ZH_RESTATEMENT_BRACKET_AFTER.exec(after) ?? (inside ? ZH_CLOSE_BRACKET.exec(after) : null);
  if (!bracketEnd) return null;
  const pos = token.end + bracketEnd[0].length;
  const zh = matchChineseUnit(text, pos);
  if (!zh || zh.kind === 'multiple' || (zh.scale ?? 1) !== 1) return null;
  return { text: '', unit: zh.unit, kind: zh.kind, scale: 1, length: 0 };
}

/** 總診療人次84.7億: a figure with no measure word after it counts the occasions named right before it. */
function occasionWordBefore({ text, token }: UnitContext): FigureUnit | null {
  if (token.percent || matchChineseUnit(text, token.end)) return null;
  const m = ZH_OCCASION_WORD_BEFORE.exec(text.slice(Math.max(0, token.start - 6), token.start));
  return m ? { text: '', unit: m[1], kind: 'count', scale: 1, length: 0 } : null;
}

/** 分别为120、150亿元: a bare figure of a list takes the unit of the list's last figure. */
function listUnit({ text, token }: UnitContext): FigureUnit | null {
  return unitSharedByList(text, token, 'zh') ?? unitOfScaledRange(text, token) ?? unitOfMovementStart(text, token);
}

/** 每立方米12元, 每平方公里1,258人: a money, physical or counted unit read after the figure is per the unit written before it. */
function perDenominatorBefore(
  read: (context: UnitContext) => FigureUnit | null,
): (context: UnitContext) => FigureUnit | null {
  return (context) => {
    const unit = read(context);
    if (!unit || unit.unit.includes('/')) return unit;
    if (unit.kind !== 'money' && unit.kind !== 'physical' && unit.kind !== 'count') return unit;
    const { text, token } = context;
    const per = ZH_DENOMINATOR_BEFORE.exec(text.slice(Math.max(0, token.start - 20), token.start));
    if (!per) return unit;
    if (unit.kind === 'count' && !ZH_COUNT_DENOMINATORS.test(per[1])) return unit;
    return { ...unit, unit: `${unit.unit}/${per[1]}` };
  };
}

/**
 * 4.0∶37.7∶58.3, 空气质量综合指数2.4, 常住人口1308.9万，, 受助总人数为326 204: a ratio term, index value, scaled figure
 * or named count with no unit.
 */
function unitlessFigure({ text, token, previousIndexEnd }: UnitContext): FigureUnit | null {
  return isRatioTerm(text, token) ||
    isIndexValue(text, token, previousIndexEnd) ||
    isScaledFigureWithoutNoun(text, token) ||
    isNamedCount(text, token) ||
    isRateOnSlashBase(text, token)
    ? EMPTY_UNIT
    : null;
}

/** 二点五%, 三个百分点, 五到八万个: a decimal, a numeral before % or 百分点, or a range is a measurement. */
function isMeasured({ token, unit }: RefusalContext): boolean {
  return (
    !Number.isInteger(token.value) || unit.kind === 'percent' || unit.kind === 'points' || token.range !== undefined
  );
}

/** A small Chinese numeral (below 10, exact, no %) that is no measurement: often a descriptor or a name. */
function isSmallNumeral(figure: RefusalContext): boolean {
  const { token } = figure;
  return (
    token.script === 'chinese' &&
    token.value >= 0 &&
    token.value < 10 &&
    !token.approx &&
    !token.percent &&
    !isMeasured(figure)
  );
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** 港島七份、九龍十一份及新界五份: a small numeral in a list whose other items count the same things, in larger figures. */
function hasListSiblingOfSameUnit({ text, token, unit }: RefusalContext): boolean {
  if (unit.length === 0 || unit.kind === 'duration') return false;
  const measure = text.slice(token.end, token.end + unit.length);
  const sibling = siblingPattern(measure);
  const before = text.slice(Math.max(0, token.start - ZH_LIST_SIBLING_REACH), token.start);
  const clauseBefore = before.split(ZH_CLAUSE_END).pop() ?? '';
  let last: RegExpExecArray | null = null;
  for (const m of clauseBefore.matchAll(sibling)) last = m;
  if (last && ZH_LIST_ITEM_JOINER.test(clauseBefore.slice(last.index + last[0].length))) return true;
  const afterStart = token.end + unit.length;
  const clauseAfter = text.slice(afterStart, afterStart + ZH_LIST_SIBLING_REACH).split(ZH_CLAUSE_END)[0];
  sibling.lastIndex = 0;
  const next = sibling.exec(clauseAfter);
  return next !== null && ZH_LIST_ITEM_JOINER.test(clauseAfter.slice(0, next.index));
}

/** A figure of the measure word `measure` (built once per measure word: units are few). */
const siblingPatterns = new Map<string, RegExp>();
function siblingPattern(measure: string): RegExp {
  let pattern = siblingPatterns.get(measure);
  if (!pattern) {
    pattern = new RegExp(`${ZH_LIST_SIBLING_FIGURE}${measure.replace(REGEX_SPECIAL, '\\$&')}`, 'gu');
    siblingPatterns.set(measure, pattern);
  }
  return pattern;
}

/** 一个窝点, 一起案件: an indefinite article (一天, 近一个小时 are durations). */
function isIndefiniteOne(figure: RefusalContext): boolean {
  const { text, token, unit, end } = figure;
  return (
    (token.value === 1 || token.flags.includes('indefinite')) &&
    (unit.kind !== 'duration' || ZH_TIME_FRAME_AFTER_ONE.test(text.slice(end, end + 2))) &&
    // 减少一宗: a count changed by one (一倍 after 增长 is the multiple gap 一倍半 reads, spec TODO).
    !(unit.kind === 'count' && ZH_CHANGE_VERB_BEFORE_ONE.test(text.slice(Math.max(0, token.start - 3), token.start)))
  );
}

/**
 * Refusals of a figure written in Chinese numerals, in order. Exported for the English rules: a
 * Chinese numeral is read by them whatever the language around it.
 */
export const CHINESE_NUMERAL_REFUSALS: readonly FigureRefusal[] = [
  {
    // 零部件, 零星, 零容忍, 零死亡: a zero alone is part of a word or a slogan (零死亡 is a statistic claim without a
    // figure); no gold of any set lists one as a metric.
    name: 'zero-alone',
    refuses: ({ token }) => token.script === 'chinese' && ZH_ZERO_ALONE.test(token.text),
  },
  {
    name: 'numeral-inside-a-word',
    refuses: ({ text, token, tags }) =>
      token.script === 'chinese' &&
      token.flags.includes('in-word') &&
      (listedWordOpensBefore(text, token.start) || !segmenterConfirms(tags(), token.start)),
  },
  {
    // Financial capitals (壹佰贰拾) are written for amounts only, and 连续五年, 历时三个月 say a quantity follows:
    // there the segmenter is not asked.
    name: 'segmenter-says-not-a-quantity',
    refuses: (figure) => {
      const { text, token, tags } = figure;
      return (
        token.script === 'chinese' &&
        !ZH_FINANCIAL_CAPITALS.test(token.text) &&
        !ZH_OLD_TENS_NUMERAL.test(token.text) &&
        !ZH_QUANTITY_CUE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)) &&
        !isMeasured(figure) &&
        token.value >= 0 &&
        !token.approx &&
        !token.percent &&
        tags() !== null &&
        !segmenterConfirms(tags(), token.start) &&
        !segmenterUnknown(tags(), token.start) &&
        !segmenterWordIsFigureAndUnit(text, tags(), token.start, token.end)
      );
    },
  },
  {
    name: 'indefinite-one',
    refuses: (figure) => isSmallNumeral(figure) && isIndefiniteOne(figure) && !hasListSiblingOfSameUnit(figure),
  },
  {
    name: 'small-numeral-descriptor',
    refuses: (figure) =>
      isSmallNumeral(figure) &&
      !(figure.token.value === 1 || figure.token.flags.includes('indefinite')) &&
      figure.unit.kind !== 'duration' &&
      !SMALL_ZH_UNITS.has(figure.unit.unit) &&
      !(
        figure.unit.unit === '项' && ZH_COUNTED_ITEMS_AFTER_XIANG.test(figure.text.slice(figure.end, figure.end + 16))
      ) &&
      !hasListSiblingOfSameUnit(figure),
  },
  {
    name: 'small-numeral-in-a-name',
    refuses: (figure) =>
      isSmallNumeral(figure) &&
      figure.unit.unit === '个' &&
      ZH_SHORT_NAME.test(figure.text.slice(figure.end, figure.end + 2)) &&
      figure.quote !== null,
  },
];

/**
 * 较上年同期破案858起上升28.9%: when `basis` is a basis's level (较上年同期… before it) and only a verb of moving stands
 * between it and the figure at `at`, the figure the basis is set against: the nearest earlier one of the basis's unit in
 * the sentence, not inside brackets (含破获外省案件52起). Else null.
 */
function comparedBeforeBasis(
  text: string,
  earlier: readonly FigureRead[],
  basis: FigureRead,
  at: number,
  sentenceStart: number,
): FigureRead | null {
  if (!ZH_BASIS_LEVEL_BEFORE.test(text.slice(Math.max(sentenceStart, basis.start - 16), basis.start))) return null;
  if (!ZH_MOVE_VERB_ONLY_GAP.test(text.slice(basis.end, at))) return null;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const m = earlier[k];
    if (m.start < sentenceStart) break;
    if (m.end > basis.start || m.unit !== basis.unit) continue;
    if (ZH_CLOSES_BRACKET.test(text.slice(m.end, basis.start))) continue;
    return m;
  }
  return null;
}

export const ZH_METRIC_RULES: MetricRules = {
  subjectAfterBasis: (text, earlier, basis, at, sentenceStart) =>
    comparedBeforeBasis(text, earlier, basis, at, sentenceStart)?.subject ?? null,
  lang: 'zh',
  claimsFigure: (text, token) => isChineseContext(text, token.start),
  unitReaders: [
    recordWindow,
    perDenominatorBefore(unitAfter),
    unitAfterRestatement,
    nounUnitAfterScale,
    occasionWordBefore,
    perDenominatorBefore(listUnit),
    unitlessFigure,
  ],
  approxBefore: (text, token) => {
    const before = text.slice(Math.max(0, token.start - 4), token.start);
    if (ZH_FLOOR_LOST_BEFORE.test(before)) return 'under';
    if (ZH_PROGRESS_PAST_BEFORE.test(before) && ZH_SHARE_MARK.test(text.slice(token.end - 1, token.end + 1)))
      return 'over';
    return ZH_MILESTONE_BEFORE.test(before) ? 'over' : null;
  },
  // 接连突破8万亿元、9万亿元; 分别超过8万元、4.5万元: a milestone verb or approximation word before a list is every figure's.
  approxSharedByList: (token: NumberToken, before: Approx | null) =>
    before ?? (token.approx && ZH_PREFIX_APPROX.some(([word]) => token.text.startsWith(word)) ? token.approx : null),
  approxAfterUnit: (text, end, unit) => {
    let approx: Approx | null = null;
    // 增长2倍多
    if (unit.kind === 'multiple' && text[end] === ZH_APPROX_AFTER_MULTIPLE) {
      approx = 'over';
      end += 1;
    }
    // 24小时内 (not 内容, 内部)
    if (isDurationUnit(unit.unit) && text[end] === '内' && !ZH_NOT_WITHIN_AFTER.test(text.slice(end, end + 2))) {
      approx = approx ?? 'under';
      end += 1;
    }
    return { approx, end };
  },
  refusals: [
    ...CHINESE_NUMERAL_REFUSALS,
    {
      // 平均約每2.9分鐘1人死亡: the one who happens once an interval defines the rate; the interval is the figure.
      name: 'one-per-interval',
      refuses: ({ text, token }) =>
        token.value === 1 && ZH_ONE_PER_INTERVAL_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start)),
    },
    {
      // 这3个战场, 上述三个险种, 这一年: a demonstrative points back at a known set or time, it does not count.
      name: 'demonstrative',
      refuses: ({ text, token }) => ZH_DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)),
    },
    {
      // 极不平凡的一年, 关键一年: “one year” as a noun phrase, not a duration measured.
      name: 'indefinite-one',
      refuses: ({ text, token, unit }) =>
        token.text === '一' &&
        unit.unit === '年' &&
        ZH_NOUN_PHRASE_BEFORE_ONE.test(text.slice(Math.max(0, token.start - 2), token.start)),
    },
    {
      // 报告发病率80.8/10万: the round base after a rate's slash, not a figure.
      name: 'rate-base-after-slash',
      refuses: ({ text, token }) =>
        isRoundRateBase(token.value) &&
        ZH_RATE_BASE_SLASH_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)),
    },
    {
      // 每10万人拥有医生25人: the base of a rate, not a count.
      name: 'per-unit-base',
      refuses: ({ text, token, unit, end }) =>
        unit.kind !== 'duration' &&
        unit.kind !== 'percent' &&
        ZH_PER_UNIT_BEFORE.test(text.slice(Math.max(0, token.start - 1), token.start)) &&
        ZH_FIGURE_LATER_IN_CLAUSE.test(text.slice(end, end + 32)),
    },
    {
      // 0-14岁的人口, 65岁及以上的人口: an age band names a population, it measures nothing (the band stays in the
      // subject of the figure that counts it).
      name: 'age-band',
      refuses: ({ text, token, unit }) =>
        ZH_AGE_BAND_AFTER.test(text.slice(token.end, token.end + 16)) ||
        (unit.kind === 'duration' &&
          ZH_AGE_BAND_SECOND_END_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start))),
    },
    {
      // 10时30分, 10點30分, 下午3点: a clock time, not a score nor index points.
      name: 'clock-time',
      refuses: ({ text, token, unit, end }) =>
        (unit.unit === '分' && ZH_CLOCK_HOUR_BEFORE.test(text.slice(Math.max(0, token.start - 6), token.start))) ||
        (unit.unit === '点' && ZH_CLOCK_MINUTES_AFTER.test(text.slice(end, end + 6))),
    },
    {
      // 报告分三个部分, 从5个方面概括了: a text's outline, not a figure.
      name: 'outline-of-a-text',
      refuses: ({ text, token, unit, end }) =>
        unit.unit === '个' &&
        ZH_TEXT_PARTS_AFTER.test(text.slice(end, end + 2)) &&
        ZH_TEXT_PARTS_VERB_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)),
    },
    {
      // 全市 20 个区县排名第 4: the count of places ranked among, not a figure.
      name: 'ranking-pool',
      refuses: ({ text, end, unit }) => unit.kind === 'count' && ZH_RANKING_POOL_AFTER.test(text.slice(end, end + 16)),
    },
    {
      // 过去5年, 未来一年: a time frame, not a measured duration.
      name: 'time-frame',
      refuses: ({ text, token, unit }) =>
        unit.kind === 'duration' && ZH_TIME_FRAME_BEFORE.test(text.slice(Math.max(0, token.start - 3), token.start)),
    },
  ],
  changeText: (before) => before.replace(WHITESPACE_ALL, ''),
  // 拉动全市规模以上工业1.4个百分点: points a part adds to a whole's growth (not 拉动投资100亿元, an amount induced).
  changeOfUnit: (before, _after, _token, unit) =>
    unit.kind === 'points' && ZH_BOOST_OBJECT_BEFORE.test(before) ? 'up' : null,
  keepsLevel: (text, token, unit) =>
    ZH_UPGRADED_OBJECT_UNITS.has(unit.unit) &&
    ZH_UPGRADE_BEFORE.test(text.slice(Math.max(0, token.start - 6), token.start)),
  endsRangeAfter: (_text, _previous, gap) => ZH_RANGE_SECOND_END_GAP.test(gap),
  // 提供超过30万平方米楼面面积: an area or a length may be of the noun written after it too.
  measureNamesNounAfter: (unit) => unit.kind === 'physical',
  completeSubject: (subject, { text, numberStart, spanEnd, earlier, tagsAt }) =>
    completeSubject(subject, { text, numberStart, spanEnd, earlier, tagsAt }),
};
