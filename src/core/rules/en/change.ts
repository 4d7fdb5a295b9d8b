// Change words of English reports: verbs of rise and fall, the change named after a
// figure, and the bases of comparison.
import { EN_SCALE_WORDS } from './numbers';

export const EN_DOWN =
  /(?:negative\s+growth|downward\s+revisions?|fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|(?<!\b(?:drawn|draw|draws|drew|drawing|paid|pay|pays|paying|written|write|writes|wrote|broken|break|breaks|broke|handed|hand|turned|turn|turns|stepped|step|stood|stand|tracked|track|shut)\s)down|reduced|reduce|reduces|reducing|reduction|cut|cuts|lowered|lower|slid|slipped|shrank|shrunk|shrink|shrinks|shrinking|deteriorated|deteriorate|deteriorates|eliminated|plunged|plunges?|slashed|slashes|slashing|plummeted|plummets?|tumbles?|slumps?|weakened|depreciations?|deterioration|(?:slowdown|deceleration|moderation)(?:\s+in\s+(?:[a-z]+\s+)?growth)?|dipped|narrowed|eased|edged\s+down|ticked\s+down|fell\s+back|contracted|lost|loses|lose|losing|shed|sheds|shedding|declining|decreasing|dropping|dipping|sliding|easing|shrinking|contracting|retreated|retreating|retreats|subtracted|subtracting|shaved|tumbled|tumbling|sank|slumped|slumping|sinking|dip|dips|contract(?=\s+by\b|$)|contraction|negative\s+growth|(?<!\b(?:paid|pay|pays|paying|kicked|kick|took|take|takes|taking|set|sets|laid|lay|signed|sign|sent|send|cut|cuts|wrote|written|write|turned|turn|switched|shut|called|call|started|start|starts|well|better|worse|far|dropped|drop|drops|sold|sell|sells|selling|spun|spin|written|wipe|wiped|tailed|tail|trailed|fell|fall|falls)\s)off(?=\s*$|\s+(?:a|an|about|nearly|some|just|almost)\s+$)|depreciated|depreciates|depreciating|(?:moved|moving|moves|went|trended|trending|headed|adjusted|revised)\s+downwards?)/i;
// "made up 72.3 percent" is a share of a whole, not a rise; "saw a jump of 6.9 percent", "a hike of 25 basis points".
export const EN_UP =
  /(?:(?:is|are|was|were|been)\s+raised|upward\s+revisions?|rose|rise|rises|risen|rising|increased|increase|increases|grew|grow|grows|grown|(?<!\b(?:made|make|makes|making|take|takes|taking|took|taken|use|used|uses|using)\s)up|growth(?=\s+of\b)|expansion(?=\s+of\b)|upsurges?|climbed|jumped|rocketed|skyrocketed|(?:blown|blew|blows|blowing)\s+out|gained|firmed|higher|surged|soared|surges?|soars?|spikes?|jumps?|climbs|leaps?|hikes?|strengthened|appreciations?|expanded|expand|expands|expanding|appreciated|appreciates|appreciating|added(?!\s+up\s+to\b)|adding(?!\s+up\s+to\b)|edged\s+up|ticked\s+up|picked\s+up|widened|gains|gain|gaining|increasing|growing|climbing|jumping|surging|advanced|advancing|leapt|leaped|leaping|spiked|rebounded|swelled|improved|improvement|improves|improve|improving|ahead|advance|advances|(?:moved|moving|moves|went|trended|trending|headed|adjusted|revised)\s+upwards?)/i;
/**
 * Words between a change verb (or a comparative) and its figure: "by another", "of nearly",
 * "by an average of", "a net", "at a seasonally adjusted annual rate of", "at a pace of", "in a range of",
 * "in some cities by", "in real terms", and a dash ("the increase—53 percent—in").
 */
/** "in real terms", "in nominal terms", "in seasonally adjusted terms": how a change is measured. */
const EN_IN_TERMS =
  'in\\s+(?:real|nominal|cash|volume|value|price-adjusted|(?:calendar\\s+and\\s+)?seasonally\\s+adjusted)\\s+terms';
/**
 * A period between a change verb and its "by" ("fell in the third quarter by 2.9 percent", "rose last year by 4%"),
 * with an adverb of repetition ("fell anew by").
 */
const EN_PERIOD_BEFORE_BY =
  '(?:in|during|over|for)\\s+(?:the\\s+)?(?:(?:first|second|third|fourth|final|last|latest|past|previous|same|current)\\s+)?(?:quarter|half|year|month|week|period|(?:19|20)\\d\\d|January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?(?=\\s+by\\b)|(?:last|this)\\s+(?:year|month|quarter)(?=\\s+by\\b)|year[- ](?:on|over)[- ]year(?=\\s+by\\b)|(?:anew|again)(?=\\s+by\\b)';
const EN_FIGURE_LEAD = `(?:\\s+${EN_IN_TERMS}|\\s+(?:${EN_PERIOD_BEFORE_BY}|(?:month|year|quarter|week)[- ](?:on|over)[- ](?:month|year|quarter|week)|sharply|significantly|slightly|substantially|markedly|considerably|steadily|marginally|modestly|overall|respectively|on\\s+average|by|of|at|about|marginal|slight|moderate|mere|revised|preliminary|provisional|estimated|cumulative|annual(?:ized)?|seasonally\\s+adjusted|rate|pace|nearly|almost|some|roughly|approximately|around|more\\s+than|over|just|a|an|another|average|total|net|only|between|staggering|massive|whopping|record|further|hefty|healthy|modest|remarkable|significant|substantial|sharp|steep|impressive|dramatic|huge|large|big|small|striking|notable|considerable|sizeable|sizable|strong|robust|solid|rapid|steady|unprecedented|ranging\\s+(?:from|between)|in\\s+a\\s+range|in\\s+(?:some|most|many|several|all)\\s+[a-z]+(?=\\s+by\\b)|[a-z]{3,}ly(?=\\s+by\\b)|(?:nationwide|statewide|countrywide|worldwide|citywide|overall)(?=\\s+by\\b)|more(?=\\s+by\\b)|[a-z]{4,}(?=\\s+(?:rate|pace)\\s+of\\b)|the(?=\\s+(?:rate|pace)\\s+of\\b))|\\s+(?:on|over)\\s+(?:last\\s+year|the\\s+(?:previous|prior)\\s+year)(?=\\s+of\\b)|\\s*[—–]|\\s+\\([-+−]\\)|\\s+[-+−](?=\\s*$))*\\s*$`;

/**
 * decreased between 2.4 and 18.2 percentage points, declines ranging from 0.8 to 14.2 percent: the
 * second end of a range of changes, also after the first end's label in brackets ("between $65 per MWh (SA) and $87
 * per MWh (NSW)").
 */
export const EN_RANGE_SECOND_END_GAP = /^\s*(?:\([^()\d]{1,24}\)\s*)?(?:to|and|-|–)\s*$/i;

/** "a dividend of $4m, up from $2m": the basis after "up from" / "down from" is the same measure's earlier level. */
/** "by 28.0% from 118 persons": the basis right after a change in per cent. */
export const EN_FROM_AFTER_CHANGE_GAP =
  /^\s*,?\s*from\s+(?:(?:a|an|the)\s+)?(?:(?:about|nearly|some|around|approximately|roughly)\s+)?$/i;
export const EN_BASIS_FROM_GAP =
  /^\s*,?\s*(?:up|down)\s+from\s+(?:(?:a|an|the)\s+)?(?:(?:about|nearly|some|around|approximately|roughly)\s+)?$/i;
/**
 * "Revenues were $409 million above the month's forecast of $19.387 billion", "recording Ksh 879.33 billion against a
 * target of Ksh 830.37 billion", "income of $210m compared to the budget of $148.2m": the gap before a forecast,
 * target or budget level the figure before is set against; that level is the same measure's forecast (Revenues
 * forecast). Not in brackets ("86.47% (against a target of 85%)": an aside that names the target). Group 1: the
 * level's noun.
 */
