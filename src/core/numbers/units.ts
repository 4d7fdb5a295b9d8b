// The unit lexicon: what may follow a number to make it a metric, and what kind of
// quantity that makes. POS tags do not find measure words (jieba tags 起 v, 人 n, 件 zg…),
// so the lexicon is ours (its words: rules/zh/units.ts, rules/en/units.ts). Longest match wins,
// so compound units are listed whole.
import type { MetricKind } from '../types';
import {
  ZH_CURRENCY_CANONICAL,
  ZH_YUAN_NAMED_AFTER,
  ZH_DURATION_UNITS,
  ZH_ALTERNATIVES_THEN_CI,
  ZH_MEASURE_WORDS,
  ZH_MEDAL_UNITS,
  ZH_MONEY_NAMES,
  ZH_MULTIPLE_UNITS,
  ZH_PERCENT_UNITS,
  ZH_PHYSICAL_UNITS,
  ZH_PHYSICAL_SYMBOL_FOLD,
  ZH_RATE_DENOMINATORS,
  ZH_RATE_ONLY_NUMERATORS,
  ZH_UNIT_BLOCKED_BEFORE,
  ZH_COMPUTE_UNITS,
  ZH_COMPUTE_SCALE_BEFORE,
  ZH_COMPUTE_CONTEXT,
  ZH_COMPUTE_FIGURE_END,
  type UnitEntry,
} from '../rules/zh/units';
import {
  EN_CAPITALISED,
  EN_COLLECTIVE,
  EN_COLLECTIVE_MODIFIERS,
  EN_PREFIXED_NAME,
  EN_DURATION,
  EN_LOWERCASE_WORD,
  EN_MULTIPLE,
  EN_MULTIPLE_COMPARISON_AFTER,
  EN_SCALE_BEFORE_UNIT,
  EN_POUNDS_WORD,
  EN_OF_AFTER_UNIT,
  EN_ABBREVIATION_WORD,
  EN_DEMONYM_PLURAL,
  EN_TITLE_SHORT_WORD_MAX,
  EN_TITLE_CASE_SHARE,
  EN_WORD_OF_LETTERS,
  EN_NEXT_WORD,
  EN_OF_A_POINT,
  EN_NEXT_QUOTED_WORD,
  EN_NEXT_COMMA_LISTED_WORD,
  EN_NOT_PLURAL_ENDING,
  EN_NOT_UNIT,
  EN_PERCENT,
  EN_PHYSICAL,
  EN_CAPITALISED_NAME_AFTER_UNIT,
  EN_SHILLING_MARK,
  EN_RATE_DENOMINATOR,
  EN_MONEY_RANGE_SECOND_END,
  EN_TIME_DENOMINATOR,
  EN_ABBREVIATED_UNIT,
  EN_TEMPERATURE_UNIT,
  EN_TEMPERATURE_SYMBOLS,
  EN_TEMPERATURE_CONTEXT,
  EN_PENCE_MARK,
  EN_PLURAL_ENDING,
  EN_POINTS,
  EN_SKIP_ADJ,
  EN_UNIT_SYMBOL,
  EN_COUNTED_NOUN_REACH,
  EN_HYPHENATED_MODIFIER,
  EN_FULL_TIME_EQUIVALENTS,
  EN_ACRONYM_PLURAL,
  EN_SCALE_WORD_BEFORE_WON,
  EN_COUNTED_NOUN_NEAR,
  EN_MODIFIER_COORDINATORS,
  EN_NAME_RUN_MAX,
  EN_TITLE_WORD,
  EN_CURRENCY_NOUNS,
  EN_US_DOLLARS_AFTER,
  EN_NATIONAL_CURRENCY_AFTER,
  EN_BASIS_POINT_WORD,
  EN_BARE_POINTS_COMPARED,
  EN_POINTS_OF_GDP,
  EN_BARE_POINTS,
  EN_RATE_MOVED_BY_POINTS,
  EN_RATE_NEAR,
  EN_RATE_BASE_AFTER,
  EN_SENTENCE_END_BEFORE,
  EN_SENTENCE_REST,
  EN_NEXT_LINE_LABEL,
} from '../rules/en/units';
import { EN_COUNTRY_CURRENCY_WORDS, EN_CURRENCY_CODES } from '../rules/en/numbers';
import { countryCurrencyOfAdjective, countryCurrencyOfLetters } from './country-currency';

