// The English clause model for subjects: the clause a figure sits in, the verb that governs the figure,
// and that verb's subject noun phrase (fronted adverbials, insertions and earlier clauses cut away;
// pronouns and bare heads resolved from the sentences before; counts of places read as "states where …").
import {
  EN_ADVERBIAL_PARTICIPLE_OPENERS,
  EN_AUXILIARIES,
  EN_NOUN_VERB_COMPOUNDS,
  EN_BASE_AFTER_COMMA,
  EN_PARTICIPLE,
  EN_PERIOD_ONLY,
  EN_MOVE_NOUN_ONLY,
  EN_DEGREE_ADVERB_ONLY,
  EN_COMPARISON_ONLY,
  EN_TRAILING_CONNECTOR,
  EN_OBJECT_TIME_TAIL,
  EN_DATE_LINE,
  EN_LABEL_COLON_END,
  EN_PARAGRAPH_BREAK,
  EN_TIME_ONLY_SUBJECT,
  EN_PRONOUN_END,
  EN_BARE_HEAD,
  EN_CAUSATIVE_VERBS,
  EN_CLAUSE_TOKEN,
  EN_CONNECTORS,
  EN_FIGURE_FOLLOWER,
  EN_FIGURE_TOKEN,
  EN_FRONTED_OPENERS,
  EN_GOVERNING_VERBS,
  EN_LEVEL_HOLDING_COMPLEMENTS,
  EN_INSERTION_OPENERS,
  EN_LOOKBACK_SENTENCE_END,
  EN_MODIFIER_START,
  EN_NP_TIME_TAIL,
  EN_SUBJECT_PERIOD_TAIL,
  EN_BRACKETED_LIST,
  EN_PERIOD_POSSESSIVE_LEAD,
  EN_DATE_LEAD_OPENERS,
  EN_DATE_LEAD_TOKEN,
  EN_DATE_LEAD_ANCHOR,
  EN_PLACE_COUNT_LEADS,
  EN_PLACE_NOUNS,
  EN_PLACE_PREPOSITIONS,
  EN_PLACE_RESTRICTION,
  EN_RESTRICTING_OPENERS,
  EN_STAND_IN,
  EN_EXISTENTIAL_SUBJECT,
  EN_SUBJECT_LIST_SPLIT,
  EN_SUBJECT_TRAILERS,
  EN_SUBORDINATORS,
  EN_CLAUSE_CONTRASTERS,
  EN_AS_NOT_A_CLAUSE_OPENER,
  EN_COMPLEMENT_VERBS,
  EN_PREPOSITION_OPENED,
  EN_PARTICLES_NOT_OBJECT,
  EN_COORDINATED_PRONOUNS,
  EN_CLAUSE_COORDINATORS,
  EN_SUBJECT_SHARING_VERBS,
  EN_HEADLINE_PARTICIPLE,
  EN_HEADLINE_PARTICIPLE_LEADS,
  EN_CLAUSE_DETERMINERS,
  EN_WEAK_SUBJECT,
  EN_NOUN_OR_VERB,
  EN_VERB_CUES,
  EN_PLURAL_NOUN,
  EN_ADVERB,
  EN_LEVEL_LEADS,
  EN_PROJECTION_VERBS,
  EN_OBJECT_PERIOD_PREPOSITIONS,
  EN_PROJECTED_OBJECT_LEADS,
  EN_PROJECTED_OBJECT_MAX_WORDS,
  EN_CLAUSE_SENTENCE_END,
  EN_SENTENCE_REACH,
  EN_AGENT_VERBS,
  EN_COORDINATED_LEVEL_VERBS,
  EN_EXPLETIVES,
  EN_NOT_SUBJECT_OPENERS,
  EN_PAST_FORM,
  EN_OBJECT_MOVING_VERBS,
  EN_OBJECT_LEADS,
  EN_LEVEL_NAME_WORDS,
  EN_OBJECT_FROM_LEAD,
  EN_OBJECT_OPENERS,
  EN_RANGE_WORDS,
  EN_FIGURE_START,
  EN_YEAR_TOKEN,
  EN_DIGIT_START,
  EN_FULL_STOP_END,
  EN_SPACE_RUN,
  EN_WORD_START,
  EN_LEADING_ARTICLE,
  EN_LEADING_POSSESSIVE,
  EN_EVENT_STAND_IN,
  EN_PAST_CHANGE,
  EN_NAMED_CHANGE_IN,
  EN_CAPITAL_ARTICLE,
  EN_PLURAL_END,
  EN_FIRST_WORD,
  EN_BARE_HEAD_WORD,
  EN_LAST_WORD,
  EN_VP_COORDINATORS,
  EN_COMPARISON_TAIL,
  EN_EXTRA_PREDICATES,
  EN_VERB_FOLLOWERS,
  EN_CONNECTOR_END,
  EN_RESPECTIVELY_AFTER,
  EN_NOT_NOUN_PHRASE,
  EN_INDEFINITE_ARTICLES,
  EN_LIST_ITEM_LABEL,
  EN_LIST_LABEL_MAX_WORDS,
  EN_LIST_LABEL_REACH,
  EN_SPAN_PARTICIPLES,
  EN_DASH_INSERTION,
  EN_DATELINE,
  EN_OWN_CHANGE_WORDS,
  EN_SUPERLATIVE_HELD,
  EN_LEVEL_PREPOSITION_BEFORE,
  EN_SUPERLATIVE_OF_PHRASE,
  EN_NOUN_LIST,
  EN_MODIFIED_HEAD,
  EN_SUPERLATIVE_HELD_AFTER_BRACKET,
  EN_SUPERLATIVE_TAIL_BREAK,
  EN_SUPERLATIVE_CHANGE_HEAD,
  EN_SUPERLATIVE_CHANGED_THING,
  EN_RANKED_MOVE_ITEM,
} from '../rules/en/clause';
import {
  EN_ITEM_LABEL_LINE,
  EN_ITEM_LABEL_MAX_LINES,
  EN_LIST_BEFORE_ITEM,
  EN_SHARE_TAIL,
  EN_TAIL_ONLY,
  EN_TIME_TAIL,
  EN_VERB_FIRST_ITEM,
  EN_PREPOSITIONAL_PHRASE,
  EN_COLON_LABEL_LINE,
  EN_NOT_LABEL,
  EN_PARTITIVE_LABEL,
  EN_OWN_COUNTED_NOUN,
  EN_WITH_FIGURE_BEFORE,
  EN_WITH_NOMINAL_OF_BEFORE,
  EN_AGENT_PAST_VERB_END,
  EN_BARE_VERB_PHRASE,
  EN_WHEN_ONLY_PHRASE,
  EN_INCLUSION_VERBS,
  EN_PARTITIVE_AFTER,
  EN_QUANTITY_LEAD_BEFORE,
  EN_NOT_A_SUBJECT_WORD,
  EN_MORE_OR_FEWER_IN_SPAN,
  EN_PARTICIPLE_AFTER_SPAN,
  EN_POSSESSIVE_BEFORE_FIGURE,
  EN_ARTICLE_OPENS_FIGURE_CLAUSE,
  EN_LED_BY_NAMED_ITEM_BEFORE,
  EN_LAST_WORD_BEFORE,
} from '../rules/en/subjects';
import { namesOnlyPlaces } from './place-measure';

/** A word, figure or punctuation mark of a clause, with its offsets in the text. */
export interface ClauseToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** What the clause model reads for a figure: its governing verb and that verb's subject. */
export interface ClauseReading {
  /** The subject noun phrase as written ('' when the clause has none before its verb). */
  subject: string;
  /** The governing verb, lower case. */
  verb: string;
  /** A fronted phrase that restricts the subject ("For adults ages 19 to 25"), or null. */
  restriction: string | null;
  /** The figures of the clause between the verb and this figure (its place in a respectively-list). */
  figuresBefore: number;
  /** Whether a place preposition ("in", "across") stands between the verb and the figure. */
  placeAfterVerb: boolean;
  /** The verb with the complement it takes before the figure ("were higher", "was essentially unchanged"). */
  predicate: string;
  /** Whether `subject` is the object a verb moves to the figure ("lower the target range … to 0 to 1/4 percent"). */
  object: boolean;
  /** Whether `subject` is the noun phrase after "with" that governs a participle ("with total output amounting to"). */
  withPhrase?: boolean;
}

