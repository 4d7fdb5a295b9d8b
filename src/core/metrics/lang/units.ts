// Unit readers every language's rules share: the percent sign, English units and currency signs.
import {
  EN_CURRENCY_CODES,
  EN_CURRENCY_SIGNS,
  EN_DOLLAR_NAMES,
  EN_GLUED_CURRENCY_LETTERS,
} from '../../rules/en/numbers';
import {
  EN_BRACKETED_RESTATEMENT_AFTER,
  EN_BRACKETED_COUNT_NOTE_AFTER,
  EN_FOOTNOTE_STAR_AFTER,
  EN_PER_DOLLAR,
  EN_RESTATEMENT_CLOSE_AFTER,
  EN_RESTATEMENT_OPEN_BEFORE,
} from '../../rules/en/units';
import type { NumberToken } from '../../numbers/numbers';
import { matchEnglishUnit, withRangeEndRate, withRate } from '../../numbers/units';
import { countryCurrencyOfLetters } from '../../numbers/country-currency';
import type { FigureUnit } from './types';

/** No unit written: a ratio term or an index value (GUIDE: empty unit). metrics.ts tells it apart by identity. */
export const EMPTY_UNIT: FigureUnit = { text: '', unit: '', kind: 'count', scale: 1, length: 0 };

const PERCENT_SIGN: FigureUnit = { text: '', unit: '%', kind: 'percent', scale: 1, length: 0 };

/** The unit of a figure written with its percent sign, or null. */
export function percentUnit(token: NumberToken): FigureUnit | null {
  return token.percent ? { ...PERCENT_SIGN } : null;
}

/** The English unit after a figure, or the currency of its sign ($3 billion, €12), or null. */
export function englishUnitAfter(text: string, token: NumberToken): FigureUnit | null {
  const pos = token.end;
  // 148* people: a footnote's asterisk glued to the figure stands between it and its counted noun.
  const footnote = token.currencyPrefix ? null : EN_FOOTNOTE_STAR_AFTER.exec(text.slice(pos, pos + 4));
  if (footnote) {
    const noun = matchEnglishUnit(text, pos + footnote[0].length, false, token.value === 1);
    if (noun) return { ...noun, text: footnote[0] + noun.text, length: noun.length + footnote[0].length };
  }
  const en = matchEnglishUnit(text, pos, !!token.currencyPrefix, token.value === 1);
  if (!en && !token.currencyPrefix) {
    const counted = countedAfterRestatement(text, token);
    if (counted) return counted;
  }
  if (token.currencyPrefix && (!en || en.kind !== 'percent')) {
    const money: FigureUnit = {
      text: '',
      unit: countryCurrencyOfLetters(text, token.currencyPrefix) ?? currencyUnit(token.currencyPrefix),
      kind: 'money',
      scale: 1,
      length: 0,
    };
    return withRangeEndRate(text, pos, withExchangeRate(text, pos, withRate(text, pos, money)));
  }
  return en;
}

/** How far either side of a figure its bracketed restatement is read. */
const RESTATEMENT_REACH = 32;

/** The noun counted after a figure's restatement or counting note in brackets, for both figures; out of their spans. */
function countedAfterRestatement(text: string, token: NumberToken): FigureUnit | null {
  const rest = text.slice(token.end, token.end + RESTATEMENT_REACH);
  const gap =
    EN_BRACKETED_RESTATEMENT_AFTER.exec(rest) ??
    EN_BRACKETED_COUNT_NOTE_AFTER.exec(rest) ??
    (EN_RESTATEMENT_OPEN_BEFORE.test(text.slice(Math.max(0, token.start - RESTATEMENT_REACH), token.start))
      ? EN_RESTATEMENT_CLOSE_AFTER.exec(rest)
      : null);
  if (!gap) return null;
  const noun = matchEnglishUnit(text, token.end + gap[0].length, false, token.value === 1);
  return noun && noun.kind === 'count' ? { ...noun, text: '', length: 0 } : null;
}

/** P58.19/US$1, ₹83.5 per US dollar: a price of the dollar in another currency (the dollar's figure is the rate's). */
function withExchangeRate(text: string, pos: number, money: FigureUnit): FigureUnit {
  if (money.unit !== '比索' && money.unit !== '卢比' && money.unit !== '泰铢' && money.unit !== '韩元') return money;
  const rate = EN_PER_DOLLAR.exec(text.slice(pos + money.length, pos + money.length + 24));
  return rate
    ? { ...money, unit: `${money.unit}/美元`, text: money.text + rate[0], length: money.length + rate[0].length }
    : money;
}

/** Currencies with a sign or letters of their own, by the name the annotation guide gives money (元, 美元, 英镑 …). */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  ...EN_CURRENCY_CODES,
  ...EN_CURRENCY_SIGNS,
  ...EN_GLUED_CURRENCY_LETTERS,
};

/** The currency a sign before a figure names. */
export function currencyUnit(prefix: string): string {
  if (prefix.includes('$')) return EN_DOLLAR_NAMES[prefix.slice(0, prefix.indexOf('$'))] ?? '美元';
  // US dollars 6,980.3 million (the Central Bank of Sri Lanka's order)
  if (prefix.endsWith('dollars')) return '美元';
  if (prefix === '€') return '欧元';
  if (prefix === '£') return '英镑';
  if (prefix === '¥' || prefix === '￥') return '元';
  return CURRENCY_NAMES[prefix.replace('.', '')] ?? prefix;
}
