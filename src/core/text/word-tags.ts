// jieba's part-of-speech look-up, done in JS: the tag of a word is the tag of its dictionary entry (the last entry
// of a word wins, as in cppjieba's trie), else a rule on its ASCII characters. With it, the segmenter asks nodejieba
// for words only (`cut`), which costs half of `tag`. Tests compare it with nodejieba's own `tag` on real reports.
import * as fs from 'node:fs';

export interface WordTags {
  /** jieba's POS tag of a word that its segmentation produced. */
  of(word: string): string;
}

/** cppjieba's limonp::Split on one character: empty fields kept, but none after a trailing separator. */
function splitFields(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < line.length) {
    const end = line.indexOf(' ', start);
    if (end < 0) {
      out.push(line.slice(start));
      break;
    }
    out.push(line.slice(start, end));
    start = end + 1;
  }
  return out;
}

/**
 * cppjieba's PosTagger::SpecialRule for a word with no tagged entry: `x` when it holds no ASCII, `m` when the ASCII
 * read is all digits, else `eng`. Reading stops once half the word's code points (rounded down) were ASCII, as
 * jieba's loop does: a one-character word is always `x`, and `5.2` is `m`.
 */
export function untaggedWordTag(word: string): string {
  // Code points, not UTF-16 units: a surrogate pair is one rune to jieba. No array is built (this runs per word).
  let runes = 0;
  for (let i = 0; i < word.length; i++) if (!isLowSurrogateAfterHigh(word, i)) runes++;
  const half = Math.floor(runes / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < half; i++) {
    if (isLowSurrogateAfterHigh(word, i)) continue;
    const code = word.charCodeAt(i);
    if (code < 0x80) {
      ascii++;
      if (code >= 0x30 && code <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

function isLowSurrogateAfterHigh(word: string, i: number): boolean {
  const code = word.charCodeAt(i);
  if (code < 0xdc00 || code > 0xdfff || i === 0) return false;
  const before = word.charCodeAt(i - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

/** FNV-1a over UTF-16 code units of `text` in [start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The main dictionary's ~350,000 entries, kept as offsets into the file's text with an open-addressing table: a Map
 * of them held ~30 MB of small strings that every full garbage collection walks; this holds a few typed arrays.
 */
class MainDictionary {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly tagIds: Uint16Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly tagNames: string[] = [];

  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    this.starts = new Int32Array(lines);
    this.ends = new Int32Array(lines);
    this.tagIds = new Uint16Array(lines);
    let size = 1;
    while (size < lines * 2) size <<= 1;
    this.slots = new Int32Array(size); // entry index + 1; 0 is empty
    this.mask = size - 1;
    const tagIdOf = new Map<string, number>();
    let count = 0;
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const firstSpace = text.indexOf(' ', lineStart);
      const lastSpace = text.lastIndexOf(' ', lineEnd - 1);
      // Main-dictionary lines are `word freq tag` (jieba refuses to load any other shape).
      if (firstSpace > lineStart && lastSpace > firstSpace && lastSpace < lineEnd) {
        const tag = text.slice(lastSpace + 1, lineEnd);
        let id = tagIdOf.get(tag);
        if (id === undefined) {
          id = this.tagNames.length;
          this.tagNames.push(tag);
          tagIdOf.set(tag, id);
        }
        this.starts[count] = lineStart;
        this.ends[count] = firstSpace;
        this.tagIds[count] = id;
        this.place(count, hashOf(text, lineStart, firstSpace));
        count++;
      }
      lineStart = lineEnd + 1;
    }
  }

  /** Puts an entry in its slot; a later entry of the same word replaces the earlier, as in jieba's trie. */
  private place(entry: number, hash: number): void {
    const { text, starts, ends } = this;
    const length = ends[entry] - starts[entry];
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot] - 1;
      if (held < 0) {
        this.slots[slot] = entry + 1;
        return;
      }
      if (
        ends[held] - starts[held] === length &&
        text.startsWith(text.slice(starts[entry], ends[entry]), starts[held])
      ) {
        this.slots[slot] = entry + 1;
        return;
      }
    }
  }

  /** The tag of a word's entry, or undefined when the dictionary has none. */
  tagOf(word: string): string | undefined {
    const { text, starts, ends } = this;
    for (let slot = hashOf(word, 0, word.length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot] - 1;
      if (held < 0) return undefined;
      if (ends[held] - starts[held] === word.length && text.startsWith(word, starts[held])) {
        return this.tagNames[this.tagIds[held]];
      }
    }
  }
}

/** How many words' tags are kept for reuse. */
const RECENT_WORDS = 50_000;

/**
 * The tags of jieba's dictionaries as it loads them: the main dictionary (word, frequency, tag), then the user
 * dictionary (word [frequency] [tag], a missing tag is empty), then the words inserted after loading; a later entry
 * of a word wins. Null when a file cannot be read (the segmenter then asks nodejieba for tags).
 */
export function readWordTags(
  dictPath: string,
  userDictPath: string,
  inserted: ReadonlyArray<readonly [string, string]>,
): WordTags | null {
  let mainText: string;
  let userText: string;
  try {
    mainText = fs.readFileSync(dictPath, 'utf8');
    userText = fs.readFileSync(userDictPath, 'utf8');
  } catch {
    return null;
  }
  const main = new MainDictionary(mainText);
  // The user dictionary and inserted words are loaded after the main one, so their entries win.
  const later = new Map<string, string>();
  for (const line of userText.split('\n')) {
    if (!line) continue;
    const fields = splitFields(line);
    if (fields.length === 0 || fields.length > 3 || !fields[0]) continue;
    later.set(fields[0], fields.length === 1 ? '' : fields[fields.length - 1]);
  }
  for (const [word, tag] of inserted) if (word) later.set(word, tag);
  // A report repeats its words: the tags of recent words are kept (V8 hashes a string once, natively), up to a bound
  // that keeps memory flat on a huge report.
  const recent = new Map<string, string>();
  return {
    of(word: string): string {
      let tag = recent.get(word);
      if (tag !== undefined) return tag;
      // An empty tag (a user-dictionary line without one) reads as untagged, as in jieba.
      tag = (later.get(word) ?? main.tagOf(word)) || untaggedWordTag(word);
      if (recent.size >= RECENT_WORDS) recent.clear();
      recent.set(word, tag);
      return tag;
    },
  };
}
