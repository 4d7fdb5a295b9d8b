// The engine's entry point: text in, metrics and claims out, at UTF-16 offsets of the
// original text. Analysis runs on a normalised view (full-width forms, soft line wraps,
// spaces between numbers and units) and maps every finding back.
import type { AnalysisResult, AnalyzeOptions, Claim, Heading, Metric, NumberMention } from './types';
import { normalizeText, type NormalizedText } from './text/normalize';
import { scanNumbers, type NumberToken } from './numbers/numbers';
import { LIST_ITEM, splitUnits, type TextUnit } from './text/sentences';
import { extractMetrics, type RawMetric, type SentenceContext } from './metrics/metrics';
import { foldTraditional, type FoldedText } from './text/fold';
import { widthRestorer } from './text/width-restore';
import { claimRulesFor, forecastContextAfter, traceClaim, type ForecastContext } from './claims/claims';
import { planSectionUnits } from './claims/plan-sections';
import { headlineUnits } from './claims/headlines';
import { loadSegmenter, type Segmenter, type TaggedWord } from './text/segmenter';
import { detectLanguage } from './text/language';
import { IdAllocator, fnv1a } from './ids';
import { LineIndex } from './text/lines';
import { runningHeadShapes } from './text/furniture';
import { EN_DURATION_MEASURED_BEFORE } from './rules/en/numbers';

export interface SyncAnalyzeOptions {
  lang?: 'zh' | 'en' | 'auto';
  /** The segmenter to use; null analyses without POS tags. */
  segmenter: Segmenter | null;
  /** The whole document's hard-wrap width, when `original` is a part of it. */
  wrapWidth?: number;
  /** The whole document's running heads (see text/furniture), when `original` is a part of it. */
  runningHeads?: ReadonlySet<string>;
  /**
   * The section open where `original` starts, when it is a part of a document: a plan section's rank, or minus a review
   * section's (see claims/plan-sections).
   */
  planRankAtStart?: number | null;
  /** Collects why numbers were refused and why sentences are or are not claims (`policy-lens explain`). */
  trace?: AnalysisTrace;
}

/** The rules behind an analysis, at offsets of the original text. */
export interface AnalysisTrace {
  refusedNumbers: Array<{ range: { start: number; end: number }; text: string; rule: string }>;
  sentences: Array<{
    range: { start: number; end: number };
    fired: string[];
    refusedBy: string | null;
    /** A claim's score before calibration (scripts/calibrate-claims.mjs bins it). */
    cueScore?: number;
  }>;
}

const HAS_CJK = /[\u3400-\u9fff]/u;
/** A blank line between two units. */
const PARAGRAPH_BREAK = /\n[ \t\u3000\r]*\n/;

/** POS-tags only the pieces that hold numbers: that is where subjects and names matter. */
function tagPiece(segmenter: Segmenter, text: string, start: number, end: number): TaggedWord[] | null {
  const piece = text.slice(start, end);
  if (!HAS_CJK.test(piece)) return null;
  // The offset goes into the tagger: one object per word, not a copy (tagging's garbage is a tenth of the engine's time).
  return segmenter.tag(piece, start);
}

function buildContexts(
  text: string,
  units: TextUnit[],
  tokens: NumberToken[],
  segmenter: Segmenter | null,
): SentenceContext[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const u of units) for (const p of u.pieces) pieces.push(p);
  pieces.sort((a, b) => a.start - b.start);
  const contexts: SentenceContext[] = [];
  let ti = 0;
  for (const p of pieces) {
    while (ti < tokens.length && tokens[ti].start < p.start) ti++;
    const hasNumber = segmenter !== null && ti < tokens.length && tokens[ti].start < p.end;
    contexts.push({
      start: p.start,
      end: p.end,
      tags: hasNumber ? lazyTags(segmenter, text, p.start, p.end) : NO_TAGS,
    });
  }
  return contexts;
}

const NO_TAGS = (): null => null;

/** A piece's tags, computed on first request and kept: tagging is most of the engine's time. */
function lazyTags(segmenter: Segmenter, text: string, start: number, end: number): () => TaggedWord[] | null {
  let tags: TaggedWord[] | null | undefined;
  return () => {
    if (tags === undefined) tags = tagPiece(segmenter, text, start, end);
    return tags;
  };
}

function unitContaining(units: TextUnit[], pos: number): TextUnit | null {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].end <= pos) lo = mid + 1;
    else if (units[mid].start > pos) hi = mid - 1;
    else return units[mid];
  }
  return null;
}

/** Spans of “…” quotations (balanced within a paragraph). */
function findQuotations(text: string): Array<{ open: number; close: number }> {
  const out: Array<{ open: number; close: number }> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '「') open = i;
    else if ((ch === '”' || ch === '」') && open >= 0) {
      out.push({ open, close: i });
      open = -1;
    } else if (ch === '\n' && text[i + 1] === '\n') open = -1;
  }
  return out;
}

