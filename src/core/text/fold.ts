// The script fold: a copy of the text with traditional characters replaced one to one by
// simplified ones, so one set of rules reads both scripts at the same offsets; and the way
// back, so what the engine reports reads as the report was written.
import { simplifiedOf } from '../rules/zh/traditional';

export interface FoldedText {
  /** Same length as the input, offsets unchanged. */
  text: string;
  /** Whether any character was folded (a traditional-script report). */
  folded: boolean;
  /** Writes a string made from the folded text back in the report's own script. */
  restore(s: string): string;
  /**
   * The same, for a string read near `at` (a subject near its figure): where it stands there as written, the report's
   * own characters at those offsets (right in a report mixing both scripts); else as `restore`.
   */
  restoreNear(s: string, at: number): string;
  /**
   * The same, for a string read after `at` (a unit after its figure): its first place from `at` on, as written (六隻
   * 大熊貓 keeps 隻 though 只有 stands before it); else as `restoreNear`.
   */
  restoreAfter(s: string, at: number): string;
}

/** How far around a figure its subject is looked for as written: before it, and after it (a counted noun). */
const NEAR_BEFORE = 400;
const NEAR_AFTER = 200;

const FIRST_IDEOGRAPH = 0x4e00;
const LAST_IDEOGRAPH = 0x9fff;
let simplifiedCodes: Uint16Array | null = null;

/**
 * The simplified code of each ideograph U+4E00–9FFF (0 when it has none), built once from the
 * rules' table: the fold reads every character of a report, a string lookup each is too slow.
 */
function simplifiedCodeTable(): Uint16Array {
  if (simplifiedCodes) return simplifiedCodes;
  const table = new Uint16Array(LAST_IDEOGRAPH - FIRST_IDEOGRAPH + 1);
  for (let c = FIRST_IDEOGRAPH; c <= LAST_IDEOGRAPH; c++) {
    const s = simplifiedOf(String.fromCharCode(c));
    if (s !== undefined) table[c - FIRST_IDEOGRAPH] = s.charCodeAt(0);
  }
  simplifiedCodes = table;
  return table;
}

/** The simplified form of one UTF-16 code (itself when it has none). */
export function simplifiedCode(c: number): number {
  if (c < FIRST_IDEOGRAPH || c > LAST_IDEOGRAPH) return c;
  return simplifiedCodeTable()[c - FIRST_IDEOGRAPH] || c;
}

/**
 * Where `s` stands in `text` near offset `at` (a subject near its figure): its last place before `at` within reach, else
 * its first place in the window; -1 when it is not there.
 */
export function occurrenceNear(text: string, s: string, at: number): number {
  const from = Math.max(0, at - NEAR_BEFORE);
  const window = text.slice(from, at + NEAR_AFTER);
  let k = window.lastIndexOf(s, at - from);
  if (k < 0) k = window.indexOf(s);
  return k < 0 ? -1 : from + k;
}

const unchanged = (s: string) => s;

const WHITE_CIRCLE = 0x25cb; // ○
const LARGE_CIRCLE = 0x25ef; // ◯
const CIRCLE = /[○◯]/u;
const NUMERAL_DIGIT = /[〇零一二三四五六七八九]/u;

/** Whether the run of circles holding position i has a Chinese numeral digit right before or after it. */
function circleRunTouchesNumeral(text: string, i: number): boolean {
  let from = i;
  while (from > 0 && CIRCLE.test(text[from - 1])) from--;
  let to = i + 1;
  while (to < text.length && CIRCLE.test(text[to])) to++;
  return NUMERAL_DIGIT.test(text[from - 1] ?? '') || NUMERAL_DIGIT.test(text[to] ?? '');
}

export function foldTraditional(input: string): FoldedText {
  const table = simplifiedCodeTable();
  let out: string[] | null = null;
  // simplified → the traditional character this report wrote for it
  const back = new Map<string, string>();
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === WHITE_CIRCLE || c === LARGE_CIRCLE) {
      // 二○二一年, 一○八年: a circle written for the zero of a numeral is 〇 (alone, ○○公司 stays a placeholder).
      if (circleRunTouchesNumeral(input, i)) {
        out ??= input.split('');
        out[i] = '〇';
      }
      continue;
    }
    if (c < FIRST_IDEOGRAPH || c > LAST_IDEOGRAPH) continue;
    const code = table[c - FIRST_IDEOGRAPH];
    if (code === 0) continue;
    const s = String.fromCharCode(code);
    out ??= input.split('');
    out[i] = s;
    back.set(s, input[i]);
  }
  if (!out) return { text: input, folded: false, restore: unchanged, restoreNear: unchanged, restoreAfter: unchanged };
  // A simplified character the report also writes as such (制 beside 製) cannot be told back.
  for (const s of [...back.keys()]) if (input.includes(s)) back.delete(s);
  const text = out.join('');
  const restore = (s: string) => s.replace(/[\u4e00-\u9fff]/gu, (ch) => back.get(ch) ?? ch);
  const restoreNear = (s: string, at: number) => {
    const k = occurrenceNear(text, s, at);
    return k < 0 ? restore(s) : input.slice(k, k + s.length);
  };
  return {
    text,
    folded: true,
    restore,
    restoreNear,
    restoreAfter: (s, at) => {
      const k = text.slice(at, at + NEAR_AFTER).indexOf(s);
      return k < 0 ? restoreNear(s, at) : input.slice(at + k, at + k + s.length);
    },
  };
}
