// Binary search over a sentence's POS tags (sorted, non-overlapping): a metric looks up the
// words around it without walking the sentence from its start, which would be quadratic.
import type { TaggedWord } from './segmenter';

/** Index of the first tag that ends after `pos` (tags.length when none does). */
export function firstTagEndingAfter(tags: readonly TaggedWord[], pos: number): number {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tags[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
