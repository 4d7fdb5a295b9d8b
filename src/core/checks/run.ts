// Runs every consistency check over one analysed report and orders the findings by position.
import { LineIndex } from '../text/lines';
import type { AnalysisResult } from '../types';
import { checkChanges } from './change-levels';
import { checkPartsAndShares, checkRatios } from './parts-whole';
import { checkRates } from './rate';
import { checkRepeats } from './repeated-figure';
import { sentencesWithMetrics } from './sentences';
import { checkYearOnYear } from './year-on-year';
import type { CheckName, Finding } from './types';

export const CHECK_NAMES: readonly CheckName[] = ['change', 'multiple', 'parts', 'shares', 'rate', 'repeat'];

export function runChecks(text: string, analysis: Pick<AnalysisResult, 'metrics'>): Finding[] {
  const sentences = sentencesWithMetrics(text, analysis.metrics);
  const lines = new LineIndex(text);
  const findings = [
    ...checkChanges(text, sentences),
    ...checkYearOnYear(text, sentences),
    ...checkPartsAndShares(text, sentences),
    ...checkRatios(text, lines),
    ...checkRates(text, sentences),
    ...checkRepeats(text, sentences),
  ];
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

export function hasInconsistency(findings: Finding[]): boolean {
  return findings.some((f) => f.status === 'inconsistent');
}
