// Is a number the size of a change (同比下降68.05%, rose by 236,000) or a level
// (降至7分钟, 由13分钟缩短至7分钟)? And against what basis is the change stated?
import type { Change, ChangeDirection } from '../types';
import { parseArabic } from '../numbers/numerals';
import {
  ZH_BRACKET_OPEN_GAP,
  ZH_BRACKET_CLOSE_AFTER,
  ZH_BARE_LIST_TAIL,
  ZH_BASIS,
  ZH_BI_COMPARATIVE_BEFORE,
  ZH_BI_COMPARATIVE_UP,
  ZH_BOOST_BEFORE,
  ZH_FROZEN_BEFORE_MOVE,
  ZH_CHANGE_AFTER_DOWN,
  ZH_CHANGE_AFTER_UP,
  ZH_CHANGE_GAP,
  ZH_COMPARED_WITH,
  ZH_DIFFERENCE_BEFORE,
  ZH_DIFFERENCE_UP,
  ZH_DIFFERENCE_WITHOUT_OBJECT,
  ZH_DOWN,
  ZH_AT_LEAST_BEFORE_LESS,
  ZH_DRAG_BEFORE,
  ZH_FILLER,
  ZH_LIST_ORDER_THEN_ITEM,
  ZH_LEVEL_MARK,
  ZH_LEVEL_MARK_BEFORE,
  ZH_LEVEL_OF_COMPARED_AFTER,
  ZH_LEVEL_RATE,
  ZH_LEVEL_REACHED_BEFORE,
  ZH_RATE_OF_CHANGE,
  ZH_SINGLE_VERB_CONTEXT,
  ZH_BASIS_THEN_NEW_ADDITION,
  ZH_MEASURE_BEFORE_ADD_CUT,
  ZH_NO_MOVE_BEFORE_RISE_FALL,
  ZH_UP,
} from '../rules/zh/change';
import {
  EN_AFTER,
  EN_LIST_ITEM_AFTER_FIGURE,
  EN_BASIS_FIGURE_BEFORE,
  EN_AFTER_REDUCTION,
  EN_MOVES_OF_AFTER,
  EN_SPEND_GAP_OF,
  EN_AVERAGED_CHANGE,
  EN_VARIANCE_OF,
  EN_BASIS,
  EN_BEFORE,
  EN_CLOSE_PARENTHESIS_AFTER,
  EN_COMPARATIVE_OF,
  EN_COMPARED_WITH,
  EN_MORE_COUNTED,
  EN_ADDITIONAL_BEFORE,
  EN_DIFFERENCE_COUNTED,
  EN_GAPPED_BY_CLAUSE,
  EN_PERIOD_LIST_ITEM_GAP,
  EN_BRACKET_AFTER_LEVEL_WORD,
  EN_LEVEL_REACHED_BEFORE,
  EN_GROWTH_RATE_NAMED,
  EN_BASIS_IN_CLAUSE,
  EN_COORDINATED_CHANGE_GAP,
  EN_DIGITS_AFTER_SIGNED,
  EN_DOWN,
  EN_FALL_WORD,
  EN_INFLATION_AFTER,
  EN_OWN_MOVE_FROM_GAP,
  EN_COMPARATIVE_THEN_OR_BY,
  EN_BRACKETED_RATE_THEN_MOVE_AFTER,
  EN_COMPARED_RATE_OF_CHANGE_BEFORE,
  EN_LAST_FIGURE_IN,
  EN_LEVEL_DIFFERENCE_BY,
  EN_LEVEL_NOUN_BEFORE_DIRECTION,
  EN_LEVEL_RATE,
  EN_OPEN_PARENTHESIS_BEFORE,
  EN_IN_PARENTHESES_BEFORE,
  EN_PARENTHESES_CLOSE_AFTER,
  EN_PAREN_DIRECTION,
  EN_CLAUSE_BREAK,
  EN_PLUS_SIGNED_NEARBY,
  EN_RANGE_FIRST_END_LEAD,
  EN_RANGE_LEAD,
  EN_VERB_COMMA_BY,
  EN_VERB_PHRASE_BY,
  EN_MOVE_LIST_LEAD_BY,
  EN_RANGE_FIRST_END_BEFORE_MOVE,
  EN_BASIS_BEFORE_BRACKET,
  EN_DASH_GAP,
  EN_BY_BEFORE,
  EN_RANGE_OF_MOVES_LEAD,
  EN_RANGE_SECOND_END_GAP,
  EN_RATE_OF_CHANGE_DOWN,
  EN_RATE_OF_CHANGE_UP,
  EN_RESTATED_CHANGE_GAP,
  EN_FIRST_END_IN_BRACKETS_AFTER,
  EN_CHANGE_NOUN_SET_OFF_OF,
  EN_BULLET_LINE_BEFORE_FIGURE,
  EN_BULLET_LINE,
  EN_MOVE_LIST_LEAD_LINE,
  EN_MOVED_LIST_LEAD_LINE,
  EN_LABELLED_ITEM_BEFORE_FIGURE,
  EN_LABELLED_PERCENT_LINE,
  EN_BULLET_LIST_MAX_LINES,
  EN_MOVE_ENDS_BEFORE_SIZE,
  EN_CHANGE_WAS_BEFORE,
  EN_MOVE_SUBJECT_BEFORE,
  EN_SHARE_AFTER,
  EN_SIGNED_FIGURE,
  EN_PLUS_WORD_BEFORE,
  EN_DEPARTURE_NAMED,
  EN_APPROXIMATION_BEFORE_SIGN,
  EN_SPACED_PLUS_BEFORE,
  EN_TO_BEFORE,
  EN_UP_WORD,
  EN_VERB_OBJECT_BY,
  EN_VERB_POSSESSIVE_OBJECT,
  EN_MOVED_MOST_IN_BY,
  EN_BASIS_AFTER_OBJECT_FIGURE,
  EN_CHANGE_NOUN_IN_OF,
  EN_CHANGE_NOUN_IS,
  EN_CHANGE_NOUN_APPOSED,
  EN_IMPROVEMENT_WORD,
  EN_SHORTFALL_NAMED,
  EN_SURPLUS_NAMED,
  EN_MOVES_WERE_IN_BEFORE,
  EN_SHARE_OF_MOVE_AFTER,
  EN_THERE_WERE_BEFORE,
  EN_PRIOR_PERIOD_BRACKET_BEFORE,
  EN_BUDGET_VARIANCE_BY,
  EN_MOVES_NAMED_AT,
  EN_SUPERLATIVE_MOVE_APPOSITIVE,
  EN_SIZE_BEFORE_MOVE_WORD,
  EN_MOVE_WORD_THEN_BRACKET,
} from '../rules/en/change';
import { EN_SUPERLATIVE_CHANGE_HEAD, EN_SUPERLATIVE_HELD, EN_SUPERLATIVE_TAIL_BREAK } from '../rules/en/clause';
import {
  ZH_BARE_BASIS_BEFORE,
  ZH_BOOST_LIST_BEFORE,
  ZH_BARE_IMPROVEMENT_CLAUSE,
  ZH_CHANGED_KINDS_LIST_LEAD,
  ZH_IMPROVEMENT_WORDS,
  ZH_POLLUTION_MEASURED,
} from '../rules/zh/change';

