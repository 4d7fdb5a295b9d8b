// Claim detection: which sentences a fact-checker would want a source for, of what
// type, and how check-worthy they are. The cues are data per language (src/core/rules);
// every decision records the rules behind it, for `policy-lens explain`.
import type { ClaimType } from '../types';
import type { ClaimRules, NamedPattern } from '../rules/types';
import { ZH_CLAIM_RULES } from '../rules/zh/claims';
import { EN_CLAIM_RULES } from '../rules/en/claims';
import { calibratedClaimScore } from './calibration';

export interface ClaimSignals {
  types: ClaimType[];
  score: number;
}

/** Why a sentence is, or is not, a claim: the rules that fired, and the one that refused it. */
export interface ClaimTrace {
  signals: ClaimSignals | null;
  fired: string[];
  refusedBy: string | null;
  /** The score from the cues alone, before calibration; absent when refused. */
  cueScore?: number;
}

export interface ClaimInput {
  text: string;
  metricCount: number;
  /** When the sentence is inside a quotation: the text around it that names the speaker. */
  quotation: { speaker: string } | null;
  lang: 'zh' | 'en';
  /** The sentence lies in a section of targets, plans or forecasts (see planHeading). */
  inPlanSection?: boolean;
  /** The sentence lies in the review of the year just ended (see reviewHeading). */
  inReviewSection?: boolean;
  /** The sentence lies inside a headline or deck line (see claims/headlines.ts). */
  inHeadline?: boolean;
  /** The forecast open in the sentence's paragraph, if any (see forecastContextAfter). */
  forecast?: ForecastContext | null;
}

/** A paragraph's open forecast: the periods its projections are for. */
export interface ForecastContext {
  periods: ReadonlySet<string>;
}

function periodsOf(text: string, period: RegExp): string[] {
  return Array.from(
    text.matchAll(new RegExp(period.source, period.flags.includes('g') ? period.flags : period.flags + 'g')),
    (m) => m[0].replace(WHITESPACE_RUN, ''),
  );
}

/**
 * 今年上半年中科的營業額是2116億元，較去年同期大幅成長52.35%，預估全年度營收額將上看4000億元: a result set against its
 * basis in the clauses before the first word of plan or forecast, which opens a clause of its own. The sentence states the
 * result; the outlook after it does not make it a forecast. (Chinese rules only: they name the basis words.)
 */
function resultBeforeOutlook(t: string, rules: ClaimRules): boolean {
  if (!rules.outlookAfterResult) return false;
  // search: the first match whatever the pattern's flags.
  const at = t.search(rules.plan.pattern);
  if (at < 0) return false;
  const before = t.slice(0, at);
  return rules.outlookAfterResult.test(before) && rules.basis.pattern.test(before) && HAS_DIGIT.test(before);
}

/**
 * The forecast open after a sentence of a paragraph, given the one open before it: a sentence refused as a forecast
 * (or stating nothing checkable) in words of projection, for a stated period, opens one or adds its periods; a claim
 * leaves it as it was.
 */
export function forecastContextAfter(
  context: ForecastContext | null,
  text: string,
  trace: ClaimTrace,
  lang: 'zh' | 'en',
): ForecastContext | null {
  const rule = claimRulesFor(lang).forecastParagraph;
  if (!rule || trace.signals) return context;
  const t = text.replace(WHITESPACE_RUN, ' ');
  if (trace.refusedBy === rule.name) return context;
  const rules = claimRulesFor(lang);
  const forecastRefusal = [rules.plan.name, rules.outlook?.name, `${lang}.no-claim-cue`].includes(
    trace.refusedBy ?? '',
  );
  // A forecast for a stated period: `The financial outlook … has improved` evaluates, it does not open one.
  const periods = periodsOf(t, rule.period);
  if (!forecastRefusal || !periods.length || !rule.opener.test(t)) return context;
  return { periods: new Set([...(context?.periods ?? []), ...periods]) };
}

export function claimRulesFor(lang: 'zh' | 'en'): ClaimRules {
  return lang === 'zh' ? ZH_CLAIM_RULES : EN_CLAIM_RULES;
}

const HAS_CJK = /[\u3400-\u9fff]/u;
/**
 * A line that stops on a letter, a digit or a colon has no sentence end (a title, not a sentence); nor has the
 * first half of a subtitle cut at a semicolon (Total Savings of Up To $6.3 billion; Estimated …).
 */
const ENDS_UNPUNCTUATED = /[\p{L}\p{N}:;]$/u;
const HAS_DIGIT = /\d/;
/** A run of white space (line breaks included), read as one space. */
const WHITESPACE_RUN = /\s+/g;
const NOTHING = /(?!)/g;
const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;
/** A dated line is an event only with words around the date (six CJK characters, or two English words). */
const DATED_EVENT_WORDS = /[\u3400-\u9fff]{6,}|[a-z]{3,} [a-z]{3,}/u;

/** A title line: no closing punctuation, and nearly every word that is not a small word capitalised. */
function isTitleLine(text: string, rule: NonNullable<ClaimRules['title']>): boolean {
  if (!ENDS_UNPUNCTUATED.test(text)) return false;
  const words = text.split(' ').filter((w) => STARTS_WITH_LETTER.test(w) && !rule.smallWord.test(w));
  if (words.length < rule.minWords) return false;
  const capitalised = words.filter((w) => STARTS_WITH_CAPITAL.test(w)).length;
  return capitalised / words.length >= rule.minCapitalShare;
}

/**
 * The refusals of a release's furniture and method: the next release's schedule, a title line,
 * a lead-in to a list, a description of how figures are made, a report published. Returns the
 * refusing rule's name, or null.
 */
