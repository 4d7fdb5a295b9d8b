// Number words of English reports: approximation phrases before a figure.
import type { Approx } from '../../types';

export const EN_PREFIX_APPROX: Array<[RegExp, Approx]> = [
  // `just over 6 per cent`, `just under £2m`: the adverb belongs to the approximation; `not less than 3.5%` is a floor,
  // `no more than`, `just short of` a ceiling; `N149.8 billion above N1.022 trillion` and `15.56% more than 61.30 MT` set a
  // figure against a basis.
  [
    /(?:\b(?:just|well|slightly|a little)\s+)?\b(?:(?<!\b(?:no|not)\s)(?<!\d\s?(?:%|percent|per cent)\s)(?:more than|greater than)|over|at least|upwards of|(?:in|an) excess of|(?:a\s+)?minimum of|(?<!\d(?:\.\d+)?(?:\s*(?:%|percent|per cent|million|billion|trillion|bn))?\s)above|north of|(?:no|not) (?:less|fewer) than)\s+$/i,
    'over',
  ],
  // "edged up to 2.1%" is a level reached, not a ceiling.
  [
    /(?:\b(?:just|well|slightly|a little)\s+(?=(?:less than|fewer than|under|below)\b))?\b(?:(?<!\b(?:no|not)\s)(?:less than|fewer than)|under|below|(?<!\b(?:edged|moved|went|gone|goes|go|going|crept|ticked|rose|climbed|jumped|picked|shot|added|adding|adds|add)\s)up to|(?:no|not) more than|at most|(?:a\s+)?maximum of|(?:just )?short of|south of|within)\s+$/i,
    'under',
  ],
  // "in the vicinity of $400 billion", "in the region of 300", "on the order of 5%": about.
  // "an approximate 1,000 pensioners": the adjective, as approximately (not "an estimated": a status, the GUIDE's
  // words of approximation are not it).
  [
    /\b(?:nearly|near|almost|about|around|approximately|roughly|some|close to|(?:an\s+)?approximate|approx\.|in the (?:vicinity|region|neighbou?rhood) of|(?:on|of) the order of)\s+$/i,
    'about',
  ],
  // "c.12.7% of the total", "ca. 300 staff", "circa 40 sites": circa and its abbreviations (not the end of "etc.").
  [/\b(?:c|ca)\.\s?$|\bcirca\s+$/i, 'about'],
  // "(≈4,800)", "~5%": a sign of approximation (after a space or a bracket, not a range's 5~10).
  [/(?:^|(?<=[\s(]))[≈~]\s?$/, 'about'],
  // "(<1%)", ">50%": a sign of a ceiling or a floor (after a space or a bracket, not an arrow's ->).
  [/(?:^|(?<=[\s(]))[<≤]\s?$/, 'under'],
  [/(?:^|(?<=[\s(]))[>≥]\s?$/, 'over'],
  // "show about an 8% increase", "roughly a 5 percent rise": the approximation stands before the article (about only
  // after a verb or "of", where it cannot be the preposition: "concerns about a 5% rise").
  [
    /(?:\b(?:nearly|almost|approximately|roughly|around)|(?<=\b(?:shows?|showed|showing|saw|sees?|is|was|were|are|represents?|represented|marks?|marked|by|of)\s)about)\s+an?\s+$/i,
    'about',
  ],
];

/**
 * Approximation written after the figure and its unit: "30% or more", "20 or fewer", "50 or so"; not a restatement
 * ("about 17% or more than 1 million more calls", "$6 billion or less than 1 per cent").
 */
export const EN_SUFFIX_APPROX: Array<[RegExp, Approx]> = [
  // "30% or more", "130%, or more,"; "43,000 plus active duty", "5,000-plus" (a plus written after the figure).
  [/^,?\s+or\s+(?:more|over|above|higher|greater|upwards)\b(?!\s+than\b)(?!\s*[$£€\d])/i, 'over'],
  [/^(?:\s+|-)plus\b(?!\s*[$£€\d(])/i, 'over'],
  // "20 percent and above", "aged 65 and over" (not "13.3 percent and above the target of 14 percent").
  [/^\s+and\s+(?:above|over)\b(?!\s*[$£€\d])(?!\s+(?:the|a|an|its|their|our|this|that|last)\b)/i, 'over'],
  [/^\s+or\s+(?:less|fewer|under|below|lower)\b(?!\s+than\b)(?!\s*[$£€\d])/i, 'under'],
  [/^\s+or\s+(?:so|thereabouts)\b/i, 'about'],
];

/** The scale words written in full (a regex source): Indian English's lakh and crore beside the short scale. */
export const EN_SCALE_WORDS = 'thousand|million|billion|trillion|lakhs?|lacs?|crores?';

/**
 * A counted noun right after a scale letter (1.8m tons, 2m people, 3bn passengers, 142m square nautical miles), or
 * after one word that qualifies it (1.7m heritage items; not a length's 5m high walls): not a length's m.
 */
export const EN_COUNTED_AFTER_SCALE_LETTER =
  /^\s+(?:(?!(?:long|high|wide|tall|deep|thick|away|below|above|under|over|in|of|to|and|or)\b)[a-z]{3,}\s+(?=[a-z]{3,}s\b))?(?:square\s+(?:nautical\s+)?(?:miles|kilometres|kilometers|metres|meters|feet)\b|(?:(?:metric|short|long)\s+)?(?!(?:metres|meters|miles|months|minutes|seconds)\b)[a-z]{3,}s\b|(?:head|people|sheep|cattle|livestock|poultry|deer|swine)\b)/;
/** m, b, k and cr are scale words only after a currency sign ($3m, $1.9b, £20k, Rs 500 cr). */
export const EN_SCALE_ONLY_WITH_CURRENCY = /^(m|b|k|cr|tr|bil|mil)$/i;

/** No. 5, #3: a number of an item, not a quantity. */
export const EN_NUMBER_SIGN_BEFORE = /\b(?:No\.|no\.|#)\s?$/;

/** 1st, 22nd, 3rd, 4th: ordinals. */
export const EN_ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/;

/** a hundred, a third: the article opens a number. */
export const EN_A_SCALE_WORD = /^an?\s+(hundred|thousand|million|billion|third|half|quarter)\b/i;

/** The next word of a number written in words (two hundred and five). */
export const EN_NEXT_NUMBER_WORD = /^(\s+|-)(and\s+)?([A-Za-z]+(?:-[A-Za-z]+)?)/i;

/** Fraction words that continue a number written in words. */
export const EN_FRACTION_WORD = /^(thirds?|halves|half|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)$/;

/** A number in words that ends in a fraction word is a share. */
export const EN_FRACTION_END = /(third|half|halves|quarter|fourth|fifth|sixth|eighth|tenth)s?$/i;

/** Fraction words that also name a period (four quarters, the second half): a share only before "of". */
export const EN_PERIOD_FRACTION_END = /(?:half|halves|quarters?)$/i;

/** one and a half, five and a quarter: a whole number, then "and a" and a fraction word. */
export const EN_AND_A_FRACTION = /^\s+and\s+(?:a|an|one)\s+(half|quarter|third)\b/i;

/** Only small whole numbers take "and a half" (one million and a half is not written in reports). */
export const EN_MIXED_NUMBER_MAX = 100;

/** half a million, half a billion. */
export const EN_HALF_OF_SCALE = /^half\s+(?:a\s+)?(thousand|million|billion|trillion)\b/i;

/** a two-year plan, a 10-day trip: a number in a compound adjective. */
export const EN_COMPOUND_UNIT_AFTER = /^\s*(?:-|–)\s*(?:year|month|day|week|hour|minute|time)s?\b/i;

/** Dollars of other countries by their letters before the sign (HK$, NZ$ …); a bare $ is the US dollar (GUIDE). */
export const EN_DOLLAR_NAMES: Readonly<Record<string, string>> = {
  US: '美元',
  HK: '港元',
  NZ: '纽元',
  NT: '新台币',
  A: '澳元',
  AU: '澳元',
  C: '加元',
  CA: '加元',
  CAN: '加元',
  S: '新加坡元',
  SG: '新加坡元',
  MOP: '澳门元',
  // The Caribbean's dollars: Jamaica's, Trinidad and Tobago's, the Eastern Caribbean's.
  J: '牙买加元',
  TT: '特立尼达和多巴哥元',
  EC: '东加勒比元',
  // the Cayman Islands' dollar (KY$403.2 million)
  KY: '开曼元',
  // Namibia's (N$624,9 million) and Fiji's (FJ$1.2 billion) dollars
  N: '纳米比亚元',
  FJ: '斐济元',
};

/** The letters of EN_DOLLAR_NAMES, longest first (CAN before CA before C). */
const DOLLAR_LETTERS = Object.keys(EN_DOLLAR_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Currencies written as letters before a figure (USD 5 million, SDR 15.7 million, Rs 500, SEK 158 billion) or after it
 * (51,400 million ISK), by the name the annotation guide gives money; the Special Drawing Right has no such name and
 * keeps its letters.
 */
export const EN_CURRENCY_CODES: Readonly<Record<string, string>> = {
  USD: '美元',
  EUR: '欧元',
  GBP: '英镑',
  CNY: '元',
  RMB: '元',
  HKD: '港元',
  JPY: '日元',
  AUD: '澳元',
  CAD: '加元',
  NZD: '纽元',
  SGD: '新加坡元',
  JMD: '牙买加元',
  TTD: '特立尼达和多巴哥元',
  CHF: '瑞士法郎',
  INR: '卢比',
  Rs: '卢比',
  // Bhutan's ngultrum (Nu 75, Nu. 5 million), Kazakhstan's tenge, Mongolia's tögrög
  Nu: '努尔特鲁姆',
  BTN: '努尔特鲁姆',
  KZT: '坚戈',
  AMD: '亚美尼亚德拉姆',
  // the Maldivian rufiyaa (MVR19.2 million)
  MVR: '拉菲亚',
  MNT: '图格里克',
  PHP: '比索',
  Php: '比索',
  SEK: '瑞典克朗',
  NOK: '挪威克朗',
  DKK: '丹麦克朗',
  ISK: '冰岛克朗',
  ZAR: '兰特',
  MYR: '林吉特',
  THB: '泰铢',
  IDR: '印尼盾',
  KRW: '韩元',
  TWD: '新台币',
  MOP: '澳门元',
  NIS: '以色列新谢克尔',
  HRK: '克罗地亚库纳',
  PKR: '卢比',
  KES: '肯尼亚先令',
  Ksh: '肯尼亚先令',
  KSh: '肯尼亚先令',
  // (Kshs 4,405.86 billion, a debt bulletin's plural)
  Kshs: '肯尼亚先令',
  KShs: '肯尼亚先令',
  UGX: '乌干达先令',
  TZS: '坦桑尼亚先令',
  NGN: '奈拉',
  // Letters the press of East and West Africa and South Asia writes apart from the figure (Shs 1.492 trillion,
  // Le 4.35 trillion, Tk 500 crore, Rp 5,000).
  Shs: '乌干达先令',
  USh: '乌干达先令',
  TSh: '坦桑尼亚先令',
  Le: '利昂',
  SLL: '利昂',
  Tk: '塔卡',
  BDT: '塔卡',
  Rp: '印尼盾',
  Rwf: '卢旺达法郎',
  Frw: '卢旺达法郎',
  FRW: '卢旺达法郎',
  RWF: '卢旺达法郎',
  LKR: '卢比',
  NPR: '卢比',
  // The Pacific's and the Caribbean's dollars, and other codes written after a figure in speeches (491 million FJD).
  FJD: '斐济元',
  WST: '萨摩亚塔拉',
  PGK: '基那',
  XCD: '东加勒比元',
  BBD: '巴巴多斯元',
  BSD: '巴哈马元',
  BZD: '伯利兹元',
  GYD: '圭亚那元',
  BWP: '普拉',
  NAD: '纳米比亚元',
  ZMW: '克瓦查',
  GHS: '塞地',
  // The Gulf's and the Middle East's (SAR3.1 trillion, AED 232.7 billion).
  SAR: '沙特里亚尔',
  AED: '阿联酋迪拉姆',
  // Dubai's press (Dh 14.2 trillion, Dhs 500 million)
  Dh: '阿联酋迪拉姆',
  Dhs: '阿联酋迪拉姆',
  QAR: '卡塔尔里亚尔',
  OMR: '阿曼里亚尔',
  KWD: '科威特第纳尔',
  BHD: '巴林第纳尔',
  JOD: '约旦第纳尔',
  EGP: '埃及镑',
  // Egypt's press writes its pound LE (LE 1.1 trillion)
  LE: '埃及镑',
  SDR: 'SDR',
};

export const CURRENCY_CODE_LETTERS = Object.keys(EN_CURRENCY_CODES).join('|');

/**
 * The rupee sign as Indian PDF text prints it: the Rupee Foradian font draws ₹ for a backtick, so a CAG or state
 * budget report's `98,281 is ₹98,281 (never after a word or another backtick, and not a Markdown code span: see
 * EN_CODE_SPAN_CLOSE).
 */
export const EN_RUPEE_BACKTICK = '`';
/** A backtick right after the figure closes a Markdown code span (`2024`): no rupee sign before it. */
export const EN_CODE_SPAN_CLOSE = /^`/;

/** Currency signs other than the dollar's, euro's, pound's and yen's, by the name the annotation guide gives money. */
export const EN_CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  '₱': '比索',
  '₹': '卢比',
  '₨': '卢比',
  [EN_RUPEE_BACKTICK]: '卢比',
  '฿': '泰铢',
  '₩': '韩元',
  '₦': '奈拉',
  '₵': '塞地',
  'GH₵': '塞地',
  'GH¢': '塞地',
  '৳': '塔卡',
  '₫': '越南盾',
  '₺': '里拉',
  '₪': '谢克尔',
};
const CURRENCY_SIGNS = Object.keys(EN_CURRENCY_SIGNS)
  .filter((sign) => sign !== EN_RUPEE_BACKTICK)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A currency sign or code right before a figure ($3.5bn, HK$20, €5, ₱6.67, ₹500, GH¢611, Rs 500, Ksh. 594, ฿20, USD 5). */
export const EN_CURRENCY_BEFORE = new RegExp(
  `((?<![A-Za-z])(?:${DOLLAR_LETTERS})\\$|\\$|€|£|¥|￥|${CURRENCY_SIGNS}|(?<![\\w\`])\`|(?<![A-Za-z])(?:Rs\\.?|Nu\\.?|K[Ss]h\\.?|Tk\\.?|(?:US|U\\.S\\.)\\s+dollars|${CURRENCY_CODE_LETTERS})(?=\\s?$))\\s?$`,
);
/**
 * The Gulf's and Malaysia's currency letters set apart from a figure by one space (SAMA's "SR 10.9 Billion", "RM 41.7
 * billion"): money only before a scale word (SR 10 is also a state route). Group 1 the letters.
 */
export const EN_SPACED_CURRENCY_LETTERS_BEFORE = /(?<![A-Za-z])(SR|QR|KD|BD|JD|RO|RM|Dhs?) $/;
/**
 * A money figure after a currency's letters glued to it: a figure with decimals, a scale word, a rate or a slash
 * (P229.9 billion, P6.67 per kilogram, P58.19/US$1, RM41.69 billion; P35 855.6 million, grouped with spaces, before a
 * scale word; K3,625,807,553, grouped with commas; R3 694 742 928, grouped with spaces into millions or more). Test on the
 * text from the figure on.
 */
export const EN_MONEY_FIGURE_AFTER_LETTERS =
  /^(?:\d{1,3}(?:,\d{3})*(?:\.\d+)(?![\d.])|\d{1,3}(?:,\d{3})+(?![\d.]|,\d)|\d[\d,]*(?:\.\d+)?\s*(?:million|billion|trillion|bn|mn|m|tr|bil|mil|crores?|lakhs?)\b|\d{1,3}(?:[ \u00a0]\d{3})+(?:\.\d+)?\s*(?:million|billion|trillion|bn)\b|\d{1,3}(?:[ \u00a0]\d{3}){2,}(?:\.\d+)?(?![\d.,]\d)|\d[\d,]*(?:\.\d+)?(?:\s+per\b|\/))/;
/** A figure with a scale word after it (N22.8 billion): what a letter that is also a label's needs to name money. */
export const EN_SCALED_FIGURE_AFTER_LETTERS =
  /^\d[\d,]*(?:\.\d+)?\s*(?:[Mm]illion|[Bb]illion|[Tt]rillion|bn|mn|tr|bil|mil)\b/;
/**
 * Currencies written as letters glued to a figure, as the press of the country that uses them prints them: the
 * Philippine peso's P, the South African rand's R, the Malaysian ringgit's RM, the Nigerian naira's N, the Ghanaian cedi's
 * GH (its ¢ lost by a web page), the Kenyan press's Sh and KSh, the Ugandan press's Shs, the Gambian dalasi's D, the rupee's
 * Rs and the taka's Tk. A capital
 * after no letter, before a money figure (EN_MONEY_FIGURE_AFTER_LETTERS); the letters in
 * EN_LETTERS_NAMING_MONEY_ONLY_WHEN_SCALED also name a label or a grade (N2.5, a nitrogen rate, D3 vitamin) and name
 * money only before a scale word.
 */
export const EN_GLUED_CURRENCY_LETTERS: Readonly<Record<string, string>> = {
  P: '比索',
  R: '兰特',
  RM: '林吉特',
  N: '奈拉',
  GH: '塞地',
  GHC: '塞地',
  Sh: '肯尼亚先令',
  Shs: '乌干达先令',
  D: '达拉西',
  // Pakistan's and India's press (Rs2,565 billion, Rs25 crore), Kenya's (KSh1.2 billion), Bangladesh's (Tk3,500 crore)
  Rs: '卢比',
  KSh: '肯尼亚先令',
  Ksh: '肯尼亚先令',
  Tk: '塔卡',
  // Thailand's press (Bt29.5 billion, Bt1,200)
  Bt: '泰铢',
  // The Gulf's press: the UAE dirham (Dh232.7 billion, Dhs5 million), the Saudi and Qatari riyals (SR3.1 billion,
  // QR12 billion), the Kuwaiti, Bahraini and Jordanian dinars (KD1.2 billion, BD300 million, JD5 million), the Omani rial
  // (RO1.5 billion).
  Dh: '阿联酋迪拉姆',
  Dhs: '阿联酋迪拉姆',
  SR: '沙特里亚尔',
  QR: '卡塔尔里亚尔',
  KD: '科威特第纳尔',
  BD: '巴林第纳尔',
  JD: '约旦第纳尔',
  RO: '阿曼里亚尔',
  // The Philippine peso as its Mines and Geosciences Bureau writes it (PhP62.92 billion).
  PhP: '比索',
  Php: '比索',
  // Sierra Leone's new leone (NLe7.5 billion; Le before the 2022 redenomination), Rwanda's franc (Rwf176.1b).
  NLe: '利昂',
  Le: '利昂',
  Rwf: '卢旺达法郎',
  RWF: '卢旺达法郎',
  FRW: '卢旺达法郎',
};
/**
 * A negative written as a word right before a figure ("registered a minus 4.2 per cent", "compared to the negative 7.5
 * growth"), not the "plus or minus" of a margin of error.
 */
export const EN_NEGATIVE_WORD_BEFORE = /(?<!\bor\s)(?<![A-Za-z])(?:minus|negative)\s$/i;
/** A thousands group after a comma and one space (21, 870), or a plain one after such a group (1, 215, 975). */
export const EN_SPACED_COMMA_GROUP = /^, ?\d{3}(?![\d])(?!\.\d)/;
/** Before a figure, what makes ", 870" a list's next item: a figure and a comma, or a month and its day. */
// "In 2006/07, 286,033 reports": the second year of a fiscal year (after / or -) is no thousands' head.
export const EN_NO_SPACED_GROUP_BEFORE =
  /(?:\d[/\-–]|\d\s?,\s?|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s)$/;
/** After the groups: a word (the counted noun), or the sentence's or clause's end. */
export const EN_AFTER_SPACED_COMMA_GROUPS = /^(?:\s[a-zA-Z]|[.;:)]|\s*$)/;
export const EN_LETTERS_NAMING_MONEY_ONLY_WHEN_SCALED: ReadonlySet<string> = new Set([
  'N',
  'D',
  'SR',
  'QR',
  'KD',
  'BD',
  'JD',
  'RO',
  'Le',
]);
/** A text that speaks of Japan or the yen. */
const EN_JAPAN_NAMED = /\b(?:yen|Japan|Japanese|Tokyo|Jiji|Nikkei|Bank of Japan)\b/;
/**
 * Letters and signs that name a currency only in a text about a country that uses it: Zambia's and Malawi's kwacha (K61.1
 * billion), Papua New Guinea's kina (K685.5 million), Botswana's pula (P35 855.6 million; elsewhere P is the Philippine
 * peso, EN_GLUED_CURRENCY_LETTERS), Tanzania's and Uganda's shillings (Sh1.987 trillion; elsewhere Kenya's). Read before a money figure (EN_MONEY_FIGURE_AFTER_LETTERS), like the letters above;
 * the first currency whose country the text names within EN_COUNTRY_NAMED_REACH characters is the one.
 */
export const EN_COUNTRY_CURRENCY_LETTERS: Readonly<Record<string, readonly { unit: string; named: RegExp }[]>> = {
  K: [
    { unit: '克瓦查', named: /\b(?:Zambia|Zambian|Malawi|Malawian|kwacha|Lusaka|Lilongwe)\b/ },
    { unit: '基那', named: /\b(?:Papua New Guinea|PNG|kina|Port Moresby)\b/ },
  ],
  P: [{ unit: '普拉', named: /\b(?:Botswana|Batswana|pula|Gaborone)\b/ }],
  // Zambia's rebased kwacha (KR192.8 million, from 2013).
  KR: [{ unit: '克瓦查', named: /\b(?:Zambia|Zambian|kwacha|Lusaka)\b/ }],
  // ¥ is the yen in a text that speaks of Japan or the yen (Jiji Press: a current account surplus of ¥1.8951 trillion),
  // the yuan elsewhere (and in Chinese text, which this table is not read for).
  '¥': [{ unit: '日元', named: EN_JAPAN_NAMED }],
  '￥': [{ unit: '日元', named: EN_JAPAN_NAMED }],
  // Sh is Kenya's shilling unless the text is about Tanzania's or Uganda's (TRA has collected Sh1.987 trillion).
  Sh: [
    { unit: '肯尼亚先令', named: /\b(?:Kenya|Kenyan|Nairobi|KRA)\b/ },
    { unit: '坦桑尼亚先令', named: /\b(?:Tanzania|Tanzanian|Dar es Salaam|Dodoma|TRA)\b/ },
    { unit: '乌干达先令', named: /\b(?:Uganda|Ugandan|Kampala|URA)\b/ },
  ],
  // The Gulf's riyals and rials, dinars and dirhams written as words after a figure (506 Billion Riyals): whose, the
  // country the text names says.
  riyal: [
    { unit: '沙特里亚尔', named: /\b(?:Saudi|Saudis|Riyadh|GASTAT|SAMA)\b/ },
    { unit: '卡塔尔里亚尔', named: /\b(?:Qatar|Qatari|Doha)\b/ },
    { unit: '阿曼里亚尔', named: /\b(?:Oman|Omani|Muscat|Sultanate)\b/ },
    { unit: '伊朗里亚尔', named: /\b(?:Iran|Iranian|Tehran)\b/ },
    { unit: '也门里亚尔', named: /\b(?:Yemen|Yemeni|Sanaa)\b/ },
  ],
  dinar: [
    { unit: '科威特第纳尔', named: /\b(?:Kuwait|Kuwaiti)\b/ },
    { unit: '巴林第纳尔', named: /\b(?:Bahrain|Bahraini|Manama)\b/ },
    { unit: '约旦第纳尔', named: /\b(?:Jordan|Jordanian|Amman)\b/ },
    { unit: '伊拉克第纳尔', named: /\b(?:Iraq|Iraqi|Baghdad)\b/ },
    { unit: '突尼斯第纳尔', named: /\b(?:Tunisia|Tunisian|Tunis)\b/ },
    { unit: '阿尔及利亚第纳尔', named: /\b(?:Algeria|Algerian|Algiers)\b/ },
    { unit: '塞尔维亚第纳尔', named: /\b(?:Serbia|Serbian|Belgrade)\b/ },
  ],
  dirham: [
    { unit: '阿联酋迪拉姆', named: /\b(?:UAE|Emirates|Emirati|Dubai|Abu Dhabi|Sharjah)\b/ },
    { unit: '摩洛哥迪拉姆', named: /\b(?:Morocco|Moroccan|Rabat|Casablanca)\b/ },
  ],
};
/** A currency's word (either case, singular or plural) and its key in EN_COUNTRY_CURRENCY_LETTERS. */
export const EN_COUNTRY_CURRENCY_WORDS: Readonly<Record<string, string>> = {
  riyal: 'riyal',
  riyals: 'riyal',
  rial: 'riyal',
  rials: 'riyal',
  dinar: 'dinar',
  dinars: 'dinar',
  dirham: 'dirham',
  dirhams: 'dirham',
};
/** How much of a text is read for the country it speaks of (a release names it early). */
export const EN_COUNTRY_NAMED_REACH = 4000;
/**
 * The scale words written after a figure (1.6 million, $3.5bn), also across a hard wrap with the next line
 * indented ($1.5⏎    billion), or the spaces left where such lines were joined, or a hyphen in a compound adjective (a
 * 0.4-million-ton drop) or as the Philippine and South African press write it (P3.73-billion earnings, R10.9-billion);
 * not across a blank line.
 */
export const EN_SCALE_AFTER = new RegExp(
  String.raw`^(?:[ \t\u00a0]{0,8}|-(?=(?:m|b|tr)illion\b)|[ \t]*\r?\n[ \t]*)(${EN_SCALE_WORDS}|(?:tr|b|m)illions(?!\s+of\b)|hundred|bln|mln|trn|tri(?=\/-)|thous?(?=\.)|bn|mn|tr|bil|mil|m|b|k|cr)\b`,
  'i',
);

/**
 * "7 minutes 15 seconds", "2 hours and 45 minutes": a duration in two units is one figure, counted in the smaller unit
 * (the unit after the second figure). Group 1 the smaller part.
 */
export const EN_MINUTES_AFTER_HOURS =
  /^[ \t]+(?:hours?|hrs?)[ \t]+(?:and[ \t]+)?(\d{1,2})(?=[ \t]+(?:minutes?|mins?)\b)/i;
export const EN_SECONDS_AFTER_MINUTES =
  /^[ \t]+(?:minutes?|mins?)[ \t]+(?:and[ \t]+)?(\d{1,2})(?=[ \t]+(?:seconds?|secs?)\b)/i;

/**
 * 13 billion 942 million dollars, 2 million 500 thousand: a whole number of a scale word, then the smaller scale's
 * part (translated statistical releases write amounts so); one figure, the parts added up.
 */
// 1 trillion 944 billion and 151.8 million AMD (Armenia's statistics service): one part after another, "and" before the
// last, which may have a decimal.
export const EN_SMALLER_SCALE_PART =
  /^[ \t\u00a0]+(?:and[ \t\u00a0]+)?(\d{1,3}(?:\.\d+)?)[ \t\u00a0]+(billion|million|thousand|lakhs?|lacs?)\b/i;
/** 184 thousand 796 drams, 218 thousand and 173 drams: the units below the last thousand, before the counted noun. */
export const EN_UNITS_BELOW_THOUSAND = /^[ \t\u00a0]+(?:and[ \t\u00a0]+)?(\d{1,3})(?![\d.,])(?=[ \t\u00a0]+[A-Za-z])/;
/**
 * Rs 11 thousand 180 crore, Rs 12 thousand 900 crores 21 lakh: Indian press releases write thousands of crores as words,
 * the crores below them after the thousand. Group 1 the crores.
 */
export const EN_CRORES_AFTER_THOUSAND = /^[ \t\u00a0]+(\d{1,3})[ \t\u00a0]+crores?\b/i;

/** A crore (ten million). */
export const EN_CRORE = 1e7;
/** £213.290 millions: council accounts write the scale word in the plural after a figure; read as the singular. */
export const EN_PLURAL_ILLION = /(illion)s$/;

/** The abbreviated scale words' values (the words themselves are in EN_SCALES). */
export const EN_SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  bn: 1e9,
  // 133,7 thou. tourists: Moldova's statistics bureau abbreviates the thousand.
  thou: 1e3,
  thous: 1e3,
  // EUR 12.0 bln, 3.5 mln tonnes: European releases' abbreviations.
  bln: 1e9,
  mln: 1e6,
  trn: 1e12,
  // 10.626tri/-: Tanzania's press, trillions of shillings (only before the shilling mark /-).
  tri: 1e12,
  // Rs284tr, Rs9.769tr: Pakistan's press writes trillions of rupees so (after a currency only).
  tr: 1e12,
  // RM11.76bil, RM500mil: Malaysia's press (after a currency only).
  bil: 1e9,
  mil: 1e6,
  b: 1e9,
  mn: 1e6,
  m: 1e6,
  k: 1e3,
  cr: 1e7,
};

/**
 * Rs 1.5 lakh crore, ₹20 thousand crore: Indian English stacks a crore (ten million) on a smaller scale word, so
 * the crore multiplies the first scale. Group 1 the crore.
 */
export const EN_CRORE_AFTER_SCALE = /^[ \u00a0](crores?|cr)\b/i;
/** The scale words a crore may follow (a lakh crore is 10^12). */
export const EN_SCALES_BEFORE_CRORE = /^(?:lakhs?|lacs?|thousand|hundred)$/i;

/**
 * 1,00,000 and 12,34,567: Indian grouping (a lakh, ten lakh), two-digit groups before the last three; tested on the
 * text after one or two leading digits.
 */
export const EN_INDIAN_DIGIT_GROUPS = /^(?:,\d{2})+,\d{3}(?![\d]|,\d)/;
/** The first word of a number written in words (twenty-five). */
export const EN_NUMBER_WORD_START = /^[A-Za-z]+(?:-[A-Za-z]+)?/;

/**
 * After a figure grouped with spaces (40 000): a word or a spaced %, a dash set apart (a fact sheet's `10 000 – unemployed
 * youth`), a closing bracket, or the end of the sentence or the text.
 */
// 105 634 (39 per cent): a bracket opening after a space.
export const EN_AFTER_SPACE_GROUPS =
  /^(?:[ \u00a0][A-Za-z%(]|[ \u00a0][–—-][ \u00a0]|[ \u00a0]?[•·▪]|[ \u00a0]*\n|[.,;:!?](?:\s|$)|\)|$|(?:ha|kg|km|mm|cm|t)(?![A-Za-z]))/;
/**
 * half, a third, one-third, two-thirds, three quarters: a share written in words, a percentage, when "of" or "the"
 * follows (about half of the grants, two-thirds of applicants); not "four quarters" (a time frame), not "half a
 * century". Group 1 the numerator word (absent for a bare half), group 2 the fraction word.
 */
export const EN_FRACTION_SHARE =
  /^(?:(an?|one|two|three|four)[\s-])?(half|thirds?|quarters?|fifths?)(?=\s+(?:of|the)\b)/i;

/** The numerator words of EN_FRACTION_SHARE. */
export const EN_FRACTION_NUMERATORS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

/** The denominators of the fraction words (singular form). */
export const EN_FRACTION_DENOMINATORS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5 };

/** the first half of 2024, the second quarter, the latter half: a part of a period, not a share. */
export const EN_PERIOD_PART_BEFORE =
  /\b(?:first|second|third|fourth|last|latter|former|final|this|that|each|every)\s+$/i;

/**
 * 3 in 10, one in five, 2 out of 3, met 29 of its 36 measures: a share written as a ratio, a percentage (group 1 the
 * denominator, digits or a word); not "5 in 2024" (a year; checked by the caller) and not before a unit of its own
 * (3 in 10 percent). A bare "of" only with the whole's owner (of its, of their): "Section 3 of 12" counts nothing.
 */
export const EN_RATIO_IN_AFTER =
  /^\s+(?:in|out\s+of(?:\s+(?:its|their|our|the))?|of\s+(?:its|their|our))\s+(\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\s+hundred|a\s+thousand)\b(?!\s*(?:%|percent|per\s?cent|-))/i;

/** "met 30 of 36 performance measures", "and 31 of 36": a count of targets met out of all (group 1 the whole). */
export const EN_RATIO_MET_BEFORE = /\b(?:met|meets|achieved|achieves|exceeded|exceeds|passed|missed|reached|and)\s+$/i;
export const EN_RATIO_OF_AFTER = /^\s+of\s+(\d{1,3}(?:,\d{3})*)\b(?!\s*(?:%|percent|per\s?cent|-))(?=\s+[a-z])/;
/** "of" right after a fraction word: four quarters is a time frame, three quarters of them a share. */
export const EN_OF_AFTER = /^\s+of\b/i;

/** A percent or percentage point after a slash fraction, or after the range it opens (1/4 percent, 1/2 to 3/4 percent). */
export const EN_PERCENT_AFTER_FRACTION =
  /^(?:\s*(?:to|-|–)\s*(?:\d{1,2}-)?\d{1,3}\/\d{1,3})?\s*(?:percent|per\s+cent|percentage\s+points?|pct|%)(?![\w-])/i;

/** The dash of a range written with digits ("3-5 percent", "6–8 percent"), not 至 or 到. */
export const EN_DASH_RANGE_CONNECTOR = /^%?\s?[-\u2013]/;
/** An English word after a range's high end ("3-5 percent", "10-12 states"): the range is English, two figures. */
export const EN_WORD_AFTER_RANGE = /^\s?[A-Za-z]/;

/** Vulgar fractions as one character (¼ ½ ¾ ⅓ …), read alone (around ¼%) or after a whole number (2½ per cent). */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '¼': 0.25,
  '½': 0.5,
  '¾': 0.75,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅕': 0.2,
  '⅖': 0.4,
  '⅗': 0.6,
  '⅘': 0.8,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 0.125,
  '⅜': 0.375,
  '⅝': 0.625,
  '⅞': 0.875,
};

/** Before a span of time written in words that is a measured value ("wait times of three minutes"), not a frame. */
export const EN_DURATION_MEASURED_BEFORE = /\bof\s+$/i;
