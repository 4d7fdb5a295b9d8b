// Not-a-metric filters of English reports as data: references to parts of the document, rate
// bases and rankings, years, compound adjectives, known sets and the indefinite "one".
// metrics/metrics.ts applies them, each refusal under its rule name (`policy-lens explain`).

/** Section 2, Table 3, page 12: a reference to a part of the document. */
export const EN_DOCUMENT_REFERENCE_BEFORE =
  /\b(?:Section|Table|Figure|Chart|Chapter|Part|Annex|Appendix|Article|Box|page|paragraph|item|footnote)\s+$/i;
/** Round 2, Phase 1, Tier 3: the name of a stage of a programme (an identifier, not a quantity). */
/**
 * "911 calls", "the 999 service", "dial 112", "9-1-1 call takers": an emergency number names a line, not a quantity
 * (not "received 911 calls", a count).
 */
export const EN_EMERGENCY_NUMBER = /^(?:911|999|112|111|000)$/;
/** The digits of 9-1-1, as US centres write the number. */
export const EN_NINE_ONE_ONE = /9-1-1/;
export const EN_EMERGENCY_LINE_AFTER =
  /^\s*(?:and\s+(?:911|999|112)\s+)?(?:emergency\s+)?(?:calls?|call[- ]takers?|service|system|line|lines|number|operators?|centres?|centers?|dispatch\w*|texts?|communications|answering)\b/i;
export const EN_EMERGENCY_COUNT_BEFORE =
  /\b(?:received|answered|handled|made|took|were|was|totall?ed|total of|number of|about|some|nearly|over|than)\s+$/i;
/** "calls to 112", "dial 999": the number called (not "compared to 111", a count). */
export const EN_DIAL_BEFORE =
  /\b(?:calls?\s+(?:made\s+)?to|texts?\s+to|dial|dialled|dialed|dialling|dialing|calling|ring|phone)\s+$/i;
