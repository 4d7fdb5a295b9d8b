// Metric extraction: turns the number layer's tokens into metrics (value, unit, kind,
// approx, change, subject) following the annotation guide, and drops what is not a
// metric: dates, codes, ordinals, names and slogans, vague amounts, bare numbers.
import type { NumberToken } from '../numbers/numbers';
import type { TaggedWord } from '../text/segmenter';
import type { Approx, Metric } from '../types';
import { matchChineseUnit, matchEnglishUnit, isDurationUnit, withRate, type UnitMatch } from '../numbers/units';
import {
  carriesPreviousChange,
  comparesWithPrevious,
  coordinatedWithChange,
  detectChange,
  detectSentenceChange,
  endsRangeOfChanges,
} from './change';
import { ClauseIndex } from './clause-index';
import { isEnglishIndexValue, isIndexValue, isRatioTerm, isScaledFigureWithoutNoun } from '../numbers/unitless';
import { EN_BARE_COUNT_AFTER, EN_LEVEL_AT_BEFORE } from '../rules/en/unitless';
import {
  EN_BETWEEN_BEFORE,
  EN_GLUED_TO_FIGURE_BEFORE,
  EN_PART_OF_SET_AFTER,
  EN_RANGE_UNIT_AFTER,
} from '../rules/en/units';
import { unitSharedByList } from './list-unit';
import { firstTagEndingAfter } from '../text/tag-search';
import {
  completeEnglishSubject,
  completeSubject,
  extractSubject,
  restatesListLength,
  shareOutEarlierFigures,
  shareOutSubjects,
} from './subject';
import {
  YEAR_RANGE,
  ZH_DEMONSTRATIVE_BEFORE,
  ZH_DURATION_PERIOD_AFTER,
  ZH_FINANCIAL_CAPITALS,
  ZH_MONTH_COUNT_AFTER,
  ZH_NAME_AFTER_UNIT,
  ZH_NOT_WITHIN_AFTER,
  ZH_NOUN_PHRASE_BEFORE_ONE,
  ZH_ORDINAL_BEFORE,
  ZH_QUANTITY_CUE_BEFORE,
  ZH_SENTENCE_END,
  ZH_SHORT_NAME,
  ZH_TIME_FRAME_AFTER_ONE,
  ZH_TIME_FRAME_BEFORE,
  ZH_WEEK_OF_YEAR_AFTER,
  ZH_YEAR_NUMERALS,
} from '../rules/zh/filters';
import { ZH_UPGRADE_BEFORE, ZH_UPGRADED_OBJECT_UNITS } from '../rules/zh/change';
import { EN_DATED_RANGE_GAP, EN_RANGE_LEAD, EN_RANGE_SECOND_END_GAP } from '../rules/en/change';
import {
  ZH_APPROX_AFTER_MULTIPLE,
  ZH_POSTFIX_APPROX,
  ZH_MILESTONE_BEFORE,
  ZH_PREFIX_APPROX,
  ZH_SCALE_WORD_END,
} from '../rules/zh/numbers';
import {
  EN_CHANGE_VERB,
  EN_COMMA_LIST_JOINER,
  EN_COMPOUND_ADJECTIVE_AFTER,
  EN_DOCUMENT_REFERENCE_BEFORE,
  EN_FOOTNOTE_MARKER_BEFORE,
  EN_FOOTNOTE_MARKER_AFTER,
  EN_FROM_OR_TO_BEFORE,
  EN_INDEFINITE_ONE,
  EN_KNOWN_SET_BEFORE,
  EN_KNOWN_SET_RANGE_BEFORE,
  EN_MILESTONE_BEFORE,
  EN_OR,
  EN_QUANTITY_SEPARATORS,
  EN_RATE_BASE_BEFORE,
  EN_SCALE_WORD_END,
} from '../rules/en/filters';

/** A Chinese character (CJK unified ideographs and extension A). */
const CJK_CHARACTER = /[\u3400-\u9fff]/u;
/** jieba's tags of a numeral or measure word. */
const QUANTITY_TAG = /^(m|mq|q)$/;
/** All white space (removed before comparing). */
const WHITESPACE_ALL = /\s+/g;
/** What joins the figures of a list in one clause: 、, 和, 及, 与, a comma, and or or. */
const LIST_JOINER = /^[\s、和及与,]*(?:(?:or|and)\s+)?$/u;
/** and, 和, 、, 及, 与: a list closed so that a change named after it holds for all of it. */
const LIST_CLOSER = /(?:\band\b|[、和及与])/u;
/** +39,000, −12: a figure written with its sign. */
const SIGNED_FIGURE = /^[+−-]\d/;
/** +44 20 7946 0958, (+1) 202-691-5200: another group of digits after a signed figure makes it a phone number or code. */
const DIGITS_AFTER_SIGNED = /^\s*\)?\s*[-.]?\d/;
/** jieba's noun tags (n, nz, ng…). */
const NOUN_TAG = /^n/;
/** jieba's verb tags (v, vn…). */
const VERB_TAG = /^v/;

