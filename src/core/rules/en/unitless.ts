// English figures with no unit that are still metrics (GUIDE: index values have an empty unit; "rose by
// 236,000" has none written): the value after the name of an index, and an approximate count whose noun
// is left unsaid. numbers/unitless.ts and metrics/metrics.ts read them.

/** "to an index level of 324.054", "the index stood at 108.5", "The Index (All Items) was 104.2": the value of an index. */
export const EN_INDEX_LEVEL_BEFORE =
  /\bindex(?:\s+level)?(?:\s*\([^()]{1,30}\))?\s+(?:of|at|was|is|stood\s+at|reached|(?:rose|fell|increased|decreased|climbed|dropped)\s+to)\s+$/i;

/**
 * In a passage about an index: "reached a record level of 199.0", "the pre-financial crisis peak of 185.5", "the peak in
 * January 2008 of 180.8", and a value in brackets after a name or a date ("The index for Northern Ireland (144.4)",
 * "the peak of August 2007 (281.5)").
 */
export const EN_INDEX_VALUE_BEFORE =
  /(?:\b(?:level|peak|high|low)(?:\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s+of\s+|[A-Za-z0-9]\s+\()$/;
/** A value an index takes: a number with one or more decimals (not a footnote or a figure number). */
export const EN_INDEX_VALUE = /^\d{2,4}\.\d{1,3}$/;
/** The passage names an index. */
export const EN_INDEX_NAMED = /\b(?:index|indices)\b/i;
/** How far back the passage is read for the index's name (within its paragraph). */
export const EN_INDEX_PASSAGE_REACH = 240;

/**
 * 401 per 1,000 population, 45.8 for every 1,000 live births, 3.9 per 100,000. (no noun), 126/100,000 population: a
 * rate on a stated base has an empty unit. The slash form needs a base of thousands (1/10 is a fraction).
 */
export const EN_RATE_ON_BASE_AFTER =
  /^(?:\s+(?:per|for every)\s+(?:1|10|100|one|a|ten)(?:[,\s\u00a0]?000)*(?:\s+(?:hundred\s+)?thousand|\s+hundred)?|\s*\/\s*(?:1|10|100)(?:[,\u00a0]?000)+)(?:\s+(?!(?:years?|months?|days?|weeks?|hours?)\b)[A-Za-z]|\s*(?:[),;:]|\.(?!\d)|$))/i;
/**
 * "more than 250,000 are for new vehicles", "fewer than 100 were rejected": an approximate count followed by
 * its verb or by punctuation counts what the sentence already named.
 */
export const EN_BARE_COUNT_AFTER =
  /^\s*(?:[,;:)]|\.(?!\d)|(?:are|were|was|is|have|has|had|will|would|did|received|remain(?:ed|s)?)\b)/i;

/**
 * "was little changed over the month at 351,000", "remained at 1.2 million", "totaled 412", "to a total of 64,200": a
 * level stated after a verb of standing or totalling, with no counted noun written; the level after a move in per cent
 * ("were up by 9.8 percent at 964", "was down 13% to 1483").
 */
export const EN_LEVEL_AT_BEFORE =
  /\b(?:(?:little|essentially)\s+(?:changed|unchanged)|unchanged|changed\s+little|stood|remained|held\s+steady)\b[^.;]{0,40}?\bat\s+$|\b(?:totaled|totalled|numbered|averaged|a\s+total\s+of|totals?\s+of|(?:monthly\s+|annual\s+|average\s+)?pace\s+of)\s+$|\b(?:up|down|rose|fell|increased|decreased|declined|dropped|grew)\b(?:[^.;]|\.(?=\d)){0,30}?(?:\d\s*%|\bper\s?cent|\bpercent)\s+(?:at|to)\s+$/i;

/**
 * "followed by United Airlines at 89.8", "at its lowest in a decade, at 3.7": a decimal after "at" is a level read off a
 * scale (a clock time after "at" is written with a.m./p.m. or a colon, caught by EN_CLOCK_AFTER).
 */