/** How far back the model looks for the subject a pronoun or a bare head stands for. */
/** A run of white space, read as one space (hard wraps inside a phrase). */
const WHITE_SPACE_RUN = /\s+/g;
const LOOKBACK_CHARS = 800;
/** How many sentences before it reads for that subject. */
const LOOKBACK_SENTENCES = 6;
/** A verbless sentence this short is a label or heading that names a subject. */
const LABEL_MAX_WORDS = 14;
/** A subject longer than this many words is cut to its last ones. */
const SUBJECT_MAX_WORDS = 16;
/** The most tokens a fronted date takes ("at the end of June 2019"). */
const DATE_LEAD_MAX_TOKENS = 6;
/** A complement of the verb longer than this is no adjective ("higher", "essentially unchanged"). */
const PREDICATE_MAX_WORDS = 3;
/** The longest noun phrase after "with" that is read as a participle's subject ("with real GDP growth decelerating"). */
const WITH_PHRASE_MAX_WORDS = 6;
/** How far after a fronted figure ("At 430.0 million barrels, U.S. crude oil inventories are …") the model reads. */
const FORWARD_REACH = 200;
/** How far before a figure "with" and its approximation words are looked for. */
const WITH_LEAD_REACH = 40;

export function tokenize(text: string, start: number, end: number): ClauseToken[] {
  const out: ClauseToken[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(EN_CLAUSE_TOKEN)) {
    const word = m[0];
    out.push({ text: word, lower: word.toLowerCase(), start: start + m.index, end: start + m.index + word.length });
  }
  return out;
}

/** Does the token state a figure (money, a percentage, grouped digits, a number with a scale or unit word)? */
function isFigure(tokens: readonly ClauseToken[], k: number): boolean {
  const t = tokens[k];
  if (!EN_FIGURE_START.test(t.text)) return false;
  return EN_FIGURE_TOKEN.test(t.text) || EN_FIGURE_FOLLOWER.has(tokens[k + 1]?.lower ?? '');
}

/** Determiners and prepositions that make the next word a noun ("with declines", "a rise"). */
const NOUN_MARKERS = new Set([
  'a',
  'an',
  'the',
  'with',
  'of',
  'its',
  'their',
  'this',
  'these',
  'no',
  'for',
  'by',
  'and',
]);

/** Is the token a governing verb here (not the noun of the same spelling: "with declines ranging …")? */
function isVerb(tokens: readonly ClauseToken[], k: number): boolean {
  const t = tokens[k];
  if (!EN_GOVERNING_VERBS.has(t.lower)) return false;
  if (t.lower === 'is' || t.lower === 'are' || t.lower === 'was' || t.lower === 'were') return true;
  const before = tokens[k - 1]?.lower ?? '';
  if (EN_NOUN_VERB_COMPOUNDS.has(`${before} ${t.lower}`)) return false;
  // "takes total spending to", "brings total fund performance to": the word after a verb that moves an object opens
  // the object.
  if (EN_OBJECT_MOVING_VERBS.has(before)) return false;
  // "This rose from 174 to 282": a demonstrative opening the clause is the pronoun subject of a past verb.
  const pronoun = k === 1 && EN_EVENT_STAND_IN.test(before) && EN_PAST_CHANGE.test(t.lower);
  // "…, and stood at $1.2 billion": a past verb of level coordinated after a comma, not a noun after "and"; so is one
  // whose figure follows at once ("and settle at 4.5%", "and now stands at 5.6 percent").
  let c = k - 1;
  while (c >= 0 && EN_ADVERB.test(tokens[c].lower)) c--;
  const coordinated =
    tokens[c]?.lower === 'and' &&
    (tokens[c - 1]?.text === ',' || EN_LEVEL_LEADS.has(tokens[k + 1]?.lower ?? '')) &&
    EN_COORDINATED_LEVEL_VERBS.has(t.lower);
  if (coordinated) return true;
  if (NOUN_MARKERS.has(before) && !pronoun) return false;
  if (!EN_NOUN_OR_VERB.has(t.lower)) return true;
  // "the largest increase" is a noun; "prices usually increase", "expected to increase" a verb.
  let j = k - 1;
  while (j >= 0 && EN_ADVERB.test(tokens[j].lower)) j--;
  const cue = tokens[j];
  return !!cue && (EN_VERB_CUES.has(cue.lower) || EN_AUXILIARIES.has(cue.lower) || EN_PLURAL_NOUN.test(cue.text));
}

/** Characters past a position read for the lookahead of a sentence end right before it. */
const SENTENCE_END_LOOKAHEAD = 12;

/** Where the sentence holding `position` starts: after the last sentence end within reach, else `floor`. */
export function sentenceStartBefore(text: string, floor: number, position: number): number {
  const from = Math.max(0, position - EN_SENTENCE_REACH);
  let start = Math.max(floor, from);
  // A few characters past the position: a sentence end right before it ("married. Some 20,400", the approximation
  // word inside the figure's span) is read with the capital its lookahead wants.
  for (const m of text.slice(from, position + SENTENCE_END_LOOKAHEAD).matchAll(EN_CLAUSE_SENTENCE_END))
    if (from + m.index + m[0].length <= position) start = from + m.index + m[0].length;
  return start;
}

/** The last index whose element passes `test`, or -1 (Array.prototype.findLastIndex is ES2023). */
function lastIndexWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k], k)) return k;
  return -1;
}

function isBoundary(t: ClauseToken): boolean {
  return t.text === ';' || t.text === ':' || t.text.startsWith('\n');
}

/**
 * Splits tokens at commas into segments (each a list of tokens). A comma inside brackets lists what the bracket
 * holds ("teachers based in all sectors (early learning, primary, special schools) was"), no clause boundary.
 */
function segments(tokens: readonly ClauseToken[]): ClauseToken[][] {
  const out: ClauseToken[][] = [[]];
  let depth = 0;
  tokens.forEach((t, k) => {
    if (t.text === '(') depth += tokens.some((u, j) => j > k && u.text === ')') ? 1 : 0;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (t.text === ',' && depth === 0) out.push([]);
    else out[out.length - 1].push(t);
  });
  return out.filter((s) => s.length > 0);
}

function segmentText(text: string, seg: readonly ClauseToken[]): string {
  return text.slice(seg[0].start, seg[seg.length - 1].end);
}

/**
 * How many tokens a fronted date takes at a segment's start ("At 1 July 2010", "As at end June 2019"), when a noun
 * phrase follows it; 0 otherwise.
 */
function leadingDateLength(seg: readonly ClauseToken[]): number {
  if (!EN_DATE_LEAD_OPENERS.has(seg[0]?.lower ?? '')) return 0;
  let k = 1;
  let dated = false;
  while (k < seg.length && k <= DATE_LEAD_MAX_TOKENS && EN_DATE_LEAD_TOKEN.test(seg[k].text)) {
    if (EN_DATE_LEAD_ANCHOR.test(seg[k].text)) dated = true;
    k++;
  }
  return dated && k < seg.length && EN_WORD_START.test(seg[k].text) && !isVerb(seg, k) ? k : 0;
}

/**
 * The subject noun phrase of the words before a verb: earlier clauses, fronted adverbials and insertions
 * cut away, a subordinator's clause opened ("when rates" → rates). Returns the phrase and the restricting
 * fronted phrase, if any.
 */
