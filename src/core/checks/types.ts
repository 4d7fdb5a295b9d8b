// The findings of the consistency checks: each carries its arithmetic as text and every figure's range.
import type { TextRange } from '../types';

export type CheckName = 'change' | 'multiple' | 'parts' | 'shares' | 'rate' | 'repeat';
export type CheckStatus = 'consistent' | 'inconsistent';

export type FigureRole =
  | 'from'
  | 'to'
  | 'change'
  | 'multiple'
  | 'whole'
  | 'part'
  | 'term'
  | 'numerator'
  | 'denominator'
  | 'rate'
  | 'first'
  | 'second';

export interface FindingFigure {
  role: FigureRole;
  /** The figure as written in the report. */
  text: string;
  value: number;
  unit: string;
  range: TextRange;
  line: number;
}

export interface Finding {
  check: CheckName;
  status: CheckStatus;
  /** The computation, e.g. "(13 − 7) ÷ 13 = 46.2 %". */
  arithmetic: string;
  /** The arithmetic with its verdict, e.g. "(13 − 7) ÷ 13 = 46.2 %; the report says 46 %: consistent". */
  message: string;
  /** The value the arithmetic gives, in the stated figure's unit. */
  computed: number;
  /** The value the report states (the sum for a part list is compared with the whole). */
  stated: number;
  /** Covers every figure involved (for the repeat check: the later figure). */
  range: TextRange;
  line: number;
  figures: FindingFigure[];
}