/** A metric in normalised-text offsets, before mapping back to the original. */
export interface RawMetric extends Pick<Metric, 'value' | 'unit' | 'kind' | 'approx' | 'change' | 'subject'> {
  start: number;
  end: number;
}

export interface SentenceContext {
  start: number;
  end: number;
  /**
   * POS tags for the sentence (offsets in the normalised text), or null without a segmenter.
   * A function, tagged on first call: most figures are refused before their words matter.
   */
  tags: () => TaggedWord[] | null;
}

/** The tags of a figure outside every sentence, or of any without a segmenter. */
const NO_TAGS = (): null => null;

const SKIP_FLAGS = new Set(['year', 'date', 'code', 'ordinal', 'section', 'id', 'phone']);
const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/u;
/**
 * How far before a number its clause is read (subject, change words). A clause can run for a
 * whole line (a table, a list without punctuation); reading all of it for every number in it
 * would make extraction quadratic in line length.
 */
const CLAUSE_WINDOW = 160;
/** How far after a figure the second figure of its range and their unit are read. */
const RANGE_LOOK_AHEAD = 48;
/** The smallest bare level read after "little changed at" or "totaled" (a time or a small code stays out). */
const LEVEL_AT_MIN = 100;
/** The unit of a range is percentage points. */
const POINTS_WORD = /point/i;
const OPEN_QUOTES = '“‘「『《〈【"';
const CLOSE_FOR: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '【': '】',
  '"': '"',
};
/** Small Chinese numerals with these units are mostly descriptors or names (五类案件, 三级表彰, 四项机制). */
const SMALL_ZH_UNITS = new Set(['个', '名', '人', '位', '倍', '户', '家', '支', '只', '辆', '台', '部', '处', '起']);

/** The short quoted/bracketed span around [start, end), or null (bounded look-around). */
function enclosingQuote(text: string, start: number, end: number, limit = 16): { open: number; close: number } | null {
  for (let i = start - 1; i >= Math.max(0, start - limit); i--) {
    const ch = text[i];
    if (CLAUSE_BREAK.test(ch) && ch !== ':' && ch !== '：') return null;
    if (ch === '”' || ch === '’' || ch === '」' || ch === '』' || ch === '》' || ch === '】') return null;
    if (OPEN_QUOTES.includes(ch)) {
      const closeCh = CLOSE_FOR[ch];
      for (let j = end; j < Math.min(text.length, end + limit); j++) {
        if (text[j] === closeCh) return { open: i, close: j };
        if (OPEN_QUOTES.includes(text[j]) && text[j] !== '"') return null;
        if (ZH_SENTENCE_END.test(text[j])) return null;
      }
      return null;
    }
  }
  return null;
}

/** A figure written with no unit or scale word of its own ("3" of "3 to 5 percent"). */
const BARE_FIGURE = /^[+-]?\d[\d,.]*$/;

function isChineseContext(text: string, pos: number): boolean {
  const around = text.slice(Math.max(0, pos - 6), pos + 6);
  return CJK_CHARACTER.test(around);
}

/** jieba agrees the Chinese numeral is a quantity: it starts a word tagged m/q/mq (never without tags). */
function segmenterConfirms(tags: TaggedWord[] | null, start: number): boolean {
  if (!tags) return false;
  const k = firstTagEndingAfter(tags, start);
  if (k >= tags.length) return false;
  const w = tags[k];
  return w.start === start && QUANTITY_TAG.test(w.tag);
}

