// Subjects compared across documents: one script (Traditional → Simplified), common synonyms folded,
// scope words (全市, 全年) dropped, then a character-bigram similarity.
import { Converter } from 'opencc-js/t2cn';
import { MULTI_YEAR } from './context';

let toSimplified: ((text: string) => string) | null = null;

function simplified(text: string): string {
  toSimplified ??= Converter({ from: 'hk', to: 'cn' });
  return toSimplified(text);
}

/** Different names of one quantity, folded to the first form. */
const SYNONYMS: Array<[RegExp, string]> = [
  [/国内生产总值|地区生产总值|生产总值|\bgdp\b/giu, '地区生产总值'],
  [/规上/gu, '规模以上'],
  // 地方收入 is the budget reports' and communiqués' short name of the local general public budget revenue.
  [/一般公共预算地方收入|地方一般公共预算收入|地方收入/gu, '地方一般公共预算收入'],
  [/公共财政预算/gu, '公共预算'],
  [/社零总额|社会消费品零售总额/gu, '社会消费品零售总额'],
  [/居民人均可支配收入|人均可支配收入/gu, '人均可支配收入'],
  [/进出口总值|进出口总额|外贸进出口/gu, '进出口总额'],
  [/常住人口城镇化率|城镇化率/gu, '城镇化率'],
  [/(?<!非)税收(?!收入|入)/gu, '税收收入'],
  // A share, however written: 占一般公共预算支出的比重, 占一般公共预算支出的 (…81.3%), 占比.
  [/占([^，。；]{0,24}?)的?(?:比重|比例)/gu, '占$1比'],
  [/占([^，。；]{1,24}?)的$/gu, '占$1比'],
];
/** Words that set a scope or a time but do not name the quantity (plans and estimates are told apart by scopesDiffer). */
const SCOPE_WORDS =
  /预计|全市|全省|全区|全县|全州|全国|全年|年末|年底|年初|本年|当年|上年|实现|完成|达到|共计|合计|其中|地方|累计|同比|比上年|增长|增速|下降|亿元|万元|万人|%|（[^）]*）|\([^)]*\)/gu;
const PUNCTUATION = /[\s“”"'‘’「」《》、,，.。:：;；·\-—_|/]/gu;

const YEAR = /(?:19|20)\d{2}\s*年度?/gu;

export function normalizeSubject(subject: string): string {
  // The year is checked apart (yearsAgree): in a name it only weakens the likeness.
  let s = simplified(subject).toLowerCase().replace(YEAR, '');
  for (const [re, to] of SYNONYMS) s = s.replace(re, to);
  return s.replace(SCOPE_WORDS, '').replace(PUNCTUATION, '');
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return total > 0 ? (2 * shared) / total : 0;
}

function characters(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of s) out.set(c, (out.get(c) ?? 0) + 1);
  return out;
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

/** Words that set a different scope (市本级) or make a plan of an outcome: compared on names and contexts. */
const SCOPE_QUALIFIERS: RegExp[] = [
  /市本级|省本级|市级|省级|本级/u,
  /区县|县级|县区|乡镇/u,
  // 收入预算 / 支出预算 (budgeted revenue, expenditure) is a plan; 预算收入 (budget revenue) is not.
  /预计|预期|安排|计划|目标|预算数|调整预算|年初预算|方案|草案|(?<=收入|支出)预算(?!执行)/u,
  // A total or a share over several years (五年来, “十四五”期间, 年均) is not one year's.
  MULTI_YEAR,
];
/** A district, county or zone named before a figure (大通湖区, 临港高新区): its figure is not the city's. */
const PLACE =
  /[\u4e00-\u9fff]{2,6}?(?:高新区|新区|管理区|开发区|经开区|园区|示范区)|[\u4e00-\u9fff]{2,3}[县区](?=地方|一般|财政|全年|生产总值|预算|执行|收入|支出)/gu;

function places(text: string): string {
  return [...new Set(text.match(PLACE) ?? [])].sort().join(' ');
}
/** Words that make a different quantity of a similar name (进口 and 出口): compared on names only. */
const NAME_QUALIFIERS: RegExp[] = [/城镇|城市/u, /农村|乡村/u, /人均/u, /进口/u, /出口/u];
/** Opposites: a name with one and not the other is not the same quantity as a name with the other. */
const OPPOSITES: Array<[RegExp, RegExp]> = [
  [/收入/u, /支出/u],
  [/非税/u, /(?<!非)税收/u],
];

function opposed(a: string, b: string): boolean {
  return OPPOSITES.some(
    ([p, q]) =>
      (p.test(a) && !q.test(a) && q.test(b) && !p.test(b)) || (q.test(a) && !p.test(a) && p.test(b) && !q.test(b)),
  );
}

/** 预计完成 is an estimate of this year's outcome (a budget report's 预计数), not a plan. */
const ESTIMATED_OUTCOME = /预计完成|预计执行|预计数/gu;

function plain(text: string): string {
  // PDF extracts space out every character (临  港  高  新  区).
  return simplified(text).replace(/\s+/gu, '').replace(ESTIMATED_OUTCOME, '完成');
}

function differ(qualifiers: RegExp[], a: string, b: string): boolean {
  const x = plain(a);
  const y = plain(b);
  return qualifiers.some((q) => q.test(x) !== q.test(y));
}

/** True when one text's scope (市本级, a plan) is not the other's: the figures are different quantities. */
export function scopesDiffer(a: string, b: string): boolean {
  return differ(SCOPE_QUALIFIERS, a, b) || places(plain(a)) !== places(plain(b));
}

/** True when one name carries a qualifier the other lacks (市本级收入 is not 全市收入; 进口 is not 出口). */
export function qualifiersDiffer(a: string, b: string): boolean {
  return differ(SCOPE_QUALIFIERS, a, b) || differ(NAME_QUALIFIERS, a, b) || opposed(plain(a), plain(b));
}

const SHARE_OF_WHOLE = /占[^占]+比$/u;

/** Dice similarity of characters and of bigrams, raised when one name contains the other (财政收入 ⊂ 地方财政收入). */
export function subjectSimilarity(a: string, b: string): number {
  if (qualifiersDiffer(a, b)) return 0;
  let x = normalizeSubject(a);
  let y = normalizeSubject(b);
  // A share that names no whole (税收占比) is a share of the quantity's own total: compare without the other's.
  if (x.endsWith('占比') && !y.endsWith('占比')) y = y.replace(SHARE_OF_WHOLE, '占比');
  if (y.endsWith('占比') && !x.endsWith('占比')) x = x.replace(SHARE_OF_WHOLE, '占比');
  if (!x || !y) return 0;
  if (x === y) return 1;
  // Bigrams keep word order; single characters forgive it (城镇新增就业 = 新增城镇就业人员). Both count.
  const similarity = (dice(bigrams(x), bigrams(y)) + dice(characters(x), characters(y))) / 2;
  const shorter = x.length <= y.length ? x : y;
  const longer = shorter === x ? y : x;
  const contained = shorter.length >= 3 && longer.includes(shorter) ? 0.9 : 0;
  return Math.max(similarity, contained);
}
