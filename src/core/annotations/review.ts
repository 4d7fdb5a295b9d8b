// A report under review: its text, the engine's analysis, and its annotations re-anchored
// against the current text. The CLI (`tag`, `export`) and the editor share this code, so
// a tag lands in the sidecar the same way from both.
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { analyzeText } from '../analyze';
import { readReport, textSha256, type ReportFile } from '../text/report-file';
import type { AnalysisResult, AnalyzeOptions, Claim } from '../types';
import { makeAnchor, reanchor, type AnchorResult } from './anchor';
import { resolveCollisions } from './track';
import {
  DEFAULT_STATUSES,
  markChecked,
  validateStatus,
  type Annotation,
  type AnnotationSource,
  type StatusDef,
} from './model';
import { loadSidecar, saveSidecar, sidecarPath, type LoadedSidecar, type SaveResult } from './sidecar';

export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
}

export interface Review {
  reportPath: string;
  report: ReportFile;
  analysis: AnalysisResult;
  sidecar: LoadedSidecar;
  items: AnchoredAnnotation[];
}

/** The claim whose range best overlaps [start, end). */
export function claimOver(claims: Claim[], start: number, end: number): Claim | null {
  let best: Claim | null = null;
  let bestOverlap = 0;
  for (const c of claims) {
    const o = Math.min(end, c.range.end) - Math.max(start, c.range.start);
    if (o > bestOverlap) {
      best = c;
      bestOverlap = o;
    }
  }
  return best;
}

/**
 * Re-anchors every annotation to `text`, moving the positions of those that moved and relinking
 * claims. The stored quote is kept as it was tagged: only re-tagging changes it.
 */
export function anchorAll(
  annotations: Annotation[],
  text: string,
  sha256: string,
  claims: Claim[],
): AnchoredAnnotation[] {
  const items = annotations.map((annotation) => ({ annotation, anchor: reanchor(annotation.anchor, text) }));
  resolveCollisions(items);
  for (const { annotation, anchor: result } of items) {
    if (result.state !== 'anchored') continue;
    if (
      result.range.start !== annotation.anchor.position.start ||
      result.range.end !== annotation.anchor.position.end ||
      annotation.anchor.docSha256 !== sha256
    )
      annotation.anchor = { ...annotation.anchor, position: { ...result.range }, docSha256: sha256 };
    annotation.claimId = claimOver(claims, result.range.start, result.range.end)?.id ?? annotation.claimId;
  }
  return items;
}

export async function openReview(
  reportPath: string,
  opts: { sidecarDir?: string; analyze?: AnalyzeOptions; maxBytes?: number } = {},
): Promise<Review> {
  const report = await readReport(reportPath, { maxBytes: opts.maxBytes });
  const analysis = await analyzeText(report.text, opts.analyze);
  const sidecar = await loadSidecar(sidecarPath(reportPath, opts.sidecarDir), reportPath, report.sha256);
  const items = anchorAll(sidecar.data.annotations, report.text, report.sha256, analysis.claims);
  return { reportPath, report, analysis, sidecar, items };
}

export interface TagRequest {
  /** Tag the claim containing this offset… */
  offset?: number;
  /** …or the claim with this id. */
  claimId?: string;
  status: string;
  source?: AnnotationSource;
  note?: string;
  author?: string;
  statuses?: readonly StatusDef[];
  now?: Date;
}

export class TagError extends Error {}

export function defaultAuthor(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Creates or updates the annotation of one claim (in memory); `saveReview` writes it. */
export function tag(review: Review, req: TagRequest): Annotation {
  validateStatus(req.status, req.statuses ?? DEFAULT_STATUSES);
  const claims = review.analysis.claims;
  const claim =
    req.claimId !== undefined
      ? claims.find((c) => c.id === req.claimId)
      : req.offset !== undefined
        ? claims.find((c) => c.range.start <= req.offset! && req.offset! < c.range.end)
        : undefined;
  if (!claim) {
    throw new TagError(
      req.claimId !== undefined ? `no claim with id ${req.claimId}` : `no claim at offset ${req.offset}`,
    );
  }
  const now = (req.now ?? new Date()).toISOString();
  const author = req.author ?? defaultAuthor();
  const existing = review.items.find(
    (i) =>
      i.anchor.state === 'anchored' &&
      (i.annotation.claimId === claim.id ||
        (i.anchor.range.start < claim.range.end && claim.range.start < i.anchor.range.end)),
  );
  const change: Record<string, unknown> = { status: req.status };
  if (req.source) change.source = req.source;
  if (req.note !== undefined) change.note = req.note;
  if (existing) {
    const a = existing.annotation;
    a.status = req.status;
    if (req.source) a.sources.push(req.source);
    if (req.note !== undefined) a.note = req.note;
    a.updated = now;
    a.history.push({ at: now, author, change });
    // Re-tagging is the editor looking at the sentence as it is now: the stored quote follows it.
    a.anchor = makeAnchor(review.report.text, claim.range.start, claim.range.end, review.report.sha256);
    existing.anchor = { state: 'anchored', range: { ...claim.range }, method: 'position', score: 1 };
    markChecked(a, claim.text, now);
    return a;
  }
  const a: Annotation = {
    id: `a-${randomUUID()}`,
    claimId: claim.id,
    status: req.status,
    sources: req.source ? [req.source] : [],
    note: req.note ?? '',
    author,
    created: now,
    updated: now,
    history: [{ at: now, author, change }],
    anchor: makeAnchor(review.report.text, claim.range.start, claim.range.end, review.report.sha256),
    checked: { text: claim.text, at: now },
  };
  review.sidecar.data.annotations.push(a);
  review.items.push({
    annotation: a,
    anchor: { state: 'anchored', range: { ...claim.range }, method: 'position', score: 1 },
  });
  return a;
}

export async function saveReview(review: Review, opts: { deleted?: Iterable<string> } = {}): Promise<SaveResult> {
  review.sidecar.data.document.sha256 = review.report.sha256;
  const result = await saveSidecar(review.sidecar, review.sidecar.data, opts);
  return result;
}

export { textSha256 };