function unitAfter(text: string, token: NumberToken, lang: 'zh' | 'en'): (UnitMatch & { length: number }) | null {
  if (token.percent) return { text: '', unit: '%', kind: 'percent', scale: 1, length: 0 };
  const pos = token.end;
  if (lang === 'en' || !isChineseContext(text, pos) || token.script === 'english') {
    const en = matchEnglishUnit(text, pos, !!token.currencyPrefix, token.value === 1);
    if (token.currencyPrefix && (!en || en.kind !== 'percent')) {
      return withRate(text, pos, {
        text: '',
        unit: currencyUnit(token.currencyPrefix),
        kind: 'money',
        scale: 1,
        length: 0,
      });
    }
    if (en) return en;
    if (lang === 'en') return null;
  }
  // Chinese: the unit may follow a space the normaliser left (English-style spacing).
  let p = pos;
  while (p < text.length && p - pos < 2 && (text[p] === ' ' || text[p] === '\u00a0')) p++;
  const zh = matchChineseUnit(text, p);
  if (zh) return { text: zh.text, unit: zh.unit, kind: zh.kind, scale: zh.scale, length: p - pos + zh.text.length };
  if (token.currencyPrefix)
    return { text: '', unit: currencyUnit(token.currencyPrefix), kind: 'money', scale: 1, length: 0 };
  return null;
}

function currencyUnit(prefix: string): string {
  if (prefix.includes('$')) return '美元';
  if (prefix === '€') return '欧元';
  if (prefix === '£') return '英镑';
  if (prefix === '¥' || prefix === '￥') return '元';
  return prefix;
}

/** Is this unit, after this token, a date or time of day rather than a quantity? */
function isCalendar(text: string, token: NumberToken, unit: string, unitEnd: number): boolean {
  const v = token.value;
  const intLike = Number.isInteger(v);
  if (unit === '年' && intLike && v >= YEAR_RANGE.min && v <= YEAR_RANGE.max && token.script !== 'english') return true;
  if (unit === '年' && token.script === 'chinese' && ZH_YEAR_NUMERALS.test(token.text)) return true;
  if (unit === '月') return !ZH_MONTH_COUNT_AFTER.test(text.slice(token.end, token.end + 1));
  if (unit === '日' || unit === '号') return true;
  if (unit === '周' && ZH_WEEK_OF_YEAR_AFTER.test(text.slice(unitEnd, unitEnd + 1))) return true;
  // 6月26日至27日: a bare number right after 至 following a date.
  return false;
}

export interface ExtractOptions {
  lang: 'zh' | 'en';
  /** Told why each number was refused as a metric (for `policy-lens explain`). */
  onRefused?: (token: NumberToken, rule: string) => void;
}

/**
 * Extracts metrics from one sentence's tokens. `prev` carries the previous metric of the
 * same clause so enumerations (分别下降41.1%、42.6%) share change and subject.
 */
