// Subject rules of English reports: the words around a noun phrase that are not part of it
// (connectors, predicates, time phrases) and what never makes a subject on its own.
import { EN_LEVEL_HOLDING_COMPLEMENTS } from './clause';
import { CURRENCY_CODE_LETTERS, EN_SCALE_WORDS } from './numbers';
import { EN_ITEM_ENUMERATOR } from './sentences';

/** Nouns that count people: a change in "persons" after a level in "people" counts the same. */
export const EN_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'persons', 'person', 'individuals']);
/** Words at the front of a phrase that are not its subject (and, the, in 2023, total, a decrease in…). */
/** A speech's vocative ("Madam, Growth in 2023 …", "Mr. Speaker, revenue …"): it addresses the House, naming nothing. */
export const EN_VOCATIVE_OPENING =
  /^\s*(?:(?:Madam|Madame|Mister|Mr\.?)(?:\s+(?:Deputy\s+)?(?:Speaker|Chair(?:man|person)?|President))?|Honou?rable\s+Members)\s*,\s*/;
export const EN_SUBJECT_LEAD =
  /^(?:,|\s|followed\s+(?:closely\s+)?by|since\s+(?:then|\d{4}(?:[/-]\d{2,4})?)|(?:over|during|in)\s+(?:this|that|the\s+same)\s+period|(?:over|during|in)\s+the\s+(?:twelve|12|three|3|six|6|nine|9)\s+months\s+to\s+(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:(?:19|20)\d\d\s+)?quarter|(?:in|during)\s+\d{4}(?:[/-]\d{2,4})?|(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4}(?:[/–-]\d{2,4})?|[–-]\d{2,4}(?=\s)|there(?=\s+(?:were|was|are|is|have|had|has)\b)|levels?\s+of|(?:increase|decrease|rise|fall|drop|decline|reduction)s?\s+in(?=\s)|(?:January|February|March|April|May|June|July|August|September|October|November|December)['’]s|in\s+comparison(?:\s+(?:to|with))?|on\s+average|comparison\s+(?:to|with)|['’]s|both|either|and|but|however|when(?!\s+compared\b)|follows|besides|apart\s+from\s+this|similarly|meanwhile|likewise|moreover|furthermore|additionally|consequently|accordingly|nevertheless|nonetheless|conversely|notably|importantly|specifically|finally|while|with|which|that|the|a|an|additional|further|extra|another|of|in|for|by|to|this|last|year[- ](?:on|over)[- ]year|year|its|their|our|total|overall|also|some|among|about|nearly|more|than|over|approximately|around|roughly|almost|just|only|reached|reaching|was|were|is|are|stood|at|had|has|have)+\b/i;

/**
 * A finished clause before "and" opens no subject: "estimates have fallen and incidents of burglary (are 12% lower)",
 * "… rose 0.2 percent over the month and the index for education (increased …)".
 */
export const EN_CLAUSE_BEFORE_AND =
  /^.*\b(?:(?:have|has|had|were|was|are|is)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s*,?\s+and\s+(?=\S)|(?:month|year|quarter|week|period)s?\s*,?\s+and\s+(?=(?:the|a|an)\s))/i;

/** A month and one plural or mass noun after it ("July exports", "June imports"): group 1 is the noun. */
export const EN_MONTH_BEFORE_NOUN =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?!(?:be|to|and|or|of|in|for|figures?|data|was|were|is|are|has|had|have|will|saw|showed)\b)[a-z][\w-]*[a-z])$/;

/** Never a subject on its own: a month, a connector, a preposition that starts a time or comparison phrase. */
// A month before a noun phrase ("August corporation tax revenue") modifies it: kept.
export const EN_NOT_SUBJECT =
  /^(?:(?:mid|early|late)(?:-?\s?(?:19|20)\d\d)?$|FY\s?\d{2,4}$|Q[1-4](?:\s+(?:19|20)\d\d)?$|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!(?:\s+(?!be\b)[a-z][\w-]*){2,}$).*|(?:or|and|but|between|since|from|compared|meaning|while|which|that|this|these|it|there|whereby)\b.*)$/i;

/**
 * "above average", "below normal", "near normal", "the long-term average", "below the five year average": the basis a
 * climate or crop figure departs from, never what it measures.
 */
export const EN_BASIS_ONLY =
  /^(?:(?:well|slightly|just|mostly|generally)\s+)?(?:(?:above|below|near|around|close\s+to)\s+)?(?:the\s+)?(?:(?:long-term|long\s+term|annual|yearly|seasonal|monthly|five[- ]year|10-year|ten[- ]year|30-year|\d{4}[-–]\d{2,4})\s+)?(?:average|normal|mean|median)$/i;
/** A list bullet (•, ·, ▪, a Markdown-escaped \*, a Markdown heading or quote mark) or a field label's punctuation before the subject. */
/** A word that counts without naming what is counted (94.4 million head): never a subject. */
export const EN_COUNTING_WORD = /^head$/i;
/** "; and durable goods manufacturing": the separator (and its joiner) of a list item before the item's name. */
export const EN_LIST_SEPARATOR_LEAD = /^[;,:]\s*(?:(?:and|or)\s+)?/;
// ("(ii) Around 25,500": an enumerator in brackets opens an item too.)
export const EN_BULLET = new RegExp(
  String.raw`^(?:[•·▪◦‣∙►▶▸■◆●➢➤]+\s*|\\?[-*]\s+|#{1,6}\s+|>\s+|\d{1,2}[.)]\s+|${EN_ITEM_ENUMERATOR}\s+)`,
);

/**
 * The verb that ends an English subject: "The Consumer Prices Index (CPI) grew by…", "Sales tax collections total",
 * "Petrol prices showed the largest upward contribution, up 5.3 percent".
 */
export const EN_PREDICATE =
  /\s+(?:rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased|appreciated|depreciated|strengthened|weakened|went up|went down|(?:moved|went|trended) (?:up|down)wards?|(?:took|takes|take|saw|sees) (?:a|an) (?:(?:slight|sharp|small|big|large|steep|significant|further|marginal) )?(?:dip|drop|fall|rise|jump|plunge|tumble|hit|knock|surge|spike|hike|leap|boost)|climbed|jumped|stood|lasted|(?:will|would|could|may|might|should)\s+(?:average|total|reach|exceed|top|remain|rise|fall|increase|decrease|decline|grow|be|hit|stand)|was|were|is|are|has|have|had|reached|totalled|totaled|equaled|equalled|equals|equal|exceeded|exceeds|surpassed|surpasses|topped|passe[sd](?=\s*$|\s+(?:the\s+)?[$£€]?\d)|accounted|accounts\s+for|account\s+for|contributed|detracted|subtracted|amounted|remained|edged|(?<!\bvalue\s+)added|cut|made up|makes up|make up|making up|represented|represents|comprised|comprises|ranged|ranging|averaged|averaging|remaining|representing|reaching|totalling|totaling|amounting|exceeding|topping|surpassing|saw\s+(?:declines|decreases|increases|gains)|(?:showed|shows|saw|sees|recorded|registered|experienced|posted)\s+(?:continued|further|strong|steady|modest|slight|renewed|positive|negative|robust|sustained)\s+(?:growth|increases?|declines?|decreases?|falls?|rises?|gains?)|(?:witnessed|showed|shows|saw|sees|recorded|registered|experienced|posted|reported)\s+(?:a|an)(?:\s+(?!of\b)[a-z-]+)?\s*$|(?:showed|shows|made|makes|provided|provides|gave|gives|recorded)\s+the\s+(?:largest|biggest|greatest|main|most\s+significant)\s+(?:(?:upward|downward|positive|negative)\s+)?contributions?)\b.*$|(?<=[a-z]s)\s+total\s*$/i;

/** A verb of recording before a counted figure: the subject is what follows it ("police recorded 5,000 …"). */
export const EN_RECORDING_VERB =
  /^.*\b(?:recorded|reported|handled|made|received|answered|seized|arrested|issued|saw|logged|investigated|served|solved|cleared)\s+(?:(?:a total of|about|nearly|more than|over|around|almost|some|approximately|an estimated|roughly)\s+)*$/i;

/** A change verb right before the figure ("rose by", a headline's "scams spike", "would be decreasing by"): not part of the subject. */
export const EN_CHANGE_BEFORE =
  /\b(?:(?:(?:would|will|could|should|may|might)\s+)?(?:is|are|was|were|be|been)\s+(?:increasing|growing|falling|dropping|declining|decreasing|climbing)|rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased|went up|went down|climbed|jumped|improved|worsened|shrank|shrunk|shrink|shrinks|deteriorated|deteriorate|deteriorates|shortened|lengthened|slowed|eased|edged up|edged down|leapt|leaped|soared|surged|plunged|plummeted|tumbled|sank|slumped|spiked|swelled|rebounded|surges?|spikes?|soars?|plunges?|rises|falls|jumps|climbs|grows|drops|strengthened|weakened|(?<!\b(?:made|make|makes)\s)up|down)\b(?:\s+(?:by|to|from|of))?\s*$/i;

/**
 * "Monthly figures showed a drop in unemployment from 6.6% to 6.4%", "There was a decrease in the unemployment rate to
 * 5%": the change named before what changed; the subject is read after "in".
 */
export const EN_CHANGE_IN_LEAD =
  /^.*\b(?:show|showed|shows|saw|sees|recorded|records|reported|registered|posted|resulted\s+in|led\s+to|caused|prompted|triggered|drove|there\s+(?:was|were|has\s+been|had\s+been))\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}(?:drop|fall|rise|increase|decrease|decline|reduction|improvement|jump)\s+in\s+(?=[A-Za-z])/i;
/** What a change named "in" a phrase moved to or from, after the phrase: ", from", " to", " by" before the figure. */
export const EN_CHANGE_IN_PHRASE_END = /,?\s+(?:to|from|by)\s+(?:(?:about|nearly|around|almost|over|some)\s+)?$/i;
/** A change named before the figure ("showed a decrease of", "registered a Y-o-Y significant growth of"): not the subject. */
export const EN_CHANGE_NAMED_BEFORE =
  /\b(?:show|showed|shows|saw|see|sees|recorded|records|had|has|experienced|posted|posts|registered|registers|reported|reports|achieved|achieves|witnessed|enjoyed)\s+(?:an?\s+)?(?:[a-z][a-z-]*\s+){0,2}(?:increase|decrease|rise|fall|drop|reduction|decline|growth|gain|cut|jump|surge|hike|spike|leap|boost|dip|plunge|slump|contraction|expansion)\s+of\s*$/i;

/**
 * An agent and its verb before the measure it set ("The State Bank of Pakistan slashed the policy rate from 22% to 11%",
 * "the Board raised its key rate to 5%", "eased the Kina Facility Rate (KFR) from 4.0% to 5.0%"): the measure is the subject,
 * not who moved it.
 */
export const EN_AGENT_SETTING_MEASURE =
  /^.*\b(?:(?:slashed|cut|raised|lowered|hiked|reduced|trimmed|lifted|kept|held|left|maintained|eased|tightened|increased|decreased|capped|contained|brought)\s+(?:the|its|their|our)|(?:increasing|raising|reducing|cutting|lowering|capping|bringing|keeping)(?:\s+(?:the|its|their|our))?)\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}(?:\s+\([A-Za-z]{2,10}\))?\s+(?:from|to|at|by|unchanged\s+at)\s*$)/i;
/** A level held before the figure ("held steady at", "stayed broadly flat at"): not part of the subject. */
export const EN_LEVEL_HELD_BEFORE = new RegExp(
  `\\b(?:held|holds|stayed|stays|hovered|hovers|settled|remained|remains)\\s+(?:(?:${[...EN_LEVEL_HOLDING_COMPLEMENTS].join('|')})\\s+)*at\\s*$`,
  'i',
);

/**
 * "the Minister said more than 111 000 people arrived", "The IRS estimates that 94% of …": a reporting verb right
 * before the figure opens a reported clause; whoever reports is no subject of the figure. "estimates", "finds" and
 * "shows" only after a name or a pronoun ("current estimates 65% lower" is a noun).
 */
export const EN_REPORTING_VERB_BEFORE =
  /(?:\b(?:said|says|announced|announces|noted|stated|found|showed|indicated|indicates|revealed|reveals|confirmed|explained|predicted|predicts)|(?<=\b(?:[A-Z][\w.&]*|it|this)\s+)(?:estimates|finds|shows))\s+(?:that\s+)?(?:(?:a total of|about|nearly|more than|over|around|almost|some|approximately|an estimated|roughly|just|only)\s+)*$/;

/**
 * A reporting clause before what is reported ("the Federal Statistical Office (Destatis) also reports that this was an
 * increase of …", "Assistant Commissioner Paul Wright said: “Total Crime is down by 10%", "Statistics Botswana said nominal
 * GDP was P35 855.6 million", "Police Minister Michelle Roberts said home burglary had fallen", a clause of a few lower-case words and its verb after "said", "reported in its 2018 Survey
 * that the trade deficit …"): the subject is read after it
 * (the g flag: the last one before the figure counts).
 */
