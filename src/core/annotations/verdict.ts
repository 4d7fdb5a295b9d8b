// Which tag gives a claim its status, and whether the tagged text changed since that status was
// set: decided here once, for the language server, the CLI's claim table and the exports.
import type { Claim } from '../types';
import { changedSinceChecked } from './model';
import { anchorAll, type AnchoredAnnotation } from './review';
import { loadSidecar, sidecarPath } from './sidecar';

export interface ClaimVerdict {
  status: string;
  /** The tag that gives the status; null for an untagged claim. */
  annotationId: string | null;
  /** The tagged text no longer reads as it did when the status was set. */
  changed: boolean;
}

type Span = { range: { start: number; end: number } };

/** The anchored tag over a span (a claim, a selection): the first one that overlaps it. */
export function tagOver(items: readonly AnchoredAnnotation[], span: Span): AnchoredAnnotation | undefined {
  return items.find(
    (i) =>
      i.anchor.state === 'anchored' && i.anchor.range.start < span.range.end && span.range.start < i.anchor.range.end,
  );
}

/** A claim's verdict against the document's current `text`. */
export function verdictOf(items: readonly AnchoredAnnotation[], claim: Span, text: string): ClaimVerdict {
  const item = tagOver(items, claim);
  if (!item || item.anchor.state !== 'anchored') return { status: 'unverified', annotationId: null, changed: false };
  const now = text.slice(item.anchor.range.start, item.anchor.range.end);
  return {
    status: item.annotation.status,
    annotationId: item.annotation.id,
    changed: changedSinceChecked(item.annotation, now),
  };
}

/** The verdicts of a report's claims from its sidecar on disk; every claim unverified without one. */
export async function verdictsFromDisk(
  reportPath: string,
  report: { text: string; sha256: string },
  claims: readonly Claim[],
  sidecarDir?: string,
): Promise<Map<string, ClaimVerdict>> {
  const file = sidecarPath(reportPath, sidecarDir);
  const loaded = await loadSidecar(file, reportPath, report.sha256);
  const items = anchorAll(loaded.data.annotations, report.text, report.sha256, [...claims]);
  return new Map(claims.map((c) => [c.id, verdictOf(items, c, report.text)]));
}
