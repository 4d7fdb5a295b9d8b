// The words that set a figure's scope: the nearest section heading above, the sentence's opening clause (its
// topic) and the clause of the figure, so that 市本级 in a heading keeps a figure apart from the whole city's
// while a 安排 elsewhere in a long sentence does not make a plan of it.
const SENTENCE_START = /[。！？!?\n]/u;
/** A heading is a short line without a full stop (（二）市本级一般公共预算, 2.市本级). */
const HEADING = /^[^。！？]{1,40}$/u;
const HEADING_LOOKBACK_LINES = 8;
const CLAUSE_BREAK = /[，,]/u;

export function scopeContext(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !SENTENCE_START.test(text[start - 1])) start--;
  const sentence = text.slice(start, offset);
  const clauses = sentence.split(CLAUSE_BREAK);
  const topic = clauses.length > 1 ? clauses[0] : '';
  const clause = clauses[clauses.length - 1];
  const lines = text.slice(0, offset).split('\n');
  lines.pop();
  const above = lines.slice(-HEADING_LOOKBACK_LINES).reverse();
  const heading = above.find((l) => HEADING.test(l.trim()) && /\S/u.test(l)) ?? '';
  return `${heading.trim()} ${topic} ${clause}`;
}

const PARENTHESES = /（[^（）]*）|\([^()]*\)/gu;

/**
 * The name a figure's own clause gives it (全市地方一般公共预算收入（预计完成数，下同）113.6亿元 → 全市地方一般公共预算收入),
 * for when the engine's subject is a fragment. Asides in parentheses are dropped first.
 */
export function clauseName(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !SENTENCE_START.test(text[start - 1])) start--;
  const clauses = text
    .slice(start, offset)
    .replace(PARENTHESES, '')
    .split(/[，,；;：:]/u);
  return (clauses[clauses.length - 1] ?? '').replace(/\s+/gu, '');
}
