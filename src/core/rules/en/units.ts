// Units of English reports as data: percent and percentage points, multiples, physical units,
// durations, the words that are never a unit, the adjectives between a number and its counted noun,
// and the nouns that count though not plural in form. numbers/units.ts reads them.
import { EN_SCALE_WORDS } from './numbers';

/**
 * 2.4 percent, 2.4%, 50.9 % (a space before the sign, as Eurostat writes), BLS's compound adjective (a 0.2-percent
 * increase) and the Indian press's pc (15.6 pc growth).
 */
export const EN_PERCENT =
  /^(?:[ \u00a0\u202f]?%|(?:\s*|-)(?:per(?:\s*|-)cent|percent|pct)\b(?![\s-]+points?\b)|\s?pc\b(?![.-]))/i;

/** The basis-point form of EN_POINTS ("25 basis points", "a 50-basis-point cut"). */
export const EN_BASIS_POINT_WORD = /basis/i;
/**
 * 0.3 percentage point, 25 basis points, a 0.5-percentage-point rise, 0.5%p (Korean releases), 0.5pp and 1.6pps (UK
 * press), -0.28 percent points (Nigeria's NBS), 31.5% points (Ireland's SEAI), 0.4 p.p. (Brazil's IBGE).
 */
/** "rose by 0.3 of a point", "0.2 of a percentage point": a fraction of a point (group 1: a percentage point). */
export const EN_OF_A_POINT = /^\s+of\s+a\s+(percentage\s+)?point\b/i;
export const EN_POINTS =
  /^(?:(?:\s*|-)(?:percentage|per\s*cent|percent|basis|%)[\s-]+points?\b|%p(?![A-Za-z])|pp(?:ts?|s)?(?![A-Za-z])|\s?p\.\s?p\.)/i;

/**
 * "This rate was 2.4 points lower than …", "5.3 points better than the national rate": bare points set against
 * another figure are percentage points when their sentence names a rate or a percentage (EN_RATE_NEAR);
 * an index's points (business confidence 10 points higher) stay points.
 */
export const EN_BARE_POINTS_COMPARED = /^\s*points?(?=\s+(?:higher|lower|better|worse|above|below|less|more)\b)/i;
/** Bare points or pts after a figure (EN_RATE_MOVED_BY_POINTS says whether a rate moved by them). */
export const EN_BARE_POINTS = /^\s*(?:points?|pts)\b/i;
/**
 * "Unemployment rate decreased 0.2 pts to 5.8%": a rate (not a rate index) moved by bare points, read back from the
 * figure's end, moves by percentage points.
 */
export const EN_RATE_MOVED_BY_POINTS =
  /\brates?\b(?![\s-]+ind(?:ex|ices)\b)(?:(?!\band\b)[^.;:,]){0,40}?\b(?:decreased|increased|rose|fell|declined|dropped|climbed|edged\s+(?:up|down)|(?:was|were)\s+(?:up|down)|up|down)(?:\s+by)?\s+\d[\d.]*$/i;
/** "5.5 points of GDP" (France's fiscal council): points of a share of GDP are percentage points. */
export const EN_POINTS_OF_GDP = /^\s*points?(?=\s+of\s+(?:GDP|GNP|GNI|national\s+income)\b)/i;
/** Bare compared points speak of a rate when their sentence names a rate or a percentage, before them or after. */
export const EN_RATE_NEAR = /\brates?\b|\d\s?%|\bper\s?cent\b/i;
/** "per 1,000 residents", "for every 100,000 people", "in 10,000 cars": the base of a rate written after its counted noun. */
export const EN_RATE_BASE_AFTER =
  /^\s+(?:per|for\s+every|in\s+every|in)\s+(?:1,000|10,000|100,000|1,000,000|1000|10000|100000|100 000|10 000|one\s+million|a\s+million|(?:one|a|ten|a\s+hundred)\s+thousand)(?![\d,])/i;
