// English metric rules: units read after a figure or borrowed from a range, a set or the sentence
// ("rose by 236,000"), milestones, and the figures that describe or point rather than measure
// (compound adjectives, known sets, footnote markers, document references, rate bases, years).
import type { NumberToken } from '../../numbers/numbers';
import { matchEnglishUnit } from '../../numbers/units';
import { isEnglishIndexValue, isRoundRateBase } from '../../numbers/unitless';
import { coordinatedWithChange, detectChange } from '../change';
import { completeEnglishSubject } from '../subject';
import { bulletLeadMeasure } from '../bullet-lead';
import { measureForPlace } from '../place-measure';
import { labelOfCountRow } from '../../text/label-rows';
import {
  EN_ADD_VERB_BEFORE,
  EN_ADDED_TO_AFTER,
  EN_PEOPLE_NOUNS,
  EN_SPELLED_SHARE_BRACKET_BEFORE,
  EN_PERIOD_ITEM_GAP,
  EN_PERIOD_ONLY_SUBJECT,
  EN_RESPECTIVELY,
  EN_WORD_AFTER_FIGURE,
  EN_MODIFIER_BEFORE_HELD_FIGURE,
} from '../../rules/en/subjects';
import {
  EN_BARE_COUNT_AFTER,
  EN_RATE_ON_BASE_AFTER,
  EN_PARTS_BRACKET_OPEN_BEFORE,
  EN_PARTS_BRACKET_NEXT_BEFORE,
  EN_PART_AFTER,
  EN_AVERAGE_OF_WAS_BEFORE,
  EN_NAMED_TALLY_AFTER,
  EN_NAMED_TALLY_BEFORE,
  EN_NAMED_TALLY_ITEM,
  EN_BRACKET_OPEN_BEFORE,
  EN_BASIS_LEVEL_BRACKET_BEFORE,
  EN_LEVEL_AT_BEFORE,
  EN_NUMBER_OF_WAS_BEFORE,
  EN_NAMED_LEVEL_WAS_BEFORE,
  EN_INDIAN_GROUPED,
  EN_NAME_BRACKET_BEFORE,
  EN_REFERENCE_BRACKET_BEFORE,
  EN_BRACKETED_COUNT_ITEM_BEFORE,
  EN_BRACKETED_COUNT_ITEM_AFTER,
  EN_COMPARED_FIGURE_AFTER,
  EN_COMPARED_FIGURE_BEFORE,
  EN_COUNT_OF_NAMED_BEFORE,
  EN_COUNT_VERB_AFTER,
  EN_THOUSANDS_GROUPED,
  EN_GROUPED_FIGURE,
  EN_UP_DOWN_FROM_BEFORE,
  EN_AT_BEFORE,
  EN_MEASURE_OF_BEFORE,
  EN_BULLET_OPENING_BEFORE,
  EN_CLOCK_AFTER,
  EN_RANGE_HIGH_END_AFTER,
  EN_PARTITIVE_OPENING_BEFORE,
  EN_STANDS_AT_BEFORE,
  EN_DATED_LEVEL_BEFORE,
  EN_DATED_LEVEL_AFTER,
  EN_LABEL_TALLY_BEFORE,
  EN_LABEL_TALLY_AFTER,
  EN_LABEL_TALLY_ITEM,
  EN_LABEL_TALLY_MIN_ITEMS,
  EN_LABEL_TALLY_LARGEST_MIN,
  EN_COLON_LABEL_AT_LINE_START,
  EN_COLON_LABEL_AFTER_SEMICOLON,
  EN_COLON_LABEL_ITEM_END,
  EN_COLON_LABEL_LINE,
  EN_COLON_LABEL_NOT_COUNT,
  EN_PART_WERE_AFTER,
  EN_N_EQUALS_BEFORE,
  EN_PLACE_COUNT_AFTER,
  EN_PLACE_COUNT_ITEM,
  EN_SPELLED_COUNT_BRACKET_BEFORE,
  EN_SPELLED_COUNT_BRACKET_AFTER,
  EN_COUNT_PER_PERIOD_AFTER,
  EN_NUMBER_OF_BROUGHT_TO_BEFORE,
  EN_PART_WERE_ITEM,
  EN_PART_OF_THEM_AFTER,
  EN_NAMED_RATIO_IS_BEFORE,
  EN_DECIMAL_LIST_BEFORE,
  EN_REFERENCE_WORD_BEFORE,
  EN_SHARE_BRACKET_AFTER,
  EN_COUNT_BRACKET_AFTER_SHARE_BEFORE,
  EN_BRACKET_CLOSE_NEXT,
  EN_AMONG_OPENING_BEFORE,
  EN_PRIOR_YEAR_FIGURE_BEFORE,
  EN_PRIOR_YEAR_AFTER_FIGURE,
} from '../../rules/en/unitless';
import { isEllipticalListItem } from '../elliptical-list';
import {
  EN_BETWEEN_BEFORE,
  EN_GLUED_TO_FIGURE_BEFORE,
  EN_PART_OF_SET_AFTER,
  EN_RANGE_UNIT_AFTER,
  EN_PAIR_AFTER_VERB_BEFORE,
  EN_PAIR_SECOND_IS_CHANGE_AFTER,
  EN_RANGE_UNIT_BEFORE,
  EN_RESPECTIVELY_LIST_AFTER,
  EN_VOTE_BEFORE,
  EN_VOTE_FIRST_SIDE,
  EN_VOTE_SECOND_SIDE,
  EN_RESPECTIVELY_TAIL,
  EN_COUNT_RANGE_AFTER,
  EN_WORDED_RANGE_GAP,
  EN_AGE_AFTER_UNIT,
  EN_MONTH_NAME_AFTER,
  EN_MONTH_NAME_BEFORE,
  EN_DATE_RANGE_WORD,
  EN_COUNT_PAIR_BEFORE,
  EN_BARE_LIST_REST_AFTER,
  EN_BARE_LIST_ITEM_BEFORE,
  EN_LIST_PERCENT_AFTER,
  EN_LIST_ITEMS_BEFORE,
  EN_MODIFIED_LIST_REST_AFTER,
  EN_MOVE_RESTATED_OR_BEFORE,
} from '../../rules/en/units';
import {
  EN_COMPARATIVE_AFTER,
  EN_DATED_RANGE_GAP,
  EN_COMPARISON_LIST_GAP,
  EN_BASIS_FROM_GAP,
  EN_COMPARED_BASIS_GAP,
  EN_FIGURE_AGAINST_BASIS_GAP,
  EN_FROM_AFTER_CHANGE_GAP,
  EN_BASIS_LEVEL_GAP,
  EN_BRACKET_OPEN_GAP,
  EN_BRACKET_CLOSE_AFTER,
  EN_RANGE_LEAD,
  EN_RANGE_SECOND_END_GAP,
  EN_LEVEL_AFTER_CHANGE_GAP,
  EN_BY_BEFORE,
  EN_UP_DOWN_BEFORE,
  EN_GROWTH_AT,
  EN_CONTRIBUTED_POINTS_BEFORE,
  EN_CONTRIBUTED_TO_MOVE_AFTER,
  EN_DETRACTED_POINTS_BEFORE,
  EN_BRACKETED_CONTRIBUTION_BEFORE,
} from '../../rules/en/change';
import {
  EN_CHANGE_VERB,
  EN_COMPOUND_ADJECTIVE_AFTER,
  EN_SPACED_COMPOUND_ADJECTIVE_AFTER,
  EN_RECORD_WINDOW_AFTER,
  EN_RECORD_BEFORE_WINDOW,
  EN_DOCUMENT_REFERENCE_BEFORE,
  EN_FOOTNOTE_MARKER_AFTER,
  EN_FOOTNOTE_MARKER_BEFORE,
  EN_FROM_OR_TO_BEFORE,
  EN_MOVE_PAIR_FIRST_AFTER,
  EN_MOVE_PAIR_FIRST_BEFORE,
  EN_MOVE_PAIR_SECOND_BEFORE,
  EN_MOVE_SIZE_AFTER,
  EN_INDEFINITE_ONE,
  EN_KNOWN_SET_BEFORE,
  EN_YEAR_OLDS_AFTER,
  EN_YEARS_OF_AGE_BOUND_AFTER,
  EN_UNDER_OVER_YEARS_OF_AGE,
  EN_UNDER_OVER_BEFORE,
  EN_UNDER_OVER_LEAD,
  EN_MARGIN_OF_ERROR_BEFORE,
  EN_PARTITIVE_THE_BEFORE,
  EN_KNOWN_SET_RANGE_BEFORE,
  EN_MILESTONE_BEFORE,
  EN_QUANTITY_SEPARATORS,
  EN_TIME_PREPOSITION_LEAD,
  EN_YEAR_REFERENCE_UNIT,
  EN_FIGURE_RIGHT_BEFORE,
  EN_THRESHOLD_CROSSED,
  EN_CROSSING_VERB_BEFORE,
  EN_AGO_AFTER,
  EN_TIME_FRAME_BEFORE,
  EN_FIGURE_BEFORE_OVER,
  EN_STAGE_NAME_BEFORE,
  EN_FINANCIAL_YEAR_START_BEFORE,
  EN_RATE_BASE_BEFORE,
  EN_RATE_BASE_SLASH_BEFORE,
  EN_WEEK_NUMBER_BEFORE,
  EN_CLOCK_MINUTES_BEFORE,
  EN_TIME_OF_DAY_LEAD,
  EN_TIME_OF_DAY_HOURS_AFTER,
  EN_SCALE_WORD_END,
  EN_AGE_BOUND_BEFORE,
  EN_MARK_PASSED_BEFORE,
  EN_MARK_AFTER,
  EN_EMERGENCY_NUMBER,
  EN_NINE_ONE_ONE,
  EN_EMERGENCY_LINE_AFTER,
  EN_EMERGENCY_COUNT_BEFORE,
  EN_DIAL_BEFORE,
  EN_PHONE_LINE_BEFORE,
  EN_PHONE_DIGITS,
  EN_WORD_OR_PERCENT_AFTER,
} from '../../rules/en/filters';
import { EN_SUFFIX_APPROX } from '../../rules/en/numbers';
import { YEAR_RANGE } from '../../rules/zh/filters';
import { CHINESE_NUMERAL_REFUSALS, nounUnitAfterScale } from './zh';
import { EMPTY_UNIT, englishUnitAfter, percentUnit } from './units';
import type { FigureUnit, MetricRules, UnitContext } from './types';