/** White space at the start. */
const LEADING_SPACE = /^\s+/;
/** A digit. */
const DIGIT = /\d/;
/** The plural s of a move's noun (increases → increase). */
const PLURAL_S = /s$/;
const WHITE_SPACE_RUN = /\s+/g;
/** A unit in percentage points (个百分点, 百分點 folded). */
const ZH_POINTS_UNIT = /百分点$/u;

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

// The change word must sit right before the number (fillers aside); 至/到 after it makes a level.
const ZH_CHANGE_WORD = `(${alternation(ZH_DOWN)}|${alternation(ZH_UP)})`;
const ZH_CHANGE_BEFORE = new RegExp(`${ZH_CHANGE_WORD}${ZH_FILLER}$`, 'u');
const ZH_CHANGE_LIST_LEAD = new RegExp(`${ZH_CHANGE_WORD}${ZH_LIST_ORDER_THEN_ITEM}$`, 'u');
// 上升三成 / 下降5个百分点 are covered above; the basis words:
const EN_DOWN_WORD = new RegExp(`^${EN_DOWN.source}$`, 'i');

function directionOf(word: string, lang: 'zh' | 'en'): ChangeDirection {
  if (lang === 'en') return EN_DOWN_WORD.test(word) ? 'down' : 'up';
  return ZH_DOWN.includes(word) ? 'down' : 'up';
}

/**
 * Looks for a change stated for a number. `before` is the clause text up to the number,
 * `after` the text after the metric's span.
 */