function subjectOfRegion(
  text: string,
  region: readonly ClauseToken[],
): { subject: string; restriction: string | null } {
  let segs = segments(region).filter((seg, i) => i === 0 || !EN_INSERTION_OPENERS.has(seg[0].lower));
  // An earlier clause (a verb or a figure of its own) ends where the subject's segments start.
  let last = -1;
  segs.forEach((seg, i) => {
    if (i < segs.length - 1 && seg.some((_, k) => isVerb(seg, k) || isFigure(seg, k))) last = i;
  });
  segs = segs.slice(last + 1);
  let restriction: string | null = null;
  while (segs.length > 1 && EN_FRONTED_OPENERS.has(segs[0][0].lower)) {
    const fronted = segs.shift()!;
    if (EN_RESTRICTING_OPENERS.has(fronted[0].lower) && !fronted.some((t) => EN_YEAR_TOKEN.test(t.text)))
      restriction = segmentText(text, fronted);
  }
  if (!segs.length) return { subject: '', restriction };
  // Inside the first segment: after its last subordinator, verb or figure ("But fewer states saw …, when rates").
  const first = segs[0];
  let cut = 0;
  first.forEach((t, k) => {
    if (EN_SUBORDINATORS.has(t.lower) || isVerb(first, k) || isFigure(first, k)) cut = k + 1;
    else if (EN_COMPLEMENT_VERBS.has(t.lower) && EN_CLAUSE_DETERMINERS.has(first[k + 1]?.lower ?? '')) cut = k + 1;
    // "… continues to reduce and it is estimated …": a pronoun opening the last clause is its subject.
    else if (
      k === first.length - 2 &&
      EN_CLAUSE_COORDINATORS.has(t.lower) &&
      EN_COORDINATED_PRONOUNS.has(first[k + 1].lower)
    )
      cut = k + 1;
  });
  // A figure's scale and unit words are the figure's ("$4 billion less than").
  while (cut > 0 && cut < first.length && EN_FIGURE_FOLLOWER.has(first[cut].lower)) cut++;
  segs[0] = first.slice(cut);
  while (segs[0]?.length && EN_CONNECTORS.has(segs[0][0].lower)) segs[0] = segs[0].slice(1);
  // "At 1 July 2010 the number of schools was": a date fronted without its comma says when; the subject follows it.
  const dated = leadingDateLength(segs[0] ?? []);
  if (dated > 0) segs[0] = segs[0].slice(dated);
  // "by the CSEW", "less than …", "There were …": no subject.
  const opener = segs[0]?.[0]?.lower ?? '';
  if (EN_NOT_SUBJECT_OPENERS.has(opener) || (EN_EXPLETIVES.has(opener) && segs[0].length === 1))
    return { subject: '', restriction };
  const pieces = segs.filter((s) => s.length > 0);
  if (!pieces.length) return { subject: '', restriction };
  let subject = segmentText(text, pieces[0]);
  for (const piece of pieces.slice(1)) {
    // An appositive ("Private inventory investment, a volatile component, subtracted …") describes, it doesn't name.
    if (EN_INDEFINITE_ARTICLES.has(piece[0].lower)) continue;
    const joiner = EN_FRONTED_OPENERS.has(piece[0].lower) && piece[0].lower !== 'and' ? ' ' : ', ';
    subject += `${joiner}${segmentText(text, piece)}`;
  }
  subject = subject
    .replace(EN_SPACE_RUN, ' ')
    .replace(EN_SUBJECT_TRAILERS, '')
    .replace(EN_SUBJECT_PERIOD_TAIL, '')
    .trim()
    .replace(EN_PERIOD_POSSESSIVE_LEAD, '');
  // "Private domestic final purchases – the sum of consumption, … – rose": a dash opens an insertion.
  const dashed = subject.split(EN_DASH_INSERTION);
  subject = dashed.length > 1 && EN_DATELINE.test(dashed[0]) ? dashed[dashed.length - 1] : dashed[0];
  // Too long a subject loses a bracket listing items first ("in all sectors (early learning and childcare, primary,
  // secondary)"): it details, the words before it name.
  if (subject.split(' ').length > SUBJECT_MAX_WORDS) subject = subject.replace(EN_BRACKETED_LIST, '');
  const words = subject.split(' ');
  if (words.length > SUBJECT_MAX_WORDS) subject = words.slice(-SUBJECT_MAX_WORDS).join(' ');
  return { subject, restriction };
}

/**
 * The tokens without the closed brackets that hold a figure: "Short-term visitor arrivals during March 2018 (761,800
 * movements) increased 0.4%" restates a figure between the subject and its verb, and the subject is read past it.
 */
function withoutFigureBrackets(tokens: readonly ClauseToken[]): ClauseToken[] {
  const out: ClauseToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].text === '(') {
      const close = tokens.findIndex((t, j) => j > k && (t.text === ')' || t.text === '('));
      if (
        close > k &&
        tokens[close].text === ')' &&
        tokens.slice(k + 1, close).some((_, j) => isFigure(tokens, k + 1 + j))
      ) {
        k = close;
        continue;
      }
    }
    out.push(tokens[k]);
  }
  return out;
}