/** How far after a figure the second figure of its range and their unit are read. */
const RANGE_LOOK_AHEAD = 48;
/** How far back the first end of a range is read ("from 17.8 percent in August 2017 to "). */
const RANGE_LOOK_BACK = 64;
/** How far back the first figure of a pair of counts is read. */
const COUNT_PAIR_LOOK_BACK = 90;
/** The smallest bare level read after "little changed at" or "totaled" (a time or a small code stays out). */
const LEVEL_AT_MIN = 100;
/** A figure written with a decimal point (89.8, .8). */
const DECIMAL_POINT = /\d?\.\d/;
/** The unit of a range is percentage points. */
const POINTS_WORD = /point/i;
/** +39,000, −12: a figure written with its sign. */
const SIGNED_FIGURE = /^[+−-]\d/;
/** +44 20 7946 0958, (+1) 202-691-5200: another group of digits after a signed figure makes it a phone number or code. */
const DIGITS_AFTER_SIGNED = /^\s*\)?\s*[-.]?\d/;

/** How far before a vote's first side its verb or noun may stand ("voted by a majority of"). */
const VOTE_REACH = 30;
/** How far before a figure the line it is the number of is read ("free helpline is 116 123"). */
const PHONE_LINE_REACH = 24;

/** How far after a figure a list shared out respectively is read. */
const RESPECTIVELY_LIST_REACH = 160;
/** How far a bare list is read on either side of a figure. */
const BARE_LIST_REACH = 80;
/** How far a list of modified figures is read for the noun written after its last (six items or so). */
const MODIFIED_LIST_REACH = 160;
/** An article right before a list's first figure. */
const EN_ARTICLE_BEFORE_LIST = /\b(?:the|these|those)\s+$/i;

/** A whole number in the range of years, written without thousands separators (2019, not 2,019). */
function looksLikeYear(token: NumberToken): boolean {
  return (
    Number.isInteger(token.value) &&
    token.value >= YEAR_RANGE.min &&
    token.value <= YEAR_RANGE.max &&
    !EN_QUANTITY_SEPARATORS.test(token.text)
  );
}

function unitAfter({ text, token }: UnitContext): FigureUnit | null {
  return percentUnit(token) ?? englishUnitAfter(text, token);
}

/** from 3.4 to 3.6 percent, between 2 and 3 percent: the first figure of a range takes the unit written after the second. */
function rangeUnit({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix) return null;
  // at the end of FY 2022 to 98 percent: a year is no end of a range of percentages.
  if (looksLikeYear(token)) return null;
  if (EN_GLUED_TO_FIGURE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start))) return null;
  const m = EN_RANGE_UNIT_AFTER.exec(text.slice(token.end, token.end + RANGE_LOOK_AHEAD));
  if (!m) return null;
  // "between 3 and 5 percent", "(20.0 and 29.3 percent, respectively)": "and" joins the ends of a range or a pair.
  const pairEnd = token.end + m[0].length;
  // "is respectively 42 and 41 per cent", "are estimated 40 and 17 per cent": a pair after its verb.
  if (
    m[1] &&
    !EN_BETWEEN_BEFORE.test(text.slice(Math.max(0, token.start - 10), token.start)) &&
    !EN_RESPECTIVELY_TAIL.test(text.slice(pairEnd, pairEnd + 20)) &&
    (!EN_PAIR_AFTER_VERB_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start)) ||
      EN_PAIR_SECOND_IS_CHANGE_AFTER.test(text.slice(pairEnd, pairEnd + 20)))
  )
    return null;
  return percentOrPoints(m[2]);
}

/** "a 20-year low": the window of a record, in the unit written after the hyphen. */
function recordWindowUnit({ text, token }: UnitContext): FigureUnit | null {
  if (!Number.isInteger(token.value) || token.percent || token.currencyPrefix) return null;
  const m = EN_RECORD_WINDOW_AFTER.exec(text.slice(token.end, token.end + 16));
  if (!m) return null;
  const length = 1 + m[1].length;
  return {
    text: text.slice(token.end, token.end + length),
    unit: m[1].toLowerCase(),
    kind: 'duration',
    scale: 1,
    length,
  };
}

