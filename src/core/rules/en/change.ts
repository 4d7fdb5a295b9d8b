// Change words of English reports: verbs of rise and fall, the change named after a
// figure, and the bases of comparison.

export const EN_DOWN =
  /(?:fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|down|reduced|reduce|reduces|reducing|cut|cuts|lowered|lower|slid|slipped|shrank|plunged|plummeted|dipped|narrowed|eased|edged\s+down|ticked\s+down|fell\s+back|contracted)/i;
export const EN_UP =
  /(?:rose|rise|rises|risen|rising|increased|increase|increases|grew|grow|grows|grown|up|climbed|jumped|gained|higher|surged|soared|expanded|added|edged\s+up|ticked\s+up|picked\s+up|widened)/i;
export const EN_BEFORE = new RegExp(
  `\\b(${EN_DOWN.source}|${EN_UP.source})(?:\\s+(?:by|of|about|nearly|almost|some|roughly|approximately|around|more\\s+than|over|just|a|an|another))*\\s*$`,
  'i',
);
export const EN_AFTER =
  /^\s*(?:-|\s)?(increase|rise|jump|gain|growth|hike|decrease|decline|drop|fall|reduction|cut|dip|more|higher|greater|above|fewer|less|lower|below)\b/i;
export const EN_BASIS =
  /(year[- ]over[- ]year|than (?:in )?\d{4}|than (?:the previous|last|a) year|year[- ]on[- ]year|from (?:the )?(?:previous|last|prior) year|(?:compared|relative) (?:with|to) (?:\d{4}|last year|the previous year|the prior year|a year (?:earlier|ago))|over the (?:previous|prior|last) year|from a year (?:earlier|ago)|since \d{4}|from \d{4}|on the year)/i;

/** Words between a change verb (or a comparative) and its figure: "by another", "of nearly". */
const EN_FIGURE_LEAD =
  '(?:\\s+(?:by|of|about|nearly|almost|some|roughly|approximately|around|more\\s+than|over|just|a|an|another))*\\s*$';

/** "reduces the deficit by $2.5 trillion", "decreased outlays by $103 billion": a verb, its object, then by. */
export const EN_VERB_OBJECT_BY = new RegExp(
  `\\b(reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|boost(?:s|ed|ing)?)\\s+(?:(?!to\\b)[A-Za-z][\\w'’-]*\\s+){1,10}?by${EN_FIGURE_LEAD}`,
  'i',
);

/**
 * "higher withheld payments of $8.0 billion", "lower-than-expected collections of fees, penalties and
 * fines of $1.3 billion": a comparative heads the noun phrase whose amount follows "of" (no "than"
 * and no other figure between; a comma list may).
 */
export const EN_COMPARATIVE_OF = new RegExp(
  `\\b(higher|lower|larger|smaller|greater|increased|decreased|reduced)(?:-than-(?:expected|estimated|projected|anticipated))?\\s+(?:(?!than\\b|to\\b|from\\b)[A-Za-z][\\w'’-]*,?\\s+){1,12}?of${EN_FIGURE_LEAD}`,
  'i',
);

/** "$2.5 trillion in savings", "over $1 trillion in bipartisan deficit reduction": an amount cut. */
export const EN_AFTER_REDUCTION = /^\s+in\s+(?:[A-Za-z-]+\s+){0,2}?(?:savings|(?:deficit\s+)?reductions?|cuts)\b/i;

/**
 * Rates that are themselves the size of a change (an inflation rate is the year's change of the
 * price level, as a growth rate is in the seed gold), and the level rates and shares that
 * compete with them as the nearest rate named before a percentage.
 */
export const EN_RATE_OF_CHANGE_UP =
  /\b(?:inflation|12-month rates?|annual rates? of (?:inflation|growth|increase)|growth rates?|rates? of (?:growth|increase|inflation))\b/gi;
export const EN_RATE_OF_CHANGE_DOWN = /\brates? of (?:reduction|decline|decrease|fall)\b/gi;
export const EN_LEVEL_RATE =
  /\b(?:unemployment|employment|interest|participation|tax|savings|response|crime|detection|victimisation|victimization)\s+rates?\b|\b(?:share|proportion|weight|percent(?:age)? of|per ?cent of)\b/gi;
/** "2.0% inflation": the rate named right after the figure. */
export const EN_INFLATION_AFTER = /^\s*(?:annual\s+|CPI\s+|RPI\s+)?inflation\b/i;

/** Words of direction a figure in parentheses takes from its sentence: "a large increase in fraud (17%)". */
export const EN_PAREN_DIRECTION =
  /\b(?:(increases?|increased|rises?|rose|risen|growth|grew|higher(?:-than-\w+)?|more|gains?|up)|(falls?|fell|declines?|declined|decreases?|decreased|reductions?|reduced|lower(?:-than-\w+)?|fewer|less|down|drops?|dropped))\b/gi;

/** "compared with", "than", "up from": a figure set against the previous one of the same measure. */
export const EN_COMPARED_WITH = /\b(?:compared\s+(?:with|to)|than|against|versus|(?:up|down)\s+from|from)\b/i;

/** fell to 3.8 percent: to right before the figure makes it a level. */
export const EN_TO_BEFORE = /\bto\s*$/i;

/** Words of a rise. */
export const EN_UP_WORD = /^(increase|rise|jump|gain|growth|hike|more|higher|greater|above|larger|boost\w*|rais\w*)$/i;

/** Words of a fall. */
export const EN_FALL_WORD =
  /^(decrease|decline|drop|fall|reduction|cut|dip|fewer|less|lower|below|smaller|reduc\w*|decreas\w*)$/i;
