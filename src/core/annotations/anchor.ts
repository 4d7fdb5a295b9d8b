// Keeping an annotation on its sentence. Live edits move the anchor like a tracked range;
// after the text changed elsewhere (git pull, another editor) the anchor is re-found by
// position, then by exact quote, then by a bounded fuzzy match (approx-string-match, the
// matcher the Hypothesis annotator uses). Figures are identity (a different number is a
// different claim) and the context must agree on both sides; a copy that context cannot
// tell apart, or a rival almost as good, orphans the anchor rather than guess.
import search from 'approx-string-match';
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

const MAX_CONTEXT_CHARS = 1024;

const occursOnce = (text: string, part: string) => text.indexOf(part) === text.lastIndexOf(part);

/**
 * The quote with its context. A sentence that appears more than once (the same sentence under
 * two headings) is marked `repeated`, and when its usual context does not tell its copies apart
 * either (a block of sentences repeated), the context is lengthened until it does, so that
 * re-anchoring can demand that longer context back (see `contextAt`).
 */
export function distinctQuoteAt(text: string, start: number, end: number): TextQuote {
  const quote = quoteAt(text, start, end);
  if (!quote.exact || occursOnce(text, quote.exact)) return quote;
  let reach = CONTEXT_CHARS;
  while (reach < MAX_CONTEXT_CHARS) {
    const from = Math.max(0, start - reach);
    const to = Math.min(text.length, end + reach);
    if (occursOnce(text, text.slice(from, to)) || (from === 0 && to === text.length)) break;
    reach *= 2;
  }
  return {
    exact: quote.exact,
    prefix: text.slice(Math.max(0, start - reach), start),
    suffix: text.slice(end, end + reach),
    repeated: true,
  };
}

export function makeAnchor(text: string, start: number, end: number, docSha256: string): Anchor {
  return { quote: distinctQuoteAt(text, start, end), position: { start, end }, docSha256 };
}

/**
 * Moves an anchor through one edit, as the editor reports it. An edit outside the quote
 * shifts it; an edit inside keeps the tag on the edited sentence as long as it is still the
 * same claim (same figures, mostly the same words as the stored quote); an edit that
 * swallows the quote, or turns it into another claim, leaves it orphaned (`null`). The stored
 * quote is the evidence of what was tagged: it is not changed here, only the position.
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
  const within = a >= s && b <= e && !(a === s && b === e);
  if (within) {
    // The editor typing inside the tagged sentence: the same sentence, edited. A changed figure
    // keeps the tag here (it then shows as changed since checked); a rewrite orphans it.
    if (similarity(anchor.quote.exact, newText.slice(ns, ne)) < SAME_CLAIM_SIMILARITY) return null;
  } else if (a < e && b > s) {
    // an edit across the sentence's edge: it must still be the same claim, figures included
    if (!isSameClaim(anchor.quote.exact, newText.slice(ns, ne))) return null;
  }
  return { ...anchor, position: { start: ns, end: ne } };
}

const FIGURE = /[0-9０-９]+(?:[.,．，][0-9０-９]+)*/g;
const toAscii = (d: string) => d.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10)));

/** The figures of a text in order (digits with their decimal and thousands separators), normalised to ASCII. */
export function figuresOf(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((f) => toAscii(f).replace(/[,，]/g, ''));
}

export function sameFigures(a: string, b: string): boolean {
  const fa = figuresOf(a);
  const fb = figuresOf(b);
  return fa.length === fb.length && fa.every((f, i) => f === fb[i]);
}

/** How close an edited sentence must stay to its stored quote to still be the claim that was tagged. */
export const SAME_CLAIM_SIMILARITY = 0.75;

/** Whether `candidate` is still the claim quoted as `exact`: the same figures and mostly the same text. */
export function isSameClaim(exact: string, candidate: string): boolean {
  return sameFigures(exact, candidate) && similarity(exact, candidate) >= SAME_CLAIM_SIMILARITY;
}

/** Similarity of two short strings in [0, 1] (1 − normalised edit distance). */
/** Beyond this many characters two texts are compared in linear time, not by full edit distance. */
const MAX_FULL_COMPARE = 2000;

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const longest = Math.max(a.length, b.length);
  if (longest > MAX_FULL_COMPARE) {
    // A long line (a table, an unbroken paragraph): a lower bound in linear time, what the two
    // share at the start and the end (exact for one localised edit, the editor's case).
    const max = Math.min(a.length, b.length);
    let p = 0;
    while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
    let q = 0;
    while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
    return (p + q) / longest;
  }
  return 1 - editDistance(a, b) / longest;
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

const LEADING_FIGURE = /^[0-9０-９.,．，]+/;
const TRAILING_FIGURE = /[0-9０-９.,．，]+$/;

/**
 * One side of the context: its similarity, and no more than weak agreement when its figures
 * differ. A figure cut by the window's outer edge is not compared (the cut moves with the text).
 */
