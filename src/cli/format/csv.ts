// Metrics as CSV: one row per metric, for spreadsheets.
import type { DocumentJson } from '../../core/document';
import { CSV_BOM, csvRow } from '../../core/csv';

const HEADER = ['path', 'id', 'line', 'start', 'end', 'text', 'value', 'unit', 'kind', 'approx', 'change', 'basis', 'subject', 'claim_id'];

export function formatCsv(docs: DocumentJson[]): string {
  let out = CSV_BOM + csvRow(HEADER);
  for (const doc of docs) {
    const claimOf = new Map<string, string>();
    for (const c of doc.claims) for (const id of c.metricIds) claimOf.set(id, c.id);
    for (const m of doc.metrics) {
      out += csvRow([
        doc.path, m.id, m.line + 1, m.range.start, m.range.end, m.text, m.value, m.unit, m.kind,
        m.approx ?? '', m.change?.direction ?? '', m.change?.basis ?? '', m.subject ?? '', claimOf.get(m.id) ?? '',
      ]);
    }
  }
  return out;
}