/** "• 670 - the number of complaints we investigated", "• 386 for personal redress": a figure opening a list item. */
export const EN_BULLET_OPENING_BEFORE = /(?:^|\n)[ \t]*(?:[•·*◦▪‣]|o|[-–—])[ \t]+$/;
/**
 * "6,695 additional dwellings from former offices, 564 from agricultural buildings, 99 from storage buildings": a list
 * whose first item writes its counted noun, the later items only a figure and the same preposition (an ellipsis). Group 1:
 * the first item's preposition (not a year's figure, nor "to", which makes a range).
 */
export const EN_ELLIPTICAL_LIST_FIRST_BEFORE =
  /(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:[a-z][\w-]*\s+){1,3}?(from|in|for|at|on|under|with|among)\s+[^.;:()]{1,240}?(?:,\s*(?:and\s+)?|,?\s+and\s+)$/;
/** The later item: the same preposition right after its figure. Group 1: the preposition. */
export const EN_ELLIPTICAL_LIST_ITEM_AFTER = /^\s+(from|in|for|at|on|under|with|among)\s+[A-Za-z]/;
/** The later item's object, up to the next item or the sentence's end: "from agricultural buildings, 99 from …". */
export const EN_ELLIPTICAL_LIST_OBJECT =
  /^\s+(?:from|in|for|at|on|under|with|among)\s+(?:the\s+)?([A-Za-z][^.;:()\d]{0,100}?)(?=\s*(?:,\s*(?:and\s+)?\d|,?\s+and\s+\d|[.;:]|$))/;
/** How far back in the sentence the list's first item is read. */
export const EN_ELLIPTICAL_LIST_REACH = 300;
/**
 * "a grade point average of 3.79", "the 2009 daily average of 535", "an index of 178.7", "against a target of 25": a
 * level of the named measure.
 */
export const EN_MEASURE_OF_BEFORE =
  /\b(?:average|mean|median|index|score|rating|target|expectation|goal|benchmark)\s+of\s+$/i;
export const EN_AT_BEFORE = /\bat\s+$/i;
export const EN_CLOCK_AFTER = /^\s*(?:[ap]\.?m\b|hrs?\b|hours\b|o'clock)/i;
/** "at 20.5 to 23.5 cents per pound": the low end of a range whose unit is written after the high end. */
export const EN_RANGE_HIGH_END_AFTER = /^\s*(?:to|-|–)\s*\d/i;
/** "violent crimes (445,000)", "thefts of personal property (332,000; 40%)": a count in thousands restated in brackets. */
export const EN_BRACKET_OPEN_BEFORE = /\(\s*$/;
export const EN_THOUSANDS_GROUPED = /^\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})+$/;
/** 1,99,110, 40,50,37,930: Indian grouping (lakhs and crores in pairs of digits), a quantity as surely as thousands. */
export const EN_INDIAN_GROUPED = /^\d{1,2}(?:,\d{2})+,\d{3}$/;
/** A figure grouped in thousands, after its approximation words if any ("almost 7,000"). */
export const EN_GROUPED_FIGURE = /^(?:[A-Za-z]+\s+)*\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})+$/;

/**
 * "The number of days open for sale was 24 in May 2016 and 23 in May 2015": the value a named number of things takes
 * (and the values coordinated with it) is a count of those things; so is a toll's ("The death toll … has hit 337").
 */
export const EN_NUMBER_OF_WAS_BEFORE =
  /\b(?:the\s+)?(?:total\s+)?number\s+of\s+[^.;:()]{2,80}?\s(?:was|were|is|are|stood\s+at|reached|totalled|totaled)\s+(?:only\s+|just\s+)?(?:\d[\d,.]*\s+(?:in|on|at|for|during)\s+[^.;:()]{1,30}?\s+and\s+)?$|\bthe\s+(?:[a-z]+\s+){0,2}(?:cases|incidents|crimes|offences|offenses|deaths|arrests|complaints|accidents)\s+(?:reported|recorded|registered)(?:\s+in\s+\d{4})?\s+(?:were|was)\s+(?:only\s+|just\s+)?$|\btoll\b[^.;:()]{0,80}?\s(?:has\s+|had\s+)?(?:hit|hitting|reached|reaching|risen\s+to|rose\s+to|climbed\s+to|stood\s+at|stands\s+at|was|is|passed)\s+(?:\d[\d,.]*\s+and\s+)?$/i;
