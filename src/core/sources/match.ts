// Looks each metric of a report up in a source: the same quantity (subject similar, same unit after scaling,
// same kind of change), then the value within the rounding of the less precise of the two.
import { figureOf, type Interval } from '../checks/figures';
import { formatNumber } from '../checks/format';
import type { Metric } from '../types';
import { clauseName, scopeContext, sentenceStart, topicName } from './context';
import { scopesDiffer, subjectSimilarity } from './subject';
import type { SourceDocument, SourceFigure, SourceLocation, SourceMatch } from './types';

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

/** A figure's interval with a fall as a negative value (增长-3.2% in a table, 下降3.2% in a sentence). */
function signedInterval(m: Metric): Interval {
  const { lo, hi } = figureOf(m).interval;
  return m.change?.direction === 'down' && m.value > 0 ? { lo: -hi, hi: -lo } : { lo, hi };
}

/**
 * Exact figures agree within the rounding of the less precise of the two; an approximate one (突破110亿元,
 * 207亿元左右) agrees with any value its interval allows.
 */
export function valuesAgree(a: Metric, b: Metric): boolean {
  const x = signedValue(a);
  const y = signedValue(b);
  const slack = 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (a.approx || b.approx) {
    const i = signedInterval(a);
    const j = signedInterval(b);
    return i.lo <= j.hi + slack && j.lo <= i.hi + slack;
  }
  const tolerance = Math.max(figureOf(a).tolerance, figureOf(b).tolerance);
  return Math.abs(x - y) <= tolerance + slack;
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

export interface MatchOptions {
  /** The name that sets the scope in place of the engine's subject (a change named after its level). */
  scopeName?: string;
  /** Only source figures at this place (the line or table row where the change's level was found). */
  near?: SourceLocation;
}

/** The same line of text, or the same row of the same table. */
function samePlace(a: SourceLocation, b: SourceLocation): boolean {
  if (a.row !== undefined || b.row !== undefined) return a.row === b.row && a.table === b.table && a.sheet === b.sheet;
  return a.line === b.line && a.page === b.page;
}

/**
 * `context`: the report's words that set the metric's scope (see scopeContext); `altName`: the name its clause
 * gives it, tried beside the engine's subject.
 */
export function matchMetric(
  metric: Metric,
  source: SourceDocument,
  context = '',
  altName = '',
  options: MatchOptions = {},
): SourceMatch {
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
            (!options.near || samePlace(options.near, f.location)) &&
            !scopesDiffer(`${context} ${options.scopeName ?? metric.subject ?? ''}`, `${f.context} ${f.subject}`) &&
            yearsAgree(context, f, source.year),
        )
        .map((f) => ({
          f,
          similarity: Math.max(
            ...[f.subject, f.name ?? ''].flatMap((theirs) =>
              theirs
                ? [subjectSimilarity(metric.subject ?? '', theirs), altName ? subjectSimilarity(altName, theirs) : 0]
                : [],
            ),
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

interface ReportName {
  name: string;
  /** For a change whose clause names nothing (增长5%): the level before it, whose name it takes. */
  level?: Metric;
}

/** A change's clause (增长5%) names nothing: it takes the name of the level before it in the sentence. */
function reportNames(reportText: string, metrics: Metric[]): Map<Metric, ReportName> {
  const out = new Map<Metric, ReportName>();
  let lastLevel: { metric: Metric; name: string } | null = null;
  for (const m of [...metrics].sort((a, b) => a.range.start - b.range.start)) {
    const own = topicName(reportText, m.range.start) || clauseName(reportText, m.range.start);
    // A level names the changes of its own sentence only (which may wrap onto the next line).
    if (lastLevel && sentenceStart(reportText, m.range.start) > lastLevel.metric.range.start) lastLevel = null;
    // A percentage of a plan (为预算的100%) is not the level a later change refers to.
    if (!m.change && m.kind !== 'percent') lastLevel = { metric: m, name: own };
    const namesNothing = m.change && [...own.replace(/增长|下降|增加|减少|同比|比上年|上升/gu, '')].length < 2;
    out.set(m, namesNothing ? { name: lastLevel?.name ?? '', level: lastLevel?.metric } : { name: own });
  }
  return out;
}

/**
 * Each metric of the report that names a subject, looked up in the source. A change that takes its level's name
 * goes with its level: it is looked up beside the source figure its level matched, and not at all when the
 * level is not in the source (the same name may carry another scope's change elsewhere).
 */
export function matchReport(reportText: string, metrics: Metric[], source: SourceDocument): SourceMatch[] {
  const names = reportNames(reportText, metrics);
  const results = new Map<Metric, SourceMatch>();
  const matchOne = (m: Metric): SourceMatch => {
    const known = results.get(m);
    if (known) return known;
    const { name, level } = names.get(m) ?? { name: '' };
    const context = scopeContext(reportText, m.range.start);
    let result: SourceMatch;
    if (level) {
      const levelResult = level.subject ? matchOne(level) : null;
      result = levelResult?.source
        ? matchMetric(m, source, context, name, { scopeName: name, near: levelResult.source.location })
        : {
            ...matchMetric(m, { ...source, figures: [] }, context, name),
            message: `not in ${source.path} (nor is the level it belongs to, ${level.text})`,
          };
    } else result = matchMetric(m, source, context, name);
    results.set(m, result);
    return result;
  };
  return metrics.filter((m) => m.subject).map(matchOne);
}
