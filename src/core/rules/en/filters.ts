// Not-a-metric filters of English reports as data: references to parts of the document, rate
// bases and rankings, years, compound adjectives, known sets and the indefinite "one".
// metrics/metrics.ts applies them, each refusal under its rule name (`policy-lens explain`).

/** Section 2, Table 3, page 12: a reference to a part of the document. */
export const EN_DOCUMENT_REFERENCE_BEFORE =
  /\b(?:Section|Table|Figure|Chart|Chapter|Part|Annex|Appendix|Article|Box|page|paragraph|item|footnote)\s+$/i;
/** per 1,000 residents (a rate's base), top 10 agencies (a ranking). */
export const EN_RATE_BASE_BEFORE = /\b(?:per|top|every|each)\s+$/i;
/** 2,014 or 20.14 is written as a quantity, not a year. */
export const EN_QUANTITY_SEPARATORS = /[,.]/;
/** a 12-month rate, a 10-year plan: a compound adjective. */
export const EN_COMPOUND_ADJECTIVE_AFTER = /^-(?:month|year|week|day|hour|minute|quarter|point|person|member)s?\b/i;
/** the last 10 years, the two months, these three series: a time frame or a known set. */
export const EN_KNOWN_SET_BEFORE = /\b(?:the|these|those|both|last|past|next|previous|coming|first|its|their)\s+$/i;
/** One way to understand…: the indefinite "one". */
export const EN_INDEFINITE_ONE = /^one$/i;