/** Reads the clause of the figure at `figureStart`, from `windowStart` (the sentence's start, or a bounded window). */
export function readClause(
  text: string,
  windowStart: number,
  figureStart: number,
  ofParticiple = false,
): ClauseReading | null {
  let tokens = tokenize(text, windowStart, figureStart);
  // A figure in brackets ("levels (63.3 percent") measures the phrase before the bracket, not the clause's subject.
  const open = lastIndexWhere(tokens, (t) => t.text === '(');
  if (open >= 0 && !tokens.slice(open).some((t) => t.text === ')')) {
    // "by $39.5 billion (29.5 percent)": the figure restates the one before the bracket, read from there.
    const restated =
      open > 0 && lastIndexWhere(tokens.slice(0, open), (_, j) => j >= open - 3 && isFigure(tokens, j)) >= 0;
    if (!restated || open + 2 < tokens.length) return null;
    tokens = tokens.slice(0, open);
  }
  tokens = withoutFigureBrackets(tokens);
  const boundary = lastIndexWhere(tokens, isBoundary);
  if (boundary >= 0) tokens = tokens.slice(boundary + 1);
  // "The dollar value of world merchandise trade stagnated in 2014, as exports rose just 0.7%": ", as" opens the
  // figure's own clause when a verb follows it.
  const as = lastIndexWhere(
    tokens,
    (t, j) =>
      t.lower === 'as' &&
      tokens[j - 1]?.text === ',' &&
      !!tokens[j + 1] &&
      !EN_AS_NOT_A_CLAUSE_OPENER.has(tokens[j + 1].lower) &&
      EN_WORD_START.test(tokens[j + 1].text),
  );
  if (as > 0 && tokens.slice(as + 2).some((_, j) => isVerb(tokens.slice(as + 1), j + 1))) tokens = tokens.slice(as + 1);
  let figuresBefore = 0;
  let placeAfterVerb = false;
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (isFigure(tokens, k)) figuresBefore++;
    if (EN_PLACE_PREPOSITIONS.has(tokens[k].lower)) placeAfterVerb = true;
    const object = EN_OBJECT_MOVING_VERBS.has(tokens[k].lower)
      ? objectMovedToFigure(text, tokens, k)
      : EN_PROJECTION_VERBS.has(tokens[k].lower)
        ? projectedObject(text, tokens, k)
        : '';
    if (object)
      return {
        subject: object,
        verb: tokens[k].lower,
        predicate: tokens[k].lower,
        restriction: null,
        figuresBefore,
        placeAfterVerb,
        object: true,
      };
    // "OCR reduced by 25 basis points to 5.25%": a headline's participle with no auxiliary; the noun before it moved.
    if (
      k > 0 &&
      EN_OBJECT_MOVING_VERBS.has(tokens[k].lower) &&
      EN_HEADLINE_PARTICIPLE.test(tokens[k].lower) &&
      EN_HEADLINE_PARTICIPLE_LEADS.has(tokens[k + 1]?.lower ?? '') &&
      EN_WORD_START.test(tokens[k - 1].text) &&
      !EN_AUXILIARIES.has(tokens[k - 1].lower) &&
      tokens[k - 1].lower !== 'to'
    ) {
      const { subject, restriction } = subjectOfRegion(text, tokens.slice(0, k));
      const verb = tokens[k].lower;
      if (subject) return { subject, verb, predicate: verb, restriction, figuresBefore, placeAfterVerb, object: false };
    }
    // "… 0.7 percent after rising at an annual rate of 2.1 percent", "…, following 2.1 percent": the participle's or
    // the base's figure measures the main clause's subject.
    const opensAdverbial =
      k > 0 &&
      ((EN_PARTICIPLE.test(tokens[k].lower) && EN_ADVERBIAL_PARTICIPLE_OPENERS.has(tokens[k - 1].lower)) ||
        (k === tokens.length - 1 && EN_BASE_AFTER_COMMA.has(tokens[k].lower) && tokens[k - 1].text === ','));
    // "… slowed, with real GDP growth decelerating to 0.7 percent": the noun phrase after "with" governs the participle.
    if (EN_PARTICIPLE.test(tokens[k].lower) && !EN_SPAN_PARTICIPLES.has(tokens[k].lower)) {
      const withAt = lastIndexWhere(tokens, (t, j) => j < k && t.lower === 'with');
      const phrase = withAt >= 0 ? tokens.slice(withAt + 1, k) : [];
      if (
        phrase.length > 0 &&
        phrase.length <= WITH_PHRASE_MAX_WORDS &&
        phrase.every((t, j) => EN_WORD_START.test(t.text) && !isVerb(phrase, j) && !isFigure(phrase, j))
      ) {
        const subject = text.slice(phrase[0].start, phrase[phrase.length - 1].end);
        const verb = tokens[k].lower;
        return {
          subject,
          verb,
          predicate: verb,
          restriction: null,
          figuresBefore,
          placeAfterVerb,
          object: false,
          withPhrase: true,
        };
      }
    }
    if (opensAdverbial) {
      // "Global growth lost momentum throughout 2018, falling to 2.7 percent": what falls is the main clause's subject.
      const main = readClause(text, windowStart, tokens[k - 1].start, true);
      if (main && main.subject) return { ...main, figuresBefore, placeAfterVerb, object: false };
    }
    if (!isVerb(tokens, k)) continue;
    const verb = tokens[k].lower;
    // "caused Florida and Miami gasoline prices to increase $0.40/gal": the noun phrase before "to".
    if (tokens[k - 1]?.lower === 'to') {
      const causer = lastIndexWhere(tokens, (t, j) => j < k - 1 && EN_CAUSATIVE_VERBS.has(t.lower));
      if (causer >= 0 && k - 1 - causer > 1) {
        const { subject } = subjectOfRegion(text, tokens.slice(causer + 1, k - 1));
        if (subject)
          return { subject, verb, predicate: verb, restriction: null, figuresBefore, placeAfterVerb, object: false };
      }
      continue;
    }
    // "police recorded 3.7 million offences": the figure is the object; the agent is no subject of it.
    // "are expected to decrease by …" raises its subject: read on.
    // "exports … posted a 5.8 percent increase": a change named after the figure is the subject's own.
    // "Payroll reported an increase of 2.5 percent": so is one named before the figure.
    const between = tokens.slice(k + 1);
    const ownChange =
      between.length > 0 &&
      EN_INDEFINITE_ARTICLES.has(between[0].lower) &&
      between.every((t) => EN_OWN_CHANGE_WORDS.has(t.lower));
    // Unless a participle's main clause has no figure of its own ("Global growth lost momentum …, falling to 2.7 percent").
    const participleOwner = ofParticiple && figuresBefore === 0;
    if (EN_AGENT_VERBS.has(verb) && tokens[k + 1]?.lower !== 'to' && !ownChange && !participleOwner) return null;
    let a = k;
    while (a > 0 && (EN_AUXILIARIES.has(tokens[a - 1].lower) || EN_ADVERB.test(tokens[a - 1].lower))) a--;
    // "it is estimated to have fallen 27 per cent": a raised infinitive; its subject is the verb's before.
    if (a > 1 && a < k && tokens[a - 1].lower === 'to') continue;
    const predicate = predicateOf(tokens, k);
    // "… increased by 0.9 million barrels last week and are about 3% below": the verb shares the subject before.
    if (a > 0 && EN_VP_COORDINATORS.has(tokens[a - 1].lower)) {
      const shared = readClause(text, windowStart, tokens[a - 1].start);
      if (shared) return { ...shared, verb, predicate, figuresBefore, placeAfterVerb, object: false };
      // "the HPS fund paid out $0.9 million in claims to 1,100 members, and stood at $1.2 billion": after a comma the
      // verb shares the subject of the clause's first verb.
      const first = firstVerbSubject(text, windowStart, tokens[a - 1].start);
      if (first)
        return { subject: first, verb, predicate, restriction: null, figuresBefore, placeAfterVerb, object: false };
    }
    const { subject, restriction } = subjectOfRegion(text, tokens.slice(0, a));
    return { subject, verb, predicate, restriction, figuresBefore, placeAfterVerb, object: false };
  }
  return null;
}

/** The subject of the first verb of the sentence part before `end`, when that part closes with a comma; or null. */
function firstVerbSubject(text: string, windowStart: number, end: number): string | null {
  const tokens = tokenize(text, windowStart, end);
  if (tokens.at(-1)?.text !== ',') return null;
  const verb = tokens.findIndex((_, k) => k > 0 && isVerb(tokens, k));
  if (verb < 0) return null;
  let a = verb;
  while (a > 0 && (EN_AUXILIARIES.has(tokens[a - 1].lower) || EN_ADVERB.test(tokens[a - 1].lower))) a--;
  const { subject } = subjectOfRegion(text, tokens.slice(0, a));
  return subject && !isStandIn(subject) ? subject : null;
}

/**
 * The verb with its complement before the figure's place phrase: "were higher in 12 states", "…, lower in 5 states"
 * (a listed complement after a comma), "was essentially unchanged in 20 states".
 */
function predicateOf(tokens: readonly ClauseToken[], verb: number): string {
  const comma = lastIndexWhere(tokens, (t) => t.text === ',');
  const from = comma > verb ? comma + 1 : verb + 1;
  let to = from;
  while (to < tokens.length && !EN_PLACE_PREPOSITIONS.has(tokens[to].lower) && to - from < PREDICATE_MAX_WORDS) to++;
  const complement = tokens.slice(from, to).filter((t) => !EN_CONNECTORS.has(t.lower));
  const plain = complement.every((t) => EN_WORD_START.test(t.text) && !EN_NOT_SUBJECT_OPENERS.has(t.lower));
  if (to >= tokens.length || !EN_PLACE_PREPOSITIONS.has(tokens[to].lower) || !complement.length || !plain)
    return tokens[verb].lower;
  return `${tokens[verb].lower} ${complement.map((t) => t.text).join(' ')}`;
}

/**
 * "projects growth to recover modestly to 3.4 per cent", "is projecting real GDP growth at 3.7 per cent": the noun
 * phrase a forecast's verb puts on the figure, up to its infinitive or "at"; '' when there is none.
 */
function projectedObject(text: string, tokens: readonly ClauseToken[], verb: number): string {
  const lead = tokens.findIndex((t, j) => j > verb && EN_PROJECTED_OBJECT_LEADS.has(t.lower));
  if (lead <= verb + 1 || lead - verb - 1 > EN_PROJECTED_OBJECT_MAX_WORDS) return '';
  // "at" leads to the figure itself; "to" to the figure or to the object's own verb.
  if (tokens[lead].lower === 'at' && lead !== tokens.length - 1) return '';
  const object = tokens.slice(verb + 1, lead);
  if (!object.every((t, j) => EN_WORD_START.test(t.text) && !isFigure(object, j) && t.lower !== 'that')) return '';
  return text
    .slice(object[0].start, object[object.length - 1].end)
    .replace(EN_LEADING_ARTICLE, '')
    .replace(EN_LEADING_POSSESSIVE, '');
}

/**
 * "lower the target range for the federal funds rate to 0 to 1/4 percent", "cut average response times by 10
 * percent": the noun phrase between the verb and the "to"/"by" that leads to the figure; '' when there is none.
 */
function objectMovedToFigure(text: string, tokens: readonly ClauseToken[], verb: number): string {
  const lead = tokens.findIndex((t, j) => j > verb && EN_OBJECT_LEADS.has(t.lower));
  if (lead === verb + 1) return '';
  // "reduces net debt from $400 million to $50 million": "from" leads to the figure when the words after it reach it;
  // "set the rate from 1 July at 5 per cent": else the first "to", "by" or "at".
  const from = tokens.findIndex((t, j) => j > verb + 1 && (lead < 0 || j < lead) && t.lower === EN_OBJECT_FROM_LEAD);
  return (
    (from > 0 && objectBeforeLead(text, tokens, verb, from)) ||
    (lead > verb ? objectBeforeLead(text, tokens, verb, lead) : '')
  );
}

