// The shape of one language's metric rules: the readers, approximation words, refusals and
// subject completion that metrics.ts applies to a figure. metrics.ts holds the steps common to
// every language; a language is one module that implements this interface (lang/zh.ts, lang/en.ts)
// and is registered in lang/index.ts.
import type { NumberToken } from '../../numbers/numbers';
import type { UnitMatch } from '../../numbers/units';
import type { TaggedWord } from '../../text/segmenter';
import type { Approx, ChangeDirection } from '../../types';
import type { CompletionContext } from '../subject';

/** A figure read before: where it stands, its unit and its subject. */
export interface FigureRead {
  start: number;
  end: number;
  unit: string;
  subject: string | null;
}

export type Language = 'zh' | 'en';

/** A unit read after a figure, with the length of text it covers (0 when it is borrowed from elsewhere). */
export type FigureUnit = UnitMatch & { length: number };

/** What a unit reader sees of a figure. */
export interface UnitContext {
  text: string;
  token: NumberToken;
  /** The POS tags of the figure's sentence (tagged on first call), or null. */
  tags: () => TaggedWord[] | null;
  /** Where the figure's sentence (or clause, outside every sentence) starts. */
  sentenceStart: number;
  /** The end of the figure before this one when it was a ratio term or index value, else null. */
  previousIndexEnd: number | null;
}

/** Finds the unit of a figure, or null to let the next reader try. */
export type UnitReader = (figure: UnitContext) => FigureUnit | null;

/** What a refusal sees of a figure once its unit and approximation words are read. */
export interface RefusalContext {
  text: string;
  token: NumberToken;
  unit: FigureUnit;
  /** The end of the figure's span (unit and approximation words after it included). */
  end: number;
  tags: () => TaggedWord[] | null;
  /** The short quote around the figure, if any. */
  quote: { open: number; close: number } | null;
}

/** A named reason a figure is no metric (`<lang>.metric.<name>` in `policy-lens explain`). */
export interface FigureRefusal {
  name: string;
  refuses: (figure: RefusalContext) => boolean;
}

export interface MetricRules {
  lang: Language;
  /** Does the figure's own script or the text around it call for these rules whatever the document's language? */
  claimsFigure: (text: string, token: NumberToken) => boolean;
  /** Readers of a figure's unit, tried in order; the first to find one wins. */
  unitReaders: readonly UnitReader[];
  /** The approximation a word before the figure gives it (突破9万亿元, topped 5 million: over), or null. */
  approxBefore: (text: string, token: NumberToken) => Approx | null;
  /** The approximation a list after this figure shares (接连突破8万亿元、9万亿元), given approxBefore's answer. */
  approxSharedByList: (token: NumberToken, before: Approx | null) => Approx | null;
  /** Approximation words after the unit (2倍多, 24小时内): the first one found (or null) and the span's new end. */
  approxAfterUnit: (text: string, end: number, unit: FigureUnit) => { approx: Approx | null; end: number };
  /** Figures that are no metric, tried in order; the first that holds refuses the figure. */
  refusals: readonly FigureRefusal[];
  /** The text before a figure as its change words are read (Chinese drops white space: a line may break a word). */
  changeText: (before: string) => string;
  /**
   * A move only a figure of this unit makes, when the change words found none: points a part adds to a whole's growth
   * (拉动…1.4个百分点, contributed 0.97 percentage point to the growth), growth at a rate (grow this year at 5 percent).
   */
  changeOfUnit?: (before: string, after: string, token: NumberToken, unit: FigureUnit) => ChangeDirection | null;
  /** A change word before the figure that still leaves it a level (农房风貌提升26.4万户: the count of things upgraded). */
  keepsLevel: (text: string, token: NumberToken, unit: FigureUnit) => boolean;
  /** Is this figure the second end of a range whose first end is `previous` (from 53.4% to 76.5%)? */
  endsRangeAfter: (text: string, previous: { start: number; change: unknown }, gap: string) => boolean;
  /**
   * Does a figure joined to the one before by a list word measure something of its own, so it keeps its own subject
   * ("2,150 sworn deputies and 1,020 civilian staff", "down 11%, 10% and 4% respectively")? `after` follows the figure.
   */
  standsAloneInList?: (unit: FigureUnit, previousUnit: string, after: string) => boolean;
  /** Besides a count, may a figure of this unit be of the noun written after it (提供超过30万平方米楼面面积)? */
  measureNamesNounAfter?: (unit: FigureUnit) => boolean;
  /** Does this figure (of `unit`) measure what `previous` does, set against another basis (27% lower than …, and 43% lower)? */
  continuesComparison?: (
    gap: string,
    previous: { unit: string; change?: { direction: string } | null },
    unit: string,
  ) => boolean;
  /** "a decrease of $65 million (2.2 %)": is the figure, by the gap before it and the text after, a bracketed restatement? */
  restatesInBrackets?: (gap: string, after: string) => boolean;
  /**
   * "Revenues were $409 million above the month's forecast of $19.387 billion": the subject of a forecast, target or
   * budget level set against the figure before, from that figure's subject (Revenues forecast), or null.
   */
  basisLevelSubject?: (gap: string, previousSubject: string | null) => string | null;
  /**
   * "…; Q2 at 7.2 per cent": whether a figure, after the gap from the figure before it (across a sentence unit's end),
   * is a period's item of the same list, given the subject found for it (none, or a period alone).
   */
  listsPeriodItem?: (gap: string, subject: string | null) => boolean;
  /**
   * "…totaled 27,358 thousand persons, which went up 452 thousand persons": a change whose subject is only the noun the
   * figure before it counts takes that figure's subject. `subject` is the change's own, `previous` the figure before it
   * in the sentence, `unit` the change's unit. A level with no noun ("marked 28,216 thousand") counts what the change does.
   */
  /**
   * 破获各类刑事案件1106起，较上年同期破案858起上升28.9%: the subject of a move right after a basis's level (`basis`, the
   * figure before it in the sentence, whose subject the move took), when the language reads it as the move of the figure
   * the basis is set against; else null. `earlier` holds the figures read before, in text order.
   */
  subjectAfterBasis?: (
    text: string,
    earlier: readonly FigureRead[],
    basis: FigureRead,
    at: number,
    sentenceStart: number,
  ) => string | null;
  changeOfCounted?: (
    subject: string | null,
    unit: string,
    previous: { unit: string; subject: string | null },
  ) => boolean;
  /**
   * "Motorways carried 68.7 bvm of traffic, 1.4% more than in 2016": does a subject that holds the figure before it (its
   * quote) restate that figure's clause, so the figure measures what that one does?
   */
  holdsFigureBefore?: (subject: string, previousQuote: string) => boolean;
  /** Completes a figure's subject from what its sentence or paragraph named before. */
  completeSubject: (subject: string | null, ctx: CompletionContext & { from: number }) => string | null;
}