/** The speaker context of a sentence that lies inside a quotation, or null. */
function quotationOf(
  text: string,
  quotes: Array<{ open: number; close: number }>,
  u: TextUnit,
): { speaker: string } | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (q.close < u.start) lo = mid + 1;
    else if (q.open > u.start) hi = mid - 1;
    else {
      if (q.close < u.end - 2) return null; // a short quote inside the sentence
      const after = text.slice(q.close + 1, q.close + 48).split(/[。！？\n]/u)[0];
      // The words before the quote, back to the sentence end before them (past one that closes the attribution right
      // before the quote: 文件中提到。「…」).
      const lead = text.slice(Math.max(0, q.open - 24), q.open).split(/[。！？\n]/u);
      const before = (lead.at(-1)?.trim() ? lead.at(-1) : lead.at(-2)) ?? '';
      return { speaker: `${before} ${after}` };
    }
  }
  return null;
}

/**
 * Kinds whose unit is a canonical label (%, 百分点), not the measure word as written. A currency's name keeps the
 * report's script (澳門元 in a Macao release) like a measure word does.
 */
const CANONICAL_UNIT_KINDS = new Set(['percent', 'points']);

function restoreScript(r: RawMetric, script: FoldedText): void {
  if (r.subject) r.subject = script.restoreNear(r.subject, r.start);
  if (!CANONICAL_UNIT_KINDS.has(r.kind)) r.unit = script.restoreAfter(r.unit, r.start);
}