/** The noun phrase between a verb that moves an object and one lead ("to", "by", "at", "from") to the figure, or ''. */
function objectBeforeLead(text: string, tokens: readonly ClauseToken[], verb: number, lead: number): string {
  // "revised down its global growth projection to": a particle before the object.
  const from = EN_PARTICLES_NOT_OBJECT.has(tokens[verb + 1].lower) && lead > verb + 2 ? verb + 2 : verb + 1;
  let object = tokens.slice(from, lead);
  // "… projection for 2019": the period the object is for is no part of it.
  const period = object.length - 2;
  if (
    period > 0 &&
    EN_OBJECT_PERIOD_PREPOSITIONS.has(object[period].lower) &&
    EN_YEAR_TOKEN.test(object[period + 1].text)
  )
    object = object.slice(0, period);
  if (
    object.some(
      (t, j) => isFigure(object, j) || isVerb(object, j) || t.text === ',' || EN_PARTICLES_NOT_OBJECT.has(t.lower),
    )
  )
    return '';
  // "held steady at 61.9%": a complement of the verb, no object moved.
  if (object.every((t) => EN_LEVEL_HOLDING_COMPLEMENTS.has(t.lower))) return '';
  // "kept the policy rate unchanged at 5.25%": the complement after the object is how it was kept, not its name.
  while (object.length > 1 && EN_LEVEL_HOLDING_COMPLEMENTS.has(object[object.length - 1].lower))
    object = object.slice(0, -1);
  if (!EN_OBJECT_OPENERS.has(object[0].lower) && !EN_WORD_START.test(object[0].text)) return '';
  if (EN_NOT_SUBJECT_OPENERS.has(object[0].lower) || EN_FRONTED_OPENERS.has(object[0].lower)) return '';
  // Only approximation words, figures and range words stand between the "to" and the figure.
  const rest = tokens.slice(lead + 1);
  if (
    rest.some(
      (t, j) =>
        EN_WORD_START.test(t.text) &&
        !EN_PLACE_COUNT_LEADS.has(t.lower) &&
        !EN_LEVEL_NAME_WORDS.has(t.lower) &&
        !EN_RANGE_WORDS.has(t.lower) &&
        !EN_FIGURE_FOLLOWER.has(t.lower) &&
        !isFigure(rest, j),
    )
  )
    return '';
  return text
    .slice(object[0].start, object[object.length - 1].end)
    .replace(EN_LEADING_ARTICLE, '')
    .replace(EN_OBJECT_TIME_TAIL, '');
}

function isStandIn(subject: string): boolean {
  const words = subject.toLowerCase().split(' ');
  return words.length <= 2 && EN_STAND_IN.has(words[0]);
}

/** The subject a sentence before names: its verb's subject, or a verbless label ("Private coverage … 2019:"). */
function subjectBefore(text: string, before: number, needHead: string | null): string | null {
  const floor = Math.max(0, before - LOOKBACK_CHARS);
  const window = text.slice(floor, before);
  const ends = [...window.matchAll(EN_LOOKBACK_SENTENCE_END)].map((m) => floor + m.index + m[0].length);
  // Sentences that start before `before` (which starts the sentence of the figure).
  // A window cut inside a sentence starts at its first sentence end.
  const starts = [...(floor === 0 ? [0] : []), ...ends].filter((s) => s < before);
  for (let i = starts.length - 1, seen = 0; i >= 0 && seen < LOOKBACK_SENTENCES; i--, seen++) {
    const start = starts[i];
    const end = starts[i + 1] ?? before;
    const tokens = tokenize(text, start, end).filter((t) => !isBoundary(t));
    const verb = tokens.findIndex((_, k) => isVerb(tokens, k));
    let subject: string;
    if (verb >= 0) {
      let a = verb;
      while (a > 0 && EN_AUXILIARIES.has(tokens[a - 1].lower)) a--;
      subject = subjectOfRegion(text, tokens.slice(0, a)).subject;
    } else if (
      tokens.length <= LABEL_MAX_WORDS &&
      !tokens.some((_, k) => isFigure(tokens, k)) &&
      // "The calls numbered 15 units in May.": a sentence whose verb is not known, stating a count, is no label.
      !(
        EN_FULL_STOP_END.test(text.slice(start, end)) &&
        tokens.some((t) => EN_DIGIT_START.test(t.text) && !EN_YEAR_TOKEN.test(t.text))
      ) &&
      // A label leads into what follows with a colon, or stands in the figure's paragraph (not a title paragraphs up).
      (EN_LABEL_COLON_END.test(text.slice(start, end)) ||
        !EN_PARAGRAPH_BREAK.test(text.slice(tokens.at(-1)?.end ?? end, before)))
    ) {
      subject = tokens.length ? text.slice(tokens[0].start, tokens[tokens.length - 1].end) : '';
    } else continue;
    const dateLine = EN_DATE_LINE.test(subject.trim());
    subject = subject.replace(EN_NP_TIME_TAIL, '').trim();
    // "… that cost £100.00 in June 2013 would have cost …": a phrase opened by a preposition names no subject.
    // A release's date line ("Published: 04 January 2016") names when, not what.
    if (!subject || isStandIn(subject) || EN_BARE_HEAD.test(subject) || EN_PREPOSITION_OPENED.test(subject) || dateLine)
      continue;
    if (needHead && !subject.toLowerCase().includes(needHead.replace(EN_PLURAL_END, ''))) {
      // "Private coverage for adults age 65 and older" + rates → Private coverage rates for adults …
      const modifier = EN_MODIFIER_START.exec(subject);
      if (verb >= 0) continue;
      return modifier
        ? `${subject.slice(0, modifier.index)} ${needHead}${subject.slice(modifier.index)}`
        : `${subject} ${needHead}`;
    }
    return subject;
  }
  return null;
}

/**
 * "The council's carbon footprint continues to reduce and it is estimated to have fallen 27 per cent": a pronoun
 * after "and" names the subject of the sentence's first clause.
 */
function subjectOfFirstClause(text: string, windowStart: number, numberStart: number): string | null {
  const tokens = tokenize(text, windowStart, numberStart);
  const pronoun = lastIndexWhere(
    tokens,
    (t, k) => k > 1 && EN_COORDINATED_PRONOUNS.has(t.lower) && EN_CLAUSE_COORDINATORS.has(tokens[k - 1].lower),
  );
  if (pronoun < 0) return null;
  const head = tokens.slice(0, pronoun - 1);
  // "This is the second time since June 2013 that the rate has risen … and it is the largest increase": a clause with a
  // subordinate one of its own may point "it" anywhere.
  if (head.some((t, k) => EN_SUBORDINATORS.has(t.lower) || isFigure(head, k))) return null;
  const verb = head.findIndex((t, k) => k > 0 && (isVerb(head, k) || EN_SUBJECT_SHARING_VERBS.has(t.lower)));
  if (verb < 0) return null;
  const subject = subjectOfRegion(text, head.slice(0, verb)).subject;
  return subject && !isStandIn(subject) && !EN_BARE_HEAD.test(subject) ? subject : null;
}

/** Resolves a pronoun or a bare head from the sentences before; a fronted "For X" restricts what it names. */
function resolved(text: string, reading: ClauseReading, windowStart: number, numberStart: number): string | null {
  const { subject, restriction } = reading;
  if (isStandIn(subject)) {
    const antecedent = subjectOfFirstClause(text, windowStart, numberStart) ?? subjectBefore(text, windowStart, null);
    if (!antecedent) return null;
    if (!restriction) return antecedent;
    const modifier = EN_MODIFIER_START.exec(antecedent);
    return `${modifier ? antecedent.slice(0, modifier.index) : antecedent} ${restriction.replace(EN_FIRST_WORD, (w) => w.toLowerCase())}`;
  }
  if (EN_BARE_HEAD.test(subject)) {
    const head = EN_BARE_HEAD_WORD.exec(subject)![0].toLowerCase();
    return subjectBefore(text, windowStart, head);
  }
  return null;
}

