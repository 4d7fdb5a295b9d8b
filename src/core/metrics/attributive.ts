// A figure used as a modifier names what it measures after it, not before: "a $6.8 billion positive return on the
// FRBNY's loans to AIG", "Treasury's combined $182 billion commitment to stabilize AIG". The clause around it (its
// verb, its subject) is about something else ("the overall return … is now $22.7 billion").
import {
  EN_ATTRIBUTIVE_CHANGE_HEAD,
  EN_ATTRIBUTIVE_DANGLING,
  EN_ATTRIBUTIVE_EMPTY_HEAD,
  EN_ATTRIBUTIVE_LEAD,
  EN_FIGURE_WORD,
  EN_INITIALS,
  EN_PHRASE_FOLLOWS,
  EN_SPACES,
  EN_TRAILING_PUNCTUATION,
  EN_WORD_START,
  EN_NAMED_MEASURE_AFTER,
  EN_ATTRIBUTIVE_MAX_WORDS,
  EN_ATTRIBUTIVE_NEW_ITEM,
  EN_ATTRIBUTIVE_NOT_FIRST,
  EN_ATTRIBUTIVE_PREPOSITION,
  EN_ATTRIBUTIVE_SPAN,
  EN_ATTRIBUTIVE_STOP,
  EN_PARTICIPLE_WHEN_FOLLOWED,
  EN_FOOTNOTE_MARK,
  EN_YEAR_WORD,
  EN_NUMBER_ADJECTIVE,
  EN_LONE_PARTICIPLE,
  EN_PERIOD_AFTER_PHRASE,
  EN_PERIOD_OPENERS,
} from '../rules/en/subjects';

/** How far before the figure its determiner may stand. */
const LEAD_REACH = 40;
/** How far after the figure its phrase is read. */
const PHRASE_REACH = 200;

/** The noun phrase a figure modifies, as written, or null when the figure modifies none. */
export function attributivePhrase(
  text: string,
  numberStart: number,
  spanEnd: number,
  clauseEnd: number,
): string | null {
  if (!EN_ATTRIBUTIVE_SPAN.test(text.slice(numberStart, spanEnd))) return null;
  const rest = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + PHRASE_REACH));
  // After an article or a possessive; or, without one, before a capitalised name ("hit just 15% Level of Service").
  if (
    !EN_ATTRIBUTIVE_LEAD.test(text.slice(Math.max(0, numberStart - LEAD_REACH), numberStart)) &&
    !EN_NAMED_MEASURE_AFTER.test(rest)
  )
    return null;
  // The phrase must follow the figure directly ("$365 million⏎investment" wraps; "$5 billion, the" does not).
  if (!EN_PHRASE_FOLLOWS.test(rest)) return null;
  const kept = phraseWords(rest);
  if (!kept) return null;
  // "the 6.2 per cent recorded during …": a participle after the figure says how it was found, not what it measures.
  if (EN_LONE_PARTICIPLE.test(kept[0])) return null;
  const firstPreposition = kept.findIndex((w) => EN_ATTRIBUTIVE_PREPOSITION.test(w));
  const head = firstPreposition < 0 ? kept : kept.slice(0, firstPreposition);
  // A change named after the figure ("a 1.9 percent decline") is the change rules'; a head that says only how the
  // figure is expressed ("the 3.4 percent pace") names nothing.
  // "an 88% Level of Service" names a measure: an "of" complement makes the head more than a form.
  const named = firstPreposition > 0 && kept[firstPreposition].toLowerCase() === 'of';
  if (
    !head.length ||
    head.some((w) => EN_ATTRIBUTIVE_CHANGE_HEAD.test(w)) ||
    (!named && head.every((w) => EN_ATTRIBUTIVE_EMPTY_HEAD.test(w)))
  )
    return null;
  return kept.join(' ');
}

/**
 * A noun phrase as written from the start of `rest`, with its complements ("return on the FRBNY's loans to AIG",
 * "funds disbursed for TARP"), up to the clause's verb, a relative, a new item or another figure; null when `rest`
 * opens with no noun.
 */
export function phraseWords(rest: string): string[] | null {
  const words = rest.trim().split(EN_SPACES);
  const kept: string[] = [];
  for (let k = 0; k < words.length && kept.length < EN_ATTRIBUTIVE_MAX_WORDS; k++) {
    const marked = words[k];
    const word = marked.replace(EN_FOOTNOTE_MARK, '');
    if (!word) break;
    // Another figure ends the phrase ("rate to … savings of $1,500"); a year does not ("offering in September 2012").
    if (EN_FIGURE_WORD.test(word) && !EN_YEAR_WORD.test(word) && !EN_NUMBER_ADJECTIVE.test(word)) break;
    // A bracket closed that the phrase did not open ("stock) at a price") ends it.
    const closes = word.indexOf(')');
    if (closes >= 0 && !kept.some((w) => w.includes('(')) && !word.slice(0, closes).includes('(')) {
      if (closes > 0) kept.push(word.slice(0, closes));
      break;
    }
    const bare = word.replace(EN_TRAILING_PUNCTUATION, '');
    const lower = bare.toLowerCase();
    const participleAfterNoun = EN_PARTICIPLE_WHEN_FOLLOWED.get(lower)?.has((words[k + 1] ?? '').toLowerCase());
    if (EN_ATTRIBUTIVE_STOP.has(lower) && !(kept.length && participleAfterNoun)) break;
    if (kept.length && EN_PERIOD_OPENERS.has(lower) && EN_PERIOD_AFTER_PHRASE.test(words.slice(k).join(' '))) break;
    if (kept.length === 0 && (EN_ATTRIBUTIVE_NOT_FIRST.has(lower) || !EN_WORD_START.test(bare))) return null;
    if ((lower === 'and' || lower === 'or') && EN_ATTRIBUTIVE_NEW_ITEM.test(words[k + 1] ?? '')) break;
    // An abbreviation's full stop ("U.S.") does not end the phrase.
    const ends = (bare !== word && !EN_INITIALS.test(word)) || word !== marked;
    kept.push(ends ? bare : word);
    if (ends) break;
  }
  // A phrase cut before its complement ends on no preposition, article or participle ("plant powered by").
  while (kept.length > 1 && EN_ATTRIBUTIVE_DANGLING.test(kept[kept.length - 1])) kept.pop();
  return kept.length ? kept : null;
}
