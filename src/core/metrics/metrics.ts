// Metric extraction: turns the number layer's tokens into metrics (value, unit, kind,
// approx, change, subject) following the annotation guide, and drops what is not a
// metric: dates, codes, ordinals, names and slogans, vague amounts, bare numbers.
import type { NumberToken } from '../numbers/numbers';
import type { TaggedWord } from '../text/segmenter';
import type { Approx, Change, Metric } from '../types';
import {
  carriesPreviousChange,
  gapsVerbOf,
  continuesPeriodList,
  comparesWithPrevious,
  detectChange,
  detectSentenceChange,
  bulletedMoveDirection,
  labelledListMoveDirection,
  endsRangeOfChanges,
} from './change';
import { ClauseIndex } from './clause-index';
import { measurePlacesZh } from './zh-place-measure';
import { finalZhSubject } from './zh-subject-tidy';
import { tidiedEnSubject } from './en-subject-tidy';
import {
  ZH_BASIS_CLAUSE_OPENING,
  ZH_PERIOD_BASIS_BEFORE,
  ZH_PERIOD_ONLY_BASIS,
  ZH_PRIOR_PERIOD_BRACKET_GAP,
  ZH_RESTATED_IN_OTHER_UNIT_GAP,
  ZH_RESPECTIVE_VERB_JOINER,
  ZH_RESPECTIVE_WORD,
  ZH_RESTATING_BRACKET_GAP,
  ZH_BUDGET_COLUMN_ONLY,
  ZH_BUDGET_COLUMN_END,
  ZH_CORRESPONDING_ONLY,
  ZH_INVOLVING_ONLY,
} from '../rules/zh/subjects';
import { ZH_MORE_AFTER_BASIS, ZH_RESTATED_AS_RATE_GAP } from '../rules/zh/change';
import { currencyDeclarationsIn, declaredCurrencyAt } from './currency-declaration';
import {
  extractSubject,
  restatesListLength,
  restatingFigures,
  shareOutEarlierFigures,
  shareOutSubjects,
  takeRestatedSubjects,
} from './subject';
import { EMPTY_UNIT, metricRulesFor, rulesForFigure, type FigureUnit, type Language } from './lang';
import { ZH_RATIO_MOVE_ONLY, ZH_RATIO_NAME } from '../rules/zh/unitless';
import { EN_COMPARED_FIGURE_BEFORE } from '../rules/en/unitless';
import {
  EN_BRACKETED_PLACE_ITEM_GAP,
  EN_BRACKETED_LEVEL_REACHED_GAP,
  EN_CONTRAST_COUNT_BEFORE,
  EN_ACCOUNTING_FOR_GAP,
  EN_ITEM_ENUMERATOR_LEAD,
} from '../rules/en/subjects';
import {
  YEAR_RANGE,
  ZH_DURATION_PERIOD_AFTER,
  ZH_MONTH_COUNT_AFTER,
  ZH_DAYS_DURATION_BEFORE,
  ZH_ROC_YEAR_AFTER,
  ZH_ROC_YEAR_BEFORE,
  ZH_ROC_YEAR_RANGE,
  ZH_YEARS_SPAN_AFTER,
  ZH_YEARS_SPAN_BEFORE,
  ZH_ROC_YEAR_SINCE_BEFORE,
  ZH_EARLY_ROC_YEAR_RANGE,
  ZH_LAST_DAY_OF_MONTH,
  ZH_NAME_AFTER_UNIT,
  ZH_ORDINAL_BEFORE,
  ZH_TOP_OF_RANKING_BEFORE,
  ZH_TOP_OF_RANKING_UNIT,
  ZH_SENTENCE_END,
  ZH_WEEK_OF_YEAR_AFTER,
  ZH_YEAR_NUMERALS,
} from '../rules/zh/filters';
import { ZH_LIMIT_AFTER, ZH_POSTFIX_APPROX } from '../rules/zh/numbers';
import { ZH_RATE_NAME_END, ZH_RATE_UNITS, ZH_RESTATED_AFTER_OR } from '../rules/zh/subjects';
import {
  EN_BARE_BY_CLAUSE,
  EN_BY_INSERTION,
  EN_BY_LIST_GAP,
  EN_BULLET_ITEM_GAP,
  EN_BULLET_OPENS_BEFORE,
  EN_BY_SIZE_BEFORE,
  EN_INSERTION_COMMAS,
  EN_RESPECTIVELY_AHEAD,
  EN_RESTATED_IN_OTHER_UNIT_GAP,
  EN_CHANGE_NOUN_APPOSED,
  EN_BRACKET_OPEN_BEFORE,
  EN_SHARE_OF_IN_BRACKET_AFTER,
  EN_COMPARED_GAP_AFTER_LEVEL,
  EN_OF_WHOLE_AFTER,
  EN_DIFFERENCE_COUNTED,
  EN_MOVE_TO_LEVEL_GAP,
  EN_PAIR_JOINER_GAP,
  EN_TO_LEVEL_AFTER,
} from '../rules/en/change';
import {
  ZH_LIST_ORDER_OPENED,
  ZH_ORDERED_LIST_ITEM_GAP,
  ZH_RESPECTIVE_ITEM_GAP,
  ZH_RESPECTIVE_MOVE_BEFORE,
} from '../rules/zh/lists';
import { ZH_HALF_AFTER_DURATION } from '../rules/zh/units';
import {
  EN_BRACKET_OR_JOINER,
  EN_SEMICOLON_BRACKET_LIST_GAP,
  EN_SEMICOLON_BY_LIST_GAP,
  EN_BRACKETED_NAME_LIST_GAP,
  EN_BRACKETED_NAME_LIST_MAX,
  EN_COMMA_LIST_JOINER,
  EN_LOWERCASE_NAMED_ITEM_GAP,
  EN_OR,
  EN_PLACE_LIST_GAP,
  EN_NAME_LED_LIST_GAP,
  EN_ANNIVERSARY_BEFORE,
  EN_ANNIVERSARY_UNIT,
  EN_AGE_TURNED_BEFORE,
} from '../rules/en/filters';