export function detectChange(before: string, after: string, lang: 'zh' | 'en', sentence: string): Change | null {
  if (lang === 'zh') {
    // 降至 / 增至 / 缩短至 make the number a level.
    if (ZH_LEVEL_MARK_BEFORE.test(before) && ZH_LEVEL_REACHED_BEFORE.test(before)) return null;
    // 分别增长5.2、6.1和7.3%: the last figure of a bare list reads the words before the whole list.
    before = before.replace(ZH_BARE_LIST_TAIL, '');
    const compared = chineseComparison(before, after);
    if (compared) {
      const basis = ZH_BASIS.exec(before) ?? ZH_BASIS.exec(sentence);
      return { direction: compared, basis: basis ? basis[1] : null };
    }
    const m = ZH_CHANGE_BEFORE.exec(before);
    let word: string | null = m ? m[1] : null;
    if (word && ZH_FROZEN_BEFORE_MOVE.test(before.slice(0, before.length - m![0].length))) word = null;
    if (word === '少' && ZH_AT_LEAST_BEFORE_LESS.test(before.slice(0, before.length - m![0].length))) word = null;
    if (word && (word === '增' || word === '减' || word === '升' || word === '降' || word === '翻')) {
      // single-character verbs only count with a basis or 同比-style context right before them; 涨 and 跌 are
      // price moves wherever they stand before a figure (Taiwan's CPI news: 西式早點漲8.34%, 台灣則跌0.4%)
      const lead = before.slice(0, before.length - m![0].length);
      // 衣履升5.1%, 價格降3%: 升 and 降 before a figure move it wherever they stand (not 每升7.5元: a litre).
      const riseOrFall = (word === '升' || word === '降') && !ZH_NO_MOVE_BEFORE_RISE_FALL.test(lead);
      const addOrCut = (word === '增' || word === '减') && ZH_MEASURE_BEFORE_ADD_CUT.test(lead);
      if (!riseOrFall && !addOrCut && !ZH_SINGLE_VERB_CONTEXT.test(lead)) word = null;
    }
    if (!word) {
      const g = ZH_CHANGE_GAP.exec(before);
      if (g && !ZH_LEVEL_MARK.test(g[2])) word = g[1];
    }
    // 精熟等級的增加幅度依序為英語5.9%: the size of a move, then the first item of the list that gives it.
    if (!word) word = ZH_CHANGE_LIST_LEAD.exec(before)?.[1] ?? null;
    if (!word && ZH_BOOST_BEFORE.test(before)) word = '增长';
    if (!word && ZH_BASIS_THEN_NEW_ADDITION.test(before)) word = '增加';
    if (!word) {
      const tail = after.replace(LEADING_SPACE, '');
      if (ZH_CHANGE_AFTER_UP.test(tail)) word = '增长';
      else if (ZH_CHANGE_AFTER_DOWN.test(tail)) word = '下降';
    }
    if (!word) return null;
    const basis = ZH_BASIS.exec(before) ?? ZH_BASIS.exec(sentence);
    // 二氧化硫12微克/立方米,同比改善7.7%: a pollutant's improvement is its fall.
    if (
      ZH_IMPROVEMENT_WORDS.has(word) &&
      (ZH_POLLUTION_MEASURED.test(before) ||
        (ZH_BARE_IMPROVEMENT_CLAUSE.test(before) && ZH_POLLUTION_MEASURED.test(sentence)))
    )
      return { direction: 'down', basis: basis ? basis[1] : null };
    return { direction: directionOf(word, 'zh'), basis: basis ? basis[1] : null };
  }
  before = before.replace(EN_BRACKET_AFTER_LEVEL_WORD, '');
  if (EN_COMPARED_RATE_OF_CHANGE_BEFORE.test(before)) return { direction: 'up', basis: null };
  const m = EN_BEFORE.exec(before);
  let dirWord: string | null = m ? m[1] : null;
  if (dirWord && EN_TO_BEFORE.test(before)) dirWord = null;
  if (!dirWord) {
    const a = EN_AFTER.exec(after);
    // An item after the first of a list takes the list's verb (shared later); its "over" names the basis.
    // A basis's figure (compared to X over the same period last year) is a level, not the move.
    if (a && !(a[3] && (EN_LIST_ITEM_AFTER_FIGURE.test(before) || EN_BASIS_FIGURE_BEFORE.test(before))))
      dirWord = a[1] ?? a[2] ?? a[3] ?? a[4];
  }
  if (!dirWord) dirWord = EN_RANGE_FIRST_END_BEFORE_MOVE.exec(after)?.[1] ?? null;
  if (!dirWord) dirWord = EN_VERB_OBJECT_BY.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_MOVED_MOST_IN_BY.exec(before)?.[1] ?? null;
  if (!dirWord && EN_BASIS_AFTER_OBJECT_FIGURE.test(after))
    dirWord = EN_VERB_POSSESSIVE_OBJECT.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_CHANGE_NOUN_IN_OF.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_LEVEL_DIFFERENCE_BY.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_BUDGET_VARIANCE_BY.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_AVERAGED_CHANGE.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_VARIANCE_OF.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_SPEND_GAP_OF.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_CHANGE_NOUN_IS.exec(before)?.[1] ?? null;
  if (!dirWord) dirWord = EN_CHANGE_NOUN_APPOSED.exec(before)?.[1] ?? null;
  if (!dirWord && EN_AFTER_REDUCTION.test(after)) dirWord = 'reduction';
  if (!dirWord) {
    const moves = EN_MOVES_OF_AFTER.exec(after);
    if (moves) dirWord = moves[1] ? 'increase' : 'reduction';
  }
  if (!dirWord) return null;
  const basis = EN_BASIS.exec(after.slice(0, 80)) ?? EN_BASIS.exec(sentence);
  // The deficit …, an improvement of $20.7 million: a shortfall that improves falls.
  const shortfallImproved =
    EN_IMPROVEMENT_WORD.test(dirWord) && EN_SHORTFALL_NAMED.test(sentence) && !EN_SURPLUS_NAMED.test(sentence);
  return { direction: shortfallImproved ? 'down' : englishDirection(dirWord), basis: basis ? basis[1] : null };
}