/** All white space (folded to one space). */
const WHITESPACE_ALL = /\s+/g;
const WHITESPACE_RUN = /\s+/;

export interface UnitMatch {
  /** The text as written after the number. */
  text: string;
  /** Canonical unit for the metric (个百分点 → 百分点, ％ → %). */
  unit: string;
  kind: MetricKind;
  /** Multiplier folded into the value (e.g. 万元 when the scanner left 万 outside the number). */
  scale: number;
}

/** A rate: `/` or 每, then a denominator unit, right after a unit. */
function rateAfter(text: string, pos: number): string | null {
  const sep = text[pos];
  if (sep !== '/' && sep !== '每') return null;
  for (const d of ZH_RATE_DENOMINATORS) if (text.startsWith(d, pos + 1)) return d;
  return null;
}

interface Lexicon {
  map: Map<string, UnitEntry>;
  /** The lengths of the words (and rate-only numerators) starting with each character, longest first. */
  lengthsByFirst: Map<number, number[]>;
}

function buildLexicon(): Lexicon {
  const map = new Map<string, UnitEntry>();
  for (const [k, v] of Object.entries(ZH_PERCENT_UNITS)) map.set(k, v);
  for (const m of ZH_MONEY_NAMES) {
    map.set(m, { unit: ZH_CURRENCY_CANONICAL[m] ?? m, kind: 'money' });
    map.set('万' + m, { unit: ZH_CURRENCY_CANONICAL[m] ?? m, kind: 'money', scale: 1e4 });
    map.set('亿' + m, { unit: ZH_CURRENCY_CANONICAL[m] ?? m, kind: 'money', scale: 1e8 });
    map.set('万亿' + m, { unit: ZH_CURRENCY_CANONICAL[m] ?? m, kind: 'money', scale: 1e12 });
  }
  for (const p of ZH_PHYSICAL_UNITS) map.set(p, { unit: ZH_PHYSICAL_SYMBOL_FOLD[p] ?? p, kind: 'physical' });
  for (const d of ZH_DURATION_UNITS)
    map.set(d, { unit: d === '个小时' ? '小时' : d === '秒钟' ? '秒' : d, kind: 'duration' });
  for (const c of ZH_MEASURE_WORDS) {
    const unit = c.startsWith('余') ? c.slice(1) : c.startsWith('万') ? c.slice(1) : c === '大类' ? '类' : c;
    map.set(c, { unit, kind: 'count', scale: c.startsWith('万') ? 1e4 : 1 });
  }
  for (const m of ZH_MULTIPLE_UNITS) map.set(m, { unit: m, kind: 'multiple' });
  for (const m of ZH_MEDAL_UNITS) map.set(m, { unit: m, kind: 'count' });
  const lengthsByFirst = new Map<number, number[]>();
  for (const k of [...map.keys(), ...Object.keys(ZH_RATE_ONLY_NUMERATORS)]) {
    if (!k) continue;
    const lengths = lengthsByFirst.get(k.charCodeAt(0)) ?? [];
    if (!lengths.includes(k.length)) lengths.push(k.length);
    lengthsByFirst.set(k.charCodeAt(0), lengths);
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  return { map, lengthsByFirst };
}

const LEXICON = buildLexicon();

/** Matches a Chinese unit at `pos` in `text` (longest first), or null. */
export function matchChineseUnit(text: string, pos: number): UnitMatch | null {
  const compute = computeUnit(text, pos);
  if (compute) return compute;
  // Only the lengths of words that start with this character are tried (most characters start none).
  const lengths = LEXICON.lengthsByFirst.get(text.charCodeAt(pos));
  if (!lengths) return null;
  for (const len of lengths) {
    if (len > text.length - pos) continue;
    const s = text.slice(pos, pos + len);
    const entry = LEXICON.map.get(s) ?? (rateAfter(text, pos + len) ? ZH_RATE_ONLY_NUMERATORS[s] : undefined);
    if (!entry) continue;
    const per = rateAfter(text, pos + len);
    if (per) {
      // The unit grammar: a rate keeps both units as written (吨/年, 微克每立方米: GUIDE, physical units as written).
      return {
        text: text.slice(pos, pos + len + 1 + per.length),
        unit: `${entry.unit}${text[pos + len]}${per}`,
        kind: entry.kind,
        scale: entry.scale ?? 1,
      };
    }
    const blocked = ZH_UNIT_BLOCKED_BEFORE[s];
    if (blocked && blocked.test(text.slice(pos + len, pos + len + 2))) continue;
    if (entry.kind === 'count' && !s.endsWith('次')) {
      const alternatives = ZH_ALTERNATIVES_THEN_CI.exec(text.slice(pos + len, pos + len + 16));
      if (alternatives)
        return {
          text: text.slice(pos, pos + len + alternatives[0].length),
          unit: entry.unit + '次',
          kind: entry.kind,
          scale: entry.scale ?? 1,
        };
    }
    // 8,543億元人民幣: the currency's name after 元 says which yuan; it is part of the unit as written.
    const named = s.endsWith('元') ? ZH_YUAN_NAMED_AFTER.exec(text.slice(pos + len, pos + len + 4)) : null;
    if (named) return { text: s + named[0], unit: entry.unit, kind: entry.kind, scale: entry.scale ?? 1 };
    return { text: s, unit: entry.unit, kind: entry.kind, scale: entry.scale ?? 1 };
  }
  return null;
}

/** 算力规模达到11.4万P: a Latin unit of computing power, only where the figure is one (ZH_COMPUTE_UNITS). */
/** A Latin letter; a letter or digit (a unit must end a word: not the P of P2P). */
const LATIN_LETTER_START = /^[A-Za-z]/;
const LATIN_WORD_CHARACTER = /^[A-Za-z0-9]/;

function computeUnit(text: string, pos: number): UnitMatch | null {
  if (!LATIN_LETTER_START.test(text[pos] ?? '')) return null;
  const unit = ZH_COMPUTE_UNITS.find(
    (u) => text.startsWith(u, pos) && !LATIN_WORD_CHARACTER.test(text[pos + u.length] ?? ''),
  );
  if (!unit) return null;
  const before = text.slice(Math.max(0, pos - 40), pos);
  const number = ZH_COMPUTE_FIGURE_END.exec(before);
  if (!number) return null;
  const lead = before.slice(0, before.length - number[0].length);
  if (!ZH_COMPUTE_SCALE_BEFORE.test(number[0]) && !ZH_COMPUTE_CONTEXT.test(lead)) return null;
  return { text: unit, unit, kind: 'physical', scale: 1 };
}

/** The text last asked whether it writes the pound sign, and the answer (one scan per text, not per figure). */
let poundSignText: string | null = null;
let poundSignWritten = false;

/**
 * "639 million pounds" in a text that writes £ elsewhere: pounds sterling in words (英镑), after a scale word; not the
 * weight ("2 million pounds of food", or pounds in a text with no £).
 */
function isSterlingInWords(text: string, pos: number, m: RegExpExecArray): boolean {
  if (!EN_POUNDS_WORD.test(m[1]) || !EN_SCALE_BEFORE_UNIT.test(text.slice(Math.max(0, pos - 12), pos))) return false;
  if (EN_OF_AFTER_UNIT.test(text.slice(pos + m[0].length, pos + m[0].length + 6))) return false;
  if (text !== poundSignText) {
    poundSignText = text;
    poundSignWritten = text.includes('£');
  }
  return poundSignWritten;
}

/** How far back from bare points a rate and its move are read. */
const RATE_MOVE_REACH = 80;

/** The sentence around bare compared points names a rate or a percentage (EN_BARE_POINTS_COMPARED). */
function ratePointsSentence(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 200), pos).replace(EN_SENTENCE_END_BEFORE, '');
  const after = EN_SENTENCE_REST.exec(text.slice(pos, pos + 120))?.[0] ?? '';
  return EN_RATE_NEAR.test(before) || EN_RATE_NEAR.test(after);
}

