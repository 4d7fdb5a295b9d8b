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
 * The rank of the plan section open after `heading` (in simplified script), given the one open
 * before it; null when none is open.
 */
export function planRankAfter(openRank: number | null, heading: string, lang: 'zh' | 'en'): number | null {
  const rank = headingRank(heading);
  if (rank === null) return openRank;
  const closed = openRank !== null && rank <= openRank ? null : openRank;
  if (closed === null && claimRulesFor(lang).planHeading.pattern.test(heading) && !LOOKS_BACK_HEADING.test(heading))
    return rank;
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
): Set<TextUnit> {
  const inPlan = new Set<TextUnit>();
  let rank = openRank;
  for (const u of units) {
    if (u.kind === 'heading') rank = planRankAfter(rank, text.slice(u.start, u.end), lang);
    else if (u.kind === 'sentence' && rank !== null) inPlan.add(u);
  }
  return inPlan;
}
