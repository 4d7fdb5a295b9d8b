// Subjects compared across documents: one script (Traditional → Simplified), common synonyms folded,
// scope words (全市, 全年) dropped, then a character-bigram similarity.
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | null = null;

function simplified(text: string): string {
  toSimplified ??= Converter({ from: 'hk', to: 'cn' });
  return toSimplified(text);
}

/** Different names of one quantity, folded to the first form. */
const SYNONYMS: Array<[RegExp, string]> = [
  [/国内生产总值|地区生产总值|生产总值|\bgdp\b/giu, '地区生产总值'],
  [/规上/gu, '规模以上'],
  [/社零总额|社会消费品零售总额/gu, '社会消费品零售总额'],
  [/居民人均可支配收入|人均可支配收入/gu, '人均可支配收入'],
  [/进出口总值|进出口总额|外贸进出口/gu, '进出口总额'],
  [/常住人口城镇化率|城镇化率/gu, '城镇化率'],
];
/** Words that set a scope or a time but do not name the quantity. */
const SCOPE_WORDS =
  /全市|全省|全区|全县|全州|全国|全年|年末|年底|年初|本年|当年|上年|实现|完成|达到|共计|合计|其中|地方|累计|同比|比上年|增长|增速|下降|亿元|万元|万人|%|（[^）]*）|\([^)]*\)/gu;
const PUNCTUATION = /[\s“”"'‘’「」《》、,，.。:：;；·\-—_|/]/gu;

export function normalizeSubject(subject: string): string {
  let s = simplified(subject).toLowerCase();
  for (const [re, to] of SYNONYMS) s = s.replace(re, to);
  return s.replace(SCOPE_WORDS, '').replace(PUNCTUATION, '');
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Words that make a different quantity of the same name: another scope (市本级) or a plan, not an outcome. */
const QUALIFIERS: RegExp[] = [
  /市本级|省本级|市级|省级|本级/u,
  /区县|县级|县区|乡镇/u,
  /预计|预期|安排|计划|目标|预算数|调整预算|年初预算/u,
  /城镇|城市/u,
  /农村|乡村/u,
  /人均/u,
];

/** True when one name carries a qualifier the other lacks (市本级收入 is not 全市收入). */
export function qualifiersDiffer(a: string, b: string): boolean {
  const x = simplified(a);
  const y = simplified(b);
  return QUALIFIERS.some((q) => q.test(x) !== q.test(y));
}

/** Dice similarity of character bigrams, raised when one name contains the other (财政收入 ⊂ 地方财政收入). */
export function subjectSimilarity(a: string, b: string): number {
  if (qualifiersDiffer(a, b)) return 0;
  const x = normalizeSubject(a);
  const y = normalizeSubject(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  let total = 0;
  for (const n of gx.values()) total += n;
  for (const n of gy.values()) total += n;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  const dice = total > 0 ? (2 * shared) / total : 0;
  const shorter = x.length <= y.length ? x : y;
  const longer = shorter === x ? y : x;
  const contained = shorter.length >= 3 && longer.includes(shorter) ? 0.85 : 0;
  return Math.max(dice, contained);
}