/** "1 300 to 2 000 jobs", "between 20 and 30 people": the first end of a range counts the noun written after the second. */
function countRangeUnit({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix || looksLikeYear(token)) return null;
  if (EN_GLUED_TO_FIGURE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start))) return null;
  if (EN_MOVE_RESTATED_OR_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) return null;
  const m = EN_COUNT_RANGE_AFTER.exec(text.slice(token.end, token.end + RANGE_LOOK_AHEAD));
  if (!m) return null;
  if (m[1] && !EN_BETWEEN_BEFORE.test(text.slice(Math.max(0, token.start - 10), token.start))) return null;
  // "between 12 and 14 million visitors": a scale word the second end has and the first lacks makes the first no count
  // of its own (12 million, not 12); "from 2.440 million to 2.694 million trips" writes it at both.
  const scale = EN_SCALE_WORD_END.exec(m[0])?.[0].trim().toLowerCase();
  if (scale && !token.text.toLowerCase().endsWith(scale)) return null;
  const noun = matchEnglishUnit(text, token.end + m[0].length, false);
  // "from 260 to 92 days": a span of time counts the same way, when the range is written in words (not "15-24 year olds").
  const worded =
    EN_WORDED_RANGE_GAP.test(m[0]) &&
    !EN_AGE_AFTER_UNIT.test(text.slice(token.end + m[0].length + (noun?.length ?? 0)));
  const counts = noun?.kind === 'count' || (noun?.kind === 'duration' && worded);
  return noun && counts && noun.unit ? { ...noun, text: '', length: 0 } : null;
}

/** How far along its line a figure's language is read, each way. */
const LINE_LANGUAGE_REACH = 300;
const CJK_CHARACTER = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/u;
const LATIN_WORDS = /[A-Za-z]{2,}/g;
/** A Chinese full stop, and an English one right before Chinese text: where a joined line's sentence ends. */
const CJK_SENTENCE_ENDS = ['。', '！', '？'];
const EN_SENTENCE_END_BEFORE_CJK = /(?<=[.!?])\s*(?=[\u3400-\u9fff])/u;
/** Latin words a line needs to read as English. */
const ENGLISH_LINE_MIN_WORDS = 2;

/** The figure's line (within reach) holds no Chinese character and some English words. */
function isEnglishLine(text: string, token: NumberToken): boolean {
  // Within reach only: a megabyte line must not be read whole for each of its figures.
  const before = text.slice(Math.max(0, token.start - LINE_LANGUAGE_REACH), token.start);
  const after = text.slice(token.end, token.end + LINE_LANGUAGE_REACH);
  // A Chinese sentence the text layer joined to the line (a hard wrap in a Chinese report) is no part of it.
  const lineBefore = before.slice(Math.max(...['\n', ...CJK_SENTENCE_ENDS].map((end) => before.lastIndexOf(end))) + 1);
  const lineAfter = after.split('\n', 1)[0].split(EN_SENTENCE_END_BEFORE_CJK, 1)[0];
  const line = `${lineBefore} ${lineAfter}`;
  return !CJK_CHARACTER.test(line) && (line.match(LATIN_WORDS)?.length ?? 0) >= ENGLISH_LINE_MIN_WORDS;
}

/** The unit a range or a list shares, from the word written once: percentage points or percent. */
function percentOrPoints(word: string): FigureUnit {
  return POINTS_WORD.test(word)
    ? { text: '', unit: '百分点', kind: 'points', scale: 1, length: 0 }
    : { text: '', unit: '%', kind: 'percent', scale: 1, length: 0 };
}

/** "from 17.8 percent in August 2017 to 16.0": the second end of a range takes the unit written after the first. */
function rangeSecondEndUnit({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix || looksLikeYear(token)) return null;
  // Not when a unit of its own follows (from 17.8 percent to 16.0 million people).
  if (EN_WORD_AFTER_FIGURE.test(text.slice(token.end, token.end + 12))) return null;
  const m = EN_RANGE_UNIT_BEFORE.exec(text.slice(Math.max(0, token.start - RANGE_LOOK_BACK), token.start));
  if (!m) return null;
  return percentOrPoints(m[1]);
}

/** "from 117 cases in 2019 to 82 in 2020": the other figure of a pair of counts takes the noun written once. */
function countPairUnit({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix || looksLikeYear(token)) return null;
  if (!Number.isInteger(token.value) || EN_WORD_AFTER_FIGURE.test(text.slice(token.end, token.end + 12))) return null;
  const from = Math.max(0, token.start - COUNT_PAIR_LOOK_BACK);
  const m = EN_COUNT_PAIR_BEFORE.exec(text.slice(from, token.start));
  if (!m) return null;
  const noun = matchEnglishUnit(text, from + m.index + m[1].length, false);
  return noun && noun.kind === 'count' && noun.unit ? { ...noun, text: '', length: 0 } : null;
}

/**
 * "stood at 37, 14, and 10 percent, respectively", "were at 50-70, 75, and 80 percent, respectively": each figure of a
 * list shared out respectively takes the unit written after the last.
 */
function respectivelyListUnit({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix || looksLikeYear(token)) return null;
  const m = EN_RESPECTIVELY_LIST_AFTER.exec(text.slice(token.end, token.end + RESPECTIVELY_LIST_REACH));
  if (!m) return null;
  return percentOrPoints(m[1]);
}

/**
 * "voted by a majority of 7–2", "the vote was 10-2": each side of a committee's vote is a count with no unit written, as
 * each term of a ratio is.
 */
function voteTally({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix || !Number.isInteger(token.value)) return null;
  const before = text.slice(Math.max(0, token.start - VOTE_REACH), token.start);
  const after = text.slice(token.end, token.end + 8);
  const first = EN_VOTE_BEFORE.test(before) && EN_VOTE_SECOND_SIDE.test(after);
  const second = EN_VOTE_FIRST_SIDE.test(before) && EN_VOTE_BEFORE.test(before.replace(EN_VOTE_FIRST_SIDE, ''));
  return first || second ? { text: '', unit: '', kind: 'count', scale: 1, length: 0 } : null;
}

/**
 * "Ogun, Nasarawa and Lagos recorded 70, 60 and 46 cases": each bare figure of a list of three or more takes the unit
 * written once after the last (the pair "A and B percent" is a range's or a pair's, read by rangeUnit). Not a date's
 * day, a year, a reference (section 3, 4 and 5), nor money.
 */
function modifiedListUnit({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix || looksLikeYear(token)) return null;
  const m = EN_MODIFIED_LIST_REST_AFTER.exec(text.slice(token.end, token.end + MODIFIED_LIST_REACH));
  return m ? { text: '', unit: m[1], kind: 'count', scale: 1, length: 0 } : null;
}