/** "The Samaritans' free helpline is 116 123", "hotline on 1800": a line's number, not a count. */
export const EN_PHONE_LINE_BEFORE = /\b(?:helpline|hotline|freephone|telephone|phone)(?:\s+number)?\s*(?:is|on|:)\s*$/i;
/** A line's number: three digits or more, in groups (116 123, 1800 123 456), no separators of thousands. */
export const EN_PHONE_DIGITS = /^\d{3,}(?:[ -]\d{2,})*$|^\d{2,}(?:[ -]\d{2,})+$/;
/** A word or a percent sign right after a figure: a count or a share ("is 24 hours a day"), no line's number. */
export const EN_WORD_OR_PERCENT_AFTER = /^\s?[A-Za-z%]/;
export const EN_STAGE_NAME_BEFORE = /\b(?:Round|Phase|Tier|Stage|Wave|Title|Step|Cohort|Pillar|Track|Window)\s+$/;
/** "the 2003-04 figures", "in 2019–20": the year a two-digit year ends a financial year from (group 1). */
export const EN_FINANCIAL_YEAR_START_BEFORE = /(?<![\d.,])(\d{4})[-–/]$/;
/** "public-use data.1 It highlights": a footnote marker glued to a full stop, before the next sentence. */
export const EN_FOOTNOTE_MARKER_BEFORE = /[A-Za-z%)]\.$/;
export const EN_FOOTNOTE_MARKER_AFTER = /^(?:\s+[A-Z"“]|\s*$)/;
/** per 1,000 residents (a rate's base), top 10 agencies (a ranking). */
export const EN_RATE_BASE_BEFORE = /\b(?:per|top|every|each)\s+$/i;
/** 126/100,000 population: the base of a rate written after a slash (read with a base's round value). */
export const EN_RATE_BASE_SLASH_BEFORE = /\d\s*\/\s*$/;
/** 2,014 or 20.14 is written as a quantity, not a year. */
// A group of thousands set off by a space (2 000 jobs) is a quantity too: no year is written so.
export const EN_QUANTITY_SEPARATORS = /[,.]|\d[ \u00a0\u2009\u202f]\d{3}/;
/** a 12-month rate, a 10-year plan: a compound adjective. */
export const EN_COMPOUND_ADJECTIVE_AFTER = /^-(?:month|year|week|day|hour|minute|quarter|point|person|member)s?\b/i;
/**
 * "The City's 10 year capital plan": a singular period word after a number other than one, before the plan or period it
 * describes (not "a 20 week placement", a duration the gold counts).
 */
export const EN_SPACED_COMPOUND_ADJECTIVE_AFTER =
  /^ (?:year|month|week|quarter)\s+(?:[a-z]+\s+){0,2}?(?:plans?|programs?|programmes?|strategy|strategies|forecasts?|budgets?|period|framework|outlook|agreements?|contracts?|leases?|horizon|cycle)\b/;
/**
 * "a 20-year low", "a five-year high", "the lowest crime rate for the past 20 years", "the fastest pace in the last 23
 * years": the window of a record is checked as a metric (GUIDE), unlike a descriptor (a 10-year plan) or a time frame.
 */
export const EN_RECORD_WINDOW_AFTER = /^-(year|month|week|decade)[- ](?:low|high|record|peak|best|worst)\b/i;
export const EN_RECORD_BEFORE_WINDOW =
  /\b(?:lowest|highest|largest|smallest|fastest|slowest|biggest|best|worst|fewest|least|record|strongest|weakest|deepest|sharpest|first\s+time)\b[^.;:!?]{0,80}\b(?:in|for|over|during)\s+(?:the\s+)?(?:last|past)\s+$/i;
/** the last 10 years, the two months, these three series: a time frame or a known set. */
export const EN_KNOWN_SET_BEFORE = /\b(?:the|these|those|both|last|past|next|previous|coming|first|its|their)\s+$/i;
/** "Of the 76 reports received, 45 …", "crime up in 10 of the 12 police districts": a partitive states the set's size. */
export const EN_PARTITIVE_THE_BEFORE = /\bof\s+the\s+$/i;
/** the past 10 to 12 months: the second end of a range after a time-frame word is a time frame too. */
export const EN_KNOWN_SET_RANGE_BEFORE = /\b(?:last|past|next|previous|coming|first)\s+\d[\d,.]*\s*(?:to|-|–)\s*$/i;
/** "370,000 more than 2016": a year after a figure and its comparative is the basis, not a figure. */
export const EN_FIGURE_RIGHT_BEFORE = /\d[\d,.]*\s*(?:%|percent|per\s?cent)?,?\s*$/i;
/**
 * "the total number of index crimes has fallen below 100,000", "rose above 5 million": a threshold crossed is the level
 * passed, not the size of the move.
 */
export const EN_THRESHOLD_CROSSED = /^(?:below|above|under|over)\s/i;
export const EN_CROSSING_VERB_BEFORE =
  /\b(?:fallen|fell|falls?|dropped|drops?|dipped|slipped|sunk|sank|risen|rose|rises?|climbed|climbs?|jumped|crept)\s+$/i;
/** "improvement over 2022": a preposition of time that the span of a bare year took as "over" a figure. */
export const EN_TIME_PREPOSITION_LEAD = /^(?:over|after|before|since|until|through)\s/i;
/** "30 percent below 2005 levels", "in 2012 dollars": a year's nouns that make it the reference of a level, not a count. */
export const EN_YEAR_REFERENCE_UNIT = /^(?:levels?|figures?|values?|baselines?|prices|dollars|terms|averages?)$/i;
/** "two years ago": a duration that says when, not how long. */
export const EN_AGO_AFTER = /^\s*(?:years?|months?|weeks?|days?|decades?|quarters?|hours?)\s+ago\b/i;
/** "in just four years", "within two weeks": the time frame of something else, not a measured duration. */
export const EN_TIME_FRAME_BEFORE = /\b(?:in\s+(?:just|only)|within)\s+$/i;
/** "$33 billion over four years", "6.4 percent over two years": over a period after a figure is during, not more than. */
export const EN_FIGURE_BEFORE_OVER =
  /(?:\d|%|\bper\s?cent|\bpercent|\bmillion|\bbillion|\btrillion)(?:\s+(?!(?:is|are|was|were|has|have|had)\b)[a-z-]+){0,2}\s*$/i;
/** One way to understand…: the indefinite "one". */
export const EN_INDEFINITE_ONE = /^one$/i;

/**
 * topped, passed, broke through (the 50 billion sticks level), crossed the, to cross (Rs 84,000 crore): a milestone
 * passed gives approx over.
 */
export const EN_MILESTONE_BEFORE =
  /\b(?:(?:topped|topping|tops|passed|passes|passing|surpassed|surpassing|surpasses|exceeded|exceeding|exceeds|exceed)|(?:broke|broken|breaking|crossed|crossing)\s+(?:through\s+)?the|broke through|crossed|(?:to|will|would|could|may)\s+cross)\s+$/i;

/** "exceeded the $1-billion mark", "passed the 10,000 milestone": a mark passed (before the figure, then after it). */
export const EN_MARK_PASSED_BEFORE =
  /\b(?:topped|passed|surpassed|exceeded|crossed|broke(?:\s+through)?|breaking|crossing)\s+the\s+$/i;
export const EN_MARK_AFTER = /^[^.;,]{0,24}?\b(?:mark|milestone|threshold|barrier)\b/i;

/** down 11%, 10% and 4%: a comma (and or or) joins a list across clauses. */
export const EN_COMMA_LIST_JOINER = /^\s*,\s*(?:(?:or|and)\s+)?$/;
/**
 * "the output of dolomite increased by 9.70 per cent, apatite and phosphorite 8.37 per cent, lead concentrate 7.93 per
 * cent …": a gapped list, each item's name in lower case before its figure (the verb written once, for the first).
 */
export const EN_LOWERCASE_NAMED_ITEM_GAP =
  /^\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(?!(?:[a-z]+ed|[a-z]+ing|up|down|and|or|but|which|that|while|whereas|respectively|mainly|mostly|largely|partly|only|not|as|each|both|compared|followed|the|its|their|this|these|those|with|from|to|in|of|at|for|by|on|is|are|was|were|has|have|had|it|they|we)\b)[a-z][a-z’'-]*(?:\s+(?:and\s+)?(?!(?:[a-z]+ed|[a-z]+ing|up|down|and|or|by|would|will|could|should|may|might|be|been|is|are|was|were|has|have|had|to|from|of|in|at|for|on|with)\b)[a-z][a-z’'-]*){0,3}(?:\s*\([a-z ]{1,20}\))?\s+$/;
/** "rose by $160 billion (or 10 percent)": the same move restated in parentheses after "or". */
export const EN_BRACKET_OR_JOINER = /^\s*\(\s*or\s+$/i;
/**
 * "Canada by 6.5 per cent, South Korea 6.4 per cent … and United Kingdom 0.3 per cent", "Financial Activities, 1,700;
 * Manufacturing, 1,400", ", followed by Financial Activities, 1,700": the gap of a list of figures each led by its capitalised name (a place, an industry), with
 * by, at or a comma before the figure; the names carry no verb of their own. Each word is read whole (no backtracking
 * into a word).
 */
export const EN_NAME_LED_LIST_GAP =
  /^\s*(?:[,;]\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?:followed\s+(?:closely\s+)?by\s+)?(?:the\s+)?[A-Z](?=([\w'’.-]*))\1(?:\s+(?:&|and|of|[A-Z](?=([\w'’.-]*))\2)){0,5}(?:\s+(?:by|at)\s+|,\s*|\s+)$/;
