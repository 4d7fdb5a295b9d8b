// Is a number the size of a change (同比下降68.05%, rose by 236,000) or a level
// (降至7分钟, 由13分钟缩短至7分钟)? And against what basis is the change stated?
import type { Change, ChangeDirection } from '../types';
import { ZH_BASIS, ZH_CHANGE_AFTER_DOWN, ZH_CHANGE_AFTER_UP, ZH_DOWN, ZH_FILLER, ZH_UP } from '../rules/zh/change';
import { EN_AFTER, EN_BASIS, EN_BEFORE, EN_DOWN } from '../rules/en/change';

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

// The change word must sit right before the number (fillers aside); 至/到 after it makes a level.
const ZH_CHANGE_BEFORE = new RegExp(`(${alternation(ZH_DOWN)}|${alternation(ZH_UP)})${ZH_FILLER}$`, 'u');
// 减少跑动6次: a change verb, a short object, then the number.
// 增加值, 减少量: a change word that heads a noun is not a change (第一产业增加值91414亿元).
const ZH_CHANGE_GAP = /(减少|增加|压减|缩减)((?![值量额率数幅速比])[\u3400-\u9fff]{1,4})$/u;
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
    if (/(至|到|为)$/.test(before) && /(降|增|升|缩短|减少|提高|提升|下降|上升|增长|减|缩减)(至|到)$/.test(before))
      return null;
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
      if (!/(同比|环比|比上年|较上年|比去年|较去年|分别|均)$/.test(lead)) word = null;
    }
    if (!word) {
      const g = ZH_CHANGE_GAP.exec(before);
      if (g && !/(至|到)/.test(g[2])) word = g[1];
    }
    if (!word) {
      const tail = after.replace(/^\s+/, '');
      if (ZH_CHANGE_AFTER_UP.test(tail)) word = '增长';
      else if (ZH_CHANGE_AFTER_DOWN.test(tail)) word = '下降';
    }
    if (!word) return null;
    const basis = ZH_BASIS.exec(before) ?? ZH_BASIS.exec(sentence);
    return { direction: directionOf(word, 'zh'), basis: basis ? basis[1] : null };
  }
  const m = EN_BEFORE.exec(before);
  let dirWord: string | null = m ? m[1] : null;
  if (dirWord && /\bto\s*$/i.test(before)) dirWord = null;
  if (!dirWord) {
    const a = EN_AFTER.exec(after);
    if (a) dirWord = a[1];
  }
  if (!dirWord) return null;
  const basis = EN_BASIS.exec(after.slice(0, 80)) ?? EN_BASIS.exec(sentence);
  const dir: ChangeDirection = /^(increase|rise|jump|gain|growth|hike|more|higher|greater|above)$/i.test(dirWord)
    ? 'up'
    : /^(decrease|decline|drop|fall|reduction|cut|dip|fewer|less|lower|below)$/i.test(dirWord)
      ? 'down'
      : directionOf(dirWord, 'en');
  return { direction: dir, basis: basis ? basis[1] : null };
}