/** "bringing the number of counties with High Courts to 46": a named number of things brought to a level. */
export const EN_NUMBER_OF_BROUGHT_TO_BEFORE =
  /\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|tak(?:e|es|ing)|took)\s+the\s+(?:total\s+)?number\s+of\s+[^.;:()]{2,80}?\s+to\s+$/i;
/**
 * "The Revenue Commissioners, 106, Department of Agriculture, 84, …": a tally of named bodies, each count set off by
 * commas after its name; `EN_NAMED_TALLY_ITEM` finds the items (two or more make the tally).
 */
export const EN_NAMED_TALLY_BEFORE = /[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w&'’.-]*))*,\s+$/;
// Not a number before a full stop: "Summary, 2. Exhibit 2 …" numbers a list of attachments.
export const EN_NAMED_TALLY_AFTER = /^(?:,\s+(?:and\s+)?[A-Z]|,\s+(?:were|was|are|filled|made|accounted)\b|\s+and\s)/;
export const EN_NAMED_TALLY_ITEM = /[A-Za-z)],\s\d[\d,]*(?:,|\s+and\b)/g;
/** "The average age of workers injured on the job was 42": an average the sentence names, stated bare. */
export const EN_AVERAGE_OF_WAS_BEFORE =
  /\bthe\s+(?:average|median|mean)\s+(?:age|number|length|size|duration|time|value|amount|score|weight)\s+of\s+[^.;:()]{2,80}?\s(?:was|were|is|are|stood\s+at)\s+$/i;