function sideScore(stored: string, actual: string, atEdge: boolean, outer: RegExp, near: 'end' | 'start'): number {
  if (!stored) return atEdge ? 1 : 0;
  const score = (x: string, y: string) => {
    const sim = similarity(x, y);
    return sameFigures(x.replace(outer, ''), y.replace(outer, '')) ? sim : Math.min(sim, 0.3);
  };
  const nearPart = (x: string, n: number) => (near === 'end' ? x.slice(-n) : x.slice(0, n));
  if (stored.length > CONTEXT_CHARS) {
    // A context lengthened to tell copies apart: beyond its usual part it must be there as it was.
    const farStored = near === 'end' ? stored.slice(0, -CONTEXT_CHARS) : stored.slice(CONTEXT_CHARS);
    const farActual = near === 'end' ? actual.slice(0, -CONTEXT_CHARS) : actual.slice(CONTEXT_CHARS);
    const nearScore = score(nearPart(stored, CONTEXT_CHARS), nearPart(actual, CONTEXT_CHARS));
    return farStored === farActual ? nearScore : Math.min(nearScore, 0.3);
  }
  // The half next to the quote counts most: the far end of a context may be another section now.
  const half = Math.ceil(stored.length / 2);
  const full = Math.max(score(stored, actual), 0.9 * score(nearPart(stored, half), nearPart(actual, half)));
  // A short context is the document's edge: a few matching characters elsewhere prove little.
  return stored.length < CONTEXT_CHARS && !atEdge ? (full * stored.length) / CONTEXT_CHARS : full;
}

export interface ContextScore {
  prefix: number;
  suffix: number;
}

export function contextAt(text: string, start: number, end: number, quote: TextQuote): ContextScore {
  return {
    prefix: sideScore(
      quote.prefix,
      text.slice(Math.max(0, start - quote.prefix.length), start),
      start <= quote.prefix.length,
      LEADING_FIGURE,
      'end',
    ),
    suffix: sideScore(
      quote.suffix,
      text.slice(end, end + quote.suffix.length),
      end + quote.suffix.length >= text.length,
      TRAILING_FIGURE,
      'start',
    ),
  };
}

/** The context confirms a candidate when one side is (nearly) intact and the other still agrees. */
export const contextConfirms = (c: ContextScore): boolean =>
  Math.max(c.prefix, c.suffix) >= 0.85 && Math.min(c.prefix, c.suffix) >= 0.5;

/**
 * A sentence that had copies when it was tagged is told apart from them by its context only:
 * that context must be there exactly as stored (a short one exactly at the document's edge).
 */
function contextIntact(text: string, start: number, end: number, quote: TextQuote): boolean {
  const { prefix, suffix } = quote;
  const prefixOk =
    start >= prefix.length &&
    text.slice(start - prefix.length, start) === prefix &&
    (prefix.length >= CONTEXT_CHARS || start === prefix.length);
  const suffixOk =
    text.slice(end, end + suffix.length) === suffix &&
    (suffix.length >= CONTEXT_CHARS || end + suffix.length === text.length);
  return prefixOk && suffixOk;
}

const confirms = (text: string, start: number, end: number, quote: TextQuote, ctx: ContextScore): boolean =>
  quote.repeated ? contextIntact(text, start, end, quote) : contextConfirms(ctx);

const contextScore = (c: ContextScore): number => (c.prefix + c.suffix) / 2;

/**
 * The best approximate matches of `pattern` in `text[from, to)`, best first: the matcher
 * returns only the lowest-cost matches, so each round masks what it found and searches again
 * (the runners-up are needed to tell whether a match is unique).
 */
