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
  /** 全覆盖, 清零, 100 percent: a statistic without a figure. */
  zeroStatistic: NamedPattern;
  /** Aims, plans, targets and forecasts. */
  plan: NamedPattern;
  /** Words of something done, which outweigh a plan cue. */
  done: NamedPattern;
  /** A heading that opens a section of plans or forecasts. */
  planHeading: NamedPattern;
  publicSpeaker: NamedPattern;
  official: NamedPattern;
  feeling: NamedPattern;
  /** The speaker talks of themself (an anecdote). */
  personal: NamedPattern;
  /** A change against a stated basis adds to a claim's score. */
  basis: NamedPattern;
}
