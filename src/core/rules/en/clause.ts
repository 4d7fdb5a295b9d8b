// Word classes of the English clause model (metrics/subject-en.ts): closed-class words, the verbs of
// statistical releases and statements, and the nouns of places a figure may count.
import { EN_SCALE_WORDS } from './numbers';
import { EN_ITEM_ENUMERATOR } from './sentences';

/** A word, a figure or a punctuation mark that splits a clause; thousands commas stay inside the figure. */
export const EN_CLAUSE_TOKEN =
  /[$£€]?\d[\d,.]*\d%?|[$£€]?\d%?|[A-Za-z][A-Za-z'’.&/-]*[A-Za-z]|[A-Za-z]|[,;:()]|\n\s*\n/g;

/** Complements of a verb holding a level ("held steady at", "stayed broadly flat at"): no object of the verb. */
export const EN_LEVEL_HOLDING_COMPLEMENTS = new Set([
  'steady',
  'firm',
  'flat',
  'stable',
  'constant',
  'level',
  'unchanged',
  'broadly',
  'roughly',
  'largely',
  'relatively',
  'essentially',
  'fairly',
  'just',
  // "is revised lower at 0.5%": how the figure was revised, no object.
  'lower',
  'higher',
  'upward',
  'downward',
  'upwards',
  'downwards',
]);

/** Verbs that govern a figure in a release: the verb of the clause whose subject the figure measures. */
export const EN_GOVERNING_VERBS = new Set([
  'rose',
  'rise',
  'rises',
  'risen',
  'increased',
  'increase',
  'increases',
  'grew',
  'grow',
  'grows',
  'grown',
  'fell',
  'fall',
  'falls',
  'fallen',
  'dropped',
  'drop',
  'drops',
  'declined',
  'decline',
  'declines',
  'decreased',
  'decrease',
  'decreases',
  'climbed',
  'climbs',
  'jumped',
  'jumps',
  'edged',
  'slipped',
  'slid',
  'eased',
  'eases',
  'gained',
  'gains',
  'lost',
  'averaged',
  'averages',
  'totaled',
  'totalled',
  'totals',
  'total',
  'reached',
  'reaches',
  'stood',
  'stands',
  'remained',
  'remain',
  'remains',
  // "expected to peak at 5.3% … and settle at 4.5%"
  'peak',
  'peaked',
  'settle',
  'settled',
  'accounted',
  'accounts',
  'amounted',
  'amounts',
  'represented',
  'represents',
  'comprised',
  'comprises',
  // "• Undertaken 10,978 business inspections": a bullet that opens on the participle of what was done.
  'undertaken',
  'undertook',
  'ranged',
  'range',
  'ranges',
  'was',
  'were',
  'is',
  'are',
  'equaled',
  'equalled',
  'equals',
  'exceeded',
  'exceeds',
  'surpassed',
  'topped',
  'crossed',
  'narrowed',
  'widened',
  'expanded',
  'expand',
  'expands',
  'contracted',
  // "the world economy would contract by 1.3 per cent" (a noun after an article: EN_NOUN_OR_VERB).
  'contract',
  'contracts',
  'appreciated',
  'depreciated',
  'advanced',
  'plunged',
  'plummeted',
  'soared',
  'surged',
  'tumbled',
  'leapt',
  'leaped',
  'spiked',
  'swelled',
  'sank',
  'slumped',
  'rebounded',
  'recovered',
  'posted',
  'registered',
  'recorded',
  'reported',
  'added',
  'cut',
  'lowered',
  'raised',
  'saw',
  'sees',
  'showed',
  'shows',
  'had',
  'has',
  'have',
  'fluctuated',
  'hovered',
  'peaked',
  'doubled',
  'tripled',
  'halved',
  'outpaced',
  'trailed',
  'lagged',
  'reduced',
  'received',
  'spent',
  'paid',
  'earned',
  'includes',
  'included',
  'decided',
  'announced',
  'approved',
  'awarded',
  'provided',
  'estimated',
  'projected',
  'expected',
  'caused',
  'include',
  'contain',
  'contains',
  'changed',
  'stayed',
  'ended',
  'closed',
  'came',
  'held',
  'settled',
  // contributions and pace: "Private inventory investment subtracted 0.9 percentage point", "Spending leapt 22.1 percent"
  'subtracted',
  'contributed',
  'leapt',
  'leaped',
  'slowed',
  'accelerated',
  'decelerated',
  'moderated',
  'shrank',
  // base forms after a modal or "to" ("would exceed 60 per cent"), of verbs that are no nouns
  'exceed',
  'surpass',
  'represent',
  'comprise',
]);

/** Nouns made of a noun and a verb's form ("the total value added of industry rose"): the second word is no verb there. */
export const EN_NOUN_VERB_COMPOUNDS = new Set(['value added']);

/**
 * Verbs whose subject is an agent and whose object is the figure ("police recorded 3.7 million offences",
 * "Our economy added 300,000 jobs"): the figure measures the noun it counts, not the verb's subject.
 */
export const EN_AGENT_VERBS = new Set([
  // "The 41,900 unemployed comprised 18,000 males": a whole made of parts, each counted in its own noun.
  'comprised',
  'comprises',
  'recorded',
  'reported',
  'added',
  'lost',
  'cut',
  'lowered',
  'raised',
  'reduced',
  'saw',
  'sees',
  'showed',
  'shows',
  'had',
  'has',
  'have',
  'received',
  'spent',
  'paid',
  'earned',
  'includes',
  'included',
  'include',
  'contain',
  'contains',
  'decided',
  'announced',
  'approved',
  'awarded',
  'provided',
  'posted',
  'registered',
  'estimated',
  'projected',
  'expected',
  'caused',
  // a caseload's verbs: the figure counts the work done, not the agent
  'contributed',
  'donated',
  'volunteered',
  'answered',
  'handled',
  'investigated',
  'arrested',
  'seized',
  'issued',
  'served',
  'graduated',
  'conducted',
  'processed',
  'inspected',
  'rescued',
  'trained',
]);

/** Past verbs of a level that follow ", and" as a second predicate of the clause's subject ("…, and stood at $1.2 billion"). */
export const EN_COORDINATED_LEVEL_VERBS = new Set([
  'stood',
  'stands',
  'remained',
  'remains',
  'settle',
  'settled',
  'peak',
  'peaked',
  'totalled',
  'totaled',
  'reached',
  'amounted',
  'ended',
  'closed',
]);

/** Words that hold a subject's place and say nothing of it: "There were 211,344 offences". */
export const EN_EXPLETIVES = new Set(['there', 'here']);

/** Words a subject never opens with: a preposition left from a passive or a comparison ("by the CSEW", "less than"). */
export const EN_NOT_SUBJECT_OPENERS = new Set([
  'by',
  'of',
  'to',
  'from',
  'with',
  'at',
  'on',
  'than',
  'less',
  'more',
  'as',
  'per',
  'into',
  'via',
]);

/** Verbs that only report or cause: a figure after them measures the noun phrase it attaches to, not their subject. */
export const EN_CAUSATIVE_VERBS = new Set([
  'caused',
  'causing',
  'cause',
  'causes',
  'led',
  'leading',
  'pushed',
  'pushing',
  'drove',
  'driving',
  'prompted',
  'forced',
  'allowed',
  'helped',
  'sent',
  'decided',
  'voted',
  'agreed',
  'expects',
  'expected',
]);

/** Auxiliaries and adverbs between a subject and its verb ("has also risen", "each increased"). */
export const EN_AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
  'do',
  'does',
  'did',
  'also',
  'each',
  'both',
  'all',
  'not',
  'still',
  'again',
  'together',
  'combined',
  'alone',
  'then',
  'little',
]);

