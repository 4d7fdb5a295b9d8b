// The metric rules of each language. A document's language picks its rules once; a figure whose
// own script or surroundings belong to another registered language (three million in a Chinese
// report, 3.5万 in an English one) is read by that language's rules instead.
import type { NumberToken } from '../../numbers/numbers';
import { EN_METRIC_RULES } from './en';
import { ZH_METRIC_RULES } from './zh';
import type { Language, MetricRules } from './types';

export type { FigureUnit, Language, MetricRules } from './types';
export { EMPTY_UNIT } from './units';

const METRIC_RULES: Record<Language, MetricRules> = { zh: ZH_METRIC_RULES, en: EN_METRIC_RULES };
/** The order in which languages claim a figure by its script (an English word before Chinese characters around it). */
const CLAIM_ORDER: readonly MetricRules[] = [EN_METRIC_RULES, ZH_METRIC_RULES];

/** The metric rules of a document's language. */
export function metricRulesFor(lang: Language): MetricRules {
  return METRIC_RULES[lang];
}

/** The rules a figure is read by: those of the first language that claims it, else the document's. */
export function rulesForFigure(documentRules: MetricRules, text: string, token: NumberToken): MetricRules {
  for (const rules of CLAIM_ORDER) if (rules.claimsFigure(text, token)) return rules;
  return documentRules;
}