/** How far a move whose unit opens on its basis may stand from the move whose measure it takes. */
const BASIS_OPENING_REACH = 60;
/** How far back the measure of a basis that names only its period is looked for. */
const BASIS_PERIOD_REACH = 160;
/** How far before a figure its period-only basis (较上季的) is read. */
const PERIOD_BASIS_REACH = 16;
/** 多 right before a figure (the cheap test before the basis is looked for). */
const MORE_RIGHT_BEFORE = /多了?$/u;
/** A full stop between two figures: the later one's basis is not the earlier one's. */
const SENTENCE_STOP = /[。！？!?]/u;
/** How far one place's bracketed item may stand from the next place's. */
const PLACE_ITEM_REACH = 200;

/** The last metric that ends at or after `floor` and passes `test` (read backwards, stopping at the floor). */
function lastWithin<T extends { end: number }>(
  items: readonly T[],
  floor: number,
  test: (item: T) => boolean,
): T | undefined {
  for (let k = items.length - 1; k >= 0 && items[k].end >= floor; k--) if (test(items[k])) return items[k];
  return undefined;
}

/** All white space (removed before comparing). */
const WHITESPACE_ALL = /\s+/g;
/** What joins the figures of a list in one clause: 、, 和, 及, 与, a comma, and or or. */
// 增加403件（+43.7%）、368人: the bracket closing a restated rate before the list's next item.
const LIST_JOINER = /^(?:）(?=[、和及与以]))?(?:以及|[\s、和及与,])*(?:(?:or|and)\s+)?$/u;
/** and, 和, 、, 及, 与: a list closed so that a change named after it holds for all of it. */
const LIST_CLOSER = /(?:\band\b|[、和及与])/u;

/** A metric in normalised-text offsets, before mapping back to the original. */
export interface RawMetric extends Pick<Metric, 'value' | 'unit' | 'kind' | 'approx' | 'change' | 'subject'> {
  start: number;
  end: number;
  /** Written in English words ("two-thirds of", "six members"): read for its sentence, not listed (see analyze). */
  inWords?: true;
  /** The years of an anniversary ("has turned 60"): read for its sentence (a claim), not listed (see analyze). */
  anniversary?: true;
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
/** A figure written with its sign (-2.8, +3.1, −0.4). */
const SIGNED_FIGURE_START = /^[-+−]/;

const NO_TAGS = (): null => null;

/** White space inside a date as PDF text spaces it (108 年 1 至 6 月). */
const SPACE_RUN = /\s+/g;
const SKIP_FLAGS = new Set(['year', 'date', 'code', 'ordinal', 'section', 'id', 'phone']);
const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/u;
/**
 * How far before a number its clause is read (subject, change words). A clause can run for a
 * whole line (a table, a list without punctuation); reading all of it for every number in it
 * would make extraction quadratic in line length.
 */
const CLAUSE_WINDOW = 160;
/** A letter of any script: a subject holds one at least. */
const ANY_LETTER = /\p{L}/u;
const OPEN_QUOTES = '“‘「『《〈【"';
/** A sentence end or a clause comma closing the quote ("…this year.”", "…teachers,” she said"): speech, not a name. */
const QUOTED_SPEECH_END = /^(?:[.!?。！？](?=[\s”’"」』]|$)|[,，](?=[”’"」』]))/;
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

/** Only blanks between the start of a line (or the text) and a position; only blanks from a position to a line's end. */
const LINE_START_BEFORE = /(?:^|\n)[ \t\u3000]*$/;
const LINE_END_AFTER = /^[ \t\u3000]*(?:\r?\n|$)/;

/** The short quoted/bracketed span around [start, end), or null (bounded look-around). */
function enclosingQuote(text: string, start: number, end: number, limit = 16): { open: number; close: number } | null {
  for (let i = start - 1; i >= Math.max(0, start - limit); i--) {
    const ch = text[i];
    if (CLAUSE_BREAK.test(ch) && ch !== ':' && ch !== '：') return null;
    if (ch === '”' || ch === '’' || ch === '」' || ch === '』' || ch === '》' || ch === '】') return null;
    // "Transportation equipment" stood at 2.50 trillion yen, "Drugs" …: a straight quote after an odd number of them
    // in its line closes a quotation; the figure after it is outside.
    if (ch === '"' && closesQuotation(text, i)) return null;
    if (OPEN_QUOTES.includes(ch)) {
      const closeCh = CLOSE_FOR[ch];
      for (let j = end; j < Math.min(text.length, end + limit); j++) {
        if (text[j] === closeCh) return { open: i, close: j };
        if (OPEN_QUOTES.includes(text[j]) && text[j] !== '"') return null;
        // “We have hired 2,000 new teachers this year.”: a quoted sentence is speech, not a name.
        if (QUOTED_SPEECH_END.test(text.slice(j, j + 2))) return null;
        if (ZH_SENTENCE_END.test(text[j])) return null;
      }
      return null;
    }
  }
  return null;
}

/** How far back in its line the straight quotes before one are counted (a runaway line must not make this quadratic). */
const QUOTE_PARITY_REACH = 1000;

/** Is the straight quote at `at` the second of a pair in its line (an odd number of them before it)? */
function closesQuotation(text: string, at: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - QUOTE_PARITY_REACH);
  let count = 0;
  for (let k = text.indexOf('"', lineStart); k >= 0 && k < at; k = text.indexOf('"', k + 1)) count++;
  return count % 2 === 1;
}

/**
 * Is a whole number with 年 a year of Taiwan's calendar? 112年第2季, 较110年, 回顧 114 年 (spaces read through), 桃園109年
 * (from 100 on, unless a span word goes with it: 历时120年, 120年来); 97年及98年, 97年佔17.73%, 自91年來 (from 80 to 99,
 * only where what comes before makes it one and no span is written after it).
 */
function isTaiwanYear(text: string, token: NumberToken, unitEnd: number): boolean {
  const v = token.value;
  const early = token.script === 'arabic' && v >= ZH_EARLY_ROC_YEAR_RANGE.min && v <= ZH_EARLY_ROC_YEAR_RANGE.max;
  if (!early && (v < ZH_ROC_YEAR_RANGE.min || v > ZH_ROC_YEAR_RANGE.max)) return false;
  const before = text.slice(Math.max(0, token.start - 6), token.start).replace(SPACE_RUN, '');
  const after = text.slice(unitEnd, unitEnd + 12).replace(SPACE_RUN, '');
  if (ZH_ROC_YEAR_AFTER.test(after)) return true;
  if (early)
    return (
      ZH_ROC_YEAR_SINCE_BEFORE.test(before) || (ZH_ROC_YEAR_BEFORE.test(before) && !ZH_YEARS_SPAN_AFTER.test(after))
    );
  return ZH_ROC_YEAR_BEFORE.test(before) || (!ZH_YEARS_SPAN_BEFORE.test(before) && !ZH_YEARS_SPAN_AFTER.test(after));
}