function bareListUnit({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix || looksLikeYear(token)) return null;
  const before = text.slice(Math.max(0, token.start - BARE_LIST_REACH), token.start);
  const beforeFirst = before.replace(EN_LIST_ITEMS_BEFORE, '');
  if (EN_GLUED_TO_FIGURE_BEFORE.test(before.slice(-2)) || EN_MONTH_NAME_BEFORE.test(beforeFirst)) return null;
  // The 12, 14 and 16 routes: numbers that name routes, lines or forms after an article.
  if (EN_REFERENCE_WORD_BEFORE.test(beforeFirst) || EN_ARTICLE_BEFORE_LIST.test(beforeFirst)) return null;
  const m = EN_BARE_LIST_REST_AFTER.exec(text.slice(token.end, token.end + BARE_LIST_REACH));
  if (!m || (!m[1] && !EN_BARE_LIST_ITEM_BEFORE.test(before))) return null;
  const lastEnd = token.end + m[0].length;
  const percent = EN_LIST_PERCENT_AFTER.exec(text.slice(lastEnd, lastEnd + 24));
  if (percent) return percentOrPoints(percent[1]);
  const noun = matchEnglishUnit(text, lastEnd, false);
  return noun && noun.kind === 'count' && noun.unit ? { ...noun, text: '', length: 0 } : null;
}

/** 27 of the 31 agencies: the part counts the set's noun (the span stays the figure). */
function partOfSet({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix) return null;
  if (!Number.isInteger(token.value) || token.value < 2) return null;
  const m = EN_PART_OF_SET_AFTER.exec(text.slice(token.end, token.end + RANGE_LOOK_AHEAD));
  if (!m) return null;
  const noun = matchEnglishUnit(text, token.end + m[0].length, false);
  return noun && noun.kind === 'count' ? { ...noun, text: '', length: 0 } : null;
}

/**
 * "449 laboratory detections (410 influenza A and 39 influenza B)", "203 Final Notices (187 against firms and 16 against
 * individuals)": the parts of a count in the bracket after it, each smaller than the whole, have an empty unit.
 */
function bracketedPartOfCount({ text, token }: UnitContext): FigureUnit | null {
  if (token.script !== 'arabic' || token.percent || token.currencyPrefix || token.approx) return null;
  if (!Number.isInteger(token.value) || looksLikeYear(token)) return null;
  const before = text.slice(Math.max(0, token.start - BRACKETED_PART_REACH), token.start);
  const open = EN_PARTS_BRACKET_OPEN_BEFORE.exec(before) ?? EN_PARTS_BRACKET_NEXT_BEFORE.exec(before);
  if (!open) return null;
  const whole = Number(open[1].replace(/,/g, ''));
  if (!(whole > token.value) || !EN_PART_AFTER.test(text.slice(token.end, token.end + 40))) return null;
  return EMPTY_UNIT;
}
/** How far back the count a bracket of parts follows is looked for. */
const BRACKETED_PART_REACH = 120;

/**
 * English states many figures without a counted noun: "employment rose by 236,000",
 * "the population reached 1.6 million". Such a number is a metric when it is the size of a
 * change or carries a scale word; its unit is left empty.
 */
