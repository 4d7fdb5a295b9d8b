// Metrics as CSV, one row per metric, for spreadsheets: the CLI's --format csv and the editor's export.
import type { Claim, Metric } from '../types';
import { CSV_BOM, csvRow } from './csv';

const HEADER = [
  'path',
  'id',
  'line',
  'start',
  'end',
  'text',
  'value',
  'unit',
  'kind',
  'approx',
  'change',
  'basis',
  'subject',
  'claim_id',
];

export function metricsCsv(docs: Array<{ path: string; metrics: Metric[]; claims: Claim[] }>): string {
  let out = CSV_BOM + csvRow(HEADER);
  for (const doc of docs) {
    const claimOf = new Map<string, string>();
    for (const c of doc.claims) for (const id of c.metricIds) claimOf.set(id, c.id);
    for (const m of doc.metrics) {
      out += csvRow([
        doc.path,
        m.id,
        m.line + 1,
        m.range.start,
        m.range.end,
        m.text,
        m.value,
        m.unit,
        m.kind,
        m.approx ?? '',
        m.change?.direction ?? '',
        m.change?.basis ?? '',
        m.subject ?? '',
        claimOf.get(m.id) ?? '',
      ]);
    }
  }
  return out;
}
