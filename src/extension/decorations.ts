// Highlights: metrics marked by kind, claims by verification status, with overview-ruler
// and gutter marks. Colours are contributed theme colours, so themes and users can change them.
import * as vscode from 'vscode';
import type { StatusDef } from '../core/annotations/model';
import type { MetricKind } from '../core/types';
import type { AnalysisStore, DocumentState } from './state';

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
  /** One decoration type per verification status, made when first needed. */
  private readonly claimTypes = new Map<string, vscode.TextEditorDecorationType>();
  /** The ranges last applied, per document and layer: what tests and the bench read back. */
  readonly applied = new Map<string, Record<string, vscode.Range[]>>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: AnalysisStore,
  ) {
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
  }

  private claimType(status: string, statuses: readonly StatusDef[]): vscode.TextEditorDecorationType {
    const style = statuses.find((s) => s.id === status);
    const key = `${status}\u0000${style?.color ?? ''}`;
    let t = this.claimTypes.get(key);
    if (!t) {
      // unverified uses the theme colour; other statuses the colour their definition gives
      const color: string | vscode.ThemeColor =
        status === 'unverified' || !style ? new vscode.ThemeColor('policyLens.claim.unverifiedBorder') : style.color;
      t = vscode.window.createTextEditorDecorationType({
        borderWidth: '0 0 2px 0',
        borderStyle: status === 'unverified' ? 'dotted' : 'solid',
        borderColor: color,
        gutterIconPath:
          status === 'unverified' ? vscode.Uri.joinPath(this.extensionUri, 'media', 'claim-unverified.svg') : undefined,
        gutterIconSize: '70%',
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      });
      this.claimTypes.set(key, t);
    }
    return t;
  }

  apply(editor: vscode.TextEditor, state: DocumentState | undefined): void {
    const config = vscode.workspace.getConfiguration('policyLens', editor.document);
    const showMetrics = config.get<boolean>('highlight.metrics', true);
    const showClaims = config.get<boolean>('highlight.claims', true);
    const doc = editor.document;
    const ranges: Record<string, vscode.Range[]> = {};
    for (const g of GROUPS) ranges[`metric.${g}`] = [];
    ranges.claim = [];
    const byStatus = new Map<string, vscode.Range[]>();
    const result = state && state.version === doc.version ? state.result : (state?.result ?? null);
    if (result) {
      const len = doc.getText().length;
      const toRange = (r: { start: number; end: number }) =>
        new vscode.Range(doc.positionAt(Math.min(r.start, len)), doc.positionAt(Math.min(r.end, len)));
      if (showMetrics) for (const m of result.metrics) ranges[`metric.${metricGroup(m.kind)}`].push(toRange(m.range));
      if (showClaims) {
        for (const c of result.claims) {
          const r = toRange(c.range);
          ranges.claim.push(r);
          const status = state ? this.store.statusOf(state, c).status : 'unverified';
          const list = byStatus.get(status) ?? [];
          list.push(r);
          byStatus.set(status, list);
        }
      }
    }
    for (const g of GROUPS) editor.setDecorations(this.metricTypes.get(g)!, ranges[`metric.${g}`]);
    const statuses = this.store.statusesOf(state);
    for (const s of new Set([...statuses.map((x) => x.id), 'unverified', ...byStatus.keys()])) {
      editor.setDecorations(this.claimType(s, statuses), byStatus.get(s) ?? []);
      ranges[`claim.${s}`] = byStatus.get(s) ?? [];
    }
    this.applied.set(doc.uri.toString(), ranges);
  }

  clear(editor: vscode.TextEditor): void {
    this.apply(editor, undefined);
  }

  dispose(): void {
    for (const t of this.metricTypes.values()) t.dispose();
    for (const t of this.claimTypes.values()) t.dispose();
  }
}
