// Review actions in the editor without a lens per claim: one compact CodeLens per line that holds
// claims (a summary of their statuses), and Quick Fixes (Ctrl+.) on the claim at the cursor.
import { t } from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type CodeLens, type Range } from 'vscode-languageserver/node';
import type { StatusDef } from '../core/annotations/model';
import type { AnalysisResult, Claim } from '../core/types';
import type { ReviewManager } from './review';

/** Statuses that need an editor's eye come first in summaries. */
const ATTENTION_ORDER = ['changed', 'false', 'disputed', 'needs-source', 'unverified', 'verified'];
const rank = (id: string) => {
  const i = ATTENTION_ORDER.indexOf(id);
  return i < 0 ? ATTENTION_ORDER.length - 2 : i;
};

/** One lens per line with claims: "Disputed · 2 Unverified", opening the line's review. */
export function lineLenses(
  doc: TextDocument,
  result: AnalysisResult,
  review: ReviewManager,
  statuses: readonly StatusDef[],
): CodeLens[] {
  const text = doc.getText();
  const label = (id: string) =>
    id === 'changed' ? t('Changed since checked') : (statuses.find((s) => s.id === id)?.label ?? id);
  const byLine = new Map<number, Map<string, number>>();
  for (const c of result.claims) {
    const line = doc.positionAt(c.range.start).line;
    const r = review.statusOfClaim(doc.uri, c, text);
    const key = r.changed ? 'changed' : r.status;
    const counts = byLine.get(line) ?? new Map<string, number>();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    byLine.set(line, counts);
  }
  return [...byLine].map(([line, counts]) => {
    const title = [...counts]
      .sort((a, b) => rank(a[0]) - rank(b[0]))
      .map(([id, n]) => (n > 1 ? `${n} ${label(id)}` : label(id)))
      .join(' · ');
    return {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: { title, command: 'policyLens.reviewLine', arguments: [{ uri: doc.uri, line }] },
    };
  });
}

/** Quick Fixes for the claim at the cursor, or "Tag the selection" for other text. */
export function reviewActions(
  doc: TextDocument,
  range: Range,
  result: AnalysisResult,
  review: ReviewManager,
  statuses: readonly StatusDef[],
): CodeAction[] {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const claim: Claim | undefined = result.claims.find((c) => c.range.start <= start && start < c.range.end);
  const actions: CodeAction[] = [];
  if (!claim) {
    if (end > start)
      actions.push({
        title: t('Policy Lens: tag the selected text…'),
        kind: CodeActionKind.QuickFix,
        command: {
          title: t('Tag the selection'),
          command: 'policyLens.tagClaim',
          arguments: [{ uri: doc.uri, range: { start, end } }],
        },
      });
    return actions;
  }
  const r = review.statusOfClaim(doc.uri, claim, doc.getText());
  const label = (id: string) => statuses.find((s) => s.id === id)?.label ?? id;
  const target = { uri: doc.uri, claimId: claim.id };
  if (r.changed)
    actions.push({
      title: t('Re-check: still {0}', label(r.status)),
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      command: { title: t('Re-check'), command: 'policyLens.tagClaim', arguments: [{ ...target, status: r.status }] },
    });
  for (const s of statuses) {
    if (s.id === r.status) continue;
    actions.push({
      title: t('Mark claim {0}', s.label),
      kind: CodeActionKind.QuickFix,
      command: { title: s.label, command: 'policyLens.tagClaim', arguments: [{ ...target, status: s.id }] },
    });
  }
  actions.push(
    {
      title: t('Add a source to this claim…'),
      kind: CodeActionKind.QuickFix,
      command: { title: t('Add source'), command: 'policyLens.addSource', arguments: [target] },
    },
    {
      title: t('Edit the tag of this claim…'),
      kind: CodeActionKind.QuickFix,
      command: { title: t('Edit tag'), command: 'policyLens.editTag', arguments: [target] },
    },
  );
  return actions;
}