/** Is this unit, after this token, a date or time of day rather than a quantity? */
function isCalendar(text: string, token: NumberToken, unit: string, unitEnd: number): boolean {
  const v = token.value;
  const intLike = Number.isInteger(v);
  if (unit === '年' && intLike && v >= YEAR_RANGE.min && v <= YEAR_RANGE.max && token.script !== 'english') return true;
  if (unit === '年' && token.script === 'chinese' && ZH_YEAR_NUMERALS.test(token.text)) return true;
  if (unit === '年' && intLike && isTaiwanYear(text, token, unitEnd)) return true;
  if (unit === '月') return !ZH_MONTH_COUNT_AFTER.test(text.slice(token.end, token.end + 1));
  // 6月26日; not 逗留2.2日 nor 减少0.1日 (days counted: a fraction, more than a month has, or after a verb of time).
  if (unit === '号') return true;
  if (unit === '日')
    return (
      intLike &&
      v <= ZH_LAST_DAY_OF_MONTH &&
      !ZH_DAYS_DURATION_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start))
    );
  if (unit === '周' && ZH_WEEK_OF_YEAR_AFTER.test(text.slice(unitEnd, unitEnd + 1))) return true;
  // 6月26日至27日: a bare number right after 至 following a date.
  return false;
}

export interface ExtractOptions {
  lang: Language;
  /** Told why each number was refused as a metric (for `policy-lens explain`). */
  onRefused?: (token: NumberToken, rule: string) => void;
}

/** A figure written with no unit or scale word of its own ("3" of "3 to 5 percent"). */
const BARE_FIGURE = /^[+-]?\d[\d,.]*$/;

/** How far before the rate the count it follows is looked for. */
const COUNTED_BEFORE_RATE_REACH = 300;

/**
 * 出生數為1萬3137人，…折合年粗出生率為千分之6.62，較去年同月增加3536人: a count's bare move after a rate moves the count
 * before the rate in the sentence (its unit says so), not the rate. Null when the figure before is no rate.
 */
