// Subject rules of English reports: the words around a noun phrase that are not part of it
// (connectors, predicates, time phrases) and what never makes a subject on its own.

/** Words at the front of a phrase that are not its subject (and, the, in 2023, total…). */
export const EN_SUBJECT_LEAD =
  /^(?:,|\s|in\s+\d{4}|\d{4}|and|but|while|with|which|that|the|a|an|of|in|for|by|to|this|last|year|its|their|our|total|overall|also|some|about|nearly|more|than|over|approximately|around|roughly|almost|just|only|reached|reaching|was|were|is|are|stood|at|had|has|have)+\b/i;

/** Never a subject on its own: a month, a connector, a preposition that starts a time or comparison phrase. */
export const EN_NOT_SUBJECT =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*|(?:or|and|but|between|since|from|compared|meaning|while|which|that|this|these|it|there)\b.*)$/i;

/** A list bullet or a field label's punctuation before the subject. */
export const EN_BULLET = /^(?:[-*•]\s+|\d{1,2}[.)]\s+)/;

/** The verb that ends an English subject: "The Consumer Prices Index (CPI) grew by…". */
export const EN_PREDICATE =
  /\s+(?:rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased|went up|went down|climbed|jumped|stood|was|were|is|are|has|have|had|reached|totalled|totaled|accounted|amounted|remained|edged|added|cut)\b.*$/i;

/** A verb of recording before a counted figure: the subject is what follows it ("police recorded 5,000 …"). */
export const EN_RECORDING_VERB =
  /^.*\b(?:recorded|reported|handled|made|received|answered|seized|arrested|issued|saw|logged|investigated|served|solved|cleared)\s+/i;

/** A change verb right before the figure ("rose by"): not part of the subject. */
export const EN_CHANGE_BEFORE =
  /\b(?:rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased|went up|went down|climbed|jumped|up|down)\b(?:\s+(?:by|to|from|of))?\s*$/i;

/** A linking verb or approximation right before the figure ("was about"): not part of the subject. */
export const EN_LINK_BEFORE =
  /\b(?:was|were|is|are|stood at|reached|totalled|totaled|totaling|of|at|to|by|from|about|nearly|more than|over|approximately|around|roughly|almost|some|just|only|an estimated|estimated)\s*$/i;
export const EN_LINK_BEFORE_AGAIN = /\b(?:was|were|is|are|stood at|reached|totalled|totaled|of|at|to|by)\s*$/i;

/** The counted noun after a figure: "5,000 offences in …" → offences. */
export const EN_NOUN_AFTER =
  /^\s*(?:of|in|for)?\s*([A-Za-z][A-Za-z' -]{2,40}?)(?=[,.;:()]|\s+(?:in|from|than|compared|year|last|this|during|while|and|which|that|as|to)\b|$)/i;
export const EN_NOT_NOUN_AFTER = /^(?:year|percent|per cent)/i;

/** Where an earlier clause of the sentence ends (commas grouping thousands, 3,812, do not). */
export const EN_CLAUSE_SPLIT = /(?<!\d),\s*|,(?!\d)\s*|[;:]\s*/;
