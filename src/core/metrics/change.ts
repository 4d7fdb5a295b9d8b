// Is a number the size of a change (同比下降68.05%, rose by 236,000) or a level
// (降至7分钟, 由13分钟缩短至7分钟)? And against what basis is the change stated?
import type { Change, ChangeDirection } from '../types';

const ZH_DOWN = [
  '下降',
  '减少',
  '降低',
  '下滑',
  '回落',
  '缩减',
  '缩短',
  '压降',
  '压减',
  '减',
  '降',
  '降幅',
  '减幅',
  '下跌',
  '减少了',
  '下降了',
  '降低了',
  '缩短了',
  '跌',
  '减产',
  '少增',
  '多减',
  '收窄',
  '减收',
  '调减',
  '下调',
  '跌幅',
  '下挫',
  '净减',
  '净减少',
  '回落了',
];
const ZH_UP = [
  '上升',
  '增长',
  '增加',
  '提高',
  '提升',
  '上涨',
  '攀升',
  '增',
  '升',
  '增幅',
  '涨幅',
  '增长率',
  '增速',
  '上升了',
  '增长了',
  '增加了',
  '提高了',
  '提升了',
  '涨',
  '翻',
  '增产',
  '多增',
  '扩大',
  '增收',
  '调增',
  '上调',
  '飙升',
  '升幅',
  '回升',
  '大增',
  '净增',
  '净增加',
  '翻番',
];
const ZH_FILLER = '(?:了|为|达|达到|约|近|超|超过|分别|均|各|逾|近乎|高达|仅|仅有|只|只有|有)*';
/** 1.3%的轻微增长, 16.5%的增幅: the change named after the figure. */
const ZH_CHANGE_AFTER_UP = /^的[\u3400-\u9fff]{0,3}?(?:增长|增幅|升幅|涨幅|上升|提升)/u;
const ZH_CHANGE_AFTER_DOWN = /^的[\u3400-\u9fff]{0,3}?(?:下降|降幅|跌幅|减少|下跌|回落)/u;

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

// The change word must sit right before the number (fillers aside); 至/到 after it makes a level.
const ZH_CHANGE_BEFORE = new RegExp(`(${alternation(ZH_DOWN)}|${alternation(ZH_UP)})${ZH_FILLER}$`, 'u');
// 减少跑动6次: a change verb, a short object, then the number.
// 增加值, 减少量: a change word that heads a noun is not a change (第一产业增加值91414亿元).
const ZH_CHANGE_GAP = /(减少|增加|压减|缩减)((?![值量额率数幅速比])[\u3400-\u9fff]{1,4})$/u;
// 上升三成 / 下降5个百分点 are covered above; the basis words:
const ZH_BASIS =
  /(同比|环比|与上年同期相比|与去年同期相比|较上年同期|比上年同期|较去年同期|比去年同期|比上年末|较上年末|比上月末|比上月|比上年|较上年|比去年|较去年|比上一年|较上一年|(?:比|较|与)(?:19|20)\d\d年(?:同期)?(?:相比)?)/u;

const EN_DOWN =
  /(?:fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|down|reduced|reduce|reduces|reducing|cut|cuts|lowered|lower|slid|slipped|shrank|plunged|plummeted|dipped|narrowed)/i;
const EN_UP =
  /(?:rose|rise|rises|risen|rising|increased|increase|increases|grew|grow|grows|grown|up|climbed|jumped|gained|higher|surged|soared|expanded|added)/i;
const EN_BEFORE = new RegExp(
  `\\b(${EN_DOWN.source}|${EN_UP.source})(?:\\s+(?:by|of|about|nearly|almost|some|roughly|approximately|around|more\\s+than|over|just|a|an|another))*\\s*$`,
  'i',
);
const EN_AFTER =
  /^\s*(?:-|\s)?(increase|rise|jump|gain|growth|hike|decrease|decline|drop|fall|reduction|cut|dip|more|higher|greater|above|fewer|less|lower|below)\b/i;
const EN_BASIS =
  /(year[- ]over[- ]year|than (?:in )?\d{4}|than (?:the previous|last|a) year|year[- ]on[- ]year|from (?:the )?(?:previous|last|prior) year|(?:compared|relative) (?:with|to) (?:\d{4}|last year|the previous year|the prior year|a year (?:earlier|ago))|over the (?:previous|prior|last) year|from a year (?:earlier|ago)|since \d{4}|from \d{4}|on the year)/i;

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