/** Words that open a subordinate or relative clause: the subject starts after them ("…, when rates declined"). */
/** Subordinators that open a clause of its own beside the main one ("Revenue rose 17.4% while return on equity …"). */
/**
 * Words after ", as" that make it no subordinator opening a clause of its own ("…stagnated in 2014, as exports rose"):
 * "as well as", "as a share of", "as of June", "as reported", "as expected".
 */
export const EN_AS_NOT_A_CLAUSE_OPENER = new Set([
  'well',
  'a',
  'an',
  'of',
  'at',
  'in',
  'per',
  'for',
  'to',
  'such',
  'part',
  'usual',
  'reported',
  'measured',
  'shown',
  'expected',
  'estimated',
  'forecast',
  'noted',
  'stated',
  'announced',
  'planned',
  'required',
  'described',
  'above',
  'below',
  'follows',
  'much',
  'many',
  'long',
  'far',
  'soon',
  'though',
  'if',
]);
export const EN_CLAUSE_CONTRASTERS = new Set(['while', 'whereas', 'although', 'though', 'because', 'when', 'whenever']);
export const EN_SUBORDINATORS = new Set([
  'when',
  'whenever',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'once',
  'that',
  'as',
  'since',
  'after',
  'before',
  'until',
]);

/**
 * Verbs that take a clause ("These weak flows mean the annual growth rate … fell", "Data show the number … rose"):
 * before a determiner, the subject of the figure's clause starts after them.
 */
export const EN_COMPLEMENT_VERBS = new Set([
  'mean',
  'means',
  'meant',
  'show',
  'shows',
  'showed',
  'indicate',
  'indicates',
  'indicated',
  'suggest',
  'suggests',
  'suggested',
  'reveal',
  'reveals',
  'revealed',
  'confirm',
  'confirms',
  'confirmed',
  'say',
  'says',
  'said',
  'noted',
  'found',
]);
/** The determiners that open the clause after such a verb. */
export const EN_CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'its', 'their', 'our']);

/** Particles after such a verb that are no object ("migrants ordered to leave down by 2%"). */
export const EN_PARTICLES_NOT_OBJECT = new Set(['up', 'down', 'off', 'out', 'back']);
/** "its global growth projection for 2019": the prepositions of the period an object is for, before its year. */
export const EN_OBJECT_PERIOD_PREPOSITIONS = new Set(['for', 'in']);
/** The participles of those verbs a headline writes with no auxiliary ("OCR reduced by 25 basis points to 5.25%"). */
export const EN_HEADLINE_PARTICIPLE = /(?:ed|^cut|^set|^held|^kept|^left)$/;
/** The words after such a participle that make it passive: the size of the move or the level it moved to. */
export const EN_HEADLINE_PARTICIPLE_LEADS = new Set(['by', 'to']);

/** A phrase a preposition opens ("in June 2013"): a time or a place, no subject a pronoun can point back to. */
export const EN_PREPOSITION_OPENED = /^(?:in|on|at|during|since|by|from|for|over|of)\s/;
/** A pronoun opening a coordinated clause ("… and it is estimated to have fallen …"), and what coordinates it. */
export const EN_COORDINATED_PRONOUNS = new Set(['it', 'they']);
export const EN_CLAUSE_COORDINATORS = new Set(['and', 'but']);
/** Verbs that end the first clause's subject besides the governing ones ("continues to reduce", "remains"). */
export const EN_SUBJECT_SHARING_VERBS = new Set([
  'continue',
  'continues',
  'continued',
  'remain',
  'remains',
  'remained',
  'has',
  'have',
  'had',
]);

/** Coordinators and connectors left at the front of a subject once the clause before is cut. */
export const EN_CONNECTORS = new Set(['and', 'but', 'or', 'nor', 'so', 'yet', 'then', 'thus', 'also', 'plus']);

