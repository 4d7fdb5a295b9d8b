// Claim cues for English reports.
import type { ClaimRules } from '../types';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

export const EN_CLAIM_RULES: ClaimRules = {
  ranking: {
    name: 'en.ranking',
    pattern:
      /\btop\s+\d+|\bfirst\b|\bhighest\b|\blowest\b|\branked\b|\bleading\b|\bonly\b.{0,80}?\bin the (?:state|country|nation|region)/i,
  },
  comparison: {
    name: 'en.comparison',
    pattern:
      /\bbelow the (?:national|state|regional) average\b|\babove the (?:national|state|regional) average\b|\bcompared with the (?:national|state)\b|\blower than\b|\bhigher than\b|\brecord (?:high|low)s?\b|\bsince records began\b|\b(?:largest|smallest|biggest|greatest|fastest|slowest|steepest)\b|\b(?:decreases|increases|falls|rises|reductions|declines)\b|\b(?:a|an|the|this|that|overall|large|small|net|sharp|steep|slight|further)\s+(?:decrease|increase|fall|rise|drop|decline|reduction)\b|\b(?:rose|fell|risen|fallen|decreased|increased|declined|dropped|grew|peaked|peaking|falling steeply)\b|\b(?:lower|higher|greater|larger|smaller|fewer|less common|more common)\b|\b(?:(?:remained|was|were) (?:fairly )?flat|unchanged|not significantly different|upward|downward|half the level)\b/i,
  },
  award: {
    name: 'en.award',
    pattern:
      /\bawarded\b|\bwas named\b|\bwere named\b|\brecogni[sz]ed\b|\bhonou?red\b|\breceived .{0,30}award\b|\bwon\b/i,
  },
  event: {
    name: 'en.event',
    pattern:
      /\b(?:arrested|charged|indicted|convicted)\b.{0,60}?\b(?:in connection with|for)\b|\b(?:Operation|operation) [A-Z][a-z]+/,
  },
  dated: { name: 'en.dated', pattern: new RegExp(`${MONTH} \\d{1,2}\\b`) },
  zeroStatistic: { name: 'en.zero-statistic', pattern: /\b100\s*(?:%|percent|per cent)/i },
  plan: {
    name: 'en.plan',
    pattern:
      /^(?:We|The department|The office|The county|The Government|The Administration) will\b|\bwill (?:continue|be|reach|cut|reduce|increase|rise|fall|grow|invest|provide|deliver)\b|\bplans? to\b|\baims? to\b|\bis (?:expected|projected|forecast) to\b|\bare (?:expected|projected|forecast) to\b|\bby 20[3-9]\d\b|\btarget of\b|\b(?:projected|forecast|predicted|expects?|anticipates?) that\b|\b(?:estimates?|forecasts?|projections?|budget proposals?) (?:included|include|assumed|assume)\b|\bfrom (?:legislative|budget) proposals?\b|\b(?:put|puts) forward a (?:budget|plan|proposal)\b|\bwill (?:reduce|cut|lower|raise|save)\b/i,
  },
  done: { name: 'en.done', pattern: /\b(?:has|have) (?:reached|fallen|risen|increased|decreased)\b/i },
  planHeading: {
    name: 'en.plan-heading',
    pattern: /\b(?:outlook|forecasts?|projections?|targets|plans for|the year ahead)\b/i,
  },
  publicSpeaker: {
    name: 'en.public-speaker',
    pattern: /\bresident\b|\bshop owner\b|\bparent\b|\bstudent\b|\bvisitor\b|\bneighbou?r\b|\bdriver\b/i,
  },
  official: {
    name: 'en.official',
    pattern:
      /\bchief\b|\bofficer\b|\bsheriff\b|\bcommissioner\b|\bdirector\b|\bspokes(?:wo)?man\b|\bofficial\b|\bsecretary\b/i,
  },
  feeling: { name: 'en.feeling', pattern: /\bfeel\b|\bfelt\b|\bgrateful\b|\bhappy\b/i },
  personal: { name: 'en.personal', pattern: /\b(?:I|my|me)\b/ },
  basis: {
    name: 'en.basis',
    pattern:
      /year[- ]over[- ]year|year[- ]on[- ]year|compared with|compared to|than a year (?:earlier|ago)|previous year/i,
  },
};
