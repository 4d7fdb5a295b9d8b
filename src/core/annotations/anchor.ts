// Keeping an annotation on its sentence. Live edits move the anchor like a tracked range;
// after the text changed elsewhere (git pull, another editor) the anchor is re-found by
// position, then by exact quote, then by a bounded fuzzy match scored with its context.
// An anchor that cannot be re-found with confidence is orphaned, never put on other text.
import type { Anchor, TextQuote } from './model';

export const CONTEXT_CHARS = 32;

export type AnchorResult =
  | { state: 'anchored'; range: { start: number; end: number }; method: 'position' | 'exact' | 'fuzzy'; score: number }
  | { state: 'orphaned'; range: null; method: null; score: number };

export interface TextEdit {
  /** Offsets into the text before the edit. */
  start: number;
  end: number;
  text: string;
}

export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

export function makeAnchor(text: string, start: number, end: number, docSha256: string): Anchor {
  return { quote: quoteAt(text, start, end), position: { start, end }, docSha256 };
}

/**
 * Moves an anchor through one edit, as the editor reports it. An edit outside the quote
 * shifts it; an edit inside changes the quote with it (the sentence was edited, the tag
 * stays on it); an edit that swallows the whole quote leaves it orphaned (`null`).
 */
export function applyEdit(anchor: Anchor, edit: TextEdit, newText: string): Anchor | null {
  const { start: s, end: e } = anchor.position;
  const { start: a, end: b } = edit;
  const inserted = edit.text.length;
  const delta = inserted - (b - a);
  let ns: number;
  let ne: number;
  if (b <= s) {
    // wholly before (an insertion right at the start stays outside)
    ns = s + delta;
    ne = e + delta;
  } else if (a >= e) {
    // wholly after
    ns = s;
    ne = e;
  } else if (a <= s && b >= e) {
    return null; // the whole quote was deleted or replaced
  } else if (a < s) {
    // overlaps the start: what survives of the quote follows the inserted text
    ns = a + inserted;
    ne = e + delta;
  } else if (b > e) {
    // overlaps the end: the quote keeps its head
    ns = s;
    ne = a;
  } else {
    // inside: the sentence was edited; the quote takes the edit with it
    ns = s;
    ne = e + delta;
  }
  if (ne <= ns) return null;
  return { ...anchor, position: { start: ns, end: ne }, quote: quoteAt(newText, ns, ne) };
}

/** Similarity of two short strings in [0, 1] (1 − normalised edit distance). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

function editDistance(a: string, b: string): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function contextScore(text: string, start: number, end: number, quote: TextQuote): number {
  // An empty prefix means the quote opened the document: only the document's start fits it fully.
  const p = quote.prefix
    ? similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix)
    : start === 0
      ? 1
      : 0.5;
  const s = quote.suffix
    ? similarity(text.slice(end, end + quote.suffix.length), quote.suffix)
    : end === text.length
      ? 1
      : 0.5;
  return (p + s) / 2;
}

/**
 * Approximate search (Sellers): the end positions in `text[from, to)` where `pattern`
 * matches with at most `k` edits, best first; then the start found by matching backwards.
 */
function fuzzyFind(
  text: string,
  pattern: string,
  from: number,
  to: number,
  k: number,
): Array<{ start: number; end: number; dist: number }> {
  const m = pattern.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  const ends: Array<{ end: number; dist: number }> = [];
  for (let j = from; j < to; j++) {
    cur[0] = 0;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1));
    }
    if (cur[m] <= k) ends.push({ end: j + 1, dist: cur[m] });
    [prev, cur] = [cur, prev];
  }
  // keep local minima only (one candidate per match region)
  const best: Array<{ end: number; dist: number }> = [];
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i];
    const before = ends[i - 1];
    const after = ends[i + 1];
    const isMin =
      (!before || before.end !== e.end - 1 || before.dist > e.dist) &&
      (!after || after.end !== e.end + 1 || after.dist >= e.dist);
    if (isMin) best.push(e);
  }
  best.sort((a, b) => a.dist - b.dist);
  return best.slice(0, 8).map((e) => {
    // the start: align the pattern backwards from the end
    const windowStart = Math.max(from, e.end - m - k);
    const seg = text.slice(windowStart, e.end);
    let bestStart = e.end - m;
    let bestD = Infinity;
    for (let s = 0; s <= seg.length; s++) {
      const d = editDistanceBounded(seg.slice(s), pattern, k);
      if (d < bestD) {
        bestD = d;
        bestStart = windowStart + s;
      }
    }
    return { start: bestStart, end: e.end, dist: e.dist };
  });
}

function editDistanceBounded(a: string, b: string, k: number): number {
  if (Math.abs(a.length - b.length) > k) return Infinity;
  return editDistance(a, b);
}

const TERMINATOR = /[。！？；!?;\n]/u;

/**
 * An approximate match's edges are fuzzy too: it may take the full stop of the sentence
 * before (when the quote's first characters were deleted) or the first character of the
 * next one (when its full stop was). A claim is one sentence, so trim to it.
 */