/** "11.0% in England, 6.5% in Wales": the gap of a list of figures by place (a capitalised name after in). */
export const EN_PLACE_LIST_GAP =
  /^\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;
/**
 * "Other Service Activities (1.0%), Wholesale and Retail Trade (0.9%) … and Information and Communication (0.1%)",
 * "Mississippi and Vermont (5 percent each), followed by Washington, …, and Maine (each between 4 and 5 percent)": the
 * gap between two bracketed figures of a list of names; the names carry no verb of their own. Each word is read whole
 * (the lookahead): a word split two ways would make a failing match try every split.
 */
export const EN_BRACKETED_NAME_LIST_GAP =
  /^\s*(?:each\s*)?\)\s*(?:,\s*)?(?:followed\s+by\s+)?(?:(?:(?:and|of|the|&)\s+)?[A-Z][\w'’&-]*(?![\w'’&-])[\s,]*){1,12}\(\s*(?:each\s+)?(?:between\s+)?$/;
/**
 * "nondurable goods manufacturing (2.1%); arts, entertainment, and recreation (1.2%); … and durable goods (0.5%)": a list
 * of named items, each with its figure in brackets, set off by semicolons (the items share the lead's move).
 */
export const EN_SEMICOLON_BRACKET_LIST_GAP = /^\s*\)\s*;\s*(?:and\s+)?[A-Za-z][\w'’&,\s-]{1,80}\(\s*$/;
/** "vegetables by 19.6%; meat and poultry by 6.1%; and fish by 2.0%": the same list with each figure after "by". */
export const EN_SEMICOLON_BY_LIST_GAP = /^\s*;\s*(?:and\s+)?[A-Za-z][\w'’&,\s-]{1,80}?\s+by\s+$/;
/** Longer than this, the gap between two bracketed figures is no list of names (and is not read). */
export const EN_BRACKETED_NAME_LIST_MAX = 240;

/** decreased $137 billion, or 2.2 percent: the same change in another unit. */
export const EN_OR = /\bor\b/;

/** A figure ending in a scale word (1.6 million) is a quantity even without a counted noun. */
export const EN_SCALE_WORD_END = /\b(?:thousand|million|billion|trillion|lakhs?|crores?)$/i;

/** decreased from 41 to 29: from or to right before a figure. */
export const EN_FROM_OR_TO_BEFORE = /\b(?:from|to)\s+$/i;

/** The verbs of a stated change whose two ends are levels worth checking. */
export const EN_CHANGE_VERB =
  /\b(?:rose|fell|dropped|declined|decreased|increased|grew|climbed|went (?:up|down)|improved|cut|reduced|doubled|tripled|halved|jumped|surged|slipped|remained|stayed|fallen|risen|dipped|dip|increase|decrease|decline|drop|fall|rise|grow|climb|rising|falling|dropping|declining|decreasing|increasing|growing|climbing|jumping|surging|slipping|dipping|improving)\b/i;

/** The size of a move after its ends: ", or 38 percent", " (9%)" (not a share: "40 percent of pupils"). */
const MOVE_SIZE = String.raw`(?:,\s*(?:or\s+)?|\s+or\s+|\s*\(\s*)(?:an?\s+)?(?:\w+\s+)?(?:\d[\d.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:%|per\s?cent|percent)(?!\s+of\b)`;
/**
 * "Attempted Murder from 29 to 18 or 38 percent", "from 90 to 82 (9%)": two bare counts of a move whose size follows
 * the second, in a list whose verb was written once (not a share: "from 16 to 18, or 40 percent of pupils").
 */
export const EN_MOVE_PAIR_FIRST_AFTER = new RegExp(String.raw`^\s+to\s+\d[\d,]*\s*${MOVE_SIZE}`, 'i');
export const EN_MOVE_PAIR_FIRST_BEFORE = /\bfrom\s+$/i;
export const EN_MOVE_PAIR_SECOND_BEFORE = /\bfrom\s+\d[\d,]*\s+to\s+$/i;
export const EN_MOVE_SIZE_AFTER = new RegExp(String.raw`^\s*${MOVE_SIZE}`, 'i');

/**
 * "aged 14 years and above", "aged 25 to 54", "aged between 16 and 24": an age that bounds a population (every
 * annotator ignores it); not "averaged".
 */
/** "(±1.2 percent)", "+/- 3 points": a survey's margin of error says how precise a figure is, not what was found. */
export const EN_MARGIN_OF_ERROR_BEFORE = /(?:±|\+\s?\/\s?-)\s?$/;
/**
 * "ADB celebrates 50 years of …", "has reached 100 years", "The rand has turned 60", "commemorating 25 years of central
 * bank independence": an anniversary counts the years of the institution, not a result (H49-7, H48's `50 years`).
 */
export const EN_ANNIVERSARY_BEFORE =
  /\b(?:celebrat(?:es?|ed|ing)|commemorat(?:es?|ed|ing)|(?:marks?|marked|marking)|(?:has|have|had)\s+(?:now\s+)?(?:reached|turned)|turn(?:s|ed))\s+(?:its\s+|our\s+|their\s+|the\s+)?$/i;
/** What an anniversary's figure counts: years. */
export const EN_ANNIVERSARY_UNIT = /^years?$/i;
/** "The rand has turned 60": an age with no unit written. */
export const EN_AGE_TURNED_BEFORE = /\b(?:has\s+|have\s+|had\s+)?turn(?:s|ed)\s+$/i;
/** "15 to 24 year olds", "18-year-olds": an age that names who is counted (after the unit year). */
export const EN_YEAR_OLDS_AFTER = /^[\s-]*olds?\b/i;
/** "adults 65 years of age and older", "children under 5 years of age": an age that bounds who is counted. */
export const EN_YEARS_OF_AGE_BOUND_AFTER =
  /^\s*years?\s+of\s+age\s+(?:and|or)\s+(?:older|over|above|under|younger|below)\b/i;
export const EN_UNDER_OVER_YEARS_OF_AGE = /^\s*years?\s+of\s+age\b/i;
export const EN_UNDER_OVER_BEFORE = /\b(?:under|over|below|above)\s+$/i;
/** The same words read as the figure's approximation ("under 5"). */
export const EN_UNDER_OVER_LEAD = /^(?:under|over|below|above)\s/i;
export const EN_AGE_BOUND_BEFORE =
  /(?<![A-Za-z])aged\s+(?:(?:between|from|over|under)\s+)?$|(?<![A-Za-z])aged\s+\d{1,3}\s*(?:to|-|–|and)\s*$/i;
/** "at 12:00 hour": the minutes of a clock time (two digits), after its hour and colon (not "1:1.2 million", a ratio). */
export const EN_CLOCK_MINUTES_BEFORE = /(?<![\d.,])\d{1,2}:$/;
/** "before 1800 hours on Wednesday": a time of day in four digits, after a preposition of time… */
export const EN_TIME_OF_DAY_LEAD = /\b(?:at|before|after|from|until|till|by)\s+$/i;
/** …and written with hours, not hours of something ("1800 hours of training"). */
export const EN_TIME_OF_DAY_HOURS_AFTER = /^\s*(?:hours|hrs|h)\b(?!\s+(?:of|a|per|each|every)\b)/i;
/** "in week 43", "Week 52": the word before a week's number in the year (not "12 weeks", written after). */
export const EN_WEEK_NUMBER_BEFORE = /\b[Ww]eek\s+(?:no\.?\s*)?$/;
