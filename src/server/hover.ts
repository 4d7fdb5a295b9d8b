// The hover on a metric or a claim: the parsed value, unit, change and subject; the claim's
// status and sources; what changed since it was checked; and links that act on this claim.
import { t } from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver/node';
import type { StatusDef } from '../core/annotations/model';
import { describeChange, describeValue, type DescribeWords } from '../core/output/describe';
import type { AnalysisResult, Claim, Metric } from '../core/types';
import { commandLink, escapeInline, escapeMarkdown, markdownSourceLink } from '../core/output/markdown-text';
import type { ReviewManager } from './review';

/** Description words in the editor's language. */
const words = (): DescribeWords => ({
  approx: { over: t('more than'), under: t('less than'), about: t('about') },
  up: t('up'),
  down: t('down'),
});

const KIND_LABELS: Record<string, () => string> = {
  count: () => t('count'),
  percent: () => t('percent'),
  points: () => t('percentage points'),
  money: () => t('money'),
  physical: () => t('physical quantity'),
  duration: () => t('duration'),
  multiple: () => t('multiple'),
};
const CLAIM_TYPE_LABELS: Record<string, () => string> = {
  statistic: () => t('statistic'),
  ranking: () => t('ranking'),
  comparison: () => t('comparison'),
  award: () => t('award'),
  event: () => t('event'),
};
const label = (table: Record<string, () => string>, key: string) => table[key]?.() ?? key;

function metricRows(m: Metric): string[] {
  return [
    `**${escapeInline(m.text)}** → ${describeValue(m, words())}`,
    '',
    `| | |`,
    `|---|---|`,
    `| ${t('value')} | ${m.value} |`,
    `| ${t('unit')} | ${escapeInline(m.unit) || '—'} (${label(KIND_LABELS, m.kind)}) |`,
    `| ${t('approx')} | ${m.approx ? words().approx[m.approx] : '—'} |`,
    `| ${t('change')} | ${describeChange(m, words()) || '—'} |`,
    `| ${t('subject')} | ${m.subject ? escapeInline(m.subject) : '—'} |`,
  ];
}

function claimRows(doc: TextDocument, claim: Claim, review: ReviewManager, statuses: readonly StatusDef[]): string[] {
  const r = review.statusOfClaim(doc.uri, claim, doc.getText());
  const statusLabel = (id: string) => statuses.find((s) => s.id === id)?.label ?? id;
  const types = claim.types.map((x) => label(CLAIM_TYPE_LABELS, x)).join(', ');
  const rows = [
    '',
    `${t('Claim')} (${types}), ${t('check-worthiness')} ${claim.score.toFixed(2)} — **${escapeMarkdown(statusLabel(r.status), 40)}**`,
  ];
  if (r.changed && r.checkedText !== null) {
    rows.push(
      '',
      `⚠ ${t('Changed since it was marked {0}. It read:', statusLabel(r.status))}`,
      '',
      `> ${escapeMarkdown(r.checkedText, 400)}`,
    );
  }
  for (const src of r.annotation?.sources ?? []) {
    const where = src.url ? markdownSourceLink(src.url, 200) : escapeMarkdown(src.citation ?? '', 200);
    rows.push(`- ${where}${src.quote ? ` “${escapeMarkdown(src.quote, 200)}”` : ''}`);
  }
  if (r.annotation?.note) rows.push('', `_${escapeMarkdown(r.annotation.note, 500)}_`);
  const target = { uri: doc.uri, claimId: claim.id };
  const actions = statuses
    .filter((s) => s.id !== r.status || r.changed)
    .map((s) => commandLink(s.label, 'policyLens.tagClaim', { ...target, status: s.id }));
  actions.push(commandLink(t('Add source…'), 'policyLens.addSource', target));
  actions.push(commandLink(t('Edit tag…'), 'policyLens.editTag', target));
  rows.push('', actions.join(' · '));
  return rows;
}

/** The hover at `offset`: a metric's (with its claim), or a claim's; null elsewhere. */
export function hoverAt(
  doc: TextDocument,
  offset: number,
  result: AnalysisResult,
  review: ReviewManager,
  statuses: readonly StatusDef[],
): Hover | null {
  const metric = result.metrics.find((m) => m.range.start <= offset && offset < m.range.end);
  const claim = metric
    ? result.claims.find((c) => c.metricIds.includes(metric.id))
    : result.claims.find((c) => c.range.start <= offset && offset < c.range.end);
  if (!metric && !claim) return null;
  const rows = metric ? metricRows(metric) : [];
  if (claim) rows.push(...claimRows(doc, claim, review, statuses));
  const span = metric?.range ?? claim?.range;
  return {
    contents: { kind: 'markdown', value: rows.join('\n') },
    range: span ? { start: doc.positionAt(span.start), end: doc.positionAt(span.end) } : undefined,
  };
}