function snapToSentence(
  text: string,
  exact: string,
  m: { start: number; end: number; dist: number },
): { start: number; end: number; dist: number } {
  const end = m.end;
  let start = m.start;
  const innerTerminators = [...exact.slice(0, -1)].filter((ch) => TERMINATOR.test(ch)).length;
  if (innerTerminators === 0) {
    for (let i = end - 2; i >= start; i--) {
      if (TERMINATOR.test(text[i])) {
        start = i + 1;
        break;
      }
    }
  }
  // Edge characters that the alignment substitutes or inserts may belong to the neighbours:
  // keep the match from its first to its last aligned, equal character.
  const trimmed = trimToAlignedMatches(text.slice(start, end), exact);
  if (!trimmed) return { start, end: start, dist: m.dist };
  return { start: start + trimmed.from, end: start + trimmed.to, dist: m.dist };
}

/** Global alignment of `seg` against `pattern`; the span of `seg` from its first to its last matched character. */
function trimToAlignedMatches(seg: string, pattern: string): { from: number; to: number } | null {
  const n = seg.length;
  const m = pattern.length;
  const w = m + 1;
  const d = new Int32Array((n + 1) * w);
  for (let i = 0; i <= n; i++) d[i * w] = i;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * w + j - 1] + (seg.charCodeAt(i - 1) === pattern.charCodeAt(j - 1) ? 0 : 1);
      d[i * w + j] = Math.min(sub, d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1);
    }
  }
  let first = -1;
  let last = -1;
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = d[i * w + j];
    const equal = seg.charCodeAt(i - 1) === pattern.charCodeAt(j - 1);
    if (equal && here === d[(i - 1) * w + j - 1]) {
      if (last < 0) last = i;
      first = i - 1;
      i--;
      j--;
    } else if (here === d[(i - 1) * w + j - 1] + 1) {
      i--;
      j--;
    } else if (here === d[(i - 1) * w + j] + 1) i--;
    else j--;
  }
  return first >= 0 ? { from: first, to: last } : null;
}

const MAX_FUZZY_QUOTE = 1000;
const MAX_FUZZY_WINDOW = 40_000;

/** Re-finds an anchor in `text`. */
export function reanchor(anchor: Anchor, text: string): AnchorResult {
  const { exact } = anchor.quote;
  const { start, end } = anchor.position;
  if (!exact) return { state: 'orphaned', range: null, method: null, score: 0 };
  // 1. position, when the quote is still there and so is (most of) its context
  if (text.slice(start, end) === exact) {
    const ctx = contextScore(text, start, end, anchor.quote);
    if (ctx >= 0.6) return { state: 'anchored', range: { start, end }, method: 'position', score: ctx };
  }
  // 2. exact quote: the occurrence whose context fits best, nearest the old position on ties
  let best: { start: number; score: number; distance: number } | null = null;
  let found = 0;
  for (let at = text.indexOf(exact); at >= 0 && found < 2000; at = text.indexOf(exact, at + 1)) {
    found++;
    const score = contextScore(text, at, at + exact.length, anchor.quote);
    const distance = Math.abs(at - start);
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && distance < best.distance))
      best = { start: at, score, distance };
  }
  if (best) {
    // Only where the context agrees (more firmly when there are several copies): a lone
    // copy in a strange context is how a quoted sentence elsewhere would steal the tag.
    // A single, long, verbatim occurrence is the sentence itself, moved or with new neighbours.
    const trusted = found === 1 ? best.score >= 0.4 || exact.length >= 12 : best.score >= 0.5;
    if (trusted)
      return {
        state: 'anchored',
        range: { start: best.start, end: best.start + exact.length },
        method: 'exact',
        score: best.score,
      };
  }
  // 3. fuzzy, in a bounded window around the old position
  if (exact.length > MAX_FUZZY_QUOTE || exact.length < 4)
    return { state: 'orphaned', range: null, method: null, score: 0 };
  const k = Math.floor(exact.length * 0.25);
  const span = Math.min(MAX_FUZZY_WINDOW, exact.length * 20 + 2000);
  const from = Math.max(0, start - span);
  const to = Math.min(text.length, end + span);
  let choice: { start: number; end: number; score: number } | null = null;
  let runnerUp = 0;
  for (const c of fuzzyFind(text, exact, from, to, k).map((m) => snapToSentence(text, exact, m))) {
    if (c.end <= c.start) continue;
    const sim = 1 - c.dist / exact.length;
    const ctx = contextScore(text, c.start, c.end, anchor.quote);
    const score = 0.7 * sim + 0.3 * ctx;
    if (!choice || score > choice.score) {
      runnerUp = choice?.score ?? runnerUp;
      choice = { start: c.start, end: c.end, score };
    } else runnerUp = Math.max(runnerUp, score);
  }
  // Confident: close to the quote, its context agrees, and no rival almost as good.
  if (choice && choice.score >= 0.8 && choice.score - runnerUp >= 0.05) {
    return { state: 'anchored', range: { start: choice.start, end: choice.end }, method: 'fuzzy', score: choice.score };
  }
  return { state: 'orphaned', range: null, method: null, score: choice?.score ?? 0 };
}
