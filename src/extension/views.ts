// The side panel: a Metrics tree (grouped by the report's headings, or flat; filter and
// sort) and a Claims tree (by verification status, with counts).
import * as vscode from 'vscode';
import type { Heading, Metric } from '../core/types';
import { describeChange, describeValue } from '../core/output/describe';
import { escapeMarkdown } from '../core/output/markdown-text';
import { groupByHeading, groupByUnitByValue } from './grouping';
import { describeWords } from './labels';
import type { DocumentState } from './state';

export type SortKey = 'position' | 'value' | 'subject';

export interface ReportEntry {
  uri: vscode.Uri;
  state: DocumentState;
}

export type MetricNode =
  | { type: 'report'; entry: ReportEntry }
  /** metrics: those the heading shows, filter applied */
  | { type: 'heading'; entry: ReportEntry; heading: Heading | null; metrics: Metric[] }
  /** sorted by value: one group per unit, so 元 is never ranked against % */
  | { type: 'unit'; entry: ReportEntry; unit: string; metrics: Metric[] }
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
    if (this.sort === 'subject') list.sort((a, b) => (a.subject ?? '').localeCompare(b.subject ?? '', 'zh'));
    return list;
  }

  getChildren(node?: MetricNode): MetricNode[] {
    const entries = this.entries();
    if (!node) {
      if (entries.length === 1) return this.reportChildren(entries[0]);
      return entries.map((entry) => ({ type: 'report', entry }));
    }
    if (node.type === 'report') return this.reportChildren(node.entry);
    if (node.type === 'heading' || node.type === 'unit')
      return node.metrics.map((metric) => ({ type: 'metric', entry: node.entry, metric }));
    return [];
  }

  private reportChildren(entry: ReportEntry): MetricNode[] {
    const result = entry.state.result;
    if (!result) return [];
    const shown = this.visible(result.metrics);
    if (this.sort === 'value') {
      return groupByUnitByValue(shown).map((g) => ({ type: 'unit', entry, unit: g.unit, metrics: g.metrics }));
    }
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
    if (node.type === 'unit') {
      const item = new vscode.TreeItem(
        node.unit || vscode.l10n.t('(no unit)'),
        vscode.TreeItemCollapsibleState.Expanded,
      );
      item.description = String(node.metrics.length);
      item.contextValue = 'unit';
      item.iconPath = new vscode.ThemeIcon('symbol-unit');
      return item;
    }
    const m = node.metric;
    const item = new vscode.TreeItem(
      `${m.subject ?? m.text.replace(/\s+/g, ' ')}`,
      vscode.TreeItemCollapsibleState.None,
    );
    // as written (3.21万亿元), which an editor reads faster than 3,210,000,000,000 元; the tooltip has the parsed value
    item.description = `${arrow(m)} ${m.text.replace(/\s+/g, ' ')}`.trim();
    const change = describeChange(m, describeWords());
    item.tooltip = new vscode.MarkdownString(
      `**${escapeMarkdown(m.text)}** → ${escapeMarkdown(describeValue(m, describeWords()))}${change ? `, ${escapeMarkdown(change)}` : ''}`,
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
