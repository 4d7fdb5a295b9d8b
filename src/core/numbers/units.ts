// The unit lexicon: what may follow a number to make it a metric, and what kind of
// quantity that makes. POS tags do not find measure words (jieba tags 起 v, 人 n, 件 zg…),
// so the lexicon is ours. Longest match wins, so compound units are listed whole.
import type { MetricKind } from '../types';

export interface UnitMatch {
  /** The text as written after the number. */
  text: string;
  /** Canonical unit for the metric (个百分点 → 百分点, ％ → %). */
  unit: string;
  kind: MetricKind;
  /** Multiplier folded into the value (e.g. 万元 when the scanner left 万 outside the number). */
  scale: number;
}

interface UnitEntry {
  unit: string;
  kind: MetricKind;
  scale?: number;
}

const PERCENT: Record<string, UnitEntry> = {
  '%': { unit: '%', kind: 'percent' },
  '％': { unit: '%', kind: 'percent' },
  '‰': { unit: '‰', kind: 'percent' },
  个百分点: { unit: '百分点', kind: 'points' },
  百分点: { unit: '百分点', kind: 'points' },
};

const MONEY_NAMES = ['元', '美元', '欧元', '英镑', '日元', '港元', '港币', '澳元', '卢布', '韩元', '人民币'];
const CURRENCY_CANONICAL: Record<string, string> = { 人民币: '元', 港币: '港元' };

const PHYSICAL = [
  '千克',
  '公斤',
  '克',
  '毫克',
  '吨',
  '万吨',
  '公里',
  '千米',
  '米',
  '厘米',
  '毫米',
  '平方公里',
  '平方米',
  '平方千米',
  '立方米',
  '公顷',
  '亩',
  '升',
  '毫升',
  '千瓦',
  '千瓦时',
  '兆瓦',
  '度',
  '瓦',
  '标准煤',
  '微克',
  '纳克',
  '吉瓦',
  '吉瓦时',
  '兆瓦时',
  '万千瓦时',
  '斤',
  '标准箱',
];

const DURATION = [
  '秒',
  '秒钟',
  '分钟',
  '小时',
  '个小时',
  '天',
  '日',
  '周',
  '个星期',
  '星期',
  '个月',
  '月',
  '年',
  '个工作日',
  '工作日',
  '周岁',
  '岁',
];

/**
 * Measure words (量词) and counted nouns that act as units in reports. 次/人次/家次 style
 * compounds are listed so the longest match keeps them whole.
 */
const COUNT = [
  '起',
  '人',
  '名',
  '个',
  '条',
  '次',
  '件',
  '辆',
  '处',
  '家',
  '项',
  '支',
  '部',
  '台',
  '套',
  '份',
  '期',
  '场',
  '批',
  '类',
  '种',
  '把',
  '头',
  '户',
  '枚',
  '发',
  '笔',
  '路',
  '所',
  '座',
  '间',
  '张',
  '本',
  '篇',
  '册',
  '只',
  '匹',
  '位',
  '艘',
  '架',
  '列',
  '门',
  '宗',
  '单',
  '例',
  '队',
  '组',
  '块',
  '根',
  '棵',
  '株',
  '箱',
  '袋',
  '瓶',
  '盒',
  '副',
  '双',
  '对',
  '幅',
  '首',
  '段',
  '层',
  '栋',
  '幢',
  '辆次',
  '车次',
  '架次',
  '人次',
  '家次',
  '场次',
  '户次',
  '批次',
  '余人次',
  '万人次',
  '个村',
  '个乡镇',
  '个社区',
  '省区',
  '省份',
  '个省',
  '个国家',
  '国',
  '市',
  '县',
  '区',
  '村',
  '乡镇',
  '所学校',
  '余人',
  '余起',
  '余件',
  '大类',
  '万人',
  '万户',
  '万件',
  '款',
  '方',
];

const MULTIPLE = ['倍'];