/**
 * A drag on growth (下拉…增长11.0个百分点: down, whatever growth word is nearest) or a difference from
 * another figure (增速高于全州11.9个百分点, 比上年低0.3个百分点): their direction, or null.
 */
function chineseComparison(before: string, after: string): ChangeDirection | null {
  if (ZH_DRAG_BEFORE.test(before)) return 'down';
  // 高于全国5.0%的平均水平: that figure is the other one's level.
  if (ZH_LEVEL_OF_COMPARED_AFTER.test(after)) return null;
  const difference = ZH_DIFFERENCE_BEFORE.exec(before);
  if (difference && (difference[2] !== '' || ZH_DIFFERENCE_WITHOUT_OBJECT.includes(difference[1])))
    return ZH_DIFFERENCE_UP.includes(difference[1]) ? 'up' : 'down';
  const comparative = ZH_BI_COMPARATIVE_BEFORE.exec(before);
  if (comparative) return ZH_BI_COMPARATIVE_UP.includes(comparative[1]) ? 'up' : 'down';
  return null;
}

function englishDirection(word: string): ChangeDirection {
  if (EN_UP_WORD.test(word)) return 'up';
  if (EN_FALL_WORD.test(word)) return 'down';
  return directionOf(word, 'en');
}

/**
 * "Hispanic or Latino students showed the largest increase from 2014 to 2015 at 7.6%": the move a holder's superlative
 * names before the figure (not "the largest change"), or null.
 */
function superlativeMove(before: string): string | null {
  const held = EN_SUPERLATIVE_HELD.exec(before.replace(WHITE_SPACE_RUN, ' '));
  if (!held || EN_SUPERLATIVE_TAIL_BREAK.test(held[2]) || !EN_SUPERLATIVE_CHANGE_HEAD.test(held[1])) return null;
  const move = held[1].split(' ').at(-1)!.replace(PLURAL_S, '');
  return EN_UP_WORD.test(move) || EN_FALL_WORD.test(move) ? move : null;
}

/** The last match of a global pattern in `text`: its index and groups, or null. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    last = m;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return last;
}

/** What the sentence around a figure says, for the change rules that read past its clause. */
export interface FigureContext {
  /** The sentence up to the figure (bounded), in the text the rules read. */
  sentenceBefore: string;
  /** The text right after the metric's span. */
  after: string;
  /** The figure is a percentage (the rate rules read only those). */
  percent: boolean;
  /** The number as written, sign included (+26,000). */
  figure: string;
  /** The number's value, sign included (a change's value takes its direction from it). */
  value?: number;
  /** The unit as written after the number (" more calls"); empty when none. */
  unitText?: string;
}

/**
 * Changes stated by the sentence rather than the clause: a percentage that is the value of a rate
 * of change (an inflation or growth rate: the nearest rate named before it is one, not a level rate
 * or a share), and in English a figure in parentheses after a word of rise or fall
 * ("a large increase in fraud (17% year on year)"), or an amount headed by a comparative
 * ("lower-than-expected collections of fees and fines of $1.3 billion").
 */