export const EN_BASIS_LEVEL_GAP =
  /^\s*(?:percent|per cent)?\s*(?:above|below|over|under|against|short of|ahead of|(?:higher|lower|more|less|greater|fewer) than|compared (?:to|with)|relative to)\s+(?:(?:the|a|an|its|their|our|this)\s+)?(?:[\w’'./-]+\s+){0,4}?(forecast|target|budget|estimate|projection|budgeted amount|expectation)s?\s+of\s+(?:(?:about|nearly|some|around|approximately|roughly|almost)\s+)?$/i;

/**
 * "$237 billion less than projected in the Budget and $4 billion more than projected in the MSR", "27% lower than in
 * 2008/09 and 43% lower than in 1995": the gap after a figure set against one basis, before the same measure set
 * against another. Group: none.
 */
export const EN_COMPARISON_LIST_GAP =
  /^\s*(?:percent|per cent|percentage points?)?\s*(?:lower|higher|less|more|greater|fewer|smaller|larger|above|below)\s+than\s+[^.;:$£€\d]{0,60}?(?:\d{4}(?:\/\d{2})?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

/** "N149.8 billion above N1.022 trillion collected in 2022": a figure set right against a basis of the same unit. */
export const EN_FIGURE_AGAINST_BASIS_GAP = /^\s*(?:above|below|against|versus|vs\.?)\s+$/i;

/**
 * "14.0 percent of GDP compared to Le 3.34 trillion": the gap after a share's whole, before a basis set against the
 * figure before.
 */
export const EN_COMPARED_BASIS_GAP =
  /^\s*(?:(?:percent|per cent)\s+)?of\s+(?:the\s+)?(?:[A-Za-z][\w’'-]*\s+){1,3}?,?\s*(?:compared\s+(?:to|with)|as\s+against|versus)\s+(?:(?:the|a|an)\s+)?(?:(?:about|nearly|some|around|approximately|roughly)\s+)?$/i;

/**
 * "from approximately 3.7 percent of GDP in 2018 to 5.9 percent of GDP by 2038", "from 249 cases notified in week 43 to
 * 312 cases": the gap of a from–to range whose first end carries its base and its period; the second end measures what
 * the first does.
 */
const EN_MONTH_WORD =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// "from 2.9% in July – September 2019 to 3.1%": a period of months (a rolling quarter) is a period too.
export const EN_DATED_RANGE_GAP = new RegExp(
  String.raw`^\s*(?:of\s+(?:the\s+)?[A-Za-z][\w\s.'’-]{0,40}?\s+)?(?:[a-z]+ed\s+)?(?:in|for|during)\s+(?:(?:FY\s*)?\d{4}(?:[/-]\d{2,4})?|(?:week|quarter|month)\s+\d{1,2}(?:\s+(?:FY\s*)?\d{4}(?:[–/-]\d{2,4})?)?|Q[1-4](?:\s+\d{4}(?:[–/-]\d{2,4})?)?|(?:${EN_MONTH_WORD}(?:\s+\d{4})?\s*(?:[–—-]|to)\s*)?${EN_MONTH_WORD}\s+\d{4})\s+to\s*$`,
  'i',
);

/**
 * "(0.51°C to 1.20°C above the annual average)", "2-3 percent higher than": the first end of a range whose second end
 * carries the word of the departure; the range moves as one. Group 1: the word.
 */
export const EN_RANGE_FIRST_END_BEFORE_MOVE =
  /^\s*(?:to|-|–|and)\s*[-+]?\d[\d,.]*\s*(?:°\s?[CF]|%|per\s?cent|percent|percentage\s+points?)?\s+(above|below|higher|lower)\b/i;
/** The words before the first end of any range (of levels too): it shares its subject with the second end. */
export const EN_RANGE_LEAD = /\b(?:between|from)\s+$/i;

/**
 * "Rates declined in 42 states, ranging between 2.2 and 7.6 percentage points": a range after a clause whose verb
 * moved gives the sizes of the moves; so does a move named as ranging ("This contraction ranged from 1.1% …"). Group 1
 * (or 2): the verb or noun. Bounded: the verb at most 80 characters back.
 */
export const EN_RANGE_OF_MOVES_LEAD = new RegExp(
  `\\b(${EN_DOWN.source}|${EN_UP.source})\\b[^.;]{0,80}?,\\s*ranging\\s+(?:from|between)\\s+$|\\b(contraction|decline|fall|drop|increase|rise|growth|expansion)s?\\s+(?:ranged|ranges|range)\\s+(?:from|between)\\s+$`,
  'i',
);

/** The words before the first end of a range of changes (not "from" alone: rose from 3.4 to 3.6 percent is two levels). */
export const EN_RANGE_FIRST_END_LEAD = /\b(?:between|(?:ranging|ranged|ranges)\s+(?:from|between))\s+$/i;
/**
 * "recorded a lower inflation rate of 7.1 percent", "a slower growth rate of 4.1%": the comparative compares the rate,
 * and the rate itself is the size of a rise (as every inflation and growth rate is).
 */
export const EN_COMPARED_RATE_OF_CHANGE_BEFORE = new RegExp(
  `\\b(?:higher|lower|faster|slower|larger|smaller|greater|bigger)\\s+(?:(?:annual|monthly|quarterly|headline|core|average|year-on-year)\\s+)?(?:inflation|growth)(?:\\s+rate)?\\s+of${EN_FIGURE_LEAD}`,
  'i',
);
export const EN_BEFORE = new RegExp(`\\b(${EN_DOWN.source}|${EN_UP.source})${EN_FIGURE_LEAD}`, 'i');
/**
 * "a 50% year-over-year increase", "a 2.1 percent annual gain", "a 19 per cent economic contraction", "0.8 percent real
 * GDP growth": modifiers between a figure and its change noun (of time, or what grew).
 */
const EN_CHANGE_NOUN_MODIFIER =
  '(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|over[- ]the[- ](?:year|month|quarter)|annual(?:ized)?|monthly|quarterly|average|overall|net|cumulative)\\s+)?(?:(?:economic|real|nominal|GDP|output|price|wage|revenue|sales|employment|population)\\s+){0,2}(?:rate\\s+of\\s+)?';
/**
 * "3% passenger growth", "a 5 percent sales-volume decline": any one or two words that are no function word, verb or
 * auxiliary between a figure and a noun of a move (not after a bracket: "(MOP1,234) saw year-on-year increases").
 */
const EN_ANY_CHANGE_NOUN_MODIFIER =
  '(?:(?!(?:of|the|a|an|in|on|to|for|and|or|but|was|were|is|are|be|been|that|which|as|at|by|from|with|than|per|its|their|this|these|will|would|could|can|may|might|should|shall|must|do|does|did|has|have|had|saw|see|sees|got|made|shows?|showed|[a-z]+ed)\\b)[a-z][a-z-]*\\s+){1,2}';
/** The nouns of a move such a modifier may stand before (its group: the noun). */
const EN_MODIFIED_MOVE_NOUN = '(increase|rise|growth|gain|decline|decrease|drop|fall)\\b';
/**
 * "18.9 million barrels (18.7%) lower than a year ago": a restatement in parentheses between a figure and the
 * change word after it; for the figure inside them, the closing parenthesis.
 */
// "(3.4%) increase", "0.6 percent (±1.2 percent)* below" (a margin of error and its footnote mark), and "a $131
// million or 3.4% increase", "an 8.6 percent or $14.4 million decrease": the same change restated, or qualified, before
// its word.
// "$61.2 million, or 2.9 percent, more than anticipated": the restatement set off by commas.
// "$19.2 million, 1.6%, above their $1,231.7 million target", "1.6%, above their …": the same without "or".
const EN_PARENTHESISED_RESTATEMENT =
  '(?:\\)\\s*|\\([^()\\n]{1,40}\\)\\*?\\s*(?:[a-z]+\\s+(?=(?:higher|lower|more|fewer)\\s+than\\b))?|or\\s+[-+]?\\d[\\d,.]*\\s*(?:%|percent|per\\s*cent)(?:\\s|-)|or\\s+[$£€]\\d[\\d,.]*\\s*(?:million|billion|trillion|thousand|bn|m)?\\s+|,\\s*or\\s+[-+]?\\d[\\d,.]*\\s*(?:%|percent|per\\s*cent),\\s*|,\\s*[-+]?\\d[\\d,.]*\\s*(?:%|percent|per\\s*cent),\\s*(?=(?:above|below)\\s)|,\\s*(?=(?:above|below)\\s+(?:the|their|its|our)\\b|(?:better|worse|higher|lower)\\s+than\\b))?';
/**
 * "decreased by 0.3% and 0.2% over the previous month": a later item of a list of figures after its verb; the verb says
 * which way, and "over" only names the basis.
 */
export const EN_LIST_ITEM_AFTER_FIGURE =
  /\bby\s+[^,;()]{0,30}?\d\s*(?:%|percent|per\s*cent)?\s*(?:,|,?\s+and|,?\s+or)\s+$/i;
/** "compared to UGX 643 billion over the same period last year", "from $900 million over …": the figure is the basis. */
export const EN_BASIS_FIGURE_BEFORE =
  /\b(?:compared\s+(?:to|with)|from|against|versus|vs\.?)\s+(?:(?:about|nearly|around|some|approximately|roughly|almost|over|more\s+than|just)\s+)?$/i;
/** "5 percent over last year's level", "3 percent under the prior year": over and under a stated base. */
// "over the same period" says when, not against what (unless a basis follows: "over the same period last year").
const EN_OVER_UNDER_BASE =
  '(over|under|ahead\\s+of|behind)(?=\\s+(?:last|the\\s+(?:previous|prior|same(?!\\s+(?:period|time)\\b(?![^.;,]{0,20}\\b(?:last|a\\s+year|previous|prior|\\d{4})\\b)))|a\\s+year|year-earlier|year-ago|(?:the\\s+)?(?:(?:latest|original|revised|enacted|adopted|official|initial|current|monthly|annual)\\s+)?(?:budget(?:ed)?|target|forecast|benchmark|estimates?|plan|projections?|expectations|profile)(?!\\s+(?:period|year|horizon)\\b))\\b)';
/**
 * "$27.1 billion better over the four years … compared to PEFO", "$1.3 billion smaller in this budget update": a
 * comparative of a whole position, then the span or the round it is set against.
 */
const EN_COMPARED_SPAN = 'over\\s+the|in\\s+(?:this|the)|compared|since|across\\s+the';
export const EN_AFTER = new RegExp(
  `^\\s*${EN_PARENTHESISED_RESTATEMENT}(?:-|\\s)?(?:respectively\\s+)?${EN_CHANGE_NOUN_MODIFIER}(?:(increase|increment|rise|jump|gain|advance|climb|growth|expansion|pace|hike|boost|uptick|surge|spike|improvement|rebound|widening|upward\\s+revision|downward\\s+revision|narrowing|faster|decrease|decrement|decline|drop|fall|reduction|contraction|cut|dip|downtick|shortfall|plunge|slump|deterioration|slower|underperformance|out-?performance|over-?performance|positive\\s+performance|underspend|overspend|narrower|wider|short\\s+of|more|higher|greater|(?:better|worse)(?=\\s+(?:than|${EN_COMPARED_SPAN})\\b)|(?:larger|bigger|smaller|warmer|hotter|wetter|sunnier|cooler|colder|drier|dryer|stronger|weaker)(?=\\s*(?:than\\b|on\\s+average\\b|[,.;)]|$)|\\s+(?:${EN_COMPARED_SPAN})\\b)|above|fewer|less|lower|below|older|younger)\\b|(up|down)(?=\\s+(?:on|over|compared|against|at|year[- ]on[- ]year)\\b)|${EN_OVER_UNDER_BASE})|^(?:\\s+|-)${EN_ANY_CHANGE_NOUN_MODIFIER}${EN_MODIFIED_MOVE_NOUN}`,
  'i',
);
export const EN_BASIS =
  /(year[- ]over[- ]year|than (?:in )?\d{4}|than (?:the previous|last|a) year|year[- ]on[- ]year|from (?:the )?(?:previous|last|prior) year|(?:compared|relative) (?:with|to) (?:\d{4}|last year|the previous year|the prior year|a year (?:earlier|ago))|over the (?:previous|prior|last) year|from a year (?:earlier|ago)|since \d{4}|from \d{4}|on the year)/i;

/**
 * "reduces the deficit by $2.5 trillion", "decreased outlays by $103 billion", "exceeding the target of Shs 2.316 trillion
 * by Shs 28.19 billion", "surpassed 2007’s figures by 10.7%", "fell short of the target by GH466.61 million": a verb, its object (a figure in it too), then by
 * (an adverb of the move is no object: "decreased month-on-month by").
 */
export const EN_VERB_OBJECT_BY = new RegExp(
  `\\b(reduc(?:e|es|ed|ing)|grow(?:s|ing)?|grew|cut(?:s|ting)?|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|beat(?:s|ing)?|out-?perform(?:s|ed|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|(?:fell|falls?|falling)\\s+short|miss(?:es|ed|ing)?)\\s+(?!(?:(?:month|year|quarter|week)[- ](?:on|over)[- ](?:month|year|quarter|week)|sharply|significantly|slightly|substantially|markedly|further|again|overall|modestly|considerably|steadily|marginally|respectively)\\s+by\\b)(?:(?!to\\b)(?:(?:[A-Z]{1,3}\\$?|[$£€])\\d[\\d,./]*|[A-Za-z][\\w'’-]*|\\d[\\d,./]*(?:['’]s)?)\\s+){1,14}?by${EN_FIGURE_LEAD}`,
  'i',
);

/**
 * "prices rose the fastest in Houston, TX, by 7.8 percent": a move ranked in a place, then its size after "by"; group
 * 1: the verb.
 */
export const EN_MOVED_MOST_IN_BY =
  /\b(rose|risen|increased|grew|climbed|fell|fallen|decreased|declined|dropped)\s+(?:the\s+)?(?:fastest|slowest|most|least|sharpest|furthest)\s+in\s+[^.;:()]{1,40}?,?\s+by\s+(?:about\s+|nearly\s+|almost\s+|around\s+)?$/i;

/**
 * "expected to increase their production 10% from 2023", "cut its workforce 5% on last year": a verb, its possessed
 * object, then the figure with a basis after it (EN_BASIS_AFTER_OBJECT_FIGURE); group 1: the verb.
 */
export const EN_VERB_POSSESSIVE_OBJECT =
  /\b(increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lower(?:s|ed|ing)?|grow(?:s|ing)?|grew)\s+(?:their|its|his|her|our)\s+(?:[a-z][\w-]*\s+){1,3}$/i;
/** The basis right after such a figure: from, over or on a year or the period before. */
export const EN_BASIS_AFTER_OBJECT_FIGURE =
  /^\s*(?:from|over|on|compared\s+(?:with|to))\s+(?:last\s+year|the\s+(?:previous|prior)\b|a\s+year\b|(?:19|20)\d\d)/i;

/**
 * "higher withheld payments of $8.0 billion", "lower-than-expected collections of fees, penalties and
 * fines of $1.3 billion": a comparative heads the noun phrase whose amount follows "of" (not a verb followed by its
 * preposition or adverb: "positivity decreased with a weekly mean positivity rate of 2.5%"; no "than"
 * and no other figure between; a comma list may, not a participle's clause: "increased significantly during the year,
 * resulting in a loss of $6.8 billion").
 */
export const EN_COMPARATIVE_OF = new RegExp(
  `\\b(higher|lower|larger|smaller|greater|increased|decreased|reduced)(?:-than-(?:expected|estimated|projected|anticipated))?\\s+(?!(?:with|by|in|at|for|over|during|across|among|as|on|since|after|while|and|but|to|from|slightly|sharply|significantly|further)\\b)(?:(?!than\\b|to\\b|from\\b)[A-Za-z][\\w'’-]*(?:,(?!\\s+[a-z]+ing\\b))?\\s+){1,12}?of${EN_FIGURE_LEAD}`,
  'i',
);

/**
 * "18.2 million euros (41.5 million)", "-14.0 million euros (-4.7 million)": an amount in brackets right after another
 * amount (not a percentage, not a duration: "over the prior 6 months (+34,000)") is the same item's figure for the
 * earlier period, a level; a plus sign still states a change.
 */
export const EN_PRIOR_PERIOD_BRACKET_BEFORE =
  /\d(?:[\d,.]*\d)?\s*(?:(?:million|billion|trillion|thousand|m|bn)\b\s*)?(?:(?:euros?|dollars|pounds|yen|yuan|rand|pesos?|rupees|[A-Z]{3})\s*)?\(\s*$/;
/** "This favourable variance of $912 million": a difference from a forecast, in the direction its adjective says. */
export const EN_VARIANCE_OF =
  /\b(favou?rable|unfavou?rable)\s+variances?\s+of\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i;

/**
 * "following 112.6 mb of increases", "$5 million of cuts": an amount of moves, up (group 1) or down (group 2); not a
 * share of one ("61% of the increase").
 */
export const EN_MOVES_OF_AFTER =
  /^\s+of\s+(?:(?:further|additional|net)\s+)?(?:(increases|gains|rises|builds)|(declines|decreases|falls|draws|cuts|reductions))\b/i;
/**
 * "$2.5 trillion in savings", "over $1 trillion in bipartisan deficit reduction": an amount cut.
 */
export const EN_AFTER_REDUCTION = /^\s+in\s+(?:[A-Za-z-]+\s+){0,2}?(?:savings|(?:deficit\s+)?reductions?|cuts)\b/i;

/**
 * Rates that are themselves the size of a change (an inflation rate is the year's change of the
 * price level, as a growth rate is in the seed gold), and the level rates and shares that
 * compete with them as the nearest rate named before a percentage.
 */
export const EN_RATE_OF_CHANGE_UP =
  /\b(?:inflation|12-month rates?|12-month (?:percent )?changes?|annual rates? of (?:inflation|growth|increase)|growth rates?|rates? of (?:growth|increase|inflation)|growths?|(?:annual(?:ized)?|quarterly|monthly) (?:rate|pace)|pace|CAGR)\b/gi;
export const EN_RATE_OF_CHANGE_DOWN = /\brates? of (?:reduction|decline|decrease|fall)\b/gi;
export const EN_LEVEL_RATE =
  /\b(?:unemployment|employment|interest|participation|tax|savings|response|crime|detection|victimisation|victimization|funds|policy|mortgage|discount|poverty|uninsured|vacancy|homeownership|utilization|arrest|success|conviction|clearance|clear-up|charge|solve|reoffending|re-offending|recidivism|incarceration|completion|graduation|enrol?lment|attendance|occupancy|vaccination|immunization|immunisation|mortality|death|birth|fertility|suicide|homicide|fatality|injury|approval|acceptance|pass|literacy|take-up|uptake|turnout|default|delinquency|foreclosure|eviction|survival|admission|retention|dropout|drop-out|compliance|error|exchange|incidence|prevalence)\s+rates?\b|\btarget range\b|\b(?:share|proportion|weight|percent(?:age)? of|per ?cent of)\b/gi;
/** "2.0% inflation": the rate named right after the figure. */
export const EN_INFLATION_AFTER = /^\s*(?:annual\s+|CPI\s+|RPI\s+)?inflation\b/i;

/**
 * "the rate rose for Blacks (6.4 percent)": a rate, ratio or level moved, and the figure in
 * parentheses is where it stands, not the size of the move (read before the direction word).
 */
export const EN_LEVEL_NOUN_BEFORE_DIRECTION = /\b(?:rates?|ratios?|levels?)\s+(?:[\w'’-]+\s+){0,3}$/i;

/**
 * "increased by 5.4 percent in 2022 and by 5.7 percent in 2023", "rose 0.3 percent in May and 0.2 percent in
 * June", "by $500 billion and its holdings of securities by $200 billion": one verb of change over coordinated
 * figures. The words between the two (at most eight, then "and", maybe "by") hold no verb, comparison or "to"
 * that would make the second figure a level or a change of its own.
 */
// (after a bracketed rate too: "increased by R2.32 billion (4.27%) quarter-on-quarter and by R43.60 billion")
export const EN_COORDINATED_CHANGE_GAP =
  /^\)?(?:,?\s+(?!(?:is|are|was|were|be|been|being|has|have|had|to|from|than|compared|versus|while|whereas|but|or|reached|stood|totale?led|totaling|averaged|remained|level|levels)\b)[\w'’./-]+){0,8}?,?\s+and\s+(?:(?:its|their|the)\s+(?:(?!(?:is|are|was|were|has|have|had|to|from|than)\b)[\w'’-]+\s+){1,6}?by\s+|by\s+)?(?:(?:at\s+least|about|nearly|almost|roughly|approximately|around|more\s+than|over|a\s+further|another|an\s+additional)\s+)?$/i;

/**
 * The last figure in a stretch of text, as `…down 12,000 in June and ` holds it: group 1 everything before the
 * figure, group 2 the words after it. Bounded: the figure at most 120 characters back.
 */
export const EN_LAST_FIGURE_IN = new RegExp(
  String.raw`^([\s\S]*?)[$£€]?\d[\d,.]*(?:\s+(?:${EN_SCALE_WORDS}))?(?:\s*(?:%|percent|per cent))?([^\d]{0,120})$`,
  'i',
);

/** "30 percent of households": a share, never the second term of a change. */
export const EN_SHARE_AFTER = /^\s+of\b/i;
/** "254,400 more births than deaths (61% of the increase)": the share of a move a figure makes up (a level). */
export const EN_SHARE_OF_MOVE_AFTER =
  /^\s+of\s+(?:the|this|that|its|their)\s+(?:[a-z-]+\s+)?(?:increases?|rises?|growth|gains?|decreases?|declines?|falls?|drops?|losses|changes?)\b/i;

/** "increased 5.1 percent at an annual rate, or $344.5 billion": the same change restated after "or". */
/** "a decrease of $65 million (2.2 %) over …", "(or $0.9 million)": a bracket opened right after a figure, closed right after the next. */
// "$193.4 million above estimates (9.3 percent)": the basis the move is set against may stand before the bracket.
export const EN_BRACKET_OPEN_GAP =
  /^\s*(?:(?:above|below|ahead\s+of|behind|short\s+of|over|under)\s+(?:(?:the|their|its|budget(?:ed)?|forecast|projected|monthly|annual)\s+){0,2}(?:estimates?|forecasts?|projections?|budget|targets?|expectations?|plan)\s*|(?:per|an?)\s+(?:day|week|month|quarter|year|annum)\s*)?\(\s*(?:or\s+)?$/;
/** The bracket's end, after the basis it may name: "$12.30 per month (8.5 per cent from the prior year)". */
export const EN_BRACKET_CLOSE_AFTER =
  /^\s*(?:(?:from|on|over|compared\s+(?:with|to))\s+(?:the\s+)?(?:prior|previous|last|same)\s+[a-z]+(?:\s+[a-z]+)?\s*)?\)/;
/** "increased by 6.7% (3935 offences to 4199)": the first end of a move's two ends in brackets, a level. */
export const EN_FIRST_END_IN_BRACKETS_AFTER = /^\s*(?:[A-Za-z]+\s+){0,2}to\s+[$£€]?\d[\d,.]*\s*(?:[A-Za-z%]+\s*)?\)/;
// ("increased by 33.84 million kg or, 17 per cent": the comma after "or" too)
/** The gap before a move restated in another unit: a dash, or "or" after a few words ("in the last year or"). */
// ("decreased by 40% – that's 2,800 patients", "by 20%, that's £9million": "that is" names the same move.)
export const EN_RESTATED_IN_OTHER_UNIT_GAP =
  /^\s*(?:(?:[,–—]\s*)?(?:that['’]s|that\s+is|i\.e\.,?)|[–—]|(?:[A-Za-z]+\s+){0,5}?or)\s+$/;
export const EN_RESTATED_CHANGE_GAP = /^\s*(?:[A-Za-z]+\s+){0,6}?[A-Za-z]*(?:\s*,\s*or|\s+or\s*,)\s+$/;

/** Words of direction a figure in parentheses takes from its sentence: "a large increase in fraud (17%)". */
// "more likely to have wealth … (20.0 and 29.3 percent)": a likelihood compared is no move; "fewer than 10 percent" and
// "More than two-fifths (42,1%)" say how many, not which way.
export const EN_PAREN_DIRECTION =
  /\b(?:(increases?|increased|rises?|rose|risen|growth|grew|higher(?:-than-\w+)?|more(?! likely| common| frequent| than (?:[$£€]?\d|half|an? |one|two|three|four|five|six|seven|eight|nine|ten))|gains?|(?<!\b(?:made|make|makes|making)\s)up)|(falls?|fell|declines?|declined|decreases?|decreased|reductions?|reduced|lower(?:-than-\w+)?|fewer(?! than (?:[$£€]?\d|half|an? |one|two|three|four|five|six|seven|eight|nine|ten))|less(?! likely| common| frequent| than (?:[$£€]?\d|half|an? |one|two|three|four|five|six|seven|eight|nine|ten))|down|drops?|dropped))\b/gi;

/** A break between clauses: a contrast (whereas, while, but) or a semicolon. */
export const EN_CLAUSE_BREAK = /;|,\s*(?:whereas|while|but)\b|\bwhereas\b/i;

/** "compared with", "than", "up from": a figure set against the previous one of the same measure. */
/**
 * "Hospital rates increased by 40% and spending decreased from 64% to 39.4%": a verb of its own move right before "from"
 * makes the figure the first end of that move (a level), not one set against the figure before.
 */
export const EN_OWN_MOVE_FROM_GAP =
  /\b(?:increased|decreased|declined|rose|fell|grew|dropped|climbed|jumped|shrank|shrunk|improved|reduced|changed|moved|went|edged\s+(?:up|down))\s+(?:(?:sharply|slightly|steadily|significantly|further)\s+)?from\s+(?:(?:about|around|nearly|almost|over|some)\s+)?$/i;
export const EN_COMPARED_WITH = /\b(?:compared\s+(?:with|to)|than|against|versus|(?:up|down)\s+from|from)\b/i;

/** "There were 17 more simple assaults … in 2016": a count of more (or additional) things that there were, a difference. */
export const EN_THERE_WERE_BEFORE = /\bthere\s+(?:were|was|have\s+been|had\s+been)\s+$/i;
/** A counted noun written with a word of difference: "1 million more calls", "170,000 additional taxpayers". */
export const EN_MORE_COUNTED = /^\s+(more|fewer|additional)\s+[A-Za-z]/i;
/** "21 fewer deaths", "1.6 million fewer young unemployed": a difference with or without a basis ("25 million more
 * payments" disbursed may be a further batch, so "more" needs its basis: EN_MORE_COUNTED). */
export const EN_DIFFERENCE_COUNTED = /^\s+(fewer|less)\s+[A-Za-z]/i;
/** "an additional", "a further" right before a figure (its difference from a basis written after it). */
export const EN_ADDITIONAL_BEFORE = /\b(?:an\s+additional|a\s+further|an\s+extra)\s+$/i;
/** A basis later in the clause: "… than in Filing Season 2023", "… than last Filing Season", "… compared to 2018". */
export const EN_BASIS_IN_CLAUSE =
  /^[^.;:!?]{0,80}?\b(?:than|compared (?:to|with)|in comparison (?:to|with)|relative to)\b/i;
/**
 * fell to 3.8 percent: to right before the figure makes it a level; so does "at" after a move's size ("was 2% up at 63
 * million tonnes", "5.4% higher at 32,590 landings").
 */
// "The forecast for core inflation is lower at 4.2%", "revised higher at 0.5%": a comparative with no size before "at"
// gives where the measure now stands.
export const EN_TO_BEFORE =
  /\bto\s*$|\d\s*(?:%|percent|per\s?cent|percentage\s+points?)\s+(?:up|down|higher|lower)\s+at\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$|\b(?:is|are|was|were|be|been|revised|now|slightly|marginally)\s+(?:higher|lower)\s+at\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$/i;
/**
 * "decreased to (5.6%)", "which reached (5.6%) compared to (6%)": GASTAT's releases bracket every rate; a bracket
 * opened right after "to", "reached" or "at" holds the level reached, read as if it were not there.
 */
/**
 * "a decrease in the unemployment rate which reached 5.6%", "rose, reaching 12.3%": the level reached, not the move
 * (unless what reached it is a rate of growth or inflation: "GDP growth reached 5.2%" is a move up).
 */
export const EN_LEVEL_REACHED_BEFORE = /\b(?:reached|reaching|reaches)\s*$/i;
export const EN_GROWTH_RATE_NAMED = /\b(?:growth|inflation|CPI)\b/i;
export const EN_BRACKET_AFTER_LEVEL_WORD = /(?<=\b(?:to|reached|reaching|reaches|at)\s?)\(\s*$/i;

/** Words of a rise. */
export const EN_UP_WORD =
  /^(increase|increment|rise|jump|gain|growth|expansion|pace|hike|rebound|widening|upward\s+revision|more|higher|greater|above|larger|bigger|favou?rable|boost\w*|rais\w*|enhanc\w*|over|ahead\s+of|beat\w*|out-?perform\w*|exceed\w*|surpass\w*|top(?:s|ped)|grow(?:s|ing)?|grew|uptick|faster|out-?performance|over-?performance|positive\s+performance|overspends?|wider|older|warmer|hotter|wetter|sunnier|stronger)$/i;

/** Words of a fall. */
export const EN_FALL_WORD =
  /^(worse|decrease|decrement|decline|drop|younger|fall|narrowing|downward\s+revision|reduction|contraction|cut|dip|shortfall|unfavou?rable|fewer|less|lower|below|smaller|reduc\w*|decreas\w*|loss(?:es)?|under|behind|(?:fell|falls?|falling)\s+short|miss(?:es|ed|ing)?|underperformance|underspends?|narrower|short\s+of|negative\s+growth|off|downtick|slower|cooler|colder|drier|dryer|weaker)$/i;
/**
 * "below its pre-pandemic February 2020 level by 368,000", "above its year-earlier level by 1.2
 * million": the figure after "by" is the size of the difference, in the direction of the word.
 */
export const EN_LEVEL_DIFFERENCE_BY = new RegExp(
  `\\b(below|above|behind|ahead\\s+of|lower|higher|less|more|exceed(?:s|ed|ing)?|top(?:s|ped))(?:\\s+than)?\\s+(?:(?!by\\b)[A-Za-z0-9][\\w'’/.-]*\\s+){1,8}?by${EN_FIGURE_LEAD}`,
  'i',
);

/** "is projected to grow this year at 5 percent", "expanded in 2022 at 3.1 percent": growth at a rate is a move up. */
export const EN_GROWTH_AT = new RegExp(
  `\\b(grow|grows|grew|grown|growing|expand|expands|expanded|expanding)\\b(?:\\s+(?!at\\b)[A-Za-z0-9][\\w'’-]*){0,4}?\\s+at\\s+(?:an?\\s+)?(?:(?:annual(?:ized|ised)?|average|estimated|projected|yearly)\\s+)*(?:(?:rate|pace)\\s+of\\s+)?${EN_FIGURE_LEAD}`,
  'i',
);

/** "contributed 0.97 percentage point to the 2.3 percent growth": the points a part adds to a whole's growth (as 拉动). */
export const EN_CONTRIBUTED_POINTS_BEFORE =
  /\bcontribut(?:ed|es|e|ing)\s+(?:(?:about|nearly|almost|roughly|approximately|around|some|an?\s+estimated)\s+)?$/i;
/** "net exports detracted 0.2 percentage points from growth": the points a part takes off a whole's growth. */
export const EN_DETRACTED_POINTS_BEFORE =
  /\b(?:detract(?:ed|s|ing)?|subtract(?:ed|s|ing)?|shaved|knocked)\s+(?:(?:about|nearly|almost|roughly|approximately|around|some)\s+)?$/i;
/**
 * "(contributing -1,1 percentage points)", "(each contributing 0,6 of a percentage point)": a bracketed contribution
 * restating the move before it.
 */
export const EN_BRACKETED_CONTRIBUTION_BEFORE =
  /\(\s*(?:(?:each|jointly|together)\s+)?contributing\s+(?:(?:about|nearly|almost|roughly|approximately|around|some)\s+)?$/i;
/** What the contribution is to: a move ("to the 2.3 percent growth"), not a share of a total ("of this"). */
export const EN_CONTRIBUTED_TO_MOVE_AFTER =
  /^\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w.%-]+\s+){0,5}?(?:growth|increase|rise|gain|expansion|decline|decrease|fall|drop|contraction)\b/i;

/** "job gains have averaged 334,000 per month", "losses averaged 12,000": an average of changes is one. */
export const EN_AVERAGED_CHANGE = new RegExp(
  `\\b(gains?|growth|increases?|rises?|losses|declines?|decreases?)\\s+(?:(?!averag)[A-Za-z][\\w'’-]*\\s+){0,6}?averag(?:ed|es|ing|e)${EN_FIGURE_LEAD}`,
  'i',
);

/**
 * A figure written with its sign is the size of a change: "(+26,000)", "from +504,000 to +472,000".
 * Group 1 a plus, group 2 a minus (a minus alone may be a negative level: outlays of -$41.1 billion).
 */
/** A sentence about departures from a normal ("differences from LTA ranged from -0.6°C"): a minus figure is below it. */
export const EN_DEPARTURE_NAMED = /\b(?:differences?|deviations?|anomal(?:y|ies)|departures?)\b/i;
/** The approximation words a figure is read with, before its sign ("over -1.5°C"). */
export const EN_APPROXIMATION_BEFORE_SIGN = /^[A-Za-z][A-Za-z ]*\s(?=[-−–+]\s?[$£€]?\d)/;
export const EN_SIGNED_FIGURE = /^(?:(\+)|([-−–]))\s?[$£€]?\d/;
/** "Hotels in Vienna did best (plus 5.4 per cent)": a plus written as a word, opening a bracket or a clause. */
export const EN_PLUS_WORD_BEFORE = /(?:^|[(:;,]\s*)plus\s$/i;
/**
 * "(2001: 3.75p) + 9.3%", "workers: + 3.3% against + 2.1%", "(+ 6.1%)": a plus set apart from the figure after a bracket,
 * a figure, a colon or a word of comparison (a results table's change; not 5 + 3 apples).
 */
export const EN_SPACED_PLUS_BEFORE =
  /(?:(?:[)\d%p:]|\s|\b(?:against|versus|vs\.?|from|to|of|with|at|by))\s|\(\s?)\+[ \t]$/;
/** "(+1) 202-691-5200", "+44 20 7946 0958": another group of digits after a signed figure makes it a phone number or code. */
export const EN_DIGITS_AFTER_SIGNED = /^\s*\)?\s*[-.]?\d/;
/** "lost jobs (-12,000)": the figure alone in parentheses. */
/** An opening or closing parenthesis, half- or full-width (the Chinese text layer folds them full-width). */
export const EN_OPEN_PARENTHESIS_BEFORE = /[(（]\s*$/;
export const EN_CLOSE_PARENTHESIS_AFTER = /^\s*[)）]/;
/** "(or -18.5 percent)", "(-20,800; -0.3%)": a figure in parentheses after "or" or after another figure of the pair. */
export const EN_IN_PARENTHESES_BEFORE = /\((?:\s*or|[^()\n]{1,30}?[;,])\s*$/i;
/** The parentheses close right after the figure, or after one more item of the pair. */
export const EN_PARENTHESES_CLOSE_AFTER = /^\s*(?:[;,][^()\n]{1,30}?)?\)/;
/** Another figure written with a plus nearby: the minus of "from -5,000 to +12,000" is a change too. */
export const EN_PLUS_SIGNED_NEARBY = /(?:^|[\s(])\+\d/;

/**
 * "Log exports increased by 27 per cent, container volumes by 11 per cent", "…, clothing and footwear by 0.07 per cent,
 * and education by 4.9 per cent", "rose by 2.19 percent and education by 0.96 percent", "rose by 1% to 155 million tonnes
 * and incoming trade by 8%" (after the level reached): a gapped clause whose holder is
 * a lower-case noun phrase (two joined by "and") right after a comma or after the figure and "and", with "by" only (no
 * verb, adverb or change word among its words).
 */
const EN_GAPPED_LOWER_CASE_NOUNS = `(?:[,;]\\s*(?:and\\s+)?|^\\s*(?:(?:per\\s*cent|percent)\\b)?(?:\\s+to\\s+[$£€]?\\d[\\d,.]*(?:\\s+[a-z]+){0,2})?\\s*and\\s+)(?:the\\s+)?(?!(?:[a-z]+ed|up|down|rising|falling|increasing|decreasing|growing|declining|and|or|but|which|that|while|respectively|mainly|mostly|largely|partly|only|not|or|as|each|both|compared|followed|driven|caused|offset)\\b)[a-z][a-z’'-]*(?:\\s+(?:and\\s+)?(?!(?:[a-z]+ed|[a-z]+ing|up|down|and|or|by|would|will|could|should|may|might|be|been|is|are|was|were|has|have|had)\\b)[a-z][a-z’'-]*){0,3}\\s+(?:[—–]\\s+)?by${EN_FIGURE_LEAD}`;
/**
 * "…, followed by Other Services, 5,000; Education & Health Services, 2,000; and Trade, Transportation & Utilities,
 * 1,100": the next item of a semicolon list of names and figures, its move left out.
 */
const EN_SEMICOLON_NAME_ITEM =
  "^;\\s*(?:and\\s+)?(?:the\\s+)?[A-Z][\\w.’'&-]*(?:\\s+(?:&\\s+)?[A-Z][\\w.’'&-]*|,\\s+[A-Z][\\w.’'&-]*){0,5},\\s*$";
/**
 * "the U.K. fell by 41 percent; Germany by 29 percent; and Austria by 18 percent", "Korea arrivals rose by 13.1 percent,
 * Russia arrivals by 95.8 percent": a listed clause whose verb is left out (a gap): a name of at most four words, the
 * first capitalised, then "by" (or "(by": "…), Korea (by 0.1 percentage point"),
 * after a semicolon, a comma or a closing bracket and "and". It moves as the figure of the clause before.
 */
export const EN_GAPPED_BY_CLAUSE = new RegExp(
  `${EN_SEMICOLON_NAME_ITEM}|(?:[;,]\\s*(?:and\\s+)?|\\)\\s+and\\s+)(?:the\\s+)?[A-Z][\\w.’'-]*(?:\\s+(?:(?:and|&)\\s+)?(?:[A-Z][\\w.’'-]*|(?!(?:by|of|and|or|was|were|is|are|rose|fell|grew|increased|decreased|declined)\\b)[a-z][\\w’'-]*)){0,3}\\s+\\(?(?:by|of)${EN_FIGURE_LEAD}|^\\s*,?\\s*and\\s+${EN_IN_TERMS}\\s*$|${EN_GAPPED_LOWER_CASE_NOUNS}`,
);
/**
 * "The volume of sales fell in June, by 4.5%", "increased in Q2 2014 compared with Q2 2013, by 4.5%", "fell in Japan (by
 * 0.3 percentage point": the verb, a short phrase of time or place (years and quarters included), a comma or an
 * opening bracket, then by.
 */
/**
 * "the increasing prices seen in the eight groups, namely: “Recreation and Culture” by 11.2%", "significant drops in
 * robberies — by 64 per cent": a word of rise or fall, then a colon or a spaced dash before the first item of a list of
 * sizes after "by" (no figure between). Group 1: the word.
 */
export const EN_MOVE_LIST_LEAD_BY = new RegExp(
  `\\b(${EN_DOWN.source}|${EN_UP.source})\\b[^.;:\\d]{0,120}?(?::|\\s[—–])\\s*[^.;:\\d—–]{0,60}?\\bby${EN_FIGURE_LEAD}`,
  'i',
);
export const EN_VERB_COMMA_BY = new RegExp(
  `\\b(${EN_DOWN.source}|${EN_UP.source})\\b(?:[^.;,(\\d]|(?<![\\d.])\\d{4}(?![\\d.%])|(?<=\\bQ)[1-4]\\b){1,60}(?:,|\\s\\()\\s*by${EN_FIGURE_LEAD}`,
  'i',
);
/**
 * "The ringgit appreciated against the U.S. dollar by 0.3%", "Sales rose in the northern region by 3%": the verb, a
 * phrase opened by a preposition (no figure but a year or a quarter; the full stops of an abbreviation), then by (not
 * the by of a participle: "areas served by 3 providers"). Group 1: the verb.
 */
export const EN_VERB_PHRASE_BY = new RegExp(
  `\\b(${EN_DOWN.source}|${EN_UP.source})\\s+(?:against|in|across|for|on|at|among|over|during|between|compared\\s+(?:with|to))\\s+(?:[^.;,()\\d]|(?<![\\d.])\\d{4}(?![\\d.%])|(?<=\\bQ)[1-4]\\b|(?<=\\b[A-Z])\\.(?=[A-Z]|\\s)){1,60}?(?<!\\b(?:[a-z]+ed|led|driven|offset|made|held|run|won|paid)\\s)by${EN_FIGURE_LEAD}`,
  'i',
);
/** The gap of a range written with a dash ("6-8 percent"). */
export const EN_DASH_GAP = /^\s*[-\u2013]\s*$/;
/** "increased by 172,000 to 1.6 million": by before the first figure makes the second a level. */
export const EN_BY_BEFORE = /\bby\s+(?:\S+\s+)?$/i;
/** "…, up 4,000 to 144,200": up or down right before a move's figure (the level after "to" measures the same). */
export const EN_UP_DOWN_BEFORE = /\b(?:up|down)\s+$/i;
/** A comparative right after a figure: "6.6 times greater than", "three times higher". */
export const EN_COMPARATIVE_AFTER = /^\s*(?:greater|higher|larger|more|bigger|lower|smaller|less|fewer|as)\b/i;
/**
 * A basis of comparison right before an opening bracket: "lower than 2012/13 (", "the peak in January 2008 (", "a slight
 * decrease from October 2024 (", "compared to October 2024 (".
 */
// "an increase of 3% (55) on the previous quarter (", "an increase on the 2022-23 number (": on a basis named.
export const EN_BASIS_BEFORE_BRACKET =
  /\b(?:than|peak|(?:up|down|decrease|increase|decline|rise|drop|fall|rose|fell|increased|decreased|declined)(?:\s+(?:by\s+)?[$£€]?\d[\d,.]*(?:\s*(?:%|percent|per\s?cent))?)?\s+from|compared\s+(?:to|with))\b[^()]{0,60}\(\s*$|\b(?:on|over)\s+(?:the\s+)?(?:previous|prior|last|same|preceding|corresponding|[\w-]*\d[\w-]*)\s+(?:[a-z]+\s+){0,2}?(?:quarter|year|month|week|period|number|figure|total|level)\s*\(\s*$/i;

/** The gap between a change "by N" and the level it reached: "… by 0.2 percentage point to 4.1 percent". */
export const EN_LEVEL_AFTER_CHANGE_GAP = /^\s*,?\s*to\s*$/i;

/**
 * "reflected an increase in the sub-indices for Alcoholic Beverages and Tobacco of 0.3%", "showed an increase in headline
 * crime of 2.7%": a change noun, what changed, then "of" and the figure. Group 1: the change noun.
 */
/** "A final revenue underspend of £1.0m", "overspends of £2.7m": a budget's gap, down or up. */
export const EN_SPEND_GAP_OF =
  /\b(underspend|overspend)s?\s+of\s+(?:(?:about|nearly|almost|some|around|over|more\s+than|just)\s+)?$/i;
/**
 * "The national reduction is 4.2 per cent", "the increase was 12%", "the overall tax rate increase for 2019 will be 2.96%", "the decrease amounted to 3.8%": a change named as a
 * clause's subject, its size after the verb; "with a monthly increase amounting to 14.0%": the same after "with".
 */
export const EN_CHANGE_NOUN_IS =
  /\b(?:the|this|that|its|their|an?)\s+(?:[a-z-]+\s+){0,4}(increase|decrease|rise|fall|drop|decline|reduction|growth|gain)\s+(?:(?:for|in)\s+(?:19|20)\d\d\s+)?(?:(?:is|was|will\s+be|would\s+be)(?:\s+made\s+up\s+of|\s+(?:equivalent|equal)\s+to)?|stood\s+at|amounted\s+to|amounts\s+to|amounting\s+to|came\s+to|totalled|totaled)\s+(?:(?:about|nearly|almost|some|roughly|approximately|around|just|only)\s+)?$/i;
/** "which followed a similar rise, 1.9%, in the previous period": the size of a move set off by commas after its noun. */
export const EN_CHANGE_NOUN_APPOSED =
  /\b(?:an?|the)\s+(?:[a-z-]+\s+)?(increase|decrease|rise|fall|drop|decline|reduction|gain)\s*,\s*$/i;
/**
 * "The proposed precept increase, of £13,", "an average weekly increase of: • £0.35": the size of a move its noun leads,
 * set off by a comma or opening a list (read on the sentence: the clause starts after the comma or colon).
 */
export const EN_CHANGE_NOUN_SET_OFF_OF =
  /\b(increase|decrease|rise|fall|drop|decline|reduction|cut)\s*(?:,\s*of|\s+of\s*:\s*[•·]?)\s*$/i;
/** An improvement of a shortfall (a deficit, debt, a loss) is its fall: "the deficit …, an improvement of $20.7 million". */
export const EN_IMPROVEMENT_WORD = /^(?:improv\w*|better)$/i;
export const EN_SHORTFALL_NAMED = /\b(?:deficits?|debt|loss(?:es)?|shortfall|borrowings?)\b/i;
export const EN_SURPLUS_NAMED = /\bsurplus(?:es)?\b/i;
/**
 * "grew by 5.8 percent in the third quarter of 2022; 4.8 percent in the second quarter": the next item of a list of
 * periods, its verb left out; it moves as the figure before it.
 */
export const EN_PERIOD_LIST_ITEM_GAP =
  /^\s*(?:in|during|for|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|final|previous|same)\s+(?:quarter|half|month|year)|(?:19|20)\d\d|Q[1-4]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:fiscal|financial)\s+year|FY)[^.;:,()]{0,40}[;,]\s*(?:and\s+)?(?:an?\s+)?(?:record\s+)?$/i;
/**
 * "an increase in X of 2%", "a contraction in the arrivals from the United Kingdom of 3.1 per cent": a move named before
 * what moved and its size. Group 1: the move's word; group 2: what moved (the subject rules read it).
 */
export const EN_CHANGE_NOUN_IN_OF =
  /\b(?:an?|the)\s+(?:[a-z-]+\s+)?(increase|decrease|rise|fall|drop|decline|reduction|growth|gain|loss|contraction|expansion)\s+in\s+((?:[^.;:()\d]|\b(?:19|20)\d\d(?:\/\d{2,4})?\b){3,60}?)\s+(?:of|by)\s+(?:(?:about|nearly|almost|some|roughly|approximately|around|more\s+than|over|just|only)\s+)?$/i;

/**
 * The size of a move written after its two ends ("Homicide declined from 23 to 18 or 22 percent", "from 90 to 82 (9%)"):
 * its direction is the ends' order.
 */
export const EN_MOVE_ENDS_BEFORE_SIZE =
  /\bfrom\s+([\d,]*\d(?:\.\d+)?)\s*(?:%|per\s?cent|percent)?(?:\s+in\s+\S+)?\s+to\s+([\d,]*\d(?:\.\d+)?)\s*(?:%|per\s?cent|percent)?(?:\s+in\s+\S+)?\s*(?:,\s*(?:or\s+)?|\s+or\s+|\(\s*)(?:an?\s+)?(?:(?:drop|fall|decline|decrease|increase|rise|change|difference)\s+of\s+)?$/i;

/**
 * A percentage stated as a change's value ("The RPI change in March 2022 was 5.6%", "the annual change in employment was
 * -0.4%", "a movement of -1.4 per cent", "registered an annual variation of 2.1%", as statistics offices of Spain and Latin
 * America write a rate of change): its direction is its sign.
 */
export const EN_CHANGE_WAS_BEFORE =
  /\b(?:percentage |per cent |percent |annual |monthly |quarterly |yearly |year-on-year |net )?(?:change|movement|variation)(?:\s+(?:in|of|for)\s+[^.;,:]{1,60}?)?\s+(?:was|were|is|are|stood at|came in at|of)\s+(?:an?\s+)?$/i;

/** "Secondary Sector (8.4%) has witnessed a significant growth": a bracketed rate after its subject, the move said after. */
export const EN_BRACKETED_RATE_THEN_MOVE_AFTER =
  /^\s*\)\s+(?:has|have|had)\s+(?:witnessed|seen|recorded|registered|posted|shown|observed|experienced)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(growth|increase|rise|gain|decline|decrease|fall|drop|contraction)\b/i;
/** "This was lower than the 2023 level of 32,854.92 metric tons, or by 12.7 percent": the difference's size after "or by". */
export const EN_COMPARATIVE_THEN_OR_BY =
  /\b(higher|lower|more|less|fewer|greater|larger|smaller)\s+than\b(?:[^.;]|\.(?=\d)){0,100},\s*or\s+by\s+(?:(?:about|some|nearly|around|almost|roughly|approximately)\s+)?$/i;

/**
 * "The largest over-the-month increases were in Trade, Transportation & Utilities at 4,200", "yield improvements were noted
 * for irrigated at 10.7 percent": moves named in the plural
 * (or one ranked: "The largest over-the-month increase was Government at 7,700, followed by") as the clause's subject, then where they were and their size (the list after it shares the move). Group 1 the move.
 */
export const EN_MOVES_WERE_IN_BEFORE =
  /\b(increases|gains|rises|improvements|declines|decreases|reductions|losses|drops|(?<=\b(?:largest|biggest|greatest|smallest|sharpest|steepest)\s+(?:[\w-]+\s+)?)(?:increase|gain|rise|decline|decrease|loss|drop))\s+(?:were|was)\s+(?:(?:in|posted\s+by|recorded\s+(?:by|in|for)|(?:noted|seen|observed)\s+(?:for|in))\s+)?[^.;:]{2,80}?(?:\s+at|,)\s*$/i;

/**
 * A move named as the clause's subject and its size after a linking verb ("The rise in industrial production amounted
 * to 4.1%", "The rise in manufacturing came at 3.4%", "the decline in exports was 2%", "Total revenue increase was Rs
 * 786.68 crore", "The cumulative fall since June 2014 is 4.6 percent"). Group 1 (or 2): the move.
 */
export const EN_MOVE_SUBJECT_BEFORE =
  /\b(?:the|a|an|this|its|their|annual|y-o-y|year-on-year|monthly)\s+(?:(?:cumulative|overall|total|net|combined)\s+)?(rise|increase|growth|gain|decline|decrease|fall|drop|reduction)\s+(?:in|of|since|over|during)\s+(?:(?!,\s+(?:the|a|an|its|their|this|these)\s)[^.;:()]){1,60}?\s+(?:amounted\s+to|came\s+(?:in\s+)?at|stood\s+at|was|were|is|has\s+been|reached|totall?ed)\s+(?:(?:about|nearly|almost|around|some|just|over|more\s+than)\s+)?$|\b(?:revenue|income|sales|profit|collection|spending|expenditure|output|production|export|import|employment|price|wage)s?\s+(increase|rise|growth|gain|decline|decrease|fall|drop|reduction)\s+(?:was|were|amounted\s+to|stood\s+at|totall?ed)\s+(?:(?:about|nearly|almost|around|some|just|over|more\s+than)\s+)?$/i;

/**
 * "an average weekly increase of: • £0.35 for a terraced property • £0.53 for a 3-bed semi-detached property": the
 * label of a bulleted item, then the next bullet (the item before it opened on a bullet or its list's colon).
 */
export const EN_BULLET_ITEM_GAP = /^\s+(?:for|in|on|at|of)\s+[^•·\n.;:]{1,60}?[•·]\s*$/i;
export const EN_BULLET_OPENS_BEFORE = /(?:[•·]|:)\s*$/;
/**
 * "prices increased by 3.2%, nonfood goods - by 2.6%", "growing in November by 2%, in October by 3.8%": the gap to the
 * next item of a list of sizes after by (a comma, dash or and, the item's name, then by); the size before it follows by.
 */
// Not an adverb's share of the move (`fell by 3%, mostly by 2% in cars`).
export const EN_BY_LIST_GAP =
  /^[^.;:()]{0,60}?(?:,|\s[–—-]|\band\b)\s*(?=\S)(?!(?:mostly|mainly|largely|partly|chiefly|primarily|only|just|about|around)\b)[^.;:()]{0,60}?\bby\s+$/;
export const EN_BY_SIZE_BEFORE = /\bby\s+$/;

/** A clause that is only "by" and its figure ("…, on average, by 0.2%"): its verb stands in a clause before. */
export const EN_BARE_BY_CLAUSE =
  /^\s*by\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|just|only|another|a\s+further|an\s+average\s+of)\s+)*$/i;
/** An insertion between a change verb and its "by" (", on average,"). */
export const EN_BY_INSERTION =
  /^\s*(?:on average|in total|overall|in all|again|also|in real terms|year-on-year|year over year)\s*$/i;
/** The commas around such an insertion, left out when the clauses are read as one. */
export const EN_INSERTION_COMMAS =
  /\s*,\s*(?:(?:on average|in total|overall|in all|again|also|in real terms)\s*,\s*)?/gi;
/** The rest of a respectively list after one of its items (`, RO137mn and RO30mn, respectively`). */
export const EN_RESPECTIVELY_AHEAD = /^[^.;:]*?\brespectively\b/i;

/** "fund expenditures were under-budget by $1.7 million": a variance against the budget, under (down) or over (up). */
// ("The general fund was under collected by $10.7 million", "over-collected by $5.3 million": revenue against its estimate.)
export const EN_BUDGET_VARIANCE_BY = new RegExp(
  `\\b(under|over)[- ]?(?:budget|collected|estimated|spent)\\s+by${EN_FIGURE_LEAD}`,
  'i',
);

/**
 * "the largest decrease in violent crime, 1.4 percent, was reported in …": a superlative move set off before its size by
 * a comma (group 1 the move).
 */
export const EN_SUPERLATIVE_MOVE_APPOSITIVE =
  /\bthe\s+(?:largest|biggest|greatest|sharpest|steepest|smallest|strongest|fastest)\s+(?:[a-z-]+\s+)?(increase|decrease|rise|fall|drop|decline|gain|loss|reduction|jump)(?:\s+(?:in|of|for|among)\s+[^,.;:()\d]{1,50})?,\s*(?:also\s+)?(?:an?\s+)?$/i;

/** "recorded year-on-year decreases, at 7.4% and 12.3% respectively": the size of moves named just before "at". */
export const EN_MOVES_NAMED_AT =
  /\b(increase|decrease|rise|fall|decline|drop|gain|contraction|expansion)s?,?\s+at\s+$/i;

/** "from 256,794 (37 per cent of pupils) in April 2007": a share of a whole in brackets restates a level, it moves nothing. */
export const EN_BRACKET_OPEN_BEFORE = /\(\s*$/;
export const EN_SHARE_OF_IN_BRACKET_AFTER = /^\s*of\s+(?:the\s+|all\s+)?[A-Za-z][^()]{0,40}\)/;

/** "six percentage points higher than …", "3% lower than …": a move's size written right before its word. */
export const EN_SIZE_BEFORE_MOVE_WORD = /(?:\d\s*%|\bper\s?cent|\bpercent|\bpercentage\s+points?|\bpoints?)\s+$/i;
/** "a 13% increase (551 homes)": the bracket opens right after the word of the move, so it restates that move's size. */
export const EN_MOVE_WORD_THEN_BRACKET = /^[A-Za-z]+\s*\(\s*$/;

/**
 * " in the review period compared to ": the gap after the level a move reached, before a percentage set against the
 * move's size (that percentage is the move's basis, a move too).
 */
export const EN_COMPARED_GAP_AFTER_LEVEL =
  /^[^.;\d]{0,60}\b(?:compared\s+(?:to|with)|as\s+against|versus)\s+(?:(?:a|an|the)\s+)?(?:(?:growth|increase|rise|decline|fall|drop|decrease)\s+of\s+)?$/i;
/** "40% of households": a share of a whole follows (after the unit). */
export const EN_OF_WHOLE_AFTER = /^\s+of\b/i;

/** A list item's line up to its figure: a bullet and nothing else ("• £0.35 for a terraced property"). */
export const EN_BULLET_LINE_BEFORE_FIGURE = /^[ \t]*[•·▪◦‣∙*-][ \t]+$/;
/** A bullet line of a list. */
export const EN_BULLET_LINE = /^[ \t]*[•·▪◦‣∙*-][ \t]/;
/**
 * The line that leads a bulleted list of moves' sizes ("this means an average weekly increase of:"): the move's word.
 */
export const EN_MOVE_LIST_LEAD_LINE =
  /\b(increases?|rises?|decreases?|reductions?|falls?|cuts?)\s+(?:in\s+[^:\n]{1,40}?\s+)?(?:of|by)\s*:\s*$/i;
/**
 * "concentrations of harmful air pollutants decreased considerably … between 1990 and 2020:⏎Carbon Monoxide (CO) 8-Hour,
 * 73%⏎…": a list of labelled percentages under a lead line whose verb names the move (group 1).
 */
export const EN_MOVED_LIST_LEAD_LINE =
  /\b(increased|rose|grew|decreased|declined|fell|dropped)\b[^:\n.]{0,100}:[ \t]*$/i;
const LABEL = String.raw`[ \t]*[A-Za-z(](?:[^.\n:;]|(?<=\d)\.(?=\d)){0,100}?[,:][ \t]*`;
/** A labelled item's line up to its percentage ("Lead (Pb) 3-Month Average, "). */
export const EN_LABELLED_ITEM_BEFORE_FIGURE = new RegExp(`^${LABEL}$`);
/** A line of a list of labelled percentages ("Ozone (O3) 8-Hour, 25%"). */
export const EN_LABELLED_PERCENT_LINE = new RegExp(`^${LABEL}[-+]?\\d[\\d.,]*[ \t]?(?:%|percent\\b|per cent\\b)`, 'i');
/** How many lines of a bulleted list are walked back to its lead. */
export const EN_BULLET_LIST_MAX_LINES = 30;

/**
 * "up 5.3 percent to $61.20, and 5.7 percent to $39.70 respectively": pairs of a move and the level it reached, joined
 * by "and"; the second pair's move is the first's. The gap from a move to its level, the joiner of the pairs, and the
 * "to" after the second move.
 */
export const EN_MOVE_TO_LEVEL_GAP = /^\s+to\s+$/;
export const EN_PAIR_JOINER_GAP = /^,?\s+and\s+$/;
export const EN_TO_LEVEL_AFTER = /^\s+to\s/;
