// Exports of reviewed reports: the documented JSON (validated by schema/export.schema.json),
// W3C Web Annotation JSON-LD for other annotation tools, and CSV for spreadsheets.
import { createHash } from 'node:crypto';
import { CSV_BOM, csvRow } from '../output/csv';
import { safeSourceUrl } from './source-url';
import { GENERATOR } from '../version';
import type { Claim, Metric } from '../types';
import { LineIndex } from '../text/lines';
import type { AnchoredAnnotation, Review } from './review';

export const EXPORT_SCHEMA = 'https://policy-lens.dev/schema/export-1.json';

export interface ExportedAnnotation {
  id: string;
  status: string;
  sources: Array<{ url?: string; citation?: string; quote?: string }>;
  note: string;
  author: string;
  created: string;
  updated: string;
  history: Array<{ at: string; author: string; change: Record<string, unknown> }>;
  anchor: {
    state: 'anchored' | 'orphaned';
    range: { start: number; end: number } | null;
    /** 0-based line and UTF-16 column of the range's ends, as VS Code shows them (+1). */
    location?: { start: LineColumn; end: LineColumn } | null;
    quote: { exact: string; prefix: string; suffix: string };
  };
  claimId: string | null;
}

export interface LineColumn {
  line: number;
  column: number;
}

export interface ExportDocument {
  path: string;
  encoding: string;
  sha256: string;
  metrics: Metric[];
  claims: Claim[];
  annotations: ExportedAnnotation[];
}

export function exportedAnnotation(
  { annotation: a, anchor }: AnchoredAnnotation,
  lines?: LineIndex,
): ExportedAnnotation {
  const at = (offset: number): LineColumn => {
    const line = lines ? lines.lineOf(offset) : 0;
    return { line, column: lines ? offset - lines.startOf(line) : 0 };
  };
  return {
    id: a.id,
    status: a.status,
    sources: a.sources,
    note: a.note,
    author: a.author,
    created: a.created,
    updated: a.updated,
    history: a.history,
    anchor: {
      state: anchor.state,
      range: anchor.range,
      ...(lines
        ? { location: anchor.range ? { start: at(anchor.range.start), end: at(anchor.range.end) } : null }
        : {}),
      quote: a.anchor.quote,
    },
    claimId: anchor.state === 'anchored' ? a.claimId : null,
  };
}

export function exportDocument(review: Review, displayPath: string): ExportDocument {
  const lines = new LineIndex(review.report.text);
  return {
    path: displayPath,
    encoding: review.report.encoding,
    sha256: review.report.sha256,
    metrics: review.analysis.metrics,
    claims: review.analysis.claims,
    annotations: review.items.map((item) => exportedAnnotation(item, lines)),
  };
}

export function exportJson(docs: ExportDocument[]): string {
  return JSON.stringify({ $schema: EXPORT_SCHEMA, version: 1, generator: GENERATOR, documents: docs }, null, 2) + '\n';
}

/**
 * W3C Web Annotation Data Model, JSON-LD: one annotation per tag, motivation "assessing", in
 * an AnnotationCollection with one page; valid against the W3C test suite's MUST assertions.
 * The target's TimeState is the report's text as of `exportedAt`, identified by its sha256.
 * A source URL that is not a plain http(s) link goes out as a citation (text), never as a link.
 */
export function exportW3c(
  docs: ExportDocument[],
  sourceUri: (path: string) => string,
  exportedAt: Date = new Date(),
): string {
  const sourceDate = exportedAt.toISOString();
  const items = docs.flatMap((doc) =>
    doc.annotations.map((a) => {
      const body: Array<Record<string, unknown>> = [{ type: 'TextualBody', purpose: 'tagging', value: a.status }];
      if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
      for (const s of a.sources) {
        const url = s.url ? safeSourceUrl(s.url) : null;
        if (url)
          body.push({
            type: 'SpecificResource',
            purpose: 'linking',
            source: url,
            ...(s.quote ? { selector: { type: 'TextQuoteSelector', exact: s.quote } } : {}),
          });
        else if (s.url || s.citation)
          body.push({
            type: 'TextualBody',
            purpose: 'linking',
            value: [s.citation, s.url].filter(Boolean).join(' '),
            format: 'text/plain',
            ...(s.quote ? { 'policyLens:quote': s.quote } : {}),
          });
      }
      const selector: Array<Record<string, unknown>> = [
        {
          type: 'TextQuoteSelector',
          exact: a.anchor.quote.exact,
          prefix: a.anchor.quote.prefix,
          suffix: a.anchor.quote.suffix,
        },
      ];
      if (a.anchor.range)
        selector.push({ type: 'TextPositionSelector', start: a.anchor.range.start, end: a.anchor.range.end });
      return {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `urn:policy-lens:annotation:${a.id}`,
        type: 'Annotation',
        motivation: 'assessing',
        created: a.created,
        modified: a.updated,
        creator: { type: 'Person', name: a.author },
        generator: { type: 'Software', name: GENERATOR },
        body,
        target: {
          source: sourceUri(doc.path),
          state: { type: 'TimeState', sourceDate, 'policyLens:sha256': doc.sha256 },
          selector,
        },
      };
    }),
  );
  // A stable id for the same export of the same texts and tags.
  const digest = createHash('sha256')
    .update(JSON.stringify(docs.map((d) => [d.path, d.sha256, d.annotations.map((a) => [a.id, a.updated])])))
    .digest('hex')
    .slice(0, 32);
  const collectionId = `urn:policy-lens:export:${digest}`;
  return (
    JSON.stringify(
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: collectionId,
        type: 'AnnotationCollection',
        label: `Policy Lens review annotations (${docs.length} report${docs.length === 1 ? '' : 's'})`,
        generator: { type: 'Software', name: GENERATOR },
        total: items.length,
        first: {
          id: `${collectionId}:page-1`,
          type: 'AnnotationPage',
          partOf: { id: collectionId, total: items.length },
          startIndex: 0,
          items,
        },
      },
      null,
      2,
    ) + '\n'
  );
}

/** One row per claim, with its review status (unverified when untagged). */
export function exportCsv(docs: ExportDocument[]): string {
  let out =
    CSV_BOM +
    csvRow([
      'path',
      'claim_id',
      'start',
      'end',
      'text',
      'types',
      'score',
      'metrics',
      'status',
      'sources',
      'note',
      'author',
      'updated',
    ]);
  for (const doc of docs) {
    const byClaim = new Map(doc.annotations.filter((a) => a.claimId).map((a) => [a.claimId!, a]));
    for (const c of doc.claims) {
      const a = byClaim.get(c.id);
      out += csvRow([
        doc.path,
        c.id,
        c.range.start,
        c.range.end,
        c.text.replace(/\s*\n\s*/g, ' '),
        c.types.join(' '),
        c.score,
        c.metricIds.length,
        a?.status ?? 'unverified',
        a
          ? a.sources
              .map((s) => [s.url ?? s.citation ?? '', s.quote ? `“${s.quote}”` : ''].filter(Boolean).join(' '))
              .join(' | ')
          : '',
        a?.note ?? '',
        a?.author ?? '',
        a?.updated ?? '',
      ]);
    }
    for (const a of doc.annotations.filter((x) => x.anchor.state === 'orphaned')) {
      out += csvRow([
        doc.path,
        '',
        '',
        '',
        a.anchor.quote.exact,
        'orphaned',
        '',
        '',
        a.status,
        a.sources.map((s) => s.url ?? s.citation ?? '').join(' | '),
        a.note,
        a.author,
        a.updated,
      ]);
    }
  }
  return out;
}