export interface ClauseSubjectInput {
  text: string;
  /** Where the sentence (or a bounded window of it) starts. */
  windowStart: number;
  numberStart: number;
  spanEnd: number;
  clauseEnd: number;
  /** Where a reporting clause before the figure ends ("… said: “"): the clause read starts there. */
  reportedFrom?: number | null;
}

/**
 * The clause model's subject for a figure, or the cascade's `current` one when the model has nothing better:
 * the model decides for counts of places, for pronouns and bare heads it can resolve, for a list shared out
 * "respectively", and whenever the cascade's phrase is no noun phrase (a subordinate opener, a basis phrase).
 */
export function clauseSubject(input: ClauseSubjectInput, cascade: string | null): string | null {
  const { text, numberStart, spanEnd } = input;
  // A period alone ("final quarter") says when, not what: no subject, so the figure before in the sentence lends its.
  // So is a comparison alone ("below the five year average and") and a move's noun alone ("in Q1 2015 and an increase"):
  // the figure before lends its subject.
  // (A connector left at its end, "the first quarter of 2019 and", changes nothing.)
  const bareCascade = cascade?.trim().replace(EN_TRAILING_CONNECTOR, '') ?? '';
  const current =
    cascade &&
    (EN_PERIOD_ONLY.test(bareCascade) ||
      EN_COMPARISON_ONLY.test(cascade.trim()) ||
      EN_MOVE_NOUN_ONLY.test(cascade.trim()) ||
      EN_DEGREE_ADVERB_ONLY.test(cascade.trim()))
      ? null
      : cascade;
  // Reaches back past a window cut inside the sentence ("tanker and barge movements of gasoline … averaged").
  const windowStart = Math.max(sentenceStartBefore(text, 0, numberStart), input.reportedFrom ?? 0);
  const held = superlativeMeasure(text, windowStart, numberStart, spanEnd);
  if (held) return held;
  const ledBy = EN_LED_BY_NAMED_ITEM_BEFORE.exec(text.slice(windowStart, numberStart));
  const led = ledBy ? firstVerbSubject(text, windowStart, windowStart + ledBy.index + 1) : null;
  if (led) return led;
  const ranked = EN_RANKED_MOVE_ITEM.exec(text.slice(windowStart, numberStart).replace(WHITE_SPACE_RUN, ' '));
  // A place that holds the move ("was again in London at 20.1%") is not what it measures: left to the rules below.
  if (ranked && !namesOnlyPlaces(ranked[1] ?? ranked[2])) return ranked[1] ?? ranked[2];
  const inClause = readClause(text, windowStart, numberStart);
  const fronted = inClause ? null : frontedFigure(text, windowStart, input);
  // A fronted figure with no phrase, or only its counted noun ("units"), from the phrase rules.
  if (fronted && (!current || !current.includes(' '))) return fronted.subject;
  const reading = inClause ?? fronted;
  if (!reading) return current;
  // "Comparing like with like, there were 3,000 fewer crimes": an existential clause; the phrase rules' counted noun.
  if (EN_EXISTENTIAL_SUBJECT.test(reading.subject)) return current;
  const standIn = resolved(text, reading, windowStart, numberStart);
  const subject = standIn ?? (isStandIn(reading.subject) ? '' : reading.subject);
  const place = placeCount({ ...input, windowStart }, reading, subject);
  if (place) return place;
  // Nothing from the phrase rules: the figures before (and what they measure) complete it later.
  if (!subject || (!standIn && EN_BARE_HEAD.test(subject))) return current;
  // The phrase rules found only a period ("in the first quarter"): the verb's own subject says what.
  // "…the police recorded a rise in the category of X. This rose from 174 to 282": the thing whose change was named.
  if (!current && !cascade && EN_EVENT_STAND_IN.test(reading.subject)) return namedChangeBefore(text, windowStart);
  // ("However, it projects growth to recover modestly to 3.4 per cent": a forecast's object names the measure.)
  if (!current && cascade)
    return reading.object && !EN_PROJECTION_VERBS.has(reading.verb) ? current : subject.replace(EN_LEADING_ARTICLE, '');
  // The phrase rules found nothing ("The population of the UK aged 65 and over was 10.8 million", "Total fiscal year
  // 2020 auto sales tax revenues were"): the verb's own subject, when it reads as a noun phrase.
  if (!current) return clauseOwnSubject(reading, subject);
  // "The Board voted to raise the discount rate to 5.5 percent": the object, without the verbs before it.
  if (reading.object && (!current.toLowerCase().includes(subject.toLowerCase()) || holdsAnyVerb(current)))
    return subject;
  const shared = EN_RESPECTIVELY_AFTER.test(text.slice(spanEnd, spanEnd + 80))
    ? itemOfList(subject, reading.figuresBefore)
    : null;
  // The cascade's comparison ("… compared with the shortfall recorded in 2023") is the change's basis, not the subject.
  // "as a share of …", "compared with …" alone: completed later from the figure before.
  // "Medicare costs will grow from 3.7 percent of GDP": the verb's subject, as a share of the whole written after.
  if (EN_SHARE_TAIL.test(current) && !standIn && !reading.object) return `${subject} ${current}`;
  if (EN_TAIL_ONLY.test(current)) return current;
  const phrase = withoutComparison(current);
  const weak =
    namesNoMeasure(phrase) ||
    EN_BARE_HEAD.test(phrase) ||
    // "dropped 18.2 percent to 2,947 cases": the figure's own counted noun names no more than its unit.
    (!phrase.includes(' ') &&
      EN_LEVEL_PREPOSITION_BEFORE.test(text.slice(Math.max(0, numberStart - 40), numberStart)) &&
      text.slice(numberStart, spanEnd).toLowerCase().endsWith(` ${phrase.toLowerCase()}`));
  if (shared && (weak || current.toLowerCase() === subject.toLowerCase())) return shared;
  // "Revenue rose 17.4% while return on equity increased to 11.1% from 7.8%": the phrase rules reached back past the
  // subordinate clause the figure sits in; that clause's own subject is nearer.
  if (!weak && !shared && !reading.object && subject && !namesNoMeasure(subject)) {
    const phraseAt = text.lastIndexOf(phrase, numberStart);
    const readAt = text.lastIndexOf(subject, numberStart);
    const between =
      phraseAt >= windowStart && readAt > phraseAt ? tokenize(text, phraseAt + phrase.length, readAt) : [];
    // The subordinator opens the subject's own clause ("while return on equity"), not an aside ("(… who were in work)").
    const opener = between[between.length - 1];
    if (
      opener &&
      EN_CLAUSE_CONTRASTERS.has(opener.lower) &&
      !between.some((t) => t.text === '(') &&
      !/[()]/.test(subject)
    )
      return subject.replace(EN_LEADING_ARTICLE, '');
  }
  // "the index for meats, poultry, fish, and eggs decreased": the cascade's window kept only the last item.
  // Its time tail ("… and tobacco taxes for the entire fiscal year") is the cascade's too: compared without it.
  const listed = subject.replace(EN_TIME_TAIL, '');
  const lower = listed.toLowerCase();
  if (
    !shared &&
    lower.length > phrase.length &&
    lower.endsWith(phrase.toLowerCase()) &&
    EN_LIST_BEFORE_ITEM.test(listed.slice(0, listed.length - phrase.length))
  )
    return listed;
  if (standIn && (weak || standIn.toLowerCase().includes(phrase.toLowerCase()))) return standIn;
  // "Mortgage loans approved in September decreased by …": the clause read a participle as its verb and kept only a
  // prepositional phrase; the phrase rules' noun phrase is the better one.
  if (weak && EN_PREPOSITIONAL_PHRASE.test(subject) && !EN_PREPOSITIONAL_PHRASE.test(phrase)) return phrase;
  // "e-Commerce sales accounted for 24% of total sales": the phrase rules' head alone, the clause's subject names it fuller.
  if (
    !weak &&
    !phrase.includes(' ') &&
    (EN_MODIFIED_HEAD.test(subject) || EN_NOUN_LIST.test(subject)) &&
    subject.toLowerCase().endsWith(` ${phrase.toLowerCase()}`)
  )
    return subject;
  // "A rich grain harvest with total output amounting to …": the phrase rules kept the whole; "with" opens the measure.
  if (reading.withPhrase && phrase.toLowerCase().endsWith(` with ${subject.toLowerCase()}`)) return subject;
  if (!weak && subject && insideClosedBracket(text, phrase, subject, windowStart, numberStart)) return subject;
  return weak ? subject : phrase;
}