function countedBeforeRate(
  out: readonly RawMetric[],
  last: RawMetric,
  sentenceStart: number,
  unit: string,
  lang: 'zh' | 'en',
): string | null {
  if (lang !== 'zh' || !unit || ZH_RATE_UNITS.has(unit) || !ZH_RATE_UNITS.has(last.unit)) return null;
  // Only a rate named as such (出生率, 执行率): a share of a budget met measures the amount itself.
  if (!last.subject || !ZH_RATE_NAME_END.test(last.subject)) return null;
  // Within the reach a subject may borrow from (a run-on "sentence" of a whole page stays linear).
  const floor = Math.max(sentenceStart, last.start - COUNTED_BEFORE_RATE_REACH);
  for (let k = out.length - 1; k >= 0 && out[k].start >= floor; k--)
    if (out[k].unit === unit && out[k].subject) return out[k].subject;
  return null;
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
  const documentRules = metricRulesFor(opts.lang);
  let si = 0;
  let lastInClause: { metric: RawMetric; clauseStart: number; before: string } | null = null;
  // The milestone verb or approximation word before the last figure of the clause, which a list after it shares.
  let lastLeadApprox: Approx | null = null;
  let lastInSentence: { metric: RawMetric; sentenceStart: number } | null = null;
  let lastPercentMove: { metric: RawMetric; sentenceStart: number } | null = null;
  // The last metric that moved, across sentence units: a gapped clause after a semicolon repeats its verb.
  let lastChanged: RawMetric | null = null;
  // Metrics listed with 、 in one clause (分别下降41.1%、42.6%): their subjects may be a list to share out.
  let group: RawMetric[] = [];
  const closeGroup = () => {
    // 分别上升5.7% (+8宗)及83.3% (+25宗): a bracket restating a figure of the list is no item; it takes its figure's.
    const restating = restatingFigures(text, group);
    shareOutSubjects(
      group.filter((m) => !restating.has(m)),
      text,
    );
    shareOutEarlierFigures(text, out, group);
    takeRestatedSubjects(group, restating);
    shareTrailingChange(text, group);
    group = [];
  };
  let lastIndexEnd: number | null = null;
  const currencyDeclarations = currencyDeclarationsIn(text);
  for (let ti = 0; ti < tokens.length; ti++) {
    const token = tokens[ti];
    while (si < sentences.length && sentences[si].end <= token.start) si++;
    const sentence = si < sentences.length && sentences[si].start <= token.start ? sentences[si] : null;
    const sStart = sentence ? sentence.start : clauses.clauseStartBefore(token.start, 0);
    const sEnd = sentence ? sentence.end : clauses.clauseEndAfter(token.end, text.length);
    const tags = sentence ? sentence.tags : NO_TAGS;
    const rules = rulesForFigure(documentRules, text, token);
    const lang = rules.lang;

    if (!Number.isFinite(token.value)) {
      refuse(token, 'not-a-number');
      continue;
    }
    // P58.19/US$1: a figure inside the span of the metric before it is part of that metric (its rate's denominator).
    if (out.length > 0 && token.start < out[out.length - 1].end) {
      refuse(token, 'inside-previous-metric');
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
    if (
      lang === 'zh' &&
      ZH_TOP_OF_RANKING_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)) &&
      ZH_TOP_OF_RANKING_UNIT.test(text.slice(token.end, token.end + 1))
    ) {
      refuse(token, 'ranking');
      continue;
    }
    let unit: FigureUnit | null = null;
    const unitContext = { text, token, tags, sentenceStart: sStart, previousIndexEnd: lastIndexEnd };
    for (const readUnit of rules.unitReaders) {
      unit = readUnit(unitContext);
      if (unit) break;
    }
    if (!unit) {
      refuse(token, 'no-unit');
      continue;
    }
    // 1.67億元﹙美元.下同﹚: amounts in 元 after a currency declared for the rest of the text are in that currency.
    if (lang === 'zh' && unit.kind === 'money' && unit.unit === '元' && !token.currencyPrefix) {
      const declared = declaredCurrencyAt(currencyDeclarations, token.start);
      if (declared) unit = { ...unit, unit: declared };
    }
    let end = token.end + unit.length;
    if (isCalendar(text, token, unit.unit, end)) {
      refuse(token, 'calendar-date');
      continue;
    }
    // 至27日 after a date: the number before 日 is a day, caught above; a bare 至27 has no unit.

    // 突破9万亿元, topped 5 million: a milestone passed gives approx over (the verb stays outside the span).
    const approxBefore = rules.approxBefore(text, token);
    let approx: Approx | null = token.approx ?? approxBefore;
    const leadApprox = rules.approxSharedByList(token, approxBefore);
    // 3个多月 / 24小时内: approximation words after the unit.
    for (const [re, a] of ZH_POSTFIX_APPROX) {
      const m = re.exec(text.slice(end, end + 3));
      if (m) {
        approx = approx ?? a;
        end += m[0].length;
        break;
      }
    }
    if (ZH_LIMIT_AFTER.test(text.slice(end, end + 2))) approx = approx ?? 'under';
    const after = rules.approxAfterUnit(text, end, unit);
    // 约14分钟内: a bound written after the figure says more than "about" before it.
    approx = approx === 'about' && after.approx === 'under' ? 'under' : (approx ?? after.approx);
    end = after.end;

    // Names and slogans: a number inside a short quote that holds more than the metric itself.
    const quote = enclosingQuote(text, token.start, end);
    if (quote) {
      const inner = text.slice(quote.open + 1, quote.close).replace(WHITESPACE_ALL, '');
      const own = text.slice(token.start, end).replace(WHITESPACE_ALL, '');
      // 「 73%利润来自于清洁能源 」 on a line of its own: a quoted headline, not a name.
      const wholeLine =
        LINE_START_BEFORE.test(text.slice(Math.max(0, quote.open - 8), quote.open)) &&
        LINE_END_AFTER.test(text.slice(quote.close + 1, quote.close + 9));
      if (inner !== own && !wholeLine) {
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

    const figure = { text, token, unit, end, tags, quote };
    const refusal = rules.refusals.find((r) => r.refuses(figure));
    if (refusal) {
      refuse(token, refusal.name);
      continue;
    }

    let value = roundValue(token.value * unit.scale);
    // 至今剛逾九年半, 約2年半: half a year (day, week) more, 半 inside the span (not 一年半年).
    if (lang === 'zh' && unit.kind === 'duration' && ZH_HALF_AFTER_DURATION.test(text.slice(end, end + 2))) {
      value += 0.5;
      end += 1;
    }
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
      (LIST_JOINER.test(text.slice(lastInClause.metric.end, token.start)) ||
        (lang === 'zh' &&
          (ZH_RESPECTIVE_VERB_JOINER.test(text.slice(lastInClause.metric.end, token.start)) ||
            ZH_RESTATING_BRACKET_GAP.test(text.slice(lastInClause.metric.end, token.start))) &&
          ZH_RESPECTIVE_WORD.test(text.slice(clauseStart, lastInClause.metric.start))));
    // down 11%, 10% and 4%; decreased $137 billion, or 2.2 percent: a list across a comma shares the change only.
    const gapFromPrevious = previous ? text.slice(previous.end, token.start) : '';
    const listedAfterComma =
      previous !== null &&
      ((EN_COMMA_LIST_JOINER.test(gapFromPrevious) && (previous.unit === unit.unit || EN_OR.test(gapFromPrevious))) ||
        (lang === 'en' && EN_LOWERCASE_NAMED_ITEM_GAP.test(gapFromPrevious) && previous.unit === unit.unit) ||
        EN_BRACKET_OR_JOINER.test(gapFromPrevious) ||
        ((EN_SEMICOLON_BRACKET_LIST_GAP.test(gapFromPrevious) || EN_SEMICOLON_BY_LIST_GAP.test(gapFromPrevious)) &&
          previous.unit === unit.unit) ||
        (gapFromPrevious.length <= EN_BRACKETED_NAME_LIST_MAX &&
          EN_BRACKETED_NAME_LIST_GAP.test(gapFromPrevious) &&
          previous.unit === unit.unit) ||
        // "increased 11.0% in England, 6.5% in Wales": a list of places shares the change.
        (EN_PLACE_LIST_GAP.test(gapFromPrevious) && previous.unit === unit.unit) ||
        (lang === 'en' && EN_NAME_LED_LIST_GAP.test(gapFromPrevious) && previous.unit === unit.unit) ||
        carriesPreviousChange(gapFromPrevious, afterText, lang) ||
        // "up by 1.1 per cent – 24,000 people –", "up 6 per cent in the last year or 14,300 people": the move restated in
        // another unit (a bare first figure, "2 or 3 percent", is a range).
        (lang === 'en' &&
          previous.unit !== '' &&
          previous.unit !== unit.unit &&
          EN_RESTATED_IN_OTHER_UNIT_GAP.test(gapFromPrevious)) ||
        // "prices increased by 3.2%, nonfood goods - by 2.6%, paid services - by 3.1%", "growing in November by 2%, in
        // October by 3.8%": a list of sizes after by, its verb written once, moves as its first item.
        (lang === 'en' &&
          previous.change !== null &&
          EN_BY_SIZE_BEFORE.test(text.slice(Math.max(0, previous.start - 4), previous.start)) &&
          EN_BY_LIST_GAP.test(gapFromPrevious)) ||
        // "increase of: • £0.35 for a terraced property • £0.53 for …": a bulleted list of sizes shares its lead's move.
        (lang === 'en' &&
          previous.change !== null &&
          previous.unit === unit.unit &&
          EN_BULLET_ITEM_GAP.test(gapFromPrevious) &&
          EN_BULLET_OPENS_BEFORE.test(text.slice(Math.max(0, previous.start - 4), previous.start))) ||
        // 增加7631元,約達1.95%: the amount's move restated as a rate.
        (lang === 'zh' &&
          previous.change !== null &&
          previous.unit !== '%' &&
          unit.unit === '%' &&
          ZH_RESTATED_AS_RATE_GAP.test(gapFromPrevious)) ||
        // 分別減少受理數75件及財損金額7,853.3萬元: the items after 分别 and a move share it.
        (lang === 'zh' &&
          previous.change !== null &&
          ZH_RESPECTIVE_ITEM_GAP.test(gapFromPrevious) &&
          ZH_RESPECTIVE_MOVE_BEFORE.test(text.slice(Math.max(clauseStart, previous.start - 16), previous.start))) ||
        // 增加幅度依序為英語5.9%、數學5.4%: the items of a list the clause orders share its move.
        (lang === 'zh' &&
          ZH_ORDERED_LIST_ITEM_GAP.test(gapFromPrevious) &&
          previous.unit === unit.unit &&
          ZH_LIST_ORDER_OPENED.test(text.slice(sStart, previous.start))));
    // "27,000 more employed persons and 15,000 fewer unemployed persons": fewer, written with the figure, says its way
    // before any word of the clause does.
    const fewer = lang === 'en' && EN_DIFFERENCE_COUNTED.test(text.slice(token.end, token.end + unit.length));
    let change: Change | null = fewer
      ? { direction: 'down', basis: null }
      : detectChange(
          rules.changeText(changeBeforeText(text, beforeText, clauseStart, sStart, token.start, lang)),
          afterText,
          lang,
          sentenceText,
        );
    // 較平日夜間停留人口數261.1萬人，多65.2萬人: more than the basis its sentence compares with.
    if (
      !change &&
      lang === 'zh' &&
      MORE_RIGHT_BEFORE.test(text.slice(Math.max(sStart, token.start - 2), token.start)) &&
      ZH_MORE_AFTER_BASIS.test(text.slice(Math.max(sStart, token.start - 80), token.start))
    )
      change = { direction: 'up', basis: null };
    if (!change) {
      const direction = rules.changeOfUnit?.(beforeText, afterText, token, unit) ?? null;
      if (direction) change = { direction, basis: null };
    }
    // 农房风貌提升26.4万户: the count of things upgraded is a level (no rule below lends it a change).
    const keepsLevel = rules.keepsLevel(text, token, unit);
    if (change && keepsLevel) change = null;
    // "a decrease of $65 million (2.2 %) over the previous year": the bracket restates the change before it, whatever
    // the words after the bracket say.
    // "to NT$1.9 trillion (US$62.7 billion)": an amount converted in brackets is the level before it, whatever moved.
    const restated = previous !== null && (rules.restatesInBrackets?.(gapFromPrevious, afterText) ?? false);
    const convertedLevel = restated && !previous.change && previous.kind === 'money' && unit.kind === 'money';
    if (restated && (previous.change || convertedLevel)) change = previous.change;
    // "over 2,611.78 billion yuan ($345.37 billion)": the converted amount is as approximate as the one it converts.
    if (convertedLevel && !approx && previous.approx) approx = previous.approx;
    if (!change && enumerated && lastInClause?.metric.change) {
      change = lastInClause.metric.change;
      // 增速分别为-11.6%、4.1%、-30%: a list of signed rates, each by its own sign (the minus made the first one down).
      if (lastInClause.metric.value < 0 && token.value > 0 && change.direction === 'down')
        change = { ...change, direction: 'up' };
    }
    // Only across a written joiner: 9万亿三个大台阶 is no list.
    const inheritedLead: Approx | null =
      enumerated && lastInClause !== null && lastInClause.metric.end < token.start ? lastLeadApprox : null;
    if (!approx && inheritedLead) approx = inheritedLead;
    // -2.8, 1.4 and 0.2 percent: a sign says only its own figure's way.
    if (
      !change &&
      listedAfterComma &&
      previous?.change &&
      !SIGNED_FIGURE_START.test(text.slice(previous.start, previous.end))
    )
      change = previous.change;
    // "amounted to approximately RO233mn, RO137mn and RO30mn, respectively": the list's approximation is every item's.
    if (
      !approx &&
      lang === 'en' &&
      listedAfterComma &&
      previous?.approx &&
      EN_RESPECTIVELY_AHEAD.test(text.slice(end, Math.min(sEnd, end + 60)))
    )
      approx = previous.approx;
    if (!change && lang === 'en' && lastChanged?.change && gapsVerbOf(text.slice(lastChanged.end, token.start)))
      change = lastChanged.change;
    if (
      !change &&
      lang === 'en' &&
      lastChanged?.change &&
      lastChanged.unit === unit.unit &&
      continuesPeriodList(text.slice(lastChanged.end, token.start))
    )
      change = lastChanged.change;
    // "up 5.3 percent to $61.20, and 5.7 percent to $39.70": the second pair of a move and its level moves as the first.
    const pairedMove =
      !change && lang === 'en' && previous
        ? firstMoveOfPair(out, previous, token.start, text, gapFromPrevious, afterText, unit.unit)
        : null;
    if (pairedMove) change = pairedMove.change;
    // decreased between 2.4 and 18.2 percentage points: both ends of a range of changes move the same way.
    if (
      !change &&
      previous?.change &&
      endsRangeOfChanges(
        text.slice(Math.max(0, previous.start - 24), previous.start),
        gapFromPrevious,
        lang,
        BARE_FIGURE.test(text.slice(previous.start, previous.end)),
        unit.unit === '%' || unit.kind === 'points',
      )
    )
      change = previous.change;
    if (!change) {
      const sentenceBefore = text.slice(Math.max(sStart, token.start - CLAUSE_WINDOW), token.start);
      change = detectSentenceChange(
        {
          sentenceBefore: rules.changeText(sentenceBefore),
          after: afterText,
          percent: unit.unit === '%',
          figure: token.text,
          value: token.value,
          unitText: text.slice(token.end, token.end + unit.length),
        },
        lang,
      );
      if (!change && lang === 'en') {
        const bulleted =
          bulletedMoveDirection(text, token.start) ??
          (unit.unit === '%' ? labelledListMoveDirection(text, token.start) : null);
        if (bulleted) change = { direction: bulleted, basis: null };
      }
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
    // "increased 8.6 percent to Rs 642.14 billion in the review period compared to 1.5 percent in the same period":
    // the percentage set against the move's size reads past the level its move reached.
    const previousMoved = lastPercentMove && lastPercentMove.sentenceStart === sStart ? lastPercentMove.metric : null;
    let setAgainstMove: RawMetric | null = null;
    if (
      !change &&
      lang === 'en' &&
      previousMoved?.change &&
      previous &&
      previous !== previousMoved &&
      previous.unit !== '%' &&
      unit.unit === '%' &&
      token.start - previousMoved.end <= 160 &&
      EN_COMPARED_GAP_AFTER_LEVEL.test(text.slice(previous.end, token.start)) &&
      !EN_OF_WHOLE_AFTER.test(afterText)
    ) {
      change = previousMoved.change;
      setAgainstMove = previousMoved;
    }
    // 增加9千人或0.08%: the change restated after 或 moves the same way.
    if (!change && previous?.change && lang === 'zh' && ZH_RESTATED_AFTER_OR.test(gapFromPrevious))
      change = previous.change;
    // "Transport: March -3.1 per cent", 利润-5.3%: a negative percentage with no word of its own is a fall, as gold
    // writes it across genres (a contribution in percentage points stays a level).
    if (!change && token.value < 0 && unit.unit === '%' && !keepsLevel) change = { direction: 'down', basis: null };
    // 人口自然增长率为-0.99‰: a negative growth is a fall.
    if (change && token.value < 0 && change.direction === 'up') change = { ...change, direction: 'down' };
    // 增速回落至0.0%: a zero has no direction.
    // "from 256,794 (37 per cent of pupils) in April 2007": a share of a whole in brackets restates a level (not a
    // signed one: "(+0.10 percent of taxable payroll)").
    const bracketedShare =
      lang === 'en' &&
      EN_BRACKET_OPEN_BEFORE.test(beforeText) &&
      EN_SHARE_OF_IN_BRACKET_AFTER.test(afterText) &&
      !SIGNED_FIGURE_START.test(text.slice(token.start, token.end));
    if (change && (token.value === 0 || keepsLevel || convertedLevel || bracketedShare)) change = null;

    // A、B等四个行业增加值分别增长…: the count after 等 restates the list's length, it does not end a subject.
    const countsList =
      lastInClause !== null &&
      restatesListLength(text, clauseStart, lastInClause.metric.start, lastInClause.metric.value);
    let from: number = Math.max(
      windowStart,
      lastInClause && lastInClause.clauseStart === clauseStart && !countsList ? lastInClause.metric.end : clauseStart,
    );
    if (from !== windowStart) {
      // 163个必巡点、43条必巡路线: what follows the previous figure up to 、 is its own noun. The first 、: a 和 or 及
      // after it is inside the next item's name (增长11.3%、电气机械和器材制造业增长9.0%); 和 or 及 only without one.
      const between = text.slice(from, token.start);
      const listMark = between.indexOf('、');
      const cut = listMark >= 0 ? listMark : Math.max(between.lastIndexOf('和'), between.lastIndexOf('及'));
      if (cut >= 0) from += cut + 1;
    }
    if (lang === 'en') {
      const enumerator = EN_ITEM_ENUMERATOR_LEAD.exec(text.slice(from, token.start));
      if (enumerator) from += enumerator[0].length;
    }
    // rates ranged from 53.4% to 76.5%: the second end of a range measures what the first does.
    // "27% lower than in 2008/09 and 43% lower than in 1995": the same measure against another basis.
    const secondEndOfRange =
      previous !== null &&
      (rules.endsRangeAfter(text, previous, gapFromPrevious) ||
        (rules.continuesComparison?.(gapFromPrevious, previous, unit.unit) ?? false));
    // "2,150 sworn deputies and 1,020 civilian staff", "down 11%, 10% and 4% respectively": a figure joined to the one
    // before that measures something of its own (the language decides).
    const ownListItem = enumerated && (rules.standsAloneInList?.(unit, lastInClause!.metric.unit, afterText) ?? false);
    // "An estimated 25.9 million or 7.9% of people": an English item after one that found no subject reads its own.
    const sharesListSubject = enumerated && !ownListItem && (lang !== 'en' || lastInClause!.metric.subject !== null);
    // "17 pence per week or £8.84 per year", 10696.3亿元人民币，折合1617亿美元: the same amount restated in another unit (a
    // count restated names its own noun: "about 17% or more than 1 million more calls").
    const restatedInOtherUnit =
      unit.kind !== 'count' &&
      previous !== null &&
      previous.subject !== null &&
      previous.unit !== '' &&
      previous.unit !== unit.unit &&
      (lang === 'zh' ? ZH_RESTATED_IN_OTHER_UNIT_GAP : EN_RESTATED_IN_OTHER_UNIT_GAP).test(gapFromPrevious);
    let subject = sharesListSubject
      ? lastInClause!.metric.subject
      : restatedInOtherUnit
        ? previous.subject
        : secondEndOfRange
          ? (rules.basisLevelSubject?.(gapFromPrevious, previous.subject) ?? previous.subject)
          : extractSubject({
              text,
              from,
              numberStart: token.start,
              spanEnd: end,
              clauseEnd,
              takeNounAfter:
                unit !== EMPTY_UNIT && (unit.kind === 'count' || (rules.measureNamesNounAfter?.(unit) ?? false)),
              lang,
              tags: tags(),
              sentenceStart: Math.max(sStart, token.start - CLAUSE_WINDOW),
              measure: unit.kind === 'physical',
            });
    if (!sharesListSubject) {
      subject = rules.completeSubject(subject, {
        text,
        numberStart: token.start,
        spanEnd: end,
        earlier: out,
        tagsAt: tagsOf,
        from,
      });
    }
    // "from June (394,298)": what is left of a phrase with no letter in it names nothing.
    if (subject && !ANY_LETTER.test(subject)) subject = null;
    if (lang === 'en') subject = tidiedEnSubject(subject, text, token.end, end, unit.kind === 'count');
    if (lang === 'zh') subject = finalZhSubject(subject, text, sStart, token.start);
    // 接獲4,469宗投訴及建議；較上季的3,190宗: a basis of a period alone, first in its sentence (after a semicolon),
    // measures what the figure before in its unit does. (Within a sentence the rules below find it.)
    if (
      lang === 'zh' &&
      !(lastInSentence && lastInSentence.sentenceStart === sStart) &&
      (subject
        ? ZH_PERIOD_ONLY_BASIS.test(subject)
        : ZH_PERIOD_BASIS_BEFORE.test(text.slice(Math.max(clauseStart, token.start - PERIOD_BASIS_REACH), token.start)))
    )
      subject =
        lastWithin(
          out,
          token.start - BASIS_PERIOD_REACH,
          (m) => m.unit === unit.unit && !!m.subject && !SENTENCE_STOP.test(text.slice(m.end, token.start)),
        )?.subject ?? null;
    // The percentage set against a move's size measures what moved.
    if (setAgainstMove?.subject) subject = setAgainstMove.subject;
    // "$193.4 million above estimates (9.3 percent)": a move restated in brackets measures what the move before does.
    if (restated && previous?.change && previous.subject) subject = previous.subject;
    // 而二○一七年的相關比率為10.0%, 88宗…個案，涉及600人: a stand-in for the measure before, or the people its cases involve.
    if (
      lang === 'zh' &&
      subject &&
      previous?.subject &&
      (ZH_CORRESPONDING_ONLY.test(subject) || ZH_INVOLVING_ONLY.test(subject))
    )
      subject = previous.subject;
    // …收入预算数为1376.82亿元,决算数为1326.38亿元: a budget's column word alone is the column of the item before.
    if (lang === 'zh' && subject && previous?.subject && ZH_BUDGET_COLUMN_ONLY.test(subject)) {
      const item = ZH_BUDGET_COLUMN_END.exec(previous.subject);
      if (item && item[1].length >= 2) subject = `${item[1]}${subject}`;
    }
    // "…decreased in New South Wales (5% to 65,576 victims), Western Australia (1% to 24,996 victims) and …": each place's
    // bracket repeats the first one's move and level, of the same measure.
    if (lang === 'en' && previous) {
      const sameItemOfEarlierPlace = lastWithin(
        out,
        token.start - PLACE_ITEM_REACH,
        (m) => m.start >= sStart && m.end <= token.start && m.unit === unit.unit && m !== previous,
      );
      if (
        sameItemOfEarlierPlace &&
        EN_BRACKETED_PLACE_ITEM_GAP.test(text.slice(sameItemOfEarlierPlace.end, token.start))
      ) {
        if (!change && sameItemOfEarlierPlace.change) change = sameItemOfEarlierPlace.change;
        if (sameItemOfEarlierPlace.subject) subject = sameItemOfEarlierPlace.subject;
      } else if (
        previous.change &&
        previous.subject &&
        EN_BRACKETED_LEVEL_REACHED_GAP.test(text.slice(previous.end, token.start)) &&
        EN_BRACKET_OPEN_BEFORE.test(text.slice(Math.max(sStart, previous.start - 2), previous.start))
      )
        subject = previous.subject;
    }
    // "307 deaths due to COVID-19 in Q1 2023, accounting for 3.0% of deaths": the share is the figure before's part.
    if (
      lang === 'en' &&
      previous?.subject &&
      unit.unit === '%' &&
      EN_ACCOUNTING_FOR_GAP.test(text.slice(previous.end, token.start))
    )
      subject = previous.subject;
    // "36,500 persons moved to Norway while 22,700 moved abroad": a bare count set against the one before counts the same.
    if (
      lang === 'en' &&
      previous?.subject &&
      previous.start >= sStart &&
      unit.unit === '' &&
      EN_CONTRAST_COUNT_BEFORE.test(text.slice(previous.end, token.start))
    )
      subject = previous.subject;
    // "The rate … was 88.0 in 2014, compared to 86.6 in 2013": the side compared with measures what the first side does.
    if (
      lang === 'en' &&
      previous?.subject &&
      !change &&
      !previous.change &&
      (unit.unit === '' || unit.unit === previous.unit) &&
      previous.start >= sStart &&
      EN_COMPARED_FIGURE_BEFORE.test(text.slice(Math.max(previous.end, token.start - 40), token.start))
    )
      subject = previous.subject;
    // …and the one before (it found none), restated after "or", measures what this one names.
    const readsOwnInList = enumerated && !ownListItem && !sharesListSubject;
    if (readsOwnInList && subject && EN_OR.test(text.slice(lastInClause!.metric.end, token.start)))
      lastInClause!.metric.subject = subject;
    // 同比下降68.05% after 立案131起: a bare change or second figure measures the same thing.
    if (!subject && lastInSentence && lastInSentence.sentenceStart === sStart)
      subject = countedBeforeRate(out, lastInSentence.metric, sStart, unit.unit, lang) ?? lastInSentence.metric.subject;
    // 比上年下降4.1%；与2020年相比，两年平均增长2.5%: a move whose unit opens on its basis measures the last move's measure.
    const lastMetric =
      subject || !change || lang !== 'zh'
        ? undefined
        : lastWithin(out, token.start - BASIS_OPENING_REACH, (m) => m.unit === unit.unit);
    if (lastMetric?.subject && ZH_BASIS_CLAUSE_OPENING.test(text.slice(sStart, token.start)))
      subject = lastMetric.subject;
    // 破获各类刑事案件1106起，较上年同期破案858起上升28.9%: the move after a basis's level is the move of the figure the
    // basis is set against (its own subject names the basis only).
    if (lastInSentence && lastInSentence.sentenceStart === sStart && subject === lastInSentence.metric.subject)
      subject = rules.subjectAfterBasis?.(text, out, lastInSentence.metric, token.start, sStart) ?? subject;
    // "…which went up 452 thousand persons"; "Motorways carried 68.7 bvm of traffic, 1.4% more": the figure before
    // in the sentence names what this one measures (the language decides).
    if (change && previous && rules.changeOfCounted?.(subject, unit.unit, previous)) subject = previous.subject;
    if (subject && previous?.subject && rules.holdsFigureBefore?.(subject, text.slice(previous.start, previous.end)))
      subject = previous.subject;
    // "… projected at 7.2 per cent with Q1 at 7.1 per cent; Q2 at 7.2 per cent; and Q4 at 7.2 per cent": a period's
    // item after a semicolon lists the same measure as the figure before it.
    const before = out.at(-1);
    // The item moves as the figure before it whatever subject it found of its own (within one unit since a semicolon
    // before a lower-case word ends none).
    const periodGap = before ? text.slice(before.end, token.start) : '';
    if (before && rules.listsPeriodItem?.(periodGap, null)) {
      if (rules.listsPeriodItem(periodGap, subject)) subject = before.subject;
      if (!change && before.change) change = before.change;
    }
    // 股東應佔盈利為港幣4.017億元(2022年重列︰港幣5.490億元), 每股6.25港仙(二零二三年:4.75港仙): an earlier period's figure in
    // brackets measures what the figure before it does, per what that one is per.
    let unitWritten = unit.unit;
    if (lang === 'zh' && previous?.subject && ZH_PRIOR_PERIOD_BRACKET_GAP.test(gapFromPrevious)) {
      subject = previous.subject;
      if (previous.unit.startsWith(`${unit.unit}/`)) unitWritten = previous.unit;
    }
    // 城乡收入比持续缩小，由上年同期的2.05:1…: a ratio with no subject of its own measures the ratio its sentence names.
    if ((!subject || ZH_RATIO_MOVE_ONLY.test(subject)) && unit === EMPTY_UNIT && lang === 'zh') {
      const named = ZH_RATIO_NAME.exec(text.slice(Math.max(sStart, token.start - 40), token.start));
      if (named) subject = named[1];
    }
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
      unit: unitWritten,
      kind: unit.kind,
      approx,
      change,
      subject,
    };
    if (token.script === 'english') metric.inWords = true;
    else if (
      lang === 'en' &&
      ((EN_ANNIVERSARY_UNIT.test(unit.unit) &&
        EN_ANNIVERSARY_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) ||
        (unit.unit === '' && EN_AGE_TURNED_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start))))
    )
      metric.anniversary = true;
    // 2.5–3.5%, 4.5%-5%, 3-5万人: a range gives two figures, its low end sharing the unit written after the high end.
    const highEnd = rangeHighEnd(token, metric, unit.scale);
    if (highEnd) metric.end = token.range!.lowEnd!;
    out.push(metric);
    if (highEnd) out.push(highEnd);
    const last = highEnd ?? metric;
    // 126.60上升 0.94%,較前一年同期 115.36: the index's move in per cent keeps the next basis reading back to the index.
    lastIndexEnd = unit === EMPTY_UNIT ? last.end : unit.unit === '%' ? lastIndexEnd : null;
    if (!enumerated) closeGroup();
    group.push(metric);
    if (highEnd) group.push(highEnd);
    lastInClause = { metric: last, clauseStart, before: beforeText };
    lastLeadApprox = leadApprox ?? inheritedLead;
    lastInSentence = { metric: last, sentenceStart: sStart };
    if (last.change && last.unit === '%') lastPercentMove = { metric: last, sentenceStart: sStart };
    if (last.change) lastChanged = last;
  }
  closeGroup();
  if (documentRules.lang === 'zh') measurePlacesZh(text, out);
  return out;
}