function bareQuantity({ text, token, sentenceStart }: UnitContext): FigureUnit | null {
  if (token.script === 'chinese') return null;
  // +39,000: a signed figure is a stated change or level whatever the words around it (not +44 20 7946 0958, a phone).
  if (SIGNED_FIGURE.test(token.text))
    return DIGITS_AFTER_SIGNED.test(text.slice(token.end, token.end + 4))
      ? null
      : { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  if (EN_SCALE_WORD_END.test(token.text)) return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  if (EN_MOVE_RESTATED_OR_BEFORE.test(text.slice(Math.max(sentenceStart, token.start - 40), token.start)))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // 100: "below its pre-pandemic February 2020 level by 368,000" reads back past its verb.
  const before = text.slice(Math.max(sentenceStart, token.start - 100), token.start);
  const after = text.slice(token.end, token.end + 30);
  if (detectChange(before, after, 'en', '') || coordinatedWithChange(before, after))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // decreased from 41 to 29: both ends of a stated change are levels worth checking; so is the level after "up from".
  if ((EN_FROM_OR_TO_BEFORE.test(before) && EN_CHANGE_VERB.test(before)) || EN_UP_DOWN_FROM_BEFORE.test(before)) {
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  }
  if (
    Number.isInteger(token.value) &&
    !looksLikeYear(token) &&
    ((EN_MOVE_PAIR_FIRST_BEFORE.test(before) && EN_MOVE_PAIR_FIRST_AFTER.test(text.slice(token.end, token.end + 40))) ||
      (EN_MOVE_PAIR_SECOND_BEFORE.test(before) && EN_MOVE_SIZE_AFTER.test(after)))
  ) {
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  }
  // (806:2015): the year before's figure beside this year's, in brackets.
  if (!looksLikeYear(token) && EN_PRIOR_YEAR_FIGURE_BEFORE.test(before) && EN_PRIOR_YEAR_AFTER_FIGURE.test(after))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // the murder count stands at 40: a level, however small (not a time: stands at 3 p.m.).
  if (
    Number.isInteger(token.value) &&
    token.value >= 2 &&
    !looksLikeYear(token) &&
    EN_STANDS_AT_BEFORE.test(before) &&
    !EN_CLOCK_AFTER.test(after)
  )
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // little changed over the month at 351,000, totaled 412: a level of what was named (small figures stay out: at 3 p.m.).
  if (Number.isInteger(token.value) && token.value >= LEVEL_AT_MIN && EN_LEVEL_AT_BEFORE.test(before))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  if (
    DECIMAL_POINT.test(token.text) &&
    EN_AT_BEFORE.test(before) &&
    !EN_CLOCK_AFTER.test(after) &&
    !EN_RANGE_HIGH_END_AFTER.test(after)
  )
    return EMPTY_UNIT;
  if (!looksLikeYear(token) && EN_MEASURE_OF_BEFORE.test(before)) return EMPTY_UNIT;
  // A list of a year's work in numbers: the item's own words say what its figure counts.
  if (Number.isInteger(token.value) && !looksLikeYear(token) && EN_BULLET_OPENING_BEFORE.test(before))
    return EMPTY_UNIT;
  // "Investigations Closed 232⏎Arrests 51": a table's row of a label and its count, beside another such row.
  if (Number.isInteger(token.value) && !looksLikeYear(token) && labelOfCountRow(text, token.start, token.end) !== null)
    return EMPTY_UNIT;
  // "the United States (71), Britain (43) and Japan (27)": a list of names, each with its count in brackets.
  if (Number.isInteger(token.value) && !looksLikeYear(token) && isBracketedNameListCount(text, token, before, after))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // "violent crimes (445,000)": a count in thousands restated in brackets after what it counts.
  if (EN_THOUSANDS_GROUPED.test(token.text) && EN_BRACKET_OPEN_BEFORE.test(before))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // claims was 3,839,000; revised up from 4,427,000 to 4,442,000: a figure grouped in thousands is a quantity, whatever
  // the words around it (years, codes and references are never grouped); the base of a rate (per 1,000) is refused later.
  if (EN_GROUPED_FIGURE.test(token.text) || EN_INDIAN_GROUPED.test(token.text))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // The number of days open for sale was 24 …, (92 compared to 113), determined that 7 were inaccurately reported: a
  // count of what the sentence names (not a year, nor a decimal).
  const countOfNamed =
    EN_NUMBER_OF_WAS_BEFORE.test(before) ||
    EN_NUMBER_OF_BROUGHT_TO_BEFORE.test(before) ||
    EN_COMPARED_FIGURE_AFTER.test(after) ||
    EN_COMPARED_FIGURE_BEFORE.test(before) ||
    (token.value >= 2 &&
      (EN_COUNT_OF_NAMED_BEFORE.test(before) || EN_PARTITIVE_OPENING_BEFORE.test(before)) &&
      EN_COUNT_VERB_AFTER.test(after));
  if (countOfNamed && Number.isInteger(token.value) && !looksLikeYear(token))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // "The rate … was 88.0 in 2014, compared to 86.6 in 2013": a decimal compared with is the other side's level.
  if (DECIMAL_POINT.test(token.text) && EN_COMPARED_FIGURE_BEFORE.test(before)) return EMPTY_UNIT;
  if (!looksLikeYear(token) && EN_RATE_ON_BASE_AFTER.test(after)) return EMPTY_UNIT;
  if (!looksLikeYear(token) && EN_AVERAGE_OF_WAS_BEFORE.test(before)) return EMPTY_UNIT;
  if (!looksLikeYear(token) && EN_NAMED_LEVEL_WAS_BEFORE.test(before) && !EN_CLOCK_AFTER.test(after)) return EMPTY_UNIT;
  if (isNamedTallyItem(text, token, sentenceStart, before, after)) return EMPTY_UNIT;
  if (isLabelTallyItem(text, token, sentenceStart, before, after)) return EMPTY_UNIT;
  if (isColonLabelItem(text, token)) return EMPTY_UNIT;
  // 109 were drivers, 56 were motorcyclists: parts of a set named before.
  if (
    isPlainCount(token) &&
    EN_PART_WERE_AFTER.test(text.slice(token.end, token.end + 40)) &&
    itemsInSentence(text, sentenceStart, token, EN_PART_WERE_ITEM) >= 2
  )
    return EMPTY_UNIT;
  if (isPlainCount(token) && token.value >= 2 && EN_PART_OF_THEM_AFTER.test(after)) return EMPTY_UNIT;
  // seven (7) fully fledged commercial banks: the count in digits after the same count in words.
  if (
    Number.isInteger(token.value) &&
    EN_SPELLED_COUNT_BRACKET_BEFORE.test(before) &&
    !EN_REFERENCE_WORD_BEFORE.test(before.replace(EN_SPELLED_COUNT_BRACKET_BEFORE, ' '))
  ) {
    const noun = EN_SPELLED_COUNT_BRACKET_AFTER.exec(text.slice(token.end, token.end + 60));
    if (noun) return { text: '', unit: noun[1] ?? '', kind: 'count', scale: 1, length: 0 };
  }
  // (n=351.5): a study's count.
  if (!looksLikeYear(token) && EN_N_EQUALS_BEFORE.test(before)) return EMPTY_UNIT;
  // with 429 from the Central Division, 378 in the Northern Division: counts by place of what the sentence named.
  if (
    isPlainCount(token) &&
    EN_PLACE_COUNT_AFTER.test(after) &&
    !EN_REFERENCE_WORD_BEFORE.test(before) &&
    itemsInSentence(text, sentenceStart, token, EN_PLACE_COUNT_ITEM) >= 2
  )
    return EMPTY_UNIT;
  // around 56 each day, around 288 a day: an average count of what the sentence counts.
  if (isPlainCount(token) && EN_COUNT_PER_PERIOD_AFTER.test(after)) return EMPTY_UNIT;
  // GER for males is 26.9: a named ratio's bare value (a decimal: a whole number there may be a year or a count).
  if (DECIMAL_POINT.test(token.text) && EN_NAMED_RATIO_IS_BEFORE.test(before)) return EMPTY_UNIT;
  // "The General Indices … are 137.8, 134.0 and 136.2": the later values of the list are the same ratio's.
  const listed = DECIMAL_POINT.test(token.text) ? EN_DECIMAL_LIST_BEFORE.exec(before) : null;
  if (listed && EN_NAMED_RATIO_IS_BEFORE.test(before.slice(0, listed.index))) return EMPTY_UNIT;
  if (Number.isInteger(token.value) && !looksLikeYear(token) && !token.percent && !token.currencyPrefix) {
    // 59 (98%) were completed, 138 (3.4%) deaths: a count with its share in brackets.
    const share = EN_SHARE_BRACKET_AFTER.exec(text.slice(token.end, token.end + 60));
    if (share) return { text: '', unit: share[1]?.toLowerCase() ?? '', kind: 'count', scale: 1, length: 0 };
    // 84% (271) of the 322: the count a share restates.
    if (EN_COUNT_BRACKET_AFTER_SHARE_BEFORE.test(before) && EN_BRACKET_CLOSE_NEXT.test(after)) return EMPTY_UNIT;
    if (token.value >= 2 && EN_AMONG_OPENING_BEFORE.test(before) && EN_COUNT_VERB_AFTER.test(after))
      return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  }
  // while it was 263 in 2012: a level dated by its year.
  if (
    Number.isInteger(token.value) &&
    token.value >= 2 &&
    !looksLikeYear(token) &&
    !token.approx &&
    EN_DATED_LEVEL_BEFORE.test(before) &&
    EN_DATED_LEVEL_AFTER.test(after)
  )
    // No noun borrowed from the dated figure before (GUIDE: English units only when written; lead's stop-31 remark).
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // Its own item of the list (not the figure before's restatement): a unit of its own, empty.
  if (isEllipticalCount(text, token, sentenceStart, after))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  // more than 250,000 are for new vehicles, fewer than 100 were rejected: an approximate count of what was named.
  if (token.approx && Number.isInteger(token.value) && token.value >= 2 && EN_BARE_COUNT_AFTER.test(after))
    return { text: '', unit: '', kind: 'count', scale: 1, length: 0 };
  return null;
}

/** A bare count in brackets after a name, in a list of such items ("the United States (71), Britain (43)"). */
function isBracketedNameListCount(text: string, token: NumberToken, before: string, after: string): boolean {
  if (token.percent || token.currencyPrefix || token.approx) return false;
  if (!EN_NAME_BRACKET_BEFORE.test(before) || !EN_BRACKET_CLOSE_AFTER.test(after)) return false;
  if (EN_REFERENCE_BRACKET_BEFORE.test(before)) return false;
  const previous = EN_BRACKETED_COUNT_ITEM_BEFORE.exec(text.slice(Math.max(0, token.start - 80), token.start));
  const next = EN_BRACKETED_COUNT_ITEM_AFTER.exec(text.slice(token.end, token.end + 80));
  if (!previous && !next) return false;
  const count = (m: RegExpExecArray | null) => (m ? Number(m[1].split(',').join('')) : Number.NaN);
  return count(previous) !== token.value - 1 && count(next) !== token.value + 1;
}

/** "…, 564 from agricultural buildings": a later item of a list whose first item wrote the counted noun. */
function isEllipticalCount(text: string, token: NumberToken, sentenceStart: number, after: string): boolean {
  if (!Number.isInteger(token.value) || looksLikeYear(token) || token.percent || token.currencyPrefix) return false;
  return isEllipticalListItem(text, token.start, after, sentenceStart);
}

/** How far after a tally's item the rest of the tally is read. */
const TALLY_REACH = 160;

/**
 * The text a tally around the figure is read in: its sentence, within the figure's line (a table of contents, Exhibit 1 -
 * Summary, 2., sets one name and page number on each line), up to TALLY_REACH after the figure.
 */
function tallyText(text: string, token: NumberToken, sentenceStart: number): string {
  const reach = text.slice(token.end, Math.min(text.length, token.end + TALLY_REACH));
  const lineEnd = reach.indexOf('\n');
  const lineStart = text.lastIndexOf('\n', token.start) + 1;
  return text.slice(Math.max(sentenceStart, lineStart), token.end + (lineEnd >= 0 ? lineEnd : reach.length));
}

/** "The Revenue Commissioners, 106, Department of Agriculture, 84": a count after its name in a tally of two or more. */
function isNamedTallyItem(
  text: string,
  token: NumberToken,
  sentenceStart: number,
  before: string,
  after: string,
): boolean {
  if (!Number.isInteger(token.value) || looksLikeYear(token)) return false;
  if (!EN_NAMED_TALLY_BEFORE.test(before) || !EN_NAMED_TALLY_AFTER.test(after)) return false;
  return (tallyText(text, token, sentenceStart).match(EN_NAMED_TALLY_ITEM) ?? []).length >= 2;
}

/** "rape 1 205, attempted murder 461, robbery with a firearm 418": a count after its category in a tally of three or more. */
function isLabelTallyItem(
  text: string,
  token: NumberToken,
  sentenceStart: number,
  before: string,
  after: string,
): boolean {
  if (!Number.isInteger(token.value) || looksLikeYear(token) || token.approx) return false;
  if (!EN_LABEL_TALLY_BEFORE.test(before) || !EN_LABEL_TALLY_AFTER.test(after)) return false;
  if (EN_REFERENCE_WORD_BEFORE.test(before)) return false;
  const counts = (tallyText(text, token, sentenceStart).match(EN_LABEL_TALLY_ITEM) ?? []).map((item) =>
    Number(item.replace(NOT_DIGIT, '')),
  );
  if (counts.length < EN_LABEL_TALLY_MIN_ITEMS || Math.max(...counts) < EN_LABEL_TALLY_LARGEST_MIN) return false;
  // 3, 4, 5: numbers counting up one by one number a series, not a tally.
  return !counts.every((c, i) => i === 0 || c === counts[i - 1] + 1);
}

const NOT_DIGIT = /\D/g;

/** A whole number that is no year and no percentage: what the list-item count rules read. */
function isPlainCount(token: NumberToken): boolean {
  return Number.isInteger(token.value) && !looksLikeYear(token) && !token.percent;
}

/** How far after a figure the rest of its list is read. */
const LIST_ITEMS_REACH = 200;

/** The items of a list (`pattern`, global) in the figure's sentence, up to LIST_ITEMS_REACH after the figure. */
function itemsInSentence(text: string, sentenceStart: number, token: NumberToken, pattern: RegExp): number {
  return (text.slice(sentenceStart, Math.min(text.length, token.end + LIST_ITEMS_REACH)).match(pattern) ?? []).length;
}

/** "- Robbery calls: 300 (up 14 per cent)": a count after its label, in a list of labelled lines. */
function isColonLabelItem(text: string, token: NumberToken): boolean {
  if (!Number.isInteger(token.value) || looksLikeYear(token) || token.approx || token.percent) return false;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  const lead = text.slice(lineStart, token.start);
  const afterSemicolon = EN_COLON_LABEL_AFTER_SEMICOLON.test(lead);
  if (!EN_COLON_LABEL_AT_LINE_START.test(lead) && !afterSemicolon) return false;
  if (EN_COLON_LABEL_NOT_COUNT.test(afterSemicolon ? lead.slice(lead.lastIndexOf(';') + 1) : lead)) return false;
  if (!EN_COLON_LABEL_ITEM_END.test(text.slice(token.end, token.end + 4))) return false;
  // Another labelled count on the same line, or on a line within two before or after.
  const lineEnd = text.indexOf('\n', token.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (afterSemicolon || /;[ \t]+[a-z][^:;\n]{0,60}:[ \t]+\d/.test(line)) return true;
  const neighbours = [
    ...text
      .slice(Math.max(0, lineStart - 300), Math.max(0, lineStart - 1))
      .split('\n')
      .slice(-2),
    ...(lineEnd < 0
      ? []
      : text
          .slice(lineEnd + 1, lineEnd + 300)
          .split('\n')
          .slice(0, 2)),
  ];
  return neighbours.some((l) => EN_COLON_LABEL_LINE.test(l) && !EN_COLON_LABEL_NOT_COUNT.test(l));
}

/** "the index stood at 108.5": an index value has an empty unit. */
function indexValue({ text, token }: UnitContext): FigureUnit | null {
  return isEnglishIndexValue(text, token) ? EMPTY_UNIT : null;
}

/** How far before a window of years its record's superlative may stand. */
const RECORD_WINDOW_REACH = 110;

/**
 * English numbers that describe rather than measure: a compound adjective (a 12-month rate,
 * a 10-year plan), a time frame or a known set (the last 10 years, the two months, these three
 * series), and the indefinite "one" (one way to understand).
 */
function isDescriptor(text: string, token: NumberToken, kind: string): boolean {
  const after = text.slice(token.end, token.end + 16);
  if (EN_COMPOUND_ADJECTIVE_AFTER.test(after)) return !EN_RECORD_WINDOW_AFTER.test(after);
  if (token.value !== 1 && EN_SPACED_COMPOUND_ADJECTIVE_AFTER.test(text.slice(token.end, token.end + 48))) return true;
  if (
    kind === 'duration' &&
    EN_RECORD_BEFORE_WINDOW.test(text.slice(Math.max(0, token.start - RECORD_WINDOW_REACH), token.start))
  )
    return false;
  if (kind === 'duration' && isTimeFrame(text, token)) return true;
  if (token.approx || !Number.isInteger(token.value) || token.value >= 100) return false;
  if (kind !== 'count' && kind !== 'duration') return false;
  const before = text.slice(Math.max(0, token.start - 12), token.start);
  // "the two months" names a known set; "of the 76 reports" counts the set a part is taken from (in digits).
  if (EN_KNOWN_SET_BEFORE.test(before))
    return !(kind === 'count' && token.script === 'arabic' && EN_PARTITIVE_THE_BEFORE.test(before));
  if (EN_KNOWN_SET_RANGE_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start))) return true;
  return token.script === 'english' && token.value === 1 && EN_INDEFINITE_ONE.test(token.text);
}

