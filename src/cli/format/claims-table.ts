// The terminal table of claims: id, line, offset, review status and text, so `policy-lens tag`
// can be given an id (or a line) read off the screen.
import type { ClaimVerdict } from '../../core/annotations/verdict';
import type { DocumentJson } from '../../core/output/document';
import { LineIndex } from '../../core/text/lines';
import { padEnd, padStart, truncate } from './width';

export interface ClaimsTableDoc {
  doc: DocumentJson;
  /** The decoded text, for line numbers. */
  text: string;
  /** Verdicts by claim id; null when the sidecar could not be read (shown as "?"). */
  verdicts: Map<string, ClaimVerdict> | null;
}

export function formatClaimsTable(items: ClaimsTableDoc[], opts: { columns?: number } = {}): string {
  const termWidth = Math.max(80, opts.columns ?? 120);
  let out = '';
  for (const { doc, text, verdicts } of items) {
    const lines = new LineIndex(text);
    const statusOf = (id: string) => {
      if (!verdicts) return '?';
      const v = verdicts.get(id);
      return v ? `${v.status}${v.changed ? ' (changed)' : ''}` : 'unverified';
    };
    const verified = doc.claims.filter((c) => verdicts?.get(c.id)?.status === 'verified').length;
    out += `${doc.path}: ${doc.claims.length} claims, ${verified} verified\n`;
    const head = ['id', 'line', 'offset', 'status', 'type', 'text'];
    const widths = [10, 5, 7, 22, 12];
    const textWidth = Math.max(20, termWidth - widths.reduce((s, w) => s + w + 2, 0));
    const row = (cells: string[]) =>
      cells
        .map((cell, i) => {
          if (i === cells.length - 1) return truncate(cell, textWidth);
          const c = truncate(cell, widths[i]);
          return i === 1 || i === 2 ? padStart(c, widths[i]) : padEnd(c, widths[i]);
        })
        .join('  ')
        .trimEnd();
    out += row(head) + '\n';
    out += row([...widths, textWidth].map((w) => '─'.repeat(w))) + '\n';
    for (const c of doc.claims) {
      out +=
        row([
          c.id,
          String(lines.lineOf(c.range.start) + 1),
          String(c.range.start),
          statusOf(c.id),
          c.types.join(','),
          c.text.replace(/\s+/g, ' '),
        ]) + '\n';
    }
    out += '\n';
  }
  return out;
}
