// A figure whose subject reads as a place measures what its list or sentence measures: "France (207,000)",
// "Lewis County, 9.2 percent", "Luxembourg had 17 150 registered unemployed residents" (the GUIDE's subject rule:
// the measure, not the place; H50-2, H115-5).
import {
  EN_PLACE_JOINER,
  EN_PLACE_LIST_LEAD,
  EN_PLACE_NAME_SUFFIX,
  EN_PLACE_NAMES,
  EN_PEOPLE_NAMES,
  EN_PLACE_PART_PREFIX,
  EN_PLACE_TAIL,
  EN_MOVE_IN_MEASURE_AFTER,
} from '../rules/en/places';
import { EN_LAST_WORD } from '../rules/en/clause';
import { EN_NOT_COUNTED_NOUN_WORD } from '../rules/en/subjects';
import { breakdownSentenceStart, earlierWithin, type CompletionContext } from './subject';

const CAPITALISED_WORDS = /^[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)+$/;
const CAPITALISED_START = /^(?:the\s+)?[A-Z]/;
/** A measure names something: a lower-case word of three letters at least. */
const LOWER_CASE_WORD = /[a-z]{3}/;
/** How far after a figure's span the people it counts are read ("… percent of Americans"). */
const PEOPLE_AFTER_REACH = 40;
/** How far back a place subject is looked for before its figure. */
const NAME_REACH = 400;
const LEADING_ARTICLE = /^the\s+/i;
/**
 * What may stand between a figure and the people it counts: "over 1 million", "8.5 percent of", "1500 more"; not a
 * preposition of place ("12,453 in New South Wales" counts in a place).
 */