function fuzzyFind(
  text: string,
  pattern: string,
  from: number,
  to: number,
  k: number,
): Array<{ start: number; end: number; dist: number }> {
  let window = text.slice(from, to);
  const found: Array<{ start: number; end: number; dist: number }> = [];
  for (let round = 0; round < 4; round++) {
    const matches = search(window, pattern, k);
    if (!matches.length) break;
    for (const m of matches.slice(0, 8)) found.push({ start: from + m.start, end: from + m.end, dist: m.errors });
    const lo = Math.min(...matches.map((m) => m.start));
    const hi = Math.max(...matches.map((m) => m.end));
    if (hi - lo > pattern.length * 3) break; // scattered matches: enough to judge
    window = window.slice(0, lo) + '\u0000'.repeat(hi - lo) + window.slice(hi);
  }
  return found;
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

const MAX_EXACT_OCCURRENCES = 2000;
/** A rival candidate within this much of the best makes the choice a guess: orphan instead. */
const RIVAL_MARGIN = 0.05;
/** A lone verbatim sentence is the sentence itself when one side of its context still agrees this well. */
const LONE_COPY_SIDE = 0.7;

interface Candidate {
  start: number;
  end: number;
  score: number;
}

/**
 * Approximate matches of the quote in a bounded window around its old position that are still
 * the same claim (same figures, mostly the same words) and whose context `accepts`, best first.
 */
function fuzzyCandidates(
  anchor: Anchor,
  text: string,
  accepts: (start: number, end: number, ctx: ContextScore) => boolean,
  sameClaimOnly = true,
): Candidate[] {
  const { exact } = anchor.quote;
  if (exact.length > MAX_FUZZY_QUOTE || exact.length < 4) return [];
  const k = Math.floor(exact.length * (1 - SAME_CLAIM_SIMILARITY));
  const span = Math.min(MAX_FUZZY_WINDOW, exact.length * 20 + 2000);
  const from = Math.max(0, anchor.position.start - span);
  const to = Math.min(text.length, anchor.position.end + span);
  const candidates: Candidate[] = [];
  for (const c of fuzzyFind(text, exact, from, to, k).map((m) => snapToSentence(text, exact, m))) {
    if (c.end <= c.start || candidates.some((x) => x.start < c.end && c.start < x.end)) continue;
    // A quote that began a sentence: words typed at the sentence's head belong to it too.
    const opensSentence = !anchor.quote.prefix || TERMINATOR.test(anchor.quote.prefix[anchor.quote.prefix.length - 1]);
    if (opensSentence) {
      let head = c.start;
      while (head > 0 && c.start - head < k && !TERMINATOR.test(text[head - 1])) head--;
      if (head === 0 || TERMINATOR.test(text[head - 1])) c.start = head;
    }
    const candidate = text.slice(c.start, c.end);
    if (sameClaimOnly ? !isSameClaim(exact, candidate) : similarity(exact, candidate) < SAME_CLAIM_SIMILARITY) continue;
    // a sentence whose full stop went may have run into the next one: where it ends is a guess
    if (TERMINATOR.test(exact[exact.length - 1]) && !TERMINATOR.test(candidate[candidate.length - 1])) continue;
    const ctx = contextAt(text, c.start, c.end, anchor.quote);
    if (!accepts(c.start, c.end, ctx)) continue;
    candidates.push({
      start: c.start,
      end: c.end,
      score: 0.7 * similarity(exact, candidate) + 0.3 * contextScore(ctx),
    });
  }
  return candidates.sort((x, y) => y.score - x.score);
}

/** Re-finds an anchor in `text`. */
export function reanchor(anchor: Anchor, text: string): AnchorResult {
  const { exact } = anchor.quote;
  const { start, end } = anchor.position;
  if (!exact) return { state: 'orphaned', range: null, method: null, score: 0 };
  // 1. position, when the quote is still there and so is its context
  if (text.slice(start, end) === exact) {
    const ctx = contextAt(text, start, end, anchor.quote);
    if (confirms(text, start, end, anchor.quote, ctx))
      return { state: 'anchored', range: { start, end }, method: 'position', score: contextScore(ctx) };
  }
  // 2. exact quote: only an occurrence its context confirms, and only if no other copy is confirmed
  // almost as well. A sentence that was unique when tagged and is unique now needs one side only.
  const confirmed: Array<{ start: number; score: number }> = [];
  const occurrences: Array<{ start: number; ctx: ContextScore }> = [];
  for (
    let at = text.indexOf(exact);
    at >= 0 && occurrences.length < MAX_EXACT_OCCURRENCES;
    at = text.indexOf(exact, at + 1)
  ) {
    const ctx = contextAt(text, at, at + exact.length, anchor.quote);
    occurrences.push({ start: at, ctx });
    if (confirms(text, at, at + exact.length, anchor.quote, ctx))
      confirmed.push({ start: at, score: contextScore(ctx) });
  }
  if (occurrences.length === 1 && !anchor.quote.repeated) {
    const [only] = occurrences;
    const onlyEnd = only.start + exact.length;
    // One side agreeing is enough only if no edited version of the sentence nearby (even with
    // new figures) agrees too: then the verbatim one may be a quotation and the edited one the sentence.
    const rivalled = () =>
      fuzzyCandidates(
        anchor,
        text,
        (s, e, ctx) => (s >= onlyEnd || e <= only.start) && Math.max(ctx.prefix, ctx.suffix) >= 0.5,
        false,
      ).length > 0;
    if (contextConfirms(only.ctx) || (Math.max(only.ctx.prefix, only.ctx.suffix) >= LONE_COPY_SIDE && !rivalled()))
      return {
        state: 'anchored',
        range: { start: only.start, end: only.start + exact.length },
        method: 'exact',
        score: contextScore(only.ctx),
      };
  }
  if (confirmed.length) {
    confirmed.sort((x, y) => y.score - x.score);
    const [best, rival] = confirmed;
    if (!rival || best.score - rival.score >= RIVAL_MARGIN)
      return {
        state: 'anchored',
        range: { start: best.start, end: best.start + exact.length },
        method: 'exact',
        score: best.score,
      };
    return { state: 'orphaned', range: null, method: null, score: best.score };
  }
  // 3. fuzzy: same figures, confirmed context, no close rival
  const [choice, rival] = fuzzyCandidates(anchor, text, (s, e, ctx) => confirms(text, s, e, anchor.quote, ctx));
  if (choice && choice.score >= 0.8 && (!rival || choice.score - rival.score >= RIVAL_MARGIN)) {
    return { state: 'anchored', range: { start: choice.start, end: choice.end }, method: 'fuzzy', score: choice.score };
  }
  return { state: 'orphaned', range: null, method: null, score: choice?.score ?? 0 };
}
