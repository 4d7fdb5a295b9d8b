// Claim cues for English reports.
import type { ClaimRules } from '../types';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** A comparison with an average, a record, or another figure. */
const COMPARED_WITH =
  /\bbelow the (?:national|state|regional) average\b|\babove the (?:national|state|regional) average\b|\bcompared with the (?:national|state)\b|\blower than\b|\bhigher than\b|\brecord (?:high|low)s?\b|\bsince records began\b|\b(?:largest|smallest|biggest|greatest|fastest|slowest|steepest)\b|\b(?:lower|higher|greater|larger|smaller|fewer|less common|more common)\b|\bnot significantly different\b|\bhalf the level\b|\b(?:significant|strong|rapid|steady|substantial|record)\s+growth\b/
    .source;

/** A measured quantity moved: rose, fell, a decrease, remained flat. */
const MOVED =
  /\b(?:decreases|increases|falls|rises|reductions|declines)\b|\b(?:a|an|the|this|that|overall|large|small|net|sharp|steep|slight|further)\s+(?:decrease|increase|fall|rise|drop|decline|reduction)\b|\b(?:rose|fell|risen|fallen|decreased|increased|declined|dropped|grew|peaked|peaking|falling steeply)\b|\b(?:(?:remained|was|were) (?:fairly )?flat|unchanged|upward|downward)\b/
    .source;

/**
 * How a measured quantity moved, in a bulletin's words, with no figure: `continued to trend up`,
 * `little changed`, `changed little`, `showed little change`, `edged down`, `held steady`, and a survey's
 * `no significant change` / `not statistically different` (a comparison the estimates support). The
 * statement itself is checkable against the series.
 */
const MOVED_WITHOUT_FIGURE =
  /\btrend(?:ed|ing|s)? (?:up|down|upward|downward|higher|lower)\b|\blittle changed\b|\bchanged little\b|\blittle (?:net |or no )?(?:change|movement)\b|\b(?:edged|ticked|inched) (?:up|down|higher|lower)\b|\b(?:held|remained|stayed|was|were) (?:about |essentially |roughly |largely )?(?:steady|stable)\b|\b(?:continued|continues) to (?:rise|fall|increase|decrease|decline|grow|climb|trend|edge)\b|\brebounded\b|\btrack(?:ed|s)? each other\b|\bno (?:statistically )?significant (?:change|difference)\b|\bnot (?:statistically )?(?:significantly|statistically) different\b/
    .source;

/**
 * Words of the future: an aim, a plan, an intention, a projection, an estimate of what is to
 * come. A sentence is a plan only when these are all it asserts (see `done`).
 */
const FUTURE = [
  /^(?:We|The department|The office|The county|The Government|The Administration) will\b/.source,
  /\bwill (?!have been\b)(?:\w+ )?\w+/.source,
  /\bwould (?!have\b)\w+/.source,
  /\b(?:plans?|planning|aims?|intends?|expects?|seeks?|pledged?|promised?|commits?|committed) to\b/.source,
  // `is estimated to be 29% lower` is an estimate of now; `is estimated to generate` one of the future.
  /\b(?:is|are|was|were)? ?(?:expected|projected|forecast|slated|poised|on track) to (?!have\b|date\b)/.source,
  /\bestimated to (?!have\b|be\b)/.source,
  /\bby (?:the end of )?20[3-9]\d\b|\btarget of\b/.source,
  /\b(?:projected|forecast|predicted|expects?|anticipates?) that\b/.source,
  /\b(?:estimates?|forecasts?|projections?|budget proposals?) (?:included|include|assumed|assume)\b/.source,
  /\bfrom (?:legislative|budget) proposals?\b|\b(?:put|puts) forward a (?:budget|plan|proposal)\b/.source,
];

/**
 * Words of something done: a past action or result beside a projection (`recently started
 * construction on its $365 million investment, projected to create 140 jobs`) makes the sentence
 * a claim. `announced` is not among them: an announced plan is still a plan.
 */