export const EN_REPORTING_THAT =
  /\b(?:reports|reported|report|says|said|say|reveal|reveals|revealed|show|suggest|suggests|suggested|indicate|confirm|estimates|estimated|projects|projected|forecasts|forecast|expects|expected|predicts|predicted|anticipates|indicates|indicated|notes|noted|shows|showed|finds|found|announced|announces|states|stated|confirms|confirmed|means|meant|mean|ensures|ensured)(?:\s+(?:in|on|at|during)\s+[^.;,“”"]{1,40}?)?\s+that\s+|(?<!\b(?:the|a|this|that|said)\s)\b(?:said|says|noted|stated|announced|show|shows|showed|reveal|reveals|revealed)\s+(?!(?:it|they|this|that|these|those|we|he|she|there|i|to|by|in|at|for|from|on|with|as)\b)(?=(?:the\s+)?[a-z][a-z-]+\s+(?:[A-Za-z][A-Za-z-]+\s+){0,3}(?:was|were|is|are|had|has|have|rose|fell|grew|dropped|jumped|climbed|increased|decreased|declined|continued|remained|reached|stood|totalled|totaled|amounted|hit)\b)|\b(?:said|says|added|adds|noted|notes|stated|states|explained|commented|remarked)\s*[:：,]?\s*[“"‘]\s*/g;

/**
 * A list item that opens with its verb under a label line ("Individual income tax collections⏎- Increased 5.1
 * percent for the year"): the item states the label's figures. The item's opening, up to the figure.
 */
export const EN_VERB_FIRST_ITEM =
  /^[ \t]*(?:[-–•·▪*][ \t]*)?(?:Increased|Decreased|Rose|Fell|Grew|Declined|Dropped|Climbed|Was|Were|Totaled|Totalled|Totals|Reached|Up|Down)\b[^\n]*$/;
/** A label line over such items: a short phrase with no figure and no sentence end. */
export const EN_ITEM_LABEL_LINE = /^[ \t]*([A-Z][A-Za-z’'&,()/ -]{2,80}?)[ \t]*:?[ \t]*$/;
/** How many items a label line may stand above. */
export const EN_ITEM_LABEL_MAX_LINES = 6;

/** A personal pronoun and its verb ("I am setting aside", "We expect a surplus"): the speaker, never the subject. */
// "As I travel all 99 counties", "When we took office": a clause opener before the speaker changes nothing.
export const EN_SPEAKER_CLAUSE =
  /^(?:(?:As|When|Since|While|Because|If|And|But|So|Today|Now|Together)\s+)?(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|I['’]ve|[Ww]e['’]ve|I['’]m|[Ww]e['’]re)\s+[a-z]/;

/**
 * The object of a verb of earning or spending, its amount after "of" ("We received income of $210m", "collected
 * revenue of $3m", "paid dividends of £4m", "The investments made a loss of $5 billion"): the object is what the amount
 * measures. Group 1: the object.
 */
export const EN_OBJECT_OF_BEFORE =
  /\b(?:received|receive|collected|collect|earned|earn|paid|pay|spent|spend|generated|generate|raised|incurred|invested|posted|booked|returned|made|makes|suffered|suffers)\s+(?:(?:a|an|the|our|its|their|total)\s+)?((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+of\s+(?:(?:about|approximately|roughly|nearly|some|around|over|more than|almost|just over|just under)\s+)?$/i;

/**
 * A shortfall, balance or financing named before the figure ("ran a budget deficit of roughly $750 billion", "an IDA credit
 * of SDR 15.7 million", "a World Bank loan of $90 million", "a trade surplus valued at K192.8 million", "his annual budget of between £2.9 and £3.8 million", "has achieved surpluses averaging $2.2 billion", "with the operating
 * deficit expected to be $56.6 million"; not a basis: "down from the record deficit of £10.2 billion"): the phrase.
 */
export const EN_BALANCE_NAMED_BEFORE =
  /(?:\b(?:a|an|his|her|its|their|our|(?<=\bwith\s+)the)\s+|(?<=\b[a-z]{3,}ed\s+))((?:[A-Za-z-]+\s+){0,3}?(?:deficits?|surplus(?:es)?|shortfalls?|overruns?|underspends?|credits?|loans?|grants?|allocations?|disbursements?|appropriations?|packages?|injections?|subsid(?:y|ies)|contributions?|budgets?))\s+(?:of|valued\s+at|amounting\s+to|worth|totall?ing|averaging|(?:expected|forecast|projected|estimated)\s+to\s+(?:be|reach|total))\s+(?:(?:about|approximately|roughly|nearly|some|around|over|more than|almost|just over|just under|between)\s+)?$/i;

/** A linking verb or approximation right before the figure ("was about"): not part of the subject. */
export const EN_LINK_BEFORE =
  /\b(?:(?:(?:will|would|could|should|may|might|is expected to|are expected to)\s+)?(?:stand|stands|standing|stood|be|remain)\s+at|was|were|is|are|stood at|reached|reaches|totalled|totaled|totaling|totals|amounted to|amounts to|of|at|to|by|from|about|nearly|more than|over|approximately|around|roughly|almost|some|just|only|an estimated|estimated)\s*$/i;
export const EN_LINK_BEFORE_AGAIN = /\b(?:was|were|is|are|stood at|reached|totalled|totaled|of|at|to|by)\s*$/i;

/** The counted noun after a figure: "5,000 offences in …" → offences. */
export const EN_NOUN_AFTER =
  /^\s*(?:of|in|for)?\s*([A-Za-z][A-Za-z'’ -]{2,40}?)(?=[,.;:()]|\s+(?:in|from|than|compared|year|last|this|during|while|and|which|that|as|to)\b|$)/i;
/** The percent sign written as a word: the span's last words when it is a percentage. */
export const EN_PERCENT_WORD = /^(?:per ?cent|percent|pct)$/i;
/** Not a noun: a lone participle of recording or estimating (`compared to the 6.2 per cent recorded during …`). */
const LONE_PARTICIPLES = String.raw`(?:recorded|registered|reported|posted|observed|seen|achieved|attained|revised|estimated|forecast|projected|budgeted|planned|targeted|expected|anticipated|noted|logged|realised|realized|announced|published)`;
export const EN_LONE_PARTICIPLE = new RegExp(`^${LONE_PARTICIPLES}$`, 'i');
export const EN_NOT_NOUN_AFTER = new RegExp(
  String.raw`^(?:year|percent|per cent|(?:mid|early|late)-?\s*$|(?:across|at|on|by|to|with|within|among|throughout|between)\b|(?:were|was|are|is|have|has|had|will|would|could|can|may)\b|[a-z]+ed\s+(?:at|in|on|as|by|for|to|from|with|into)\b|${LONE_PARTICIPLES}$)`,
  'i',
);

/** Where an earlier clause of the sentence ends (commas grouping thousands, 3,812, do not). */
export const EN_CLAUSE_SPLIT = /(?<!\d),\s*|,(?!\d)\s*|[;:]\s*/;

/**
 * A change named after the figure, with what changed: "a 24% decrease in household theft" → household theft ("a 79 per
 * cent worldwide decrease in measles deaths" too).
 */
/** Where what changed ends: a preposition of time or comparison, a verb, a figure's period, a punctuation mark. */
const CHANGED_THING_END =
  '(?=\\s+(?:in|during|since|over|between|compared|relative|to|on|than|as|at|by|which|that|was|were|is|are)\\b|\\s+(?:last|this|a)\\s+(?:year|quarter|month)\\b|\\s+(?:from|for)\\s+(?:the\\s+)?(?:\\d|FY\\b|fiscal|years?\\b|(?:previous|prior|last|same)\\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)|\\s+and\\s+(?:an?\\s+)?[$£€]?\\d|[,.;:()]|$)';

/** A period between a change noun and what changed: "a 37% increase since 2019 in the number of …". */
const CHANGE_PERIOD_BETWEEN =
  '(?:\\s+(?:since\\s+(?:19|20)\\d\\d|over\\s+the\\s+(?:past|last)\\s+(?:\\w+\\s+)?(?:years?|months?|decades?)|on\\s+(?:the\\s+)?(?:previous|last|prior)\\s+year|from\\s+(?:19|20)\\d\\d(?:\\s+to\\s+(?:19|20)\\d\\d)?|between\\s+(?:19|20)\\d\\d\\s+and\\s+(?:19|20)\\d\\d|year[- ]on[- ]year)(?=\\s+in\\s))?';

export const EN_CHANGE_NOUN_IN = new RegExp(
  `^\\s*(?:(?:percent|per cent|percentage points?)\\s+)?(?:(?:worldwide|nationwide|global|overall|annual|sharp|significant|slight|further|marked|substantial|year[- ]on[- ]year|y-o-y)\\s+)?(?:increase|decrease|rise|fall|drop|reduction|decline|growth|gain|cut|jump|improvement|surge|spike)${CHANGE_PERIOD_BETWEEN}\\s+(?:in|of)\\s+(?:the\\s+)?(.{3,110}?)${CHANGED_THING_END}`,
  'i',
);

/** A change named before the figure, with what changed after it: "an annual increase of 23.7% in the number of …". */
export const EN_CHANGE_OF_BEFORE =
  /\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:increase|decrease|rise|fall|drop|reduction|decline|growth|gain|cut|jump|surge|spike|hike|leap)\s+of\s+(?:(?:about|around|some|nearly|almost|over|more than|approximately|roughly|just)\s+)*$/i;

/**
 * What changed, named as the change noun's modifier before the figure: "a property tax increase of $226" → property
 * tax. Degree and time words ("an annual increase of") name no measure.
 */
export const EN_MODIFIER_OF_CHANGE_BEFORE =
  /\ban?\s+((?:(?!(?:an?|the|of|in|and|to|major|minor|show|shows|showed|saw|sees|see|was|were|is|are|has|had|have|[a-z]+ed|smaller|larger|bigger|greater|annual|monthly|quarterly|yearly|weekly|overall|total|net|sharp|slight|small|large|big|further|significant|marked|modest|substantial|considerable|notable|steep|moderate|marginal|cumulative|combined|average|proposed|planned|expected|projected|estimated|additional|real|nominal|nearly|approximately|year-on-year|year-over-year|one-time|first|second|third|last|previous|new|total)\s)[a-z][a-z-]*\s+){1,3}?)(?:increase|decrease|rise|hike|cut|reduction)\s+of\s+(?:(?:about|around|some|nearly|almost|over|more than|approximately|roughly|just)\s+)*$/i;

/**
 * What changed, after a figure whose change was named before it: "… of 23.7% in the number of new houses" (not a period:
 * "in the review period").
 */
export const EN_IN_PHRASE_AFTER = new RegExp(
  `^\\s*in\\s+(?!(?:the\\s+)?(?:(?:first|second|third|fourth|final|last|latest|previous|same|current|past|review|reporting|reference|corresponding|comparable|preceding|fiscal|financial|calendar)\\s+)?(?:year|quarter|month|week|period|decade|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|\\d|(?:mid|early|late)-?\\s?\\d|FY\\s?\\d|Q[1-4]\\b))(?:the\\s+)?(.{3,80}?)${CHANGED_THING_END}`,
  'i',
);

/** A change named after the figure, without what changed: "violence saw a 20% fall". */
export const EN_CHANGE_NOUN =
  /^\s*(?:(?:percent|per cent|percentage points?)\s+)?(?:increase|decrease|rise|fall|drop|reduction|decline|growth|gain|cut|jump|surge|spike|hike|leap)\b/i;

/** The verb that ties a subject to a change named after the figure: "X saw a", "X showed a", "there was a". */
export const EN_CHANGE_HOLDER =
  /^(.*?)\s*\b(?:saw|show|showed|shows|recorded|had|has|have|experienced|represents|represented|was|were|is)\s+(?:a|an)\s*$/i;

/** A figure compared with a basis after it: "$320 billion higher than the prior year's deficit". */
export const EN_COMPARED_AFTER =
  /^\s*(?:(?:percent|per cent|percentage points?)\s+)?(?:(?:lower|higher|less|more|greater|fewer|smaller|larger)\s+(?:than|the)|above|below)\s+(?:(?:in|at|for)\s+)?(.{3,80}?)(?=\s+(?:and|but|while|which|published|released|despite|due)\b|\s+(?:of|at)\s+[$£€\d]|[,.;:()]|$)/i;

/**
 * Time phrases at the end of a subject: "receipts for FY 2023", "outlays in 2023", "during FY 2023", "for the entire
 * 2018-19 fiscal year".
 */
export const EN_TIME_TAIL =
  /\s+(?:in|for|during|at|at the end of|by the end of|over|since|between)\s+(?:the\s+)?(?:(?:entire|whole|full)\s+)?(?:(?:fiscal\s+)?years?\b|period\s+of\b|FY\s*\d{2,4}|\d{4}\b|(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:first|second|third|fourth|last|latest|previous|prior|past)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:quarter|year|month|week)s?\b).*$/i;

/**
 * A source set off by commas before the figure ("Annual inflation, as reported by the Institute, was", "The nominal GDP, as
 * per the preliminary data released by National Centre for Statistics and Information (NCSI), showed"): an aside.
 */
// Also the adjustment a release states between its subject and verb (", adjusted for seasonal, holiday, and trading-day
// differences, but not for price changes,").
export const EN_SOURCE_ASIDE =
  /,\s*(?:as\s+(?:reported|published|compiled|estimated)\s+by|according\s+to|as\s+per)\s(?:[^,;.()]|\([^()]{1,24}\)){2,100},|,\s*(?:(?:not\s+)?seasonally\s+)?adjusted\s+for\s[^;.()]{2,120}?(?:,\s*but\s+not\s+for\s+[^,;.()]{2,40})?,(?=\s+(?:was|were|is|are|rose|fell|increased|decreased|totaled|totalled)\b)/gi;
/**
 * An aside between paired dashes before the verb ("The Bank's operations—comprising approvals of loans and grants, and
 * co-financing—reached an all-time high of"): it says what the subject holds, and has no figure of its own; a verb
 * follows it (not "– mostly a reflection of … – with real GDP growth decelerating": a clause opener).
 */
export const EN_DASH_ASIDE =
  /(?<=[A-Za-z’')%\d])\s?[—–]\s?[A-Za-z][^—–\d.;:!?]{2,150}?\s?[—–]\s?(?=(?!(?:with|and|or|but|as|in|on|at|for|of|by|from|which|that|while|whereas)\s)[a-z]+\s)/g;

/** A bracket opened right before the figure after "to", "at" or "reached" ("decreased to (12.3%)"): it holds the level. */
export const EN_LEVEL_BRACKET_OPEN = /(?<=\b(?:to|at|reached|reach|of)\s?)\((?=\s*$)/i;

/** Who reported the figure, after the phrase ("Annual inflation, as reported by the Statistical Institute"): not part of it. */
export const EN_SOURCE_TAIL =
  /\s*,?\s+(?:as\s+(?:reported|published|compiled|estimated)\s+by|according\s+to|as\s+per)\b.*$/i;

/** A pronoun pointing back at the previous figure's subject: "This represents a 14% decrease". */
export const EN_PRONOUN = /^(?:this|that|it|these|those|which|he|she|they|we|i)$/i;

/**
 * A change, not what changed: "an increase", "a sharp decrease", "an annual increase", "rose by 0.6% between May and June"
 * (the tail of a comparison with the figure before), "down slightly". Such a figure measures what that one measures.
 */
export const EN_CHANGE_ONLY =
  /^(?:(?:sharp|slight|small|large|further|modest|significant|marked|marginal|negative|positive|moderate|steep|substantial|considerable|notable|net|cumulative|overall|total|combined)\s+)?(?:(?:annual|monthly|quarterly|yearly|weekly)\s+(?=(?:increase|decrease|rise|fall|drop|decline)s?$))?(?:increase|decrease|rise|fall|drop|reduction|decline|growth|gain|jump|improvement|deterioration)s?(?:\s+(?:year|month|quarter)(?:[- ](?:on|over)[- ](?:year|month|quarter))?)?$|^(?:rose|fell|risen|fallen|increased|decreased|dropped|declined|grew|climbed)\b|^(?:(?:slightly|sharply|marginally|significantly|modestly|considerably|substantially)\s+)?(?:up|down)(?:\s+(?:slightly|sharply|marginally|significantly|modestly|strongly|considerably|substantially))?$/i;

/** A short label that opens a sentence: "Clothing & footwear: prices, overall, rose…". */
export const EN_LABEL_LEAD = /^\s*(?:[-*•]\s+)?([A-Za-z][A-Za-z&,'’ -]{2,60}?):\s+/;
/** Labels that introduce a remark, not a series: never part of a subject. */
export const EN_NOT_LABEL =
  /^(?:notes?|sources?|figure|table|chart|background|summary|definition|example|main points|key points|highlights?|key findings|findings|overview|at a glance|in brief|read also|also read|read more|related|see also)$/i;
/** A clause before a colon, not a label: it has a finite verb ("It was a year of breaking records: We had …"). */
export const EN_CLAUSE_LABEL = /\b(?:is|are|was|were|has|have|had|will|would)\b/i;
/** The end of a sentence between two figures. */
export const EN_SENTENCE_BREAK_BETWEEN = /[.!?;]\s|\n\s*\n/;
/** A plural noun phrase and its verb before a list of names with bracketed figures ("… countries last year were "). */
export const EN_NAMED_LIST_LEAD =
  /(?:^|[,;:]\s+)((?:[Tt]he\s+)?[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,6}?\s+[a-z]{3,}s)(?:\s+(?:last|this)\s+(?:year|month|quarter))?\s+(?:were|are|included|include)\s+(?=(?:the\s+)?[A-Z])/;
/** A phrase whose head (its last word) is a plural. */
export const EN_PLURAL_HEAD = /[a-z]{3,}s$/;
/**
 * "Visitor arrivals grew across its key markets, led by Indonesia (2.3 million), China (1.4 million) and …": a figure in
 * brackets after a name the list of a "led by" names; the sentence's subject is what it measures.
 */
export const EN_LED_BY_NAMED_ITEM_BEFORE =
  /,\s+(?:led|followed|driven)\s+by\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*\([^()]{1,40}\)\s*(?:,\s*|\s+and\s+|,\s+and\s+))*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*\(\s*$/;
/** A share read as only its quantity word ("the vast majority (95.7%)", "Over half (58.9%)"): what it is a share of. */
export const EN_PARTITIVE_QUANTITY_ONLY =
  /^(?:the\s+)?(?:vast\s+|great\s+|overwhelming\s+|large\s+|small\s+|slight\s+)?(?:majority|minority|bulk|half|third|quarter|two-thirds|three-quarters)$/i;
/** The set after the bracketed share: "(58.9%) of US residents visiting Canada arrived …"; group 1 the set. */
export const EN_SET_OF_SHARE_AFTER =
  /^\s*\)?\s*of\s+(?:the\s+|these\s+|those\s+|all\s+)?([a-zA-Z][^,.;()]{2,60}?)(?=\s+(?:are|were|is|was|had|have|arrived|came|said|lived?|reported|used|made|took)\b|[,.;()]|$)/;
/** A set fronted before the share of it: "Of infants in classes with more than 30 pupils, the vast majority"; group 1. */
export const EN_FRONTED_SET_OF_SHARE = /^\s*Of\s+(?:the\s+|these\s+|those\s+|all\s+)?([^,;]{3,80}),\s+/;
/** A place fronted before the figure without a comma ("Across the UK £6.2 billion of income"); group 1 the place. */
export const EN_FRONTED_PLACE_ONLY =
  /^(?:[Aa]cross|[Ii]n|[Tt]hroughout|[Ww]ithin)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$/;
/** What an amount is of, right after it: "£6.2 billion of income came from …"; group 1 the noun. */
export const EN_OF_NOUN_AFTER_AMOUNT =
  /^\s*of\s+(?:the\s+|its\s+|their\s+)?((?:total\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)(?=\s+(?:came|comes|was|were|is|are|went|goes|has|had|from|in|for|to)\b|[,.;]|$)/;
/** A place's share verb right before its figure: "Australia accounted for 855,900, or 37 per cent, of the visitors". */
export const EN_PLACE_SHARE_VERB_BEFORE =
  /\b(?:accounted\s+for|accounts\s+for|made\s+up|makes\s+up|represented|represents|contributed)\s+(?:(?:about|nearly|almost|around|over|some|just)\s+)?$/;
/** What such a figure is a share of, after it and its restatement: ", or 37 per cent, of the overseas visitors". */
export const EN_PLACE_SHARE_OF_AFTER =
  /^(?:\s*,\s*or\s+[^,;.()]{1,30},)?\s*of\s+(?:the\s+|all\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)(?=[,.;]|\s+(?:in|during|for|from|and|followed|while)\b|$)/;
/** A verb that funds, right before an amount: "includes $7.5M for …", "allocated $5 million for …". */
export const EN_FUNDING_VERB_BEFORE =
  /\b(?:includes?|included|provides?|provided|allocat(?:es|ed|e)|invest(?:s|ed)?|earmark(?:s|ed)?|sets?\s+aside|committ?(?:s|ed)?|dedicat(?:es|ed))\s+(?:(?:about|around|nearly|almost|over|more\s+than|an?\s+(?:additional|extra|further))\s+)?$/i;
/** What the amount funds, right after it: " for affordable and supportive housing"; group 1. */
export const EN_FUNDED_PURPOSE_AFTER =
  /^\s+(?:in\s+funding\s+)?for\s+(?:the\s+|new\s+)?([a-z][a-z-]*(?:,?\s+(?:and\s+)?[a-z][a-z-]*){0,6}?)(?=\s+(?:in|over|to|that|which|by|from|this|next|across|at|through|as)\b|[,.;()]|$)/;
/** "This followed monthly increases of 0.3%": a pronoun says the figure's moves came before the sentence before's. */
export const EN_FOLLOWED_LEAD =
  /^\s*(?:This|That|It|These)\s+(?:followed|follows|comes\s+after|came\s+after)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}(?:increases?|decreases?|rises?|falls?|declines?|drops?|gains?|growth|changes?)\s+of\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$/;
/** "This corresponds to 96.6% of the level observed in June 2019": a pronoun restating the sentence before's measure. */
export const EN_CORRESPONDS_LEAD =
  /^\s*(?:This|That|It)\s+(?:corresponds|corresponded|equates|equated|amounts|amounted)\s+to\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|just)\s+)?$/;
/** A subject read from a clause that only restates the figure before or names its basis ("reflecting growth"). */
// "– this represents an increase of 62%", "within the range of 45% to 47%": a pronoun or the range of the figure before.
export const EN_RESTATING_CLAUSE_SUBJECT =
  /^(?:reflecting|representing|showing|marking|indicating|signall?ing|(?:when\s+)?compared|to\s+hit|hit|hitting)\b[a-z\s]{0,24}$|^(?:[–—-]\s*)?(?:this|that|which)$|^(?:the\s+)?range$/i;
/** A figure's span with no noun of its own: digits, a currency sign, a scale word, a percent. */
export const EN_NO_NOUN_FIGURE_SPAN =
  /^[$£€]?\d[\d,.]*(?:\s*(?:million|billion|trillion|m|bn|%|per\s*cent|percent))?$/i;
/** A subject that is one verb in the past ("died", "recorded"). */
export const EN_VERB_ONLY_SUBJECT = /^[a-z]+ed$/;
/** A bullet's opening participle of what was done ("• Undertaken 10,978 business inspections"): no noun. */
export const EN_PARTICIPLE_ONLY_SUBJECT =
  /^(?:[A-Za-z][a-z]+ed|[Uu]ndertaken|[Tt]aken|[Gg]iven|[Dd]one|[Ww]on|[Cc]arried out)$/;
/** "Amongst them were 4 759 cases …, with an increase of 675 cases": the set a part is of, pointed at, names nothing. */
export const EN_PARTITIVE_POINTER_ONLY = /^(?:amongst|among|of|out\s+of)\s+(?:them|these|those|which|this)$/i;
/**
 * "TREND ESTIMATES (MONTHLY CHANGE) Employment increased": a heading in capitals run into the sentence under it (two
 * capitalised words at least, one of four letters or more), before a word in title case, is no part of the subject.
 */
export const EN_CAPITALS_HEADING_LEAD =
  /^(?=[^a-z]*?\b[A-Z]{4,}\b)(?:[A-Z][A-Z&'-]+\s+|\([A-Z][A-Z &'-]+\)\s+){2,}(?=[A-Z][a-z])/;
/** "Amongst new abusers arrested, new youth abusers …": a fronted set before the subject is no part of it. */
export const EN_FRONTED_SET_LEAD = /^(?:amongst|among|of)\s+[^,;]{2,60},\s+(?=\S)/i;
/** A relative pronoun alone ("the 604,000 who had crossed"): it opens what follows the figure and names nothing. */
export const EN_RELATIVE_PRONOUN_ONLY_SUBJECT = /^(?:who|whom|whose|that)$/i;
/**
 * "this week compared to 13 last week", "had moderate activity compared to 15": the words before "compared" (a period
 * or the predicate's object) with it, read as a basis's subject; they name nothing the basis measures.
 */
export const EN_COMPARED_TAIL_SUBJECT = /^(?:[A-Za-z-]+\s+){0,3}compared$/;
/** "per 100,000 customers": a rate's base read as a subject; the figure before in its list names the measure. */
export const EN_RATE_BASE_SUBJECT = /^per\s+[\d,.]+(?:\s+[a-z]+){0,2}$/i;
/** The basis a figure is set against, right before it ("compared to 431", "versus 77"). */
/**
 * "… increased 2.6% when compared with February 2018 (751,800 movements)": a subject that is only the comparison with
 * a period, read for the basis figure in brackets after it.
 */
export const EN_COMPARED_PERIOD_ONLY_SUBJECT =
  /^(?:[A-Za-z ]{1,40}:\s*)?(?:when\s+)?compared\s+(?:with|to)\s+(?:the\s+)?(?:(?:same|previous|prior|last)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:(?:19|20)\d\d|month|quarter|year|period)$/i;
export const EN_COMPARED_WITH_BEFORE = /\b(?:compared\s+(?:to|with)|versus|vs\.?)\s+$/i;
/**
 * "down from a 18.4 percent annual rate in the previous quarter": the earlier pace of what the figure before measures.
 */
export const EN_EARLIER_PACE_BEFORE = /\b(?:up|down)\s+from\s+(?:an?\s+)?$/i;
/** A pace named after such a figure: "annual rate", "pace", "rate". */
export const EN_PACE_ONLY = /^(?:(?:annual|annualized|annualised|monthly|quarterly|yearly)\s+)?(?:rate|pace)$/i;
/**
 * "… above the revised August rate of 575,000", "below the revised September estimate of 1,406,000": the basis a
 * release compares with, named by its period and kind (rate, estimate, figure): it measures what the figure before does.
 */
export const EN_BASIS_RATE_OF_BEFORE =
  /\b(?:above|below|from|than|over|compared\s+(?:to|with))\s+(?:the\s+)?(?:(?:revised|preliminary|advance|previous|prior|final)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:first|second|third|fourth)\s+quarter|Q[1-4])(?:\s+(?:of\s+)?(?:19|20)\d\d)?\s+|(?:19|20)\d\d\s+)?(?:rate|estimate|figure|level)\s+of\s+$/i;
/** A span that is a count's digits alone. */
export const EN_BARE_COUNT_SPAN = /^\d[\d,]*$/;
/**
 * "Hon BILL ENGLISH: …", "Mr SPEAKER: …": a transcript's speaker (a title before a name), not a label of what the
 * figures measure (a name in capitals alone may be a heading's measure: "RETAIL SALES:").
 */
export const EN_SPEAKER_LABEL =
  /^(?:(?:(?:The\s+)?(?:Rt\.?\s+)?Hon|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Senator|Deputy|Minister)\.?\s+[A-Z].*)$/;
/** "Of the lives lost: 109 were drivers": the set a list's parts are of, not a label the subject needs. */
export const EN_PARTITIVE_LABEL = /^of\s+(?:the|these|those|all)\b/i;

/** A reporting clause before the subject: "figures show that the deficit…", "estimates indicate that…". */
export const EN_REPORTING_CLAUSE =
  /^.*\b(?:show|shows|showed|shown|showing|indicate|indicates|indicated|indicating|suggest|suggests|suggested|suggesting|find|finds|found|finding|estimate|estimates|estimated|estimating|(?:said|says|stated|noted|disclosed|revealed|announced)\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:statement|release|report|speech|address|interview|tweet|letter)|(?<=\b(?:he|she|they|[Mm]inister|[Ss]ecretary|[Gg]overnor|[Pp]resident|[Cc]hairman|[Cc]hair|[Dd]irector|[Cc]ommissioner)\s+(?:also\s+)?)(?:highlighted|shared|revealed|pointed\s+out|emphasi[sz]ed|stressed|underscored|underlined|mentioned|observed|explained|noted|said|stated|added|announced|disclosed|reported|told\s+\w+))\s+that(?:\s+|$)|^.*\b(?:[Hh]e|[Ss]he|[Tt]hey|(?:Dr|Mr|Mrs|Ms|Prof|Minister|Senator|Governor)\.?\s+[A-Z][a-z]+)\s+(?:also\s+)?(?:said|says|added|noted|stated)\s+(?=(?:the|its|their)\s)|^.*\b(?:figures|data|statistics|estimates|numbers)\s+(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed)\s+(?!that\b)(?=[a-z])/i;

/** A verb whose object is the figure: what follows the figure is the subject ("added 300,000 new jobs"). */
export const EN_OBJECT_VERB_BEFORE =
  /\b(added|adds|created|creates|lost|loses|included|includes|proposed|proposes|targets|targeted|budgets|budgeted|earmarked|earmarks|allots|allotted|provided|provides|collected|raised|invested|allocated|spent|saved|paid|received|estimated|driven|drove|delivered|secured|generated|awarded|committed|mobilized|hired|hires|employed|employs|brought|brings|identified|identifies|announced|announces|approved|approves|disbursed|obligated|distributed|granted|unlocked|recorded|records|reported|handled|handles|made|makes|answered|answers|seized|arrested|issued|issues|logged|investigated|served|serves|solved|cleared|opened|graduated|conducted|processed|inspected|rescued|trained|treated|resolved|closed|registered|filed|dispatched|confiscated|removed|recovered|completed|contributed|donated|volunteered|hire|borrow|borrows|borrowed|lent|lend|lends|sold|sells|purchased|bought|repaid|earned|transferred|requested|appropriated|saw|sees|disburse|purchase|buy|sell|hold|holds|held|provide|invest|raise|deliver|create|add|distribute|award|allocate|spend|save|pay|receive|issue|build|fund|funded|funds|support|supported|supports|saves|save|allocates|allocate|awards|invests|raises|delivers|distributes|pays|receives|builds|answer|serve|process|processes|approve|secure|secures|kept|keep|keeps|took|take|takes|won|win|wins|found|find|finds|caught|catch|catches|gave|give|gives|sent|send|sends|recruit|recruits|welcome|welcomes|host|hosts|attract|attracts|enrol|enrols|enroll|enrolls|help|helps|treat|treats|solve|solves|attend|attends|attended|deal(?:s|t)?\s+with|respond(?:s|ed)?\s+to|arrest|arrests|prosecute|prosecutes|prosecuted|investigate|investigates|inspect|inspects|rescue|rescues|perform|performs|performed|conduct|conducts|carr(?:y|ies|ied)\s+out|charge|charges|charged|convict|convicts|convicted)\s+(?:(?:them|us|you|him|her|[A-Za-z]+s)\s+)?(?:(?:a|an|another|the|net|nearly|about|over|around|almost|roughly|approximately|some|more than|at least|up to|an additional|additional|a total of|total)\s+)*$/i;

/**
 * A verb told by its form (-ed, -ing) right before a figure, past the quantity words: "has reopened 54 …", "started
 * disbursing 127 million …". Group: the verb.
 */
export const EN_VERB_FORM_BEFORE =
  /\b([a-z]{2,}(?:ed|ing))\s+(?:(?:a|an|another|the|net|nearly|about|over|around|almost|roughly|approximately|some|more than|at least|up to|an additional|additional|a total of|total|just|only)\s+)*$/i;
/**
 * Words of that form that do not take the figure as their object: levels and changes ("reached 1.6 million people",
 * "increased 300 jobs"), prepositions ("during", "following"), adjectives ("combined", "estimated").
 */
export const EN_NOT_OBJECT_VERB_FORMS = new Set([
  'reached',
  'reaching',
  'totaled',
  'totalled',
  'totaling',
  'totalling',
  'numbered',
  'numbering',
  'exceeded',
  'exceeding',
  'topped',
  'topping',
  'averaged',
  'averaging',
  'increased',
  'increasing',
  'decreased',
  'decreasing',
  'declined',
  'declining',
  'dropped',
  'dropping',
  'climbed',
  'climbing',
  'jumped',
  'surged',
  'soared',
  'plunged',
  'tumbled',
  'edged',
  'ranged',
  'ranging',
  'peaked',
  'stood',
  'remained',
  'remaining',
  'during',
  'following',
  'according',
  'regarding',
  'concerning',
  'combined',
  'estimated',
  'expected',
  'projected',
  'anticipated',
  'forecasted',
  'planned',
  'targeted',
  'compared',
  'being',
  'nothing',
  'something',
  'anything',
]);

/**
 * The end of a phrase cut inside its clause: a conjunction, a relative, a copula or a dash with nothing after it
 * ("all police protection workers and", "award recipients include", "projects in energy communities—").
 */
// ("Operating expense includes a second quarter increase": the move the total includes is cut with its verb;
// "violent offending continued to be a concern, increasing 9.2 percent": a remark on the measure is cut with its verb.)
/**
 * "The inflation forecast generated by the SARB’s Quarterly Projection Model (QPM)": who made the measure, in a reduced
 * relative clause after it, is no part of what is measured.
 */
/**
 * "The largest percentage increases in police strength between 2006 and 2007 were seen in …": a ranked move's subject
 * is what moved (group 1), without the move's period.
 */
export const EN_RANKED_MOVES_IN_SUBJECT =
  /^(?:the\s+)?(?:largest|biggest|greatest|smallest|sharpest|steepest|strongest|fastest)\s+(?:(?:percentage|percent|annual|absolute)\s+)?(?:increases?|gains?|rises?|growth|declines?|decreases?|falls?|drops?|reductions?)\s+in\s+(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)(?:\s+(?:between|since|from|over|during)\s+.*)?$/i;
/**
 * "the $47.1 billion deficit we inherited for this year": a relative clause with a pronoun subject says whose, not what
 * (a past verb: not "times we need to see").
 */
export const EN_PRONOUN_RELATIVE_TAIL = /^(.{3,}?)\s+(?:we|they|I|you)(?:\s+(?:have\s+|had\s+)?[a-z]+(?<!e)ed\b.*)?$/;
export const EN_MADE_BY_TAIL =
  /^(.{3,}?)\s+(?:generated|produced|published|compiled|prepared|calculated|issued|released)\s+by\s+[^,;]{3,}$/;
export const EN_SUBJECT_DANGLING_TAIL =
  /(?:\s+(?:continues?|continued|began|begins|started|starts)\s+to\s+[a-z]+(?:\s+(?:a|an)\s+(?:concern|problem|issue|challenge|priority|focus))?|\s+(?:also|still|too)|\s+(?:includes?|included)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:improvement|increase|decrease|reduction|rise|fall|drop|gain|loss)|\s+(?:and|or|but|that|which|who|is|are|was|were|include|includes|due|as well as)|\s*[\u2014\u2013]|\s+-)+$/i;

/**
 * A verb that states the figure right before it ("The unemployment rate marked 3.0 percent", "the ratio recorded
 * 61.4 percent"): it ends the clause's subject, it is no part of it.
 */
export const EN_STATING_VERB_BEFORE_FIGURE =
  /\s+(recorded|marked|registered|posted|logged|hit|touched)\s+(?:(?:about|nearly|almost|around|roughly|some|over|just)\s+)?$/i;

/** Money "in" what it is: "$2.5 trillion in savings", "$104.7 billion in receipts from legislative proposals". */
export const EN_MONEY_IN =
  /^\s*(?:in|of)\s+(?:the\s+)?([A-Za-z][^,.;:()$]{2,60}?)(?=\s+(?:in|during|over|since|for|than|compared|relative|and|which|that|was|were|is|are|by|to|as|through|via|after|before|under)\b|[,.;:()]|$)/i;

/**
 * "released more than $3.5 billion in medical vouchers", "identified over $300 million in questionable and unallowable
 * spending": money a verb takes as its object, then "in" and what the money is (group 1: lower-case words that end
 * the clause or stand before "to", "which"…; not "in total", "in fiscal 2015", "in the first quarter", nor the head
 * of a longer phrase: "in savings proposed over the next 10 years").
 */
export const EN_MONEY_IN_NOUN_AFTER =
  /^\s+in\s+((?!(?:total|all|aggregate|fiscal|the|a|an|each|every|this|that|one|two|three|fy)\b)[a-z][\w'’-]*(?:\s+(?!(?:to|for|which|that|during|in|over|since|from|by|at|on|with|this|last|each|per|while|but|because|was|were|is|are|has|have|had|will|would|and|or)\b)[a-z][\w'’-]*){0,5})(?=\s*[,.;:]|\s*$|\s+(?:to|which|that|while|but|because)\b)/;
/** A verb that takes money as its object right before it: "to oversee", "Comptroller uses", a verb in -ed or -ing. */
export const EN_MONEY_OBJECT_VERB_BEFORE =
  /\b(?:to\s+(?!(?:the|its|their|our|this|that|these|those|some|about|nearly|over|around|more|almost)\b)[a-z]{3,}|uses|use|oversees|oversee|manages|manage|[a-z]{2,}(?:ed|ing))\s+(?:(?:a|an|another|the|nearly|about|over|around|almost|roughly|approximately|some|more than|at least|up to|an additional|additional|a total of|just|only)\s+)*$/i;
/** A share of a whole written after a percentage: "16.5 percent of gross domestic product (GDP)". */
export const EN_SHARE_OF_AFTER = /^\s*of\s+(GDP|gross domestic product(?:\s*\(GDP\))?)/i;
/** A share named at the sentence's start: "As a share of GDP, outlays fell…". */
export const EN_SHARE_OF_LEAD = /^\s*As\s+a\s+(share|percentage|proportion)\s+of\s+([^,]{2,40}),/i;

/** Estimate words glued before a noun: "higher-than-estimated refunds" → refunds. */
export const EN_ESTIMATE_ADJECTIVE =
  /^(?:higher|lower|larger|smaller|greater|better|worse)-than-(?:estimated|expected|projected|anticipated|forecast)\s+/i;

/** Time phrases that are never a subject: "end of FY 2022", "during FY 2023", "as at 30 September 2023". */
// Not "Fiscal year-to-date General Fund collections": a compound modifier of the head after it.
// "(for the year) ending April 2016 compared", "in September": a period's close or a month alone names nothing measured.
export const EN_TIME_PHRASE =
  /^(?:(?:the\s+)?end\s+of|during|as\s+(?:at|of)|FY\s*\d|fiscal\s+year(?!-)|(?:(?:the\s+)?(?:year|quarter|month|period|(?:twelve|12)\s+months)\s+)?(?:ending|ended)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}\s|(?:19|20)\d\d))\b|^(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*[-–]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?$/i;

/** A clause that opens with a pronoun: "This represents a", "This rose from". */
/**
 * "* 25,436⏎The number of cases handled during the year.", "• 670 - the number of complaints we investigated", "58% -
 * the overall rate of upheld complaints": a figure set before its description; group 1 is what it measures.
 */
export const EN_DESCRIPTION_AFTER =
  /^[ \t]*(?:[-–—:][ \t]+|\n[ \t]*)(?:the\s+)?((?:total\s+|overall\s+)?(?:number|proportion|percentage|share|rate|amount|value)\s+of\s+[^.;\n]{2,140})/i;
/** A figure first on its line, after a bullet mark if any: a fact sheet's item ("• 895 – new schools built"). */
export const EN_FIGURE_OPENS_ITEM = /(?:^|\n)[ \t]*(?:[•*·▪◦‣][ \t]*)?$/;
/**
 * "• 10 000 – unemployed youth trained as water agents", "• R2 billion – the cost of constructing the telescope": the
 * description after a dash set apart from an item's figure; group 1 is what it measures, up to a relative clause.
 */
export const EN_DASH_DESCRIPTION_AFTER =
  /^[ \t]+[-–—][ \t]+(?:the\s+)?([A-Za-z][^.;\n]{1,140}?)(?=\s+(?:that|which|who|whose)\b|[.;\n]|$)/i;
/** A time phrase that closes a description ("… during the year", "… in 2018-19"): when, not what. */
export const EN_DESCRIPTION_TIME_TAIL =
  /\s+(?:(?:that|which)\s+(?:took\s+place|were\s+\w+)\s+)?(?:during|in|over|for)\s+(?:the\s+)?(?:year|previous\s+year|period|quarter|month|(?:19|20)\d\d(?:[/-]\d{2,4})?)\s*$/i;
export const EN_PRONOUN_OPENER =
  /^\s*(?:this|it|these|th(?:at|ey|ose)\b(?!\s+of\b)|this figure|this number|of\s+(?:this|these|that|those)\b)/i;

/** A bracketed aside inside a subject: "The 12-month rate (the amount prices change over a year)". */
export const EN_BRACKET = /\s*\([^()]{0,200}\)/g;
/** An aside of this many words or more is a gloss, dropped; a shorter one ("(CPI)", "(CSEW)") names the series. */
export const EN_GLOSS_MIN_WORDS = 3;

/** A comparison that opens the sentence: "Compared with FY 2022, outlays decreased…". */
export const EN_COMPARED_LEAD = /^\s*Compared\s+(?:with|to)\s+([^,]{2,40}),/i;

/** A rate written after the figure: "11 offences recorded per 1,000 population", "10 incidents of crime per business". */
export const EN_PER_RATE =
  /^((?:\s+(?:of\s+)?[A-Za-z][A-Za-z-]*){0,4}?)\s+per\s+((?:[\d,]+\s+)?[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?)(?=\s+(?:in|during|for|from|over|since|compared|and|which|while|but)\b|[,.;:()]|\s*$)/i;

/** A share written as a ratio that ends the span ("29 of its 36", "9 out of 10"): the noun after it is the whole. */
export const EN_RATIO_SPAN_END = /\d\s+(?:out\s+of|of)\s+(?:(?:its|their|our|the)\s+)?[\d,]+$/i;

/** "1,000 jobs were created per week": the auxiliary of a passive before a rate's participle is no word of the rate. */
export const EN_RATE_AUXILIARY = /\s+(?:were|was|are|is|have been|has been|had been|being)(?=\s)/gi;

/** "There were/was", "there are": the figure that follows counts the noun after it, which is the subject. */
export const EN_EXISTENTIAL = /\bthere(?:\s+(?:were|was|are|is|have been|has been))?\s*$/i;

/**
 * Determiners and adjectives of a change named after the figure ("This apparent 1% decrease", "this small"):
 * the figure measures what the one before measures.
 */
export const EN_DEMONSTRATIVE_PHRASE =
  /^(?:this|that|these|those|the)(?:\s+(?:apparent|small|slight|large|further|latest|overall|net))*$/i;

/** A list of subjects shared out over the figures in order: "…, 10% and 4% respectively". */
export const EN_RESPECTIVELY = /^[\s\d.,%$£€]*(?:(?:and|or)\s+[\s\d.,%$£€]+)?\s*respectively\b/i;
/** Where a list of subjects is split: "robbery, theft from the person, and criminal damage and arson". */
export const EN_LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
/** The same, at commas only: items may hold "and" ("criminal damage and arson"). */
export const EN_LIST_COMMA = /\s*,\s*(?:and\s+|or\s+)?/;
/** What stands between a list of subjects and the figures it shares out: "all decreased (down". */
export const EN_LIST_PREDICATE =
  /\s+(?:all|both|each|were|was|are|is|rose|fell|increased|decreased|grew|dropped|declined|changed)\b.*$/i;

/** A noun that says how much, not of what ("a total of", "an average of"): never a subject before "of". */
export const EN_NOT_OF_HEAD =
  /^(?:total|sum|average|amount|figure|number|level|value|maximum|minimum|increase|decrease|rise|fall|drop|reduction|decline|growth|gain|cut|jump|surge|spike|hike|leap|change|difference|rate|share|weight|proportion|percentage|estimate|equivalent|deficit|surplus|high|low|peak|height|pace|tally|cagr)$/i;

/**
 * "when crime reached a record high of 572,921", "whose unemployment figure is at a record high of 952,000": a high or
 * a low measures what reached it. Group 1 the phrase before the verb.
 */
export const EN_RECORD_LEVEL_BEFORE =
  /(?:^|[,;:]\s*|\b(?:when|where|while|as|and|whose|which|that)\s+)((?!(?:when|where|while|as|and|whose|which|that)\b)[A-Za-z][A-Za-z'’ -]{1,50}?)\s+(?:(?:has|have|had)\s+)?(?:reached|hit|touched|(?:is|was|are|were|stood|stands|remains?|remained)\s+at|(?:rose|fell|climbed|dropped|jumped|sank)\s+to)\s+(?:(?:a|an|its|their|the)\s+)?(?:(?:new|record|all-time|historic|\d+-year)\s+)*(?:high|low|peak|height)\s+of\s*$/i;

/**
 * "GDP growth of 2.0%", "an unemployment rate of 4%", "a trade surplus of $3 billion": a measure noun that a noun before
 * it qualifies names the measure (not "an annual increase of", "a net gain of": a modifier of how, not of what).
 */
export const EN_QUALIFIED_MEASURE_HEAD = /^(?:growth|rate|deficit|surplus|share|proportion|percentage|average|index)$/i;
export const EN_MANNER_MODIFIER =
  /^(?:a|an|the|annual|annualised|annualized|overall|total|net|average|slight|sharp|further|small|large|modest|significant|strong|weak|subdued|sluggish|robust|solid|healthy|moderate|marginal|steady|real|nominal|monthly|quarterly|weekly|daily|yearly|year-on-year|year-over-year|this|that|its|their|our|his|her|same|new|high|low|higher|lower|record|current|estimated|projected)$/i;
/** Where a noun phrase before "of <figure>" starts: the word before it is none of its own. */
export const EN_NP_BOUNDARY = new RegExp(
  // A verb that states a result ends the phrase too ("we achieved GDP growth of 2.0%", "the state posted revenue of").
  String.raw`^(?:the|a|an|to|by|due|was|were|is|are|from|with|offset|effect|than|in|on|at|for|as|include|included|includes|including|of|${EN_SCALE_WORDS}|percent|achieved|achieves|posted|posts|recorded|records|registered|delivered|generated|saw|sees|reported|reports|experienced|enjoyed|had|has|have|projects|predicts|expects)$`,
  'i',
);

/** A relative clause that opens before the figure: "…violence without injury, which showed an increase of 8%". */
export const EN_RELATIVE_OPENER = /^\s*(?:which|who)\b/i;
/**
 * A relative clause with no comma before it, whose verb moves the figure: "attributed to food inflation which went up to
 * 13.7 percent". Group 1: the noun phrase right before "which" (after the last function word), what moved.
 */
export const EN_BARE_RELATIVE_ANTECEDENT =
  /(?:^|\b(?:to|of|in|by|for|from|on|with|and|the|a|an|was|were|is|are|its|their)\s+)((?:(?!(?:to|of|in|by|for|from|on|with|and|the|a|an|was|were|is|are|its|their|this|it|said|says|noted|added|reported|showed|shows)\b)[A-Za-z][\w'’-]*\s+){1,4}?)which\s+(?:(?:has|have|had)\s+)?(?:went|rose|fell|grew|climbed|dropped|jumped|declined|increased|decreased|expanded|contracted|stood|reached|recorded|registered|showed|amounted)\b[^,;:.]*$/i;
/** The words before the noun a relative clause is about: "driven by the sub category" → cut before the noun. */
export const EN_RELATIVE_HEAD_CUT =
  /^.*\b(?:by|for|to|from|with|as|including|such as|particularly|especially|was|were|is|are)\s+/i;

/**
 * What a counted noun is of, written after the figure: "333,672 reports of fraud to the NFIB", "convictions in courts",
 * "307 deaths due to COVID-19" (a footnote mark glued to a word's last letter is no part of it; a name's number is).
 */
export const EN_COUNTED_OF =
  /^\s+((?:of|in|for|against|to|from|about|involving|concerning|regarding|on|outside|aged|who|due\s+to|caused\s+by|related\s+to|linked\s+to|attributed\s+to)\s+(?!(?:just|only|less than|more than|recent|average|the\s+(?:last|past|next|previous|same|first|coming|current)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?:years?|months?|weeks?|days?|decades?|quarters?)|(?:January|February|March|April|May|June|July|August|September|October|November|December|fiscal|calendar|FY)|\d)\b)(?:the\s+)?[A-Za-z][A-Za-z0-9'’ -]{1,60}?)(?=(?:(?<=[A-Za-z])\d{1,2})?(?:\s+(?:in|during|for|since|over|between|compared|than|which|that|was|were|is|are|has|have|had|rose|fell|increased|decreased|through|by|via|after|before|under)\s|\s+(?:from|to)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b|\s+and\s+(?:[a-z]+ed|made|gave|took|saw|won|paid|sold|spent|kept)\b|\s*(?:[,.;:()–—]|-{2})|$))/i;
/** Where a counted noun's complement starts ("jobs| in the region"): a verb of the count goes before it. */
export const EN_NOUN_COMPLEMENT_START = /\s+(?=(?:in|across|at|within|on)\s)/;
/**
 * A participle after a counted noun: "398,662 offences recorded", "810,000 crimes were experienced by children aged 10 to
 * 15"; not an intransitive verb in the past, which is the clause's own ("92 people died on our roads", "70,000
 * settlers arrived in Australia", "2.3 million people benefited from weekly payments").
 */
export const EN_COUNTED_PARTICIPLE =
  /^\s+(?:(?:were|was)\s+)?((?:(?!(?:died|arrived|occurred|happened|emerged|returned|stayed|travell?ed|migrated|moved|remained|resigned|retired|benefit?ted|participated|graduated|responded|voted|qualified|lived)\b)[a-z]+ed|(?<=(?:were|was)\s)[a-z]+(?:en|wn))(?:\s+(?:by|in|against|on|from|at|with|for|across)\s+(?!(?:all|total)\b)[A-Za-z§][A-Za-z0-9§'’ -]{1,50}?)?)(?=\s+(?:in|during|for|since|over|between|compared|than|which|that)\s|[,.;:()]|$)/;
/** A noun right after a figure (not a preposition or connector): "below 2.0% inflation". */
export const EN_WORD_AFTER_FIGURE =
  /^\s+(?!(?:in|and|or|for|during|compared|than|which|partially|from|to|as|over|since|between|lower|higher|more|less|below|above|respectively|of|on|at|by|with|while|but|the|a|an|per|percent|per cent|reported|recorded|registered|received)\b)[A-Za-z]/i;

/** The figure ends a move of the one before ("dropped 18.2 percent to 2,947 cases"): that one's subject is its own. */
export const EN_ENDPOINT_BEFORE = /\b(?:to|from)\s*$/i;
/** A preposition right before a figure (with its approximation words): the figure is its object. */
export const EN_PREPOSITION_END =
  /\b(?<!\b(?:amounted|amounts|amount|came|comes|added up|accounted|accounts|account|accounting)\s)(?:to|for|among|across|into|in\s+respect\s+of|on\s+behalf\s+of)\s+(?:(?:about|nearly|more than|over|approximately|around|roughly|almost|some|just|only|at least|up to)\s+)?$/i;
/** "21.5 to (23.5 cents)": a bare figure before "to" makes the figure after a range's second end. */
export const EN_RANGE_TO = /\d[\d,.]*\s*(?:to|-|–)\s*$/;
/** The verb of a move whose end "to" names: "dropped 18.2 percent to", not "allocated $2.5 billion to 50 projects". */
export const EN_MOVE_VERB =
  /\b(?:rose|risen|rising|increased|increasing|grew|grown|growing|fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|climbed|jumped|slipped|edged|went\s+(?:up|down)|up|down|cut|reduced|raised|moved|changed|shifted)\b/i;

/** Scale words that open the counted part of a span ("2.4 million claims"): not part of the noun. */
/** "5m offences", "3bn passengers": a scale letter glued to a figure's digits (group 1: the last digit). */
export const EN_GLUED_SCALE_LETTER = /(\d)(?:m|mn|bn|b|k|tn)\b/i;
export const EN_SCALE_LEAD = new RegExp(String.raw`^(?:(?:${EN_SCALE_WORDS})\s+)?(?:(?:more|fewer)\s+)?`, 'i');

/** "…refugees returned, out of which 3,604 returned from Pakistan": a part of the set the figure before counts. */
export const EN_PART_OF_WHICH_BEFORE = /\b(?:out\s+)?of\s+(?:which|whom)\s*,?\s*$/i;
/** "Of this number, 55% were…": the figure is a part of the one before. */
// "…refugees returned, out of which 3,604 returned from Pakistan": so is one after "(out) of which".
export const EN_PART_OF_PREVIOUS = /^\s*(?:out\s+)?of\s+(?:this|these|that|those|which|whom)(?:\s+[a-z]+)?\s*,?\s*$/i;

/** "X% of Y were Z": a share of Y; Z names the part ("6% of recorded crimes were fraud offences"). */
export const EN_SHARE_OF_WERE =
  /^\s*of\s+(?:all\s+|the\s+)?([A-Za-z][A-Za-z -]{2,40}?)\s+(?:were|was|are|is)\s+(?:categorised\s+as\s+|classified\s+as\s+)?([A-Za-z][A-Za-z -]{2,40}?)(?=\d{0,2}(?:[,.;:()]|\s+(?:in|and|while|during)\b|$))/i;

/**
 * "a deficit of 2.4% of GDP …": the figure is the object of the noun before it (not "X% of Y were Z", nor "a proportion of
 * 40.6 per cent of inbound tourists were …", where the noun names the share itself).
 */
export const EN_OBJECT_OF_NOUN_BEFORE =
  /\b(?!(?:proportion|share|total|majority|minority|percentage|sum|figure|average|part|portion|fraction)\b)[A-Za-z]{3,}\s+of\s+(?:(?:about|around|nearly|almost|roughly|some|over|under|just|more\s+than|less\s+than)\s+)*$/i;
/**
 * "… were large", "… is higher": a state after the verb, not the part a share names; nor is a passive ("93.7% of the
 * repairs were completed within …": what was done to them).
 */
// "97 per cent of the cases were in children": a phrase opened by a preposition says where the part lies, it names none.
export const EN_NOT_A_PART =
  /^(?:large|small|high|low|higher|lower|unchanged|stable|positive|negative|[a-z]{2,}ed|in|among|from|at|on|under|over|aged|for|with)\b/i;
/** A participle after "were" ("were seen within four hours", "were admitted"): said of the whole, no part of it. */
export const EN_PARTICIPLE_AFTER_WERE =
  /^(?:seen|made|given|taken|done|known|shown|held|paid|found|kept|sent|spent|built|brought|told|sold|born|drawn|written|driven|chosen|admitted|discharged|treated|transferred|referred|vaccinated|tested|arrested|charged|convicted|employed|housed|enrolled|registered)\b/i;

/** The verbs of an opinion or an answer a survey reports ("88% of Europeans approve …", "66% agree that …"). */
const EN_OPINION_VERB = String.raw`(?:(?:also|still|now|strongly)\s+)?(?:approve[sd]?|agree[sd]?|disagree[sd]?|believe[sd]?|think|thought|say|said|support(?:s|ed)?|feel|felt|oppose[sd]?|want(?:s|ed)?|expect(?:s|ed)?|trust(?:s|ed)?|prefer(?:s|red)?|favou?r(?:s|ed)?|reported|indicated|responded|rated|backed)\b`;
/**
 * "88% of Europeans approve …": a share of the people asked; they are what the share measures (H50-8). (Not "$1.1 billion
 * of assets we supported": a pronoun is the verb's subject.)
 */
export const EN_SHARE_OF_RESPONDENTS = new RegExp(
  String.raw`^\s*of\s+(?:all\s+|the\s+)?([A-Za-z][A-Za-z'’ -]{1,40}?)(?<!\s(?:we|they|he|she|you|I|it))\s+${EN_OPINION_VERB}`,
);
/** "66% agree that …": a share answering, with the people asked named before. */
export const EN_OPINION_VERB_AFTER = new RegExp(String.raw`^\s+${EN_OPINION_VERB}`);

/** Figures in brackets after the noun phrase they measure: "thefts of personal property (332,000; 40%)". */
export const EN_BRACKETED_FIGURES =
  /\(\s*(?:(?:up|down)\s+)?(?:[$£€]?[\d,.]+\s*(?:%|percent|billion|million)?\s*[;,]\s*)*$/i;
/** A figure ending the phrase before a bracket ("payroll of $30.9 billion (up 7.9 percent)"): the bracket restates it. */
export const EN_FIGURE_BEFORE_BRACKET =
  /\s+(?:(?:of|at|to|was|were|is|are)\s+)?[$£€]?\d[\d,.]*(?:\s*(?:billion|million|trillion|thousand|percent|%))?\s*$/i;
/** A verb left at the end of that phrase once the figure is cut: "Part-time state employees earned". */
export const EN_VERB_BEFORE_BRACKET = /\s+(?:[a-z]+ed|paid|spent|made|received|earned|got|took)$/;
/** A change named before the bracketed figure: "a large increase in the volume of fraud recorded (17%…)". */
export const EN_CHANGE_IN_BEFORE_BRACKET =
  /^(?:(?:also|still|now|then)\s+)?(?:an?\s+)?(?:(?:large|small|sharp|slight|significant|further|notable|marked)\s+)?(?:increase|decrease|rise|fall|drop|reduction|decline|growth|gain|jump)\s+in\s+(?:the\s+)?/i;
/** A clause's verb before its object ("impacted the police recorded figures for …"): the object is the phrase. */
export const EN_VERB_BEFORE_OBJECT = /^.*\b(?:[a-z]+(?:ed|es)|hit|cut)\s+(?=(?:the|a|an|its|their)\s)/i;
/** A blank line or a list item's line: a bracketed figure's phrase never reaches back across one (hard wraps do). */
export const EN_LINE_BREAK = /\n[ \t]*(?=[-*•][ \t])|\n[ \t]*\n/;
/** Words that open the list a bracketed figure's item belongs to: "activities such as operation and maintenance contracts". */
export const EN_EXAMPLE_LEAD = /^.*\b(?:such as|including|notably|like|followed by)\s+/i;
/** A complement that compares the figure before with a basis ("£9.3 billion lower than 2012/13 (£115.1 billion)"). */
export const EN_COMPARED_COMPLEMENT =
  /^[$£€]?[\d,.]+\s*(?:billion|million|trillion|%|percent|per cent|percentage points?)?\s+(?:lower|higher|less|more|above|below|greater|smaller)\b/i;
/** A figure inside a list's first item: its head is that figure's phrase, not one the items share. */
export const EN_DIGIT = /\d/;
/** A linking verb inside the phrase before such a bracket: the noun phrase after it names the part. */
export const EN_COPULA_SPLIT = /\s+(?:were|was|are|is)\s+/i;
/** Not a noun phrase after the linking verb: "were less common", "was largely". */
export const EN_NOT_COMPLEMENT =
  /^(?:less|more|most|least|not|also|still|(?:higher|lower)(?![-\w])|at\s+(?:its|their|a)\b|[a-z]+ly|(?:[a-z]+ed|paid|spent|made|held|cut|set)$)\b/i;
/** A cause after the linking verb: "is mostly due to higher outlays" → the noun phrase after it. */
export const EN_CAUSE_LEAD =
  /^(?:[a-z]+ly\s+)?(?:due\s+to|driven\s+by|the\s+result\s+of|explained\s+by|accounted\s+for\s+by|(?:[a-z]+(?:ed|en)|offset|hit|cut|led|held|made|set)\s+by)\s+/i;
/** "Of this number, 55% were…" just before the figure's clause: the figure is a part of the one before. */
// Group 1: the set's noun, when written ("Of these investigations,").
export const EN_PART_OF_LEAD = /\bof\s+(?:this|these|that|those)(?:\s+([a-z]+))?\s*,\s*$/i;
/** A run-in heading before a sentence ("Department of Energy — Outlays for …"): a label, not part of the subject. */
export const EN_RUN_IN_HEADING =
  /^(?:[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w&'’.-]*)){0,7})?\s*[—–]\s+(?=[A-Z])/;
/**
 * Where a sentence ends inside a look-back window (before a list item's enumerator too: ". (ii) Around 25,500"); a
 * Chinese full stop ends one too (a Chinese line run into an English sentence of a mixed file).
 */
export const EN_SENTENCE_END = new RegExp(
  String.raw`[。！？]\s*|[.!?]\s+(?:${EN_ITEM_ENUMERATOR}\s+)?(?=[A-Z])|(?<=[a-z]{4})[.!?]\s+(?:${EN_ITEM_ENUMERATOR}\s+)?(?=\d)|\n(?=[ \t]*[-*•][ \t])`,
);

/** Verbs of a flow whose object is the figure: the verb belongs to what is measured ("jobs added", "savings proposed"). */
export const EN_FLOW_VERB = /^(?:added|created|lost|proposed)$/i;
/** The period of such a flow, after the figure: "since President Biden took office", "over the next 10 years". */
export const EN_FLOW_PERIOD = /\b(since\s+[^,.;]{2,50}|over\s+the\s+(?:next|past|last)\s+\d+\s+years)/;

/** The figures listed before one in a "respectively" list: "down 11%, 10% and ". */
export const EN_FIGURE_RUN = /(?:[$£€]?\d[\d,.]*\s*(?:%|percent|per cent)?\s*(?:,\s*|\s+)(?:and\s+|or\s+)?)*$/i;
/** "of" (and an approximation word) right before a figure: "withheld payments of $8.0 billion". */
export const EN_OF_BEFORE_FIGURE = /\s+of\s+(?:about|approximately|nearly|over|around|some|almost|roughly)?\s*$/i;

/**
 * A lone -ing form, linking verb or period word says nothing of what is measured: "representing 5% of …",
 * "remaining at $2.61", "averaged 488,000", "the week …" (a verb of doing does: "recovered $37 million").
 * Lower case only (a sentence-initial "Spending" is a noun).
 */
export const EN_LONE_VERB_OR_PERIOD =
  /^(?:[a-z]+ing(?:\s+(?:steady|stable|firm|flat|unchanged|constant))?|resulted|averaged|totaled|totalled|reached|remained|amounted|ranged|stood|offset|steady|stable|flat|unchanged|week|weeks|month|months|quarter|quarters|day|days|previous|prior|preceding|same|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)$/;

/**
 * "…fewer crimes, accounting for a fall of 2.7 per cent", "representing an increase of": a participle that restates the
 * figure before as a change names nothing of its own; the figure before says what is measured.
 */
export const EN_RESTATING_PARTICIPLE =
  /^(?:accounting\s+for|representing|amounting\s+to|equivalent\s+to|equating\s+to)(?:\s+(?:a|an)\s+(?:fall|rise|drop|decrease|increase|decline|reduction|gain|cut|change))?$/i;

/**
 * "…Rs.3,022,640 million during the corresponding period of last year showing an increase of 22.61 percent": a
 * participle of the move ends the phrase before the figure; the figure before names what moved (so does "which
 * followed a similar rise, 1.9%").
 */
export const EN_SHOWING_CHANGE_END =
  /\b(?:showing|followed|following|after)\s+(?:an?\s+)?(?:(?:similar|further|smaller|larger|bigger|sharper)\s+)?(?:increase|decrease|growth|rise|decline|fall|drop|gain|reduction|surge|jump)$/i;
/** A rate named earlier in the figure's sentence ("the rate of crime went down to 31.74 crimes per 1,000"). */
export const EN_RATE_NAMED_BEFORE = /\brates?\b[^.;:!?]{0,60}$/i;
/** "Rs.3,705,935 million as against Rs.3,022,640 million": a connective alone names nothing; the figure before lends. */
export const EN_CONNECTIVE_ONLY = /^(?:as\s+against|against|versus|vs\.?|compared\s+(?:to|with))$/i;
/** "…revenue was $129.0 million, bringing the year-to-date total to $839.6 million": the running total of the measure before. */
export const EN_RUNNING_TOTAL_ONLY =
  /^(?:the\s+)?(?:fiscal\s+)?(?:year-to-date|cumulative|running|calendar\s+year-to-date)\s+(?:total|amount|figure)$/i;
/**
 * "…, Chief Statistician said the figure", "The figure showed a monthly decrease of 14.2 percent": the figure a speaker
 * or a sentence names is the one before (as a pronoun alone is).
 */
export const EN_THE_FIGURE_SUBJECT = /^(?:.*\b(?:said|says|added|noted)\s+)?(?:(?:the|this|that)\s+)?figure$/i;
/**
 * "employment was highest in Harris County (2,192,300)": the measure before the superlative and its place (group 1), when
 * the figure stands in brackets after the place.
 */
export const EN_SUPERLATIVE_PLACE_BEFORE =
  /([A-Za-z][A-Za-z'’ -]{1,60}?)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:highest|lowest|largest|smallest|greatest|biggest)\s+in\s+[^().;]{1,60}\(\s*$/;
/** "…, on September 2016 (550,200)": a date after its preposition names when the figure was, not what it measures. */
export const EN_DATE_ONLY_SUBJECT =
  /^(?:(?:on|in|at|by|since|from|to|against|over|versus|than|as\s+(?:of|at)|up\s+to)\s+)?(?:the\s+)?(?:end(?:\s+of)?\s+)?(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)$/i;

/** A sentence adverb alone ("Globally about 51 million people died"): it says where or how, not what. */
export const EN_LONE_SENTENCE_ADVERB =
  /^(?:globally|worldwide|nationally|internationally|nationwide|regionally|locally|overall|altogether|together|additionally|similarly|meanwhile|currently|approximately|roughly|annually|cumulatively)$/i;

/** Nouns ending in -ing that do name what is measured (housing, spending, funding …). */
export const EN_ING_NOUNS = new Set([
  'spending',
  'housing',
  'funding',
  'borrowing',
  'lending',
  'building',
  'training',
  'manufacturing',
  'mining',
  'shipping',
  'clothing',
  'heating',
  'financing',
  'processing',
  'marketing',
  'farming',
  'fishing',
  'banking',
  'parking',
  'schooling',
  'hiring',
  'trading',
  'pricing',
  'earnings',
  'savings',
  'offending',
  'reoffending',
  'policing',
]);

/** A scale word is part of a figure, never what it measures ("5.8 million" → not "million"); nor is an empty noun ("time"). */
export const EN_SCALE_WORD_ONLY = new RegExp(
  String.raw`^(?:hundred|${EN_SCALE_WORDS}|time|times|way|ways|thing|things)s?$`,
  'i',
);
/**
 * A modal and the verb of a level reached, left at the end of a subject ("the GDP of Guangdong Province will reach",
 * "Exports could top"): the holder is what comes before them.
 */
export const EN_MODAL_LEVEL_VERB_TAIL =
  /\s+(?:will|would|could|may|might|should|shall|is expected to|are expected to|is projected to|are projected to|is set to|are set to)\s+(?:reach|exceed|surpass|top|hit|total|be|amount to|stand at|rise to|fall to|grow to|increase to|decrease to|drop to)$/i;
/**
 * Not a noun phrase but the verb phrase before an object figure: it ends in an article, a preposition, a
 * pronoun, or opens with a modal ("will build a", "build on the", "located across", "will bring").
 */
export const EN_FRAGMENT =
  /\b(?:a|an|the|to|of|in|on|at|by|for|from|with|across|into|through|(?<!\d+\s+(?:and|or)\s+)over|under|including|such as|it|them)$|^(?:will|would|can|could|may|might|shall|should|must|to)\b|\b(?:will|would|shall|can|could|may|might|must)\s+[a-z]+$|^(?:including|includes|addition|additionally|plus|as well as|enough|among them)$/i;
/**
 * The noun phrase a figure modifies or is "in"/"of"/"for", written after it: "$500m state-of-the-art titanium
 * melt plant", "$480 million in American Rescue Plan funds", "$877 million for abandoned mine land reclamation" (not
 * a period: "in the review period");
 * a money figure that modifies the phrase is read past ("90 percent of the $418 billion funds disbursed").
 */
export const EN_NP_AFTER_FIGURE = new RegExp(
  String.raw`^\s+(?:(?:in|of|for)\s+)?(?:the\s+)?(?:[$£€]\d[\d,.]*\s+(?:(?:${EN_SCALE_WORDS})\s+)?)?(?!(?:review|reporting|reference|corresponding|comparable|preceding|same|current|previous|fiscal|financial)\s+(?:period|year|quarter|month)\b)((?!(?:in|and|or|for|during|compared|than|which|that|who|from|to|as|over|since|between|lower|higher|more|less|below|above|respectively|of|on|at|by|with|while|but|the|a|an|per|percent|per cent|available|annually|each|a year|this|last|will|would|is|are|was|were|has|have|had|year|years|month|months|quarter|week|period|time|FY|fiscal|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:U\.S\.|U\.K\.|[A-Za-z][A-Za-z'’-]*)(?:\s+(?:(?:and|or)\s+(?![$£€\d]))?(?!(?:in|and|or|for|during|than|which|near|the|a|an|around|across|into|through|after|before|under|within|about|next|this|last|that|who|from|to|as|over|since|between|of|on|at|by|with|while|but|will|would|is|are|was|were|has|have|had|this|last|each)\b)(?![a-z]+ed\s+(?:by|in|to|from|at|with|for|on|across)\b)(?:U\.S\.|U\.K\.|[A-Za-z][A-Za-z'’-]*)){0,5})`,
  'i',
);
/**
 * A population's modifier after "N percent of households": "with a Black, non-Hispanic householder", up to the next
 * figure of the list or the verb. Group: the modifier.
 */
export const EN_WITH_MODIFIER =
  /^\s+(with\s+(?:a|an|no|the)\s+[^;.()$£€\d]{2,70}?)(?=,\s*(?:and\s+)?(?:[$£€]?\d|around|about|nearly)|,?\s+(?:had|have|has|was|were|is|are|held|owned|reported|lived)\b|[;.]|$)/i;
/** The head of a population noun phrase with such a modifier: "households with …". Group: the head. */
export const EN_HEAD_WITH = /^(.+?)\s+with\s+/i;
/** The words before a figure that make it a subject, a change or a level, not an object: then no phrase after. */
export const EN_NOT_OBJECT_BEFORE =
  /(?:\b(?:rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased|went up|went down|climbed|jumped|(?<!\b(?:made|make|makes)\s)up|down|increase|decrease|rise|fall|drop|reduction|decline|growth|gain)(?:\s+(?:by|to|from|of))?|\d\S*\s+(?:to|from|and|or)|\b(?:by|was|were|is|are|stood at|reached|totalled|totaled|accounted for|of|at))\s*(?:(?:about|nearly|more than|over|approximately|around|roughly|almost|some|just|only|an estimated|estimated|up to)\s*)?$/i;

/** A share: "accounted for 18.9 percent of all unemployed persons" → … as a share of all unemployed persons. */
export const EN_SHARE_VERB_BEFORE =
  /\b(?:accounted|accounts|account)\s+for\s+(?:(?:about|nearly|more than|over|approximately|around|roughly|almost|just|only|just over|just under)\s+)*$|\b(?:made|make|makes)\s+up\s+(?:(?:about|nearly|more than|over|approximately|around|roughly|almost|just|only)\s+)*$/i;
export const EN_SHARE_WHOLE_AFTER =
  /^\s*of\s+((?:all|total|the)\s+)?([A-Za-z][A-Za-z'’ -]{2,50}?)(?=\s+(?:in|during|for|since|over|between|compared|than|and|which|that|while|but)\b|\d{0,2}[,.;:()]|\d{0,2}$)/i;
/** A phrase that is only the tail of a subject, to be completed from the figure before: "as a share of…". */
export const EN_TAIL_ONLY = /^(?:compared with|as a share of) /;
/** A cascade subject that names only the whole a share is of. */
export const EN_SHARE_TAIL = /^as a share of /;
/**
 * An appositive set off by dashes inside a phrase: "Mortgage balances—the largest component of household debt—rose", "Mortgage
 * balances – the largest component – rose": it renames the head, it does not name what is measured.
 */
export const EN_DASH_APPOSITIVE = /\s*(?:—|\s–\s)\s*(?:the|a|an|its|their|our|his|her)\s[^—–.;]{1,80}?(?:—|\s–\s)\s*/g;
/** A bracket left open at the end of a phrase: "unemployed (those jobless for". */
export const EN_OPEN_BRACKET_TAIL = /\s*\([^()]*$/;
/** An organisation giving money: "The Department of Energy announced it is making $450 million available". */
export const EN_FUNDER_BEFORE =
  /^(.*?)\s+(?:(?:announced|said|says|announces)\s+(?:that\s+)?(?:it|they)\s+)?(?:is|are|was|were|will be|has been|have been)\s+(?:making|providing|awarding|investing|announcing|committing|allocating)\s*(?:(?:about|nearly|more than|over|approximately|around|roughly|almost|up to|an additional|another)\s+)*$/i;
/** Where such a tail starts in a subject borrowed from the figure before. */
export const EN_TAIL_AT_END = / (?:compared with|as a share of) .*$/;
/**
 * A demonstrative and a noun point back at the figure before: "These individuals", "This figure"; so does a figure
 * named only as the latest one ("the latest figure, as at 30 September 2023 (149,164)").
 */
export const EN_POINTING_BACK =
  /^(?:(?:this|that|these|those)\s+[a-z]+|(?:the\s+)?(?:latest|revised)\s+(?:figure|number|total)s?)$/i;
/** A span that is money. */
export const EN_MONEY_SPAN = /[$£€]|\b(?:dollars?|pounds?|euros?)\b/i;
/** Adverbs left at the end of a subject once its verb is cut: "OOH currently (accounts for…)". */
export const EN_TRAILING_ADVERB =
  /\s+(?:currently|now|also|still|alone|together|combined|overall|again|already|only|officially|reportedly|actually|initially|eventually|ultimately)$/i;
/** "kept the policy rate unchanged at 5.25%": the state the level was held in, not part of what is measured. */
export const EN_HELD_STATE_TAIL = /\s+(?:unchanged|steady|stable|flat|constant|on hold)$/i;
/** A figure with money, a percent, a scale word or thousands grouping (not a year): a phrase holding one is a metric's own. */
export const EN_FIGURE_IN_PHRASE =
  /[$£€]\s?\d|\d\s*(?:%|percent\b|per cent\b|thousand\b|million\b|billion\b|trillion\b)|\d{1,3}(?:,\d{3})+|\d\.\d/i;
/**
 * A verb of change with its object before "by": "cut average response times by another 10 percent" → the object (not
 * an adverb: "decreased month-on-month by").
 */
export const EN_VERB_OBJECT_BY =
  /\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|raise|raises|raised|raising|lower|lowers|lowered|lowering|boost|boosts|boosted|enhance|enhances|enhanced|enhancing|increase|increases|increased|expand|expands|expanded|decrease|decreases|decreased|shrink|shrank)\s+((?!by\b)(?![a-z]+ly\s+by\b)(?!(?:month|year|quarter|week)[- ](?:on|over)[- ](?:month|year|quarter|week)\s+by\b)[A-Za-z][A-Za-z'’ -]{2,100}?)\s+by\s+(?:(?:another|an additional|a further|about|nearly|more than|over|approximately|around|roughly|almost|some|just|only|up to)\s+)*$/i;
/** "to increase capacity to 470 MW": a verb of change in the infinitive with its object, then the level it goes to. */
export const EN_INFINITIVE_OBJECT_TO =
  /\bto\s+(?:increase|raise|boost|expand|lift|bring|grow|reduce|cut|lower|double|triple)\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w’'-]*(?:\s+(?!to\b)[A-Za-z][\w’'-]*){0,4}?)(?<!\s(?:down|up|back))\s+to\s+(?:(?:about|around|nearly|over|more\s+than|at\s+least|up\s+to)\s+)?$/i;
/** A closed bracket holding a figure, after a list item: "adult men (3.4 percent)", "dealers (-9,000)". */
export const EN_BRACKETED_FIGURE_GROUP =
  /\(\s*(?:(?:up|down)\s+)?[+−-]?[$£€]?\d[\d,.]*\s*(?:%|percent|billion|million)?(?:\s*[;,]\s*[^()]{0,40})?\)/i;
/** What joins a list item to the one before: ", and", ", ", "and". */
export const EN_LIST_ITEM_LEAD = /^[\s,]*(?:(?:and|or)\s+)?/i;
/** Words that introduce a list, not a head its items share: "with the exception of violence (up 6%), shoplifting …". */
export const EN_LIST_INTRO =
  /^(?:(?:with\s+)?(?:the\s+)?exception\s+of|except(?:\s+for)?|including|such\s+as|apart\s+from|notably)\s+/i;
/** The head a list's first item shares with the rest: "The unemployment rates for | adult men", "Job losses in | …". */
export const EN_LIST_HEAD = /^(?:the\s+)?([A-Za-z][A-Za-z'’ -]{2,40}?)\s+(for|in|of|among|at)\s+\S/i;
/** A comma that opens a subordinate clause, not a list item: ", while warehousing and storage lost jobs". */
export const EN_SUBORDINATE_SPLIT = /,\s*(?=(?:while|whereas|but|although|though|where|which)\b)/i;
/** Who does what an object figure counts, when it says nothing of it: "Our economy added…", "We invested…". */
export const EN_GENERIC_HOLDER =
  /^(?:(?:our|the|this|its|their)\s+)?(?:economy|nation|country|state|government|administration|employers|businesses|companies|firms|we|it|they|he|she|us|U\.S\.|United States|America|which|that|who)$/i;
/** Verbs whose doer says whose the object figure is ("health care added 34,000 jobs"); not "estimated", "included". */
export const EN_HOLDER_VERB =
  /^(?:added|adds|created|creates|lost|loses|hired|hires|employed|employs|brought|brings|driven|drove|delivered|secured|generated|awarded|committed|mobilized|invested|received|receives)$/i;
/**
 * Verbs of a caseload, whose object is counted work done ("the police recorded 537 homicides", "Deputies answered
 * 412,500 calls for service"): what is measured is the object as the verb's participle names it ("homicides
 * recorded"), not the agent.
 */
export const EN_CASELOAD_VERB =
  /^(?:recorded|reported|handled|made|answered|seized|arrested|issued|logged|investigated|served|solved|cleared|opened|graduated|conducted|processed|inspected|rescued|trained|treated|resolved|closed|registered|filed|dispatched|confiscated|removed|recovered|completed|contributed|donated|volunteered)$/i;
/**
 * A caseload named by its noun before the figure ("the arrest of 23 people", "the seizure of 14.6 kilograms of
 * fentanyl"): the counted thing with the verb's participle. Group: the noun.
 */
export const EN_CASELOAD_NOUN_BEFORE =
  /\b(arrest|seizure|recovery|rescue|removal|conviction|prosecution|deportation|inspection|evacuation)s?\s+of\s+(?:(?:about|nearly|more than|over|some|around|approximately|almost)\s+)*$/i;
/** The participle of each caseload noun. */
export const EN_CASELOAD_PARTICIPLE: Readonly<Record<string, string>> = {
  arrest: 'arrested',
  seizure: 'seized',
  recovery: 'recovered',
  rescue: 'rescued',
  removal: 'removed',
  conviction: 'convicted',
  prosecution: 'prosecuted',
  deportation: 'deported',
  inspection: 'inspected',
  evacuation: 'evacuated',
};
/** The preposition that opens a counted "of" phrase: "(14.6 kilograms) of fentanyl". */
export const EN_OF_LEAD = /^(?:of|in|for|against|to|from)\s+(?:the\s+)?/i;
/** Function words a phrase cut short may end with ("… public services and the"). */
export const EN_DANGLING_FUNCTION_WORDS = /(?:\s+(?:and|or|the|a|an|of|in|for|to|with|by|about))+$/i;
/**
 * A share written in words with its figure in brackets: "one-quarter (23,3%) of households", "more than half (52,9%)
 * of all households". The figure restates the words: a level, of what the "of" phrase names.
 */
export const EN_SPELLED_SHARE_BRACKET_BEFORE =
  /\b(?:half|(?:one|two|three|four|five|six|seven|eight|nine)[- ]?(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)|an?\s+(?:third|quarter|fifth|tenth)|(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?:three|four|five|ten|\d+))\s*\(\s*$/i;
/** A spelled share's span ("about one-third", "seven in ten") with its restatement in brackets after it. */
export const EN_SPELLED_SHARE_SPAN_END =
  /(?:half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|\bin\s+(?:three|four|five|ten|\d+))$/i;
export const EN_RESTATEMENT_BRACKET_AHEAD = /^\s*\(\s*[\d.,]+\s*(?:%|per\s*cent|percent)?\s*(?=\))/i;
/** What the bracketed share is of: ") of (all) households were …". Group 1 the phrase. */
export const EN_SHARE_OF_AFTER_BRACKET =
  /^[^)]{0,3}\)\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\d.,]+\s+(?:million\s+|billion\s+|thousand\s+)?)?([A-Za-z][A-Za-z'’ -]{1,60}?)(?=\s+(?:were|was|are|is|had|have|has|contain(?:ed|s)?|live[sd]?|lived|said|reported|in|who|that|which)\b|[,.;:]|$)/i;
/** "Seven in ten (72%) schemes were closed": the noun the bracketed share counts, right after it (group 1). */
export const EN_SHARE_NOUN_AFTER_BRACKET =
  /^[^)]{0,3}\)\s+([a-z][a-z'’ -]{1,40}?)(?=\s+(?:were|was|are|is|had|have|has|said|reported)\b)/i;
/** The "of" that names what a physical quantity measures ("68.7 bvm of traffic"). */
export const EN_MEASURED_OF_LEAD = /^of\s+(?:the\s+)?/i;
/** "equivalent to 7,260 million metric tons of carbon dioxide": the figure restates another measure in a common one. */
export const EN_EQUIVALENT_BEFORE =
  /\bequivalent\s+to\s+(?:(?:about|nearly|some|roughly|approximately|around|more\s+than|over)\s+)?$/i;
/**
 * A scale, percent or currency word that ends a span ("$37 million", "83 percent", "506 billion rupees"): no noun of what
 * is counted.
 */
export const EN_NOT_COUNTED_NOUN_WORD = new RegExp(
  String.raw`^(?:${EN_SCALE_WORDS}|percent|cent|points?|k|m|bn|dollars?|euros?|pounds?|yen|yuan|rupees?|riyals?|rials?|dinars?|dirhams?|baht|pesos?|naira|rand|shillings?|cedis?|kwacha|ringgit|rupiah|francs?|kronor|kroner|krona|won|lei|shekels?|leones?)$`,
  'i',
);
/**
 * Where counted things went, after the figure ("More than 3 million payments, with a total value of nearly $5 billion,
 * went to SSI beneficiaries"): the recipients. Group: the recipients.
 */
export const EN_RECIPIENT_AFTER =
  /^(?:[^.;]{0,90}?,)?\s*(?:went|go|goes|were\s+(?:sent|paid|made|issued|awarded|distributed|disbursed))\s+to\s+(?:the\s+)?([^.;,]{3,100}?)(?=\s*[.;,]|\s+(?:in|during|since|as|which|who|and|but)\b|$)/i;
/** An amount set beside the count before it: ", with a total value of more than $26 billion". */
/**
 * "an IDA credit of SDR 15.7 million ($20 million)", "€2.57 billion (about $3.3 billion)": an amount restated in
 * another currency in brackets right after the figure before; the gap between the two figures.
 */
export const EN_EQUIVALENT_IN_BRACKET_GAP =
  /^\s*\(\s*(?:(?:about|approximately|roughly|around|some|nearly|equivalent to|equal to|or)\s+)?$/i;
/** "a 20-year low of 394 cases": the level of a record names nothing; the figure before (its window) lends its subject. */
export const EN_RECORD_LEVEL_ONLY = /^(?:new\s+)?(?:low|high|peak|height)$/i;
/** A difference's span: "71 fewer cases", "1 million more calls". */
export const EN_DIFFERENCE_SPAN = /^[^\s]+(?:\s+(?:million|billion|thousand))?\s+(?:fewer|more|less|additional)\s/i;
/** The gap from a move to the difference restating it: ", with", ", amounting to", ", accounting for", ", or". */
export const EN_RESTATED_DIFFERENCE_GAP =
  /^[^.;]{0,30}?(?:,\s*(?:with|amounting\s+to|accounting\s+for|equating\s+to|equivalent\s+to|or|which\s+is|that\s+is)|\s+(?:with|or))\s+(?:(?:a|an|some|about|nearly|almost|around|just|only)\s+)?$/i;
/** The bracket closes right after the figure: "(89.6 percent)". */
export const EN_BRACKET_CLOSES_AFTER = /^\s*\)/;
/** A money figure: a currency sign or letters open its span. */
export const EN_MONEY_SPAN_START = new RegExp(
  String.raw`^(?:(?:about|approximately|roughly|around|some|nearly)\s+)?(?:[$€£¥₹₱]|[A-Z]{1,3}\$|(?:${CURRENCY_CODE_LETTERS})\.?\s?\d)`,
);
export const EN_VALUE_OF_PREVIOUS =
  /(?:,|\()\s*(?:with\s+(?:a\s+)?(?:combined\s+|total\s+)?value\s+of|(?:together\s+)?worth)\s+(?:(?:about|approximately|more than|nearly|over|some|almost|roughly)\s+)?$/i;
/**
 * What a figure brings something to: "brings the total disbursed so far to more than 156 million", "brings the average
 * inflation from January to September 2024 to 3.8 percent", "brought staffing levels to 1,200 officers".
 */
export const EN_TOTAL_BROUGHT_BEFORE =
  /\b(?:bring(?:s|ing)?|brought)\s+(?:the\s+)?(total(?:\s+[a-z]+ed)?|[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,5}?)(?:\s+(?:from|between)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)[A-Za-z\s]{0,30}?\d{4})?\s+(?:so\s+far\s+)?to\s+(?:(?:about|approximately|more than|nearly|over|some|almost|roughly)\s+)?$/;
/** Auxiliaries between the holder and its verb: "has driven", "will bring", "intends to". */
export const EN_HOLDER_AUXILIARY =
  /\s+(?:(?:has|have|had|will|would|is|are|was|were|also|already|recently|reportedly|together|collectively|intends to|plans to|is expected to|are expected to|[a-z]+ly)\s*)+$/i;
/** A comparison word alone says how a figure relates, not what it measures: "21 fewer than", "38% lower than". */
export const EN_COMPARATIVE_ONLY =
  /^(?:(?:much|slightly|far|even|still)\s+)?(?:lower|higher|fewer|more|less|greater|smaller|larger|bigger|lowest|highest|largest|smallest|biggest|fewest|slower|faster)(?:\s+than)?$/i;
/**
 * A verb (and its adverb) with no noun: a change ("declines slowly (to 77 percent)", "then rises gradually",
 * "equates") or a valuation ("valued (at $3.2 million)").
 */
export const EN_VERB_ONLY =
  /^(?:then\s+|and\s+)?(?:declines?|rises?|falls?|increases?|decreases?|grows?|drops?|climbs?|equates?|amounts?|totals?|valued|worth|priced|costing)(?:\s+(?:slowly|gradually|sharply|steadily|further|again|modestly|slightly))?$/i;
/** An adverbial set off by commas between a subject and its figure: "has been, on average, 0.5 points lower". */
export const EN_ADVERBIAL_INSERTION =
  /^\s*(?:on average|overall|in total|in all|combined|together|however|in addition|as a result|in particular|at the same time|for example|for instance|in turn|again)\s*$/i;
/** A fronted adverbial clause ("Giving effect to today's offering,", "According to the survey,"): no subject. */
export const EN_FRONTED_ADVERBIAL =
  /^\s*(?:(?:Giving|Taking|Excluding|Including|Adjusting|Reflecting|Following|Looking|Assuming|Using|Building|Applying|Counting)\b|According\s+to|Based\s+on|Compared\s+(?:with|to)|Relative\s+to|Prior\s+to|As\s+of)\b/;
/** A bracket right after a figure that restates it in another unit: "90 percent ($380 billion) of the funds". */
export const EN_RESTATED_IN_BRACKETS = /^\s*\([^()]{1,40}\d[^()]{0,20}\)(?=\s+of\s)/;
/** "an average of", "a total of", "an estimated": the lead of a quantity, which names nothing it measures. */
/** "Of which 181 were affordable homes": a bare count, then were/are and the plural noun phrase it counts. */
/** A share alone ("4%", "62%"): its restatement in brackets may follow ("4% (57 trains) were passenger trains"). */
export const EN_BARE_SHARE_SPAN = /^\d[\d,.]*\s*(?:%|percent|per\s*cent)$/;
/** A count restating a share in brackets right after it ("(57 trains)"). */
export const EN_RESTATING_BRACKET_LEAD = /^\s*\([^()]{1,30}\)/;
export const EN_COPULA_NOUN_AFTER =
  /^\s+(?:were|are)\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?((?:(?![a-z]+ed\b)[a-z][a-z-]*\s+){0,3}(?![a-z]+ed\b)[a-z][a-z-]*[^s\W]s)(?=\s*[,.;:)]|\s+(?:and|in|at|from|for|with|while)\b)/;
/** The joiner that ends a list's previous item ("…of passengers and"; not "or", which restates: "$184.6 billion, or 43.2% of GDP"). */
export const EN_LIST_JOINER_END = /(?:\band|\bwhile|\bwhereas)\s*$/i;
/** A share followed by the whole it is of ("98 percent of cargo"). */
export const EN_SHARE_OF_OWN_WHOLE_AFTER = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z]/i;
/** "Rural roads carry around 95 percent of passengers", "dedicating more than 40 percent of its lending": a verb whose object is the share, of the whole named after it. */
export const EN_SHARE_OBJECT_VERB_BEFORE =
  /\b(?:carr(?:y|ies|ied|ying)|dedicat(?:e|es|ed|ing)|serv(?:e|es|ed|ing)|handl(?:e|es|ed|ing)|transport(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|channel(?:s|led|ing)?)\s+$/i;
export const EN_QUANTITY_LEAD_BEFORE = /\b(?:an?\s+)?(?:average|total|maximum|minimum)\s+of\s+$|\ban\s+estimated\s+$/i;
/** A phrase read before the figure that ends in the quantity's lead ("Under the programme a total"). */
export const EN_QUANTITY_LEAD_END = /\s\b(?:an?\s+)(?:total|average|maximum|minimum)$/i;
/** The quantity's lead opening a clause joined by "and" ("… employment and a total"). */
export const EN_JOINED_QUANTITY_LEAD = /\band\s+an?\s+(?:total|average|maximum|minimum)$/i;
/** A phrase of only a fronted preposition and its object ("Under Pradhan Mantri Awaas Yojana", "In 2023"): no measure. */
export const EN_FRONTED_PHRASE_ONLY =
  /^(?:under|in|during|since|by|from|for|over|through|throughout|within|across|at)\s/i;
/**
 * "carried 10.9% more passengers, seasonally adjusted", "employed 2.1% more full-time equivalents (FTEs) in July": the
 * noun a percentage more or fewer counts (group 1), up to a bracket, comma, "than" or a phrase of time.
 */
export const EN_PERCENT_MORE_NOUN_AFTER =
  /^\s+(?:more|fewer)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s)(?=\s*(?:[(,.;]|$)|\s+(?:than|in|on|during|from|over|compared|last|this|a|per)\b)/;
/** The "of" that opens the whole a share is of, with its article and a money figure that modifies it. */
export const EN_OF_WHOLE_LEAD = new RegExp(
  String.raw`^\s+of\s+(?:the\s+)?(?:[$£€]\d[\d,.]*\s+(?:(?:${EN_SCALE_WORDS})\s+)?)?`,
  'i',
);
/**
 * "25 million more Economic Impact Payments", "1 million of these “plus-up” payments": words between a bare figure
 * and the noun it counts.
 */
export const EN_MORE_BEFORE_NOUN =
  /^\s+(?:more|additional|new|fewer|other|of\s+(?:these|those|the|its|their|all))\s+(?=["“‘]?[A-Za-z])/i;
/** A span that is a figure alone, perhaps with its scale word: "more than 1 million", "25 million". */
export const EN_BARE_FIGURE_SPAN = new RegExp(String.raw`\d(?:\s*(?:${EN_SCALE_WORDS}))?$`, 'i');
/** Quote marks opening a phrase ("“We are …", "“plus-up” payments"): not part of a subject's first word. */
export const EN_OPENING_QUOTE = /^["“‘]+/;
/** A name whose quotes were left on it (`Transportation equipment"`, the opening one cut before): the name alone. */
export const EN_QUOTED_NAME = /^["“]?([^"“”]+?)["”]$/;
/** A finite verb right after a figure: the figure is its subject ("0.7 million worked at", "15.4 million were"). */
export const EN_VERB_AFTER_FIGURE =
  /^\s+(?:(?:were|was|are|is|have|has|had|will|would|could|can|may)\b|[a-z]+ed\s+(?:at|in|on|as|by|for|to|from|with|into)\b)/;
/** A clause with its own figure and verb before "and": "0.7 million worked at the local level and (0.5 million)". */
export const EN_FIGURE_CLAUSE_BEFORE_AND =
  /(?:\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+|^\s*)[a-z]+ed\s+(?:at|in|on|as|by|for|to|from|with|into)\b[^,;]*\s+and\s*$/;
/** A participle and its determiner before a noun phrase: "exceeding its goal", "including the cost". */
export const EN_PARTICIPLE_LEAD = /^[a-z]+ing\s+(?:its|their|the|a|an|his|her|our)\s+(?=[A-Za-z])/;
/**
 * Everything up to a subordinator that opens the figure's own clause ("… has improved while call volume is up"), or
 * all of it when the subordinator stands right before the figure ("… contributed as nearly 73,500 homeowners …").
 */
export const EN_SUBORDINATOR_CUT =
  /^.*\b(?:while|whereas|although|though|because|(?:year|period|quarter|month|time)\s+(?:(?:in|during)\s+which|when))\s+(?=[A-Za-z])|^.*(?<!\b(?:such|much|many|well|high|low|far|long|large|little|few|soon|same))\s+as\s*$/i;
/** What stands before a subject's last list item: "meats, poultry, fish, and (eggs)". */
export const EN_LIST_BEFORE_ITEM = /\w,\s+\w[^,]*,\s*(?:and|or)\s+$|\w,\s+\w[^,]*\s(?:and|or)\s+$/i;
/** A bare relational noun: what it is of stands in an earlier subject ("the change for February" → change in …). */
export const EN_BARE_RELATIONAL = /^(?:change|revision|rate|number|level|share|total|increase|decrease|gain|loss)$/i;
/** "…places, where employment rose by 50,000": the place a where-clause is about. */
export const EN_WHERE_OPENER = /^\s*where\s+/i;
/** Nouns of money that a source or purpose after them belongs to: "funding from the Bipartisan Infrastructure Law". */
export const EN_MONEY_NOUN =
  /\b(?:funding|funds|investment|investments|grants?|loans?|awards?|spending|savings|revenues?|credits?)$/i;
export const EN_MONEY_SOURCE_AFTER =
  /^\s+((?:from|for)\s+(?:the\s+)?[A-Za-z][A-Za-z'’-]*(?:\s+(?:and\s+)?(?!(?:in|for|during|than|which|that|who|from|to|as|over|since|between|of|on|at|by|with|while|but|will|would|is|are|was|were|has|have|had)\b)[A-Za-z][A-Za-z'’-]*){0,6})/i;
/** The words before the place a where-clause is about: "most of the job growth occurred in | food services". */
export const EN_PLACE_CUT =
  /^.*\b(?:in|at|across|within|among|by|for|to|from|with|as|including|such as|was|were|is|are)\s+/i;

/** A span that ends in a percentage ("6.5%", "3.6 percent"). */
export const EN_PERCENT_SPAN_END = /(?:%|\bper\s?cent)$/i;
/** A place named after a figure: "in Wales", "in the East Midlands". */
export const EN_PLACE_AFTER = /^\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*/;
/** A Latin letter anywhere: a subject that has none names nothing in English. */
export const EN_LATIN_LETTER = /[A-Za-z]/;

/**
 * A figure that modifies the noun phrase after it stands after a determiner or a possessive, perhaps with an
 * adjective: "a $6.8 billion positive return", "Treasury's $20.7 billion … offering", "the overall $22.7 billion …".
 */
export const EN_ATTRIBUTIVE_LEAD =
  /(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those)|[A-Za-z)]['’]s)\s+(?:(?:combined|overall|total|additional|estimated|initial|cumulative|net|annual|further|proposed|planned|new|remaining|full|entire|expected|anticipated|forecast|budgeted|targeted|average|original|preliminary|provisional|final|actual|record|reported|projected|gross)\s+)?$/i;
/** A capitalised name of a measure right after a figure: "15% Level of Service", "a 3% Cost-of-Living Adjustment". */
export const EN_NAMED_MEASURE_AFTER = /^[ \t]+[A-Z][a-z]+(?:-[A-Za-z]+)*\s+(?:of\s+)?[A-Z][a-z]+/;
/** The span of such a figure has no counted noun of its own: money, a percentage or a bare number. */
export const EN_ATTRIBUTIVE_SPAN = new RegExp(
  String.raw`^[^A-Za-z]*(?:[A-Za-z]*\s*[\d.,]+\s*(?:percent|per cent|%|${EN_SCALE_WORDS}|bn|mn|m|k)?)$`,
  'i',
);
/** Words that end the phrase a figure modifies: verbs of the clause, relatives, conjunctions of clauses. */
export const EN_ATTRIBUTIVE_STOP = new Set(
  (
    'is are was were be been being has have had will would can could may might shall should must do does did ' +
    'which that who whom whose where when while whereas but than as because if although though alone ' +
    'represented represents represent accounted accounts include includes included including compared ' +
    'respectively since resulted results reflected reflects came comes remained remains helped led brought ' +
    'went goes stood stands amounted amounts totaled totalled totals reached reaches ' +
    // verbs a survey's share of people does ("9% of victims received help"), seldom participles after a noun
    'received experienced said showed indicated felt believed ' +
    // what the counted events involved or when they happened ("14% of rail accidents involved vehicles"; "involved in"
    // is a participle after its noun: EN_PARTICIPLE_WHEN_FOLLOWED)
    'involved involve involves occurred happened died ' +
    // a place, a time or an agent after the phrase says where, when or by whom, not what
    'near after before within around during throughout via by until amid despite following'
  ).split(' '),
);
/** Stop words that are participles after their noun when this follows them ("the trains involved in rail accidents"). */
export const EN_PARTICIPLE_WHEN_FOLLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['involved', new Set(['in', 'with'])],
]);
/** The words a period after a phrase opens with (tested first: the period pattern reads the rest of the phrase). */
export const EN_PERIOD_OPENERS = new Set(['for', 'in', 'during', 'over']);
/** "for the fiscal year", "for the 10-year time period", "in the first quarter": a period after the phrase says when. */
export const EN_PERIOD_AFTER_PHRASE =
  /^(?:for|in|during|over)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar|current|previous|past|prior|first|second|third|fourth|full|same|latest|[a-z0-9]+-(?:year|month|week))\s+)*(?:year|quarter|month|period|week|half|time\s+period)\b/i;
/** Words that cannot open the phrase: prepositions, connectors, articles, periods, verbs of being. */
export const EN_ATTRIBUTIVE_NOT_FIRST = new Set(
  (
    'in of to for from and or on at by with during over under into through about above below per than as ' +
    'a an the this that these those each every respectively annually a-year year years month months quarter ' +
    'quarters week weeks day days percent cent'
  ).split(' '),
);
/** Heads that say only how a figure is expressed ("the 3.4 percent pace", "a 2.1 percent annual rate"). */
export const EN_ATTRIBUTIVE_EMPTY_HEAD =
  /^(?:pace|rate|clip|level|annual|annualized|seasonally|adjusted|monthly|quarterly|yearly|year-over-year|year-on-year|mark|figure|amount|sum|total|share|threshold|range|estimate)$/i;
/** Heads that name a change: the change rules read what changed ("a 1.9 percent decline in …"). */
export const EN_ATTRIBUTIVE_CHANGE_HEAD =
  /^(?:increase|decrease|rise|fall|drop|reduction|decline|growth|gain|cut|jump|advance|surge|climb|dip|slide|slump|rebound|improvement|worsening|deterioration|contraction|expansion|downturn|upturn|loss)e?s?$/i;
/** Words that join the phrase to a complement ("return on …", "commitment to stabilize AIG"). */
export const EN_ATTRIBUTIVE_PREPOSITION =
  /^(?:on|in|into|for|from|of|to|at|per|under|with|against|during|across|among)$/i;
/** Words a phrase cut short may end on: prepositions, articles, connectors, a participle before its "by". */
export const EN_ATTRIBUTIVE_DANGLING =
  /^(?:on|in|into|for|from|of|to|at|per|under|with|against|during|across|among|by|as|and|or|the|a|an|its|their|between|than|over|about|around|aged|[a-z]+ed)$/i;
/** "and"/"or" before one of these opens a new item of the clause, not a part of the phrase. */
export const EN_ATTRIBUTIVE_NEW_ITEM =
  /^(?:a|an|the|its|their|[$£€]|\d|millions|thousands|hundreds|billions|many|most|some|all|other|others)\b/i;
/** A footnote mark glued to a word ("versions.[3]", "AIG[1]"): it ends the phrase. */
export const EN_FOOTNOTE_MARK = /\[\d{1,2}\].*$/;
/** A year inside the phrase ("offering in September 2012"); any other figure ends it. */
export const EN_YEAR_WORD = /^(?:19|20)\d\d[,;:.]?$/;
/** A figure that is part of an adjective ("15-year lifespan", "75-year actuarial balance") is no other figure. */
export const EN_NUMBER_ADJECTIVE = /^\d+-[A-Za-z]/;
/** The words of a phrase after a figure: white space between them; a word opening with a letter (or a quote). */
export const EN_SPACES = /\s+/;
export const EN_PHRASE_FOLLOWS = /^\s+[A-Za-z]/;
export const EN_WORD_START = /^["“‘]?[A-Za-z]/;
/** Another figure inside the phrase ends it ("$1,500", "30%"). */
export const EN_FIGURE_WORD = /^[$£€\d]/;
/** Punctuation glued to a phrase's last word; initials whose full stops end nothing ("U.S."). */
export const EN_TRAILING_PUNCTUATION = /[,;:.!?]+$/;
export const EN_INITIALS = /^(?:[A-Z]\.)+$/;
/** A phrase a figure modifies is read up to this many words. */
export const EN_ATTRIBUTIVE_MAX_WORDS = 14;

const PERIOD_NAME =
  '(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s*[-–]\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?(?:\\s+\\d{4})?|Q[1-4]|H[12]|(?:the\\s+)?(?:first|second|third|fourth)\\s+(?:quarter|half)|FY\\s?\\d{2,4}|\\d{4}(?:[-/]\\d{2,4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?)';
/** The gap before a period's item of a list after a semicolon: "; Q2 at ", "; and Q4 at ", "; 2025 at ". */
export const EN_PERIOD_ITEM_GAP = new RegExp(`^\\s*;\\s*(?:and\\s+)?(?:in\\s+)?${PERIOD_NAME}\\s+(?:at|of)\\s+$`, 'i');
/** A subject that names only a period ("Q2", "2025"). */
export const EN_PERIOD_ONLY_SUBJECT = new RegExp(`^${PERIOD_NAME}$`, 'i');
/**
 * One word that names nothing measured: an adverb or a preposition left as a subject ("now", "against"), a relative
 * pronoun ("of whom 66 900 were males"), a verb of reaching ("increased by 5 per cent to reach 1,161"), or a word that
 * frames the figure ("the result is nearly 1,000 fewer children", "a record 25.8 million passengers", "the equivalent
 * of 4.6 months").
 */
// ("As at December 2012, 616,000 …", "last Tuesday", "for December", "first six months of the fiscal year": an opener, a
// day, a month, a span of the year: when, not what.)
// ("(ii) 18,700 or about 45% of the unemployed": an item's enumerator names nothing either; nor does "This includes an
// improvement of $146 million", the move a total includes; nor a money unit or a span of time alone: "17 pence" read as its
// own noun, "14p a day which is only £52".)
export const EN_NOT_A_SUBJECT_WORD =
  /^(?:(?:largely|mainly|mostly|partly|primarily|chiefly)(?:\s+due\s+to)?|(?:pence|cents?|dollars?|pounds?|euros?)|(?:days?|weeks?|months?|years?|hours?)|(?:includes?|included|including)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:improvement|increase|decrease|reduction|rise|fall|drop|gain|loss)|[.;:]?\s*\(?(?:[ivx]{1,6}|[a-h]|\d{1,2})\)|now|currently|also|still|then|earlier|later|ago|previously|before|after|thus|therefore|however|meanwhile|moreover|again|against|versus|vs\.?|compared|with|from|to|between|whom|which|reach|result|equivalent|record|respectively|as|(?:last\s+|this\s+|next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:the\s+)?(?:first|last|past|next|final)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?(?:months?|weeks?|quarters?|years?|days?)(?:\s+of\s+(?:the\s+|this\s+|last\s+)?(?:fiscal\s+|financial\s+|calendar\s+|school\s+)?year)?|(?:(?:thousand|million|billion)\s+)?(?:per|a|each)\s+(?:day|week|month|year|hour)|(?:for|in|during|since|through)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)$/i;

/**
 * The lead of a breakdown by place or sector whose figures stand in brackets: "The largest increases in payroll
 * employment were in Quebec (", "Increases were recorded in Other Service Activities (", "a decrease in Ontario (".
 * Group measure: what the breakdown is of, when the lead names it.
 */
export const EN_BREAKDOWN_LEAD =
  /(?:\b(?<head>(?!(?:[Tt]he|[Tt]hese|[Tt]hose|[Ll]argest|[Bb]iggest|[Ss]mallest|[Mm]ain|[Oo]ther|[Ff]urther|[Nn]otable|[Ss]ignificant|[Mm]ajor|[Ss]trong|[Mm]odest)\b)[A-Za-z][a-z]+)\s+)?\b(?:[Ii]ncreases?|[Dd]ecreases?|[Gg]ains?|[Dd]eclines?|[Rr]ises?|[Ff]alls?|[Ll]oss(?:es)?|[Dd]rops?)(?:\s+in\s+(?<measure>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,5}?))?\s+(?:(?:was|were)\s+(?:(?:also|mainly|mostly|largely|partly)\s+)?(?:(?:recorded|seen|reported|registered|observed|posted)\s+)?(?:in|for|among)\s+|(?:occurred|came|took\s+place)\s+in\s+|in\s+(?=[A-Z]))/;
/** What follows the measure in a breakdown's lead ("… occurred in ", "… were in "). */
export const EN_BREAKDOWN_LEAD_TAIL =
  /\s+(?:(?:was|were)\s+)?(?:(?:also|mainly|mostly|largely|partly)\s+)?(?:(?:recorded|seen|reported|registered|observed|posted|occurred|came|took\s+place)\s+)?(?:in|for|among)\s+$/;
/** A figure in brackets (the second of a pair too: "(+27,200; "), with its sign. */
export const EN_BRACKETED_FIGURE_BEFORE = /\((?:\s*each\s+between|[^()\n]{1,30}?[;,])?\s*[-+−]?$/;
/** How far back a breakdown's lead is read from its figure (the list may be long). */
export const EN_BREAKDOWN_REACH = 800;
/**
 * What stands between a breakdown's lead and one of its figures, once the brackets of earlier items are taken out:
 * names and list words only (letters, spaces, commas, &). Character classes alone: no nested quantifier to backtrack.
 */
export const EN_BREAKDOWN_NAMES = /^[A-Za-z\s,;&.'’-]*$/;
/**
 * Names only (places, sectors: capitalised words, "the", "of", commas, "and"), the items of a list before a bracket.
 * Each word is read whole and each gap one way (a word, then one joiner): a run of capitals that fails must not be
 * split every way first (a 40-word headline in capitals took minutes).
 */
export const EN_NAMES_LIST =
  /^\s*(?:the\s+)?[A-Z](?=([A-Za-z.'’-]*))\1(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:of\s+)?)(?:the\s+)?[A-Z](?=([A-Za-z.'’-]*))\2)*\s*(?:,\s*(?:and\s+)?|\s+and\s+)?$/;
/**
 * "The unemployment rate also declined by 0.1 percentage point in Ireland (to 8.9%), Italy (to 11.5%)", "rates remain
 * high in Greece (47.9%) and Spain (47.7%)": a verb (in the past: "increases in the South East (9.6%)" is a noun) whose
 * places follow, each with its figures in brackets.
 */
export const EN_VERB_BREAKDOWN_LEAD = new RegExp(
  String.raw`\b(?:fell|declined|decreased|dropped|dipped|eased|rose|increased|grew|climbed|jumped|(?:edged|ticked)\s+(?:up|down)|remain(?:s|ed)?\s+(?:[a-z]+\s+)?(?:high|low|elevated|unchanged|stable))(?:\s+by\s+[^()\n]{1,40}?)?\s+in\s+(?=(?:the\s+)?[A-Z])`,
  'g',
);
/** The figure stands inside a bracket opened a short way before it ("(by 0.3 percentage point, to 3.1%"). */
export const EN_INSIDE_OPEN_BRACKET = /\([^()\n]{0,40}$/;
/**
 * The gap between two items of a list of named places or sectors, each with its figure: "(up 22.6%), Waikato (",
 * "per cent, Greater Accra, ", "percent (almost twice the EU average); Germany by ", "percent, followed by United
 * Airlines at ". The item's name is not its subject (H11-3): the item measures what the item before measures.
 */
export const EN_NAMED_ITEM_GAP =
  /^\)?\s*(?:\([^()\n]{0,60}\)\s*)?(?:[,;]|\s+and\b|\s+or\b)\s*(?:(?:and|or|while|followed\s+by)\s+)?(?:the\s+)?(?<name>[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,3})\s*(?:\(\s*(?:(?:up|down|to|by)\s+)?|,\s*|\s+(?:by|at)\s+)[-+−]?$/;
/** A phrase ending in a capitalised name ("followed by United Airlines", "the South East"). */
export const EN_ENDS_WITH_NAME = /(?:^|\s)[A-Z][\w.'’&-]*$/;
/** The brackets of the items before, in a breakdown's list. */
export const EN_BREAKDOWN_ITEM_BRACKET = /\([^()\n]{0,40}\)/g;
/** A verb between a breakdown's lead and a figure: the figure belongs to another clause. */
export const EN_BREAKDOWN_VERB =
  /\b(?:rose|fell|increased|decreased|grew|declined|dropped|climbed|was|were|is|are|had|has|have|accounted|totaled|totalled|reached)\b/i;

/**
 * "new houses, apartments, townhouses, and flats": plural nouns listed after a counted noun, the last after and/or.
 * The figure counts them all (held-out-9's and -11's coordinated subjects).
 */
export const EN_COUNTED_LIST_AFTER =
  /^(?:,\s*[a-z][a-z-]*s(?=,|\s+(?:and|or)\b)){1,6},?\s+(?:and|or)\s+[a-z][a-z-]*s\b/;
/** How far after a counted noun its list is read. */
export const EN_COUNTED_LIST_REACH = 120;

/**
 * A rule line of a plain-text release (a run of dashes, equals signs or underscores), or a news agency's dateline mark
 * ("KINGSTON, Jamaica, (JIS) –"): what stands before it is a header.
 */
export const EN_RULE_LINE_BEFORE = /^.*(?:-{4,}|={4,}|_{4,}|\([A-Z]{2,8}\)\s*[–—-])\s*/s;
/**
 * A heading or a navigation line run into the sentence ("24 July 2019⏎The rate", "News Data Methodology The unemployment
 * rate for April"): a sentence's capitalised article after a line break, or after a word that no article follows inside
 * a phrase (not "of The Hague"), opens the subject; what stands before it is another line's.
 */
export const EN_RUN_IN_LINE_BEFORE =
  /^.*(?:\n[ \t]*(?=(?:The|An?|This|These|Its|Their|Our) [a-z])|(?<![,;:]|\b(?:of|in|for|to|at|by|from|with|and|or|on|as|than|into|under|over|about|between))[ \t](?=The [a-z]))/s;
/**
 * The phrase before a figure that only names a move ("- An increase of", "A one-time decrease of"): the item of a list
 * of moves, measuring what the figure before does. ("Since September 2011, there has been an increase of 46,203" too.)
 */
// ("…due to service of a notice – an increase of 34.4%": a spaced dash sets the move off from the phrase before it.)
export const EN_MOVE_ONLY_BEFORE =
  /^(?:[^.;:!?]*\s[–—]\s*)?\s*(?:[-*•]\s*)?(?:there\s+(?:has|have|had)\s+been\s+|there\s+(?:was|were|is)\s+)?(?:an?\s+)?(?:(?:one-time|net|further|additional|small|large|slight|sharp)\s+)?(?:increase|decrease|rise|fall|drop|reduction|cut|gain|loss)\s+of\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+|roughly\s+)?$/i;

/** A phrase that opens with a preposition of time or place ("in September", "during the year"): no noun phrase. */
export const EN_PREPOSITIONAL_PHRASE = /^(?:in|during|on|at|for|over|since|by|from|through|within|throughout)\s/;
/** A label line that ends with a colon, over a figure on the next line: "Total Population:". */
export const EN_COLON_LABEL_LINE = /^[ \t]*(?:[-–•·▪*][ \t]*)?([A-Z][^\n:.;]{1,80}?)[ \t]*:[ \t]*$/;

/** "In Tanzania Mainland, growth was 4.9 percent": growth alone before its verb, the clause's subject (a growth rate). */
export const EN_GROWTH_WORD = 'growth';
export const EN_GROWTH_VERB_BEFORE =
  /(?:(?:^|[,;:]\s*|\b(?:and|while|but|whereas)\s+)growth(?:\s+(?:in|during|between|for)\s+[^,;]{1,30}?)?\s+(?:was|is|stood\s+at|remained(?:\s+at)?|reached|came\s+in\s+at|at|of|has\s+averaged|averaged)|\bthan\s+the\s+growth\s+of)(?:\s+(?:about|around|nearly|almost|an\s+estimated|some))?\s*$/i;
/**
 * "we achieved an impressive growth rate of 4.6 per cent", "more than double the growth of 1.8 per cent": growth named
 * by an article and evaluative words before its figure is the measure; group 1 is the growth (rate) as written.
 */
export const EN_GROWTH_OF_BEFORE =
  /\b(?:an?|the|our|its|their)\s+(?:(?:impressive|strong|stronger|robust|solid|modest|weak|weaker|slow|slower|fast|faster|higher|lower|average|overall|projected|estimated|expected|positive|healthy|sluggish|moderate|steady|record|unprecedented|remarkable|commendable|respectable|encouraging)\s+){0,2}((?:(?:real|economic)\s+)?growth(?:\s+rate)?)\s+of(?:\s+(?:about|around|nearly|almost|just\s+over|over|more\s+than|some|an\s+estimated))?\s*$/i;
/** "we expect growth for 2014 to be 4.2 per cent": growth raised to its figure by a verb of expecting. */
export const EN_GROWTH_TO_BE_BEFORE =
  /\bgrowth(?:\s+(?:for|in)\s+(?:(?:19|20)\d\d|the\s+year|this\s+year|next\s+year))?\s+to\s+(?:be|reach|average|come\s+in\s+at)(?:\s+(?:about|around|nearly|almost|over|more\s+than|some))?\s*$/i;
/**
 * "grew by 5.8 percent in the third quarter of 2022; 4.8 percent in the second quarter": between a figure and the next
 * item of its list only the first one's time or place and a separator; the item measures what the first measures.
 */
export const EN_PARALLEL_ITEM_GAP =
  /^\s*(?:in|during|for|over|at)\b[^.;:,()]{1,50}[;,]\s*(?:and\s+)?(?:an?\s+)?(?:record\s+)?$/i;
/**
 * "higher than the forecast of 3.0 per cent": a forecast or estimate named alone is one of the figure before's measure
 * (a target stays a target: "86.47% (against a target of 85%)").
 */
export const EN_FORECAST_ONLY = /^(?:forecast|projection|estimate|budget(?:ed)?\s+estimate)$/i;
/**
 * "$97.6 billion has been budgeted for the Agriculture Sector": money a passive verb assigns; group 1 is what it is
 * for, up to a punctuation mark or a time, place or agent phrase.
 */
export const EN_PASSIVE_ALLOCATION_AFTER =
  /^\s+(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be|would\s+be)\s+(?:(?:also|now|further)\s+)?(?:budgeted|allocated|earmarked|set\s+aside|invested|provided|approved|disbursed|committed|released|appropriated|spent)\s+(?:for|to|on|towards?|in)\s+(?:the\s+)?([^.;,:()]{3,80}?)(?=\s*[.;,:(]|\s+(?:in|during|under|over|through|by|from|since|this|last|next|to)\s|\s*$)/i;
/**
 * "$1.74B in revenue and $1.78B in spending", "realized $848.1 million in gross sales": money no object verb reads,
 * followed by "in" and what it is counted as (a closed list of heads: flows of money); group 1 is that noun phrase.
 */
export const EN_MONEY_IN_AFTER =
  /^\s+in\s+((?:(?:new|additional|total|federal|state|local|public|private|net|gross|annual|direct|foreign|tax|sales|income|property|capital|operating|emergency|grant|loan|[a-z]+-[a-z]+)\s+){0,3}(?:revenues?|spending|tax(?:es)?|funding|grants?|loans?|investments?|sales|income|expenditures?|savings|payments?|benefits|contracts|assistance|aid|relief|credits?|bonds|deposits|receipts|fees|fines|penalties|damages|wages|profits?|earnings|dividends|debt|financing|subsidies|exports|imports|remittances|disbursements|collections|refunds|rebates|cuts|outlays|claims|compensation|premiums|settlements|reimbursements))(?=\s*(?:[.,;:)—–-]|$)|\s+(?:and|or|in|during|over|this|last|for|to|by|at|through|across|under|on|with|compared|higher|lower|more|less|up|down)\b)/i;
/** "…64.9 billion yuan, with a growth of 9.3%": a clause restating the figure before; it names no growth of its own. */
export const EN_RESTATING_LEAD =
  /^[\s,]*(?:with|representing|reflecting|marking|showing|exhibiting|registering|recording|posting|witnessing|indicating|an?\s)/i;
/** "will add about $406 billion to the cumulative deficit": a verb adding the money, right before the figure. */
export const EN_ADD_VERB_BEFORE =
  /\b(?:add|adds|added|adding)\s+(?:(?:about|nearly|almost|some|roughly|approximately|around|an\s+estimated|over|more\s+than|another|an\s+additional)\s+)*$/i;
/** What the money is added to, named after the figure (a closed list of heads): group 1. */
export const EN_ADDED_TO_AFTER =
  /^\s+to\s+(?:the\s+|its\s+|their\s+|our\s+)?((?:[a-z][\w-]*\s+){0,3}?(?:deficits?|debt|budget|revenues?|spending|costs?|bill|outlays|economy|GDP|growth|output|reserves|surplus|income|savings|value|tax\s+base|payroll|coffers))\b/i;
/**
 * "Economic growth, calculated on a financial year basis, surged by 8.0%": a participle phrase set off by commas says how
 * the measure before it is counted; it names nothing itself. Group 1: the noun phrase before it.
 */
export const EN_INSERTED_PARTICIPLE =
  /(?:^|[,;]\s*)([^,;]{2,60}?),\s*(?:calculated|measured|adjusted|expressed|valued|computed|seasonally\s+adjusted|based|excluding|at\s+(?:constant|current)\s+prices)\b[^,;]{0,60},\s*(?:[a-z]+\s+){1,2}?(?:(?:by|to|at|of|from)\s+)?(?:(?:about|nearly|over|almost|some|around|more\s+than)\s+)?$/i;
/** An evaluative adjective left alone once its verb is cut ("reaching a substantial | $2.55 billion"): no subject. */
export const EN_LONE_EVALUATIVE_ADJECTIVE =
  /^(?:substantial|considerable|significant|staggering|remarkable|healthy|modest|impressive|massive|huge|whopping|hefty|solid|robust|all-time|historic|unprecedented)$/i;
/**
 * "Malaysia's trade recorded a sales value of RM142.7 billion": the measure a verb of result names with an article right
 * before "of" and the figure; group 1.
 */
export const EN_RESULT_MEASURE_OF_BEFORE =
  /\b(?:recorded|registered|posted|reported|achieved|generated|booked|realised|realized|logged)\s+(?:an?|the)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+of\s+(?:(?:about|nearly|almost|some|roughly|approximately|around|over|more\s+than|just\s+over|an\s+estimated)\s+)?$/i;
/** Evaluative adjectives opening such a measure ("an impressive growth rate"): no part of what is measured. */
export const EN_EVALUATIVE_LEAD =
  /^(?:(?:impressive|strong|stronger|robust|solid|modest|healthy|remarkable|commendable|respectable|encouraging|substantial|considerable|significant|record|whopping|staggering|massive|huge)\s+)+/i;
/**
 * "for grants of between $10 000 and $50 000", "offers loans of up to $10,000": money that sizes each of a kind of
 * payment named right before "of"; group 1 is the payment.
 */
export const EN_PAYMENT_OF_BEFORE =
  /\b((?:(?!(?:offers?|offered|provides?|provided|awards?|awarded|gives?|gave|pays?|paid|makes?|made|receives?|received|issues?|issued|imposed|for|of|and|or|the|with|in|to)\b)[a-z][\w-]*\s+)?(?:grants|loans|payments|fines|penalties|awards|bonuses|donations|allowances|rebates|subsidies|scholarships|stipends|vouchers|refunds))\s+of\s+(?:(?:between|up\s+to|about|around|nearly|almost|over|more\s+than|at\s+least)\s+)?$/i;
/**
 * "…exported 1.2 million bicycles and other cycles, worth a total of €471 million": an amount apposed after a comma
 * values the noun phrase before it (group 1, read from its last clause).
 */
/** Right after an apposed amount: its phrase ends (a comma, a full stop, a bracket), no noun of its own follows. */
export const EN_APPOSITION_ENDS_AFTER = /^(?:[,.;)]|$)/;
/**
 * "The strategy saw the Live Register fall from 14.1%", "The valuation put the liability at $68.4 billion", "…with
 * recorded offences rising 3.5%": the object of saw/put, or what moves after "with", is what the figure measures
 * (group 1), not the clause's subject.
 */
export const EN_OBJECT_SEEN_MOVING_BEFORE =
  /(?:\b(?:saw|sees|put|puts|placed|places)\s+(?:the|its|their|our)\s+((?:[A-Za-z][\w'’-]*\s+){0,5}?[A-Za-z][\w'’-]*)\s+(?:(?:fall|rise|drop|decline|increase|decrease|grow|climb|reach|jump|surge)(?:\s+(?:from|to|by))?|at)|\bwith(?:\s+(?:the|its|their|our))?\s+((?:[A-Za-z][\w'’-]*\s+){0,5}?[A-Za-z][\w'’-]*)\s+(?:falling|rising|dropping|declining|increasing|decreasing|growing|climbing|jumping|up|down)(?:\s+(?:from|to|by))?)\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|roughly)\s+)?$/i;
/**
 * Between one place's bracketed move and the next place's ("(5% to 65,576 victims), Western Australia (", "… victims) and
 * the Australian Capital Territory ("): the items of one list of places, each of the same measure.
 */
export const EN_BRACKETED_PLACE_ITEM_GAP =
  /^\s*(?:to\s+[$£€]?\d[\d,.]*(?:\s+[a-z]+)?\s*)?\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*\(\s*$/;
/** Between a count and a bare one set against it: its verb phrase, then "while" or "whereas" ("moved to Norway while"). */
export const EN_CONTRAST_COUNT_BEFORE = /^\s+(?:[a-z]+\s+){1,4}?[a-z]+\s*,?\s+(?:while|whereas)\s+$/i;
/** "(5% to 65,576 victims)": the level a bracketed move reached, right after it. */
export const EN_BRACKETED_LEVEL_REACHED_GAP = /^\s*to\s+$/;
/** "holding deposits worth Rs 2,00,958 crore": the words before worth right before an amount (no comma: see above). */
export const EN_NOUN_WORTH_BEFORE =
  /(?:^|[^,;:\s])\s((?:[A-Za-z][\w'’-]*\s){1,5})worth\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|roughly|an\s+estimated)\s+)?$/i;
/** …of which the noun before worth is read back to a verb, a preposition, an article or a pronoun. */
export const EN_NOT_WORTH_NOUN_WORD =
  /^(?:[a-z]+ing|[a-z]+ed|of|in|on|at|for|to|by|with|from|and|or|the|a|an|its|their|our|his|her|is|are|was|were|be|been|has|have|had|this|that|these|those|some|any|each|which|who)$/i;
export const EN_WORTH_NOUN_MAX_WORDS = 3;
/** Everything up to the last figure of a phrase and its scale word ("the EU exported 1.3 million| bicycles"). */
export const EN_THROUGH_LAST_FIGURE = /^.*\d[\d,.]*(?:\s*(?:million|billion|trillion|thousand|bn|mn|m)\b)?\s*/i;
export const EN_WORTH_APPOSED_BEFORE =
  /([A-Za-z][^,;:()]{2,80}?),\s*(?:worth|amounting\s+to|totall?ing|(?:estimated|projected|forecast|pegged|put|placed)\s+at)\s+(?:(?:a\s+total|an\s+estimated|a\s+combined)\s+of\s+)?(?:(?:about|around|nearly|almost|some|over|more\s+than|roughly)\s+)?$/i;
/** A year or fiscal year opening a phrase (2016-17 deficit, 2027-28 deficit, FY2024 revenue): it dates what follows. */
export const EN_YEAR_OPENING = /^(?:FY\s?)?(?:19|20)\d\d(?:[-/–](?:\d{2}|\d{4}))?\s+[A-Za-z]/;

/**
 * "Month-on-month increases were recorded for sugar, sweets, and desserts (4.5%); vegetables (0.9%)", "the largest
 * increases were in accommodation and food services (+14,700)": the moves' lead; each bracketed figure measures its item.
 */
export const EN_MOVES_RECORDED_FOR =
  /\b(?:increases?|decreases?|rises?|falls?|gains?|declines?|drops?)\s+(?:were|was)\s+(?:(?:recorded|registered|seen|observed|reported)\s+)?(?:for|in)\s+/gi;
/** "inflation increased in gas charges by (114.64%), Onions (75.20%), …": a move's verb before a list of its items. */
export const EN_MOVED_IN_LIST_LEAD =
  /\b(?:increased|decreased|rose|fell|declined|dropped)\s+(?:(?:the\s+)?most\s+)?(?:in|for)\s+/gi;
/** A period or a date is no item of such a list ("rose in the third quarter (2.1%)"). */
export const EN_PERIOD_ITEM =
  /\b(?:quarter|month|year|week|period|half|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/i;
/** A bracketed percentage of a list: "(75.20%)". */
export const EN_BRACKETED_PERCENT = /\(\s*[+−-]?\d[\d.,]*\s*%\s*\)/g;
/** The size's "by" left at the end of a list's first item ("gas charges by (114.64%)"). */
export const EN_ITEM_BY_END = /\s+by$/i;
/** The separators before a list item (after the bracket of the item before): "; ", ", ", "; and ", " and ". */
export const EN_ITEM_SEPARATOR_LEAD = /^[\s;,]*(?:and\s+)?(?:the\s+)?/i;
/** An item of such a list: words only, no figure, at most eight words. */
export const EN_BRACKETED_ITEM = /^[A-Za-z][\w&'’-]*(?:,?\s+[\w&'’-]+){0,7}$/;
/** An open bracket before the figure: "vegetables (0.9%", "services (+14,700", and its second figure "(+14,700; +1.7%". */
export const EN_OPEN_BRACKET_BEFORE_FIGURE = /\((?:\s*[+−-]?[$£€]?\d[\d,.]*\s*%?\s*[;,]\s*)?$/;
/** An item that opens in lower case: a category named by common nouns, not a place or a named division. */
export const EN_LOWER_CASE_ITEM = /^[a-z]/;
/**
 * A press release's dateline before its first sentence ("WASHINGTON, Oct. 26, 2016 –", "WASHINGTON – (RealEstateRama)
 * —", "OTTAWA, ON —"): the place and date it was issued, no part of the subject. Its brackets may be full-width:
 * the text layer reads a bracket beside a dash as Chinese punctuation.
 */
export const EN_DATELINE =
  /^\s*[A-Z]{3,}(?:[ .'’-]+[A-Z]{2,}\.?)*(?:,\s*(?:[A-Z](?:\.?[A-Z])+\.?|[A-Z][a-z]{1,9}\.?)(?:\s+\d{1,2})?)*(?:,\s*(?:19|20)\d\d)?\s*(?:[(（][^()（）\n]{1,40}[)）]\s*)?(?:[–—]|\s-{1,2}\s)\s*(?:[(（][^()（）\n]{1,40}[)）]\s*(?:[–—]|-{1,2})\s*)?/;

/** A balance named alone as a subject: "deficit", "net outflow". */
export const EN_BALANCE_ONLY = /^(?:net\s+)?(?:deficits?|surplus(?:es)?|outflows?|inflows?)$/i;
/**
 * "the current account registered a deficit of", "Foreign investments in the government securities market recorded a
 * net outflow of", "the overall BOP is estimated to have recorded a deficit of": the account a balance is of (group 1),
 * a noun phrase headed by an account's word, before a verb of recording.
 */
export const EN_BALANCE_HOLDER_BEFORE =
  /(?:^|[.;:!?]\s+|\n\s*|,\s+)(?:(?:the|its|their)\s+)?((?:[A-Za-z][\w’'()-]*\s+){0,8}?(?:account|accounts|balance|BOP|\(BOP\)|payments|investments?|loans(?:\s+to\s+the\s+[A-Z][a-z]+)?|flows|market|trade|portfolio|remittances|transfers))\s+(?:(?:is|was|are|were)\s+(?:estimated|projected|expected)\s+to\s+have\s+)?(?:(?:has|have|had)\s+)?(?:registered|recorded|posted|showed|ran|remained\s+(?:at|in)|turned\s+(?:into|to)|swung\s+(?:into|to)|widened\s+to|narrowed\s+to)\s+(?:a|an)\s+(?:(?:net|larger|smaller|higher|lower|record)\s+)?(?:deficits?|surplus(?:es)?|outflows?|inflows?)\s+of\s+(?:(?:about|around|nearly|some|approximately|roughly|over|more\s+than)\s+)?$/i;
/** "compared to a deficit of", "as compared to a surplus of": a balance set against the one before. */
export const EN_COMPARED_BALANCE_BEFORE =
  /\b(?:compared\s+(?:to|with)|versus|against)\s+(?:a|an|the)\s+(?:net\s+)?(?:deficits?|surplus(?:es)?|outflows?|inflows?)\s+of\s+(?:(?:about|around|nearly|some|approximately|roughly)\s+)?$/i;
/** The places a moved noun phrase names after it ("arrivals from the United States"): no part of what moved. */
export const EN_FROM_PLACES_TAIL = /\s+(?:from|in)\s+(?:the\s+)?[A-Z][^]*$/;
/**
 * "The Food Group marked the major price increase of 2.7%", "Exports posted a growth of 5%": a move a holder recorded
 * measures the holder (group 1), a noun phrase before the verb of recording.
 */
export const EN_HOLDER_RECORDED_MOVE_BEFORE =
  /(?:^|[.;:!?]\s+|\n\s*|,\s+)(?:(?:the|its|their)\s+)?((?:[A-Za-z][\w’'()&-]*\s+){0,6}?[A-Za-z][\w’'()&-]*)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:recorded|registered|posted|showed|saw|marked|experienced|witnessed)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:increase|decrease|rise|fall|drop|decline|growth|gain|contraction|expansion)\s+of\s+(?:(?:about|nearly|almost|some|roughly|approximately|around|more\s+than|over|just|only)\s+)?$/i;
/** A subject read as the move itself ("major price increase"). */
export const EN_MOVE_NOUN_END = /\b(?:increase|decrease|rise|fall|drop|decline|growth|gain|contraction|expansion)$/i;
/** Who reports a move is no holder of it ("The survey showed an increase of 3%"). */
export const EN_SOURCE_HOLDER =
  /^(?:survey|report|data|figures?|statistics|study|analysis|results?|release|estimates?)$/i;

/**
 * A count's span that names what it counts after the figure ("more than 350 application centers", "348 more staff"):
 * group 1 is that noun phrase. Approximation words, scale words and "more/fewer" belong to the figure, not the noun.
 */
export const EN_OWN_COUNTED_NOUN = new RegExp(
  String.raw`^(?:(?:(?:more|less|fewer)\s+than|over|nearly|almost|about|around|approximately|some|just\s+(?:over|under)|under|up\s+to)\s*)?[$£€]?\d[\d.,]*\s*(?:(?:${EN_SCALE_WORDS}|m|bn|k)\s+)?(?:(?:more|fewer|less|additional|extra)\s+)?(?!(?:${EN_SCALE_WORDS}|m|bn|k|percent|per\s+cent|percentage|points?|basis)\b)([A-Za-z][A-Za-z’'\-]*(?:\s+[A-Za-z][A-Za-z’'\-]*){0,4})$`,
  'i',
);

/**
 * "… with 4 fewer victims per day", "with more than 2 million travelers enrolled": after "with", a count that is more or
 * fewer, or that a participle follows, measures its own noun ("… category with 1.2 million employees" measures the
 * category).
 */
/** "Directed patrols continued with the completion of 1,115 park patrols": what was completed is the count's own noun. */
export const EN_WITH_NOMINAL_OF_BEFORE =
  /\bwith\s+the\s+(?:completion|addition|arrival|opening|launch|delivery|hiring|recruitment|training|registration)\s+of\s+(?:(?:about|over|nearly|almost|around|some|more\s+than)\s+)?$/i;
export const EN_WITH_FIGURE_BEFORE =
  /\bwith\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|approximately\s+|some\s+|just\s+(?:over|under)\s+|under\s+)?$/i;

/** "with 348 more staff": the count is more or fewer than a basis. */
export const EN_MORE_OR_FEWER_IN_SPAN = /\d\s*(?:[a-z]+\s+)?(?:more|fewer|less|additional|extra)\s/i;
/** "with more than 2 million travelers enrolled": a participle right after the count's span. */
export const EN_PARTICIPLE_AFTER_SPAN = /^\s+[a-z]+ed\b/;
/** "America's 30 million small businesses": a possessive before the figure; the count measures its own noun. */
export const EN_POSSESSIVE_BEFORE_FIGURE =
  /[A-Za-z][’']s\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?$/i;

/**
 * "… and the 4.16 million departures were up 18 per cent": a figure after "the" inside its clause is its noun
 * phrase's, the subject of the clause it opens (after a coordinator or a comma).
 */
export const EN_ARTICLE_OPENS_FIGURE_CLAUSE = /(?:,|\band|\bwhile|\bbut|\bwhereas)\s+the\s+$/i;

/** "More than 2500 of those calls for service were …": a part of a set named after the figure; group 1 the set's noun. */
export const EN_PARTITIVE_AFTER =
  /^\s+of\s+(?:those|these|the|them|all)\s+([a-z][\w-]*(?:\s+(?:for|of|in)?\s*[a-z][\w-]*){0,4}?)(?=\s+(?:were|was|are|is|had|have|involved|related|resulted|came)\b)/;

/** "307 deaths due to COVID-19 in Q1 2023, accounting for 3.0% of deaths": the share is of the figure before's thing. */
export const EN_ACCOUNTING_FOR_GAP =
  /^[^.;]{0,80}?,\s*(?:accounting|which accounted|which accounts)\s+for\s+(?:(?:about|nearly|more than|over|approximately|around|roughly|almost|just|only)\s+)?$/i;

/** The word before a figure, unless an article makes it an adjective ("an expected 2,000 jobs"); group 1. */
export const EN_LAST_WORD_BEFORE = /(?<!\b(?:a|an|the)\s+)\b([A-Za-z]+)\s+$/;

/** Verbs of inclusion: "award recipients include 58 organizations" says what the phrase holds, as a verb of scope does. */
export const EN_INCLUSION_VERBS = new Set(['include', 'includes', 'included', 'contain', 'contains', 'contained']);

/**
 * The past form of an action verb that ends a phrase run up to a count ("The National Organised Crime Group undertook
 * 45 operations", "the office processed 263,000 payments"): the phrase is the agent and its verb, not what is counted.
 * A present verb of scope ("Urban CPI covers 35 cities") describes its subject and is left alone; so is an adjective after
 * an article ("will create an expected 2,000 construction jobs").
 */
export const EN_AGENT_PAST_VERB_END =
  /(?<!\b(?:a|an|the))\s(?:[a-z]+ed|undertook|took|made|held|ran|built|sold|won|gave|brought|bought|caught|sent|spent|dealt|met|found|led|kept)$/;

/**
 * A phrase that only says when ("from the start of this year up to 15 July", "between 1 January and 15 July"): the
 * count's own noun says what.
 */
export const EN_WHEN_ONLY_PHRASE =
  /^(?:from|between|since|during|until|up\s+to|through)\s+(?:the\s+)?(?:(?:start|beginning|end)\s+of\s+)?(?:(?:this|last|the)\s+)?(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:19|20)\d\d|year|month|quarter|week)\b[^,;]*$/i;

/**
 * A verb of handling or serving alone, its particle at most ("… and carry 70 million people", "pay out £27,775
 * million", "… goods and carry"): a subject cut down to the verb of a coordinated predicate; the count's own noun
 * says what.
 */
export const EN_BARE_VERB_PHRASE =
  /^(?:[\s\S]*\sand\s+)?(?:carr(?:y|ies|ied)|moved?|moves|pa(?:y|ys|id)(?:\s+out)?|serve[sd]?|handle[sd]?|transport(?:s|ed)?|deliver(?:s|ed)?|process(?:es|ed)?|collect(?:s|ed)?|receive[sd]?|issue[sd]?|welcome[sd]?|treat(?:s|ed)?|train(?:s|ed)?|hire[sd]?|help(?:s|ed)?)$/i;

/** "(ii) Around 25,500 (61%) of the unemployed": a list item's enumerator opening the clause, not part of it. */
export const EN_ITEM_ENUMERATOR_LEAD = new RegExp(String.raw`^\s*${EN_ITEM_ENUMERATOR}\s+`);

/**
 * "…about 19 million deaths, or 36% of the global total", "averaged 35.4 Bcf/d, or 40% of U.S. natural gas consumed":
 * between the figure before and a share, a comma and "or" (a few unit words before them at most) restate that figure.
 */
export const EN_RESTATED_SHARE_BETWEEN = /^[^\d.;:()]{0,30}?,\s*or\s+$/i;
/** …and "of" opens the share's whole after it. */
export const EN_OF_WHOLE_OPENS = /^\s*of\s/i;
/** "About $2.1 billion of this difference stems from …": a part of what the sentence before measured. */
export const EN_PART_OF_THIS_AFTER = /^\s+of\s+(?:this|that|these|those)\b(?!\s+(?:year|month|quarter|week|total)\b)/i;

/**
 * "net debt has improved with net cash and investments now projected to reach $409.5 million": what "with" names is
 * what the forecast figure measures. Group 1: the phrase.
 */
export const EN_WITH_PROJECTED_BEFORE =
  /\bwith\s+(?:the\s+|its\s+|their\s+)?((?:[A-Za-z-]+\s+){0,4}?[A-Za-z-]+)\s+(?:now\s+)?(?:expected|projected|forecast|estimated|set)\s+to\s+(?:be|reach|total|hit|exceed)\s+(?:(?:about|around|nearly|over|more\s+than|almost|some|just)\s+)?$/i;

/**
 * "Almost $4 billion has gone toward state health insurance claims": what money goes toward, read after the figure when
 * nothing before it names it. Group 1: the phrase.
 */
export const EN_GONE_TOWARD_AFTER =
  /^\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:gone|go|goes|went)\s+(?:toward|towards|to)\s+((?:[a-z][\w'’-]*\s+){0,5}?[a-z][\w'’-]*)(?=\s*(?:[.,;:]|\s+(?:owed|in|for|at|by|from|and|which|that)\b))/i;
/** The verb of going read as a subject ("About $2 billion went to the states": "went"). */
export const EN_GOING_VERB_ONLY = /^(?:has\s+|have\s+|had\s+|will\s+)?(?:gone|go|goes|went)$/i;

/**
 * A bullet list's lead line that names the set its items count: "Of all prisoners:", "Of the 40,627 prisoners, there
 * were:", "The main characteristics of the unemployed at the first quarter of 2020 were:" (group 1 or 2 the set; not a
 * pronoun's "Of these:").
 */
export const EN_BULLET_LEAD_SET =
  /^\s*(?:\d{1,2}\.\s+)?(?:Of\s+(?:the\s+|all\s+)?(?:[\d,.]+\s+)?(?!(?:these|those|them|which|whom)\b)([a-z][\w'’ -]{2,60}?)(?:,?\s*there\s+(?:were|was|are|is))?|(?:The\s+)?(?:main\s+|key\s+)?(?:characteristics|profile|features)\s+of\s+(?:the\s+)?([a-z][\w'’ -]{2,40}?)(?:\s+(?:at|in|for|during|over)\s+[^:]{1,60}?)?\s+(?:were|are|was|is))\s*:\s*$/i;
/**
 * A bullet list's lead line that names a measure before its copula: "The imprisonment rate per 100,000 adult population
 * was:" (group 1 the measure, without its base). Only a measure's head word, not "The main findings were:".
 */
export const EN_BULLET_LEAD_MEASURE =
  /^\s*(?:the\s+)?([A-Za-z][\w'’ -]{0,50}?\b(?:rate|number|total|share|proportion|percentage|average|median|count|level|population|value|amount)s?)(?:\s+(?:per|of|for)\s+[^:]{1,60}?)?\s+(?:was|were|is|are|stood at)\s*:\s*$/i;

/**
 * "This represents a rate of 438 offenders per 100,000 adult population": a rate a pronoun restates names the rate as
 * the measure (group 1), not the noun it counts.
 */
export const EN_RESTATED_RATE_BEFORE =
  /\b(?:this|that|which|it)\s+(?:represents|represented|is|was|equals|equates\s+to|corresponds\s+to)\s+(?:an?|the)\s+((?:[a-z-]+\s+){0,3}rate)\s+of\s+$/i;

/**
 * "Real GVA has observed a growth rate of 6.8%", "Nominal GDP has witnessed a growth rate of 9.7%": the growth rate a
 * holder records is the holder's (group 1, from a capital letter at the clause's start).
 */
export const EN_GROWTH_RATE_HOLDER_BEFORE =
  /(?:^|[.;:]\s+|,\s+(?:and\s+|while\s+|whereas\s+)?)([A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,5}?)\s+(?:has\s+|have\s+|had\s+)?(?:observed|witnessed|recorded|registered|posted|achieved|showed|shown|seen|saw|clocked|reported)\s+(?:an?\s+)?(?:(?:annual|real|nominal|average|robust|strong|healthy|modest|higher|lower|positive|negative)\s+)?growth\s+rate\s+of\s+(?:(?:about|around|nearly|over|almost)\s+)?$/;

/** "New data from The Pensions Regulator shows 4% of defined benefit schemes were open": a finding's verb before a share. */
export const EN_FINDING_VERB_BEFORE =
  /\b(?:shows?|showed|found|finds|reveals?|revealed|indicates?|indicated|suggests?|suggested)\s+(?:that\s+)?$/i;

/**
 * "This is R42.9 billion (13.8%) higher than the R310.9 billion": a pronoun opening its sentence with a copula before a
 * difference (EN_DIFFERENCE_AFTER) restates what the sentence before measured.
 */
export const EN_PRONOUN_COPULA_LEAD =
  /^\s*(?:This|That|It)\s+(?:is|was|represents|represented)\s+(?:(?:about|nearly|almost|some|around|roughly|just|over)\s+)?$/;
/** The difference after such a figure: its restatement in brackets at most, then higher, lower, above or below. */
export const EN_DIFFERENCE_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?(?:higher|lower|more|less|above|below|up|down)\b/;

/**
 * "… the depreciation of the Kenya shilling which shed 24.7%": a phrase run up to a relative pronoun and its verb; what
 * moved is the noun phrase the relative pronoun follows (group 1, after its last determiner or preposition).
 */
export const EN_RELATIVE_VERB_TAIL =
  /\b(?:the|a|an|of|in|for|on|its|their)\s+(?!(?:the|a|an|of|in|for|on|its|their)\s)((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+(?:which|that)\s+[a-z]+$/i;

/**
 * "a Net Surplus … of €9.8 million (2019 Deficit €9.1 million)": a year's figure in brackets under its own capitalised
 * label measures what the label names (group 1), not what the figure before does.
 */
export const EN_PRIOR_YEAR_LABEL_BEFORE =
  /\(\s*(?:FY\s?)?(?:19|20)\d\d(?:[/-]\d{2,4})?:?\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*:?\s*[$£€]?$/;

/** "bringing in local revenue to a tune of UGX 16,425.41 billion": the amount of what comes before the idiom (group 1). */
export const EN_TUNE_OF_BEFORE =
  /(?:\b(?:bringing|brought|brings|bring)\s+in\s+|\b(?:the|its|their)\s+)?((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+to\s+(?:a|the)\s+tune\s+of\s+$/i;

/**
 * "… with growth expected to continue, reaching 5.9% in 2018 and 6.2% in 2019": the noun a with-phrase expects to move
 * is what the participle after it reaches, each year of it (group 1).
 */
export const EN_WITH_EXPECTED_NOUN_BEFORE =
  /\bwith\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+(?:expected|projected|forecast|set|likely)\s+to\s+[a-z]+(?:\s+[a-z]+)?,\s*(?:reaching|rising|falling|hitting|growing|climbing|averaging)\s+(?:to\s+)?(?:[\d.,]+\s*%\s+in\s+(?:19|20)\d\d\s+and\s+)?(?:(?:about|around|nearly|some)\s+)?$/i;

/**
 * "Fatalities in crashes involving at least 3 large trucks": a figure inside a modifier of the subject (after a
 * preposition or a participle that attaches it to the head), not the object of its verb ("Motorways carried 68.7 bvm
 * of traffic"); the subject measures its own head.
 */
export const EN_MODIFIER_BEFORE_HELD_FIGURE =
  /\b(?:involving|including|with|among|between)\s+(?:(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|over|under|about|around|nearly|almost|some)\s+)?$/i;
