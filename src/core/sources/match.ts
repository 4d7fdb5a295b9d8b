// Looks each metric of a report up in a source: the same quantity (subject similar, same unit after scaling,
// same kind of change), then the value within the rounding of the less precise of the two.
import { figureOf } from '../checks/figures';
import { formatNumber } from '../checks/format';
import type { Metric } from '../types';
import { clauseName, scopeContext } from './context';
import { scopesDiffer, subjectSimilarity } from './subject';
import type { SourceDocument, SourceFigure, SourceMatch } from './types';

/** A source figure names the same quantity only above this subject similarity. */
export const SAME_QUANTITY = 0.6;
/** "Differs" needs a name this close (or one name inside the other): a weaker match is more likely another
 * quantity (教育支出 against 支出) than a wrong figure. */
const DIFFERS_SIMILARITY = 0.9;
/** Figures further apart than this ratio are two quantities under one name (a year, a plan), not a slip or an estimate. */
const DIFFERS_MAX_RATIO = 1.15;
/** Changes further apart than this many points (or percent) are two different changes. */
const DIFFERS_MAX_CHANGE_GAP = 5;
/** Among names that pass, a figure this close to the best name may be the match when its value agrees. */
const NAME_MARGIN = 0.15;

function sameKind(a: Metric, b: Metric): boolean {
  if (a.unit !== b.unit) return false;
  if (!!a.change !== !!b.change) return false;
  // A fall may be written as a negative growth in a table (增长-3.2%): compare signed values below.
  return true;
}

function signedValue(m: Metric): number {
  return m.change?.direction === 'down' ? -Math.abs(m.value) : m.value;
}

export function valuesAgree(a: Metric, b: Metric): boolean {
  const x = signedValue(a);
  const y = signedValue(b);
  const tolerance = Math.max(figureOf(a).tolerance, figureOf(b).tolerance);
  return Math.abs(x - y) <= tolerance + 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

const YEAR = /((?:19|20)\d{2})\s*年/gu;

function yearsIn(text: string): Set<string> {
  return new Set([...text.matchAll(YEAR)].map((m) => m[1]));
}

/** A figure tied to 2021 is not the source's 2025 figure: compare only when the years can agree. */
function yearsAgree(reportContext: string, f: SourceFigure, sourceYear: number | null | undefined): boolean {
  const mine = yearsIn(reportContext);
  if (mine.size === 0) return true;
  const theirs = yearsIn(f.context);
  if (theirs.size === 0 && sourceYear) theirs.add(String(sourceYear));
  return theirs.size === 0 || [...mine].some((y) => theirs.has(y));
}

/** Could the report's figure be the source's figure, mistyped or outdated? Far-off values name other things. */
function plausiblySame(a: Metric, b: Metric): boolean {
  // An approximate figure (70%以上, 约3亿) cannot contradict an exact one.
  if (a.approx) return false;
  const x = signedValue(a);
  const y = signedValue(b);
  if (a.change) return Math.abs(x - y) <= DIFFERS_MAX_CHANGE_GAP;
  if (x === 0 || y === 0 || Math.sign(x) !== Math.sign(y)) return false;
  return Math.max(x / y, y / x) <= DIFFERS_MAX_RATIO;
}

function where(f: SourceFigure): string {
  const l = f.location;
  if (l.row !== undefined && l.column !== undefined) {
    const table = l.sheet !== undefined ? `sheet ${l.sheet}, ` : l.table !== undefined ? `table ${l.table}, ` : '';
    return `${table}row ${l.row}, column ${l.column}`;
  }
  if (l.page !== undefined) return `page ${l.page}${l.line !== undefined ? `, line ${l.line}` : ''}`;
  return l.line !== undefined ? `line ${l.line}` : 'the source';
}

function describe(m: Metric): string {
  return m.change
    ? `${m.change.direction === 'down' ? '−' : '+'}${formatNumber(Math.abs(m.value), 6)}${m.unit}`
    : m.text;
}

/**
 * `context`: the report's words that set the metric's scope (see scopeContext); `altName`: the name its clause
 * gives it, tried beside the engine's subject.
 */
export function matchMetric(metric: Metric, source: SourceDocument, context = '', altName = ''): SourceMatch {
  const base = {
    metric: {
      id: metric.id,
      text: metric.text,
      value: metric.value,
      unit: metric.unit,
      subject: metric.subject,
      line: metric.line,
      range: metric.range,
    },
  };
  const scored = metric.subject
    ? source.figures
        .filter(
          (f) =>
            sameKind(metric, f.metric) &&
            !scopesDiffer(`${context} ${metric.subject ?? ''}`, `${f.context} ${f.subject}`) &&
            yearsAgree(context, f, source.year),
        )
        .map((f) => ({
          f,
          similarity: Math.max(
            subjectSimilarity(metric.subject ?? '', f.subject),
            altName ? subjectSimilarity(altName, f.subject) : 0,
          ),
        }))
        .filter((c) => c.similarity >= SAME_QUANTITY)
        .sort((a, b) => b.similarity - a.similarity)
    : [];
  if (scored.length === 0) {
    return { ...base, outcome: 'not-in-source', source: null, similarity: 0, message: `not in ${source.path}` };
  }
  const best = scored[0].similarity;
  const agreeing = scored.find((c) => c.similarity >= best - NAME_MARGIN && valuesAgree(metric, c.f.metric));
  const differing = scored.find((c) => c.similarity >= DIFFERS_SIMILARITY && plausiblySame(metric, c.f.metric));

  const chosen = agreeing ?? differing;
  if (!chosen) {
    return { ...base, outcome: 'not-in-source', source: null, similarity: best, message: `not in ${source.path}` };
  }
  const f = chosen.f;
  const sourceRef = {
    path: source.path,
    text: f.metric.text,
    value: f.metric.value,
    unit: f.metric.unit,
    subject: f.subject,
    quote: f.quote,
    location: f.location,
  };
  if (agreeing) {
    return {
      ...base,
      outcome: 'matches',
      source: sourceRef,
      similarity: chosen.similarity,
      message: `matches ${source.path} at ${where(f)}: “${f.quote}”`,
    };
  }
  return {
    ...base,
    outcome: 'differs',
    source: sourceRef,
    similarity: chosen.similarity,
    message: `the source says ${describe(f.metric)} at ${where(f)} (${f.subject}); the report says ${describe(metric)}`,
  };
}

/** A change's clause (增长5%) names nothing: it takes the name of the level before it in the sentence. */
function altNames(reportText: string, metrics: Metric[]): Map<Metric, string> {
  const out = new Map<Metric, string>();
  let lastLevelName = '';
  let lastLine = -1;
  for (const m of [...metrics].sort((a, b) => a.range.start - b.range.start)) {
    const own = clauseName(reportText, m.range.start);
    if (m.line !== lastLine) lastLevelName = '';
    lastLine = m.line;
    // A percentage of a plan (为预算的100%) is not the level a later change refers to.
    if (!m.change && m.kind !== 'percent') lastLevelName = own;
    out.set(
      m,
      m.change && [...own.replace(/增长|下降|增加|减少|同比|比上年|上升/gu, '')].length < 2 ? lastLevelName : own,
    );
  }
  return out;
}

/** Each metric of the report that names a subject, looked up in the source. */
export function matchReport(reportText: string, metrics: Metric[], source: SourceDocument): SourceMatch[] {
  const names = altNames(reportText, metrics);
  return metrics
    .filter((m) => m.subject)
    .map((m) => matchMetric(m, source, scopeContext(reportText, m.range.start), names.get(m) ?? ''));
}
