// Sentence rules of English reports as data: abbreviations that end in a full stop, capitals that start a unit.

/** A line that starts with a capital after Latin text starts a new unit. */
export const EN_CAPITAL_START = /^[A-Z]/;
/** A lower-case word no title ends on (from, of, the …), ending an English line: prose broken off. */
export const EN_OPEN_WORD_END = /\s(?:from|to|of|by|and|the|a|an|in|at|with|for|than|or|on)$/;

/** An English line ending in a full stop. */
export const EN_FULL_STOP_END = /\.$/;

/** A list item's enumerator in brackets: (ii), (b), (3) (the GUIDE's list item). */
export const EN_ITEM_ENUMERATOR = String.raw`\((?:[ivx]{1,6}|[a-h]|\d{1,2})\)`;

/**
 * After a full stop: a space, then a capital, a digit, a list bullet or Chinese text (after an opening quote or a square
 * bracket; not "(", GUIDE) starts the next sentence; so does a list item's enumerator in brackets ("… 25 years. (ii)
 * Around 25,500 …": the GUIDE's list item).
 */
export const EN_NEXT_SENTENCE_START = new RegExp(
  String.raw`^\s+(?:(?:["“'[]|&#\d{2,4};?|&quot;)?[A-Z0-9\u3400-\u9fff]|[•▪●◦]\s|${EN_ITEM_ENUMERATOR}\s)`,
);
/**
 * After a semicolon: the end of the piece or line, Chinese text, or a space and then a capital, a digit or a list
 * bullet starts the next unit (GUIDE); "; this was the highest on record" goes on.
 */
export const EN_UNIT_AFTER_SEMICOLON =
  /^(?:\s*$|[ \t]*\n|[\u3400-\u9fff]|\s+(?:["“'[]?[A-Z0-9\u3400-\u9fff]|[•·▪●◦*–-]\s))/;
/** A quotation mark left as a character reference by a web page (`&#34`, `&quot;`), closing a sentence. */
export const EN_ENTITY_CLOSER = /^&(?:#\d{2,4};?|quot;)/;

/** Mr., U.S., Jan., e.g., a single capital: a full stop that ends an abbreviation, not a sentence. */
export const EN_ABBREVIATION_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Rs|Ksh|KSh|Shs|Tk|Nu|Sr|Jr|St|No|Nos|Co|Corp|Inc|Ltd|Dept|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|vs|etc|e\.g|i\.e|approx|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|(?<!°)\b[A-Z])\.$/;

/**
 * A line of a table of counts: a label of words (not a reference such as Table or Section) or a year, a colon perhaps,
 * and one count or percentage ending the line ("Investigations Closed 232", "1960: 12,000", "- Full-time: 1,308").
 */
/** The longest such row (a label of at most 60 characters, its count and a bullet): a longer line is prose. */
export const EN_LABEL_COUNT_ROW_MAX = 100;
export const EN_LABEL_COUNT_ROW = new RegExp(
  [
    // "Arrests 51": a label of words and a whole count
    "^[ \\t]*(?!(?:section|table|figure|chapter|page|annex|appendix|part|item|phase|round|step|exhibit|chart|note|form|route|room|level|grade|unit|box)\\b)[A-Za-z][A-Za-z /&,()'’-]{2,60}[ \\t]+\\d{1,3}(?:,\\d{3})*[ \\t]*\\r?$",
    // "- Hourly: 49", "- Doctorate Degree: 1.2%": a bulleted label, a colon and a count or percentage
    "^[ \\t]*[-•*][ \\t]*[A-Za-z][A-Za-z /&,()'’-]{2,60}:[ \\t]+\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?%?[ \\t]*\\r?$",
    // "1960: 12,000": a label or a year, a colon and a grouped count, a decimal or a percentage (not "Version: 3")
    "^[ \\t]*(?!(?:section|table|figure|chapter|page|annex|appendix|part|item|phase|round|step|exhibit|chart|note|form|route|room|level|grade|unit|box|version|release|score|rank)\\b)(?:[A-Za-z][A-Za-z /&,()'’-]{2,60}|(?:19|20)\\d\\d):[ \\t]+(?:\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+%?|\\d+%)[ \\t]*\\r?$",
  ].join('|'),
  'i',
);
