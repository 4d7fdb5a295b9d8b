// Sections of targets, plans and forecasts (二、2026年预算草案, 主要预期目标, Outlook): their
// sentences are not claims, even with figures. A section runs to the next heading of its rank.
import type { TextUnit } from '../text/sentences';
import { claimRulesFor } from './claims';
import {
  CAPTION_HEADING,
  LOOKS_BACK_HEADING,
  RANK_1_HEADING,
  RANK_2_HEADING,
  RANK_3_HEADING,
} from '../rules/plan-sections';

/** Rank of a heading: 1 for 一、 and #, 2 for （一）, ##, and unnumbered headings, 3 for 1．; figure titles have none. */
function headingRank(text: string): number | null {
  const t = text.trim();
  if (CAPTION_HEADING.test(t)) return null;
  if (RANK_1_HEADING.test(t)) return 1;
  if (RANK_2_HEADING.test(t)) return 2;
  if (RANK_3_HEADING.test(t)) return 3;
  return 2;
}

/**
 * The section open after `heading` (in simplified script), given the one open before it: the rank of a plan section,
 * minus the rank of a review section (一、2025年工作回顾: the year just ended, whose estimates are results), or null.
 * One signed number, so that a part of a document carries its section in one value.
 */
export function planRankAfter(openRank: number | null, heading: string, lang: 'zh' | 'en'): number | null {
  const rank = headingRank(heading);
  if (rank === null) return openRank;
  const closed = openRank !== null && rank <= Math.abs(openRank) ? null : openRank;
  const rules = claimRulesFor(lang);
  // A plan inside a review (（五）下一步计划) is a plan; the review's sentences after it are not told apart again.
  if ((closed === null || closed < 0) && rules.planHeading.pattern.test(heading) && !LOOKS_BACK_HEADING.test(heading))
    return rank;
  if (closed === null && rules.reviewHeading?.pattern.test(heading)) return -rank;
  return closed;
}

/**
 * The sentence units that lie in a plan section. `units` are in text order; `openRank` is the
 * plan section open where the text starts (a part of a document continues its sections).
 */
export function planSectionUnits(
  text: string,
  units: readonly TextUnit[],
  lang: 'zh' | 'en',
  openRank: number | null = null,
): { inPlan: Set<TextUnit>; inReview: Set<TextUnit> } {
  const inPlan = new Set<TextUnit>();
  const inReview = new Set<TextUnit>();
  let rank = openRank;
  for (const u of units) {
    if (u.kind === 'heading') rank = planRankAfter(rank, text.slice(u.start, u.end), lang);
    else if (u.kind === 'sentence' && rank !== null) (rank > 0 ? inPlan : inReview).add(u);
  }
  return { inPlan, inReview };
}
