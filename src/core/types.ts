// The engine's data contract. Every offset is a UTF-16 code unit index into the
// document text as VS Code holds it (decoded, BOM removed); `end` is exclusive.

export interface TextRange {
  start: number;
  end: number;
}

export type Approx = 'over' | 'under' | 'about';
export type ChangeDirection = 'up' | 'down';

export interface Change {
  direction: ChangeDirection;
  /** What the change is measured against, as written: 同比, 环比, 比上年, year over year… null when unstated. */
  basis: string | null;
}

/** What sort of quantity a metric is; drives highlight colours and filters. */
export type MetricKind = 'count' | 'percent' | 'money' | 'physical' | 'duration' | 'multiple' | 'points';

export interface Metric {
  id: string;
  /** The span's text as written in the original document (may include a space or line break). */
  text: string;
  range: TextRange;
  /** 0-based line of range.start. */
  line: number;
  /** Value in `unit`, scale words applied (970余万元 → 9700000). */
  value: number;
  unit: string;
  kind: MetricKind;
  approx: Approx | null;
  change: Change | null;
  subject: string | null;
}

export type ClaimType = 'statistic' | 'ranking' | 'comparison' | 'award' | 'event';

export interface Claim {
  id: string;
  text: string;
  range: TextRange;
  /** Check-worthiness in [0, 1]. */
  score: number;
  types: ClaimType[];
  metricIds: string[];
}

/** Any numeric expression, metric or not (dates, codes and slogans included): the number layer's view. */
export interface NumberMention {
  text: string;
  range: TextRange;
  value: number;
}

export interface Heading {
  text: string;
  range: TextRange;
  line: number;
}

export interface AnalysisResult {
  metrics: Metric[];
  claims: Claim[];
  numbers: NumberMention[];
  headings: Heading[];
  /** The language the text was analysed as. */
  lang: 'zh' | 'en';
  /** True when POS tagging (nodejieba) informed subjects; false when it was unavailable or skipped. */
  segmented: boolean;
}

export interface AnalyzeOptions {
  /** Force a language; default: detect. */
  lang?: 'zh' | 'en' | 'auto';
  /** Use the segmenter when it is available (default true). False gives the fast, numbers-first pass. */
  useSegmenter?: boolean;
  /** Told once when the segmenter cannot load (the analysis goes on without it). */
  onWarning?: (message: string) => void;
}