const FIGURE_WORDS_ONLY = /^(?:(?!(?:in|at|for|across|within|throughout)\b)[a-z]+\s?){0,3}$/;
/** A name right before its figure, as a list item: "Afghans (", "Lewis County, ", "Armenia – ", "Harris ". */
const NAME_RIGHT_BEFORE = /^\s*[,:(–—-]?\s*\(?\s*[-+−]?$/;
/** The capitalised names (and their joiners) a phrase opens with. */
const OPENING_NAMES = /^(?:(?:the|and|of)\s+|[A-Z][\w.'’&-]*\s*)+/;
const NAME_ONLY = /^(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,3}$/;
const EN_PLACE_LIST_LEADS = new RegExp(EN_PLACE_LIST_LEAD.source, 'gi');
const POSSESSIVE_END = /['’]s?$/;
/** A noun a figure counts, read from its span's last word: letters only, not a scale or a percent word. */
const COUNTED_NOUN = /^[a-z]{3,}$/;
/** A line opened by a bullet mark, or by an enumerator in brackets ("(iv)", "(b)"). */
const BULLET_LINE = /^[ \t]*(?:[•·▪◦‣*-]|\((?:[ivx]{1,5}|[a-h]|\d{1,2})\))[ \t]/;

/** One name that is a place: a listed place, a place narrowed ("Western NSW"), or a named division ("Lewis County"). */
function isOnePlace(name: string): boolean {
  const bare = name.replace(LEADING_ARTICLE, '').replace(POSSESSIVE_END, '');
  if (EN_PLACE_NAMES.has(bare.toLowerCase())) return true;
  if (CAPITALISED_WORDS.test(bare) && EN_PLACE_NAME_SUFFIX.test(bare)) return true;
  const part = EN_PLACE_PART_PREFIX.exec(bare);
  return !!part && isOnePlace(bare.slice(part[0].length));
}

/** The names a subject joins ("Japan and Norway" → Japan, Norway). */
function joinedNames(subject: string): string[] {
  return subject.trim().split(EN_PLACE_JOINER).filter(Boolean);
}

/** The subject names only peoples ("Afghans", "New Zealanders"). */
function namesOnlyPeoples(subject: string): boolean {
  const items = joinedNames(subject);
  return (
    items.length > 0 && items.every((item) => EN_PEOPLE_NAMES.has(item.replace(LEADING_ARTICLE, '').toLowerCase()))
  );
}

/** The subject names only places ("France", "Japan and Norway", "the Middle East", "Yorkshire and the Humber"). */
export function namesOnlyPlaces(subject: string): boolean {
  const whole = subject.trim();
  if (CAPITALISED_START.test(whole) && isOnePlace(whole)) return true;
  const items = joinedNames(subject);
  return items.length > 0 && items.every((item) => CAPITALISED_START.test(item) && isOnePlace(item));
}

/** The figure's span, or the of-phrase right after it, names the subject ("8.5 percent of Americans"). */
function countsPeopleNamed(spanAndAfter: string, subject: string): boolean {
  const at = spanAndAfter.indexOf(subject);
  return (
    at >= 0 &&
    FIGURE_WORDS_ONLY.test(
      spanAndAfter
        .slice(0, at)
        .replace(/[^A-Za-z]+/g, ' ')
        .trim(),
    )
  );
}

/** A measure narrowed to a place ("visitors from China") without the place ("visitors"), else as it is. */
function withoutPlaceTail(subject: string): string {
  const tail = EN_PLACE_TAIL.exec(subject);
  return tail && namesOnlyPlaces(tail[1]) ? subject.slice(0, tail.index) : subject;
}

/**
 * What a figure read against a place measures: what the list's lead ranks the places by, else what the figure before
 * in its sentence measures (without its own place), else the noun the figure counts. Null when none is named.
 */
function measureOfPlace(ctx: CompletionContext): string | null {
  const { text, numberStart, spanEnd } = ctx;
  const ranked = rankedMeasure(ctx);
  if (ranked) return ranked.measure;
  const sentenceStart = breakdownSentenceStart(text, numberStart);
  for (const before of earlierWithin(ctx.earlier, sentenceStart, numberStart)) {
    const measure = withoutPlaceTail(before.subject!);
    // "Yorkshire and the Humber received": a place and its verb, another place's reading.
    const opening = OPENING_NAMES.exec(measure)?.[0].trim() ?? '';
    if (LOWER_CASE_WORD.test(measure) && !(opening && namesOnlyPlaces(opening))) return measure;
  }
  const movedAfter = spanEnd === undefined ? null : EN_MOVE_IN_MEASURE_AFTER.exec(text.slice(spanEnd, spanEnd + 200));
  if (movedAfter) return movedAfter[1];
  // "The biggest changes were:⏎• China up 2,300 to 31,500": a bulleted place of a list measures what the figure before
  // the list measures.
  const listStart = bulletListStart(text, numberStart);
  if (listStart >= 0) {
    for (const before of earlierWithin(ctx.earlier, Math.max(0, listStart - NAME_REACH), listStart)) {
      const measure = withoutPlaceTail(before.subject!);
      const opening = OPENING_NAMES.exec(measure)?.[0].trim() ?? '';
      if (LOWER_CASE_WORD.test(measure) && !(opening && namesOnlyPlaces(opening))) return measure;
    }
  }
  const noun = spanEnd === undefined ? '' : (EN_LAST_WORD.exec(text.slice(numberStart, spanEnd))?.[0] ?? '');
  return COUNTED_NOUN.test(noun) && !EN_NOT_COUNTED_NOUN_WORD.test(noun) ? noun : null;
}

/** Where the run of bullet lines holding the figure starts (blank lines between items allowed), or -1 off a bullet line. */
export function bulletListStart(text: string, numberStart: number): number {
  let lineStart = text.lastIndexOf('\n', numberStart - 1) + 1;
  if (!BULLET_LINE.test(text.slice(lineStart, numberStart))) return -1;
  for (;;) {
    let previousEnd = lineStart - 1;
    while (previousEnd > 0 && /\s/.test(text[previousEnd - 1]) && text[previousEnd - 1] !== '\n') previousEnd--;
    while (previousEnd > 0 && text[previousEnd - 1] === '\n') previousEnd--;
    if (previousEnd <= 0) return lineStart;
    const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
    if (!BULLET_LINE.test(text.slice(previousStart, previousEnd))) return lineStart;
    lineStart = previousStart;
  }
}

/** The measure a list's lead ranks its items by ("Counties that registered the lowest number of voters were"). */
function rankedMeasure({ text, numberStart }: CompletionContext): { measure: string; ofPlaces: boolean } | null {
  const sentence = text.slice(breakdownSentenceStart(text, numberStart), numberStart);
  const lead = [...sentence.matchAll(EN_PLACE_LIST_LEADS)].at(-1);
  const measure = lead?.groups?.measure ?? lead?.groups?.moved;
  return measure ? { measure, ofPlaces: !!lead?.groups?.places } : null;
}

/** The subject completed for a figure, with a place replaced by the measure its list or sentence names. */
export function measureForPlace(subject: string | null, ctx: CompletionContext): string | null {
  if (!subject) return subject;
  // "1500 more New Zealanders", "8.5 percent of Americans": the people the figure counts are its subject.
  if (
    ctx.spanEnd !== undefined &&
    countsPeopleNamed(ctx.text.slice(ctx.numberStart, ctx.spanEnd + PEOPLE_AFTER_REACH), subject)
  )
    return subject;
  if (namesOnlyPlaces(subject)) {
    // A people named away from its figure ("8.5 percent … up from 7.9 percent" of Americans) is the group measured.
    const floor = Math.max(0, ctx.numberStart - NAME_REACH);
    const named = ctx.text.slice(floor, ctx.numberStart).lastIndexOf(subject);
    const listItem =
      named >= 0 && NAME_RIGHT_BEFORE.test(ctx.text.slice(floor + named + subject.length, ctx.numberStart));
    if (!listItem && namesOnlyPeoples(subject)) return subject;
    return measureOfPlace(ctx) ?? subject;
  }
  // "Counties that registered the lowest number of voters were Lamu (5,773)": the lead says the names are places.
  const ranked = NAME_ONLY.test(subject) ? rankedMeasure(ctx) : null;
  return ranked?.ofPlaces ? ranked.measure : subject;
}