export function detectSentenceChange(ctx: FigureContext, lang: 'zh' | 'en'): Change | null {
  const { after, percent } = ctx;
  const sentenceBefore =
    lang === 'en' ? ctx.sentenceBefore.replace(EN_BRACKET_AFTER_LEVEL_WORD, '') : ctx.sentenceBefore;
  if (
    lang === 'en' &&
    !percent &&
    !ctx.figure.startsWith('+') &&
    EN_PRIOR_PERIOD_BRACKET_BEFORE.test(sentenceBefore.slice(-40))
  )
    return null;
  if (lang === 'en' && EN_LEVEL_REACHED_BEFORE.test(sentenceBefore) && !EN_GROWTH_RATE_NAMED.test(sentenceBefore))
    return null;
  // "(61% of the increase)": a share of a move is a level.
  if (lang === 'en' && percent && EN_SHARE_OF_MOVE_AFTER.test(after)) return null;
  if (lang === 'zh' && ctx.value && ZH_BARE_BASIS_BEFORE.test(sentenceBefore))
    return { direction: ctx.value > 0 ? 'up' : 'down', basis: null };
  if (lang === 'zh' && ZH_POINTS_UNIT.test(ctx.unitText ?? '') && ZH_BOOST_LIST_BEFORE.test(sentenceBefore))
    return { direction: 'up', basis: null };
  // (+26,000), 家居设备及服务(+11.08%): a signed figure states its move, in either language.
  const signed = signedDirection(ctx);
  if (signed) return { direction: signed, basis: null };
  // "growth (3.4%) alongside a slight fall in the output (0.2%)": in brackets, the nearest word of rise or fall
  // decides before any rate named earlier.
  const bracketed = lang === 'en' && percent ? bracketedDirection(sentenceBefore, percent, after) : null;
  if (bracketed) return { direction: bracketed, basis: null };
  if (percent) {
    if (lang === 'en' && EN_INFLATION_AFTER.test(after)) return { direction: 'up', basis: null };
    if (lang === 'en' && EN_CHANGE_WAS_BEFORE.test(sentenceBefore) && ctx.value)
      return { direction: ctx.value > 0 ? 'up' : 'down', basis: null };
    const ends = lang === 'en' && !EN_SHARE_AFTER.test(after) ? EN_MOVE_ENDS_BEFORE_SIZE.exec(sentenceBefore) : null;
    const [from, to] = ends ? [parseArabic(ends[1]), parseArabic(ends[2])] : [null, null];
    if (from !== null && to !== null && from !== to) return { direction: to > from ? 'up' : 'down', basis: null };
    // "revenues fell to 16.5 percent of GDP": a share of a whole is a level, whatever rate was named before.
    const direction = lang === 'en' && EN_SHARE_AFTER.test(after) ? null : nearestRateDirection(sentenceBefore, lang);
    if (direction) return { direction, basis: null };
  }
  // 發生減少案類為詐欺案21件、毒品15件: the kinds that fell (or rose), each with its count, listed after the lead.
  if (lang === 'zh') {
    const kinds = ZH_CHANGED_KINDS_LIST_LEAD.exec(sentenceBefore);
    return kinds ? { direction: directionOf(kinds[1], 'zh'), basis: null } : null;
  }
  if (lang !== 'en') return null;
  const movedAfter = percent ? EN_BRACKETED_RATE_THEN_MOVE_AFTER.exec(after) : null;
  if (movedAfter) return { direction: englishDirection(movedAfter[1]), basis: null };
  const orBy = EN_COMPARATIVE_THEN_OR_BY.exec(sentenceBefore.slice(-200));
  if (orBy) return { direction: englishDirection(orBy[1]), basis: null };
  const setOff = EN_CHANGE_NOUN_SET_OFF_OF.exec(sentenceBefore.slice(-60));
  if (setOff) return { direction: englishDirection(setOff[1]), basis: null };
  // "1 million more calls than in Filing Season 2023": a difference from a basis, in the direction of its word.
  const more = EN_MORE_COUNTED.exec(ctx.unitText ?? '');
  if (more && (EN_BASIS_IN_CLAUSE.test(after) || EN_THERE_WERE_BEFORE.test(sentenceBefore)))
    return { direction: englishDirection(more[1]), basis: null };
  // "an additional 28,000 responses compared with the same quarter last year": the difference before the figure.
  if (EN_ADDITIONAL_BEFORE.test(sentenceBefore) && EN_BASIS_IN_CLAUSE.test(after))
    return { direction: 'up', basis: null };
  // "21 fewer deaths", "1.6 million fewer young unemployed": the GUIDE's difference, whether or not a basis is written.
  const difference = EN_DIFFERENCE_COUNTED.exec(ctx.unitText ?? '');
  if (difference) return { direction: englishDirection(difference[1]), basis: null };
  const movesWereIn = EN_MOVES_WERE_IN_BEFORE.exec(sentenceBefore.slice(-140));
  if (movesWereIn) return { direction: englishDirection(movesWereIn[1].replace(PLURAL_S, '')), basis: null };
  const rankedMove =
    superlativeMove(sentenceBefore.slice(-200)) ?? EN_SUPERLATIVE_MOVE_APPOSITIVE.exec(sentenceBefore.slice(-120))?.[1];
  if (rankedMove) return { direction: englishDirection(rankedMove), basis: null };
  const movesAt = EN_MOVES_NAMED_AT.exec(sentenceBefore.slice(-40));
  if (movesAt) return { direction: englishDirection(movesAt[1]), basis: null };
  const named = EN_MOVE_SUBJECT_BEFORE.exec(sentenceBefore.slice(-140));
  if (named) return { direction: englishDirection(named[1] ?? named[2]), basis: null };
  const commaBy = EN_VERB_COMMA_BY.exec(sentenceBefore.slice(-80));
  if (commaBy) return { direction: englishDirection(commaBy[1]), basis: null };
  const phraseBy = EN_VERB_PHRASE_BY.exec(sentenceBefore.slice(-100));
  if (phraseBy) return { direction: englishDirection(phraseBy[1]), basis: null };
  const listLead = EN_MOVE_LIST_LEAD_BY.exec(sentenceBefore.slice(-200));
  if (listLead) return { direction: englishDirection(listLead[1]), basis: null };
  const moves = EN_RANGE_OF_MOVES_LEAD.exec(sentenceBefore.slice(-160));
  if (moves) return { direction: englishDirection(moves[1] ?? moves[2]), basis: null };
  const comparative = EN_COMPARATIVE_OF.exec(sentenceBefore);
  if (comparative && !DIGIT.test(comparative[0])) return { direction: englishDirection(comparative[1]), basis: null };
  // An amount or an index value in brackets after a basis is the level compared with ("lower than 2012/13 (£115.1
  // billion)", "higher than the peak in January 2008 (174.5)"), not the size of a move; a percentage there restates one.
  const direction = bracketedDirection(sentenceBefore, percent, after);
  return direction ? { direction, basis: null } : null;
}

