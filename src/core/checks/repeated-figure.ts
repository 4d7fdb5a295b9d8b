// Check "repeat": the same quantity (subject, unit, change and basis) reported with different values in
// one report, e.g. a summary's 下降18.6% against the body's 下降18.9%.
import type { Metric } from '../types';
import { figureOf, findingFigure, overlaps } from './figures';
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
  return ratio <= MAX_LEVEL_RATIO && digitCount(a.text) === digitCount(b.text);
}

export function subjectKey(subject: string): string {
  return subject.replace(/[\s“”"'‘’「」《》（）()、,，·]/gu, '').toLowerCase();
}

function quantityKey(m: Metric): string | null {
  if (!m.subject) return null;
  const subject = subjectKey(m.subject);
  if ([...subject].length < MIN_SUBJECT_LENGTH || LIST_SUBJECT.test(subject)) return null;
  // An English subject of one word (Table, Figure, Section) names no quantity.
  if (!/[\u3400-\u9fff]/u.test(subject) && !/\s/u.test(m.subject.trim())) return null;
  return [subject, m.unit, m.kind, m.change?.direction ?? '', m.change?.basis ?? ''].join('\u0000');
}

export function checkRepeats(sentences: CheckSentence[]): Finding[] {
  const groups = new Map<string, Array<{ metric: Metric; sentence: CheckSentence }>>();
  for (const s of sentences)
    for (const m of s.metrics) {
      const key = quantityKey(m);
      if (!key) continue;
      const list = groups.get(key) ?? [];
      list.push({ metric: m, sentence: s });
      groups.set(key, list);
    }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    // Figures of one sentence are levels or parts of a series (由A至B), not repeats.
    const sentencesSeen = new Set(list.map((e) => e.sentence));
    if (list.length < 2 || sentencesSeen.size !== list.length) continue;
    const first = figureOf(list[0].metric);
    for (const later of list.slice(1)) {
      const f = figureOf(later.metric);
      if (!comparable(first.metric, f.metric)) continue;
      // Agreeing repeats are the normal case and are not reported.
      if (overlaps(first.interval, f.interval)) continue;
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
