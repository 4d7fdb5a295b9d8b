// Check "repeat": the same quantity (subject, unit, change and basis) reported with different values in
// one report, e.g. a summary's 下降18.6% against the body's 下降18.9%.
import type { Metric } from '../types';
import { figureOf, findingFigure, type Figure, type Interval } from './figures';
import { verdict } from './format';
import type { CheckSentence } from './sentences';
import type { Finding } from './types';

/** Short subjects (增长, 的, 年) name no quantity of their own. */
const MIN_SUBJECT_LENGTH = 4;
/** Two changes further apart than this ratio are two quantities that share a name, not a slip. */
const MAX_CHANGE_RATIO = 1.5;
/** Levels are compared only when they look like one figure mistyped: as many digits and this close. */
const MAX_LEVEL_RATIO = 1.1;
/** 分别 subjects name several quantities at once. */
const LIST_SUBJECT = /分别|分別|respectively/iu;

function digitCount(text: string): number {
  return (text.match(/\d/gu) ?? []).length;
}

/** Could b be a, mistyped or updated in one place? Two unrelated quantities rarely pass this. */
function comparable(a: Metric, b: Metric): boolean {
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (x === 0 || y === 0 || a.approx !== b.approx) return false;
  const ratio = Math.max(x, y) / Math.min(x, y);
  if (a.change) return ratio <= MAX_CHANGE_RATIO;
  // Percentages are bounded, so a close pair is one figure; for other levels the digits must agree too
  // (3510.6亿元 this year and 3687亿元 budgeted next year share a name and are 5 % apart).
  if (a.kind === 'percent') return ratio <= MAX_LEVEL_RATIO;
  return ratio <= MAX_LEVEL_RATIO && digitCount(a.text) === digitCount(b.text);
}

export function subjectKey(subject: string): string {
  return subject.replace(/[\s“”"'‘’「」《》（）()、,，·]/gu, '').toLowerCase();
}

function kindKey(m: Metric): string {
  return [m.unit, m.kind, m.change?.direction ?? '', m.change?.basis ?? ''].join('\u0000');
}

function subjectQuantityKey(m: Metric): string | null {
  if (!m.subject) return null;
  const subject = subjectKey(m.subject);
  if ([...subject].length < MIN_SUBJECT_LENGTH || LIST_SUBJECT.test(subject)) return null;
  // An English subject of one word (Table, Figure, Section) names no quantity.
  if (!/[\u3400-\u9fff]/u.test(subject) && !/\s/u.test(m.subject.trim())) return null;
  return `s\u0000${subject}\u0000${kindKey(m)}`;
}

const CLAUSE_START = /[，,；;：:、。！？]/u;
/** Words that say how a figure changed or repeat the report's scope: 此类警情同比下降 → 此类警情. Years stay:
 * 2012年 and 2013年 are two quantities. */
const CHANGE_AND_SCOPE_WORDS =
  /同比|环比|比上年|比去年|分别|增长|下降|上升|减少|增加|提高|降低|达到|达|为|全年|全市|全省|今年|\s+/gu;

/** The clause's words before the figure, change words removed: the engine's subject may be a short head noun. */
function clauseQuantityKey(text: string, s: CheckSentence, m: Metric): string | null {
  let start = m.range.start;
  while (start > s.start && !CLAUSE_START.test(text[start - 1])) start--;
  const lead = text.slice(start, m.range.start);
  if (LIST_SUBJECT.test(lead)) return null;
  const words = subjectKey(lead.replace(CHANGE_AND_SCOPE_WORDS, ''));
  if ([...words].length < MIN_SUBJECT_LENGTH || !/[\u3400-\u9fff]/u.test(words)) return null;
  return `c\u0000${words}\u0000${kindKey(m)}`;
}

const YEAR = /(?:19|20)\d{2}(?=\s*年)/gu;
const PLAN_WORDS = /预计|预期|预算|安排|计划|目标|预测|預計|預算|預測|目標/u;

/** Two sentences about different years, or a plan against an outcome, speak of different quantities. */
function sameFrame(a: CheckSentence, b: CheckSentence): boolean {
  const ya = new Set(a.text.match(YEAR) ?? []);
  const yb = new Set(b.text.match(YEAR) ?? []);
  if (ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y))) return false;
  return PLAN_WORDS.test(a.text) === PLAN_WORDS.test(b.text);
}