/** A figure in brackets after a word of rise or fall (the nearest one) states that move's size. */
function bracketedDirection(sentenceBefore: string, percent: boolean, after: string): ChangeDirection | null {
  const basisLevel =
    !percent && (EN_BASIS_BEFORE_BRACKET.test(sentenceBefore.slice(-80)) || EN_FIRST_END_IN_BRACKETS_AFTER.test(after));
  if (basisLevel || !EN_OPEN_PARENTHESIS_BEFORE.test(sentenceBefore)) return null;
  const window = sentenceBefore.slice(-160);
  const word = lastMatch(EN_PAREN_DIRECTION, window);
  // An amount in brackets after a name in the next clause is that name's level ("… declined by 2.4%, whereas spending
  // of those from Singapore (MOP1,803) …"), not the size of the move before the clause break.
  if (word && !percent && EN_CLAUSE_BREAK.test(window.slice(word.index))) return null;
  // "the rate rose for Blacks (6.4 percent)": where the rate stands, not the size of its move.
  if (!word || EN_LEVEL_NOUN_BEFORE_DIRECTION.test(window.slice(0, word.index))) return null;
  // "around six percentage points higher than the equivalent period last year (86.4 per cent)": the move's size is
  // written before its word, so the figure in brackets is the basis's level.
  // (Not when the bracket follows the word itself, "a 13% increase (551 homes)": the move's size in another unit.)
  if (
    EN_SIZE_BEFORE_MOVE_WORD.test(window.slice(0, word.index)) &&
    (percent || !EN_MOVE_WORD_THEN_BRACKET.test(window.slice(word.index)))
  )
    return null;
  return word[1] ? 'up' : 'down';
}

/**
 * "(+26,000)", "from +504,000 to +472,000": a figure written with a plus is the size of a change up;
 * with a minus, down when it stands in parentheses (alone, after "or", or beside the other figure of a pair: "(-20,800;
 * -0.3%)"), beside a plus-signed figure or in a sentence about departures from a normal (a bare minus
 * may be a negative level). Not a phone number or code: "(+1) 202-691-5200", "+44 20 7946 0958".
 */