const DONE = [
  /\b(?:has|have|had) (?:already |now |since )?(?:reached|fallen|risen|increased|decreased|grown|declined|created|added|invested|delivered|secured|signed|completed|opened|started|begun|built|hired|provided|received|awarded|broken ground)\b/
    .source,
  /\b(?:recently |already |officially )?(?:started|began|broke ground|opened|completed|signed|hired|created|added|invested|delivered|awarded|secured|reached)\b/
    .source,
  /\b(?:has|have|had) been (?:announced|awarded|invested|delivered|allocated|obligated|approved|created|added|completed|built|signed)\b|\b(?:was|were) (?:announced|awarded|allocated|obligated|approved|completed|signed)\b/
    .source,
  // A figure announced or received is a past fact (`today announced $30 million for 12 projects that will…`);
  // `announced plans to` is not.
  /\b(?:announced|received|provided|approved|allocated|obligated|distributed) (?:(?:more than|over|nearly|almost|about|approximately|up to|an additional|another) )?[$£€]?\d/
    .source,
  // A quantity that moved, or an actual against an estimate (`were $8.4 billion below the estimates`).
  /\b(?:rose|fell|grew|declined|dropped|climbed|edged (?:up|down))\b|\b(?:was|were) [$£€]?[\d.,]+(?: (?:million|billion|trillion))? (?:below|above|higher|lower|more|less)\b/
    .source,
];

export const EN_CLAIM_RULES: ClaimRules = {
  ranking: {
    name: 'en.ranking',
    pattern:
      /\bmain (?:contributors?|drivers?|sources?)\b|\b(?:majority|bulk|remainder) of the (?:[\w-]+ ){0,2}(?:difference|increase|decrease|change|rise|fall|drop|decline)\b|\bpredomin(?:antly|ately)\b|\btop\s+\d+|\bfirst\b|\bhighest\b|\blowest\b|\branked\b|\bleading\b|\bonly\b.{0,80}?\bin the (?:state|country|nation|region)/i,
  },
  comparison: {
    name: 'en.comparison',
    pattern: new RegExp([COMPARED_WITH, MOVED, MOVED_WITHOUT_FIGURE].join('|'), 'i'),
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
  plan: { name: 'en.plan', pattern: new RegExp(FUTURE.join('|'), 'i') },
  done: { name: 'en.done', pattern: new RegExp(DONE.join('|'), 'i') },
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
  methodology: {
    name: 'en.methodology',
    pattern: new RegExp(
      [
        /^(?:This|The) (?:news )?(?:release|bulletin|report|section|publication|statement|table|chart|figure|annex) (?:presents|provides|contains|includes|explains|describes|summari[sz]es|covers|sets out)\b/
          .source,
        /\bsurvey (?:measures|collects|obtains|asks|covers|counts|is (?:a|an|conducted|based))\b/.source,
        /\b(?:is|are) (?:defined|classified|calculated|computed|derived|counted|considered|measured) (?:as|by|from|using|when|if)\b/
          .source,
        /\brefers? to\b|\bis (?:a|the) measure of\b|\bseeks? to (?:capture|measure)\b|^First published\b/.source,
        /\b(?:estimates|figures|data|statistics) relate to\b/.source,
        /\b(?:can|could|may) be (?:calculated|derived|computed|measured)\b|\bapproach is to\b/.source,
        // A footnote ([2] Applying a 3.5 percent discount rate…) notes a source or a method; a revision notice too.
        /^\[\d{1,2}\]|\bsubject to revision\b/.source,
      ].join('|'),
      'i',
    ),
  },
  surveyWindow: {
    name: 'en.survey-window',
    pattern: /\b(?:preceding|prior to|before) (?:the )?(?:survey|interview)\b|\bsurvey reference (?:week|period)\b/i,
  },
  timeFrame: /\b\d+(?:\.\d+)?\s*(?:days?|weeks?|months?|years?)\b/gi,
  hedge: {
    name: 'en.hedge',
    pattern:
      /\b(?:is|are|was|were) (?:\w+ )?likely to\b|\bmay (?:also )?(?:be|have)\b|\b(?:is|are) thought to\b|\bshould be seen in\b|\bevidence to suggest\b|\bsuggests? that\b/i,
  },
  publication: {
    name: 'en.publication',
    pattern:
      /\b(?:released|publishe[sd]|issued|unveiled) (?:(?:a|an|the|its|their|today's) )?(?:(?:new|first|final|annual|updated|latest|public|comprehensive|monthly|quarterly) )*(?:report|data|statistics|results|estimates|guidance|bulletin|analysis|fact sheet|release|study)\b/i,
  },
  releaseSchedule: {
    name: 'en.release-schedule',
    pattern: /\bscheduled (?:to be (?:released|published)|for release)\b|\bwill be (?:released|published) on\b/i,
  },
  leadIn: { name: 'en.lead-in', pattern: /:\s*$/ },
  title: {
    name: 'en.title',
    // Scale words stay lower case in a title ("Up To $6.3 billion").
    smallWord:
      /^(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|over|per|the|to|up|via|vs|with|million|billion|trillion|percent)$/i,
    minWords: 4,
    minCapitalShare: 0.8,
  },
};