export function analyzeSync(original: string, options: SyncAnalyzeOptions): AnalysisResult {
  const runningHeads = options.runningHeads ?? runningHeadShapes(original);
  const norm: NormalizedText = normalizeText(original, { wrapWidth: options.wrapWidth, runningHeads });
  // Rules read the folded (simplified) text; ids and quotes keep the report's own script.
  const script = foldTraditional(norm.text);
  const text = script.text;
  const lang = options.lang && options.lang !== 'auto' ? options.lang : detectLanguage(text);
  const segmenter = lang === 'zh' || HAS_CJK.test(text.slice(0, 20000)) ? options.segmenter : null;
  const units = splitUnits(text, runningHeads);
  // Page numbers, running heads and the rows of pipe tables hold no metrics.
  const furnitureUnits = units.filter((u) => u.kind === 'furniture' || u.kind === 'table');
  const tokens = scanNumbers(text);
  const contexts = buildContexts(text, units, tokens, segmenter);
  const trace = options.trace;
  const onRefused = trace
    ? (token: NumberToken, rule: string) => {
        const range = norm.rangeToOriginal(token.start, token.end);
        trace.refusedNumbers.push({ range, text: original.slice(range.start, range.end), rule });
      }
    : undefined;
  const raw = extractMetrics(text, tokens, contexts, { lang, onRefused }).filter(
    (r) => unitContaining(furnitureUnits, r.start) === null,
  );
  if (script.folded) for (const r of raw) restoreScript(r, script);
  const restoreWidth = widthRestorer(norm);
  if (restoreWidth) for (const r of raw) if (r.subject) r.subject = restoreWidth(r.subject, r.start);
  const lines = new LineIndex(original);
  const sentenceUnits = units.filter((u) => u.kind === 'sentence');

  const metricIds = new IdAllocator('m');
  // A metric's id hashes its sentence (once per sentence) and its place in it.
  const unitKeys = new Map<TextUnit, string>();
  const unitKey = (u: TextUnit) => {
    let k = unitKeys.get(u);
    if (k === undefined) {
      k = fnv1a(norm.text.slice(u.start, u.end));
      unitKeys.set(u, k);
    }
    return k;
  };
  const metrics: Metric[] = [];
  const metricUnit = new Map<Metric, TextUnit | null>();
  // A figure spelled out in English words still makes its sentence a statement of figures, but is not listed: the
  // GUIDE counts figures written in digits or Chinese numerals, and no gold of any set lists "two-thirds of" or "six
  // members" as a metric (an editor's list of figures stays the figures). An anniversary's years ("has turned 60") are
  // read the same way: the sentence is a claim, the years are no result (H49-7).
  const inWordsByUnit = new Map<TextUnit, number>();
  for (const r of raw) {
    if (r.inWords || r.anniversary) {
      const unit = unitContaining(sentenceUnits, r.start);
      // "Three months have passed since the general election", "for two years": a span of time in words is a frame,
      // not a finding (measured on the project's and the blind sets: more claims right than lost); "call wait times of
      // three minutes" measures one.
      const frame =
        r.inWords &&
        r.kind === 'duration' &&
        !EN_DURATION_MEASURED_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start));
      if (unit && !frame) inWordsByUnit.set(unit, (inWordsByUnit.get(unit) ?? 0) + 1);
      if (trace) {
        const range = norm.rangeToOriginal(r.start, r.end);
        trace.refusedNumbers.push({
          range,
          text: original.slice(range.start, range.end),
          rule: r.inWords ? 'spelled-out-english-number' : 'anniversary',
        });
      }
      continue;
    }
    const range = norm.rangeToOriginal(r.start, r.end);
    const unit = unitContaining(sentenceUnits, r.start);
    const key = unit
      ? `${unitKey(unit)}\u0000${r.start - unit.start}\u0000${norm.text.slice(r.start, r.end)}`
      : norm.text.slice(r.start, r.end);
    const metric: Metric = {
      id: metricIds.next(key),
      text: original.slice(range.start, range.end),
      range,
      line: lines.lineOf(range.start),
      value: r.value,
      unit: r.unit,
      kind: r.kind,
      approx: r.approx,
      change: r.change,
      subject: r.subject,
    };
    metrics.push(metric);
    metricUnit.set(metric, unit);
  }

  const claimIds = new IdAllocator('c');
  const claims: Claim[] = [];
  const byUnit = new Map<TextUnit, Metric[]>();
  for (const m of metrics) {
    const u = metricUnit.get(m);
    if (!u) continue;
    const list = byUnit.get(u) ?? [];
    list.push(m);
    byUnit.set(u, list);
  }
  const quotes = findQuotations(text);
  const sections = planSectionUnits(text, units, lang, options.planRankAtStart ?? null);
  const inHeadline = headlineUnits(text, units, lang);
  // The forecast open in the current paragraph: a blank line or a list item closes it.
  let forecast: ForecastContext | null = null;
  // A plan that lists its items (`Expenditures are proposed to increase …. The major adjustments are as follows:` then
  // `- An increase of $551 million …`): the items are the plan's, until the list or its paragraph ends.
  let planList = false;
  let itemLineEnd = -1;
  let lastEnd = 0;
  for (const u of sentenceUnits) {
    const uText = u.pieces.map((p) => text.slice(p.start, p.end)).join('');
    const opensItem = LIST_ITEM.test(uText);
    const paragraphBreak = PARAGRAPH_BREAK.test(text.slice(lastEnd, u.start));
    if (opensItem) {
      const newline = text.indexOf('\n', u.start);
      itemLineEnd = newline < 0 ? text.length : newline;
    }
    // A sentence after an item's first, on the item's line, is the item's too.
    const listItem = opensItem || u.start < itemLineEnd;
    if (paragraphBreak) planList = false;
    if (paragraphBreak || opensItem) forecast = null;
    lastEnd = u.end;
    const ownText = script.folded ? u.pieces.map((p) => norm.text.slice(p.start, p.end)).join('') : uText;
    const inUnit = byUnit.get(u) ?? [];
    const decision = traceClaim({
      text: uText,
      metricCount: inUnit.length + (inWordsByUnit.get(u) ?? 0),
      quotation: quotationOf(text, quotes, u),
      lang,
      inPlanSection: sections.inPlan.has(u) || (listItem && planList),
      inReviewSection: sections.inReview.has(u),
      inHeadline: inHeadline.has(u),
      forecast,
    });
    forecast = forecastContextAfter(forecast, uText, decision, lang);
    if (!listItem) planList = opensPlanList(planList, uText, decision.refusedBy, lang);
    const range = norm.rangeToOriginal(u.start, u.end);
    trace?.sentences.push({ range, fired: decision.fired, refusedBy: decision.refusedBy, cueScore: decision.cueScore });
    const signals = decision.signals;
    if (!signals) continue;
    claims.push({
      id: claimIds.next(ownText),
      text: original.slice(range.start, range.end),
      range,
      score: signals.score,
      types: signals.types,
      metricIds: inUnit.map((m) => m.id),
    });
  }

  const numbers: NumberMention[] = tokens.map((t) => {
    const range = norm.rangeToOriginal(t.start, t.end);
    return { text: original.slice(range.start, range.end), range, value: t.value };
  });
  const headings: Heading[] = units
    .filter((u) => u.kind === 'heading')
    .map((u) => {
      const range = norm.rangeToOriginal(u.start, u.end);
      return { text: original.slice(range.start, range.end), range, line: lines.lineOf(range.start) };
    });

  return { metrics, claims, numbers, headings, lang, segmented: !!segmenter };
}

/** Analyses a report. Loads the segmenter on first use unless `useSegmenter` is false. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const segmenter = options.useSegmenter === false ? null : loadSegmenter(options.onWarning);
  return Promise.resolve(analyzeSync(text, { lang: options.lang, segmenter }));
}

/**
 * Whether the list items after a sentence are a plan's: the sentence was refused as a plan, or it introduces the list
 * (ends with a colon) right after one.
 */
function opensPlanList(
  open: boolean,
  sentence: string,
  refusedBy: string | null | undefined,
  lang: 'zh' | 'en',
): boolean {
  if (refusedBy === claimRulesFor(lang).plan.name) return true;
  return open && LIST_INTRO_END.test(sentence);
}

/** A sentence that introduces a list: it ends with a colon. */
const LIST_INTRO_END = /[:：]\s*$/u;