function signedDirection(ctx: FigureContext): ChangeDirection | null {
  // "(2001: 3.75p) + 9.3%": a results table sets its plus apart from a percentage (not 5 + 3 apples).
  if (ctx.percent && EN_SPACED_PLUS_BEFORE.test(ctx.sentenceBefore) && !EN_DIGITS_AFTER_SIGNED.test(ctx.after))
    return 'up';
  if (EN_PLUS_WORD_BEFORE.test(ctx.sentenceBefore)) return 'up';
  // "over -1.5°C", "nearly -1.5°C": the approximation word read with the figure does not hide its sign.
  const sign = EN_SIGNED_FIGURE.exec(ctx.figure.replace(EN_APPROXIMATION_BEFORE_SIGN, ''));
  if (!sign || EN_DIGITS_AFTER_SIGNED.test(ctx.after)) return null;
  if (sign[1]) return 'up';
  const parenthesised =
    (EN_OPEN_PARENTHESIS_BEFORE.test(ctx.sentenceBefore) && EN_CLOSE_PARENTHESIS_AFTER.test(ctx.after)) ||
    (EN_IN_PARENTHESES_BEFORE.test(ctx.sentenceBefore.slice(-40)) && EN_PARENTHESES_CLOSE_AFTER.test(ctx.after));
  const besidePlus =
    EN_PLUS_SIGNED_NEARBY.test(ctx.sentenceBefore.slice(-40)) || EN_PLUS_SIGNED_NEARBY.test(ctx.after.slice(0, 40));
  // "Deviations from monthly LTAs were over -1.5°C": a departure below the normal.
  const departure = EN_DEPARTURE_NAMED.test(ctx.sentenceBefore);
  return parenthesised || besidePlus || departure ? 'down' : null;
}

/** Up or down when the nearest rate named before a percentage is a rate of change; null for a level rate. */
function nearestRateDirection(sentenceBefore: string, lang: 'zh' | 'en'): ChangeDirection | null {
  const candidates: Array<[RegExpExecArray | null, ChangeDirection | null]> =
    lang === 'zh'
      ? [
          [lastMatch(ZH_RATE_OF_CHANGE, sentenceBefore), 'up'],
          [lastMatch(ZH_LEVEL_RATE, sentenceBefore), null],
        ]
      : [
          [lastMatch(EN_RATE_OF_CHANGE_UP, sentenceBefore), 'up'],
          [lastMatch(EN_RATE_OF_CHANGE_DOWN, sentenceBefore), 'down'],
          [lastMatch(EN_LEVEL_RATE, sentenceBefore), null],
        ];
  let best: [number, ChangeDirection | null] = [-1, null];
  for (const [m, direction] of candidates)
    if (m && m.index + m[0].length > best[0]) best = [m.index + m[0].length, direction];
  return best[1];
}

/**
 * Does a figure take the change of the figure before it across the text between them: the same change restated
 * ("…, or $344.5 billion"), or one verb over coordinated figures ("rose 0.3 percent in May and 0.2 percent in
 * June")? `after` is the text after the figure (a share, "30 percent of", never does).
 */
export function carriesPreviousChange(between: string, after: string, lang: 'zh' | 'en'): boolean {
  // 比111学年减6.2万人(1.5%): the rate in brackets right after a change restates that change.
  if (lang === 'zh') return ZH_BRACKET_OPEN_GAP.test(between) && ZH_BRACKET_CLOSE_AFTER.test(after);
  if (EN_RESTATED_CHANGE_GAP.test(between)) return true;
  return between.length <= 160 && EN_COORDINATED_CHANGE_GAP.test(between) && !EN_SHARE_AFTER.test(after);
}

/** How far a gapped clause ("; Germany by 29 percent") may stand from the figure whose verb it repeats. */
const GAPPED_CLAUSE_REACH = 120;

/**
 * "the U.K. fell by 41 percent; Germany by 29 percent": does the text since the last changed figure end in a clause
 * whose verb is left out, so the figure moves as that one did? (Across a semicolon, so across English sentence units.)
 */
export function gapsVerbOf(between: string): boolean {
  return between.length <= GAPPED_CLAUSE_REACH && EN_GAPPED_BY_CLAUSE.test(between);
}

/** "grew by 5.8 percent in the third quarter of 2022; 4.8 percent in the second quarter": a later period's item. */
export function continuesPeriodList(between: string): boolean {
  return EN_PERIOD_LIST_ITEM_GAP.test(between);
}

