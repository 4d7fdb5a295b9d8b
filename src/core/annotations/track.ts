// Follows the editor's changes: turns two versions of the text into one edit, placed on sentence
// boundaries where the diff alone is ambiguous, and moves (or orphans) every anchor through it.
// The language server calls this; the edit-script test drives the same code.
import { applyEdit, reanchor, type AnchorResult, type TextEdit } from './anchor';
import type { Anchor, Annotation } from './model';

export interface TrackedAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
}

const BOUNDARY = /[。！？；!?;\n]/u;
const atBoundary = (text: string, i: number) => i === 0 || BOUNDARY.test(text[i - 1]);

const MAX_PLACEMENTS = 4096;

/**
 * Every placement of the single edit that turns `a` into `b` (common prefix and suffix). A
 * pure deletion or insertion can sit at several places when the text repeats (deleting "甲。乙"
 * or "。乙甲" from "甲。乙甲。" gives the same result): all of them, rightmost first.
 */
export function editPlacements(a: string, b: string): TextEdit[] {
  if (a === b) return [];
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  const edit = { start: p, end: a.length - s, text: b.slice(p, b.length - s) };
  if (edit.start !== edit.end && edit.text) return [edit];
  // the run deleted from a, or inserted into b, slides left while the character before it equals its last
  const source = edit.text ? b : a;
  const length = edit.text ? edit.text.length : edit.end - edit.start;
  const placements = [edit];
  for (let at = edit.start; at > 0 && placements.length < MAX_PLACEMENTS; at--) {
    if (source.charCodeAt(at - 1) !== source.charCodeAt(at - 1 + length)) break;
    const start = at - 1;
    placements.push(
      edit.text
        ? { start, end: start, text: b.slice(start, start + length) }
        : { start, end: start + length, text: '' },
    );
  }
  return placements;
}

/**
 * The single edit that turns `a` into `b`. Among equivalent placements, the one that starts on
 * a sentence boundary, so deleting a whole sentence is seen as that, not as a cut across two.
 */
export function diffEdit(a: string, b: string): TextEdit | null {
  const placements = editPlacements(a, b);
  if (!placements.length) return null;
  const source = placements[0].text && placements[0].start === placements[0].end ? b : a;
  return placements.find((e) => atBoundary(source, e.start)) ?? placements[0];
}

const sameRange = (x: Anchor | null, y: Anchor | null) =>
  x?.position.start === y?.position.start && x?.position.end === y?.position.end;

/**
 * An anchor through an edit the text alone cannot place (the same sentence pasted next to
 * itself): when equivalent placements leave it on different text, it is orphaned.
 */
function moveThrough(anchor: Anchor, placements: TextEdit[], chosen: TextEdit, newText: string): Anchor | null {
  const moved = applyEdit(anchor, chosen, newText);
  if (placements.length < 2) return moved;
  const lo = placements[placements.length - 1].start;
  const hi = placements[0].end + placements[0].text.length;
  if (hi < anchor.position.start || lo > anchor.position.end) return moved;
  for (const other of placements) {
    if (other === chosen) continue;
    const alternative = applyEdit(anchor, other, newText);
    if (alternative && !sameRange(alternative, moved)) return null;
  }
  return moved;
}

/**
 * Moves every anchored annotation from `oldText` to `newText`. A change much larger than the
 * sentence (a reload after a git pull, a big paste) is not an edit of it: the sentence is
 * looked for again by its quote. Returns whether any anchor was moved or orphaned.
 */
export function followChange(items: TrackedAnnotation[], oldText: string, newText: string): boolean {
  const placements = editPlacements(oldText, newText);
  const edit = diffEdit(oldText, newText);
  if (!edit) return false;
  let changed = false;
  for (const item of items) {
    if (item.anchor.state !== 'anchored') continue;
    changed = true;
    const { start, end } = item.annotation.anchor.position;
    const touches = edit.start < end && edit.end > start;
    if (touches && edit.end - edit.start + edit.text.length > 2 * (end - start)) {
      const found = reanchor(item.annotation.anchor, newText);
      if (found.state === 'anchored')
        item.annotation.anchor = { ...item.annotation.anchor, position: { ...found.range }, docSha256: '' };
      item.anchor = found;
      continue;
    }
    const moved = moveThrough(item.annotation.anchor, placements, edit, newText);
    if (!moved) {
      // the sentence was deleted or became another claim: orphaned, its quote kept
      item.anchor = { state: 'orphaned', range: null, method: null, score: 0 };
    } else {
      item.annotation.anchor = { ...moved, docSha256: '' };
      item.anchor = { state: 'anchored', range: { ...moved.position }, method: 'position', score: 1 };
    }
  }
  return changed;
}

const sameStoredAnchor = (a: Annotation, b: Annotation) =>
  a.anchor.quote.exact === b.anchor.quote.exact &&
  a.anchor.quote.prefix === b.anchor.quote.prefix &&
  a.anchor.quote.suffix === b.anchor.quote.suffix;

/**
 * Annotations tagged on different text that now land on the same text (the same sentence
 * under two headings, one deleted): the one found with clearly the best score keeps it, the
 * others are orphaned; a tie orphans them all. Two tags made on the same text may share it.
 */
export function resolveCollisions(items: TrackedAnnotation[]): void {
  const anchored = items.filter((i) => i.anchor.state === 'anchored');
  const losers = new Set<TrackedAnnotation>();
  for (let i = 0; i < anchored.length; i++) {
    for (let j = i + 1; j < anchored.length; j++) {
      const x = anchored[i];
      const y = anchored[j];
      const rx = x.anchor.range!;
      const ry = y.anchor.range!;
      if (!(rx.start < ry.end && ry.start < rx.end) || sameStoredAnchor(x.annotation, y.annotation)) continue;
      if (x.anchor.score > y.anchor.score + 0.05) losers.add(y);
      else if (y.anchor.score > x.anchor.score + 0.05) losers.add(x);
      else {
        losers.add(x);
        losers.add(y);
      }
    }
  }
  for (const item of losers) item.anchor = { state: 'orphaned', range: null, method: null, score: item.anchor.score };
}
