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
}

export function foldTraditional(input: string): FoldedText {
  let out: string[] | null = null;
  // simplified → the traditional character this report wrote for it
  const back = new Map<string, string>();
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    const s = simplifiedOf(input[i]);
    if (s === undefined) continue;
    out ??= input.split('');
    out[i] = s;
    back.set(s, input[i]);
  }
  if (!out) return { text: input, folded: false, restore: (s) => s };
  // A simplified character the report also writes as such (制 beside 製) cannot be told back.
  for (const s of [...back.keys()]) if (input.includes(s)) back.delete(s);
  return {
    text: out.join(''),
    folded: true,
    restore: (s) => s.replace(/[\u4e00-\u9fff]/gu, (ch) => back.get(ch) ?? ch),
  };
}
