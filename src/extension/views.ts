// The side panel: a Metrics tree (grouped by the report's headings, or flat; filter and
// sort) and a Claims tree (by verification status, with counts).
import * as vscode from 'vscode';
import type { StatusDef } from '../core/annotations/model';
import type { Claim, Heading, Metric } from '../core/types';
import { describeValue } from '../core/output/describe';
import { groupByHeading } from './grouping';
import type { AnalysisStore, DocumentState } from './state';
import type { ReviewAnnotation } from '../shared/protocol';

export type SortKey = 'position' | 'value' | 'subject';

export interface ReportEntry {
  uri: vscode.Uri;
  state: DocumentState;
}

export type MetricNode =
  | { type: 'report'; entry: ReportEntry }
  /** metrics: those the heading shows, filter applied */
  | { type: 'heading'; entry: ReportEntry; heading: Heading | null; metrics: Metric[] }
  | { type: 'metric'; entry: ReportEntry; metric: Metric };

const arrow = (m: Metric) => (m.change ? (m.change.direction === 'up' ? '↑' : '↓') : '');

export class MetricsProvider implements vscode.TreeDataProvider<MetricNode> {
  private readonly emitter = new vscode.EventEmitter<MetricNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  filter = '';
  sort: SortKey = 'position';
  grouped = true;

  constructor(private readonly entries: () => ReportEntry[]) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  private visible(metrics: Metric[]): Metric[] {
    const f = this.filter.trim().toLowerCase();
    const list = f
      ? metrics.filter((m) => `${m.text} ${m.subject ?? ''} ${m.unit}`.toLowerCase().includes(f))
      : [...metrics];
    if (this.sort === 'value') list.sort((a, b) => b.value - a.value);
    else if (this.sort === 'subject') list.sort((a, b) => (a.subject ?? '').localeCompare(b.subject ?? '', 'zh'));
    return list;
  }

  getChildren(node?: MetricNode): MetricNode[] {
    const entries = this.entries();
    if (!node) {
      if (entries.length === 1) return this.reportChildren(entries[0]);
      return entries.map((entry) => ({ type: 'report', entry }));
    }
    if (node.type === 'report') return this.reportChildren(node.entry);
    if (node.type === 'heading') return node.metrics.map((metric) => ({ type: 'metric', entry: node.entry, metric }));
    return [];
  }

  private reportChildren(entry: ReportEntry): MetricNode[] {
    const result = entry.state.result;
    if (!result) return [];
    const shown = this.visible(result.metrics);
    if (!this.grouped || this.sort !== 'position' || result.headings.length === 0) {
      return shown.map((metric) => ({ type: 'metric', entry, metric }));
    }
    // filtered once: a heading node holds the metrics it shows
    return groupByHeading(shown, result.headings).map((g) => ({
      type: 'heading',
      entry,
      heading: g.heading,
      metrics: g.metrics,
    }));
  }

  getTreeItem(node: MetricNode): vscode.TreeItem {
    if (node.type === 'report') {
      const item = new vscode.TreeItem(
        vscode.workspace.asRelativePath(node.entry.uri),
        vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.description = `${node.entry.state.result?.metrics.length ?? 0}`;
      item.resourceUri = node.entry.uri;
      return item;
    }
    if (node.type === 'heading') {
      const label = node.heading
        ? node.heading.text.replace(/\s+/g, ' ').replace(/^#+\s*/, '')
        : vscode.l10n.t('(before the first heading)');
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.metrics.length);
      item.contextValue = 'heading';
      return item;
    }
    const m = node.metric;
    const item = new vscode.TreeItem(
      `${m.subject ?? m.text.replace(/\s+/g, ' ')}`,
      vscode.TreeItemCollapsibleState.None,
    );
    item.description = `${arrow(m)} ${describeValue(m)}`.trim();
    item.tooltip = new vscode.MarkdownString(
      `**${m.text.replace(/\s+/g, ' ')}** → ${describeValue(m)}${m.change ? `, ${m.change.direction}${m.change.basis ? ` (${m.change.basis})` : ''}` : ''}`,
    );
    item.contextValue = 'metric';
    item.iconPath = new vscode.ThemeIcon(
      m.change ? (m.change.direction === 'up' ? 'arrow-up' : 'arrow-down') : 'symbol-number',
    );
    item.command = {
      command: 'policyLens.reveal',
      title: vscode.l10n.t('Reveal'),
      arguments: [node.entry.uri, m.range],
    };
    item.id = `${node.entry.uri.toString()}#${m.id}`;
    return item;
  }
}

export type ClaimNode =
  | { type: 'status'; status: string; label: string; claims: Array<{ entry: ReportEntry; claim: Claim }> }
  | { type: 'orphans'; items: Array<{ entry: ReportEntry; annotation: ReviewAnnotation }> }
  | { type: 'claim'; entry: ReportEntry; claim: Claim; status: string }
  | { type: 'orphan'; entry: ReportEntry; annotation: ReviewAnnotation };

export class ClaimsProvider implements vscode.TreeDataProvider<ClaimNode> {
  private readonly emitter = new vscode.EventEmitter<ClaimNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(
    private readonly entries: () => ReportEntry[],
    private readonly store: AnalysisStore,
  ) {}