export function extractMetrics(
  text: string,
  tokens: NumberToken[],
  sentences: SentenceContext[],
  opts: ExtractOptions,
): RawMetric[] {
  const out: RawMetric[] = [];
  const clauses = new ClauseIndex(text);
  const tagsOf = tagsAt(sentences);
  const refuse = (token: NumberToken, rule: string) => opts.onRefused?.(token, `${opts.lang}.metric.${rule}`);
  let si = 0;
  let lastInClause: { metric: RawMetric; clauseStart: number; before: string } | null = null;
  // The milestone verb or approximation word before the last figure of the clause, which a list after it shares.
  let lastLeadApprox: Approx | null = null;
  let lastInSentence: { metric: RawMetric; sentenceStart: number } | null = null;
  // Metrics listed with 、 in one clause (分别下降41.1%、42.6%): their subjects may be a list to share out.
  let group: RawMetric[] = [];
  const closeGroup = () => {
    shareOutSubjects(group);
    shareOutEarlierFigures(text, out, group);
    shareTrailingChange(text, group);
    group = [];
  };
  let lastIndexEnd: number | null = null;
  for (let ti = 0; ti < tokens.length; ti++) {
    const token = tokens[ti];
    while (si < sentences.length && sentences[si].end <= token.start) si++;
    const sentence = si < sentences.length && sentences[si].start <= token.start ? sentences[si] : null;
    const sStart = sentence ? sentence.start : clauses.clauseStartBefore(token.start, 0);
    const sEnd = sentence ? sentence.end : clauses.clauseEndAfter(token.end, text.length);
    const tags = sentence ? sentence.tags : NO_TAGS;
    const lang: 'zh' | 'en' =
      token.script === 'english' || (opts.lang === 'en' && !isChineseContext(text, token.start))
        ? 'en'
        : isChineseContext(text, token.start)
          ? 'zh'
          : opts.lang;

    if (!Number.isFinite(token.value)) {
      refuse(token, 'not-a-number');
      continue;
    }
    const skipFlag = token.flags.find((f) => SKIP_FLAGS.has(f));
    if (skipFlag) {
      refuse(token, `flag:${skipFlag}`);
      continue;
    }
    // 第三, 第 2 批: ordinals.
    if (ZH_ORDINAL_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start))) {
      refuse(token, 'ordinal');
      continue;
    }
    const unit: (UnitMatch & { length: number }) | null =
      unitAfter(text, token, lang) ??
      nounUnitAfterScale(text, token, tags) ??
      englishRangeUnit(text, token, lang) ??
      englishPartOfSet(text, token, lang) ??
      bareEnglishQuantity(text, token, lang, sStart) ??
      unitSharedByList(text, token, lang) ??
      (lang === 'en' && isEnglishIndexValue(text, token) ? EMPTY_UNIT : null) ??
      (lang === 'zh' &&
      (isRatioTerm(text, token) || isIndexValue(text, token, lastIndexEnd) || isScaledFigureWithoutNoun(text, token))
        ? EMPTY_UNIT
        : null);
    if (!unit) {
      refuse(token, 'no-unit');
      continue;
    }
    let end = token.end + unit.length;
    if (isCalendar(text, token, unit.unit, end)) {
      refuse(token, 'calendar-date');
      continue;
    }
    // 至27日 after a date: the number before 日 is a day, caught above; a bare 至27 has no unit.

    let approx: Approx | null = token.approx;
    // 突破9万亿元, 迈上5万亿元台阶: a milestone passed gives approx over (the verb stays outside the span).
    const milestone = lang === 'zh' && ZH_MILESTONE_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start));
    if (!approx && milestone) approx = 'over';
    // 接连突破8万亿元、9万亿元; 分别超过8万元、4.5万元: a milestone verb or approximation word before a list is every figure's.
    const leadApprox: Approx | null = milestone
      ? 'over'
      : token.approx && ZH_PREFIX_APPROX.some(([word]) => token.text.startsWith(word))
        ? token.approx
        : null;
    if (!approx && lang === 'en' && EN_MILESTONE_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start)))
      approx = 'over';
    // 3个多月 / 24小时内: approximation words after the unit.
    for (const [re, a] of ZH_POSTFIX_APPROX) {
      const m = re.exec(text.slice(end, end + 3));
      if (m) {
        approx = approx ?? a;
        end += m[0].length;
        break;
      }
    }
    // 增长2倍多
    if (unit.kind === 'multiple' && text[end] === ZH_APPROX_AFTER_MULTIPLE && lang === 'zh') {
      approx = approx ?? 'over';
      end += 1;
    }
    if (
      lang === 'zh' &&
      isDurationUnit(unit.unit) &&
      text[end] === '内' &&
      !ZH_NOT_WITHIN_AFTER.test(text.slice(end, end + 2))
    ) {
      approx = approx ?? 'under';
      end += 1;
    }

    // Names and slogans: a number inside a short quote that holds more than the metric itself.
    const quote = enclosingQuote(text, token.start, end);
    if (quote) {
      const inner = text.slice(quote.open + 1, quote.close).replace(WHITESPACE_ALL, '');
      const own = text.slice(token.start, end).replace(WHITESPACE_ALL, '');
      if (inner !== own) {
        refuse(token, 'inside-a-quoted-name');
        continue;
      }
    }
    // 24小时警局, 10周年: a unit glued to a name.
    if (ZH_NAME_AFTER_UNIT.test(text.slice(end, end + 4)) && unit.kind !== 'percent' && unit.kind !== 'money') {
      if (!(unit.kind === 'duration' && ZH_DURATION_PERIOD_AFTER.test(text.slice(end, end + 2)))) {
        refuse(token, 'unit-glued-to-a-name');
        continue;
      }
    }

    if (token.script === 'chinese') {
      if (token.flags.includes('in-word') && !segmenterConfirms(tags(), token.start)) {
        refuse(token, 'numeral-inside-a-word');
        continue;
      }
      // Financial capitals (壹佰贰拾) are written for amounts only; jieba does not know them.
      const financial = ZH_FINANCIAL_CAPITALS.test(token.text);
      // 连续五年, 历时三个月: the word before says a quantity follows, whatever jieba makes of it.
      const quantityCue = ZH_QUANTITY_CUE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start));
      // 二点五%, 三个百分点, 五到八万个: a decimal, a numeral before % or 百分点, or a range is a measurement, never a
      // descriptor
      const measured =
        !Number.isInteger(token.value) ||
        unit.kind === 'percent' ||
        unit.kind === 'points' ||
        token.range !== undefined;
      if (
        !financial &&
        !quantityCue &&
        !measured &&
        token.value >= 0 &&
        !token.approx &&
        !token.percent &&
        tags() !== null &&
        !segmenterConfirms(tags(), token.start)
      ) {
        refuse(token, 'segmenter-says-not-a-quantity');
        continue;
      }
      const small = token.value >= 0 && token.value < 10 && !token.approx && !token.percent && !measured;
      if (small) {
        if (token.value === 1 || token.flags.includes('indefinite')) {
          // 一个窝点, 一起案件: indefinite articles; 一天 / 近一个小时 are durations.
          if (unit.kind !== 'duration' || ZH_TIME_FRAME_AFTER_ONE.test(text.slice(end, end + 2))) {
            refuse(token, 'indefinite-one');
            continue;
          }
        } else if (unit.kind !== 'duration' && !SMALL_ZH_UNITS.has(unit.unit)) {
          refuse(token, 'small-numeral-descriptor');
          continue;
        }
        if (unit.unit === '个' && ZH_SHORT_NAME.test(text.slice(end, end + 2)) && quote) {
          refuse(token, 'small-numeral-in-a-name');
          continue;
        }
      }
    }
    // 这3个战场, 上述三个险种, 这一年: a demonstrative points back at a known set or time, it does not count.
    if (lang === 'zh' && ZH_DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start))) {
      refuse(token, 'demonstrative');
      continue;
    }
    // 极不平凡的一年: “one year” as a noun phrase, not a duration measured.
    if (
      lang === 'zh' &&
      token.text === '一' &&
      unit.unit === '年' &&
      ZH_NOUN_PHRASE_BEFORE_ONE.test(text.slice(token.start - 1, token.start))
    ) {
      refuse(token, 'indefinite-one');
      continue;
    }
    // 过去5年, 未来一年: a time frame, not a measured duration.
    if (
      lang === 'zh' &&
      unit.kind === 'duration' &&
      ZH_TIME_FRAME_BEFORE.test(text.slice(Math.max(0, token.start - 3), token.start))
    ) {
      refuse(token, 'time-frame');
      continue;
    }
    if (lang === 'en' && isEnglishDescriptor(text, token, unit.kind)) {
      refuse(token, 'descriptor');
      continue;
    }
    // "data.1 It highlights": a footnote marker glued to the full stop that ends a sentence.
    if (
      lang === 'en' &&
      token.end - token.start <= 2 &&
      Number.isInteger(token.value) &&
      EN_FOOTNOTE_MARKER_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)) &&
      EN_FOOTNOTE_MARKER_AFTER.test(text.slice(token.end, token.end + 2))
    ) {
      refuse(token, 'footnote-marker');
      continue;
    }
    // Section 2, Table 3, page 12: a reference to a part of the document.
    if (lang === 'en' && EN_DOCUMENT_REFERENCE_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))) {
      refuse(token, 'document-reference');
      continue;
    }
    // per 1,000 residents (a rate's base), top 10 agencies (a ranking): not quantities.
    if (lang === 'en' && EN_RATE_BASE_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start))) {
      refuse(token, 'rate-base-or-ranking');
      continue;
    }
    if (
      lang === 'en' &&
      unit.kind === 'count' &&
      Number.isInteger(token.value) &&
      token.value >= YEAR_RANGE.min &&
      token.value <= YEAR_RANGE.max &&
      !EN_QUANTITY_SEPARATORS.test(token.text) &&
      !token.approx
    ) {
      refuse(token, 'year');
      continue;
    }

    const value = roundValue(token.value * unit.scale);
    const clauseStart = clauses.clauseStartBefore(token.start, sStart);
    const clauseEnd = clauses.clauseEndAfter(end, sEnd);
    const windowStart = Math.max(clauseStart, token.start - CLAUSE_WINDOW);
    const beforeText = text.slice(windowStart, token.start);
    const afterText = text.slice(end, Math.min(sEnd, end + 80));
    // A bounded window of the sentence: a runaway "sentence" (no punctuation for pages) must not make this quadratic.
    const sentenceText = text.slice(Math.max(sStart, token.start - 120), Math.min(sEnd, end + 60));

    // Enumerations: 、42.6% after 41.1% in the same clause share the change and the subject.
    const previous = lastInSentence && lastInSentence.sentenceStart === sStart ? lastInSentence.metric : null;
    const enumerated: boolean =
      lastInClause !== null &&
      lastInClause.clauseStart === clauseStart &&
      LIST_JOINER.test(text.slice(lastInClause.metric.end, token.start));
    // down 11%, 10% and 4%; decreased $137 billion, or 2.2 percent: a list across a comma shares the change only.
    const gapFromPrevious = previous ? text.slice(previous.end, token.start) : '';
    const listedAfterComma =
      previous !== null &&
      ((EN_COMMA_LIST_JOINER.test(gapFromPrevious) && (previous.unit === unit.unit || EN_OR.test(gapFromPrevious))) ||
        carriesPreviousChange(gapFromPrevious, afterText, lang));
    let change = detectChange(
      lang === 'zh' ? beforeText.replace(WHITESPACE_ALL, '') : beforeText,
      afterText,
      lang,
      sentenceText,
    );
    // 农房风貌提升26.4万户: the count of things upgraded is a level.
    if (
      change &&
      lang === 'zh' &&
      ZH_UPGRADED_OBJECT_UNITS.has(unit.unit) &&
      ZH_UPGRADE_BEFORE.test(text.slice(Math.max(0, token.start - 6), token.start))
    )
      change = null;
    if (!change && enumerated && lastInClause?.metric.change) change = lastInClause.metric.change;
    // Only across a written joiner: 9万亿三个大台阶 is no list.
    const inheritedLead: Approx | null =
      enumerated && lastInClause !== null && lastInClause.metric.end < token.start ? lastLeadApprox : null;
    if (!approx && inheritedLead) approx = inheritedLead;
    if (!change && listedAfterComma && previous?.change) change = previous.change;
    // decreased between 2.4 and 18.2 percentage points: both ends of a range of changes move the same way.
    if (
      !change &&
      previous?.change &&
      endsRangeOfChanges(
        text.slice(Math.max(0, previous.start - 24), previous.start),
        gapFromPrevious,
        lang,
        BARE_FIGURE.test(text.slice(previous.start, previous.end)),
      )
    )
      change = previous.change;
    if (!change) {
      const sentenceBefore = text.slice(Math.max(sStart, token.start - CLAUSE_WINDOW), token.start);
      change = detectSentenceChange(
        {
          sentenceBefore: lang === 'zh' ? sentenceBefore.replace(WHITESPACE_ALL, '') : sentenceBefore,
          after: afterText,
          percent: unit.unit === '%',
          figure: token.text,
        },
        lang,
      );
    }
    // 增长1.4%，远低于过去10年4.5%的平均数; grew by 1.9%, up from 1.5%: the figure set against a change is one too.
    if (
      !change &&
      previous?.change &&
      previous.unit === '%' &&
      unit.unit === '%' &&
      token.start - previous.end <= 80 &&
      comparesWithPrevious(text.slice(previous.end, token.start), lang)
    )
      change = previous.change;
    // 人口自然增长率为-0.99‰: a negative growth is a fall.
    if (change && token.value < 0 && change.direction === 'up') change = { ...change, direction: 'down' };
    // 增速回落至0.0%: a zero has no direction.
    if (change && token.value === 0) change = null;

    // A、B等四个行业增加值分别增长…: the count after 等 restates the list's length, it does not end a subject.
    const countsList =
      lastInClause !== null &&
      restatesListLength(text, clauseStart, lastInClause.metric.start, lastInClause.metric.value);
    let from: number = Math.max(
      windowStart,
      lastInClause && lastInClause.clauseStart === clauseStart && !countsList ? lastInClause.metric.end : clauseStart,
    );
    if (from !== windowStart) {
      // 163个必巡点、43条必巡路线: what follows the previous figure up to 、 is its own noun.
      const between = text.slice(from, token.start);
      const cut = Math.max(between.lastIndexOf('、'), between.lastIndexOf('和'), between.lastIndexOf('及'));
      if (cut >= 0) from += cut + 1;
    }
    // rates ranged from 53.4% to 76.5%: the second end of a range measures what the first does.
    const secondEndOfRange =
      lang === 'en' &&
      previous !== null &&
      (EN_RANGE_SECOND_END_GAP.test(gapFromPrevious) || EN_DATED_RANGE_GAP.test(gapFromPrevious)) &&
      EN_RANGE_LEAD.test(text.slice(Math.max(0, previous.start - 12), previous.start));
    let subject = enumerated
      ? lastInClause!.metric.subject
      : secondEndOfRange
        ? previous.subject
        : extractSubject({
            text,
            from,
            numberStart: token.start,
            spanEnd: end,
            clauseEnd,
            takeNounAfter: unit.kind === 'count' && unit !== EMPTY_UNIT,
            lang,
            tags: tags(),
            sentenceStart: Math.max(sStart, token.start - CLAUSE_WINDOW),
          });
    if (!enumerated) {
      const context = { text, numberStart: token.start, earlier: out, tagsAt: tagsOf };
      subject =
        lang === 'zh' ? completeSubject(subject, context) : completeEnglishSubject(subject, { ...context, from });
    }
    // 同比下降68.05% after 立案131起: a bare change or second figure measures the same thing.
    if (!subject && lastInSentence && lastInSentence.sentenceStart === sStart) subject = lastInSentence.metric.subject;
    // 4.0∶37.7∶58.3, 收入比从2.50:1缩小至2.27:1: the later terms of a ratio or index measure what the first one does.
    if (
      unit === EMPTY_UNIT &&
      lastIndexEnd !== null &&
      token.start - lastIndexEnd <= RATIO_CHAIN_GAP_MAX &&
      previous !== null
    )
      subject = previous.subject;

    const metric: RawMetric = {
      start: token.start,
      end,
      value,
      unit: unit.unit,
      kind: unit.kind,
      approx,
      change,
      subject,
    };
    out.push(metric);
    lastIndexEnd = unit === EMPTY_UNIT ? metric.end : null;
    if (!enumerated) closeGroup();
    group.push(metric);
    lastInClause = { metric, clauseStart, before: beforeText };
    lastLeadApprox = leadApprox ?? inheritedLead;
    lastInSentence = { metric, sentenceStart: sStart };
  }
  closeGroup();
  return out;
}