export function isDurationUnit(unit: string): boolean {
  return ZH_DURATION_UNITS.includes(unit) || unit === '小时' || unit === '秒';
}

// English ---------------------------------------------------------------------------

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
  // "construction, March 2017⏎⏎Hours worked …": a blank line ends the figure's paragraph, and its unit with it (but for
  // an infographic's label).
  if (BLANK_LINE.test(LEADING_WHITE_SPACE.exec(rest)![0])) {
    const next = EN_NEXT_WORD.exec(rest);
    if (!next || !infographicLabelStart(text, pos, next)) return null;
  }
  // "Investigations Closed 232⏎Arrests 51": a capitalised word opening the next line labels the next row, not the unit.
  if (EN_NEXT_LINE_LABEL.test(rest)) return null;
  const fraction = EN_OF_A_POINT.exec(rest);
  if (fraction)
    return fraction[1]
      ? { text: fraction[0], unit: '百分点', kind: 'points', scale: 1, length: fraction[0].length }
      : { text: fraction[0], unit: 'points', kind: 'count', scale: 1, length: fraction[0].length };
  let m = EN_POINTS.exec(rest);
  // 25 basis points is a hundredth of a percentage point each: its own unit, the figure as written.
  if (m)
    return {
      text: m[0],
      unit: EN_BASIS_POINT_WORD.test(m[0]) ? 'basis points' : '百分点',
      kind: 'points',
      scale: 1,
      length: m[0].length,
    };
  m = EN_PERCENT.exec(rest);
  if (m) return { text: m[0], unit: '%', kind: 'percent', scale: 1, length: m[0].length };
  m = EN_BARE_POINTS_COMPARED.exec(rest);
  if (m && ratePointsSentence(text, pos))
    return { text: m[0], unit: '百分点', kind: 'points', scale: 1, length: m[0].length };
  m = EN_BARE_POINTS.exec(rest);
  if (m && EN_RATE_MOVED_BY_POINTS.test(text.slice(Math.max(0, pos - RATE_MOVE_REACH), pos)))
    return { text: m[0], unit: '百分点', kind: 'points', scale: 1, length: m[0].length };
  m = EN_POINTS_OF_GDP.exec(rest);
  if (m) return { text: m[0], unit: '百分点', kind: 'points', scale: 1, length: m[0].length };
  if (hasCurrency) return null;
  // 500.13bn/-: East Africa's press marks shillings with /- after the figure; whose shillings, the text's country says.
  const shillings = EN_SHILLING_MARK.test(rest) ? countryCurrencyOfLetters(text, 'Sh') : null;
  if (shillings) return { text: '/-', unit: shillings, kind: 'money', scale: 1, length: 2 };
  m = EN_MULTIPLE.exec(rest);
  // "31 million times": occasions counted, not a multiple.
  const occasions =
    m && EN_SCALE_BEFORE_UNIT.test(text.slice(Math.max(0, pos - 12), pos)) && !EN_MULTIPLE_COMPARISON_AFTER.test(rest);
  if (m && occasions) return { text: m[0], unit: 'times', kind: 'count', scale: 1, length: m[0].length };
  if (m) return { text: m[0], unit: '倍', kind: 'multiple', scale: 1, length: m[0].length };
  if (EN_PENCE_MARK.test(rest))
    return withRate(text, pos, { text: 'p', unit: 'p', kind: 'money', scale: 1, length: 1 });
  EN_TEMPERATURE_UNIT.lastIndex = pos;
  m = EN_TEMPERATURE_UNIT.exec(text);
  if (m && (m[1] || EN_TEMPERATURE_CONTEXT.test(text.slice(Math.max(0, pos - 150), pos)))) {
    const symbol = EN_TEMPERATURE_SYMBOLS[(m[1] ?? m[2]).toLowerCase()];
    return { text: m[0], unit: symbol, kind: 'physical', scale: 1, length: m[0].length };
  }
  m = EN_ABBREVIATED_UNIT.exec(rest);
  if (m) return withRate(text, pos, { text: m[0], unit: m[1], kind: 'physical', scale: 1, length: m[0].length });
  m = EN_PHYSICAL.exec(rest);
  // "1.90 lakh Gram Panchayats", "5 Acres Trust": a capitalised word before another names something, it measures nothing.
  if (m && EN_CAPITALISED_NAME_AFTER_UNIT.test(rest.slice(m[0].length - m[1].length))) m = null;
  if (m && isSterlingInWords(text, pos, m))
    return withRate(text, pos, { text: m[0], unit: '英镑', kind: 'money', scale: 1, length: m[0].length });
  if (m) {
    const unit = EN_UNIT_SYMBOL.test(m[1]) ? m[1] : m[1].toLowerCase().replace(WHITESPACE_ALL, ' ');
    return withRate(text, pos, { text: m[0], unit, kind: 'physical', scale: 1, length: m[0].length });
  }
  m = EN_DURATION.exec(rest);
  if (m) return { text: m[0], unit: m[1].toLowerCase(), kind: 'duration', scale: 1, length: m[0].length };
  // "322 million US dollars": the dollar named as the United States' is 美元 (a bare "dollars" stays as written).
  m = EN_US_DOLLARS_AFTER.exec(rest);
  if (m) return withRate(text, pos, { text: m[0], unit: '美元', kind: 'money', scale: 1, length: m[0].length });
  // "684 Billion Qatari Riyals", "3 million Kuwaiti dinars": the currency word of the country its adjective names.
  m = EN_NATIONAL_CURRENCY_AFTER.exec(rest);
  const national = m ? countryCurrencyOfAdjective(m[1], EN_COUNTRY_CURRENCY_WORDS[m[2].toLowerCase()]) : null;
  if (m && national)
    return withRate(text, pos, { text: m[0], unit: national, kind: 'money', scale: 1, length: m[0].length });
  // A counted noun: "1.6 million residents", "236,000 new jobs", "1,206 fraud complaints".
  // After a number other than one the counted noun is plural; a singular word there is a
  // modifier ("911 answer time"), so look a word or two further for the plural.
  let consumed = 0;
  let title: boolean | null = null;
  // Lower-case modifiers read so far, and whether two of them were joined ("loss mitigation and early … interventions").
  let modifiers = 0;
  let coordinated = false;
  // Words of EN_SKIP_ADJ read so far (new, additional): they do not use up the reach.
  let skipped = 0;
  // Modifiers set off by commas lead on to the counted noun only when "and" or "or" joins the last of them.
  let commaListed = false;
  for (let hop = 0; hop < EN_COUNTED_NOUN_REACH; hop++) {
    const abbreviation = EN_ABBREVIATION_WORD.exec(rest.slice(consumed));
    if (abbreviation) consumed += abbreviation[0].length;
    const ahead = rest.slice(consumed);
    const listed = modifiers > 0 ? EN_NEXT_COMMA_LISTED_WORD.exec(ahead) : null;
    // A quoted modifier right after the digits, or among modifiers (not after "of these": H8's “plus-up” payments).
    const quotedAllowed = modifiers > 0 || (hop === 0 && pos > 0 && isAsciiDigit(text.charCodeAt(pos - 1)));
    const word = EN_NEXT_WORD.exec(ahead) ?? (quotedAllowed ? EN_NEXT_QUOTED_WORD.exec(ahead) : null) ?? listed;
    if (listed && word === listed) commaListed = true;
    // A blank line ends the figure's paragraph: a contents line's page number is not the next heading's count.
    // (The gap before the first word was judged on entry: an infographic's label may follow one blank line.)
    if (!word || (BLANK_LINE.test(word[1]) && (hop > 0 || consumed > 0))) return null;
    if (title === null && EN_CAPITALISED.test(word[2])) title = isTitleCaseLine(text, pos);
    const w = title ? word[2].toLowerCase() : word[2];
    const lower = w.toLowerCase();
    consumed += word[0].length;
    // 500 billion baht, 3 trillion rupees: money in a currency named by its word.
    // 51,400 million ISK: a currency's letters after the figure, as written (capitals).
    const code = hop === 0 && Object.hasOwn(EN_CURRENCY_CODES, word[2]) ? EN_CURRENCY_CODES[word[2]] : null;
    // 320,063 yen per household: a currency's word keeps the rate it is priced at.
    if (hop === 0 && (code || Object.hasOwn(EN_CURRENCY_NOUNS, lower)))
      return withRate(text, pos, {
        text: rest.slice(0, consumed),
        unit: code ?? EN_CURRENCY_NOUNS[lower],
        kind: 'money',
        scale: 1,
        length: consumed,
      });
    // 506 Billion Riyals, 3 million dinars: a currency word the country of the text decides.
    const countryWord =
      hop === 0 && Object.hasOwn(EN_COUNTRY_CURRENCY_WORDS, lower)
        ? countryCurrencyOfLetters(text, EN_COUNTRY_CURRENCY_WORDS[lower])
        : null;
    if (countryWord)
      return withRate(text, pos, {
        text: rest.slice(0, consumed),
        unit: countryWord,
        kind: 'money',
        scale: 1,
        length: consumed,
      });
    // 311 FTEs, 625 FTE: full-time equivalents, written as capitals.
    if (hop === 0 && EN_FULL_TIME_EQUIVALENTS.test(word[2]))
      return { text: rest.slice(0, consumed), unit: 'FTE', kind: 'count', scale: 1, length: consumed };
    // 14,483 RSEs, 5,476 PhDs, 120 NGOs: a plural of capitals counts as written.
    if (hop === 0 && EN_ACRONYM_PLURAL.test(word[2]))
      return { text: rest.slice(0, consumed), unit: word[2], kind: 'count', scale: 1, length: consumed };
    // 119.74 trillion won: Korea's currency, a word that is also a verb, only after a scale word.
    if (hop === 0 && word[2] === 'won' && EN_SCALE_WORD_BEFORE_WON.test(text.slice(Math.max(0, pos - 12), pos)))
      return withRate(text, pos, {
        text: rest.slice(0, consumed),
        unit: '韩元',
        kind: 'money',
        scale: 1,
        length: consumed,
      });
    if (EN_DEMONYM_PLURAL.test(w))
      return { text: rest.slice(0, consumed), unit: w, kind: 'count', scale: 1, length: consumed };
    // "over 8,000 Reservists, and 30,000 Auxiliarists provide …": a capitalised plural right after the figure, no name
    // going on after it and no plural noun it modifies (2 Texas counties), is the counted noun (written so by the body that counts it).
    if (
      hop === 0 &&
      EN_CAPITALISED.test(w) &&
      w.length >= 5 &&
      isPluralNoun(lower) &&
      !nameGoesOn(rest.slice(consumed)) &&
      !pluralFollows(rest.slice(consumed))
    )
      return { text: rest.slice(0, consumed), unit: w, kind: 'count', scale: 1, length: consumed };
    // 30 million American homes, 2 Texas counties: a capitalised adjective before a plural noun is skipped.
    if (EN_CAPITALISED.test(w) && hop < 2 && capitalisedBeforePlural(rest.slice(consumed))) continue;
    // 3.1 million Direct Express cardholders, 25 million Economic Impact Payments: a name's words before its plural.
    if (EN_CAPITALISED.test(w) && hop < 2) {
      const named = namedPlural(rest.slice(consumed), pos > 0 && isAsciiDigit(text.charCodeAt(pos - 1)));
      if (named) {
        consumed += named.length;
        return { text: rest.slice(0, consumed), unit: named.unit, kind: 'count', scale: 1, length: consumed };
      }
    }
    // 1.2 million state and local government employees: "and"/"or" joins two modifiers of the counted noun.
    if (EN_MODIFIER_COORDINATORS.has(lower) && modifiers > 0 && modifierFollows(rest.slice(consumed))) {
      coordinated = true;
      continue;
    }
    // 103 515 non-EU citizens, 40 pre-COVID flights: a prefixed name modifies the counted noun after it.
    if (hop < 2 && EN_PREFIXED_NAME.test(w)) {
      modifiers++;
      continue;
    }
    if (EN_NOT_UNIT.has(lower) || EN_CAPITALISED.test(w) || !EN_LOWERCASE_WORD.test(w)) return null;
    if (EN_SKIP_ADJ.has(lower)) {
      skipped++;
      continue;
    }
    const counted = w.length >= 3 && (isPluralNoun(lower) || singular);
    // 146,322 personal-injury road traffic accidents: a hyphenated compound modifier does not use up the reach.
    if (!counted && EN_HYPHENATED_MODIFIER.test(w) && modifierFollows(rest.slice(consumed))) {
      skipped++;
      modifiers++;
      continue;
    }
    if (counted && commaListed && !coordinated) return null;
    // Beyond the first hops only joined modifiers lead on to the counted noun ("new", "additional" not counted:
    // 57,779 new short-term disability claims).
    if (hop - skipped >= EN_COUNTED_NOUN_NEAR && !coordinated) return null;
    if (!counted) modifiers++;
    // 20,000 police officers, 82 additional police staff: a collective noun before another noun modifies it.
    if (counted && EN_COLLECTIVE_MODIFIERS.has(lower) && nounFollows(rest.slice(consumed))) {
      modifiers++;
      continue;
    }
    // 31.74 crimes per 1,000 residents, 5.7 deaths per 100,000: a rate on a base has no unit (the gold's rule, H60-7).
    if (counted && EN_RATE_BASE_AFTER.test(rest.slice(consumed)))
      return { text: rest.slice(0, consumed), unit: '', kind: 'count', scale: 1, length: consumed };
    if (counted) {
      return withRate(text, pos, {
        text: rest.slice(0, consumed),
        unit: lower,
        kind: 'count',
        scale: 1,
        length: consumed,
      });
    }
  }
  return null;
}

