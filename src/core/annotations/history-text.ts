// One line of a tag's history in words ("Status: Disputed · Source added: 省统计局…"), not the
// stored JSON: the annotation card shows it to editors.
import type { AnnotationSource } from './model';

/** The words of the line, in the editor's language. */
export interface HistoryWords {
  status: string;
  sourceAdded: string;
  sources: string;
  noSources: string;
  note: string;
  noteCleared: string;
  reattached: string;
  /** A status id → its label ('disputed' → 'Disputed'); unknown ids come back as they are. */
  statusLabel(id: string): string;
}

const MAX_PART = 120;

function cap(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_PART ? `${oneLine.slice(0, MAX_PART - 1)}…` : oneLine;
}

function isSource(v: unknown): v is AnnotationSource {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function sourceText(s: AnnotationSource): string {
  return cap([s.citation, s.url, s.quote ? `“${s.quote}”` : undefined].filter(Boolean).join(' · '));
}

/** Every field of a history entry's change, in words; fields this version does not know stay as JSON. */
export function describeHistoryChange(change: Record<string, unknown>, words: HistoryWords): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(change)) {
    if (key === 'status' && typeof value === 'string') parts.push(`${words.status}: ${words.statusLabel(value)}`);
    else if (key === 'source' && isSource(value)) parts.push(`${words.sourceAdded}: ${sourceText(value)}`);
    else if (key === 'sources' && Array.isArray(value))
      parts.push(
        `${words.sources}: ${value.length ? value.filter(isSource).map(sourceText).join('; ') : words.noSources}`,
      );
    else if (key === 'note' && typeof value === 'string')
      parts.push(value.trim() ? `${words.note}: ${cap(value)}` : words.noteCleared);
    else if (key === 'reattached') parts.push(words.reattached);
    else parts.push(`${key}: ${cap(JSON.stringify(value) ?? '')}`);
  }
  return parts.join(' · ');
}