/** Words that adjust a figure (excluding these effects, 剔除…因素): the adjusted figure is another quantity. */
const ADJUSTED = /\bexcluding\b|\bexcept\b|\bnet of\b|\bnot counting\b|\bafter adjusting\b|不含|剔除|扣除|除去|不计/iu;

function adjusted(text: string, e: { metric: Metric; sentence: CheckSentence }): boolean {
  return ADJUSTED.test(text.slice(e.sentence.start, e.metric.range.start));
}

function written(f: Figure): Interval {
  return { lo: f.metric.value - f.tolerance, hi: f.metric.value + f.tolerance };
}

/** A sentence this long, repeated word for word, is one statement made twice (a summary copying the body). */
const MIN_VERBATIM = 12;
const CONTINUATION = /^\s*(?:其中|此外|另外|同时|分别|包括|其余|of which|including)/iu;

/**
 * The sentence with its figures masked, and the figure's place among them: two sentences alike but for their
 * figures state the same quantities in the same places, whatever the values (a summary copied from the body).
 */
function verbatimKey(s: CheckSentence, m: Metric): string | null {
  // A sentence that continues another (其中，铁路…；公路…) may repeat its words for another whole.
  if (CONTINUATION.test(s.text)) return null;
  let masked = '';
  let at = s.start;
  for (const x of s.metrics) {
    // The number is masked, its unit kept: 0.20亿吨 and 0.94亿人 are two quantities.
    masked += s.text.slice(at - s.start, x.range.start - s.start) + x.text.replace(/\d[\d,，.]*/gu, '#');
    at = x.range.end;
  }
  masked = (masked + s.text.slice(at - s.start)).replace(/\s+/gu, '');
  if ((masked.match(/\p{L}/gu) ?? []).length < MIN_VERBATIM) return null;
  return `v\u0000${masked}\u0000${s.metrics.indexOf(m)}`;
}

export function checkRepeats(text: string, sentences: CheckSentence[]): Finding[] {
  const groups = new Map<string, Array<{ metric: Metric; sentence: CheckSentence }>>();
  for (const s of sentences)
    for (const m of s.metrics)
      for (const key of [subjectQuantityKey(m), clauseQuantityKey(text, s, m), verbatimKey(s, m)]) {
        if (!key) continue;
        const list = groups.get(key) ?? [];
        list.push({ metric: m, sentence: s });
        groups.set(key, list);
      }
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const [key, list] of groups) {
    // Figures of one sentence are levels or parts of a series (由A至B), not repeats.
    const sentencesSeen = new Set(list.map((e) => e.sentence));
    if (list.length < 2 || sentencesSeen.size !== list.length) continue;
    const verbatim = key.startsWith('v\u0000');
    const first = figureOf(list[0].metric);
    for (const later of list.slice(1)) {
      if (!sameFrame(list[0].sentence, later.sentence)) continue;
      if (adjusted(text, list[0]) !== adjusted(text, later)) continue;
      const f = figureOf(later.metric);
      // A sentence repeated word for word names the same quantity: its two values need not look alike, and
      // two thresholds (超过10万元, 超过11万元) are two different figures written for one quantity.
      if (!verbatim && !comparable(first.metric, f.metric)) continue;
      if (verbatim && (first.metric.unit !== f.metric.unit || first.metric.approx !== f.metric.approx)) continue;
      // Agreeing repeats are the normal case and are not reported; a pair found under both keys, once.
      // Strictly: 4 % and 5 % touch at 4.5 but are two different figures written for one quantity.
      if (first.metric.value === f.metric.value) continue;
      // In a verbatim copy both carry the same approximation word, so their written values are compared.
      const [i, j] = verbatim ? [written(first), written(f)] : [first.interval, f.interval];
      if (i.lo < j.hi && j.lo < i.hi) continue;
      const pair = `${first.metric.id} ${f.metric.id}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      const arithmetic = `${first.metric.text} (line ${first.metric.line + 1}) against ${f.metric.text} (line ${f.metric.line + 1})`;
      out.push({
        check: 'repeat',
        status: 'inconsistent',
        arithmetic,
        message: verdict(arithmetic, `the same ${later.metric.subject ?? 'quantity'} twice`, false),
        computed: first.metric.value,
        stated: later.metric.value,
        range: later.metric.range,
        line: later.metric.line,
        figures: [findingFigure('first', first), findingFigure('second', f)],
      });
    }
  }
  return out;
}
