// Runs the real engine (nodejieba included) and the consistency checks over a text, for the checks tests.
import { analyzeText } from '../../src/core/analyze';
import { runChecks } from '../../src/core/checks/run';
import type { CheckName, Finding } from '../../src/core/checks/types';

export async function findingsOf(text: string, check?: CheckName): Promise<Finding[]> {
  const analysis = await analyzeText(text);
  const all = runChecks(text, analysis);
  return check ? all.filter((f) => f.check === check) : all;
}

export const inconsistent = (findings: Finding[]) => findings.filter((f) => f.status === 'inconsistent');

/** The text of each figure of a finding, by role, to assert that the right figures were compared. */
export function figureTexts(f: Finding): Record<string, string> {
  return Object.fromEntries(f.figures.map((g) => [g.role, g.text]));
}
