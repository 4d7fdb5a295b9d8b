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

/** Above this many metrics and claims, an update draws what is on screen first, the rest once edits pause. */
export const VIEWPORT_FIRST_ITEMS = 4000;
/** Lines drawn above and below the visible range in the first drawing. */
const VIEWPORT_MARGIN_LINES = 200;
/** The whole report is drawn once this long has passed without another update. */
const FULL_DRAW_DELAY_MS = 400;

/** What a long report's editor shows, as offsets; null when it is not long. */
function viewportOf(editor: vscode.TextEditor, items: number): { start: number; end: number } | null {
  if (items <= VIEWPORT_FIRST_ITEMS || editor.visibleRanges.length === 0) return null;
  const doc = editor.document;
  const first = Math.min(...editor.visibleRanges.map((r) => r.start.line));
  const last = Math.max(...editor.visibleRanges.map((r) => r.end.line));
  return {
    start: doc.offsetAt(new vscode.Position(Math.max(0, first - VIEWPORT_MARGIN_LINES), 0)),
    end: doc.offsetAt(new vscode.Position(Math.min(doc.lineCount - 1, last + VIEWPORT_MARGIN_LINES + 1), 0)),
  };
}

export class Decorator implements vscode.Disposable {
  private readonly metricTypes = new Map<MetricGroup, vscode.TextEditorDecorationType>();
  /** One decoration type per verification status, made when first needed. */
  private readonly claimTypes = new Map<string, vscode.TextEditorDecorationType>();
  /** The ranges last applied, per document and layer: what tests and the bench read back. */
  readonly applied = new Map<string, Record<string, vscode.Range[]>>();
  private readonly appliedEmitter = new vscode.EventEmitter<string>();
  /** Fires with a document's URI each time its decorations are applied (tests read `applied` then, not before). */
  readonly onDidApply = this.appliedEmitter.event;
  /** Long reports drawn only around the screen so far: their whole drawing, pending. */
  private readonly pendingFull = new Map<vscode.TextEditor, { state: DocumentState; timer: NodeJS.Timeout }>();
  private readonly scrolled: vscode.Disposable;

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
    // scrolling a long report before its whole drawing: draw what comes on screen
    this.scrolled = vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const pending = this.pendingFull.get(e.textEditor);
      if (pending) this.draw(e.textEditor, pending.state, viewportOf(e.textEditor, Infinity));
    });
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

  /**
   * Draws a report's highlights. A long report is drawn around what is on screen at once, and
   * whole once updates pause: each edit would otherwise redraw thousands of ranges.
   */
  apply(editor: vscode.TextEditor, state: DocumentState | undefined): void {
    const pending = this.pendingFull.get(editor);
    if (pending) clearTimeout(pending.timer);
    this.pendingFull.delete(editor);
    const result = state?.result;
    const viewport = state && result ? viewportOf(editor, result.metrics.length + result.claims.length) : null;
    this.draw(editor, state, viewport);
    if (state && viewport) {
      const timer = setTimeout(() => {
        this.pendingFull.delete(editor);
        this.draw(editor, state, null);
      }, FULL_DRAW_DELAY_MS);
      this.pendingFull.set(editor, { state, timer });
    }
  }

  /** Sets the decorations of `state`, only those overlapping `within` when given. */
  private draw(
    editor: vscode.TextEditor,
    state: DocumentState | undefined,
    within: { start: number; end: number } | null,
  ): void {
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
    // the document's length without building its text (getText joins every line)
    const len = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const shown = (r: { start: number; end: number }) => !within || (r.end >= within.start && r.start <= within.end);
    if (result) {
      const toRange = (r: { start: number; end: number }) =>
        new vscode.Range(doc.positionAt(Math.min(r.start, len)), doc.positionAt(Math.min(r.end, len)));
      if (showMetrics)
        for (const m of result.metrics)
          if (shown(m.range)) ranges[`metric.${metricGroup(m.kind)}`].push(toRange(m.range));
      if (showClaims) {
        for (const c of result.claims) {
          if (!shown(c.range)) continue;
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
      for (const a of state.review.annotations) {
        if (a.state !== 'anchored' || !a.range || a.claimId || !shown(a.range)) continue;
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
    this.appliedEmitter.fire(doc.uri.toString());
  }

  clear(editor: vscode.TextEditor): void {
    this.apply(editor, undefined);
  }

  dispose(): void {
    for (const p of this.pendingFull.values()) clearTimeout(p.timer);
    this.scrolled.dispose();
    this.appliedEmitter.dispose();
    for (const t of this.metricTypes.values()) t.dispose();
    for (const t of this.claimTypes.values()) t.dispose();
  }
}