// Units that must not be followed by these characters (they make a name or another word).
const BLOCKED_AFTER: Record<string, RegExp> = {
  年: /^(代|级|度|前|后|来|底|初|末|内(?!容))/u,
  月: /^(份|底|初|末|中)/u,
  日: /^(起|前|后|报|常|益|夜)/u,
  周: /^(年|边|末|期)/u,
  发: /^(展|布|生|现|放|挥|出|起|案|动|力|明|达)/u,
  门: /^(户|店|诊|槛|前|口)/u,
  所: /^(有|在|以|属|长|得)/u,
  位: /^(于|居|列|置)/u,
  度: /^(过|假)/u,
  场: /^(所|景|地|馆)/u,
  处: /^(理|置|罚|分|于|长)/u,
  队: /^(伍|员|长)/u,
  组: /^(织|建|成|长)/u,
  单: /^(位|独|一|元)/u,
  本: /^(地|市|区|县|次|届|年|部|着|领|质)/u,
  部: /^(门|署|分|长|队|委)/u,
  名: /^(称|单|义|额|牌)/u,
  家: /^(庭|属|长|乡|园|人|门)/u,
  期: /^(间|限|待|望)/u,
  批: /^(准|评|示)/u,
  路: /^(段|线|口|面|上)/u,
  间: /^(接|隔|断)/u,
  层: /^(级|面|次)/u,
  头: /^(部|脑)/u,
  天: /^(然|津|下|空|网)/u,
  条: /^(件|例|款)/u,
  类: /^(似|别)/u,
  区: /^(域|别)/u,
  市: /^(场|民|委|政|级)/u,
  国: /^(家|际|内|外|务)/u,
  次: /^(要|日|年|级|序)/u,
  台: /^(湾|阶|风)/u,
  起: /^(来|到|步|诉|草|点)/u,
  个: /^(体|别|性|案|人(?!次))/u,
  件: /^(事)/u,
  方: /^(面|式|法|案|向|针|位|便|言|阵|舱|志|正|能|略|可|才|同|圆)/u,
  款: /^(项|式|待|额)/u,
  斤: /^(斤)/u,
};

/** What a rate unit may be per: 万吨/年, 元/人, 微克/立方米, 分/千瓦时, 元每吨. */
const RATE_DENOMINATORS = [
  '千瓦时',
  '立方米',
  '平方米',
  '公里',
  '小时',
  '公斤',
  '千克',
  '年',
  '月',
  '日',
  '天',
  '人',
  '户',
  '吨',
  '亩',
  '辆',
  '次',
  '件',
  '元',
  '升',
  '米',
];
/** Numerators seen only in rates (分/千瓦时: fen per kWh). */
const RATE_ONLY_NUMERATORS: Record<string, UnitEntry> = { 分: { unit: '分', kind: 'money' } };

/** A rate: `/` or 每, then a denominator unit, right after a unit. */
function rateAfter(text: string, pos: number): string | null {
  const sep = text[pos];
  if (sep !== '/' && sep !== '每') return null;
  for (const d of RATE_DENOMINATORS) if (text.startsWith(d, pos + 1)) return d;
  return null;
}

interface Lexicon {
  map: Map<string, UnitEntry>;
  maxLen: number;
}

function buildLexicon(): Lexicon {
  const map = new Map<string, UnitEntry>();
  for (const [k, v] of Object.entries(PERCENT)) map.set(k, v);
  for (const m of MONEY_NAMES) {
    map.set(m, { unit: CURRENCY_CANONICAL[m] ?? m, kind: 'money' });
    map.set('万' + m, { unit: CURRENCY_CANONICAL[m] ?? m, kind: 'money', scale: 1e4 });
    map.set('亿' + m, { unit: CURRENCY_CANONICAL[m] ?? m, kind: 'money', scale: 1e8 });
    map.set('万亿' + m, { unit: CURRENCY_CANONICAL[m] ?? m, kind: 'money', scale: 1e12 });
  }
  for (const p of PHYSICAL) map.set(p, { unit: p, kind: 'physical' });
  for (const d of DURATION) map.set(d, { unit: d === '个小时' ? '小时' : d === '秒钟' ? '秒' : d, kind: 'duration' });
  for (const c of COUNT) {
    const unit = c.startsWith('余') ? c.slice(1) : c.startsWith('万') ? c.slice(1) : c === '大类' ? '类' : c;
    map.set(c, { unit, kind: 'count', scale: c.startsWith('万') ? 1e4 : 1 });
  }
  for (const m of MULTIPLE) map.set(m, { unit: m, kind: 'multiple' });
  let maxLen = 0;
  for (const k of map.keys()) maxLen = Math.max(maxLen, k.length);
  return { map, maxLen };
}

const LEXICON = buildLexicon();

/** Matches a Chinese unit at `pos` in `text` (longest first), or null. */
export function matchChineseUnit(text: string, pos: number): UnitMatch | null {
  for (let len = Math.min(LEXICON.maxLen, text.length - pos); len >= 1; len--) {
    const s = text.slice(pos, pos + len);
    const entry = LEXICON.map.get(s) ?? (rateAfter(text, pos + len) ? RATE_ONLY_NUMERATORS[s] : undefined);
    if (!entry) continue;
    const per = rateAfter(text, pos + len);
    if (per) {
      // The unit grammar: a rate keeps both units (吨/年), written with / however the text wrote it.
      return {
        text: text.slice(pos, pos + len + 1 + per.length),
        unit: `${entry.unit}/${per}`,
        kind: entry.kind,
        scale: entry.scale ?? 1,
      };
    }
    const blocked = BLOCKED_AFTER[s];
    if (blocked && blocked.test(text.slice(pos + len, pos + len + 2))) continue;
    return { text: s, unit: entry.unit, kind: entry.kind, scale: entry.scale ?? 1 };
  }
  return null;
}

