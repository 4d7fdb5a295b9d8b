// Exports of reviewed reports: the documented JSON (validated by schema/export.schema.json),
// W3C Web Annotation JSON-LD for other annotation tools, and CSV for spreadsheets.
import { CSV_BOM, csvRow } from '../output/csv';
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

/** W3C Web Annotation Data Model, JSON-LD: one annotation per tag, motivation "assessing". */
export function exportW3c(docs: ExportDocument[], sourceUri: (path: string) => string): string {
  const items = docs.flatMap((doc) =>
    doc.annotations.map((a) => {
      const body: Array<Record<string, unknown>> = [{ type: 'TextualBody', purpose: 'tagging', value: a.status }];
      if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
      for (const s of a.sources) {
        if (s.url)
          body.push({
            type: 'SpecificResource',
            purpose: 'linking',
            source: s.url,
            ...(s.quote ? { selector: { type: 'TextQuoteSelector', exact: s.quote } } : {}),
          });
        else if (s.citation)
          body.push({
            type: 'TextualBody',
            purpose: 'linking',
            value: s.citation,
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
          state: { type: 'TimeState', 'policyLens:sha256': doc.sha256 },
          selector,
        },
      };
    }),
  );
  return (
    JSON.stringify(
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        generator: GENERATOR,
        total: items.length,
        first: { type: 'AnnotationPage', items },
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
