// Claim cues for English reports.
import type { ClaimRules } from '../types';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** A comparison with an average, a record, or another figure. */
const COMPARED_WITH =
  /\bbelow the (?:national|state|regional) average\b|\babove the (?:national|state|regional) average\b|\bcompared with the (?:national|state)\b|\blower than\b|\bhigher than\b|\brecord (?:high|low)s?\b|\bsince records began\b|\b(?:largest|smallest|biggest|greatest|fastest|slowest|steepest)\b|\b(?:lower|higher|greater|larger|smaller|fewer|less common|more common)\b|\bnot significantly different\b|\bhalf the level\b|\b(?:more|less) likely\b|\bunlike\b|\b(?:twice|three times|half) as (?:likely|high|large|much|many)\b|\bout(?:paced|pacing|performed)\b|\b(?:significant|strong|rapid|steady|substantial|record)\s+growth\b|\b(?:better|worse|stronger|weaker) than\b|\b(?:below|above) (?:year-ago|a year ago|last year'?s?|the pace of|(?:the )?levels? (?:seen|of))\b|\byear-ago levels?\b|\bthan (?:a year ago|expected|anticipated|last year)\b|\b(?:fared|performed|did) (?:(?:much|far|somewhat|slightly|considerably) )?(?:less well|better|worse)\b|\b(?:more|less) severe (?:for|in|than)\b|\bdisproportionate(?:ly)?\b/
    .source;

/**
 * A current estimate or projection set against the one published before (`up from 0.82 percent projected in last
 * year's Report`, `the same year projected in last year's Report`, `20 later than projected last year`, `$21 billion
 * lower than announced in July`): the earlier
 * figure is on record, so the comparison is checkable even when both figures are projections.
 */
// A projection against the budget (`$22.5 million higher than budgeted`, `an improvement of $64.1 million from the
// original budget projection`, `down from $1.5 billion at the 2024-25 Budget`, `up $1.3 billion from Budget 2016`,
// `$27.1 billion better … compared to what was projected at PEFO`): the
// budget's figure is on record too.
const AGAINST_LAST_REPORT =
  /\b(?:projected|estimated|forecast|reported) (?:in )?(?:last|the previous|the prior) (?:year|month|quarter)(?:'s|’s)?(?: (?:reports?|projections?|forecasts?|estimates?))?\b|\bthan (?:(?:the )?[A-Z][\w'’]* |it |they |we )?(?:had )?(?:previously |originally |initially )?(?:announced|estimated|projected|forecast|reported|budgeted)\b|\b(?:compared|relative) (?:to|with) what (?:was|had been|we|it|they) (?:(?:previously|originally|initially) )?(?:announced|estimated|projected|forecast|expected|budgeted)\b|(?<!\b(?:estimates?|projections?|forecasts?|figures|data|outlays|amounts) )\b(?:from|over|against|compared (?:with|to)) (?:the )?(?:original |initial |[A-Z][a-z]+ |(?:19|20)\d\d(?:[-/]\d{2,4})? )?[Bb]udget(?:['’]s)?(?: (?:estimates?|projections?|forecasts?|expectations?))?(?= *(?:$|[.,;)]|(?:and|while|but|as)\b))|\bat the (?:(?:19|20)\d\d(?:[-/]\d{2,4})? )?Budget\b|\bfrom Budget (?:19|20)\d\d\b|\bsince the (?:first|second|third) quarter\b/
    .source;

/** A measured quantity moved: rose, fell, a decrease, remained flat. */
const MOVED =
  /\b(?:decreases|increases|falls|rises|reductions|declines)\b|(?<!\b(?:in|during|until|since)\s)\b(?:a|an|the|this|that|overall|large|small|net|sharp|steep|slight|further)\s+(?:decrease|increase|fall|rise|drop|decline|reduction)\b|\b(?:rose|fell|risen|fallen|declined|dropped|grew|peaked|peaking|falling steeply|climbed|jumped|surged|soared|plunged|plummeted|tumbled|slipped|dipped|spiked|doubled|tripled|halved|slowed|eased|weakened|strengthened|softened|picked up|retreated)\b|(?<!\b(?:will|would|could|may|might|should|to) (?:be )?)\bretreating\b|(?<!\b(?:prompting|causing|driving|spurring|fuel(?:l)?ing|with|from|of|to) )\b(?:increased|decreased)\b|\b(?:(?:remained|remains|was|were|is|are) (?:fairly |essentially |largely |basically )?flat|unchanged|upward|downward)\b/
    .source;

/**
 * The cause of a result already seen (`The loss was attributed to the pandemic`, `This was driven by expansions in …`,
 * `This resulted in an over-the-year decline`, `… contributed to Clicks gaining market share`): checkable against what
 * happened, as the move itself is; `resulted in` only after a pronoun that points back to the result (`This demand
 * increase resulted in a large call on inventories` narrates a chain, not a finding). Not what a release's revisions are due to, nor a cause given in the present (the
 * hedge rule refuses `is due in part to`, `This growth reflects`).
 */
const CAUSE_OF_RESULT =
  /\b(?:was|were|has been|have been)\s+(?:(?:mainly|largely|mostly|partly|partially|primarily|chiefly|also|further|in part)\s+)?(?:due to|driven by|attributed to|attributable to|underpinned by|supported by|enabled by|fuell?ed by|boosted by|caused by|(?:a|the) (?:direct )?result of(?! the following))\b|\b(?:is|are)\s+(?:(?:mainly|largely|mostly|partly|primarily|also)\s+)?(?:attributed to|attributable to)\b|\b(?:attributed|contributed)\s+(?:[\w’'-]+\s+){0,6}?to\b|\b(?:This|These|That|which)\s+(?:has |have |had )?resulted in\b|\b(?:was|were) (?:also )?(?:a|the) (?:major|main|key|significant|biggest|largest) (?:contributor|driver)s?\b/
    .source;

/**
 * How a measured quantity moved, in a bulletin's words, with no figure: `continued to trend up`,
 * `little changed`, `changed little`, `showed little change`, `edged down`, `held steady`, and a survey's
 * `no significant change` / `not statistically different` (a comparison the estimates support). The
 * statement itself is checkable against the series.
 */
const MOVED_WITHOUT_FIGURE =
  /\b(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?(?:(?:rapidly|steadily|sharply|slowly|gradually|quickly)\s+)?(?:rising|falling|increasing|decreasing|declining|growing|softening|strengthening|weakening|improving|worsening|slowing|easing|climbing|shrinking|reducing)\b(?!\s+(?:the|a|an|our|their|its|his|her|this|these|those|people|lives)\b)|\b(?:has|have)\s+(?:(?:also|now|steadily|sharply|significantly)\s+)?(?:appreciated|depreciated|risen|fallen|increased|decreased|declined|grown|weakened|strengthened|slowed|eased|shrunk|doubled|halved)\b|\b(?:exports|imports|investment|spending|sales|prices|output|production|employment|unemployment|revenues?|receipts|profits?|debt|crime|inflation|wages|earnings|incomes?)\s+(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:up|down)\b(?!\s+to\b)|\btrend(?:ed|ing|s)? (?:up|down|upward|downward|higher|lower)\b|\blittle changed\b|\bchanged little\b|\blittle (?:net |or no )?(?:change|movement)\b|\b(?:edged|ticked|inched) (?:up|down|higher|lower)\b|\b(?:held|remained|stayed|was|were) (?:about |essentially |roughly |largely |broadly |relatively )?(?:steady|stable)\b|\b(?:continued|continues) to (?:rise|fall|increase|decrease|decline|grow|climb|trend|edge|expand|contract|improve|ease|moderate|slow|strengthen|weaken|decelerate|accelerate)\b|\b(?:expand|grow|contract|rise|increas|declin)\w* at an? (?:\w+ )?(?:pace|rate)\b|\brebounded\b|\btrack(?:ed|s)? each other\b|\bcontinued to (?:see|show|post|record|report) (?:improvements?|increases?|gains?|growth|declines?|decreases?|losses)\b|\b(?:improved|worsened|deteriorated|accelerated|decelerated|moderated)\b(?!\s+(?:its|their|the|our|his|her|a|an)\b)|(?<!\bconditions )\b(?:remained|remains|stayed) (?:low|high|elevated|strong|solid|weak|subdued)\b|\bno (?:statistically )?significant (?:change|difference)\b|\b(?:change|difference|increase|decrease|decline)\b[^.;]{0,80}?\b(?:was|were) not (?:statistically )?significant\b|\bnot (?:statistically )?(?:significantly|statistically) different\b|\b(?:said to be|described as|reported as|appeared) (?:\w+ )?(?:flat|stronger|weaker|sluggish|soft|slow|mixed|stable|steady|rising|falling|declining|increasing|improving)\b|\bworking down\b|\bslacken(?:ed|ing)\b|\b(?:made|make|makes|making) an? (?:[\w-]+ )?(?:positive|negative|small|large|sizable|sizeable|scant|modest|significant|substantial|solid) contribution to\b|\b(?:subtracted|detracted) from (?:[\w-]+ ){0,2}(?:growth|GDP|output)\b|\bdrag on (?:[\w-]+ ){0,3}(?:growth|GDP|output)\b|\b(?:wealthier|poorer|richer|healthier|costlier|cheaper|older|younger) than\b|\b(?:been |was |were )?(?:cut|reduced|shrunk) (?:by )?(?:nearly |almost |roughly |about |more than )?(?:in )?half\b|\b(?:cut|reduced|slashed|halved)\s+(?:the|our|their|its)\s+(?:[\w-]+\s+){1,6}?(?:in|by)\s+half\b|\b(?:followed|following|after)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:decline|increase|drop|rise|gain|fall|decrease|rebound|contraction|expansion|slowdown|pickup)\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:previous|prior|first|second|third|fourth)\s+(?:month|quarter|year))\b/
    .source;

/**
 * A change told in a speech's words: a negated move (`Our population did not decline`), a perfect passive or
 * progressive (`has been reduced`, `has been increasing`, `has been holding steady`), a phrasal move (`went up`,
 * `have come down`), a reversed trend and a move shown (`showed another decrease in the crime rate`). Checkable against
 * the series as much as `rose` is.
 */
const MOVED_IN_SPEECH = new RegExp(
  [
    /\b(?:did|has|have) not (?:decline|fall|drop|rise|increase|decrease|grow|shrink|go (?:up|down))\b|\b(?:showed|shows|show|recorded|records|saw|sees|marked|marks|registered)\s+(?:another|a\s+further|a\s+continued|a\s+steady|a\s+sharp|a\s+significant|a\s+marked|an?(?:\s+overall)?)\s+(?:decrease|decline|increase|drop|fall|rise|reduction|improvement)\s+in\s+(?:the\s+)?[a-z]/
      .source,
    /\b(?:has|have) been (?:(?:steadily|sharply|significantly|substantially|dramatically|gradually) )?(?:reduced|increased|cut|lowered|raised|halved|doubled|tripled|rising|falling|increasing|decreasing|declining|growing|shrinking|improving|worsening)\b/
      .source,
    /\b(?:holding|holds) (?:steady|stable)\b/.source,
    /(?<!\bit (?:all )?)\b(?:went|gone|come|came) (?:up|down)\b(?!\s+(?:with|the stairs|here)\b)/.source,
    /\b(?:trend|decline|increase|growth|fall|rise)s? (?:has |have |had |was |were |is |are )?(?:been |now )?reversed\b/
      .source,
    // `reserves have stabilised`, `inflows have begun to pick up`, `We've driven down crime`, `a small gain in tourism`,
    // `a significant increase in Group profitability`, `the industry registered growth in gross loans`, `with increased
    // profit`.
    /\b(?:has|have) (?:now )?stabili[sz]ed\b|\b(?:has|have) (?:begun|started) to (?:pick up|rise|fall|recover|improve|decline|increase|decrease|ease|grow)\b/
      .source,
    // `the economy has continued to rebound`, `continued on a three year reducing trend`, `we have met all the debt
    // sustainability indicators`: a direction or a result stated without a figure.
    /\b(?:has|have|had)\s+continued\s+to\s+(?:rebound|recover|grow|improve|rise|increase|decline|fall|decrease|expand|strengthen|weaken)\b|\bcontinued\s+(?:on\s+)?(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:reducing|downward|upward|declining|rising|falling|increasing|decreasing)\s+trend\b|\b(?:have|has)\s+met\s+(?:all|each|every)\s+(?:of\s+)?(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:targets|indicators|benchmarks|goals)\b/
      .source,
    /\b(?:drove|driven|brought|pushed)\s+(?:[\w-]+\s+){0,3}?down\b|\ban? (?:small|slight|modest|large|sharp|significant|strong|substantial|marked|further) (?:gain|loss|improvement|deterioration|increase|decrease|rise|fall|decline|reduction|drop) in\b|\b(?:registered|recorded|reported|posted|saw|achieved|delivered|showed) (?:strong |solid |robust |good |healthy |further |continued |significant )?(?:growth|increases|declines|gains|improvements) in\b|\bwith increased (?:profits?|revenues?|sales|earnings|turnover|margins?|market share)\b/
      .source,
  ]
    // `would have gone up`, `could have been reduced`: what did not happen.
    .map((move) => `(?<!\\b(?:would|could|might|should|will|may|must) (?:not )?(?:have )?)(?:${move})`)
    .join('|'),
);

/** A body's decision or vote (`the Committee decided to`, `the Board voted to`): a specific event. */
const DECISION = /\b(?:decided|voted|agreed|ruled) to\b|\b(?:voted|ruled) (?:against|in favou?r of|unanimously)\b/
  .source;

/**
 * Words of the future: an aim, a plan, an intention, a projection, an estimate of what is to
 * come. A sentence is a plan only when these are all it asserts (see `done`).
 */
const FUTURE = [
  /^(?:We|The department|The office|The county|The Government|The Administration) will\b/.source,
  // A proposal is a plan: `I propose to enhance the allocation …`, `The City Manager is proposing a budget of …`, `The
  // total proposed budget … is $286 million`, `The 2021 Budget proposes measures to …`.
  // A request to the legislature is a proposal too (`I'm also requesting $11.2 million`, `I'm asking for a $1 million
  // increase`).
  /\b(?:I|[Ww]e)(?:['’]m| am| are)? (?:also |therefore |now |again )?(?:requesting|asking (?:for|you|the|that|lawmakers|legislators))\b|\b(?:I|[Ww]e) (?:also |therefore )?(?:request|recommend)\b/
    .source,
  // A budget's provisions and a target set (`We are also budgeting for a Medicaid Reserve Account of $29 million`, `Our
  // next year's target was set at $32 billion`, `The FY 2008 request is $3.815 billion`, `the $858.6 million Proposed
  // Budget`), and what is going to happen.
  // An estimate of what is likely (`This is likely to equate to approximately 600 students`), a possibility that "may
  // well be", and what a budget funds (`the budget funds five police cadet classes`).
  /\b(?:is|are) likely to (?:equate|be|reach|rise|fall|increase|decrease|exceed|total|remain|grow)\b|\bmay well be\b|\b(?:the|this|our) (?:\$?[\d.,]+ (?:million|billion) )?(?:[\w-]+ )?(?:fund )?budget (?:also )?(?:fully )?(?:funds|includes|provides|invests|allocates|maintains)\b/
    .source,
  // A budget adopted or approved for the year (`the City adopted a budget of $624.65 million`, `The approved General
  // Fund (GF) includes $231.49 million in revenues`): what is planned, not a result.
  /\b(?:adopted|approved) (?:a|an) (?:[\w-]+ ){0,3}?budgets? (?:of|totall?ing|totaling)\b|\bthe (?:approved|adopted) (?:[\w-]+ ){0,3}?(?:fund|budget)s? (?:\([A-Z]{1,5}\) )?includes?\b/
    .source,
  /\bbudget(?:ing|ed) for\b|\bwe (?:also )?include [^.;]{0,40}\bin the (?:[\w-]+ )?budget\b|\btarget (?:was |is |has been )?set at\b|\b(?:target|goal|aim|standard) is (?:to|that)\b|\bstandard that\b|\b(?:next|another) (?:year['’]s )?target\b|\b(?:FY ?\d{4}|budget) request (?:is|was|of|totals)\b|\bproposed budget\b|\b(?:is|are|am) going to\b/
    .source,
  // Targets set or specified (`The EU has set itself targets to progressively reduce its GHG emissions up to 2050`, `The
  // Act specifies a target reduction of 53.8 per cent`): what is aimed at, not what happened.
  /\bset (?:itself |themselves |ourselves )?(?:(?:a|new|ambitious|legally[- ]binding|interim|annual|statutory) )*targets?\b|\bspecif(?:y|ies|ied) (?:a |an )?(?:[\w-]+ )?targets?\b/
    .source,
  /\b(?:I|we) propose\b|\b(?:is|are) proposing\b|\bproposes (?:to|measures|an?|the)\b|\bthe (?:total )?proposed (?:[\w-]+ )?(?:budget|framework|spending|funding|allocation|appropriation|expenditure)s?\b/
    .source,
  /\bwill (?!have been\b)(?:\w+ )?\w+/.source,
  /\bwould (?!have\b)\w+/.source,
  // A risk or a possibility, not a result: `could push inflation up`, `may die before the end of the year`.
  // What a figure should do (`Our revenues next year should reach $1.981 billion`) is an estimate, not a result.
  /\bshould\s+(?:reach|rise|fall|increase|decrease|decline|grow|total|exceed|remain|climb|come in|amount to)\b/.source,
  /\b(?:could|might|may)\s+(?:not\s+|also\s+|well\s+)?(?:push|rise|fall|increase|decrease|decline|grow|slow|weaken|strengthen|lead|cause|add|reduce|lift|lower|raise|die|face|need|hit|reach|exceed|remain|continue|take|become)\b/
    .source,
  /\b(?:plans?|planning|aims?|intends?|expects?|seeks?|pledged?|promised?|commits?|committed) to\b/.source,
  // `The current load forecast indicates the region may meet or exceed 70,000 MW`: what a forecast shows may happen.
  /\bforecasts? (?:indicates?|shows?|suggests?|points? to)\b[^.;]{0,80}?\b(?:may|might|could)\b/.source,
  // `OPEC+ supply falls by 740 kb/d if voluntary cuts are maintained`: a scenario; `crude runs forecasts are 100 kb/d
  // higher than last month's Report`: a forecast's revision.
  /\bif (?:[\w+'’-]+ ){1,5}(?:are|is) (?:maintained|extended|kept|continued|implemented|unwound|lifted)\b/.source,
  /\bforecasts? (?:is|are) (?:[\w./%]+ ){0,3}?(?:higher|lower|up|down|unchanged)\b/.source,
  // A speaker's own expectation (`We expect growth of just over 6 per cent`, `We now expect a higher surplus`; not one
  // added to a statement of fact: `inflation has been about 2%, and we expect it to be close to target`) and a year's
  // objectives (`The key objectives for the economy … were: growth … of at least 5 per cent`).
  /(?<!,\s(?:and|but)\s)\b(?:I|[Ww]e) (?:now |also |still )?expect\b|\b(?:key |main |principal )objectives?\b|\bobjectives? for the (?:economy|year|fiscal year|budget)\b/
    .source,
  // `is estimated to be 29% lower` is an estimate of now; `is estimated to generate` one of the future.
  /\b(?:is|are|was|were)? ?(?:expected|projected|forecast|anticipated|slated|poised|on track) to (?!have\b|date\b)/
    .source,
  // `GDP growth is expected at 3.7 percent in 2024`, `completion of major projects is set to slow growth`: forecasts.
  /\b(?:is|are) (?:now |also )?expected at\b|\b(?:is|are) set to (?:slow|rise|fall|grow|increase|decrease|decline|remain|reach|continue|moderate|accelerate|ease|weaken|strengthen|pick up|rebound)\b/
    .source,
  /\bestimated to (?!have\b|be\b)/.source,
  // An office's own expectation and a time still to come (`In weeks to come, our office expects further federal matching
  // funds`, `…an acceleration in the months ahead`).
  /\b(?:office|department|agency|ministry|government|bureau|board|council)(?:['’]s)? (?:now |also |still )?expects\b|\bin (?:the )?(?:coming )?(?:days|weeks|months|years|quarters) (?:to come|ahead)\b/
    .source,
  // A speaker's offer of what a budget can do (`We can fund a 4 percent increase`, `we can also put over $100 million
  // into …`), a goal set (`a five-year goal to invest`), a projection in the progressive (`we are projecting to receive`).
  /\b(?:I|[Ww]e) can (?:also |now |then |finally )?(?:fund|invest|put|provide|give|spend|improve|cut|reduce|raise|increase|add|build|hire|expand|double|endow|help|deliver|afford|make|offer)\b|\bgoal to\b|\b(?:are|is|am) (?:projecting|forecasting|expecting|anticipating|targeting|aiming) to\b/
    .source,
  // A speaker's own forecast with its object (`I am forecasting a surplus of about $2 million`, `we are projecting
  // revenue of …`).
  /\b(?:I|[Ww]e)(?:['’]m| am| are)? (?:now |also |still )?(?:forecasting|projecting)\b/.source,
  /\bby (?:the end of )?20[3-9]\d\b|\btarget of\b/.source,
  /\b(?:projected|forecast|predicted|expects?|anticipates?) that\b/.source,
  // `EIA forecasts Brent prices to average $80`, `expects production to rise`: a forecast with its object between;
  // the coming months; a goal (not one exceeded or met: "exceeding its goal of 85%" reports a result); a due date; a budget office's or an energy agency's projection in the present tense
  // (`CBO projects deficits averaging …`, `In CBO's projections, debt rises to …`, `Projected deficits total …`,
  // `The forecast for Brent prices is …`).
  /\b(?:forecasts?|projects|expects?|anticipates?)\s+(?:[\w.'’-]+\s+){0,6}?to\s+(?:average|reach|rise|fall|increase|decrease|decline|grow|remain|total|exceed|continue|slow|moderate|accelerate|pick up|rebound|recover|ease|stabili[sz]e)\b|\bin the (?:coming|next) (?:days|weeks|months|quarters|years)\b|(?<!\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|met|meets|meeting|beat(?:s|ing)?|achiev(?:es|ed|ing)|reach(?:es|ed|ing)|hit(?:s|ting)?|above|beyond)\s+(?:[\w.'’-]+\s+){0,8}?)\bgoal (?:of|is to)\b|\b(?:is|are) due (?:on|by)\b|\b(?:projects|forecasts|expects|anticipates)\s+(?:[\w.'’-]+\s+){0,4}?(?:averaging|reaching|rising|falling|totaling|totalling|growing|declining|increasing)\b|\bin (?:CBO's|EIA's|OMB's|USDA's|the agency's|its|our|their) (?:[\w-]+ ){0,2}?(?:projections?|forecasts?|baseline|outlook)\b|(?<!\b(?:with|than|against|to|from|versus|vs\.?|of)\s+(?:the\s+|its\s+|our\s+)?)\b(?:projected|forecast) (?:deficits?|debt|outlays|revenues|spending|growth|prices?|production|demand|consumption|inflation)\b|\b(?:the|our|its|this) (?:[\w-]+ )?forecast (?:for|of|is|calls)\b/
    .source,
  /\b(?:estimates?|forecasts?|projections?|budget proposals?) (?:included|include|assumed|assume)\b/.source,
  // A forecast shown in the present (`Budget forecasts show an operating surplus of $75 million in 2014/15`); one that
  // `showed` is a past projection, reported as a fact.
  /\b(?:forecasts|projections) (?:also |now )?(?:show|suggest|indicate|point to)\b/.source,
  // A speaker's signpost (`I want to talk now about the first of the Government's four priorities`).
  /\b(?:I|[Ww]e) (?:want|wish|would like) to (?:talk|speak|turn|say|begin|start|focus|outline|set out)\b|\b[Ll]et me (?:now )?(?:turn|begin|start|talk|say|outline|set out)\b/
    .source,
  // A forecast release's own numbers (`ending stocks are projected at 255 million bushels`, `Projected use is …`,
  // `Soybean production is forecast at …`, `The export projection is raised …`).
  /\b(?:is|are|was|were) (?:now )?(?:projected|forecast) (?:at|to be|unchanged|higher|lower|up|down)\b|\b(?:is|are) (?:now )?(?:projected|forecast) (?:for|in)\b|^(?:[A-Z][A-Z ]+:\s+)?(?:Projected|Forecast|Expected|Budgeted) (?:(?:19|20)\d\d(?:[-/]\d{2,4})? )?[A-Za-z]|\bprojections? (?:is|are) (?:raised|lowered|increased|reduced|cut|unchanged)\b/
    .source,
  // A projection whose figure comes before its verb (`a current account deficit of 2.4% of GDP is projected due to a
  // rise in imports`), and one whose verb comes first (`the mission projects real economic growth of 4.4 per cent`).
  // Not a budget's own estimate of its year (`our budget projects an operating surplus of $4 million`: a claim), nor a
  // sentence that ends on what is expected (`… since no dramatic changes are expected`).
  /\b(?:is|are) (?:now |also )?(?:projected|forecast)(?= *(?:$|[.,;]|due to\b|because\b|owing to\b|amid\b|on the back of\b|thanks to\b|as [a-z]))|\b(?:projects|forecasts|predicts)\s+(?:[\w'’-]+\s+){0,3}?(?:growth|inflation|GDP|output|expansion|contraction)\s+(?:of|at)\b/
    .source,
  // A budget's expectations and its draft (`The corporation is expecting revenue of ₹4 crore`, `Budget estimates revenue
  // of ₹578.65 cr.`, `it has been decided to revise the fee from the next fiscal`, `The tabled draft budget consists of
  // an operating budget of R52,3 billion`).
  /\b(?:is|are) expecting\b|\bexpecting (?:a |an )?(?:revenue|income|receipts|collections?|surplus|deficit|grants?)\b|\bfrom the next (?:fiscal|financial year|year)\b|\b[Bb]udget estimates (?:revenue|expenditure|spending|income|receipts)\b|\b(?:draft|proposed|tabled) budget (?:consists|includes|provides|allocates|proposes)\b/
    .source,
  // A vote's Estimate laid before a committee (`the Estimate for the President's Establishment is €5.26 million`).
  /\b[Tt]he (?:Revised |Supplementary |Further )?Estimates? for (?:the )?[A-Z]/.source,
  /\bfrom (?:legislative|budget) proposals?\b|\b(?:put|puts) forward a (?:budget|plan|proposal)\b/.source,
  // A budget's proposals (`Expenditures are proposed to increase by $851.3 million`, `The Budget proposes …`).
  /\b(?:is|are)\s+proposed\s+(?:to|for|at)\b|\b[Bb]udget\s+(?:proposes|would)\b|\bproposes\s+(?:to\s+)?[a-z]+/.source,
  // A rule of a programme (`projects must meet the wage requirements to receive a 30% credit`): policy, not a fact.
  /\b(?:must|shall)\s+(?:not\s+)?(?:be\s+|have\s+)?[a-z]+|\b(?:is|are) required to\b/.source,
];

/**
 * Words of something done: a past action or result beside a projection (`recently started
 * construction on its $365 million investment, projected to create 140 jobs`) makes the sentence
 * a claim. `announced` is not among them: an announced plan is still a plan.
 */
const DONE = [
  /\b(?:has|have|had) (?:already |now |since )?(?:reached|fallen|risen|increased|decreased|grown|expanded|contracted|declined|created|added|invested|delivered|secured|signed|completed|opened|started|begun|built|hired|provided|received|awarded|broken ground|averaged|remained)\b/
    .source,
  /\b(?:recently |already |officially )?(?:started|began|broke ground|opened|completed|signed|hired|created|added|invested|delivered|awarded|secured|reached)\b/
    .source,
  /\b(?:has|have|had) been (?:announced|awarded|invested|delivered|allocated|obligated|approved|created|added|completed|built|signed)\b|\b(?:was|were) (?:announced|awarded|allocated|obligated|approved|completed|signed)\b/
    .source,
  // A result registered or attained (`GDP registered a three per cent growth and it is envisaged that …`, `up from the
  // 3.9 percent attained in the previous year`): a past fact beside the forecast of its sentence.
  /\b(?:registered|recorded|posted|attained|achieved)\s+(?:an?\s+)?(?:[\w.-]+\s+){0,3}?(?:growth|increase|decrease|decline|rise|fall|surplus|deficit|expansion|contraction)\b|\b(?:attained|recorded|registered|achieved)\s+(?:in|during)\s+(?:(?:the\s+)?(?:previous|last|prior)\s+(?:year|financial year|fiscal year|quarter)|(?:19|20)\d\d)\b/
    .source,
  // A figure a measure stood at or moved by in the past (`reserves stood at US$ 180 billion`, `exports rose by 5 per
  // cent`): a result, whatever section or plan it sits beside.
  /\b(?:stood|rose|fell|grew|expanded|contracted|increased|decreased|declined|dropped|climbed) (?:at|by|to) (?:(?:more than|over|nearly|almost|about|approximately|around|some) )?(?:US|Rs\.?)?\s?[$£€₹]?\s?\d/
    .source,
  // A figure announced or received is a past fact (`today announced $30 million for 12 projects that will…`);
  // `announced plans to` is not.
  /\b(?:announced|received|provided|approved|allocated|obligated|distributed) (?:(?:more than|over|nearly|almost|about|approximately|up to|an additional|another) )?[$£€]?\d/
    .source,
  // A caseload or an amount handled in the past (`We answered more than 90,000 emergency calls`, `showing it guaranteed
  // over $28 billion to entrepreneurs that otherwise would not have access`): a result beside a committed or a would.
  /\b(?:answered|responded to|guaranteed|handled|processed|arrested|seized|screened|served|conducted|investigated|issued|recovered|collected|enrolled|resolved|charged|removed|trained|rescued|inspected|assisted|disbursed|paid out|lent|loaned|attended|dispatched) (?:(?:more than|over|nearly|almost|about|approximately|around|some|a record) )?[$£€]?\d/
    .source,
  // `announced it is making $16 million available …`, `announced they are disbursing more than 25 million payments`.
  /\bannounced (?:that )?(?:it|they|the [\w-]+) (?:is|are|has|have) (?:making|providing|awarding|investing|disbursing|sending|issuing|made|provided|awarded|invested|disbursed|sent|issued) (?:(?:more than|over|nearly|almost|about|approximately|up to|an additional|another) )?[$£€]?\d/
    .source,
  // A decision taken (`The Committee decided to lower the target range … and will maintain …`) is a past fact.
  DECISION,
  // A level reached (`Trend unemployment is down to 6%, and … we aim to drive it even lower`).
  /\b(?:is|are|was|were) (?:now )?(?:down|up) (?:to|from|by) [$£€]?\d/.source,
  // A quantity that moved, or an actual against an estimate (`were $8.4 billion below the estimates`).
  /\b(?:rose|fell|grew|declined|dropped|climbed|edged (?:up|down))\b|\b(?:was|were) [$£€]?[\d.,]+(?: (?:million|billion|trillion))? (?:below|above|higher|lower|more|less)\b/
    .source,
  // A figure of a past year (`equaled 4.9 percent of GDP in 2018`), the past year a projection starts from (`will
  // grow from approximately 3.7 percent of GDP in 2018 to 5.9 percent …`), an outturn against what was expected
  // (`higher costs … in 2018 than expected`), causes of a change already seen (`Several factors contributed to the
  // change …`), and a projection set against the one published before.
  /\b(?:equaled|equalled|totaled|totalled|amounted to)\b|\bfrom (?:approximately |about |roughly |nearly |an estimated )?[$£€]?\d[\d.,]*(?: (?:percent|million|billion|trillion))?(?: (?:of|per|a) [\w ]{1,40}?)? in (?:19|20)\d\d\b(?! (?:to|through|and) (?:19|20)\d\d)|\bthan (?:expected|anticipated)\b|\bcontributed to the (?:change|increase|decrease|decline|rise|improvement|worsening)\b/
    .source,
  AGAINST_LAST_REPORT,
  // An amount set against a past period (`Combs will send $556.3 million …, up 2.3 percent compared to August 2009`,
  // `$33.7 million will go to Texas counties, 0.2 percent below last August`): the amount is already known.
  new RegExp(
    String.raw`\b(?:up|down)\s+[\d.]+\s*(?:percent|per cent|%)\s+(?:compared (?:to|with)|versus)\s+(?:last\s+(?:year|month|${MONTH})|a year (?:ago|earlier)|the same (?:month|period|quarter) (?:last|a) year|${MONTH}\s+(?:19|20)\d\d)\b|\b[\d.]+\s*(?:percent|per cent|%)\s+(?:below|above|higher than|lower than)\s+last\s+${MONTH}\b`,
  ).source,
  // A target met or missed (`The ATSSC met its target for timely payments … 0.63%, below the 2% target`, `We met 12 of
  // our 20 performance criteria`): a result against the plan.
  /\b(?:met|exceeded|achieved|surpassed|missed)\s+(?:(?:\d+|all|most|none|some)\s+of\s+)?(?:its|the|our|their)\s+(?:[\w-]+\s+){0,3}?(?:targets?|goals?|standards?|criteria|measures|benchmarks?)\b/
    .source,
  // An outturn set against its target (`growth was 3.1 per cent compared to the revised target of 3.7 per cent`,
  // `the deficit was 11.8 per cent of GDP against the revised target of …`), and an estimate of the year just ended
  // (`we expect growth … during this last year to have been 10 per cent`): the year's result.
  /\b(?:was|were|stood at|came in at|amounted to|reached)\s+[^;.]{0,40}?\d[^;]{0,60}?\b(?:compared (?:to|with)|against|relative to|versus)\s+(?:the |a |an )?(?:revised |original |initial |budget(?:ed)? |programmed |projected )?(?:target|estimate|projection|budget)\b|\bto have (?:been|grown|risen|fallen|increased|decreased|declined|expanded|contracted|averaged|reached)\b/
    .source,
  // A projection set against the figure of a named period (`… compared with an estimated $3.39 for 2024/25`): the
  // period's figure is a reported one.
  /\bcompared (?:with|to) (?:an? (?:estimated|revised|reported) )?[$£€]?\d[^,;]{0,40}? (?:for|in) (?:FY ?)?(?:19|20)\d\d(?:\/\d\d)?\b/
    .source,
];

/** A date in a sentence of events: `in 2010`, `in mid-2023`, `at the end of 2021`, `on March 15`, `In March 2020`, `since 2019` (the event rule is case-sensitive). */
const EVENT_DATE = `\\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Tt]hrough|[Bb]y|[Aa]t the (?:end|start|beginning|close) of)\\s+(?:(?:early|mid|late)-?\\s*)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?(?:19|20)\\d\\d\\b|\\b[Oo]n\\s+${MONTH}\\s+\\d{1,2}\\b`;

/**
 * An act of law or policy done: signed, enacted, took effect, expired, was repealed or removed, passed, launched.
 * With a date near it, the sentence reports a specific event (`The Act was signed into law in 2010`,
 * `Most of these provisions expired in mid-2023.`); without one it may describe what a law does.
 */
const POLICY_ACT =
  /(?<!\b(?:which|that) (?:was |were |had been |has been )?)\b(?:signed into law|enacted|went into effect|took effect|came into (?:force|effect)|expired|repealed|rescinded|(?:was|were) (?:removed|eliminated|abolished|launched|established|created|passed|approved|adopted|implemented|introduced|ended|lifted|suspended)|passed)\b/
    .source;

export const EN_CLAIM_RULES: ClaimRules = {
  ranking: {
    name: 'en.ranking',
    pattern:
      /\bmain (?:contributors?|drivers?|sources?)\b|\b(?:majority|bulk|remainder) of the (?:[\w-]+ ){0,2}(?:difference|increase|decrease|change|rise|fall|drop|decline)\b|\bpredomin(?:antly|ately)\b|\btop\s+\d+|\b(?:set|reached|hit) (?:a |an )?(?:new )?(?:all-time )?record\b|\b(?:a|its|their) new (?:low|high)\b|\b(?:lowest|highest|best|worst|strongest|weakest|fastest|slowest) (?:[\w-]+ ){0,2}since\b|(?<!\b(?:we|I|they|he|she|you|me|us|when|since|my|our|his|her|another)\s)(?<!\bread (?:for )?a )\bfirst\b(?! (?:elected|term|appointed|picture|graph|chart|table|figure|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+|estimates?|half|halves|quarters?|months?|weeks?|days?|years?\s+of|phase|stage|reading|part|section|chapter|page|step|semester|tranche|instal?lment|took|came|met|arrived|started|began|joined|heard|saw|sets?|outlines?|describes?|presents?|pays?|paid|look|looks)\b)|\bhighest\b(?!\s+(?:[\w-]+\s+)?priorit)|\b(?:\d+-year|multi-?decade|decades?-long) (?:lows?|highs?)\b|\bthe last time\b.{0,60}?\b(?:was|were) (?:in|on|during)\b|\blowest\b|\branked\b|\bleading\b|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[ -](?:safest|largest|biggest|highest|lowest|busiest|fastest|strongest|most\s+[a-z]+|least\s+[a-z]+)\b|\bonly\b.{0,80}?\bin the (?:state|country|nation|region)|\b(?:the )?(?:least|most) likely\b|\bthe (?:least|most) (?:common|frequent|prevalent) (?:cause|type|reason|form|source|category|occupation|industry|condition)s?\b|^The only (?!way\b|thing\b)\w+|\bthe only (?:group|state|country|region|industry|sector|category|county|city|product|source|month|quarter|year)s?\b|\bthe most (?:popular|widely used|used|visited|requested)\b|\b(?:a|new|all-time) record (?:for|in|year|high|low|number|level)\b|\brecord (?:revenues?|profits?|sales|earnings|results|turnover|volumes?|numbers|attendances?|levels|highs|lows|exports|output|production|harvests?|arrivals|visitor numbers)\b|\brecord-(?:breaking|setting)\b|\b(?:break|breaks|breaking|broke|shatter|shatters|shattering|shattered|set|sets|setting) (?:new |all-time |\w+ )?records\b|\brank(?:s|ed)? (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|near the top|among the top)\b|\bone of the (?:top|\w+ (?:fastest|largest|biggest|best))\b|\b(?:best|worst|highest|lowest|most|fewest) [\w -]{1,40}? in (?:the nation|the country|the world|(?:our|the) (?:state|nation|country)['’]s history)\b|\b(?:longest|largest|highest|lowest|best|worst|biggest|warmest|coldest|wettest|driest) [\w -]{0,30}?on record\b|\bthan ever(?: before)?\b|\bthe (?:world|nation|country|state|region|city|continent)['’]s (?:largest|biggest|busiest|highest|lowest|fastest|strongest|oldest|newest|greatest|best|worst|cleanest|safest|most (?!important|pressing|urgent|vulnerable|valued|trusted|precious)[\w-]+)\b|\b(?:most|least) (?:successful|productive|profitable) (?:year|month|quarter|season) (?:to date|ever|on record|in (?:its|our|their) history)\b|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:consecutive |successive |straight )?(?:year|month|quarter|time)s? (?:running|in a row)\b|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:consecutive|successive|straight) (?:year|month|quarter|week)s?\b|(?<!\b(?:can|could|will|would|should|must|may|might|to|help|helps|helping) )\b(?:lead|leads|led|leading) the (?:nation|country|world|state|region|continent|league)\b|\b(?:number one|No\. ?1|#1) (?:in|for|among)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)-year (?:highs?|lows?)\b|\b(?:best|worst|highest|lowest|strongest|weakest|longest|shortest|largest|biggest|smallest) (?:[\w-]+ ){1,8}?since (?:19|20)\d\d\b|\b(?:has|have) never been (?:more|stronger|higher|lower|larger|bigger)\b|\b(?:strongest|weakest|best|worst|biggest|busiest|highest|lowest) (?:[\w-]+ )?(?:year|month|quarter|season|week|day)s? (?:ever\b|on record\b|in (?:(?:its|our|their|the) )?(?:[\w-]+['’]s )?history\b)/i,
  },
  comparison: {
    name: 'en.comparison',
    pattern: new RegExp(
      [COMPARED_WITH, MOVED, MOVED_WITHOUT_FIGURE, MOVED_IN_SPEECH.source, AGAINST_LAST_REPORT, CAUSE_OF_RESULT].join(
        '|',
      ),
      'i',
    ),
  },
  award: {
    name: 'en.award',
    pattern:
      /\b(?:secured|retained|kept|maintained|regained|earned|upgraded)\b[^.;]{0,30}?\b(?:AAA|AA\+?|triple[- ]A|credit) rating\b|\bawarded\b|\bwas named\b|\bwere named\b|\brecogni[sz]ed\b|\bhonou?red (?:with|as|at|for)\b|\b(?:was|were) honou?red\b|\breceived .{0,30}award\b|\bwon\b/i,
  },
  event: {
    name: 'en.event',
    // An arrest or a charge, a named operation, and a facility's event (ports reopened, a refinery shut down).
    pattern:
      /\b(?:arrested|charged|indicted|convicted)\b.{0,60}?\b(?:in connection with|for)\b|\b(?:Operation|operation) [A-Z][a-z]+|\b(?:has|have|had|was|were) (?:reopened|restarted|resumed operations|shut down)\b/,
  },
  // A day named (`On March 15 the port reopened`), not the day a period ends or figures stand at (`the 3rd Quarter
  // Financial Report as of March 31, 2017`, `revenues collected through March 31`): those date a report, not an event.
  dated: {
    name: 'en.dated',
    pattern: new RegExp(`(?<!\\b(?:as of|as at|through|thru|ended|ending|until|to)\\s)${MONTH} \\d{1,2}\\b`),
  },
  datedAct: {
    name: 'en.dated-act',
    pattern: new RegExp(`${POLICY_ACT}.{0,80}?(?:${EVENT_DATE})|(?:${EVENT_DATE}).{0,80}?${POLICY_ACT}|${DECISION}`),
  },
  zeroStatistic: {
    name: 'en.zero-statistic',
    // `There are no refineries in Florida`, `There were no fatalities`: a count of zero (not `there is no charge`). A
    // fiscal state is a statistic without a figure too (`Our province has a balanced budget`, `back in the black`).
    pattern:
      /\b(?:has|have|had|is|was|are|were) (?:a )?balanced (?:budget|books)\b|\bback in the black\b|\b(?:is|are|was|were|remains?|remained) in (?:surplus|deficit)\b|\b100\s*(?:%|percent|per cent)|\bthere (?:are|were) (?:no|zero) (?!(?:plans|signs|indications)\b)[a-z]|\bthere was (?:no|zero) (?!(?:plan|sign|indication|need|reason|evidence|mention|change|charge)\b)[a-z]+ (?:from|of|in|at|for)\b|\b(?:has|have|had)(?: also| now| consistently)? (?:remained|stayed|been kept|held) at zero\b|\b(?:remained|remains|stayed|stays|fell|dropped|declined|was reduced) to zero\b/i,
  },
  plan: { name: 'en.plan', pattern: new RegExp(FUTURE.join('|'), 'i') },
  done: { name: 'en.done', pattern: new RegExp(DONE.join('|'), 'i') },
  planHeading: {
    name: 'en.plan-heading',
    // Not a result set against the forecast (`2023-24 deficit worse than forecast`, `Outturn against forecast`).
    pattern:
      /(?<!\b(?:than|against|versus|vs\.?|with|to|from|on)\s+(?:the\s+|our\s+|its\s+)?)\b(?:outlook|forecasts?|projections?|targets|plans for|the year ahead)\b/i,
  },
  reportedInPlanSection: {
    name: 'en.reported-in-plan-section',
    // `has now been below four per cent`, `averaged 6.4 per cent`, `our economy added 3,200 jobs`: a state held or a
    // result of the past year (`The Government reduced net core Crown debt to 19.0 per cent`), not the outlook's forecast (a sentence with a forecast's words is refused before).
    pattern:
      /\b(?:has|have) (?:now |also |since |consistently |already )?been\b|\b(?:averaged|added|recorded|rose|fell|grew|increased|decreased|declined|dropped|reduced|inherited|achieved|was|were)\b|\bin the (?:last|past) (?:year|twelve months|12 months)\b|\blast year\b/i,
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
        // Not the figure a total is ("The figure includes a total of 148,864 thefts"): that is the count itself.
        /^(?:[•·▪◦‣∙]\s*)?(?:This|The) (?:news )?(?:release|bulletin|report|section|publication|statement|table|chart|figure|annex|page|indicator|measure|dashboard) (?:presents|provides|contains|includes|explains|describes|summari[sz]es|covers|sets out|measures|allows you|lets you|shows how)\b(?!\s+(?:a total of|\d|over \d|more than \d|some \d|about \d))/
          .source,
        // The survey, its sample and its tests: `The sample consists of about 89,000 addresses`, `significant at the 90
        // percent confidence level`, `The margin of error for … is …`.
        /\bsurvey (?:measures|collects|obtains|asks|covers|counts|is (?:a|an|conducted|based))\b|^(?:The )?[A-Z][\w-]* (?:is|was) an? (?:[\w-]+ ){0,3}survey (?:of|involving|that|which|conducted|covering|based)\b|\bsample (?:consists|consisted|comprises|comprised|includes|included|size)\b|\bconfidence level\b|\bundergone statistical testing\b|^The margins? of error\b/
          .source,
        // (`were classified as full-time`, `were counted as` in the past tense report results: only a past definition stays.)
        /\b(?:is|are) (?:defined|classified|calculated|computed|derived|counted|considered|measured) (?:as|by|from|using|when|if)\b|\b(?:was|were) defined as\b/
          .source,
        // A paper's method: `Methods--Data are based on 99.96% of 2016 births`, `records … are weighted to … counts`.
        /^Methods?\b\s*(?:--|[:.—–-])|\b(?:data|estimates|figures|results) (?:are|were) based on\b|\b(?:are|were) weighted (?:to|by|using)\b/
          .source,
        /\brefers? to\b|\bis (?:a|the) measure of\b|\bseeks? to (?:capture|measure)\b|^First published\b/.source,
        /\b(?:estimates|figures|data|statistics) relate to\b/.source,
        // An index's or a report's coverage: `The Urban CPI covers 35 cities and 356 consumer items`, `The report covers
        // complaints about 13 providers`, `the LFS uses the age limit of 15 to 64 years`.
        /\b(?:CPI|RPI|PPI|index|indices|basket|LFS|report|survey|release|bulletin)\s+(?:covers|covered|comprises|uses\s+the)\b/
          .source,
        // Assumptions and the survey behind the estimates: `maintenance costs are assumed to be roughly $0.06 per
        // mile`, `Users are reminded that the figures … are estimates based on a monthly survey of 5,000 retailers`.
        /\b(?:is|are|was|were) assumed to\b|\bestimates based on (?:a|an|the) (?:[\w-]+ )?(?:survey|sample)\b|^Users (?:are|should be) (?:reminded|advised|aware)\b/
          .source,
        /\b(?:can|could|may) be (?:calculated|derived|computed|measured)\b|\bapproach is to\b/.source,
        // What a survey or a release covers: `It collects data on … individuals aged 14 years and above`, `this article
        // only covers …`, `statistics are provided in total and by fuel`.
        /\b(?:collects|collected|gathers) (?:data|information|statistics) (?:on|about|from)\b|\bthis (?:article|report|release|bulletin|publication|survey) (?:only |also )?(?:covers|focuses on|looks at)\b|\b(?:statistics|data|figures|estimates) are (?:provided|presented|published|shown) (?:in|for|by|on)\b/
          .source,
        // A footnote ([2] Applying a 3.5 percent discount rate…) notes a source or a method; a revision notice too.
        // So is the release's contact line: `For more information, contact …`, `Media inquiries: …`.
        /^\[\d{1,2}\]|\bsubject to revision\b|\b(?:estimates|data|figures)\b(?: [\w-]+){0,6}? (?:are|is) preliminary\b|^(?:For (?:more |further |additional )?(?:information|questions|details)\b|(?:Media|Press) (?:inquiries|contact)\b)/
          .source,
      ].join('|'),
      'i',
    ),
  },
  surveyWindow: {
    name: 'en.survey-window',
    pattern: /\b(?:preceding|prior to|before) (?:the )?(?:survey|interview)\b|\bsurvey reference (?:week|period)\b/i,
  },
  timeFrame: /\b\d+(?:\.\d+)?\s*(?:days?|weeks?|months?|years?)\b/gi,
  // "Reports on sales suggest that activity was below …": what contacts report is stated, not hedged.
  hedge: {
    name: 'en.hedge',
    pattern:
      /\b(?:is|are|was|were) (?:\w+ )?likely to\b|\bmay (?:also )?(?:be|have)\b|\b(?:is|are) thought to\b|\bshould be seen in\b|\bevidence to suggest\b|(?<!\b(?:[Ii]ndicators|[Rr]eports|[Cc]ontacts|[Ss]urveys|[Rr]esponses)\b[^.;]{0,80})\bsuggests?,?(?: [^.;,]{1,30},)? that\b|\b(?:it is|it's|remains) unclear\b|^(?:And |But |So |Now )?I (?:believe|think|suspect)\b|\bin my (?:view|opinion)\b|^(?:The|This|These|That|Such) (?:[\w-]+ )?(?:reduction|increase|decrease|growth|rise|fall|decline|drop|improvement|change|deterioration)s? (?:is|was|are|were|has been) (?:largely |mainly |partly |in part |primarily |mostly )?(?:due|attributable|attributed|driven|explained)\b|^(?:This|These|It) (?:[\w-]+ )?(?:reflects|reflected|is explained by)\b|\battributed (?:this|it|the [\w-]+) to\b|\b(?:am|are|is|remain) (?:hopeful|optimistic|confident) that\b/i,
  },
  publication: {
    name: 'en.publication',
    pattern:
      /^["“]?This (?:annual |year['’]s )?report (?:is|was|sets out|records|describes|covers)\b|\bannounce[sd]? the (?:release|publication|launch) of\b|\b(?:released|publishe[sd]|issued|unveiled) (?:(?:a|an|the|its|their|today's) )?(?:(?:new|first|final|annual|updated|latest|public|comprehensive|monthly|quarterly) )*(?:report|data|statistics|results|estimates|guidance|bulletin|analysis|fact sheet|release|study|figures)\b|\b(?:paper|report|release|brief|study|dashboard|tool|table|figure|chart|graph|map|appendix|visuali[sz]ation|story|article|section)\s+(?:further |also |below |above |now )?(?:examines|explores|shows|presents|provides|describes|details|highlights|looks at|compares|displays|depicts|illustrates|summari[sz]es|allows|lets|includes|contains|covers)\b|\b(?:forecasts?|estimates?|projections?|figures|data|statistics|calculations?) (?:are|is|were|was) based on\b/i,
  },
  // What an outlook is or how it changed is a forecast or an evaluation of one (`The global outlook for 2026/27 is for
  // lower production`, `Contacts indicate a pretty good outlook`); with a figure the sentence is judged on that.
  // Only an outlook as the subject (`The financial outlook for … has improved`) or described (`a pretty good
  // outlook`): `The most noteworthy change in the outlook for 2024/25 is in Brazil …` reports a change.
  outlook: {
    name: 'en.outlook',
    pattern:
      /^(?:[A-Z][a-z]+, )?(?:the|our|its|this) (?:[\w/-]+ ){0,3}?outlook\b|\b(?:a|an) (?:[\w/-]+ ){0,3}?outlook\b/i,
  },
  // A forecast release's paragraph (`The 2026/27 global wheat outlook has shifted … with projected production falling.
  // Foreign production is down 1.6 million tons …`): the sentences after its projection are projections too, unless
  // they name another period (`… exports for 2025/26`) or report something done.
  forecastParagraph: {
    name: 'en.forecast-paragraph',
    opener: /\b(?:projected|projections?|forecasts?|outlook)\b/i,
    period: /\b(?:FY ?)?(?:19|20)\d\d(?:\/\d\d)?\b/g,
    // The past tense reports what was seen (`Revenues were 17.1 percent of GDP.`, `Prices increased 2.9 percent.`,
    // `headline consumer inflation decelerated to 4% from 4.5%` after a paragraph's forecasts);
    // a forecast release writes its revisions in the present (`are increased 10 million bushels`, `stocks fall`).
    reported:
      /\b(?:was|were|had)\b|(?<!\b(?:is|are|be|been|being|to|with|from|of|by|for|prompting|causing) )\b(?:increased|decreased|expanded|contracted|surged|jumped|plunged|tumbled|soared|slipped|dipped|ticked|averaged|reached|posted|recorded|reported|decelerated|accelerated|declined|fell|rose|grew|eased|slowed|dropped|climbed|edged|moderated)\b/,
  },
  question: {
    name: 'en.question',
    // "Did you know that the recidivism rate is about 60 percent?", "Or that …?": a release's rhetorical question states
    // its figure (H56-1); a member's question asks for one (H49-12).
    pattern:
      /^(?!(?:[A-Z][A-Z .,'-]{2,40}[–—-]\s*)?(?:(?:Did|Do)\s+you\s+know|How\s+about|(?:Or|And)\s+that)\b).*\?\s*["”’')\]]*\s*$/s,
  },
  linkTeaser: {
    name: 'en.link-teaser',
    pattern:
      /^(?:READ ALSO|Read [Aa]lso|ALSO READ|Also [Rr]ead|READ MORE|Read [Mm]ore|RELATED|Related(?: [Ss]tor(?:y|ies)| [Nn]ews| [Aa]rticles?| [Ll]inks?)?|SEE ALSO|See [Aa]lso|MORE NEWS|More [Nn]ews)\s*[:|-]/,
  },
  // When a release is or may be published (an embargo line: `EMBARGO: Not for publication before 1800 hours on …`).
  releaseSchedule: {
    name: 'en.release-schedule',
    pattern:
      /^\s*(?:EMBARGO(?:ED)?\b|FOR IMMEDIATE RELEASE\b)|\b(?:[Nn]ot|NOT) (?:for|FOR) (?:publication|PUBLICATION|release|RELEASE)\b|\b[Oo]nly to be (?:published|released)\b|\bscheduled (?:to be (?:released|published)|for release)\b|\bwill be (?:released|published) on\b|\b(?:next|upcoming) (?:releases?|reports?|updates?|publications?|issues?)\b/i,
  },
  leadIn: {
    name: 'en.lead-in',
    pattern: /:\s*$/,
    // `The increase in net debt was a result of:` introduces the causes; the change it names is in the list.
    cause:
      /\b(?:(?:was|were|is|are) (?:mainly |largely |mostly |partly )?(?:(?:a |the )?results? of|due to|because of|driven by|explained by|accounted for by|attributable to)|reflect(?:s|ed)?|(?:was|were) caused by)\s*:\s*$/i,
  },
  headline: {
    name: 'en.headline',
    // A sentence end, maybe behind closing quotes and footnote markers (`… electric versions.[3]`); a colon (a
    // list's lead-in), a semicolon or a comma (a clause broken off) leave the line to the other rules.
    sentenceEnd: /[.!?…:;,]["”’')\]]*(?:\[\d{1,3}\])*$/u,
    // A news lede opened by a dateline (`KUALA LUMPUR: The number of establishments … stood at 1.09 million …`) is
    // the story's first sentence, not a headline, whether or not its full stop was kept.
    lede: /^[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?::|\s[—–-]|\([A-Za-z]+\))\s+[A-Z][a-z]/u,
  },
  title: {
    name: 'en.title',
    // Scale words stay lower case in a title ("Up To $6.3 billion").
    smallWord:
      /^(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|over|per|the|to|up|via|vs|with|million|billion|trillion|percent)$/i,
    minWords: 4,
    minCapitalShare: 0.8,
  },
};