/** The first word of a fronted adverbial (a phrase before the subject, set off by a comma). */
export const EN_FRONTED_OPENERS = new Set([
  'in',
  'for',
  'by',
  'over',
  'during',
  'after',
  'before',
  'from',
  'between',
  'since',
  'with',
  'at',
  'on',
  'as',
  'among',
  'across',
  'through',
  'throughout',
  'compared',
  'relative',
  'excluding',
  'including',
  'despite',
  'following',
  'according',
  'because',
  'when',
  'while',
  'although',
  'though',
  'if',
  'once',
  'meanwhile',
  'however',
  'therefore',
  'overall',
  'then',
  'still',
  'separately',
  'additionally',
  'moreover',
  'furthermore',
  'similarly',
  'likewise',
  'nevertheless',
  'nonetheless',
  'instead',
  'also',
  'altogether',
  'combined',
  'but',
  'and',
  'so',
  'thus',
  'today',
  'yesterday',
  'recently',
  'currently',
  'last',
  'this',
  'year',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  // "Thanks to the plan, rates increased …", "Owing to …,", "Amid …,": a fronted cause or circumstance.
  'thanks',
  'owing',
  'amid',
]);

/** A fronted "For <group>," restricts the subject: the group measured ("For adults ages 19 to 25, it decreased…"). */
export const EN_RESTRICTING_OPENERS = new Set(['for', 'among']);

/**
 * The first words of an insertion between a subject and its verb: a relative clause, an alternative name, a cause ("…
 * fell, primarily due to the closure, and gas fell 2.3%").
 */
export const EN_INSERTION_OPENERS = new Set([
  'primarily',
  'largely',
  'mainly',
  'partly',
  'chiefly',
  'due',
  'driven',
  'reflecting',
  'which',
  'who',
  'whose',
  'or',
  'including',
  'excluding',
  'i.e.',
  'e.g.',
  'such',
  'not',
  'down',
  'up',
]);