  private statuses(): readonly StatusDef[] {
    return this.store.statusesOf(this.entries()[0]?.state);
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  private all(): Array<{ entry: ReportEntry; claim: Claim; status: string }> {
    return this.entries().flatMap((entry) =>
      (entry.state.result?.claims ?? []).map((claim) => ({
        entry,
        claim,
        status: this.store.statusOf(entry.state, claim).status,
      })),
    );
  }

  unverifiedCount(): number {
    return this.all().filter((c) => c.status === 'unverified').length;
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    if (!node) {
      const all = this.all();
      const order = this.statuses().map((s) => s.id);
      if (!order.includes('unverified')) order.unshift('unverified');
      for (const c of all) if (!order.includes(c.status)) order.push(c.status);
      const groups: ClaimNode[] = order
        .map((status) => ({
          type: 'status' as const,
          status,
          label: this.statuses().find((s) => s.id === status)?.label ?? status,
          claims: all.filter((c) => c.status === status),
        }))
        .filter((g) => g.claims.length > 0);
      const orphans = this.entries().flatMap((entry) =>
        (entry.state.review?.annotations ?? [])
          .filter((a) => a.state === 'orphaned')
          .map((annotation) => ({ entry, annotation })),
      );
      if (orphans.length) groups.push({ type: 'orphans', items: orphans });
      return groups;
    }
    if (node.type === 'status')
      return node.claims.map(({ entry, claim }) => ({ type: 'claim', entry, claim, status: node.status }));
    if (node.type === 'orphans')
      return node.items.map(({ entry, annotation }) => ({ type: 'orphan', entry, annotation }));
    return [];
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.type === 'status') {
      const open = node.status === 'unverified' || node.status === 'disputed' || node.status === 'false';
      const item = new vscode.TreeItem(
        node.label,
        open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.description = String(node.claims.length);
      item.iconPath = new vscode.ThemeIcon(
        node.status === 'verified' ? 'pass' : node.status === 'unverified' ? 'circle-outline' : 'warning',
      );
      item.id = `status:${node.status}`;
      return item;
    }
    if (node.type === 'orphans') {
      const item = new vscode.TreeItem(vscode.l10n.t('Orphaned tags'), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.tooltip = vscode.l10n.t(
        'Tags whose sentence could not be found again after the report changed. Select the right text and re-attach, or delete them.',
      );
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      item.id = 'orphans';
      return item;
    }
    if (node.type === 'orphan') {
      const a = node.annotation;
      const item = new vscode.TreeItem(a.quote.replace(/\s+/g, ' ').slice(0, 80), vscode.TreeItemCollapsibleState.None);
      item.description = a.status;
      item.tooltip = new vscode.MarkdownString(`**${a.status}** — ${a.quote}${a.note ? `\n\n_${a.note}_` : ''}`);
      item.contextValue = 'orphan';
      item.id = `${node.entry.uri.toString()}#${a.id}`;
      return item;
    }
    const c = node.claim;
    const item = new vscode.TreeItem(c.text.replace(/\s+/g, ' ').slice(0, 80), vscode.TreeItemCollapsibleState.None);
    item.description = `${c.types.join(', ')} · ${c.score.toFixed(2)}`;
    item.tooltip = c.text;
    item.contextValue = 'claim';
    item.command = {
      command: 'policyLens.reveal',
      title: vscode.l10n.t('Reveal'),
      arguments: [node.entry.uri, c.range],
    };
    item.id = `${node.entry.uri.toString()}#${c.id}`;
    return item;
  }
}
