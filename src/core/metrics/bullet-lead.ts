// A bullet list under a lead line that ends with a colon measures what the lead names (the GUIDE's subject rule: what
// is measured, not the place): "Of all prisoners:⏎- 93% (37,619) were male", "The imprisonment rate per 100,000 adult
// population was:⏎- 293 for Western Australia", "There were 40,627 prisoners:⏎- up from 40,330 in the March quarter".
import { EN_BULLET_LEAD_MEASURE, EN_BULLET_LEAD_SET } from '../rules/en/subjects';
import { EN_LAST_WORD } from '../rules/en/clause';
import { bulletListStart, namesOnlyPlaces } from './place-measure';
import { earlierWithin, type CompletionContext } from './subject';

/** A lead line ends with a colon. */
const COLON_END = /:\s*$/;

/**
 * An item's own subject that says nothing the lead does not: none, a place, or the noun its figure counts ("201
 * persons" → persons, "1,025 persons for the Northern Territory").
 */
function weakItemSubject(subject: string | null, ctx: CompletionContext & { spanEnd: number }): boolean {
  if (!subject) return true;
  if (namesOnlyPlaces(subject)) return true;
  const counted = EN_LAST_WORD.exec(ctx.text.slice(ctx.numberStart, ctx.spanEnd))?.[0].toLowerCase();
  return !!counted && subject.split(' ')[0].toLowerCase() === counted;
}

/** What the lead of the figure's bullet list names, for an item with a weak subject of its own; else null. */
export function bulletLeadMeasure(subject: string | null, ctx: CompletionContext): string | null {
  const { text, numberStart, spanEnd } = ctx;
  if (spanEnd === undefined || !weakItemSubject(subject, { ...ctx, spanEnd })) return null;
  const listStart = bulletListStart(text, numberStart);
  if (listStart <= 0) return null;
  const leadEnd = text.slice(0, listStart).trimEnd().length;
  const leadStart = text.lastIndexOf('\n', leadEnd - 1) + 1;
  const lead = text.slice(leadStart, leadEnd);
  if (!COLON_END.test(lead)) return null;
  const named = EN_BULLET_LEAD_SET.exec(lead) ?? EN_BULLET_LEAD_MEASURE.exec(lead);
  if (named) return (named[1] ?? named[2]).trim();
  // "There were 40,627 (average daily number) prisoners:": the lead's own figure's measure.
  return earlierWithin(ctx.earlier, leadStart, leadEnd)[0]?.subject ?? null;
}