/** No unit written: a ratio term or an index value (GUIDE: empty unit). */
const EMPTY_UNIT: UnitMatch & { length: number } = { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
/** The longest gap between two terms of one ratio or index movement (∶, or 缩小至 between 2.50:1 and 2.27:1). */
const RATIO_CHAIN_GAP_MAX = 4;

/** The POS tags of the sentence holding a position (binary search over the sentences). */
function tagsAt(sentences: SentenceContext[]): (pos: number) => TaggedWord[] | null {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < sentences.length && sentences[lo].start <= pos ? sentences[lo].tags() : null;
  };
}

/** $2.8 billion and $4.0 billion higher than projected: a change named after the list holds for all of it. */
function shareTrailingChange(text: string, group: RawMetric[]): void {
  const last = group[group.length - 1];
  if (group.length < 2 || !last.change || group.slice(0, -1).some((m) => m.change)) return;
  // Only a list closed by "and" / 和 / 、 (a level then its difference, "$4.4 trillion, $147.8 billion lower", is no list).
  if (!LIST_CLOSER.test(text.slice(group[group.length - 2].end, last.start))) return;
  for (const m of group) m.change = last.change;
}

/**
 * English numbers that describe rather than measure: a compound adjective (a 12-month rate,
 * a 10-year plan), a time frame or a known set (the last 10 years, the two months, these three
 * series), and the indefinite "one" (one way to understand).
 */