/** The high end of a range of Arabic figures as a figure of its own (same unit, change and subject), or null. */
function rangeHighEnd(token: NumberToken, low: RawMetric, scale: number): RawMetric | null {
  const range = token.range;
  if (!range || range.lowEnd === undefined || range.highStart === undefined || range.high === range.low) return null;
  if (range.lowEnd <= token.start || range.highStart >= low.end) return null;
  return { ...low, start: range.highStart, value: roundValue(range.high * scale) };
}

/** The longest gap between two terms of one ratio or index movement (∶, or 缩小至 between 2.50:1 and 2.27:1). */
const RATIO_CHAIN_GAP_MAX = 4;

/**
 * "declined marginally, on average, by 0.2%", "also rose, by 4 per cent": a clause that is only "by" and its figure
 * takes its verb from the clauses before, the commas of the insertion left out.
 */
function changeBeforeText(
  text: string,
  beforeText: string,
  clauseStart: number,
  sentenceStart: number,
  numberStart: number,
  lang: 'zh' | 'en',
): string {
  if (lang !== 'en' || clauseStart <= sentenceStart) return beforeText;
  // "which followed a similar rise, 1.9%, in …": a figure opening its clause after a move's noun is that move's size.
  if (!beforeText.trim()) {
    const apposed = text.slice(
      commaClauseStart(text, clauseStart - 1, Math.max(sentenceStart, numberStart - CLAUSE_WINDOW)),
      numberStart,
    );
    return EN_CHANGE_NOUN_APPOSED.test(apposed) ? apposed : beforeText;
  }
  if (!EN_BARE_BY_CLAUSE.test(beforeText)) return beforeText;
  const floor = Math.max(sentenceStart, numberStart - CLAUSE_WINDOW);
  let start = commaClauseStart(text, clauseStart - 1, floor);
  // One insertion at most between the verb's clause and "by" (", on average,").
  if (EN_BY_INSERTION.test(text.slice(start, clauseStart - 1)) && start > floor)
    start = commaClauseStart(text, start - 1, floor);
  return text.slice(start, numberStart).replace(EN_INSERTION_COMMAS, ' ');
}

