// The shape of a language's rules: named patterns, so `policy-lens explain` can say which
// rule made or refused a finding.

export interface NamedPattern {
  /** A stable name, `<lang>.<rule>`, shown by `policy-lens explain`. */
  name: string;
  pattern: RegExp;
}

export interface ClaimRules {
  ranking: NamedPattern;
  comparison: NamedPattern;
  award: NamedPattern;
  event: NamedPattern;
  /** A specific dated incident. */
  dated: NamedPattern;
  /** An act of law or policy with its date, or a body's decision: an event that speculation beside it does not refuse. */
  datedAct?: NamedPattern;
  /** 全覆盖, 清零, 100 percent: a statistic without a figure. */
  zeroStatistic: NamedPattern;
  /** Aims, plans, targets and forecasts. */
  plan: NamedPattern;
  /** Words of something done, which outweigh a plan cue. */
  done: NamedPattern;
  /** A heading that opens a section of plans or forecasts. */
  planHeading: NamedPattern;
  /**
   * A result reported in a section headed as a plan or outlook (a budget speech's "Economic and fiscal outlook" opens
   * with the year's results): still a claim. Absent where the language has none.
   */
  reportedInPlanSection?: NamedPattern;
  /**
   * A heading that opens a review of the year just ended (一、2025年工作回顾, 2025年主要工作和“十四五”发展成就). Absent
   * where the language has none.
   */
  reviewHeading?: NamedPattern;
  /**
   * An estimate of the year just ended, written in its review (预计全年接待游客9.6亿人次, 预计全市地区生产总值增长4%左右): the
   * year's result, not a forecast. Read only in a review section.
   */
  reviewEstimate?: NamedPattern;
  /** The sentence itself names the year just ended before its estimate (这一年…预计全年…): a review outside a review section. */
  reviewYearLead?: NamedPattern;
  /** What makes an estimate in a review a forecast after all: a coming year, an aim or a future (明年, 力争, 将, 到2030年). */
  reviewForecast?: NamedPattern;
  publicSpeaker: NamedPattern;
  official: NamedPattern;
  feeling: NamedPattern;
  /** The speaker talks of themself (an anecdote). */
  personal: NamedPattern;
  /** A change against a stated basis adds to a claim's score. */
  basis: NamedPattern;
  /**
   * Where the text before a sentence's first word of plan must end for that word to open an outlook after a result
   * (…較去年同期大幅成長52.35%，預估全年度…): a clause break, maybe a short subject after it.
   */
  outlookAfterResult?: RegExp;
  /** How a survey or figure is defined, collected or computed: not a claim, even with a number. */
  methodology?: NamedPattern;
  /** A briefing held to announce the results (召开新闻发布会，通报…): the report's own occasion, not a claim of it. */
  briefing?: NamedPattern;
  /** The window a survey asks about (`in the 4 weeks preceding the survey`): a definition when its only figures are time frames. */
  surveyWindow?: NamedPattern;
  /** Time frames (`12 months`), global: what is left of a sentence without them shows whether it states a figure. */
  timeFrame?: RegExp;
  /** Hedged speculation or interpretation (`is likely to have prompted`): not a claim without a figure. */
  hedge?: NamedPattern;
  /** An outlook described (`The financial outlook … has substantially improved.`): a forecast, not a claim unless it states a figure. */
  outlook?: NamedPattern;
  /**
   * A paragraph of forecasts: a sentence refused as a forecast that `opener` matches opens it for the periods
   * `period` finds in it (global); a later sentence of the paragraph with no period of its own or only those periods,
   * and no word of something done or `reported` (the past tense), continues the forecast (see claims/claims.ts,
   * forecastContextAfter).
   */
  forecastParagraph?: { name: string; opener: RegExp; period: RegExp; reported: RegExp };
  /** A report or data released (routine publication): not a claim unless it states a figure. */
  publication?: NamedPattern;
  /** The schedule of a coming release: never a claim. */
  releaseSchedule?: NamedPattern;
  /** A news page's link to another story (`READ ALSO: …`): furniture, whatever it states. */
  linkTeaser?: NamedPattern;
  /** A question (a member's question, a rhetorical one): asks, states nothing to check, even with figures. */
  question?: NamedPattern;
  /**
   * A line that introduces a list (ends with a colon): a claim only with a figure, a ranking or a comparison; a lead-in
   * to causes (`cause`: `The increase … was a result of:`) only with a figure or a ranking.
   */
  leadIn?: NamedPattern & { cause?: RegExp };
  /** A title line: no closing punctuation, and its words capitalised (small words aside). */
  title?: { name: string; smallWord: RegExp; minWords: number; minCapitalShare: number };
  /**
   * A headline or deck: a line standing alone between blank lines, followed by more text, that does not end
   * as a sentence (`sentenceEnd` fails on it). Read by claims/headlines.ts.
   */
  headline?: { name: string; sentenceEnd: RegExp; lede?: RegExp };
}