/**
 * A duration that places or frames something else rather than measuring: "two years ago", "in just four years",
 * "within two weeks", "savings of $33 billion over four years" (over after a figure means during).
 */
function isTimeFrame(text: string, token: NumberToken): boolean {
  if (EN_AGO_AFTER.test(text.slice(token.end, token.end + 24))) return true;
  if (!Number.isInteger(token.value) || token.value >= 100) return false;
  const before = text.slice(Math.max(0, token.start - 24), token.start);
  if (!token.approx) return EN_TIME_FRAME_BEFORE.test(before);
  return token.approx === 'over' && EN_TIME_PREPOSITION_LEAD.test(token.text) && EN_FIGURE_BEFORE_OVER.test(before);
}

/** Two digits that follow a year and a dash and name the next year ("2003-04", "2019–20", "1999/00"). */
function endsFinancialYear(text: string, token: NumberToken): boolean {
  if (token.text.length !== 2 || !Number.isInteger(token.value)) return false;
  const start = EN_FINANCIAL_YEAR_START_BEFORE.exec(text.slice(Math.max(0, token.start - 6), token.start));
  const year = start ? Number(start[1]) : NaN;
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max && (year + 1) % 100 === token.value;
}

export const EN_METRIC_RULES: MetricRules = {
  lang: 'en',
  // three million, one: a figure in English words is read by the English rules in any document.
  // An English figure in words, or any figure on an English line of a Chinese report (a bilingual release's English
  // paragraph is read with the English rules, its subjects in English).
  claimsFigure: (text, token) =>
    token.script === 'english' || (token.script === 'arabic' && isEnglishLine(text, token)),
  // A Chinese scale word after digits (3.5万) in a mixed text still counts the noun after it.
  unitReaders: [
    recordWindowUnit,
    modifiedListUnit,
    unitAfter,
    nounUnitAfterScale,
    rangeUnit,
    countRangeUnit,
    rangeSecondEndUnit,
    countPairUnit,
    respectivelyListUnit,
    bareListUnit,
    voteTally,
    partOfSet,
    bareQuantity,
    indexValue,
    bracketedPartOfCount,
  ],
  approxBefore: (text, token) =>
    EN_MILESTONE_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start)) ||
    (EN_MARK_PASSED_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start)) &&
      EN_MARK_AFTER.test(text.slice(token.end, token.end + 40)))
      ? 'over'
      : null,
  approxSharedByList: () => null,
  approxAfterUnit: (text, end) => {
    for (const [pattern, approx] of EN_SUFFIX_APPROX) {
      const written = pattern.exec(text.slice(end, end + 24));
      if (written) return { approx, end: end + written[0].length };
    }
    return { approx: null, end };
  },
  refusals: [
    // A Chinese numeral (〇 amid English text) is read as one whatever the language around it.
    ...CHINESE_NUMERAL_REFUSALS,
    {
      name: 'margin-of-error',
      refuses: ({ text, token }) =>
        EN_MARGIN_OF_ERROR_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)),
    },
    { name: 'descriptor', refuses: ({ text, token, unit }) => isDescriptor(text, token, unit.kind) },
    {
      // "data.1 It highlights": a footnote marker glued to the full stop that ends a sentence.
      name: 'footnote-marker',
      refuses: ({ text, token }) =>
        token.end - token.start <= 2 &&
        Number.isInteger(token.value) &&
        EN_FOOTNOTE_MARKER_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)) &&
        EN_FOOTNOTE_MARKER_AFTER.test(text.slice(token.end, token.end + 2)),
    },
    {
      // Section 2, Table 3, page 12: a reference to a part of the document.
      name: 'document-reference',
      refuses: ({ text, token }) =>
        EN_DOCUMENT_REFERENCE_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start)),
    },
    {
      // 911 calls, the 999 service, 9-1-1 call takers: an emergency line's number.
      name: 'emergency-number',
      refuses: ({ text, token }) =>
        EN_NINE_ONE_ONE.test(text.slice(Math.max(0, token.start - 4), token.end + 4)) ||
        (EN_EMERGENCY_NUMBER.test(text.slice(token.start, token.end)) &&
          (EN_EMERGENCY_LINE_AFTER.test(text.slice(token.end, token.end + 40)) ||
            EN_DIAL_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))) &&
          !EN_EMERGENCY_COUNT_BEFORE.test(text.slice(Math.max(0, token.start - 14), token.start))),
    },
    {
      name: 'phone-number',
      refuses: ({ text, token }) =>
        EN_PHONE_DIGITS.test(token.text) &&
        !EN_WORD_OR_PERCENT_AFTER.test(text.slice(token.end, token.end + 3)) &&
        EN_PHONE_LINE_BEFORE.test(text.slice(Math.max(0, token.start - PHONE_LINE_REACH), token.start)),
    },
    {
      // Round 2 tax credits, Phase 1 projects: a stage's name.
      name: 'stage-name',
      refuses: ({ text, token }) => EN_STAGE_NAME_BEFORE.test(text.slice(Math.max(0, token.start - 10), token.start)),
    },
    {
      // "individuals aged 14 years and above", "men aged 25 to 54": an age that bounds who is counted, not a quantity;
      // so is "15 to 24 year olds".
      name: 'age-bound',
      refuses: ({ text, token, end }) =>
        EN_AGE_BOUND_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start)) ||
        EN_YEAR_OLDS_AFTER.test(text.slice(end, end + 8)) ||
        EN_YEARS_OF_AGE_BOUND_AFTER.test(text.slice(token.end, token.end + 30)) ||
        ((EN_UNDER_OVER_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start)) ||
          EN_UNDER_OVER_LEAD.test(token.text)) &&
          EN_UNDER_OVER_YEARS_OF_AGE.test(text.slice(token.end, token.end + 16))),
    },
    {
      // "the 2003-04 figures": the second year of a financial year, not a count of figures.
      name: 'financial-year-end',
      refuses: ({ text, token }) => endsFinancialYear(text, token),
    },
    {
      // per 1,000 residents (a rate's base), top 10 agencies (a ranking): not quantities.
      name: 'rate-base-or-ranking',
      refuses: ({ text, token }) =>
        EN_RATE_BASE_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start)) ||
        (isRoundRateBase(token.value) &&
          EN_RATE_BASE_SLASH_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start))),
    },
    {
      // "disseminated at 12:00 hour", "before 1800 hours on Wednesday" (an embargo line): a time of day, not a duration.
      name: 'clock-time',
      refuses: ({ text, token }) =>
        (/^[0-5]\d$/.test(token.text) &&
          EN_CLOCK_MINUTES_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start))) ||
        (/^[0-2]\d[0-5]\d$/.test(token.text) &&
          token.value <= 2359 &&
          EN_TIME_OF_DAY_LEAD.test(text.slice(Math.max(0, token.start - 8), token.start)) &&
          EN_TIME_OF_DAY_HOURS_AFTER.test(text.slice(token.end, token.end + 12))),
    },
    {
      // "notified in week 43", "up to the end of week 52": a week's number in the year is a date.
      name: 'week-number',
      refuses: ({ text, token }) =>
        Number.isInteger(token.value) &&
        token.value >= 1 &&
        token.value <= 53 &&
        !token.approx &&
        EN_WEEK_NUMBER_BEFORE.test(text.slice(Math.max(0, token.start - 10), token.start)),
    },
    {
      // "• 24 July 2019", "on 3 March": a day of the month with no unit is a date, whatever opens its line.
      name: 'day-of-month',
      refuses: ({ text, token, unit }) =>
        !unit.unit &&
        Number.isInteger(token.value) &&
        token.value >= 1 &&
        token.value <= 31 &&
        EN_MONTH_NAME_AFTER.test(text.slice(token.end, token.end + 12)),
    },
    {
      // "from January 1 through April 24": a day after its month's name, counting nothing (a word of the range is no
      // noun).
      name: 'day-after-month',
      refuses: ({ text, token, unit }) =>
        (!unit.unit || EN_DATE_RANGE_WORD.test(unit.unit)) &&
        Number.isInteger(token.value) &&
        token.value >= 1 &&
        token.value <= 31 &&
        !token.approx &&
        EN_MONTH_NAME_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start)),
    },
    {
      name: 'year',
      // "a vast improvement over 2022": "over" before a bare year is a preposition of time, not an approximation; nor is
      // "below" before the year a level is set against ("30 percent below 2005 levels").
      refuses: ({ text, token, unit }) =>
        unit.kind === 'count' &&
        looksLikeYear(token) &&
        (!token.approx ||
          EN_YEAR_REFERENCE_UNIT.test(unit.unit) ||
          (!unit.unit && EN_TIME_PREPOSITION_LEAD.test(token.text)) ||
          (!unit.unit && EN_FIGURE_RIGHT_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start)))),
    },
  ],
  changeText: (before) => before,
  changeOfUnit: (before, after, token, unit) => {
    // "is projected to grow this year at 5 percent": a rate of growth is a move up (not "expanded at 3 sites").
    if (unit.kind === 'percent') return EN_GROWTH_AT.test(before) ? 'up' : null;
    // "will add about $406 billion to the cumulative deficit": money added to a balance moves it up.
    if (unit.kind === 'money') return EN_ADD_VERB_BEFORE.test(before) && EN_ADDED_TO_AFTER.test(after) ? 'up' : null;
    if (unit.kind !== 'points') return null;
    // "contributed 0.97 percentage point to the 2.3 percent growth", "(contributing -1.1 percentage points)": a part's
    // points of a whole's growth (as 拉动), with its sign; "detracted 0.2 percentage points from growth".
    const contributed =
      (EN_CONTRIBUTED_POINTS_BEFORE.test(before) && EN_CONTRIBUTED_TO_MOVE_AFTER.test(after)) ||
      EN_BRACKETED_CONTRIBUTION_BEFORE.test(before);
    if (contributed) return token.value < 0 ? 'down' : 'up';
    return EN_DETRACTED_POINTS_BEFORE.test(before) ? 'down' : null;
  },
  // "6.6 times greater than households whose …": a multiple of a base is a ratio, not the size of a change.
  // "three times higher"; "(92 compared to 113)": the first side of a bracketed pair of levels, whatever moved before;
  // "compared with 2014 (715,000)": the basis's level (a percentage there is the change: "… previous year (17%)").
  keepsLevel: (text, token, unit) =>
    (unit.kind === 'multiple' &&
      EN_COMPARATIVE_AFTER.test(text.slice(token.end + unit.length, token.end + unit.length + 20))) ||
    (EN_BRACKET_OPEN_BEFORE.test(text.slice(Math.max(0, token.start - 3), token.start)) &&
      EN_COMPARED_FIGURE_AFTER.test(text.slice(token.end + unit.length, token.end + unit.length + 24))) ||
    (unit.kind !== 'percent' &&
      unit.kind !== 'points' &&
      EN_BASIS_LEVEL_BRACKET_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) ||
    // "More than two-fifths (42,1%) of all households": the words' "more than" is no change.
    EN_SPELLED_SHARE_BRACKET_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start)) ||
    // "has fallen below 100,000": the threshold crossed, not the move's size.
    (EN_THRESHOLD_CROSSED.test(token.text) &&
      EN_CROSSING_VERB_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start))),
  // rates ranged from 53.4% to 76.5%, "from 3.7 percent of GDP in 2018 to 5.9 percent": the second end of a range
  // measures what the first does.
  // "between 2 and 3 percent", "from 3.7 percent of GDP in 2018 to 5.9 percent"; "rose by 0.2 percentage point to 4.1
  // percent", ", up 4,000 to 144,200": the level reached after a change measures what the change does.
  endsRangeAfter: (text, previous, gap) =>
    ((EN_RANGE_SECOND_END_GAP.test(gap) || EN_DATED_RANGE_GAP.test(gap)) &&
      EN_RANGE_LEAD.test(text.slice(Math.max(0, previous.start - 12), previous.start))) ||
    (previous.change !== null &&
      EN_LEVEL_AFTER_CHANGE_GAP.test(gap) &&
      (EN_BY_BEFORE.test(text.slice(Math.max(0, previous.start - 12), previous.start)) ||
        EN_UP_DOWN_BEFORE.test(text.slice(Math.max(0, previous.start - 6), previous.start)))),
  // A count of other things ("10 cents and 5 cents per gallon" is one list), or a list shared out respectively.
  standsAloneInList: (unit, previousUnit, after) =>
    (unit.kind === 'count' && unit !== EMPTY_UNIT && !!previousUnit && !unit.unit.startsWith(previousUnit)) ||
    EN_RESPECTIVELY.test(after),
  // "decreased by 28.0% from 118 persons in 2019": the level a change in per cent was measured from is the measure's.
  // "Le 4.35 trillion or 14.0 percent of GDP compared to Le 3.34 trillion": an amount set against a share's figure is
  // compared with the amount before it, of the measure they share.
  continuesComparison: (gap, previous, unit) =>
    EN_COMPARISON_LIST_GAP.test(gap) ||
    EN_BASIS_FROM_GAP.test(gap) ||
    EN_BASIS_LEVEL_GAP.test(gap) ||
    (previous.unit === '%' && unit !== '%' && EN_COMPARED_BASIS_GAP.test(gap)) ||
    (previous.unit === unit && EN_FIGURE_AGAINST_BASIS_GAP.test(gap)) ||
    (previous.unit === '%' && !!previous.change && EN_FROM_AFTER_CHANGE_GAP.test(gap)),
  restatesInBrackets: (gap, after) => EN_BRACKET_OPEN_GAP.test(gap) && EN_BRACKET_CLOSE_AFTER.test(after),
  basisLevelSubject: (gap, previousSubject) => {
    const level = EN_BASIS_LEVEL_GAP.exec(gap);
    return level && previousSubject ? `${previousSubject} ${level[1].toLowerCase()}` : null;
  },
  listsPeriodItem: (gap, subject) => (!subject || EN_PERIOD_ONLY_SUBJECT.test(subject)) && EN_PERIOD_ITEM_GAP.test(gap),
  changeOfCounted: (subject, unit, previous) =>
    !!subject &&
    !!previous.subject &&
    (sameCountedNoun(subject, previous.unit) || (previous.unit === '' && sameCountedNoun(subject, unit))) &&
    // "40.6 million people were unemployed, 8.3 million less": the figure before names its counted noun, no measure.
    !sameCountedNoun(previous.subject.split(' ')[0], previous.unit),
  holdsFigureBefore: (subject, previousQuote) => {
    const at = previousQuote.length > 1 ? subject.indexOf(previousQuote) : -1;
    return at >= 0 && !EN_MODIFIER_BEFORE_HELD_FIGURE.test(subject.slice(0, at));
  },
  // A table row's label is what its count counts.
  completeSubject: (subject, ctx) =>
    (ctx.spanEnd !== undefined ? labelOfCountRow(ctx.text, ctx.numberStart, ctx.spanEnd) : null) ??
    bulletLeadMeasure(subject, ctx) ??
    measureForPlace(completeEnglishSubject(subject, ctx), ctx),
};

/** "persons" and "people" count the same; otherwise the nouns must match. */
function sameCountedNoun(a: string, b: string): boolean {
  const norm = (w: string) => {
    const lower = w.trim().toLowerCase();
    return EN_PEOPLE_NOUNS.has(lower) ? 'people' : lower;
  };
  return norm(a) === norm(b);
}