/**
 * Does the phrase rules' phrase sit in brackets closed before the figure, the clause's subject outside them ("teachers
 * based in all sectors (early learning, …, special schools, centrally employed) was 52,247")? The bracket lists, the
 * subject before it names what is measured.
 */
function insideClosedBracket(
  text: string,
  phrase: string,
  subject: string,
  windowStart: number,
  numberStart: number,
): boolean {
  const phraseAt = text.lastIndexOf(phrase, numberStart);
  const subjectAt = text.lastIndexOf(subject, numberStart);
  if (phraseAt < windowStart || subjectAt < windowStart || subjectAt >= phraseAt) return false;
  const open = text.lastIndexOf('(', phraseAt);
  const close = text.indexOf(')', phraseAt + phrase.length);
  return open > subjectAt && close >= 0 && close < numberStart && !text.slice(open + 1, phraseAt).includes(')');
}

/**
 * A phrase that says no more than when, how or that something happened: a weak opener, no noun phrase, a period alone,
 * a verb inside ("growth rate is taking place"), a preposition first, a connector last.
 */
function namesNoMeasure(phrase: string): boolean {
  return (
    EN_WEAK_SUBJECT.test(phrase) ||
    EN_NOT_NOUN_PHRASE.test(phrase.trim()) ||
    EN_PERIOD_ONLY.test(phrase.trim()) ||
    holdsVerb(phrase) ||
    opensWithPreposition(phrase) ||
    EN_CONNECTOR_END.test(phrase)
  );
}

/** The subject a clause's verb has, as the figure's subject: a noun phrase that names something, or null. */
function clauseOwnSubject(reading: ClauseReading, subject: string): string | null {
  // (A forecast's object, "it projects growth to …", names the measure; another verb's object is moved, not measured.)
  if (reading.object && !EN_PROJECTION_VERBS.has(reading.verb)) return null;
  const phrase = subject.replace(EN_LEADING_ARTICLE, '').trim();
  if (
    !phrase ||
    namesNoMeasure(phrase) ||
    // A clause of its own ("Second in response to …, the Central Bank"), or a time alone ("today", "Fiscal 2005").
    phrase.includes(',') ||
    EN_TIME_ONLY_SUBJECT.test(phrase) ||
    EN_PRONOUN_END.test(phrase)
  )
    return null;
  return phrase;
}

/**
 * "Rocky Mount had the highest rate at 6.3 percent", "GVRD saw the largest increase in population … (+28,737)", "The
 * Central Okanagan regional district (+3.2%) showed the strongest growth": the measure the superlative names, not the
 * place or group that holds it; what changed when the measure is a change. Null when the superlative names only a
 * change ("had the largest gain"), which measures what an earlier sentence named.
 */
function superlativeMeasure(text: string, windowStart: number, numberStart: number, spanEnd: number): string | null {
  const before = EN_SUPERLATIVE_HELD.exec(text.slice(windowStart, numberStart).replace(WHITE_SPACE_RUN, ' '));
  const held =
    before && !EN_SUPERLATIVE_TAIL_BREAK.test(before[2])
      ? before
      : EN_SUPERLATIVE_HELD_AFTER_BRACKET.exec(text.slice(spanEnd, spanEnd + 160).replace(WHITE_SPACE_RUN, ' '));
  if (!held) return null;
  const measure = held[1];
  if (!EN_SUPERLATIVE_CHANGE_HEAD.test(measure)) {
    const of = EN_SUPERLATIVE_OF_PHRASE.exec(held[2] ?? '');
    return of ? `${measure} of ${of[1]}` : measure;
  }
  const changed = EN_SUPERLATIVE_CHANGED_THING.exec(held[2] ?? '');
  return changed ? changed[1] : null;
}

/** What the sentence before named as changing ("a rise in the separate category of X"), or null. */
function namedChangeBefore(text: string, sentenceStart: number): string | null {
  const before = text.slice(Math.max(0, sentenceStart - LOOKBACK_CHARS), sentenceStart).split(EN_LOOKBACK_SENTENCE_END);
  const named = EN_NAMED_CHANGE_IN.exec(before.filter((s) => s.trim()).at(-1) ?? '');
  return named ? named[1].trim() : null;
}

/**
 * A count that names its own noun ("undertook 45 operations", "with 348 more staff") measures that noun when the phrase
 * read for it names nothing or only a time ("now"), or is an agent with its past verb, and when the figure hangs on
 * "with" as more or fewer, or before a participle ("… presence with 348 more staff"), or on a possessive ("America's
 * 30 million small businesses"). A phrase that holds the noun's head ("fugitives arrested") stays.
 */
export function ownCountedNoun(
  text: string,
  numberStart: number,
  spanEnd: number,
  subject: string | null,
): string | null {
  // "More than 2500 of those calls for service were …": the set the part is of.
  if (!subject) {
    const set = EN_PARTITIVE_AFTER.exec(text.slice(spanEnd, spanEnd + FORWARD_REACH))?.[1];
    if (set) return set.replace(WHITE_SPACE_RUN, ' ');
  }
  const own = EN_OWN_COUNTED_NOUN.exec(text.slice(numberStart, spanEnd).replace(WHITE_SPACE_RUN, ' '))?.[1];
  if (!own) return null;
  const head = own.split(' ').at(-1)!.toLowerCase();
  const lead = text.slice(Math.max(0, numberStart - WITH_LEAD_REACH), numberStart);
  if (EN_WITH_NOMINAL_OF_BEFORE.test(lead)) return own;
  if (subject && tokenize(subject, 0, subject.length).some((t) => t.lower === head)) return null;
  // "The National Organised Crime Group undertook 45 operations": a phrase run up to the figure with its past verb.
  const agent =
    !!subject &&
    EN_AGENT_PAST_VERB_END.test(subject) &&
    text
      .slice(Math.max(0, numberStart - subject.length - WITH_LEAD_REACH), numberStart)
      .trimEnd()
      .toLowerCase()
      .endsWith(subject.toLowerCase());
  // "… and carry 70 million people": the clause kept only the verb of a coordinated predicate; it names nothing.
  const bareVerb = !!subject && EN_BARE_VERB_PHRASE.test(subject.trim());
  const withOwn =
    EN_WITH_FIGURE_BEFORE.test(lead) &&
    (EN_MORE_OR_FEWER_IN_SPAN.test(text.slice(numberStart, spanEnd)) ||
      EN_PARTICIPLE_AFTER_SPAN.test(text.slice(spanEnd, spanEnd + WITH_LEAD_REACH)));
  // "The program now has more than 350 application centers": the verb before is an agent's (has, recorded, seized).
  const verbBefore = EN_LAST_WORD_BEFORE.exec(lead)?.[1].toLowerCase() ?? '';
  const agentVerb = EN_AGENT_VERBS.has(verbBefore) && !EN_INCLUSION_VERBS.has(verbBefore);
  // "processed an average of 263,000 state payments": the lead says how much, the noun what.
  return !subject ||
    agent ||
    agentVerb ||
    bareVerb ||
    withOwn ||
    EN_QUANTITY_LEAD_BEFORE.test(lead) ||
    EN_NOT_A_SUBJECT_WORD.test(subject.trim()) ||
    EN_POSSESSIVE_BEFORE_FIGURE.test(lead) ||
    EN_ARTICLE_OPENS_FIGURE_CLAUSE.test(lead) ||
    EN_TIME_ONLY_SUBJECT.test(subject) ||
    EN_WHEN_ONLY_PHRASE.test(subject)
    ? own
    : null;
}

/** Does the phrase hold a verb of any kind the model knows ("Board voted to raise the discount rate")? */
function holdsAnyVerb(phrase: string): boolean {
  const tokens = tokenize(phrase, 0, phrase.length);
  return tokens.some(
    (t, k) =>
      isVerb(tokens, k) ||
      EN_CAUSATIVE_VERBS.has(t.lower) ||
      EN_OBJECT_MOVING_VERBS.has(t.lower) ||
      EN_PROJECTION_VERBS.has(t.lower),
  );
}

