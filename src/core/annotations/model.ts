// The review annotation model: a verification status, sources and a note on a claim,
// anchored to the claim's text the way web annotation anchors (quote + position).
import { checkSourceUrl } from './source-url';

export interface StatusDef {
  id: string;
  label: string;
  /** A theme colour id or a CSS colour, for the editor. */
  color: string;
}

export const DEFAULT_STATUSES: readonly StatusDef[] = [
  { id: 'unverified', label: 'Unverified', color: '#9e9e9e' },
  { id: 'verified', label: 'Verified', color: '#2e7d32' },
  { id: 'needs-source', label: 'Needs source', color: '#f9a825' },
  { id: 'disputed', label: 'Disputed', color: '#ef6c00' },
  { id: 'false', label: 'False', color: '#c62828' },
];

export interface AnnotationSource {
  url?: string;
  citation?: string;
  /** A quoted passage of the source that supports or refutes the claim. */
  quote?: string;
  /** A source file of the workspace, relative to the report's folder ('/' separators). */
  file?: string;
  /** The 1-based line of `file` the quote stands on. */
  line?: number;
}

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** The quoted text occurred more than once in the document when it was tagged: its copies are told apart by context. */
  repeated?: boolean;
}

export interface Anchor {
  quote: TextQuote;
  position: { start: number; end: number };
  /** sha256 of the document text the position refers to. */
  docSha256: string;
}

export interface HistoryEntry {
  at: string;
  author: string;
  /** What changed: field → new value. */
  change: Record<string, unknown>;
}

export interface Annotation {
  id: string;
  claimId: string | null;
  status: string;
  sources: AnnotationSource[];
  note: string;
  author: string;
  created: string;
  updated: string;
  history: HistoryEntry[];
  anchor: Anchor;
  /**
   * The text the status was last set against. When the tagged text no longer reads the same
   * (a figure or the wording changed), the tag is "changed since checked" until re-tagged.
   */
  checked?: { text: string; at: string };
}

export function validateStatus(status: string, statuses: readonly StatusDef[] = DEFAULT_STATUSES): void {
  if (!statuses.some((s) => s.id === status)) {
    throw new Error(`unknown status "${status}" (one of: ${statuses.map((s) => s.id).join(', ')})`);
  }
}

/** Reads a newsroom's own status list ([{id, label, color}]), rejecting malformed entries. */
export function parseStatuses(json: unknown): StatusDef[] {
  if (!Array.isArray(json) || json.length === 0)
    throw new Error('statuses must be a non-empty array of {id, label, color}');
  const seen = new Set<string>();
  return json.map((s, i) => {
    if (!s || typeof s !== 'object') throw new Error(`status #${i + 1} is not an object`);
    const { id, label, color } = s as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id))
      throw new Error(`status #${i + 1}: id must be lower-case letters, digits and -`);
    if (seen.has(id)) throw new Error(`status "${id}" is listed twice`);
    seen.add(id);
    return { id, label: typeof label === 'string' ? label : id, color: typeof color === 'string' ? color : '#9e9e9e' };
  });
}

const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:(\/\/|[^\s]*$)/i;

/**
 * A source as a user types it: a URL when it looks like one (a scheme), a citation otherwise.
 * A URL must be a plain http(s) link: `javascript:`, `command:`, `file:` or a URL with quotes
 * or spaces is refused with an error saying so.
 */
export function sourceFromText(text: string, quote?: string): AnnotationSource {
  const trimmed = text.trim();
  const where = LOOKS_LIKE_URL.test(trimmed) ? { url: checkSourceUrl(trimmed) } : { citation: trimmed };
  return quote ? { ...where, quote } : where;
}

/** Text compared for "changed since checked": the same words and figures, whatever the spacing. */
const comparable = (text: string) => text.replace(/\s+/g, '');

/** Records that the annotation's status was set against `text` (the tagged text as it reads now). */
export function markChecked(annotation: Annotation, text: string, at: string): void {
  annotation.checked = { text, at };
}

/**
 * Whether the tagged text changed since its status was set: never for an unverified tag (nothing
 * was checked), nor for a tag from before this was recorded.
 */
export function changedSinceChecked(
  annotation: Annotation,
  currentText: string,
  defaultStatus = 'unverified',
): boolean {
  if (!annotation.checked || annotation.status === defaultStatus) return false;
  return comparable(annotation.checked.text) !== comparable(currentText);
}
