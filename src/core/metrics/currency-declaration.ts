// A currency declared once for the amounts of a text (1.67億元﹙美元.下同﹚, （单位：美元，下同）): Hong Kong's, Macao's and
// Taiwan's press write 元 after it and mean that currency. The declaration covers the amount right before it and every
// amount after it.
import { ZH_CURRENCY_DECLARED } from '../rules/zh/units';

/** How far before a declaration the amount it follows may start (1.67億元 before ﹙美元.下同﹚). */
const AMOUNT_BEFORE_DECLARATION = 16;

export interface CurrencyDeclaration {
  /** Where the amounts it covers may start. */
  from: number;
  currency: string;
}

/** The currency declarations of a text, in order. */
export function currencyDeclarationsIn(text: string): CurrencyDeclaration[] {
  const out: CurrencyDeclaration[] = [];
  for (const m of text.matchAll(ZH_CURRENCY_DECLARED))
    out.push({ from: Math.max(0, m.index - AMOUNT_BEFORE_DECLARATION), currency: m[1] });
  return out;
}

/** The currency declared for an amount starting at `position`, or null (the last declaration that covers it). */
export function declaredCurrencyAt(declarations: readonly CurrencyDeclaration[], position: number): string | null {
  let found: string | null = null;
  for (const d of declarations) {
    if (d.from > position) break;
    found = d.currency;
  }
  return found;
}
