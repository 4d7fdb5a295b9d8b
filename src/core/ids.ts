// Stable ids: the same text gives the same ids, and an edit elsewhere in the document
// leaves an item's id alone (ids hash the item's own sentence, not its offset).

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Hands out ids from a content key, suffixing repeats (-2, -3…) so ids stay unique. */
export class IdAllocator {
  private readonly seen = new Map<string, number>();
  constructor(private readonly prefix: string) {}

  next(key: string): string {
    const base = `${this.prefix}${fnv1a(key)}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
