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

/** How unverified claims are drawn (`policyLens.highlight.unverifiedClaims`). */
export type UnverifiedStyle = 'faint' | 'underline' | 'off';
const UNVERIFIED_STYLES: UnverifiedStyle[] = ['faint', 'underline', 'off'];
/** The pseudo-status of a tag whose text changed since its status was set. */
export const CHANGED = 'changed';

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

  private claimType(
    status: string,
    statuses: readonly StatusDef[],
    unverifiedStyle: UnverifiedStyle,
  ): vscode.TextEditorDecorationType {
    const style = statuses.find((s) => s.id === status);
    const key = `${status}\u0000${style?.color ?? ''}\u0000${status === 'unverified' ? unverifiedStyle : ''}`;
    let t = this.claimTypes.get(key);
    if (!t) {
      t = vscode.window.createTextEditorDecorationType(this.claimStyle(status, style, unverifiedStyle));
      this.claimTypes.set(key, t);
    }
    return t;
  }

  /**
   * Unverified claims are most of a report: by default a faint dotted line and nothing else, so a
   * long draft stays readable. Tagged claims take their status colour; a tag whose text changed
   * since it was checked is dashed and marked in the overview ruler.
   */
  private claimStyle(
    status: string,
    style: StatusDef | undefined,
    unverifiedStyle: UnverifiedStyle,
  ): vscode.DecorationRenderOptions {
    if (status === 'unverified' || !style) {
      if (unverifiedStyle === 'off') return {};
      if (unverifiedStyle === 'faint')
        return {
          borderWidth: '0 0 1px 0',
          borderStyle: 'dotted',
          borderColor: new vscode.ThemeColor('policyLens.claim.unverifiedFaint'),
        };
      const color = new vscode.ThemeColor('policyLens.claim.unverifiedBorder');
      return {
        borderWidth: '0 0 2px 0',
        borderStyle: 'dotted',
        borderColor: color,
        gutterIconPath: vscode.Uri.joinPath(this.extensionUri, 'media', 'claim-unverified.svg'),
        gutterIconSize: '70%',
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      };
    }
    if (status === CHANGED) {
      const color = new vscode.ThemeColor('policyLens.claim.changedBorder');
      return {
        borderWidth: '0 0 2px 0',
        borderStyle: 'dashed',
        borderColor: color,
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      };
    }
    return {
      borderWidth: '0 0 2px 0',
      borderStyle: 'solid',
      borderColor: style.color,
      overviewRulerColor: style.color,
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    };
  }

  apply(editor: vscode.TextEditor, state: DocumentState | undefined): void {
    const config = vscode.workspace.getConfiguration('policyLens', editor.document);
    const showMetrics = config.get<boolean>('highlight.metrics', true);
    const showClaims = config.get<boolean>('highlight.claims', true);
    const unverifiedStyle = config.get<UnverifiedStyle>('highlight.unverifiedClaims', 'faint');
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
          const review = state ? this.store.statusOf(state, c) : undefined;
          const status = review?.changed ? CHANGED : (review?.status ?? 'unverified');
          const list = byStatus.get(status) ?? [];
          list.push(r);
          byStatus.set(status, list);
        }
      }
    }
    for (const g of GROUPS) editor.setDecorations(this.metricTypes.get(g)!, ranges[`metric.${g}`]);
    if (result && showClaims && state?.review) {
      // tags on text that is not a detected claim (a tagged selection) show in their colour too
      const len = doc.getText().length;
      for (const a of state.review.annotations) {
        if (a.state !== 'anchored' || !a.range || a.claimId) continue;
        const r = a.range;
        if (result.claims.some((c) => c.range.start < r.end && r.start < c.range.end)) continue;
        const list = byStatus.get(a.checkedText !== null ? CHANGED : a.status) ?? [];
        list.push(new vscode.Range(doc.positionAt(Math.min(r.start, len)), doc.positionAt(Math.min(r.end, len))));
        byStatus.set(a.checkedText !== null ? CHANGED : a.status, list);
      }
    }
    const statuses = this.store.statusesOf(state);
    for (const s of new Set([...statuses.map((x) => x.id), 'unverified', CHANGED, ...byStatus.keys()])) {
      for (const style of UNVERIFIED_STYLES)
        if (s === 'unverified' && style !== unverifiedStyle)
          editor.setDecorations(this.claimType(s, statuses, style), []);
      editor.setDecorations(this.claimType(s, statuses, unverifiedStyle), byStatus.get(s) ?? []);
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