/** The next word is a lower-case plural noun ("Texas counties"). */
function pluralFollows(rest: string): boolean {
  const next = EN_NEXT_WORD.exec(rest);
  return !!next && EN_LOWERCASE_WORD.test(next[2]) && next[2].length >= 3 && isPluralNoun(next[2]);
}

/** The next word is capitalised (the plural before it is part of a name: "20 Questions Ltd"). */
function nameGoesOn(rest: string): boolean {
  const next = EN_NEXT_WORD.exec(rest);
  return !!next && !BLANK_LINE.test(next[1]) && EN_CAPITALISED.test(next[2]);
}

/** The white space a text opens with (none at all matches too). */
const LEADING_WHITE_SPACE = /^\s*/;
/** A line with nothing on it, inside white space. */
const BLANK_LINE = /\n[ \t]*\r?\n/;
/** White space of one blank line at most. */
const ONE_BLANK_LINE_AT_MOST = /^[ \t]*\r?\n[ \t]*(?:\r?\n[ \t]*)?$/;
/** An infographic's figure alone on its line, read back from its end. */
const FIGURE_ALONE_ON_LINE = /\n[ \t]*[-+−]?[$£€]?\d[\d,.]*$/;
const FIGURE_ALONE_REACH = 40;

/**
 * "26,105,822⏎⏎meals provided to families": a figure alone on its line whose label opens in lower case after one blank
 * line at most counts the label's noun (an infographic), where a blank line otherwise ends the figure's paragraph.
 */
