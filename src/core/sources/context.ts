// The words that set a figure's scope: the nearest section heading above, the sentence's opening clause (its
// topic) and the clause of the figure, so that 市本级 in a heading keeps a figure apart from the whole city's
// while a 安排 elsewhere in a long sentence does not make a plan of it.
const SENTENCE_STOP = /[。！？!?]/u;
/** A heading is a short line without a full stop (（二）市本级一般公共预算, 2.市本级). */
const HEADING = /^[^。！？]{1,40}$/u;
const HEADING_LOOKBACK_LINES = 8;
const CLAUSE_BREAK = /[，,]/u;
/** Page numbers and form feeds that PDF extraction leaves between the two halves of a sentence (-1-, — 2 —). */
const PAGE_FURNITURE = /^[\f\s]*(?:[-—–－]*\s*\d{1,4}\s*[-—–－]*|第\s*\d{1,4}\s*页)[\f\s]*$/u;
/** A line ending so is a whole line: the next line starts afresh. */
const LINE_END = /[。！？!?；;：:]$/u;
/** A line of at least this many characters that does not end a sentence was wrapped (PDF extracts, hard wraps). */
const WRAPPED_LINE = 20;

function isPageFurniture(line: string): boolean {
  return line.trim() !== '' && PAGE_FURNITURE.test(line);
}

/** Where the sentence holding `offset` starts: across hard-wrapped lines and the page numbers between them. */
export function sentenceStart(text: string, offset: number): number {
  let i = offset;
  let lastWhole = offset;
  for (;;) {
    while (i > 0 && !SENTENCE_STOP.test(text[i - 1]) && text[i - 1] !== '\n') i--;
    if (i === 0 || text[i - 1] !== '\n') return i;
    if (!isPageFurniture(text.slice(i, text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i)))) lastWhole = i;
    let lineStart = i - 1;
    while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
    const previous = text.slice(lineStart, i - 1);
    if (isPageFurniture(previous)) {
      i = lineStart;
      continue;
    }
    const visible = previous.replace(/\s/gu, '');
    if ([...visible].length >= WRAPPED_LINE && !LINE_END.test(visible)) {
      i -= 1;
      continue;
    }
    return lastWhole;
  }
}

/** The sentence up to `offset`, its wrapped lines joined and page numbers dropped. */
function sentenceBefore(text: string, offset: number): string {
  return text
    .slice(sentenceStart(text, offset), offset)
    .split('\n')
    .filter((line) => !isPageFurniture(line))
    .join('');
}

/** Words that make a plan of a figure, and words of its own clause that say it is the outcome (实际完成2266166万元). */
const PLAN_WORDS = /年初预算|调整预算|预算数|预期|安排|计划|目标|(?<=收入|支出)预算(?!执行)/gu;
const OUTCOME_CLAUSE = /实际完成|实际执行|执行数|决算/u;

/** A total or a share over several years (五年来, “十四五”期间, 年均): it sets the scope wherever it stands. */
export const MULTI_YEAR = /[二三四五六七八九十两]年来|十[一二三四五六]五.{0,2}(?:期间|时期|以来)|年均/u;

export function scopeContext(text: string, offset: number): string {
  const sentence = sentenceBefore(text, offset);
  const clauses = sentence.split(CLAUSE_BREAK);
  const clause = clauses[clauses.length - 1];
  // The topic's plan words (年初预算合计…) belong to the plan's figure, not to the outcome a later clause states
  // (实际完成2266166万元) nor to that outcome's change (增长0.7%).
  const rawTopic = clauses.length > 1 ? clauses[0] : '';
  const outcomeStated = clauses.slice(1).some((c) => OUTCOME_CLAUSE.test(c));
  const topic = outcomeStated ? rawTopic.replace(PLAN_WORDS, '') : rawTopic;
  // The heading is looked for above the sentence: a wrapped line of the sentence itself is no heading.
  const lines = text.slice(0, sentenceStart(text, offset)).split('\n');
  lines.pop();
  const above = lines.slice(-HEADING_LOOKBACK_LINES).reverse();
  const heading = above.find((l) => HEADING.test(l.trim()) && /\S/u.test(l) && !isPageFurniture(l)) ?? '';
  const years = MULTI_YEAR.exec(sentence)?.[0] ?? '';
  return `${heading.trim()} ${topic} ${clause} ${years}`;
}

const PARENTHESES = /（[^（）]*）|\([^()]*\)/gu;

function clausesBefore(text: string, offset: number): string[] {
  return sentenceBefore(text, offset)
    .replace(PARENTHESES, '')
    .split(/[，,；;：:]/u)
    .map((c) => c.replace(/\s+/gu, ''));
}

/**
 * The name a figure's own clause gives it (全市地方一般公共预算收入（预计完成数，下同）113.6亿元 → 全市地方一般公共预算收入),
 * for when the engine's subject is a fragment. Asides in parentheses are dropped first.
 */
export function clauseName(text: string, offset: number): string {
  const clauses = clausesBefore(text, offset);
  return clauses[clauses.length - 1] ?? '';
}

/** Verbs of an outcome that name no quantity: a clause of only these (实际完成) takes its name from the topic. */
const OUTCOME_VERBS = /实际|完成|执行|实现|达到|为|共计|合计/gu;
/** Where a topic's quantity name ends: a plan word, a figure, a comparison. */
const NAME_END = /年初预算|调整预算|预算数|预算合计|(?<=收入|支出)预算|合计|共计|\d/u;
const YEAR = /(?:19|20)\d{2}\s*年度?/gu;

/**
 * The quantity a sentence is about, for a figure whose clause only says 实际完成: the topic clause up to its first
 * plan word or figure, after its last 的 (汇总全市各级人代会批准的2025年一般公共预算收入年初预算合计… → 2025年一般公共预算收入).
 * Empty when the figure's clause names something itself.
 */
export function topicName(text: string, offset: number): string {
  const clauses = clausesBefore(text, offset);
  const own = clauses[clauses.length - 1] ?? '';
  if (clauses.length < 2 || [...own.replace(OUTCOME_VERBS, '')].length >= 2) return '';
  const topic = clauses[0].replace(YEAR, '');
  const end = NAME_END.exec(topic);
  const name = end ? topic.slice(0, end.index) : topic;
  const afterOf = name.lastIndexOf('的');
  return afterOf >= 0 ? name.slice(afterOf + 1) : name;
}
