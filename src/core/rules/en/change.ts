// Change words of English reports: verbs of rise and fall, the change named after a
// figure, and the bases of comparison.

export const EN_DOWN =
  /(?:fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|down|reduced|reduce|reduces|reducing|cut|cuts|lowered|lower|slid|slipped|shrank|plunged|plummeted|dipped|narrowed)/i;
export const EN_UP =
  /(?:rose|rise|rises|risen|rising|increased|increase|increases|grew|grow|grows|grown|up|climbed|jumped|gained|higher|surged|soared|expanded|added)/i;
export const EN_BEFORE = new RegExp(
  `\\b(${EN_DOWN.source}|${EN_UP.source})(?:\\s+(?:by|of|about|nearly|almost|some|roughly|approximately|around|more\\s+than|over|just|a|an|another))*\\s*$`,
  'i',
);
export const EN_AFTER =
  /^\s*(?:-|\s)?(increase|rise|jump|gain|growth|hike|decrease|decline|drop|fall|reduction|cut|dip|more|higher|greater|above|fewer|less|lower|below)\b/i;
export const EN_BASIS =
  /(year[- ]over[- ]year|than (?:in )?\d{4}|than (?:the previous|last|a) year|year[- ]on[- ]year|from (?:the )?(?:previous|last|prior) year|(?:compared|relative) (?:with|to) (?:\d{4}|last year|the previous year|the prior year|a year (?:earlier|ago))|over the (?:previous|prior|last) year|from a year (?:earlier|ago)|since \d{4}|from \d{4}|on the year)/i;