function infographicLabelStart(text: string, pos: number, word: RegExpExecArray): boolean {
  return (
    ONE_BLANK_LINE_AT_MOST.test(word[1]) &&
    EN_LOWERCASE_WORD.test(word[2]) &&
    FIGURE_ALONE_ON_LINE.test(
      (pos > FIGURE_ALONE_REACH ? '' : '\n') + text.slice(Math.max(0, pos - FIGURE_ALONE_REACH), pos),
    )
  );
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** How far either side of a figure the title-case test reads its line. */
const TITLE_REACH = 200;

/** Is the line of `pos` a headline in title case (most of its longer words capitalised)? */
function isTitleCaseLine(text: string, pos: number): boolean {
  // A headline is short: only a bounded window around the figure is read, so a 1 MB line costs the same per figure.
  const floor = Math.max(0, pos - TITLE_REACH);
  const ceiling = Math.min(text.length, pos + TITLE_REACH);
  const window = text.slice(floor, ceiling);
  const at = pos - floor;
  const start = window.lastIndexOf('\n', at) + 1;
  const newline = window.indexOf('\n', at);
  const line = window.slice(start, newline >= 0 ? newline : window.length);
  const words = line
    .split(WHITESPACE_RUN)
    .filter((w) => EN_WORD_OF_LETTERS.test(w) && w.length > EN_TITLE_SHORT_WORD_MAX);
  if (words.length < 3) return false;
  return words.filter((w) => EN_CAPITALISED.test(w)).length / words.length >= EN_TITLE_CASE_SHARE;
}

/** The next word is a lower-case plural or collective noun (police officers, police staff). */
function nounFollows(rest: string): boolean {
  const next = EN_NEXT_WORD.exec(rest);
  if (!next || BLANK_LINE.test(next[1])) return false;
  const w = next[2];
  return EN_LOWERCASE_WORD.test(w) && !EN_NOT_UNIT.has(w) && w.length >= 3 && isPluralNoun(w);
}

/** A lower-case word that can modify the counted noun comes next ("and early delinquency interventions"). */
function modifierFollows(rest: string): boolean {
  const next = EN_NEXT_WORD.exec(rest) ?? EN_NEXT_QUOTED_WORD.exec(rest);
  return (
    !!next && EN_LOWERCASE_WORD.test(next[2]) && !EN_NOT_UNIT.has(next[2]) && !EN_MODIFIER_COORDINATORS.has(next[2])
  );
}

/**
 * After a capitalised word, the rest of a name ending in a plural: "Express cardholders", "Impact Payments".
 * Returns the words read and the plural (lower case), or null. At most two more capitalised words are read.
 */
function namedPlural(rest: string, afterDigits: boolean): { length: number; unit: string } | null {
  let consumed = 0;
  for (let k = 0; k < EN_NAME_RUN_MAX; k++) {
    const next = EN_NEXT_WORD.exec(rest.slice(consumed));
    if (!next) return null;
    const w = next[2];
    consumed += next[0].length;
    const lower = w.toLowerCase();
    if (EN_LOWERCASE_WORD.test(w))
      return k > 0 && w.length >= 3 && isPluralNoun(w) && !EN_NOT_UNIT.has(w) ? { length: consumed, unit: w } : null;
    if (!EN_TITLE_WORD.test(w)) return null;
    // The name ends in its plural ("Economic Impact Payments"; after digits two words do, "34,000 Penalty Notices"); the
    // next word must not carry the name on. A spelled-out count before a two-word name is part of it ("two Trust Funds").
    if (
      (k > 0 || afterDigits) &&
      lower.length >= 4 &&
      isPluralNoun(lower) &&
      !EN_TITLE_WORD.test(EN_NEXT_WORD.exec(rest.slice(consumed))?.[2] ?? '')
    )
      return { length: consumed, unit: lower };
  }
  return null;
}

/**
 * The next word is a lower-case plural noun, or a lower-case modifier and then one (so the capitalised word before is
 * their adjective: 2 Texas counties, 1,186 Government office complaints).
 */
function capitalisedBeforePlural(rest: string): boolean {
  const next = EN_NEXT_WORD.exec(rest);
  if (!next) return false;
  const w = next[2];
  if (!EN_LOWERCASE_WORD.test(w) || EN_NOT_UNIT.has(w)) return false;
  if (w.length >= 3 && isPluralNoun(w)) return true;
  const after = EN_NEXT_WORD.exec(rest.slice(next[0].length));
  const v = after?.[2] ?? '';
  return EN_LOWERCASE_WORD.test(v) && !EN_NOT_UNIT.has(v) && v.length >= 3 && isPluralNoun(v);
}

/**
 * The rate written after a unit, if any: 493,000 barrels per day → `barrels per day` (as written),
 * $0.40/gal → `美元/gal` (money keeps the 元/人 form, its sign being replaced anyway).
 */
export function withRate(text: string, pos: number, unit: EnglishUnitMatch): EnglishUnitMatch {
  const at = pos + unit.length;
  const rate = EN_RATE_DENOMINATOR.exec(text.slice(at, at + 40));
  if (!rate) return unit;
  // A count or an amount of money per month is still a count or money (53,000 jobs per month, $2,000 per year).
  if (unit.kind !== 'physical' && EN_TIME_DENOMINATOR.test(rate[1])) return unit;
  const denominator = rate[1].replace(WHITESPACE_ALL, ' ');
  // The GUIDE writes a rate 吨/年, 元/人; so does every gold for English (cubic feet/day, tonnes/year, crashes/month).
  const name = `${unit.unit}/${denominator}`;
  return { ...unit, text: unit.text + rate[0], unit: name, length: unit.length + rate[0].length };
}

/**
 * "$2.65 to $3.15 per bushel": the first end of a range of prices shares the rate written after the second end
 * (its span stays the figure alone).
 */
export function withRangeEndRate(text: string, pos: number, unit: EnglishUnitMatch): EnglishUnitMatch {
  if (unit.kind !== 'money' || unit.unit.includes('/')) return unit;
  const second = EN_MONEY_RANGE_SECOND_END.exec(text.slice(pos + unit.length, pos + unit.length + 40));
  if (!second) return unit;
  const at = pos + unit.length + second[0].length;
  const rate = EN_RATE_DENOMINATOR.exec(text.slice(at, at + 40));
  if (!rate || EN_TIME_DENOMINATOR.test(rate[1])) return unit;
  return { ...unit, unit: `${unit.unit}/${rate[1].replace(WHITESPACE_ALL, ' ')}` };
}

function isPluralNoun(w: string): boolean {
  if (EN_COLLECTIVE.has(w)) return true;
  return EN_PLURAL_ENDING.test(w) && !EN_NOT_PLURAL_ENDING.test(w);
}