/** The end of the sentence before (a stop and a capital), to keep EN_RATE_NEAR inside the figure's sentence. */
export const EN_SENTENCE_END_BEFORE = /^[^]*[.!?]["”’)]?\s+(?=[A-Z])/;
/** The rest of the figure's sentence. */
export const EN_SENTENCE_REST = /^[^]*?(?:[.!?](?=\s|$)|$)/;
/** The unit a range writes once: percent or percentage points. */
const RANGE_UNIT_WORD = '%|per\\s?cent|percent|percentage\\s+points?';
/** The date an end of a range is dated with ("in February 2017", "at the end of 2018"). */
const RANGE_END_DATE = '(?:in|at\\s+the\\s+end\\s+of)\\s+(?:[A-Z][a-z]+\\s+)?(?:19|20)\\d\\d';

/**
 * from 3.4 to 3.6 percent, between 2 and 3 percent, 3.4-3.6 percent, from 16.7 in February 2017 to 16.0 percent: the
 * first figure of a range takes the unit written once after the second (group 1: "and", group 2: that unit).
 */
export const EN_RANGE_UNIT_AFTER = new RegExp(
  `^(?:\\s+${RANGE_END_DATE}(?![\\d,.]))?\\s*(?:to|(and)|-|–)\\s*[+-]?\\d[\\d,]*(?:\\.\\d+|\\/\\d{1,3}|-\\d\\/\\d{1,2})?(?:\\s*|-)(${RANGE_UNIT_WORD})(?![\\w-])`,
  'i',
);

/** "is respectively 42 and 41 per cent", "are estimated 40 and 17 per cent": a pair of figures right after its verb. */
export const EN_PAIR_AFTER_VERB_BEFORE =
  /\b(?:is|are|was|were|respectively|estimated)\s+(?:(?:about|around|roughly|approximately|some|nearly)\s+)?$/i;
/** "the index reached 197.5 and 7.3% higher …": the second figure is a change of its own, not a pair's end. */
export const EN_PAIR_SECOND_IS_CHANGE_AFTER =
  /^\s+(?:higher|lower|more|less|above|below|up|down|over|under|increase|decrease|rise|fall|growth|drop|decline)\b/i;

/**
 * After a list's bare figure: the rest of a list of plain figures (dash ranges allowed; no thousands separators, so the
 * comma only separates) whose last carries a percent or points word, then "respectively" ("37, 14, and 10 percent,
 * respectively"; "-70, 75, and 80 percent, respectively"). Group: the
 * unit word.
 */
export const EN_RESPECTIVELY_LIST_AFTER =
  /^(?:\s?[-\u2013]\s?\d+(?:\.\d+)?)?(?:,\s\d+(?:\.\d+)?(?:\s?[-\u2013]\s?\d+(?:\.\d+)?)?){0,8},?\s(?:and|or)\s\d+(?:\.\d+)?(?:\s?|-)(%|per\s?cent|percent|percentage\s+points?)(?![\w-]),?\s+respectively\b/i;

/**
 * "recorded 70, 60 and 46 cases", "were 20, 30 and 40 percent": a list of three figures or more written bare, the unit
 * (a percentage or a counted noun) once after the last. Group 1 the items between, group 2 the last figure.
 */
export const EN_BARE_LIST_REST_AFTER = /^((?:,\s\d[\d,]*(?:\.\d+)?)*),?\s(?:and|or)\s(\d[\d,]*(?:\.\d+)?)(?=[\s%])/;
/**
 * "3,423 kidney, 1,227 liver, 419 lung and 4 intestinal transplants": figures each with a modifier word, the counted
 * noun written once after the last (group 1). Not "12 boys and 4 young girls": the figure's own word is no plural.
 */
export const EN_MODIFIED_LIST_REST_AFTER =
  /^\s(?!(?:per|percent|cent|million|billion|thousand|trillion|hundred)\b)[a-z]+(?<!s)(?:,\s\d[\d,]*(?:\.\d+)?\s[a-z]+)*,?\s(?:and|or)\s\d[\d,]*(?:\.\d+)?\s[a-z]+\s(?!(?:across|less|always|perhaps|its|this|was|has|is|as|us|plus|thus|unless|various|previous|whereas|besides|towards|sometimes|business)\b)([a-z]{3,}s)\b/;
/** A figure after an earlier item of such a list ("70, | 60 and 46 cases"). */
export const EN_BARE_LIST_ITEM_BEFORE = /(?:^|[^\d,.])\d[\d,]*(?:\.\d+)?,\s$/;
/** The earlier items of such a list before a figure ("section 3, 4, | and 5"), to find the word before the first. */
export const EN_LIST_ITEMS_BEFORE = /(?:\d[\d,]*(?:\.\d+)?,?\s(?:and\s|or\s)?)+$/;
/** The percent written once after the last figure of a list. */
export const EN_LIST_PERCENT_AFTER = new RegExp(`^\\s?(${RANGE_UNIT_WORD})(?![\\w-])`, 'i');
/** A vote named right before its tally: "voted 7–2", "voted by a majority of 7–2", "the vote was 10-2". */
export const EN_VOTE_BEFORE =
  /\b(?:vot(?:ed|es|ing)|(?:the|a) vote (?:was|of)|(?:Council|Committee|Board|Senate|House|Assembly|Commission) vote)(?:\s+(?:by|of|in favou?r|unanimously|a|majority|narrow|margin))*\s+$/i;
/** The second side of a tally after the first: "–2", "to 4" (not a range's high end: the second side is no larger). */
export const EN_VOTE_SECOND_SIDE = /^\s?(?:[-\u2013]|\s?to\s)\s?\d{1,2}(?!\d|[.,]\d|\s?(?:%|per|percent))/i;
/** The first side and its dash (or "to") before the second: "7–", "12 to ". */
export const EN_VOTE_FIRST_SIDE = /\d{1,2}\s?(?:[-\u2013]|\sto\s)\s?$/;

/** "(20.0 and 29.3 percent, respectively)": a pair shared out respectively, so its first figure takes the unit. */
export const EN_RESPECTIVELY_TAIL = /^\s*,?\s*respectively\b/i;

/** 27 of the 31 agencies, 12 of these programs: a part of a set counts the set's noun (read after this). */
export const EN_PART_OF_SET_AFTER = /^\s+of\s+(?:the|these|those|its|their|all(?:\s+the)?)(?:\s+\d[\d,]*)?(?=\s)/i;

/**
 * "1 300 to 2 000 jobs", "between 20 and 30 people", "5-10 schools": the first end of a range of counts, then its second
 * end (thousands grouped by a comma or a space). Group 1: "and" (a range only after "between").
 */
/** The gap of a range written with "to" or "and" (from 260 to 92 days), not a hyphen (15-24 year olds). */
export const EN_WORDED_RANGE_GAP = /^\s*(?:to|and)\s/;
/** "15 to 24 year olds": an age band, not a span of time. */
export const EN_AGE_AFTER_UNIT = /^[\s-]*olds?\b/i;
// ("from 2.440 million to 2.694 million trips": the second end's scale word before the noun.)
export const EN_COUNT_RANGE_AFTER =
  /^\s*(?:to|(and)|-|–)\s*\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?(?=\s+[A-Za-z])/;
/**
 * "from 117 cases in 2019 to 82 in 2020", "1021 incidents recorded compared with 1449 in 2003", "4,766 applications
 * compared with 7,900", "1,302 murders were fewer than the 1,608 and 1,316", "954 shootings so far this year, compared
 * to 1,138": the basis or the other end of a pair of counts, its noun written once, with the first figure ("up from 54"
 * stays bare, as the gold writes it).
 * Group 1: the first figure (its noun follows it). Before "to" the gap may name only the first figure's year or a
 * participle; before a word of comparison, a few lower-case words or a year.
 */
// ("202,506 units in September compared to 195,804 in August": a month names the first figure's time too.)
const EN_MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const EN_COUNT_PAIR_BEFORE = new RegExp(
  String.raw`(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Z]{2,5}\s+)?[a-z][a-z-]*(?:(?:\s+(?:recorded|reported|received|registered|handled))?(?:\s+in\s+(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|(?:${EN_MONTH_NAMES})(?:\s+(?:19|20)\d\d)?)|\s+(?:last|this|the\s+previous|a)\s+year)?,?\s+(?:to|\(?compared\s+(?:with|to)|versus|vs\.?)|(?:\s+(?:[a-z][\w-]*|(?:19|20)\d\d(?:[/-]\d{2,4})?|${EN_MONTH_NAMES})){0,6}?,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:(?:were|was)\s+)?(?:fewer|more|less)\s+than(?:\s+the)?))\s+(?:\d{1,3}(?:,\d{3})*\s+(?:and|or)\s+)?$`,
);
/** A month's name right after a figure: "24 July 2019", "3 Sept." (the figure is a day of the month). */
export const EN_MONTH_NAME_AFTER =
  /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
/** "from January 1 through April 24": a month name right before a day of the month (US style). */
export const EN_MONTH_NAME_BEFORE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$/;
/** What a day of the month may be read as counting: a word of a date range, not a noun ("January 1 through …"). */
export const EN_DATE_RANGE_WORD = /^(?:through|thru|to|until|till|and|or|of)$/i;
/** between 2 and 3 percent: "and" joins the ends of a range only after "between" (not "2008/09 and 38%"). */
export const EN_BETWEEN_BEFORE = /\bbetween\s+$/i;

/** 2008/09, 1982-84: a figure glued to the one before it is part of a period or a code, not a range's first end. */
export const EN_GLUED_TO_FIGURE_BEFORE = /\d[/-]$/;
/**
 * "offences were up by 18% or 390 to 2,572": a bare figure after a percentage move and "or" restates that move in a
 * count (no unit written); the figure after "to" is the level reached, not the end of a range that starts here.
 */
export const EN_MOVE_RESTATED_OR_BEFORE =
  /\b(?:by|up|down|rose|fell|increased|decreased|rising|falling)\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?[-+]?\d[\d,.]*\s*(?:%|percent|per\s+cent)\s*,?\s+or\s+$/i;

export const EN_MULTIPLE = /^\s*(?:times|fold)\b/i;
/**
 * "used 31 million times", "viewed 275 million times.": "times" after a figure with a scale word counts occasions,
 * unless a comparison follows ("2.3 times the median", "six times higher", "times as large").
 */
export const EN_SCALE_BEFORE_UNIT = /\b(?:thousand|million|billion)\s*$/i;
export const EN_MULTIPLE_COMPARISON_AFTER =
  /^\s*(?:times|fold)\s+(?:as|the|that|those|more|less|higher|lower|larger|smaller|greater|bigger|faster|slower|what|its|their|his|her|than|over|[a-z]+er)\b/i;
/**
 * An abbreviation with full stops before a counted noun ("747,728 U.S. properties"), or an emergency line's number
 * ("7,793 emergency 911 calls", "12 million 999 calls"): an adjective, skipped.
 */
export const EN_ABBREVIATION_WORD = /^\s+(?:(?:[A-Z]\.){2,}|911|999|112|9-1-1)(?=\s)/;
/** A capitalised plural that counts people by where they are from: "50 million Americans", "2,000 Texans". */
export const EN_DEMONYM_PLURAL = /^[A-Z][a-z]+(?:ans|ians)$/;
/**
 * A headline in title case ("Saved Taxpayers 1.4 Million Hours of Hold Time"): most of its words are capitalised,
 * so a capitalised word there can be a counted noun. Words of this length or less do not count (of, the, to).
 */
export const EN_TITLE_SHORT_WORD_MAX = 3;
export const EN_TITLE_CASE_SHARE = 0.7;
/** A word that opens with a letter (a headline's words, not its figures). */
export const EN_WORD_OF_LETTERS = /^[A-Za-z]/;

// A hyphen joins a compound adjective's figure to its unit: a 0.4-million-ton drop, a 5-kilometre road. Areas as
// written: 1,35,192 sq. km, 161 million square nautical miles, 40 km². A ton's kind is part of its unit (34.9 million
// metric tonnes, 1.6 billion gross tons: a ship's volume, not its weight).
export const EN_PHYSICAL =
  /^(?:\s*|-)(kilograms?|kg|grams?|(?:short\s+|metric\s+|long\s+|gross\s+)?(?:tonnes?|tons?)|sq\.?\s?(?:km|kilometres|kilometers|miles|mi|metres|meters|m|ft|feet)|square\s+(?:nautical\s+)?(?:miles|kilometres|kilometers|feet|metres|meters)|nautical\s+miles?|km²|km2|kilometres?|kilometers?|km|miles?|metres?|meters?|acres?|hectares?|litres?|liters?|gallons?|pounds?|lbs?|(?:giga|mega|kilo|tera)watt[-\s]?hours?|gigawatts?|megawatts?|kilowatts?|[GMkT]Wh|[GMk]W[ep]?|barrels?|bushels?|cwt|hundredweights?|cubic\s+(?:feet|metres|meters|yards))(?![\w²])/i;

/** The shilling mark of East Africa's press, glued after the figure (10.626tri/-, 500.13bn/-). */
export const EN_SHILLING_MARK = /^\/-(?![\w-])/;

/** Energy units written as symbols (90 GW, 1.2 TWh, 700 MWe of a reactor, 5 MWp of solar panels) keep their case; other units are folded to lower case. */
export const EN_UNIT_SYMBOL = /^(?:[GMkT]Wh|[GMk]W[ep]?)$/;

/** 127.9p, 27.0p per share: pence written with a p glued to the figure (UK accounts and budgets). */
export const EN_PENCE_MARK = /^p(?![A-Za-z\d])/;
/**
 * Temperatures written out: "0.44 degree Celsius", "35 degrees Fahrenheit", "8.2C" and "1.4C" of a met office's blog
 * (a capital C glued to the figure, not a word: "Grade 3C" has no decimal). Sticky: read at the figure's end, the
 * lookbehind seeing the figure. Groups 1 and 2 the scale.
 */
export const EN_TEMPERATURE_UNIT =
  /(?:\s*(?:°\s*)?degrees?\s+(Celsius|centigrade|Fahrenheit)\b|(?<=\d\.\d{1,2})(C)(?![\w°/-]))/iy;
/** A glued C is a temperature only where the sentence speaks of one. */
export const EN_TEMPERATURE_CONTEXT =
  /\b(?:temperatures?|warm\w*|cool\w*|cold\w*|hot\w*|heat\w*|frost\w*|degrees?|maxim\w*|minim\w*|mean)\b/i;
/** The symbol of each temperature scale written out. */
export const EN_TEMPERATURE_SYMBOLS: Readonly<Record<string, string>> = {
  celsius: '°C',
  centigrade: '°C',
  c: '°C',
  fahrenheit: '°F',
};

/**
 * Abbreviated units of energy, volume and traffic releases, kept as written: 488,000 b/d, 3.2 MMBtu, 11.9 Bcf/d,
 * 50.5 bvm (billion vehicle miles, DfT), 306 kt CO2eq, 19.8 Mt CO2-e, 424 MMTCO2e, 331 gCO2/kWh (emissions), 5830 PJ
 * (energy), 10mm of rain, 30c/l (cents a litre, South Africa's fuel prices), 7.5 cps (cents per share), 31.65 BCM and 290.8 mcm (billion and million
 * cubic metres of water stored), 3288.52 LMT and 15 MMT (lakh and million metric tonnes, India's crop and coal
 * figures), 450 GL and 12 ML (giga- and megalitres), 476.96g of Heroin and 5 mg (grams before
 * what they weigh, milligrams). Case matters (Bcf, MMBtu, and mm is not
 * the million of $5MM), so these are matched apart from EN_PHYSICAL.
 */
export const EN_ABBREVIATED_UNIT =
  /^\s*(b\/d|bbl\/d|bpd|MMb\/d|Mb\/d|kb\/d|bbl|MMbbl|Btu|MMBtu|Bcf\/d|MMcf\/d|Mcf\/d|Bcf|MMcf|Mcf|Tcf|mpg|cps|bvm|Mtpa|mtpa|MTPA|[kMGT]Hz|MMTCO2e|MMT\s?CO2e?|LMT|MMT|(?:Mt|MT|mt|kt|Gt)(?:\s?CO2(?:\s?-?eq\b|-e\b|e\b)?)?|g\s?CO2(?:e|-eq)?\/kWh|[PTEG]J|TEUs?|°F|°C|℉|℃|[cp]\/(?:l|litre|liter|kg|kWh)\b|mbpd|mb\/d|mb|[GMkT]W\.h|[kKmMgG]bps|[Mk]toe|m[3³]\/ha|mm|cm|t\/ha|kg\/ha|ha|BCM|bcm|MCM|mcm|GL|ML|mg|g(?=\s+of\s))(?![\w/])/;

/**
 * The denominator of a rate unit written after a quantity's unit (GUIDE: units as written, like
 * 元/人 and 吨/年): $2.69 per gallon, 493,000 barrels per day, 35 micrograms per cubic metre,
 * $0.40/gal, $8/b, $3.45 a gallon (a price's "a" is "per"), 16 cents per kilowatthour. Group 1 the denominator. Not a rate base with a figure (per 1,000 people), and not
 * "per cent" (a percentage).
 */
export const EN_RATE_DENOMINATOR =
  /^\s*(?:per\s+(?:an?\s+)?|\/\s?|an?\s+(?=(?:gallon|barrel|bushel|pound|ton|tonne|kilogram|kilo|litre|liter|dozen|hundredweight)\b))(day|week|month|quarter|year|annum|hour|minute|second|gallon|gal|barrel|bbl|litre|liter|ton|tonne|(?:metric|short)\s+ton|pound|lb|kilogram|kg|ounce|oz|bushel|acre|hectare|mile|kilometre|kilometer|cubic\s+(?:metre|meter|foot|feet)|square\s+(?:foot|feet|metre|meter|mile)|(?:kilo|mega)watt[- ]?hour|kWh|MWh|MMBtu|million\s+(?:British\s+thermal\s+units|Btu)|Btu|Mcf|thousand\s+cubic\s+feet|therm|dozen|hundredweight|cwt|person|capita|household|student|pupil|worker|employee|resident|patient|visitor|visit|trip|journey|night|passenger|case|claim|participant|member|customer|user|beneficiary|recipient|child|family|vehicle|unit|share|property|dwelling|home|connection|company|firm|business|enterprise|farm|school|hospital|b)(?![\w/-])/i;

/**
 * Currencies written as a word after the figure (500 billion baht, 3 trillion rupees), by the name the annotation guide
 * gives money. Dollars, euros and pounds stay as written (the scorer and readers know them; pounds also weigh).
 */
export const EN_CURRENCY_NOUNS: Readonly<Record<string, string>> = {
  baht: '泰铢',
  rupee: '卢比',
  rupees: '卢比',
  peso: '比索',
  pesos: '比索',
  yen: '日元',
  yuan: '元',
  renminbi: '元',
  ringgit: '林吉特',
  rupiah: '印尼盾',
  // Reuters' wire abbreviation (1.64 billion dlrs, 49.98 mln dlrs)
  dlrs: '美元',
  dlr: '美元',
  // Africa's press: 5 trillion naira, K22 billion kwacha, 611 million cedis, 3 billion rand
  naira: '奈拉',
  kwacha: '克瓦查',
  // Israel's press (168.7 billion shekels, a 500-million-shekel surplus)
  shekel: '以色列新谢克尔',
  shekels: '以色列新谢克尔',
  cedi: '塞地',
  cedis: '塞地',
  rand: '兰特',
  tenge: '坚戈',
  dram: '亚美尼亚德拉姆',
  drams: '亚美尼亚德拉姆',
  ngultrum: '努尔特鲁姆',
  // 1182,1 million lei: Moldova's and Romania's leu
  lei: '列伊',
  leu: '列伊',
  // NLe14.7 billion, 2 billion leones: Sierra Leone's leone
  leone: '利昂',
  leones: '利昂',
  // 400.3 million euros: the euro by the name € has (a Finnish interim report, an Irish budget)
  euro: '欧元',
  euros: '欧元',
};

/** "322 million US dollars", "5 U.S. dollars": the United States' dollar named after the figure. */
export const EN_US_DOLLARS_AFTER = /^\s+(?:US|U\.S\.|United\s+States)\s+dollars?\b/;
/** "Qatari Riyals", "Kuwaiti dinars": a nationality before a currency word of several countries. Group 1 the adjective. */
export const EN_NATIONAL_CURRENCY_AFTER = /^\s+([A-Z][a-z]+)\s+(riyals?|rials?|dinars?|dirhams?)\b/i;

/** "/US$1", "per US dollar": the dollar an exchange rate prices (after a figure in another currency). */
export const EN_PER_DOLLAR =
  /^\s?(?:\/\s?|per\s+(?:one\s+)?)(?:US\$\s?1(?!\d|[.,]\d)|US\$|U\.?S\.?\s+dollar|dollar)(?![\w$])/i;

/** Denominators of time: only a physical unit takes them (barrels per day); a count or money per month stays a count or money. */
export const EN_TIME_DENOMINATOR = /^(?:day|week|month|quarter|year|annum|hour|minute|second)$/i;

/** Counted nouns that are money: a rate of them takes the 元/人 form (10 cents per gallon → cents/gallon). */
export const EN_MONEY_NOUNS = new Set(['cent', 'cents', 'dollars', 'pence', 'pounds sterling']);

/** A unit word written capitalised, then another capitalised word (Gram Panchayats): a name, not a unit. */
export const EN_CAPITALISED_NAME_AFTER_UNIT = /^[A-Z][a-z]+[ \t]+[A-Z][a-z]/;

export const EN_DURATION = /^\s*(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/** Words after a number that are never its unit. */
export const EN_NOT_UNIT = new Set([
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
  // "a rise in pupils of 4,738 has meant": an auxiliary after a figure opens its verb, it is no unit.
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
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
  // "post-year 12 continues to rise": verbs in -s that take a clause, never a counted noun.
  'continues',
  'seems',
  'appears',
  'tends',
]);

/** Adjectives that sit between a number and its counted noun. */
export const EN_SKIP_ADJ = new Set([
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

/** Nouns that count things in English reports, plural by form or by nature. */
/** Collective nouns that also modify a noun after them (police officers, youth workers, staff costs). */
export const EN_COLLECTIVE_MODIFIERS = new Set([
  'head',
  'police',
  'staff',
  'personnel',
  'youth',
  'fish',
  'livestock',
  'cattle',
  // 375 arts organisations, 12 sports clubs: a plural that names a field before the noun counted.
  'arts',
  'sports',
  // 326 000 unemployed persons, 500 homeless people: an adjective counting people, before the noun it describes.
  'unemployed',
  'homeless',
  'displaced',
  'injured',
  'elderly',
]);
export const EN_COLLECTIVE = new Set([
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
  // Livestock counted by the head (94.4 million head, 2,000 head of cattle); before a noun it modifies it (head teachers).
  'head',
  'aircraft',
  'equipment',
  // Money counted in its smallest coin (petrol up 1.1 pence per litre).
  'pence',
  // Adjectives that count people as nouns (1.6 million fewer young unemployed, 930,000 displaced).
  'unemployed',
  'homeless',
  'displaced',
  'injured',
  'elderly',
]);

/** A plural noun by its ending (offences, activities, boxes), not a word that only ends in s. */
export const EN_PLURAL_ENDING = /[^s]s$|ies$|ses$|xes$|ches$|shes$/;
export const EN_NOT_PLURAL_ENDING = /(?:ness|less|ous|ss|us|is)$/;

/** How many words after a figure the counted-noun grammar reads ("1.2 million state and local government employees"). */
export const EN_COUNTED_NOUN_REACH = 6;
/** A compound modifier joined by a hyphen (personal-injury, low-income, full-time): it modifies the noun after it. */
export const EN_HYPHENATED_MODIFIER = /^[a-z]{2,}(?:-[a-z]{2,})+$/;
/** Within this many words any word may lead on to the counted noun; beyond it only a run of modifiers does. */
export const EN_COUNTED_NOUN_NEAR = 3;
/** Words that join two modifiers of a counted noun ("state and local government employees"). */
export const EN_MODIFIER_COORDINATORS = new Set(['and', 'or']);
/** How many words of a capitalised name the grammar reads for its plural ("Direct Express cardholders"). */
export const EN_NAME_RUN_MAX = 3;
/** A capitalised word of a name (not an acronym in capitals alone, not a word with digits). */
export const EN_TITLE_WORD = /^[A-Z][a-z][A-Za-z'-]*$/;

/** The next word after a figure (a counted noun or a modifier before it). */
export const EN_NEXT_WORD = /^(\s+)([A-Za-z][A-Za-z'-]*)/;
/** A modifier in quotes before a counted noun: 162 “follow-on” administrative proceedings, “stand-alone,” actions (the
 * space before a curly quote may be gone and a comma beside it be a full-width one: normalising reads curly quotes as
 * CJK punctuation). */
export const EN_NEXT_QUOTED_WORD = /^(\s*)[“"‘]([A-Za-z][A-Za-z'-]*)[,，]?[”"’](?=[\s,，])/;
/** The next modifier of a list set off by commas: 390 natural, cultural, and recreation sites. */
export const EN_NEXT_COMMA_LISTED_WORD = /^(,\s+)([A-Za-z][A-Za-z'-]*)/;

/** A capitalised word names something; it is not a counted noun. */
export const EN_CAPITALISED = /^[A-Z]/;
/** A name after a lower-case prefix (non-EU, pre-COVID, cross-Channel), which modifies a noun after it. */
export const EN_PREFIXED_NAME = /^(?:non|pre|post|anti|intra|extra|inter|cross|pan|trans|sub)-[A-Z][A-Za-z]*$/;

/** A word of lower-case letters, hyphens and apostrophes. */
export const EN_LOWERCASE_WORD = /^[a-z][a-z'-]*$/;

/** "$2.65 to $3.15 per bushel": the second end of a range of prices, after which the rate they share is written. */
export const EN_MONEY_RANGE_SECOND_END = new RegExp(
  String.raw`^\s*(?:to|-|\u2013)\s*[$£€]\d[\d,.]*(?:\s+(?:${EN_SCALE_WORDS}))?`,
  'i',
);

/**
 * from 17.8 percent in August 2017 to 16.0: the second figure of a range takes the unit written once after the first
 * (group 1: that unit).
 */
export const EN_RANGE_UNIT_BEFORE = new RegExp(
  `\\bfrom\\s+[+-]?\\d[\\d,]*(?:\\.\\d+)?\\s*(${RANGE_UNIT_WORD})(?:\\s+${RANGE_END_DATE})?\\s+to\\s+$`,
  'i',
);

/** The word pounds (sterling or weight, as its text says) and the "of" that makes it a weight's. */
export const EN_POUNDS_WORD = /^pounds?$/i;
export const EN_OF_AFTER_UNIT = /^\s+of\b/i;

/** 148* people: the asterisks of a footnote marker glued to a figure, before a word. */
export const EN_FOOTNOTE_STAR_AFTER = /^\*{1,3}(?=[ \t]+[A-Za-z])/;
/**
 * "more than 400,000 (410,925) members of staff", "450 (8%) employees": a figure restated in brackets (not a year)
 * before the counted noun; the figures count the noun after the bracket, which stays out of their spans.
 */
export const EN_BRACKETED_RESTATEMENT_AFTER = /^[ \t]*\((?!(?:19|20)\d\d\))[ \t]*\d[\d,.]*%?[ \t]*\)/;
/** The bracketed restatement itself: a figure and the bracket's opening before it, its close after. */
/**
 * "There were 40,627 (average daily number) prisoners": a note in brackets on how the figure is counted stands between
 * it and its counted noun.
 */
export const EN_BRACKETED_COUNT_NOTE_AFTER =
  /^[ \t]*\((?:(?:average|daily|monthly|annual|number|estimated|estimate|provisional|preliminary|approx\.?|approximately|rounded|revised|headcount|full-time equivalent|FTE)[ \t]*){1,3}\)/i;
export const EN_RESTATEMENT_OPEN_BEFORE = /\d[ \t]*\([ \t]*$/;
export const EN_RESTATEMENT_CLOSE_AFTER = /^[ \t]*\)/;

/** Full-time equivalents counted (311 FTEs, 625 FTE). */
export const EN_FULL_TIME_EQUIVALENTS = /^FTEs?$/;
/** A plural of capitals (RSEs, PhDs, NGOs, SMEs): two capitals or more, then s. */
export const EN_ACRONYM_PLURAL = /^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,6}s$/;
/** The scale word right before Korea's won (119.74 trillion won): without it, won is the verb. */
export const EN_SCALE_WORD_BEFORE_WON = /\b(?:thousand|million|billion|trillion)\s*$/i;

/**
 * The figure ends its line and the next opens with a capitalised word ("232⏎Arrests 51", "177⏎Elementary schools"): a
 * table's next row or a caption, not the figure's unit (capitals only, as MW or TEU, are units still).
 */
export const EN_NEXT_LINE_LABEL = /^[ \t]*\r?\n[ \t]*[A-Z][a-z]/;