function genreRefusal(
  text: string,
  rules: ClaimRules,
  types: readonly ClaimType[],
  metricCount: number,
  test: (rule: NamedPattern) => boolean,
  datedAct: boolean,
): string | null {
  if (rules.releaseSchedule && test(rules.releaseSchedule)) return rules.releaseSchedule.name;
  if (rules.linkTeaser && test(rules.linkTeaser)) return rules.linkTeaser.name;
  if (rules.question && test(rules.question)) return rules.question.name;
  if (rules.title && isTitleLine(text, rules.title)) return rules.title.name;
  // `The largest upward contributions came from:` ranks, and `has awarded $285 million for 30 projects, including:` states figures.
  const compares = types.includes('ranking') || types.includes('comparison');
  const causes = rules.leadIn?.cause?.test(text) === true && !types.includes('ranking');
  if (rules.leadIn && metricCount === 0 && (!compares || causes) && test(rules.leadIn)) return rules.leadIn.name;
  if (rules.methodology && test(rules.methodology)) return rules.methodology.name;
  if (rules.surveyWindow && test(rules.surveyWindow) && !HAS_DIGIT.test(text.replace(rules.timeFrame ?? NOTHING, '')))
    return rules.surveyWindow.name;
  // `The Act was signed into law in 2010 and … may have affected …`: the act stands, the speculation beside it does not refuse it.
  if (metricCount === 0 && !datedAct && rules.hedge && test(rules.hedge)) return rules.hedge.name;
  if (metricCount === 0 && rules.publication && test(rules.publication)) return rules.publication.name;
  if (metricCount === 0 && rules.outlook && test(rules.outlook)) return rules.outlook.name;
  return null;
}

/** Classifies a sentence; null when it is not a claim. */
export function classifyClaim(input: ClaimInput): ClaimSignals | null {
  return traceClaim(input).signals;
}

export function traceClaim({
  text,
  metricCount,
  quotation,
  lang,
  inPlanSection,
  inReviewSection,
  inHeadline,
  forecast,
}: ClaimInput): ClaimTrace {
  const t = text.replace(WHITESPACE_RUN, ' ');
  // A Chinese report quotes English names and an English one Chinese names: the sentence's own script decides.
  const rules = claimRulesFor(lang === 'en' && HAS_CJK.test(t) ? 'zh' : lang);
  const fired: string[] = [];
  const test = (rule: NamedPattern) => {
    const hit = rule.pattern.test(t);
    if (hit) fired.push(rule.name);
    return hit;
  };
  const refuse = (rule: string): ClaimTrace => ({ signals: null, fired, refusedBy: rule });

  const types: ClaimType[] = [];
  if (metricCount > 0) {
    fired.push(`${lang}.has-metric`);
    types.push('statistic');
  } else if (test(rules.zeroStatistic)) types.push('statistic');
  if (test(rules.ranking)) types.push('ranking');
  if (test(rules.comparison)) types.push('comparison');
  if (test(rules.award)) types.push('award');
  const act = rules.datedAct ? test(rules.datedAct) : false;
  if (act || test(rules.event) || (!types.length && test(rules.dated) && DATED_EVENT_WORDS.test(t)))
    types.push('event');
  if (types.length === 0) return refuse(`${lang}.no-claim-cue`);
  // The briefing at which the results are given is no result (unless the sentence holds a figure or another cue).
  if (metricCount === 0 && rules.briefing && types.every((type) => type === 'event') && test(rules.briefing))
    return refuse(rules.briefing.name);

  // A quotation: anecdotes and feelings of the public are not claims; officials' results are.
  if (quotation) {
    const official = rules.official.pattern.test(quotation.speaker);
    const personal = test(rules.personal);
    if (!official && (rules.publicSpeaker.pattern.test(quotation.speaker) || personal))
      return refuse(rules.publicSpeaker.name);
    if (metricCount === 0 && test(rules.feeling)) return refuse(rules.feeling.name);
  }
  if (inHeadline && rules.headline) return refuse(rules.headline.name);
  const refusal = genreRefusal(t, rules, types, metricCount, test, act);
  if (refusal) return refuse(refusal);
  // 预计全年接待游客9.6亿人次 in the review of the year: the year's estimated result, not a forecast.
  const reviewed =
    rules.reviewEstimate &&
    rules.reviewForecast &&
    (inReviewSection || (rules.reviewYearLead && test(rules.reviewYearLead)))
      ? test(rules.reviewEstimate) && !rules.reviewForecast.pattern.test(t)
      : false;
  if (test(rules.plan) && !test(rules.done) && !reviewed && !resultBeforeOutlook(t, rules))
    return refuse(rules.plan.name);
  const reported = rules.reportedInPlanSection ? test(rules.reportedInPlanSection) : false;
  if (inPlanSection && !test(rules.done) && !reported) return refuse(rules.planHeading.name);
  // A sentence that goes on with its paragraph's forecast (no period of its own, nothing done) is a forecast too.
  const fp = rules.forecastParagraph;
  if (forecast && fp && !quotation && !act && !rules.done.pattern.test(t) && !fp.reported.test(t)) {
    if (periodsOf(t, fp.period).every((p) => forecast.periods.has(p))) return refuse(fp.name);
  }

  let score = 0.35;
  score += Math.min(0.3, metricCount * 0.08);
  if (types.includes('ranking')) score += 0.15;
  if (types.includes('comparison')) score += 0.12;
  if (types.includes('award')) score += 0.1;
  if (types.includes('event')) score += 0.08;
  if (test(rules.basis)) score += 0.05;
  // The cues rank sentences; the calibration turns the rank into the measured share of real claims.
  const cueScore = Math.min(1, Math.round(score * 100) / 100);
  return { signals: { types, score: calibratedClaimScore(cueScore) }, fired, refusedBy: null, cueScore };
}