function withoutComparison(subject: string): string {
  const tail = EN_COMPARISON_TAIL.exec(subject);
  return tail && tail.index > 0 ? subject.slice(0, tail.index) : subject;
}

function opensWithPreposition(phrase: string): boolean {
  const first = tokenize(phrase, 0, Math.min(phrase.length, 20))[0];
  return !!first && first.text === first.lower && EN_NOT_SUBJECT_OPENERS.has(first.lower);
}

/**
 * "At 430.0 million barrels, U.S. crude oil inventories are about 5% below …": a figure fronted before the
 * subject measures the subject of the clause after the comma.
 */
function frontedFigure(text: string, windowStart: number, input: ClauseSubjectInput): ClauseReading | null {
  const before = tokenize(text, windowStart, input.numberStart);
  // "At 430.0 million barrels, …", "After surging by 9 percent in the fourth quarter, imports grew …".
  const participle =
    before.length === 3 && EN_PARTICIPLE.test(before[1].lower) && EN_NOT_SUBJECT_OPENERS.has(before[2].lower);
  if ((before.length > 2 && !participle) || !EN_FRONTED_OPENERS.has(before[0]?.lower ?? '')) return null;
  const after = tokenize(text, input.spanEnd, Math.min(text.length, input.spanEnd + FORWARD_REACH));
  const comma = after.findIndex((t) => t.text === ',' || isBoundary(t));
  if (comma < 0 || after[comma].text !== ',') return null;
  const rest = after.slice(comma + 1);
  const verb = rest.findIndex((_, k) => isVerb(rest, k));
  if (verb <= 0) return null;
  let a = verb;
  while (a > 0 && (EN_AUXILIARIES.has(rest[a - 1].lower) || EN_ADVERB.test(rest[a - 1].lower))) a--;
  const { subject } = subjectOfRegion(text, rest.slice(0, a));
  const predicate = rest[verb].lower;
  return subject
    ? { subject, verb: predicate, predicate, restriction: null, figuresBefore: 0, placeAfterVerb: false, object: false }
    : null;
}

/** "decreased in 37 states": the states where the subject decreased (with the group named after the count). */
function placeCount(input: ClauseSubjectInput, reading: ClauseReading, subject: string): string | null {
  const { text, numberStart, spanEnd, clauseEnd } = input;
  const noun = EN_LAST_WORD.exec(text.slice(numberStart, spanEnd))?.[0] ?? '';
  if (!EN_PLACE_NOUNS.has(noun.toLowerCase()) || !reading.placeAfterVerb || !subject) return null;
  const before = tokenize(text, Math.max(input.windowStart, numberStart - 40), numberStart);
  let k = before.length - 1;
  while (k >= 0 && EN_PLACE_COUNT_LEADS.has(before[k].lower)) k--;
  const lead = before[k];
  const listed = lead?.text === ',' || lead?.lower === 'and';
  if (!lead || (!EN_PLACE_PREPOSITIONS.has(lead.lower) && !listed)) return null;
  const restriction = EN_PLACE_RESTRICTION.exec(text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 60)));
  const group = restriction && !subject.includes(restriction[1]) ? ` ${restriction[1]}` : '';
  // "states where the jobless rate … fell": the sentence's capital article is lower-case inside the phrase.
  return `${noun} where ${subject.replace(EN_CAPITAL_ARTICLE, (a) => a.toLowerCase())}${group} ${reading.predicate}`;
}

/** "Florida and Miami gasoline prices … respectively": the item in the figure's place, with the shared head. */
function itemOfList(subject: string, index: number): string | null {
  const items = subject.split(EN_SUBJECT_LIST_SPLIT).filter(Boolean);
  if (items.length < 2 || index >= items.length) return null;
  const item = items[index];
  const last = items[items.length - 1].split(' ');
  const mine = item.split(' ');
  if (index < items.length - 1 && last.length > mine.length) return `${item} ${last.slice(mine.length).join(' ')}`;
  return item;
}

/** A phrase that opens with a present-tense verb is a clause, not a noun phrase ("includes Florida"). */
function holdsVerb(phrase: string): boolean {
  const tokens = tokenize(phrase, 0, phrase.length);
  const first = tokens[0];
  if (first && first.text === first.lower && EN_GOVERNING_VERBS.has(first.lower) && !EN_PAST_FORM.test(first.lower))
    return true;
  // "unemployment rate changed little", "… to increase by": a verb with its adverb or preposition, not an adjective.
  return tokens.some(
    (t, k) =>
      k > 0 &&
      (EN_GOVERNING_VERBS.has(t.lower) || EN_EXTRA_PREDICATES.has(t.lower)) &&
      (k === tokens.length - 1
        ? EN_EXTRA_PREDICATES.has(t.lower) ||
          EN_PAST_FORM.test(t.lower) ||
          // "… the first quarter of 2020 and settle": a second verb of level, the phrase runs into the predicate.
          (tokens[k - 1].lower === 'and' && EN_COORDINATED_LEVEL_VERBS.has(t.lower))
        : EN_VERB_FOLLOWERS.has(tokens[k + 1].lower) || EN_ADVERB.test(tokens[k + 1].lower)),
  );
}

/**
 * "- Banking entities: 149 organizations receiving $267.1 million in awards": a figure in a labelled list item
 * measures its subject for that label ("Banking entities: awards"), unless the subject names the label already; with no
 * subject, the label.
 */
export function withListLabel(text: string, numberStart: number, subject: string | null): string | null {
  const from = Math.max(0, numberStart - EN_LIST_LABEL_REACH);
  const before = text.slice(from, numberStart);
  let label: string | null = null;
  for (const m of before.matchAll(EN_LIST_ITEM_LABEL)) label = m[1].trim();
  // The item must not have ended: no sentence end between its label and the figure.
  if (!label || before.slice(before.lastIndexOf(label)).search(EN_CLAUSE_SENTENCE_END) >= 0) return subject;
  if (label.split(' ').length > EN_LIST_LABEL_MAX_WORDS || subject?.toLowerCase().includes(label.toLowerCase()))
    return subject;
  // "Of the lives lost: 109 were drivers": the set the parts are of, which the subject names already.
  if (EN_NOT_LABEL.test(label) || EN_PARTITIVE_LABEL.test(label)) return subject;
  // "- Net profit: $102.4m vs $88.7m": with no subject of its own, the figure measures what its label names.
  if (!subject) return label;
  // "– Number of newly established enterprises: 75.9 thousand enterprises": the label names the counted noun in full.
  if (label.toLowerCase().endsWith(` ${subject.toLowerCase()}`)) return label;
  return `${label}: ${subject}`;
}

/**
 * "Individual income tax collections⏎- Increased 5.1 percent for the year": the label line over a list item that
 * opens with its verb, or null.
 */
export function labelAbove(text: string, numberStart: number): string | null {
  const lineStart = text.lastIndexOf('\n', numberStart - 1) + 1;
  // An indicator panel ("Unemployment Rate:⏎2.8%, as at Fall 2018"): the figure opens its line under a label and colon.
  if (lineStart > 0 && !text.slice(lineStart, numberStart).trim()) {
    const labelStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const label = EN_COLON_LABEL_LINE.exec(text.slice(labelStart, lineStart - 1).replace(/\r$/, ''));
    if (label && label[1].split(' ').length <= LABEL_MAX_WORDS) return label[1].trim();
  }
  if (!EN_VERB_FIRST_ITEM.test(text.slice(lineStart, numberStart))) return null;
  let end = lineStart - 1;
  for (let seen = 0; end > 0 && seen < EN_ITEM_LABEL_MAX_LINES; seen++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    // (A blank line between the label and its items, or between items, as a web page's paragraphs leave them.)
    if (EN_VERB_FIRST_ITEM.test(line) || !line.trim()) {
      end = start - 1;
      continue;
    }
    const label = EN_ITEM_LABEL_LINE.exec(line);
    return label && label[1].split(' ').length <= LABEL_MAX_WORDS ? label[1].trim() : null;
  }
  return null;
}