/** "148 people lost their lives, compared to 142 in 2018", "(16 versus 15)": the basis a figure is compared with. */
export const EN_COMPARED_FIGURE_BEFORE =
  /\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?)\s+(?:(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week)['’]s\s+|last\s+)?$|\bfrom\s+(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week)['’]s\s+$/i;
/** "(92 compared to 113)", "92 against 113 last year": the first side of a stated comparison of two counts. */
export const EN_COMPARED_FIGURE_AFTER =
  /^\s*,?\s*(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|against|versus|vs\.?)\s+(?:(?:an?|the|its|their)\s+(?:target|expectation|goal|forecast|estimate|budget)\s+of\s+)?(?!(?:19|20)\d\d\b)\d/i;
/** "determined that 7 were inaccurately reported", "of which 12 are": a count of the things just named. */
export const EN_COUNT_OF_NAMED_BEFORE =
  /\b(?:that|of\s+(?:which|whom|these|them|those),?)\s+$|(?:^|[.;]\s+|\n)Of\s+(?:all|all\s+the|the)\s+[a-z][a-z -]{2,40},\s+$/i;
/**
 * "287 reports, up from 54 in 2016-17", "(down from 503 …)": the earlier level a change is read against; "(up from 17
 * in 2016 to 29 in 2017)": and the level it reached.
 */
export const EN_UP_DOWN_FROM_BEFORE =
  /\b(?:up|down)\s+from\s+(?:(?:a|the)\s+)?$|\b(?:up|down|rising|falling|increasing|decreasing)\s+from\s+[\d,.]+[^.;()]{0,30}?\bto\s+$/i;
/** "Of the 76 reports received during the year, 45 were …": a sentence that opens on a set counts its parts. */
export const EN_PARTITIVE_OPENING_BEFORE =
  /(?:(?:^|[.;]\s+|\n)Of|\bthat\s+of)\s+the\s+\d[\d,. ]*\s[^.;:()]{2,100},\s*$/;
/** The verb a count of the things just named takes. */
export const EN_COUNT_VERB_AFTER =
  /^\s+(?:were|was|are|is|had|have|remain(?:ed|s)?|received|obtained|got|died|passed|failed|left|came|went)\b/i;
/** "compared with 2014 (715,000)": the level of the basis, restated in brackets after it. */
export const EN_BASIS_LEVEL_BRACKET_BEFORE =
  /\bcompared\s+(?:with|to)\s+(?:the\s+)?(?:(?:19|20)\d\d|last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago))\s*\(\s*$/i;

/**
 * "The average rig count as of November 14, was 901", "annual deaths per 100,000 population was 5.1": the value of a
 * named count or of a rate on a stated base, with nothing written after it.
 */
export const EN_NAMED_LEVEL_WAS_BEFORE =
  /\bcount\b[^.;:()]{0,40}?\s(?:was|is|stood\s+at)\s+$|\bper\s+\d{1,3}(?:,\d{3})+\s+(?:population|people|residents|inhabitants|persons|live\s+births|vehicles)\s+(?:was|is|were)\s+$/i;
/** "the murder count stands at 40", "investigations stand at 60": a level stated by standing, however small. */
/** "637 new human medicines during 2016 (806:2015)": the year before's figure in brackets, its year after a colon. */
export const EN_PRIOR_YEAR_FIGURE_BEFORE = /\(\s*$/;
export const EN_PRIOR_YEAR_AFTER_FIGURE = /^\s*:\s*(?:19|20)\d\d(?:[/-]\d{2,4})?\s*\)/;
export const EN_STANDS_AT_BEFORE = /\b(?:stands?|stood)\s+at\s+$/i;

/**
 * "the United States (71), Britain (43), Japan (27) and France (25)", "Central Visayas (75), Western Visayas (59)": a
 * bare count in brackets after a name, one item of a list of such items (the item before or after is one too), not
 * an enumeration's numbers (sheet (2), sheet (3): each one more than the one before).
 */
export const EN_NAME_BRACKET_BEFORE = /[A-Za-z][\w'’&.-]*\s*\(\s*$/;
/** "note (1) and note (2)", "section (3)": a reference's number in brackets, not a count. */
export const EN_REFERENCE_BRACKET_BEFORE =
  /\b(?:notes?|sections?|paragraphs?|paras?|tables?|figures?|figs?|charts?|items?|articles?|clauses?|footnotes?|pages?|appendix|annex|schedules?|parts?|rules?|regulations?|steps?|options?|questions?|no|number|act|acts)\s*\(\s*$/i;
/** The item before (group 1 its count) and the item after (group 1 its count). */
export const EN_BRACKETED_COUNT_ITEM_BEFORE = /\(\s*(\d[\d,]*)\s*\)\s*(?:,|;|,?\s+and)\s+[^()\d.;]{1,50}\(\s*$/;
export const EN_BRACKETED_COUNT_ITEM_AFTER = /^\s*\)\s*(?:,|;|,?\s+and)\s+[^()\d.;]{1,50}\(\s*(\d[\d,]*)\s*\)/;

/**
 * "while it was 263 in 2012", "coming down to 409 in 2012 from 425 in 2011", "murders, 63 in 2023": a bare figure
 * dated by the year after it is the level of what the sentence counts. Before it a linking word, a comma or a bracket
 * (not "ranked", "aged" or "Article").
 */
// A bracket right before the figure too (`on the basis of international protection (993 in 2014)`).
export const EN_DATED_LEVEL_BEFORE = /(?:\b(?:was|were|is|are|to|from|with|and|recorded|reported)|,)\s+$|\(\s*$/i;
// A fiscal year dates it too ("528 in 2012/13 compared to 2,096 in 2003/4"), not a span of calendar years (2008-2012).
export const EN_DATED_LEVEL_AFTER = /^\s+in\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d(?:\/\d{1,2})?\b(?![/-]\d)/;

/**
 * "drugs 2 115, rape 1 205, attempted murder 461, robbery with a firearm 418": a tally of categories, each name in lower
 * case right before its count, the items set off by commas. Three items or more make the tally
 * (`EN_LABEL_TALLY_ITEM`); a reference's word before the figure (section 3, phase 2) makes none.
 */
export const EN_LABEL_TALLY_BEFORE = /(?:^|[,;:]\s+|\band\s+)(?:[a-z][a-z'’-]*\s+){0,4}[a-z][a-z'’-]{2,}\s+$/;
export const EN_LABEL_TALLY_AFTER = /^(?:\s*[,;]|\.(?!\d)|\s+and\s)/;
export const EN_LABEL_TALLY_ITEM = /[a-z]{3,}\s\d{1,3}(?:[ ,]\d{3})*(?=\s*[,;.]|\s+and\s)/g;
export const EN_LABEL_TALLY_MIN_ITEMS = 3;
/** A tally counts something: its largest count is at least this (release 3, build 4 and patch 5 number versions). */
export const EN_LABEL_TALLY_LARGEST_MIN = 10;
export const EN_REFERENCE_WORD_BEFORE =
  /\b(?:notes?|sections?|paragraphs?|paras?|tables?|figures?|charts?|items?|articles?|clauses?|pages?|appendix|annex|schedules?|parts?|rules?|regulations?|steps?|options?|questions?|phase|stage|level|grade|class|round|week|day|chapter|volume|version|zone|ward|district|route|highway|road|line|gate|terminal|platform|block|lot|plot|room|floor|tier|category|division|group|team|sector|region|area|number|no|act|aged?|ages|ranked|rank|top|under|over|covid)\s+$/i;

/**
 * "- Sudden death calls: 521 (down 6.5 per cent)", "speeding: 7,250; impaired driving: 758": a count after its label and
 * a colon, in a list of such lines (`EN_COLON_LABEL_LINE`: another one within a line or two, or on the same line). The
 * label opens its line (after a list mark) or follows a semicolon; the count ends its item.
 */
export const EN_COLON_LABEL_AT_LINE_START =
  /^[ \t]*(?:[-–—•·*▪◦][ \t]*)?[A-Za-z][\w'’&/.-]*(?:[ \t]+[A-Za-z(][\w'’&/.()-]*){0,6}:[ \t]+$/;
export const EN_COLON_LABEL_AFTER_SEMICOLON = /;[ \t]+[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,4}:[ \t]+$/;
export const EN_COLON_LABEL_ITEM_END = /^[ \t]*(?:$|\r?\n|\(|;|,|[ \t][-–][ \t])/;
export const EN_COLON_LABEL_LINE = /^[ \t]*(?:[-–—•·*▪◦][ \t]*)?[A-Za-z][^:\n]{0,60}:[ \t]+[$£€]?\d/;
/** A colon label that says what the line is, not what it counts ("Note: 3 …", "Phase 2: …", "Table: 4"). */
export const EN_COLON_LABEL_NOT_COUNT =
  /^[ \t]*(?:[-–—•·*▪◦][ \t]*)?(?:notes?|sources?|tables?|figures?|charts?|pages?|phase|stage|step|chapter|section|part|appendix|annex|ref(?:erence)?|no|number|tel|telephone|phone|fax|ext|room|suite|box|rank|ranking|score|rating|version|ratio|time|date|year|age)\b/i;

/**
 * "Of the lives lost: 109 were drivers, 56 were motorcyclists, 33 were passengers": the parts of a set, each a count
 * before "were" and the group it is, two or more in one sentence.
 */
// "79 were discharged whiles 257 were granted bail", "55 got discharged": what befell each part, in a participle.
const EN_PART_BEFELL =
  '(?:were|got)\\s+(?:[a-z]+ly\\s+)?(?:[a-z]{3,}ed|held|found|taken|given|sent|brought|caught|kept|seen|shot|hurt)\\b';
/** Where a part of a set was: "46 were in agriculture, 380 were in construction", "183 were from falls". */
const EN_PART_WHERE = '(?:were|are)\\s+(?:in|from|among)\\s+(?:the\\s+)?[a-z]';
/** Who a part of a set was: "5480 were male and 421 were female", "254 were men". */
const EN_PART_WHO = '(?:were|are)\\s+(?:male|female|men|women|children)\\b';
export const EN_PART_WERE_AFTER = new RegExp(
  `^\\s+(?:(?:were|was|are)\\s+(?:[a-z][a-z-]+\\s+){0,2}[a-z][a-z-]+s\\b|${EN_PART_WHO}|${EN_PART_WHERE}|${EN_PART_BEFELL})`,
);
/** "while 183 of them were from falls": a part of the set just counted, named by a pronoun. */
export const EN_PART_OF_THEM_AFTER = /^\s+of\s+(?:them|these|those)\s+(?:were|was|are|had|have)\b/;
/** "79 were discharged", "380 were in construction", "421 were female": what befell a part of a set, where or who it was. */
export const EN_PART_PARTICIPLE_AFTER = new RegExp(`^\\s+(?:${EN_PART_BEFELL}|${EN_PART_WHERE}|${EN_PART_WHO})`);
export const EN_PART_WERE_ITEM = /(?<![\d.,])\d[\d,]*\s+(?:were|was|are|got)\s+[a-z]/g;
/** "GER for males is 26.9", "the ratio … was 1.35": the value of a named ratio, rate or index, written bare. */
export const EN_NAMED_RATIO_IS_BEFORE =
  /\b(?:ratio|GER|GPI|NER|[Ii]ndex|[Ii]ndices|CPI|CPIH|HICP|PPI|RPI|WPI|score|coefficient)\b[^.;:]{0,60}?\s(?:is|was|are|were|stood\s+at|of)\s+$/;

/** "… are 137.8, 134.0 and 136.2 respectively": the decimals listed before a later one of the same list. */
export const EN_DECIMAL_LIST_BEFORE = /(?:\d+\.\d+\s*,\s*)*\d+\.\d+\s*(?:,\s*and|,|and)\s+$/;

/**
 * "59 (98%) were completed", "138 (3.4%) deaths due to cancer", "10 (<1%) were referred": a count with its share in brackets right after it; the
 * plural noun after the bracket, if any, is what it counts (group 1).
 */
export const EN_SHARE_BRACKET_AFTER =
  /^\s*\(\s*[<>≤≥~]?\s?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s*\)(?:\s+(?!(?:was|has|is|its|this|less|across|as|address|access|process|progress|success)\b)([a-z][a-z-]{2,}s)\b)?/i;
/** "finalising 84% (271) of the 322", "almost half (25)": a count in brackets after the share it restates. */
export const EN_COUNT_BRACKET_AFTER_SHARE_BEFORE =
  /(?:\d\s*(?:%|per\s?cent|percent)|\b(?:half|a\s+third|a\s+quarter|the\s+majority|most))\s*\(\s*$/i;
export const EN_BRACKET_CLOSE_NEXT = /^\s*\)/;
/** "Among these cases, 365 were resolved": a count of the set the sentence opens on. */
export const EN_AMONG_OPENING_BEFORE = /(?:^|[.;]\s+|\n)Among\s+(?:these|them|those|the)\b[^.;:()]{0,60},\s*$/;

/** "around 56 each day", "around 288 a day": a count of what the sentence names, as a daily (weekly…) average. */
export const EN_COUNT_PER_PERIOD_AFTER = /^\s+(?:a|each|per|every)\s+(?:day|week|month|year)\b/i;

/**
 * "seven (7) fully fledged commercial banks", "four (4) are Domestic": a count written in words, then in digits in
 * brackets (legal and central-bank style). The digits are the figure; the plural after the bracket, if any, its noun.
 */
export const EN_SPELLED_COUNT_BRACKET_BEFORE =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)\s*\(\s*$/i;
export const EN_SPELLED_COUNT_BRACKET_AFTER = /^\s*\)(?:\s+(?:[a-z][a-z-]*\s+){0,3}?([a-z][a-z-]{2,}s)\b)?/;

/** "the average of the previous six years (n=351.5)": the count a study writes as n. */
export const EN_N_EQUALS_BEFORE = /\(\s*n\s*=\s*$/i;
/**
 * "with 429 from the Central Division, 378 in the Northern Division, 389 in the Western Division": counts of what the
 * sentence named, by place, two or more in the sentence (not a reference: Article 5 in the Act).
 */
export const EN_PLACE_COUNT_AFTER = /^\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][a-z]/;
export const EN_PLACE_COUNT_ITEM = /(?<![\d.,])\d[\d,]*\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][a-z]/g;

/**
 * "449 laboratory detections (": a count, its noun (a few words, capitalised or not) and the bracket of its parts right
 * after; group 1 the count.
 */
export const EN_PARTS_BRACKET_OPEN_BEFORE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z][\w/-]*\s+){1,6}\(\s*$/;
/** "(410 influenza A and ": a later part of the bracket, after the first part and a joiner; group 1 the count. */
export const EN_PARTS_BRACKET_NEXT_BEFORE =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z][\w/-]*\s+){1,6}\(\s*\d[\d,]*\s+[^()\d]{1,60}?(?:,\s*|\s+and\s+)(?:\d[\d,]*\s+[^()\d]{1,60}?(?:,\s*|\s+and\s+))*$/;
/** What a part names after its count: words, then the bracket's end or the next part's joiner (not a unit of its own). */
export const EN_PART_AFTER = /^\s+(?:[A-Za-z][\w/&-]*\s*){1,6}?(?:\)|,|\band\b|;)/;
