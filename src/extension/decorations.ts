// Highlights: metrics marked by kind, claims by verification status, with overview-ruler
// and gutter marks. Colours are contributed theme colours, so themes and users can change them.
import * as vscode from 'vscode';
import type { MetricKind } from '../core/types';
import type { DocumentState } from './state';

export type MetricGroup = 'count' | 'percent' | 'money' | 'other';

export function metricGroup(kind: MetricKind): MetricGroup {
  if (kind === 'count') return 'count';
  if (kind === 'percent' || kind === 'points') return 'percent';
  if (kind === 'money') return 'money';
  return 'other';
}

const GROUPS: MetricGroup[] = ['count', 'percent', 'money', 'other'];

export class Decorator implements vscode.Disposable {
  private readonly metricTypes = new Map<MetricGroup, vscode.TextEditorDecorationType>();
  private readonly claimType: vscode.TextEditorDecorationType;
  /** The ranges last applied, per document and layer: what tests and the bench read back. */
  readonly applied = new Map<string, Record<string, vscode.Range[]>>();

  constructor(extensionUri: vscode.Uri) {
    for (const g of GROUPS) {
      const color = new vscode.ThemeColor(`policyLens.metric.${g}Background`);
      this.metricTypes.set(
        g,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: color,
          borderRadius: '2px',
          overviewRulerColor: new vscode.ThemeColor(`policyLens.metric.${g}Background`),
          overviewRulerLane: vscode.OverviewRulerLane.Right,
        }),
      );
    }
    this.claimType = vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'dotted',
      borderColor: new vscode.ThemeColor('policyLens.claim.unverifiedBorder'),
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'claim-unverified.svg'),
      gutterIconSize: '70%',
      overviewRulerColor: new vscode.ThemeColor('policyLens.claim.unverifiedBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      isWholeLine: false,
    });
  }

  apply(editor: vscode.TextEditor, state: DocumentState | undefined): void {
    const config = vscode.workspace.getConfiguration('policyLens', editor.document);
    const showMetrics = config.get<boolean>('highlight.metrics', true);
    const showClaims = config.get<boolean>('highlight.claims', true);
    const doc = editor.document;
    const ranges: Record<string, vscode.Range[]> = {};
    for (const g of GROUPS) ranges[`metric.${g}`] = [];
    ranges.claim = [];
    const result = state && state.version === doc.version ? state.result : state?.result ?? null;
    if (result) {
      const len = doc.getText().length;
      const toRange = (r: { start: number; end: number }) => new vscode.Range(doc.positionAt(Math.min(r.start, len)), doc.positionAt(Math.min(r.end, len)));
      if (showMetrics) for (const m of result.metrics) ranges[`metric.${metricGroup(m.kind)}`].push(toRange(m.range));
      if (showClaims) for (const c of result.claims) ranges.claim.push(toRange(c.range));
    }
    for (const g of GROUPS) editor.setDecorations(this.metricTypes.get(g)!, ranges[`metric.${g}`]);
    editor.setDecorations(this.claimType, ranges.claim);
    this.applied.set(doc.uri.toString(), ranges);
  }

  clear(editor: vscode.TextEditor): void {
    this.apply(editor, undefined);
  }

  dispose(): void {
    for (const t of this.metricTypes.values()) t.dispose();
    this.claimType.dispose();
  }
}