function isEnglishDescriptor(text: string, token: NumberToken, kind: string): boolean {
  if (EN_COMPOUND_ADJECTIVE_AFTER.test(text.slice(token.end, token.end + 10))) return true;
  if (token.approx || !Number.isInteger(token.value) || token.value >= 100) return false;
  if (kind !== 'count' && kind !== 'duration') return false;
  const before = text.slice(Math.max(0, token.start - 12), token.start);
  if (EN_KNOWN_SET_BEFORE.test(before)) return true;
  if (EN_KNOWN_SET_RANGE_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start))) return true;
  return token.script === 'english' && token.value === 1 && EN_INDEFINITE_ONE.test(token.text);
}

/**
 * English states many figures without a counted noun: "employment rose by 236,000",
 * "the population reached 1.6 million". Such a number is a metric when it is the size of a
 * change or carries a scale word; its unit is left empty.
 */
function bareEnglishQuantity(
  text: string,
  token: NumberToken,
  lang: 'zh' | 'en',
  sentenceStart: number,
): (UnitMatch & { length: number }) | null {
  if (lang !== 'en' || token.script === 'chinese') return null;
  // +39,000: a signed figure is a stated change or level whatever the words around it (not +44 20 7946 0958, a phone).
  if (SIGNED_FIGURE.test(token.text))
    return DIGITS_AFTER_SIGNED.test(text.slice(token.end, token.end + 4))
      ? null
      : { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  if (EN_SCALE_WORD_END.test(token.text)) return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // 100: "below its pre-pandemic February 2020 level by 368,000" reads back past its verb.
  const before = text.slice(Math.max(sentenceStart, token.start - 100), token.start);
  const after = text.slice(token.end, token.end + 30);
  if (detectChange(before, after, 'en', '') || coordinatedWithChange(before, after))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // decreased from 41 to 29: both ends of a stated change are levels worth checking.
  if (EN_FROM_OR_TO_BEFORE.test(before) && EN_CHANGE_VERB.test(before)) {
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  }
  // little changed over the month at 351,000, totaled 412: a level of what was named (small figures stay out: at 3 p.m.).
  if (Number.isInteger(token.value) && token.value >= LEVEL_AT_MIN && EN_LEVEL_AT_BEFORE.test(before))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // more than 250,000 are for new vehicles, fewer than 100 were rejected: an approximate count of what was named.
  if (token.approx && Number.isInteger(token.value) && token.value >= 2 && EN_BARE_COUNT_AFTER.test(after))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  return null;
}

/** 27 of the 31 agencies: the part counts the set's noun (the span stays the figure). */
function englishPartOfSet(
  text: string,
  token: NumberToken,
  lang: 'zh' | 'en',
): (UnitMatch & { length: number }) | null {
  if (lang !== 'en' || token.script !== 'arabic' || token.percent || token.currencyPrefix) return null;
  if (!Number.isInteger(token.value) || token.value < 2) return null;
  const m = EN_PART_OF_SET_AFTER.exec(text.slice(token.end, token.end + RANGE_LOOK_AHEAD));
  if (!m) return null;
  const noun = matchEnglishUnit(text, token.end + m[0].length, false);
  return noun && noun.kind === 'count' ? { ...noun, text: '', length: 0 } : null;
}

/** from 3.4 to 3.6 percent, between 2 and 3 percent: the first figure of a range takes the unit written after the second. */
function englishRangeUnit(
  text: string,
  token: NumberToken,
  lang: 'zh' | 'en',
): (UnitMatch & { length: number }) | null {
  if (lang !== 'en' || token.script !== 'arabic' || token.percent || token.currencyPrefix) return null;
  // at the end of FY 2022 to 98 percent: a year is no end of a range of percentages.
  if (
    Number.isInteger(token.value) &&
    token.value >= YEAR_RANGE.min &&
    token.value <= YEAR_RANGE.max &&
    !EN_QUANTITY_SEPARATORS.test(token.text)
  )
    return null;
  if (EN_GLUED_TO_FIGURE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start))) return null;
  const m = EN_RANGE_UNIT_AFTER.exec(text.slice(token.end, token.end + RANGE_LOOK_AHEAD));
  if (!m || (m[1] && !EN_BETWEEN_BEFORE.test(text.slice(Math.max(0, token.start - 10), token.start)))) return null;
  return POINTS_WORD.test(m[2])
    ? { text: '', unit: '百分点', kind: 'points', scale: 1, length: 0 }
    : { text: '', unit: '%', kind: 'percent', scale: 1, length: 0 };
}

/** 24万关注粉丝, 16万粉丝: a scaled number counting a noun with no measure word between. */
function nounUnitAfterScale(
  text: string,
  token: NumberToken,
  tagsOfSentence: () => TaggedWord[] | null,
): (UnitMatch & { length: number }) | null {
  if (!ZH_SCALE_WORD_END.test(token.text)) return null;
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
    if (NOUN_TAG.test(w.tag) && w.tag !== 'nr' && w.tag !== 'ns' && w.tag !== 'nt') {
      return { text: w.word, unit: w.word, kind: 'count', scale: 1, length: w.end - token.end };
    }
    if (!VERB_TAG.test(w.tag) || i > 0) return null;
  }
  return null;
}

function roundValue(v: number): number {
  // An integer of 12 digits or fewer is its own 12-digit rounding (most figures): no string round trip.
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v;
  if (!Number.isFinite(v)) return v;
  return Math.abs(v) >= 1e-6 ? Number(v.toPrecision(12)) : v;
}
