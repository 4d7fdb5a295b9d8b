// Unit readers every language's rules share: the percent sign, English units and currency signs.
import type { NumberToken } from '../../numbers/numbers';
import { matchEnglishUnit, withRangeEndRate, withRate } from '../../numbers/units';
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
  const en = matchEnglishUnit(text, pos, !!token.currencyPrefix, token.value === 1);
  if (token.currencyPrefix && (!en || en.kind !== 'percent')) {
    const money: FigureUnit = {
      text: '',
      unit: currencyUnit(token.currencyPrefix),
      kind: 'money',
      scale: 1,
      length: 0,
    };
    return withRangeEndRate(text, pos, withRate(text, pos, money));
  }
  return en;
}

/** The currency a sign before a figure names. */
export function currencyUnit(prefix: string): string {
  if (prefix.includes('$')) return '美元';
  if (prefix === '€') return '欧元';
  if (prefix === '£') return '英镑';
  if (prefix === '¥' || prefix === '￥') return '元';
  return prefix;
}
