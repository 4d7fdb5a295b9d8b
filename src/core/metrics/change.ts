// Is a number the size of a change (同比下降68.05%, rose by 236,000) or a level
// (降至7分钟, 由13分钟缩短至7分钟)? And against what basis is the change stated?
import type { Change, ChangeDirection } from '../types';
import {
  ZH_BASIS,
  ZH_BOOST_BEFORE,
  ZH_CHANGE_AFTER_DOWN,
  ZH_CHANGE_AFTER_UP,
  ZH_CHANGE_GAP,
  ZH_COMPARED_WITH,
  ZH_DIFFERENCE_DOWN_BEFORE,
  ZH_DIFFERENCE_UP_BEFORE,
  ZH_DOWN,
  ZH_FILLER,
  ZH_LEVEL_MARK,
  ZH_LEVEL_MARK_BEFORE,
  ZH_LEVEL_RATE,
  ZH_LEVEL_REACHED_BEFORE,
  ZH_RATE_OF_CHANGE,
  ZH_SINGLE_VERB_CONTEXT,
  ZH_UP,
} from '../rules/zh/change';
import {
  EN_AFTER,
  EN_AFTER_REDUCTION,
  EN_BASIS,
  EN_BEFORE,
  EN_COMPARATIVE_OF,
  EN_COMPARED_WITH,
  EN_DOWN,
  EN_FALL_WORD,
  EN_INFLATION_AFTER,
  EN_LEVEL_RATE,
  EN_PAREN_DIRECTION,
  EN_RATE_OF_CHANGE_DOWN,
  EN_RATE_OF_CHANGE_UP,
  EN_TO_BEFORE,
  EN_UP_WORD,
  EN_VERB_OBJECT_BY,
} from '../rules/en/change';

/** White space at the start. */
const LEADING_SPACE = /^\s+/;
/** A digit. */
const DIGIT = /\d/;
/** An opening parenthesis right before the figure. */
const OPEN_PARENTHESIS_BEFORE = /\(\s*$/;

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

// The change word must sit right before the number (fillers aside); 至/到 after it makes a level.
const ZH_CHANGE_BEFORE = new RegExp(`(${alternation(ZH_DOWN)}|${alternation(ZH_UP)})${ZH_FILLER}$`, 'u');
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
    const m = ZH_CHANGE_BEFORE.exec(before);
    let word: string | null = m ? m[1] : null;
    if (
      word &&
      (word === '增' ||
        word === '减' ||
        word === '升' ||
        word === '降' ||
        word === '涨' ||
        word === '跌' ||
        word === '翻')
    ) {
      // single-character verbs only count with a basis or 同比-style context right before them
      const lead = before.slice(0, before.length - m![0].length);
      if (!ZH_SINGLE_VERB_CONTEXT.test(lead)) word = null;
    }
    if (!word) {
      const g = ZH_CHANGE_GAP.exec(before);
      if (g && !ZH_LEVEL_MARK.test(g[2])) word = g[1];
    }
    if (!word && ZH_BOOST_BEFORE.test(before)) word = '增长';
    if (!word) {
      const tail = after.replace(LEADING_SPACE, '');
      if (ZH_CHANGE_AFTER_UP.test(tail)) word = '增长';
      else if (ZH_CHANGE_AFTER_DOWN.test(tail)) word = '下降';
    }
    // 低于过去十年4.5%的平均数: a figure that modifies the other measure is its level, not the difference.
    const modifiesNext = after.startsWith('的');
    if (!word && !modifiesNext && ZH_DIFFERENCE_UP_BEFORE.test(before)) word = '增长';
    if (!word && !modifiesNext && ZH_DIFFERENCE_DOWN_BEFORE.test(before)) word = '下降';
    if (!word) return null;
    const basis = ZH_BASIS.exec(before) ?? ZH_BASIS.exec(sentence);
    return { direction: directionOf(word, 'zh'), basis: basis ? basis[1] : null };
  }
  const m = EN_BEFORE.exec(before);
  let dirWord: string | null = m ? m[1] : null;
  if (dirWord && EN_TO_BEFORE.test(before)) dirWord = null;
  if (!dirWord) {
    const a = EN_AFTER.exec(after);
    if (a) dirWord = a[1];
  }
  if (!dirWord) dirWord = EN_VERB_OBJECT_BY.exec(before)?.[1] ?? null;
  if (!dirWord && EN_AFTER_REDUCTION.test(after)) dirWord = 'reduction';
  if (!dirWord) return null;
  const basis = EN_BASIS.exec(after.slice(0, 80)) ?? EN_BASIS.exec(sentence);
  return { direction: englishDirection(dirWord), basis: basis ? basis[1] : null };
}

function englishDirection(word: string): ChangeDirection {
  if (EN_UP_WORD.test(word)) return 'up';
  if (EN_FALL_WORD.test(word)) return 'down';
  return directionOf(word, 'en');
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
}

/**
 * Changes stated by the sentence rather than the clause: a percentage that is the value of a rate
 * of change (an inflation or growth rate: the nearest rate named before it is one, not a level rate
 * or a share), and in English a figure in parentheses after a word of rise or fall
 * ("a large increase in fraud (17% year on year)"), or an amount headed by a comparative
 * ("lower-than-expected collections of fees and fines of $1.3 billion").
 */
export function detectSentenceChange(ctx: FigureContext, lang: 'zh' | 'en'): Change | null {
  const { sentenceBefore, after, percent } = ctx;
  if (percent) {
    if (lang === 'en' && EN_INFLATION_AFTER.test(after)) return { direction: 'up', basis: null };
    const direction = nearestRateDirection(sentenceBefore, lang);
    if (direction) return { direction, basis: null };
  }
  if (lang !== 'en') return null;
  const comparative = EN_COMPARATIVE_OF.exec(sentenceBefore);
  if (comparative && !DIGIT.test(comparative[0])) return { direction: englishDirection(comparative[1]), basis: null };
  if (OPEN_PARENTHESIS_BEFORE.test(sentenceBefore)) {
    const word = lastMatch(EN_PAREN_DIRECTION, sentenceBefore.slice(-160));
    if (word) return { direction: word[1] ? 'up' : 'down', basis: null };
  }
  return null;
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

/** Does the text between two figures set the second against the first (远低于, compared with, up from)? */
export function comparesWithPrevious(between: string, lang: 'zh' | 'en'): boolean {
  return lang === 'zh' ? ZH_COMPARED_WITH.test(between) : EN_COMPARED_WITH.test(between);
}
