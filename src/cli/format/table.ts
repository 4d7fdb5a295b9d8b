// The terminal table of metrics (CJK width aware), one block per document.
import type { DocumentJson } from '../../core/output/document';
import type { Metric } from '../../core/types';
import { displayWidth, padEnd, padStart, truncate } from './width';

const APPROX_SIGN = { over: '>', under: '<', about: '~' } as const;

export function formatValue(m: Pick<Metric, 'value' | 'unit' | 'approx'>): string {
  const n = Math.abs(m.value) >= 1e4 && Number.isInteger(m.value) ? m.value.toLocaleString('en-US') : String(m.value);
  return `${m.approx ? APPROX_SIGN[m.approx] : ''}${n}`;
}

export function formatChange(m: Pick<Metric, 'change'>): string {
  if (!m.change) return '';
  return `${m.change.direction === 'up' ? '↑' : '↓'}${m.change.basis ? ` ${m.change.basis}` : ''}`;
}

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
  get: (m: Metric) => string;
}

export function formatTable(docs: DocumentJson[], opts: { columns?: number; numbers?: boolean } = {}): string {
  const termWidth = Math.max(80, opts.columns ?? 120);
  let out = '';
  for (const doc of docs) {
    const claimOf = new Map<string, string>();
    for (const c of doc.claims) for (const id of c.metricIds) claimOf.set(id, c.id);
    const cols: Column[] = [
      { title: 'line', width: 4, align: 'right', get: (m) => String(m.line + 1) },
      { title: 'as written', width: 14, align: 'left', get: (m) => m.text.replace(/\s+/g, ' ') },
      { title: 'value', width: 14, align: 'right', get: formatValue },
      { title: 'unit', width: 6, align: 'left', get: (m) => m.unit },
      { title: 'change', width: 8, align: 'left', get: formatChange },
      { title: 'claim', width: 5, align: 'left', get: (m) => (claimOf.has(m.id) ? 'yes' : '') },
      { title: 'subject', width: 0, align: 'left', get: (m) => m.subject ?? '' },
    ];
    for (const c of cols.slice(0, -1)) {
      const widest = Math.max(displayWidth(c.title), ...doc.metrics.map((m) => displayWidth(c.get(m))));
      c.width = Math.min(c.title === 'value' ? 22 : c.width === 14 ? 18 : 12, Math.max(c.width, widest));
    }
    const used = cols.slice(0, -1).reduce((s, c) => s + c.width + 2, 0);
    cols[cols.length - 1].width = Math.max(12, termWidth - used);
    const row = (cells: string[]) =>
      cols
        .map((c, i) => {
          const cell = truncate(cells[i], c.width);
          return c.align === 'right' ? padStart(cell, c.width) : padEnd(cell, c.width);
        })
        .join('  ')
        .trimEnd();

    const changes = doc.metrics.filter((m) => m.change).length;
    out += `${doc.path}  (${doc.encoding}, ${doc.lang}): ${doc.metrics.length} metrics, ${changes} changes, ${doc.claims.length} claims\n`;
    out += row(cols.map((c) => c.title)) + '\n';
    out += row(cols.map((c) => '─'.repeat(c.width))) + '\n';
    for (const m of doc.metrics) out += row(cols.map((c) => c.get(m))) + '\n';
    if (opts.numbers && doc.numbers) {
      out += `\nnumbers (${doc.numbers.length}, metric or not):\n`;
      for (const n of doc.numbers) out += `  ${padEnd(truncate(n.text.replace(/\s+/g, ' '), 20), 20)}  ${n.value}\n`;
    }
    out += '\n';
  }
  return out;
}
