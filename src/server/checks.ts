// The consistency checks in the editor: run on a report when typing pauses (on save for very long
// reports, so typing never waits on them), their inconsistencies shown as warnings with the
// arithmetic, in the hover, as a Quick Fix that marks the claim disputed, and in the Claims view.
import { t } from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver/node';
import { runChecks } from '../core/checks/run';
import type { Finding } from '../core/checks/types';
import type { AnalysisResult } from '../core/types';
import type { CheckFinding } from '../shared/protocol';
import { escapeMarkdown } from '../core/output/markdown-text';
import type { LinkedSources } from './sources';

/** Reports longer than this (UTF-16 code units) are checked on open and save only. */
const CHECK_WHILE_EDITING_LIMIT = 300_000;
/** How long typing must pause before the checks run again. */
const PAUSE_MS = 1000;

const CHECK_LABELS: Record<string, () => string> = {
  change: () => t('change against its levels'),
  multiple: () => t('multiple against its levels'),
  parts: () => t('parts against the whole'),
  shares: () => t('shares against 100 %'),
  rate: () => t('rate against its terms'),
  repeat: () => t('the same figure reported twice'),
};
export const checkLabel = (name: string) => CHECK_LABELS[name]?.() ?? name;

export class ReportChecks {
  private readonly findings = new Map<string, Finding[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The report's figures looked up in its linked sources, on the same pause; their findings join these. */
  sources: LinkedSources | undefined;

  constructor(
    private readonly analysisOf: (uri: string) => AnalysisResult | undefined,
    private readonly changed: (doc: TextDocument) => void,
  ) {}

  /** The analysis of `doc` changed: check it after a pause (or now, on open and save). */
  schedule(doc: TextDocument, reason: 'open' | 'edit' | 'save'): void {
    if (reason === 'edit' && doc.getText().length > CHECK_WHILE_EDITING_LIMIT) return;
    const old = this.timers.get(doc.uri);
    if (old) clearTimeout(old);
    this.timers.set(
      doc.uri,
      setTimeout(
        () => {
          this.timers.delete(doc.uri);
          const analysis = this.analysisOf(doc.uri);
          if (!analysis) return;
          this.findings.set(doc.uri, runChecks(doc.getText(), analysis));
          this.changed(doc);
          this.sources?.analysed(doc);
        },
        reason === 'edit' ? PAUSE_MS : 0,
      ),
    );
  }

  forget(uri: string): void {
    this.sources?.forget(uri);
    this.findings.delete(uri);
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.delete(uri);
  }

  /** The inconsistencies of a report, as the client lists them. */
  inconsistencies(uri: string): CheckFinding[] {
    return (this.findings.get(uri) ?? [])
      .filter((f) => f.status === 'inconsistent')
      .map((f) => ({ check: f.check, label: checkLabel(f.check), message: f.message, range: f.range, line: f.line }));
  }

  diagnostics(doc: TextDocument): Diagnostic[] {
    return [...this.checkDiagnostics(doc), ...(this.sources?.diagnostics(doc) ?? [])];
  }

  private checkDiagnostics(doc: TextDocument): Diagnostic[] {
    return (this.findings.get(doc.uri) ?? [])
      .filter((f) => f.status === 'inconsistent')
      .map((f) => ({
        range: { start: doc.positionAt(f.range.start), end: doc.positionAt(f.range.end) },
        severity: DiagnosticSeverity.Warning,
        source: 'Policy Lens',
        code: `check.${f.check}`,
        message: `${checkLabel(f.check)}: ${f.message}`,
        relatedInformation: f.figures.map((fig) => ({
          location: {
            uri: doc.uri,
            range: { start: doc.positionAt(fig.range.start), end: doc.positionAt(fig.range.end) },
          },
          message: `${fig.role}: ${fig.text}`,
        })),
      }));
  }

  /** Hover lines for the findings that cover `offset`. */
  hoverRows(uri: string, offset: number): string[] {
    const here = (this.findings.get(uri) ?? []).filter(
      (f) => f.status === 'inconsistent' && f.range.start <= offset && offset < f.range.end,
    );
    return [
      ...here.flatMap((f) => [
        '',
        `⚠ **${escapeMarkdown(checkLabel(f.check), 80)}**: ${escapeMarkdown(f.message, 400)}`,
      ]),
      ...(this.sources?.hoverRows(uri, offset) ?? []),
    ];
  }

  /**
   * "Mark disputed" for the claim an inconsistency sits in, with the arithmetic as its note; then the linked
   * sources' "Accept" and "Mark disputed" for the figures there.
   */
  actions(doc: TextDocument, range: Range, analysis: AnalysisResult): CodeAction[] {
    const start = doc.offsetAt(range.start);
    const end = Math.max(start + 1, doc.offsetAt(range.end));
    const fromChecks = (this.findings.get(doc.uri) ?? [])
      .filter((f) => f.status === 'inconsistent' && f.range.start < end && start < f.range.end)
      .flatMap((f) => {
        const claim = analysis.claims.find((c) => c.range.start < f.range.end && f.range.start < c.range.end);
        if (!claim) return [];
        return [
          {
            title: t('Mark disputed: {0}', f.arithmetic),
            kind: CodeActionKind.QuickFix,
            command: {
              title: t('Mark disputed'),
              command: 'policyLens.tagClaim',
              arguments: [{ uri: doc.uri, claimId: claim.id, status: 'disputed', note: f.message }],
            },
          },
        ];
      });
    return [...fromChecks, ...(this.sources?.actions(doc, range, analysis) ?? [])];
  }
}