export function isDurationUnit(unit: string): boolean {
  return DURATION.includes(unit) || unit === '小时' || unit === '秒';
}

// English ---------------------------------------------------------------------------

const EN_PERCENT = /^(?:%|\s*(?:per\s?cent|percent|pct)\b)/i;
const EN_POINTS = /^\s*(?:percentage|basis)\s+points?\b/i;
const EN_MULTIPLE = /^\s*(?:times|fold)\b/i;
const EN_PHYSICAL =
  /^\s*(kilograms?|kg|grams?|tonnes?|tons?|kilometres?|kilometers?|km|miles?|metres?|meters?|square\s+(?:miles|kilometres|kilometers|feet|metres|meters)|acres?|hectares?|litres?|liters?|gallons?|pounds?|lbs?)\b/i;
const EN_DURATION = /^\s*(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;
/** Words after a number that are never its unit. */
const EN_NOT_UNIT = new Set([
  'of',
  'in',
  'to',
  'from',
  'and',
  'or',
  'the',
  'a',
  'an',
  'by',
  'for',
  'on',
  'at',
  'with',
  'per',
  'than',
  'as',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'that',
  'which',
  'this',
  'these',
  'those',
  'it',
  'its',
  'their',
  'compared',
  'against',
  'since',
  'after',
  'before',
  'over',
  'under',
  'between',
  'during',
  'while',
  'when',
  'year',
  'st',
  'nd',
  'rd',
  'th',
  'am',
  'pm',
  'ext',
  'million',
  'billion',
  'thousand',
  'trillion',
]);
/** Adjectives that sit between a number and its counted noun. */
const EN_SKIP_ADJ = new Set([
  'new',
  'additional',
  'more',
  'fewer',
  'extra',
  'total',
  'registered',
  'reported',
  'recorded',
  'full-time',
  'sworn',
  'active',
  'local',
  'serious',
  'violent',
  'fatal',
  'major',
  'minor',
  'separate',
  'other',
  'young',
  'individual',
  'unique',
  'public',
  'private',
  'affordable',
]);

export interface EnglishUnitMatch extends UnitMatch {
  length: number;
}

/** Matches an English unit right after a number (the match may start with spaces). */
export function matchEnglishUnit(
  text: string,
  pos: number,
  hasCurrency: boolean,
  singular = false,
): EnglishUnitMatch | null {
  const rest = text.slice(pos, pos + 60);
  let m = EN_POINTS.exec(rest);
  if (m) return { text: m[0], unit: '百分点', kind: 'points', scale: 1, length: m[0].length };
  m = EN_PERCENT.exec(rest);
  if (m) return { text: m[0], unit: '%', kind: 'percent', scale: 1, length: m[0].length };
  if (hasCurrency) return null;
  m = EN_MULTIPLE.exec(rest);
  if (m) return { text: m[0], unit: '倍', kind: 'multiple', scale: 1, length: m[0].length };
  m = EN_PHYSICAL.exec(rest);
  if (m)
    return {
      text: m[0],
      unit: m[1].toLowerCase().replace(/\s+/g, ' '),
      kind: 'physical',
      scale: 1,
      length: m[0].length,
    };
  m = EN_DURATION.exec(rest);
  if (m) return { text: m[0], unit: m[1].toLowerCase(), kind: 'duration', scale: 1, length: m[0].length };
  // A counted noun: "1.6 million residents", "236,000 new jobs", "1,206 fraud complaints".
  // After a number other than one the counted noun is plural; a singular word there is a
  // modifier ("911 answer time"), so look a word or two further for the plural.
  let consumed = 0;
  for (let hop = 0; hop < 3; hop++) {
    const word = /^(\s+)([A-Za-z][A-Za-z'-]*)/.exec(rest.slice(consumed));
    if (!word) return null;
    const w = word[2];
    const lower = w.toLowerCase();
    consumed += word[0].length;
    if (EN_NOT_UNIT.has(lower) || /^[A-Z]/.test(w) || !/^[a-z][a-z'-]*$/.test(w)) return null;
    if (EN_SKIP_ADJ.has(lower)) continue;
    if (w.length >= 3 && (isPluralNoun(lower) || singular)) {
      return { text: rest.slice(0, consumed), unit: lower, kind: 'count', scale: 1, length: consumed };
    }
  }
  return null;
}

/** Nouns that count things in English reports, plural by form or by nature. */
const EN_COLLECTIVE = new Set([
  'staff',
  'personnel',
  'people',
  'police',
  'children',
  'youth',
  'men',
  'women',
  'cattle',
  'sheep',
  'fish',
  'livestock',
  'aircraft',
  'equipment',
]);

function isPluralNoun(w: string): boolean {
  if (EN_COLLECTIVE.has(w)) return true;
  return /[^s]s$|ies$|ses$|xes$|ches$|shes$/.test(w) && !/(?:ness|less|ous|ss|us|is)$/.test(w);
}
