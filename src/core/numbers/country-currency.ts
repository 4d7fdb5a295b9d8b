// Currency letters and signs whose meaning depends on the country a text speaks of (K: the kwacha in Zambia, the kina in
// Papua New Guinea; P: the pula in Botswana; ¥: the yen in a text about Japan). The rules are data in rules/en/numbers.ts.
import { EN_COUNTRY_CURRENCY_LETTERS, EN_COUNTRY_NAMED_REACH } from '../rules/en/numbers';

// One text is read at a time, figure after figure: its answers are kept until another text comes.
let cachedText: string | null = null;
let cached = new Map<string, string | null>();

/** The currency `letters` (or a sign) before a figure name in `text`, by the country the text names, or null. */
export function countryCurrencyOfLetters(text: string, letters: string): string | null {
  const choices = Object.hasOwn(EN_COUNTRY_CURRENCY_LETTERS, letters) ? EN_COUNTRY_CURRENCY_LETTERS[letters] : null;
  if (!choices) return null;
  if (cachedText !== text) {
    cachedText = text;
    cached = new Map();
  }
  const known = cached.get(letters);
  if (known !== undefined) return known;
  const head = text.length > EN_COUNTRY_NAMED_REACH ? text.slice(0, EN_COUNTRY_NAMED_REACH) : text;
  let best: { unit: string; at: number } | null = null;
  for (const { unit, named } of choices) {
    const at = head.search(named);
    if (at >= 0 && (best === null || at < best.at)) best = { unit, at };
  }
  const unit = best ? best.unit : null;
  cached.set(letters, unit);
  return unit;
}

/** "684 Billion Qatari Riyals": the currency word's country named by the adjective right before it, or null. */
export function countryCurrencyOfAdjective(adjective: string, letters: string): string | null {
  const choices = Object.hasOwn(EN_COUNTRY_CURRENCY_LETTERS, letters) ? EN_COUNTRY_CURRENCY_LETTERS[letters] : null;
  return choices?.find(({ named }) => named.test(adjective))?.unit ?? null;
}