/**
 * "Employment was down 12,000 in June and 25,000 in July": a bare figure coordinated with an earlier figure that is
 * a change is a change too (so a metric, though no noun is written). `before` is the sentence up to the figure.
 */
export function coordinatedWithChange(before: string, after: string): boolean {
  const last = EN_LAST_FIGURE_IN.exec(before);
  if (!last || !EN_COORDINATED_CHANGE_GAP.test(last[2]) || EN_SHARE_AFTER.test(after)) return false;
  const figureEnd = before.length - last[2].length;
  return detectChange(last[1], before.slice(figureEnd), 'en', '') !== null;
}

/** decreased between 2.4 and 18.2 points: the text before the first figure and between the two make them one range of changes. */
export function endsRangeOfChanges(
  beforeFirst: string,
  between: string,
  lang: 'zh' | 'en',
  firstIsBare = false,
  secondIsRate = false,
): boolean {
  if (lang !== 'en' || !EN_RANGE_SECOND_END_GAP.test(between)) return false;
  if (EN_RANGE_FIRST_END_LEAD.test(beforeFirst)) return true;
  // "rose 6-8 percent", "were up 3 to 5 percent": a change verb right before a bare first end moves both ends
  // ("increased by 172,000 to 1.6 million", "up 4 cents to $3.04" end at a level). With "to", the second end must
  // carry the percentage the bare first one shares: "(up 19,900 to 133,300)" ends at a count's level.
  const dash = EN_DASH_GAP.test(between);
  return (
    firstIsBare &&
    EN_BEFORE.test(beforeFirst) &&
    !EN_RANGE_LEAD.test(beforeFirst) &&
    (dash || (secondIsRate && !EN_BY_BEFORE.test(beforeFirst)))
  );
}

/**
 * "harmful air pollutants decreased considerably … between 1990 and 2020:⏎Carbon Monoxide (CO) 8-Hour, 73%⏎Lead (Pb)
 * 3-Month Average, 86%": a percentage closing a labelled line takes the move of the list's lead (the lines between are the
 * list's other items, blank lines apart). Bounded like the bulleted list.
 */
export function labelledListMoveDirection(text: string, figureStart: number): ChangeDirection | null {
  const lineStart = text.lastIndexOf('\n', figureStart - 1) + 1;
  if (!EN_LABELLED_ITEM_BEFORE_FIGURE.test(text.slice(lineStart, figureStart))) return null;
  const lead = listLeadLine(text, lineStart, (line) => EN_LABELLED_PERCENT_LINE.test(line) || !line.trim());
  const move = lead === null ? null : EN_MOVED_LIST_LEAD_LINE.exec(lead.slice(-200));
  return move ? englishDirection(move[1]) : null;
}

/** Does the text between two figures set the second against the first (远低于, compared with, up from)? */
export function comparesWithPrevious(between: string, lang: 'zh' | 'en'): boolean {
  return lang === 'zh'
    ? ZH_COMPARED_WITH.test(between)
    : EN_COMPARED_WITH.test(between) && !EN_OWN_MOVE_FROM_GAP.test(between);
}

/**
 * "this means an average weekly increase of:⏎• £0.35 for a terraced property⏎• £0.53 for …": a figure opening a bullet
 * line under a lead that names a move takes that move (the lines between are the list's other items). Bounded: at most
 * EN_BULLET_LIST_MAX_LINES lines are walked back.
 */
export function bulletedMoveDirection(text: string, figureStart: number): ChangeDirection | null {
  const lineStart = text.lastIndexOf('\n', figureStart - 1) + 1;
  if (figureStart - lineStart > 8 || !EN_BULLET_LINE_BEFORE_FIGURE.test(text.slice(lineStart, figureStart)))
    return null;
  const lead = listLeadLine(text, lineStart, (line) => EN_BULLET_LINE.test(line));
  const move = lead === null ? null : EN_MOVE_LIST_LEAD_LINE.exec(lead.slice(-200));
  return move ? englishDirection(move[1].replace(PLURAL_S, '')) : null;
}

/**
 * The line that leads the list a line at `lineStart` is an item of: walked back over the lines `isItem` accepts, at
 * most EN_BULLET_LIST_MAX_LINES of them; null at the text's start or past the bound.
 */
function listLeadLine(text: string, lineStart: number, isItem: (line: string) => boolean): string | null {
  for (let k = 0; k < EN_BULLET_LIST_MAX_LINES && lineStart > 0; k++) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart - 1).replace(/\r$/, '');
    if (!isItem(line)) return line;
    lineStart = previousStart;
  }
  return null;
}