/** The start of the comma- or semicolon-bounded clause that ends at `end`, not before `floor`. */
function commaClauseStart(text: string, end: number, floor: number): number {
  let start = end;
  while (start > floor && text[start - 1] !== ',' && text[start - 1] !== ';') start--;
  return start;
}

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

function roundValue(v: number): number {
  // An integer of 12 digits or fewer is its own 12-digit rounding (most figures): no string round trip.
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v;
  if (!Number.isFinite(v)) return v;
  return Math.abs(v) >= 1e-6 ? Number(v.toPrecision(12)) : v;
}

/**
 * When the figure at `start` opens the second of two pairs of a move and the level it reached ("up 5.3 percent to
 * $61.20, and 5.7 percent to $39.70"), the first pair's move; else null. `previous` is the first pair's level.
 */
function firstMoveOfPair(
  out: readonly RawMetric[],
  previous: RawMetric,
  start: number,
  text: string,
  gapFromPrevious: string,
  afterText: string,
  unit: string,
): RawMetric | null {
  const move = out.length >= 2 && out[out.length - 1] === previous ? out[out.length - 2] : null;
  return move &&
    move.change !== null &&
    move.unit === unit &&
    start > previous.end &&
    EN_MOVE_TO_LEVEL_GAP.test(text.slice(move.end, previous.start)) &&
    EN_PAIR_JOINER_GAP.test(gapFromPrevious) &&
    EN_TO_LEVEL_AFTER.test(afterText)
    ? move
    : null;
}