/** A stand-in for an event rather than a thing: "This rose from 174 to 282" after "a rise in X" was named. */
export const EN_EVENT_STAND_IN = /^this$/i;
/** A change named in a sentence, with what changed: "recorded a rise in the separate category of X (which …)". */
export const EN_NAMED_CHANGE_IN =
  /\b(?:rise|increase|fall|decrease|decline|drop|reduction|growth|jump)\s+in\s+(?:the\s+)?([^,;.()\d]{3,80}?)(?=\s*[,;.(]|\s+(?:in|during|since|over|between|compared|from|to|which|that)\b|\s+by\s+(?:[$£€]?\d|an?\s|about|nearly|some)|$)/i;
/** Pronouns and demonstratives that stand for a subject named in a sentence before. */
export const EN_STAND_IN = new Set(['it', 'they', 'this', 'these', 'those', 'that', 'its', 'their']);
/** A clause subject that ends in the existential "there" (after a fronted phrase): it names nothing. */
export const EN_EXISTENTIAL_SUBJECT = /(?:^|[\s,])there$/i;

/** Places (and groups of them) a count may count: "decreased in 37 states" counts states where it decreased. */
export const EN_PLACE_NOUNS = new Set([
  'state',
  'states',
  'county',
  'counties',
  'city',
  'cities',
  'country',
  'countries',
  'nation',
  'nations',
  'district',
  'districts',
  'region',
  'regions',
  'province',
  'provinces',
  'territory',
  'territories',
  'area',
  'areas',
  'metro',
  'metros',
  'market',
  'markets',
  'industry',
  'industries',
  'sector',
  'sectors',
  'economy',
  'economies',
]);

/** Prepositions that put a counted place after the verb ("declined in 37 states", "across 48 states"). */
export const EN_PLACE_PREPOSITIONS = new Set(['in', 'across', 'within', 'throughout']);

/** Words between such a preposition and the count ("in all 50 states", "in nearly 40 states"). */
export const EN_PLACE_COUNT_LEADS = new Set([
  'all',
  'only',
  'just',
  'nearly',
  'about',
  'almost',
  'roughly',
  'around',
  'over',
  'more',
  'than',
  'fewer',
  'less',
  'at',
  'least',
  'most',
  'the',
  'another',
  'an',
  'additional',
]);

/** A restricting phrase after a counted place: "in 17 states for children" → the rate for children. */
export const EN_PLACE_RESTRICTION =
  /^\s+((?:for|among)\s+[A-Za-z][A-Za-z0-9'’ -]{1,50}?)(?=\s*(?:[,.;:()]|$|\s+(?:from|between|since|in|during|and)\b))/;

/** A figure word: a money amount, a percentage, grouped digits or a figure followed by a scale or unit word. */
export const EN_FIGURE_TOKEN = /^[$£€]|%$|^\d{1,3}(?:,\d{3})+/;
export const EN_FIGURE_FOLLOWER = new Set([
  'percent',
  'percentage',
  'per',
  'million',
  'billion',
  'trillion',
  'thousand',
  'lakh',
  'lakhs',
  'crore',
  'crores',
  'cents',
  'cent',
  'dollars',
]);

/** A coordinator left opening a phrase once the figure before it is cut off ("and income"). */
export const EN_COORDINATOR_LEAD = /^(?:and|or|but)\s+/i;

/** A subject the cascade of phrase rules got wrong: a subordinate opener, a basis phrase, a lone non-noun. */
export const EN_WEAK_SUBJECT =
  /^(?:then|down|up|as(?!\s+a\s+(?:share|percentage|proportion)\b)|when|while|because|if|although|though|since|once|ranging|remaining|representing|equates?|all|lowest|highest|most|least|none|each|both|-\S*)\b|\b(?:from|than)\s+(?:the\s+)?(?:same|previous|prior|last|a\s+year)\b|\b(?:these|those)\b|^\S+\s+(?:saw|shows?|equates?)$/i;

/** A head without its modifiers that a sentence before must complete: "Rates decreased in 48 states". */
export const EN_BARE_HEAD =
  /^(?:the\s+)?(?:rates?|prices?|levels?|shares?|totals?|numbers?|figures?)(?:\s+for\s+(?:these|those|this|that)\s+[a-z]+)?$/i;

/**
 * A period closing a subject before its verb ("Short-term visitor arrivals during March 2018 (761,800 movements)
 * increased"): when, not what.
 */
export const EN_SUBJECT_PERIOD_TAIL =
  /\s+(?:in|during|for|over)\s+(?:the\s+)?(?:(?:month|quarter|year|week)\s+of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d$/i;

/** Prepositions that open a date fronted before a subject without a comma ("At 1 July 2010 the number of …"). */
export const EN_DATE_LEAD_OPENERS = new Set(['at', 'on', 'as']);

/** The words of such a date: day, month, year, "the end of". */
export const EN_DATE_LEAD_TOKEN =
  /^(?:\d{1,2}|(?:19|20)\d\d|at|of|the|end|January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/** A date's month or year (a day or "the end" alone dates nothing). */
export const EN_DATE_LEAD_ANCHOR =
  /^(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/** A period's possessive opening a subject says when: "July’s total number of FTEs" → number of FTEs. */
export const EN_PERIOD_POSSESSIVE_LEAD =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:this|last|next)\s+(?:year|month|quarter|week)|today|yesterday)['’]s\s+)(?:total\s+)?(?=[A-Za-z])/i;

/** A bracket that lists items, read out of a subject: "(early learning and childcare, primary, secondary)". */
export const EN_BRACKETED_LIST = /\s*\([^()]*,[^()]*\)/g;

/** A label or heading before a list of figures: ends with a colon, no figure of its own. */
export const EN_LABEL_END = /:\s*$/;

/** Time words at the end of a noun phrase taken from a label or a sentence: "… between 2013 and 2019". */
export const EN_NP_TIME_TAIL =
  /\s+(?:in|for|during|between|from|since|by|as of|through)\s+(?:the\s+)?(?:\d{4}|(?:first|second|third|fourth|last|past)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b).*$|\s+plus\b.*$|\s+(?:fell|rose|declined|decreased|increased)\b.*$/i;

/** Where a prepositional modifier of a head starts: "uninsured rate | for the total working-age population". */
export const EN_MODIFIER_START = /\s+(?:for|among|of|in)\s+/i;

/** Where a sentence before ends, for the look-back to a subject a pronoun stands for. */
export const EN_LOOKBACK_SENTENCE_END = /[.!?:]\s+|\n\s*\n|(?<=(?:^|\n)#{1,6}[ \t][^\n]*)\n/g;

/** Words that may not end a subject: adverbs and quantifiers left before the verb ("prices each"). */
export const EN_SUBJECT_TRAILERS =
  /(?:\s+(?:each|also|both|all|alone|together|combined|still|now|then|overall|currently|[a-z]+ly))+$/i;

/**
 * Spellings that are a noun as often as a verb ("the largest increase", "a total of"): a verb only after "to",
 * an auxiliary, a pronoun or a plural noun ("prices increase").
 */
export const EN_NOUN_OR_VERB = new Set([
  'contract',
  'contracts',
  // "expected to peak at 5.3%", not "its 2009 peak of 10 percent".
  'peak',
  // "collections total $4.5 billion" (after a plural noun), not "a total of".
  'total',
  'increase',
  'increases',
  'decrease',
  'decreases',
  'rise',
  'rises',
  'fall',
  'falls',
  'drop',
  'drops',
  'decline',
  'declines',
  'gains',
  'cut',
  'range',
  'ranges',
  'total',
  'totals',
  'averages',
  'equals',
  'shows',
  'includes',
  'stands',
  'amounts',
  'accounts',
  'remains',
]);
/** What may stand before such a spelling when it is a verb. */
export const EN_VERB_CUES = new Set([
  'to',
  'will',
  'would',
  'may',
  'might',
  'could',
  'can',
  'should',
  'must',
  'did',
  'does',
  'do',
  'not',
  'it',
  'they',
  'we',
  'which',
  'that',
  'who',
]);
/** A plural noun before a verb ("prices increase"); an adverb ("usually") is skipped first. */
export const EN_PLURAL_NOUN = /[a-z]s$/i;
// ("has been cut almost in half and now stands at 5.6 percent": a time adverb stands between a verb and its subject too.)
export const EN_ADVERB = /ly$|^(?:now|then|still|also)$/;

/**
 * Where a sentence ends (not after an initial such as "U.S." or "H."), with a list item's enumerator after it (". (ii)
 * Around 25,500"), a paragraph break, or a list item's line (a hyphen, an asterisk, a bullet or a dash: PDF text prints
 * "– General insurance gross written premiums …").
 */
// A heading line (`## UK Summary`) ends before the sentence under it, and so does a run-in heading of a few
// capitalised words and a dash at a line's start (`Department of Energy — Outlays for …`).
export const EN_CLAUSE_SENTENCE_END = new RegExp(
  String.raw`(?<!\b[A-Z])[.!?]["”’)]?\s+(?:${EN_ITEM_ENUMERATOR}\s+)?(?=["“$\d]|[A-Z])|\n[ \t]*\r?\n|\n(?=[ \t]*[-*•–—][ \t])|(?<=(?:^|\n)#{1,6}[ \t][^\n]*)\n|(?<=(?:^|\n)[ \t]*[A-Z][\w&'’.-]*(?:[ \t]+(?:of|and|for|the|on|[A-Z][\w&'’.-]*)){0,7})[ \t]+[—–][ \t]+(?=[A-Z])`,
  'g',
);
/** How far back the clause model looks for the start of a figure's sentence. */
export const EN_SENTENCE_REACH = 400;

/** The list a respectively-figure takes its item from: "Florida and Miami gasoline prices". */
export const EN_SUBJECT_LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;

/** A past form ("increased demand" is an adjective as often as a verb). */
export const EN_PAST_FORM = /ed$/;
/** A past verb of change right after a demonstrative that opens the clause: "This rose from 174 to 282". */
export const EN_PAST_CHANGE = /^(?:[a-z]+ed|rose|fell|grew|shrank|sank)$/;

/** Verbs that move a thing to or by a figure: "lower the target range … to 0 to 1/4 percent". */
/**
 * Verbs of a forecast whose object is what the figure measures ("The IMF projects growth to recover modestly to 3.4 per
 * cent", "Bank staff is projecting real GDP growth at 3.7 per cent", "The Bank expects inflation to average 2.1 per
 * cent"): the forecaster is no subject of the figure.
 */
export const EN_PROJECTION_VERBS = new Set([
  'expect',
  'predict',
  'anticipate',
  'projects',
  'projecting',
  'expects',
  'expecting',
  'forecasts',
  'forecasting',
  'predicts',
  'predicting',
  'anticipates',
  'anticipating',
  'estimates',
]);
/** The most words a forecast's object runs to before its "to" or "at". */
export const EN_PROJECTED_OBJECT_MAX_WORDS = 6;
/** Words that end a forecast's object: its infinitive or the level it is put at. */
export const EN_PROJECTED_OBJECT_LEADS = new Set(['to', 'at']);
export const EN_OBJECT_MOVING_VERBS = new Set([
  // "has again revised down its global growth projection for 2019 to 3.0 per cent"
  'revised',
  'revises',
  'revising',
  'lower',
  'lowers',
  'lowered',
  'lowering',
  'reduce',
  'reduces',
  'reduced',
  'reducing',
  'raise',
  'raises',
  'raised',
  'raising',
  'cut',
  'cuts',
  'cutting',
  'set',
  'sets',
  'setting',
  'maintain',
  'maintains',
  'maintained',
  'maintaining',
  'keep',
  'keeps',
  'kept',
  // "decided to leave the cash rate target unchanged at 4.35 per cent".
  'leave',
  'leaves',
  'leaving',
  'left',
  'hold',
  'holds',
  'held',
  'boost',
  'boosts',
  'boosted',
  'lift',
  'lifts',
  'lifted',
  'expand',
  'expands',
  'expanded',
  'shrink',
  'shrank',
  'trim',
  'trimmed',
  // "This year's return brings total fund performance to 5.8 percent" (not "take": "took a slight dip to 33")
  'bring',
  'brings',
  'brought',
  'bringing',
  'push',
  'pushes',
  'pushed',
  'pushing',
]);
/** The prepositions that lead from such an object to the figure. */
export const EN_OBJECT_LEADS = new Set(['to', 'by', 'at']);
/** The lead to the first end of a move ("reduces net debt from $400 million to $50 million"). */
export const EN_OBJECT_FROM_LEAD = 'from';
/** Words that name the level an object is moved from or to ("reduces net debt from a peak of $400 million"). */
export const EN_LEVEL_NAME_WORDS = new Set(['a', 'an', 'its', 'peak', 'high', 'low', 'record', 'level', 'of']);
/** Determiners that may open such an object. */
export const EN_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'our']);
/** Words of a range of figures ("0 to 1/4 percent", "between 2 and 3 percent"). */
export const EN_RANGE_WORDS = new Set(['to', 'and', 'between', 'from', 'or']);

/** Small patterns of the clause model: a figure's first character, a year, white space, a word's first letter … */
export const EN_FIGURE_START = /^[$£€]?\d/;
export const EN_YEAR_TOKEN = /^\d{4}$/;
/** A token that opens on a digit (a count, not a word). */
export const EN_DIGIT_START = /^\d/;
/** A sentence's full stop at the end of a unit's text (white space after it allowed). */
export const EN_FULL_STOP_END = /[a-z%)]\.\s*$/;
export const EN_SPACE_RUN = /\s+/g;
export const EN_WORD_START = /^[a-z]/i;
export const EN_LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
/** A possessive determiner opening a verb's object ("revised down its global growth projection"): left out too. */
export const EN_LEADING_POSSESSIVE = /^(?:its|their|our)\s+/i;
/** A sentence-initial article, capitalised. */
export const EN_CAPITAL_ARTICLE = /^(?:The|A|An)(?=\s)/;
export const EN_PLURAL_END = /s$/;
export const EN_FIRST_WORD = /^\w+/;
export const EN_LAST_WORD = /[A-Za-z]+$/;
/** The head word of a bare head ("Rates", "rates for these adults"). */
export const EN_BARE_HEAD_WORD = /\b(?:rates?|prices?|levels?|shares?|totals?|numbers?|figures?)\b/i;

/** Coordinators that join a second verb to the same subject: "increased … last week and are about 3% below". */
export const EN_VP_COORDINATORS = new Set(['and', 'but', 'or']);
/** The words that lead from a verb of level to its figure ("and settle at 4.5%", "and now stands at 5.6 percent"). */
export const EN_LEVEL_LEADS = new Set(['at', 'to', 'around', 'near']);
/** A comparison the phrase rules append to a subject; kept when the clause model replaces the phrase. */
export const EN_COMPARISON_TAIL = / compared with .*$/;
/** Predicate words outside the governing lexicon that still end a clause's subject ("changed little"). */
export const EN_EXTRA_PREDICATES = new Set(['forecast', 'estimates', 'said', 'says', 'noted', 'projects']);
/** Words after a verb (not a noun after an adjective): "changed little", "increase by". */
export const EN_VERB_FOLLOWERS = new Set([
  'little',
  'slightly',
  'at',
  'to',
  'by',
  'from',
  'in',
  'over',
  'about',
  'nearly',
  'more',
  'less',
  'again',
]);
/** A phrase that ends with a connector is a clause's tail, not a noun phrase ("week and"). */
export const EN_CONNECTOR_END = /\s(?:and|or|but|by|to|of|from|with)$/i;
/** The figures after this one up to "respectively", units spelled out: "12 percent and 7 percent, respectively". */
export const EN_RESPECTIVELY_AFTER = new RegExp(
  String.raw`^(?:[\s\d.,%$£€/]|percent(?:age points?)?\b|cents?\b|(?:${EN_SCALE_WORDS})\b|(?:and|or)\b)*respectively\b`,
  'i',
);

/**
 * Words before a participle that open an adverbial phrase of the main clause ("grew 0.7 percent after rising at an
 * annual rate of 2.1 percent", "jumped 9.1 percent, accelerating from 1.9 percent"): its figure measures the main
 * clause's subject.
 */
export const EN_ADVERBIAL_PARTICIPLE_OPENERS = new Set([',', 'after', 'following', 'before', 'while', 'since']);
/** A participle (-ing form), not the prepositions spelled like one. */
export const EN_PARTICIPLE =
  /^(?!(?:during|including|according|excluding|regarding|concerning|notwithstanding)$)[a-z]{2,}ing$/;
/** A figure directly after ", following" or ", after": a base of the main clause's figure ("0.7 percent, following 2.1 percent"). */
export const EN_BASE_AFTER_COMMA = new Set(['following', 'after']);
/**
 * A period word alone, which names when, not what: "final quarter", "the fourth quarter", "3rd Quarter 2015", "whole of
 * 2015", "peak", "pace".
 */
/** A phrase ending in a pronoun ("Today it", "In May they"): the pronoun stands in for what an earlier phrase named. */
export const EN_PRONOUN_END = /\b(?:it|they|this|these|that|those|we|he|she|there)$/i;
/** A time named alone as a clause's subject ("today", "Fiscal 2005", "FY 2023", "This year"): no measure. */
export const EN_TIME_ONLY_SUBJECT =
  /^(?:today|yesterday|now|currently|this\s+(?:year|month|quarter|week)|last\s+(?:year|month|quarter|week)|(?:fiscal(?:\s+year)?|FY)\s*\d{2,4}(?:[/-]\d{2,4})?|\d{4})$/i;
/** A label that leads into what follows with a colon ("Private coverage for adults age 65 and older, 2019:"). */
export const EN_LABEL_COLON_END = /:\s*$/;
/** A blank line: a title or a label paragraphs before a figure names no subject of it. */
export const EN_PARAGRAPH_BREAK = /\n[ \t]*\n/;
/** "the total disbursed so far": how far a moved object's count runs, no part of its name. */
export const EN_OBJECT_TIME_TAIL = /\s+(?:so\s+far|to\s+date|in\s+total|overall)$/i;

/** A connector or a dash left at a phrase's end ("the first quarter of 2019 and", "in the period –"). */
export const EN_TRAILING_CONNECTOR = /\s+(?:and|or|but|[–—-])$/i;

/**
 * A comparison alone before a figure ("5.3% below the five year average and down 5.1%", "up slightly from last year and
 * 6 percent higher", "slightly lower than FY2015/16 by 1.4%", "remains above the five year average of"): it says
 * against what, not what is measured.
 */
export const EN_COMPARISON_ONLY =
  /^(?:(?:remains?|remained|is|was|are|were|stood|stays?|stayed)\s+)?(?:(?:still|far|much|well|just|slightly|marginally|somewhat|significantly)\s+){0,2}(?:(?:below|above|under|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:average|mean|norm|level|target|forecast)s?|(?:up|down)\s+(?:(?:slightly|sharply|marginally|modestly|strongly)\s+)?(?:from|on)\s+(?:last\s+(?:year|month|quarter|week)|the\s+previous\s+(?:year|quarter|month|season)|a\s+year\s+(?:ago|earlier)|(?:19|20)\d\d(?:[–-]\d{2,4})?)|(?:higher|lower|more|less)\s+than\s+(?:in\s+)?(?:FY\s*\d{2,4}(?:[/–-]\d{2,4})?|(?:19|20)\d\d(?:[/–-]\d{2,4})?|last\s+year|the\s+previous\s+(?:year|quarter|month)))(?:\s+(?:and|but|by))?$/i;

/** An adverb of degree alone ("slightly" of "slightly down by 0.5 percentage point"): it names nothing measured. */
export const EN_DEGREE_ADVERB_ONLY =
  /^(?:still|far|much|well|just|slightly|marginally|somewhat|significantly|sharply|modestly|strongly)$/i;

/**
 * A move's noun alone, after a period and "and" ("… (+0.7%) in Q1 2015 and an increase of 14,700"): it says how much
 * moved, not what; the figure before lends its subject.
 */
export const EN_MOVE_NOUN_ONLY =
  /^(?:(?:in\s+)?(?:Q[1-4]\s+(?:19|20)\d\d|(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d|the\s+(?:previous|prior|same)\s+(?:quarter|month|year))\s+and\s+)?(?:a|an)\s+(?:further\s+)?(?:increase|decrease|rise|fall|drop|decline|gain|loss)$/i;

/**
 * A release's date line or its label alone ("Published: 04 January 2016", "March 5, 2024", "Published", which a
 * look-back cut at the colon).
 */
const EN_DATE = String.raw`(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?\s+(?:19|20)\d\d`;
export const EN_DATE_LINE = new RegExp(
  String.raw`^(?:(?:Published|Released|Updated|Issued|Posted|Date|Dated)(?:\s*:?\s*${EN_DATE})?|${EN_DATE})$`,
  'i',
);
export const EN_PERIOD_ONLY =
  /^(?:the\s+|its\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|previous|prior|same|latest|past|next|following|slower|faster|monthly|annual)\s+)?(?:quarter|month|year|week|decade|period|peak|pace|spring|summer|autumn|winter)s?(?:\s+(?:of\s+)?(?:19|20)\d\d)?$|^(?:the\s+)?whole\s+of\s+(?:the\s+year|(?:19|20)\d\d)$|^Q[1-4]\s+(?:19|20)\d\d$|^(?:a|one)\s+(?:year|month|quarter|week)\s+(?:ago|earlier)$|^(?:in\s+)?(?:FY|fiscal\s+year)\s*\d{2,4}(?:[/-]\d{2,4})?$|^(?:for\s+)?(?:the\s+)?(?:second|third|fourth|fifth|sixth|[a-z]+th)\s+(?:week|month|quarter|year)\s+in\s+a\s+row$/i;

/**
 * Plural nouns whose "-es" ending looks like a verb's ("sales", "wages", "industries"): a phrase of one such word is a
 * noun phrase ("reported a 3.2% decline in sales"). Verbs in "-ies" ("applies", "varies") are listed apart.
 */
const EN_NOUNS_IN_ES = [
  'sales',
  'wages',
  'prices',
  'rates',
  'taxes',
  'homes',
  'services',
  'sources',
  'cases',
  'fees',
  'premises',
  'offences',
  'offenses',
  'licences',
  'licenses',
  'enterprises',
  'vehicles',
  'businesses',
  'houses',
  'purposes',
  'resources',
  'expenses',
  'revenues',
  'charges',
  'schemes',
  'issues',
  'figures',
  'values',
  'volumes',
  'measures',
  'programmes',
  'incomes',
  'purchases',
  'mortgages',
  'balances',
  'finances',
  'allowances',
  'estates',
  'sites',
  'stages',
  'types',
  'lines',
  'miles',
  'tonnes',
  'crimes',
  'fires',
  'tariffs',
  'deaths',
  'responses',
  'centres',
  'packages',
  'exchanges',
  'advances',
  'schedules',
  'cigarettes',
  'homicides',
  'suicides',
  'arrivals',
];
const EN_VERBS_IN_IES =
  'appl|suppl|var|carr|rel|qualif|occup|impl|tr|fl|d|den|modif|intensif|diversif|identif|classif|specif|satisf|rall|multipl|amplif|justif';

/**
 * A phrase-rule subject that is no noun phrase, so the clause model's subject is preferred when it has one: a
 * preposition or adverb opening it (`after robust growth`, `through March 2016`, `across England`, `onwards`), a unit
 * word alone (`cents`, `cwt below`), a verb with its particle or object (`subtracted`, `received a total`, `award
 * recipients include`, `worsening due`, `accelerating from its`), a comparative alone (`larger`), a span of time
 * (`two consecutive months`, `time span`).
 */
export const EN_NOT_NOUN_PHRASE = new RegExp(
  [
    // A capital is no name here: "After surging" opens a sentence.
    String.raw`^(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Tt]hrough|[Tt]hroughout|[Aa]cross|onwards|on|[Dd]uring|[Uu]ntil|[Dd]espite|then|prior)\b`,
    String.raw`^(?:cents?|cwt|bushels?|tons?|barrels?|points?|percent|dollars?)(?:\s+(?:below|above|over|under|higher|lower|less|more))?$`,
    String.raw`^(?!(?:${EN_NOUNS_IN_ES.join('|')})\b|[a-z]+ies\b(?<!\b(?:${EN_VERBS_IN_IES})ies))[a-z]+(?:ed|es)(?:\s+(?:a\s+total|by|from|to|slowly|gradually|sharply|steadily))?$`,
    String.raw`^(?:accelerat|decelerat|worsen|surg|climb|ris|fall|declin|increas|decreas|grow|dropp|jump|slow|edg|eas|improv|deteriorat|soar|plung|tumbl)ing\s+(?:due|from|to|by|at|its|their)\b`,
    String.raw`\s(?:accelerat|decelerat|worsen|surg|climb|ris|fall|declin|increas|decreas|grow|dropp|jump|slow|edg|eas|improv|deteriorat|soar|plung|tumbl)ing$`,
    String.raw`\s(?:include|includes|recorded|received|totaled|totalled)(?:\s+a\s+total)?$`,
    String.raw`^(?:advance|increase|decrease|gain|decline|rise|drop|fall|jump|contraction|expansion)s?$`,
    String.raw`(?:^|\s)(?:reported|recorded|posted|showed|saw|registered)\s+an?\s+(?:increase|decrease|rise|fall|gain|decline|drop|jump|reduction)$`,
    String.raw`^(?:larger|smaller|higher|lower|greater|bigger|fewer|less|more|lowest|highest)$`,
    String.raw`^(?:(?:two|three|four|five|six|several|\d+)\s+(?:consecutive\s+)?(?:months|quarters|years|weeks)|time\s+span)$`,
  ].join('|'),
);

/** The indefinite articles, which open an appositive (", a volatile component,") or an agent's own change ("posted a"). */
export const EN_INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * A list item that opens with a short label and a colon ("- Banking entities: 149 organizations receiving $267.1
 * million in awards"): the label says which part of the whole the item's figures measure. Group 1 is the label. The
 * text layer may have joined the items into one line, so the bullet is found after any white space.
 */
export const EN_LIST_ITEM_LABEL = /(?:^|\s)[-*\u2022\u2013]\s+([A-Z][A-Za-z'\u2019&/ ()-]{1,58}?):\s+(?=[^:]*$)/g;
/** Labels longer than this many words are sentences, not labels. */
export const EN_LIST_LABEL_MAX_WORDS = 6;
/** How far before a figure its list item's label may stand. */
export const EN_LIST_LABEL_REACH = 120;

/** Participles that spell out the main clause's figures ("with declines ranging from 0.8 to 14.2 percentage points"). */
export const EN_SPAN_PARTICIPLES = new Set(['ranging', 'varying', 'averaging']);
/** A spaced dash that opens an insertion after a subject ("Private domestic final purchases – the sum of …"). */
// Or an unspaced em dash before an appositive ("real value added—a measure of … —increased").
export const EN_DASH_INSERTION = /\s[\u2013\u2014]\s|\u2014(?=(?:an?|the)\s)/;
/** A date alone before such a dash ("14 August 2024 – OCR reduced by …"): a dateline, the subject follows it. */
export const EN_DATELINE =
  /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?(?:\s+(?:19|20)\d\d)?$/i;

/** The words between an agent's verb and its own change ("posted a 5.8 percent increase", "reported an increase of"). */
export const EN_OWN_CHANGE_WORDS = new Set([
  'a',
  'an',
  'of',
  'increase',
  'decrease',
  'rise',
  'fall',
  'gain',
  'decline',
  'drop',
  'jump',
  'reduction',
]);

/** The verb and superlative of a holder ("had the highest", "saw the largest"). */
const SUPERLATIVE_HOLDING = String.raw`(?:had|has|have|reported|recorded|saw|showed|posted|registered|experienced|logged|enjoyed)\s+the\s+(?:largest|highest|lowest|smallest|strongest|weakest|biggest|greatest|fastest|slowest|sharpest|steepest)`;
/** The prepositions that end the measure a superlative names. */
const SUPERLATIVE_TAIL_PREPOSITION = '(?:in|at|among|from|with|between|during|over|for|on|since|of)';
/** The measure after the superlative (group 1): up to five words, none of them such a preposition. */
const SUPERLATIVE_MEASURE = String.raw`((?!${SUPERLATIVE_TAIL_PREPOSITION}\b)[a-z][\w’'-]*(?:\s+(?!${SUPERLATIVE_TAIL_PREPOSITION}\b)[a-z][\w’'-]*){0,4})`;
/**
 * A place or group that "had the highest rate at 6.3 percent", "saw the largest increase in population … (+28,737)":
 * the verb before the superlative, and the measure it names (group 1), up to the preposition or bracket before the
 * figure (group 2, the rest). The figure measures the named thing, not its holder.
 */
export const EN_SUPERLATIVE_HELD = new RegExp(
  String.raw`\b${SUPERLATIVE_HOLDING}\s+${SUPERLATIVE_MEASURE}((?:\s+${SUPERLATIVE_TAIL_PREPOSITION}\b[^.;!?]*|,\s+followed by\b[^.;!?]*)?[\s(,]*)$`,
);
/** A ranked move named as a clause's subject ("The largest over-the-month increase was", "increases were in"). */
const RANKED_MOVE_WAS = String.raw`\b(?:largest|biggest|greatest|smallest|sharpest|steepest)\s+(?:[\w-]+\s+)?(?:increases?|gains?|rises?|declines?|decreases?|losses|loss|drops?)\s+(?:were|was)\s+(?:again\s+)?(?:in\s+)?`;
/**
 * "The largest over-the-month increase was Government at 7,700, followed by Other Services, 5,000": the item that
 * holds the ranked move (group 1), capitalised as a name, right before "at" or its figure after "followed by". A place
 * there is completed to the measure later, as any place subject is.
 */
// A name of capitalised words, a word broken by a hard hyphen kept ("Govern- ment").
const RANKED_ITEM_NAME = String.raw`[A-Z][\w&'’-]*(?:(?<=-)\s+[a-z]+)?(?:\s+(?:&\s+)?[A-Z][\w&'’-]*(?:(?<=-)\s+[a-z]+)?){0,4}`;
export const EN_RANKED_MOVE_ITEM = new RegExp(
  String.raw`${RANKED_MOVE_WAS}(?:the\s+)?(?:(${RANKED_ITEM_NAME})\s+at|[^.;:]{2,80}?\bfollowed\s+by\s+(?:the\s+)?(${RANKED_ITEM_NAME})\s*,)\s*$`,
);
/** The same after a bracketed figure: "The Central Okanagan regional district (+3.2%) showed the strongest growth". */
export const EN_SUPERLATIVE_HELD_AFTER_BRACKET = new RegExp(
  String.raw`^\s*\)\s+${SUPERLATIVE_HOLDING}\s+${SUPERLATIVE_MEASURE}(\s+${SUPERLATIVE_TAIL_PREPOSITION}\b[^.;!?]*)?`,
);
/** A tail between the measure and the figure that holds another clause or figure: the superlative is not the figure's. */
export const EN_SUPERLATIVE_TAIL_BREAK =
  /[$£€%]|\d\s*(?:percent|per cent)|\b(?:while|whereas|but|which|who|and\s+[A-Z])\b|,\s+(?!\d{4}\b|followed by\b|$)/;
/** "the lowest rate of inflation": the measure's "of" phrase, when no figure follows the "of". */
export const EN_SUPERLATIVE_OF_PHRASE =
  /^\s+of\s+((?:the\s+)?[a-z][\w’'-]*(?:\s+(?!(?:at|among|from|with|between|during|over|for|on|of|in|since|were|was|is|are)\b)[a-z][\w’'-]*){0,3})/;
/** A list of nouns ending with the phrase rules' head: "new schools, clinics, and libraries". */
export const EN_NOUN_LIST = /^[\w-]+(?: [\w-]+)*(?:, [\w-]+(?: [\w-]+)*)*,? (?:and|or) [\w-]+$/;
/** A change noun as the superlative's measure: what changed is read after "in" ("largest increase in population"). */
export const EN_SUPERLATIVE_CHANGE_HEAD =
  /(?:^|\s)(?:increases?|decreases?|gains?|declines?|rises?|drops?|falls?|losses?|reductions?|jumps?|changes?)$/;
/** "in population in the twelve months …": the thing after "in", up to the next preposition or bracket. */
export const EN_SUPERLATIVE_CHANGED_THING =
  /^\s+in\s+(?:the\s+)?([a-z][\w’'-]*(?:\s+(?!(?:at|among|from|with|between|during|over|for|on|of|in|since|the)\b)[a-z][\w’'-]*){0,4})/;
/** A head with one or two plain modifiers before it ("e-Commerce sales", "Total receipts"), no clause words. */
export const EN_MODIFIED_HEAD =
  /^(?!(?:in|on|at|for|from|by|with|our|its|their|this|that|these|those|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){1,2}$/i;
/** A preposition that leads to a level ("dropped 18.2 percent to 2,947 cases"), approximation words allowed between. */
export const EN_LEVEL_PREPOSITION_BEFORE =
  /\b(?:to|at|from|of|by)\s+(?:(?:about|around|nearly|almost|over|more than|less than|some|approximately|roughly|just)\s+)*$/i;
