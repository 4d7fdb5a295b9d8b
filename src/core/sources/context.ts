// The words that set a figure's scope: its sentence up to the figure and the nearest section heading above,
// so that 市本级 in a heading keeps a figure apart from the whole city's.
const SENTENCE_START = /[。！？!?；;\n]/u;
/** A heading is a short line without a full stop (（二）市本级一般公共预算, 2.市本级). */
const HEADING = /^[^。！？]{1,40}$/u;
const HEADING_LOOKBACK_LINES = 8;

export function scopeContext(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !SENTENCE_START.test(text[start - 1])) start--;
  const sentence = text.slice(start, offset);
  const lines = text.slice(0, offset).split('\n');
  lines.pop();
  const above = lines.slice(-HEADING_LOOKBACK_LINES).reverse();
  const heading = above.find((l) => HEADING.test(l.trim()) && /\S/u.test(l)) ?? '';
  return `${heading.trim()} ${sentence}`;
}
