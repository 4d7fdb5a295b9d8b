// The Claims view: claims grouped by review status, the ones that need attention first (changed
// since checked, false, disputed, needs source), with line numbers, the full text on hover, a
// text filter and the verified/total progress. In workspace mode, one group per report.
import * as vscode from 'vscode';
import type { StatusDef } from '../core/annotations/model';
import type { Claim } from '../core/types';
import type { CheckFinding, LinkedSourceView, ReviewAnnotation } from '../shared/protocol';
import { CHANGED } from './decorations';
import { claimTypeLabel } from './labels';
import type { AnalysisStore } from './state';
import type { ReportEntry } from './views';

interface ClaimItem {
  entry: ReportEntry;
  claim: Claim;
  status: string;
  changed: boolean;
}

export type ClaimNode =
  | { type: 'report'; entry: ReportEntry }
  | { type: 'status'; status: string; label: string; claims: ClaimItem[] }
  | { type: 'orphans'; items: Array<{ entry: ReportEntry; annotation: ReviewAnnotation }> }
  | { type: 'claim'; entry: ReportEntry; claim: Claim; status: string; changed: boolean }
  | { type: 'orphan'; entry: ReportEntry; annotation: ReviewAnnotation }
  | { type: 'checks'; items: Array<{ entry: ReportEntry; finding: CheckFinding }> }
  | { type: 'finding'; entry: ReportEntry; finding: CheckFinding }
  | { type: 'sources'; items: Array<{ entry: ReportEntry; source: LinkedSourceView }> }
  | { type: 'source'; entry: ReportEntry; source: LinkedSourceView };

/** Groups in this order; statuses a newsroom adds go between needs-source and unverified. */
const ORDER = [CHANGED, 'false', 'disputed', 'needs-source'];
const TAIL = ['unverified', 'verified'];
/** An Unverified group longer than this starts collapsed, so the groups below it stay in sight. */
const LONG_GROUP = 30;

export class ClaimsProvider implements vscode.TreeDataProvider<ClaimNode> {
  private readonly emitter = new vscode.EventEmitter<ClaimNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  filter = '';

  constructor(
    private readonly entries: () => ReportEntry[],
    private readonly store: AnalysisStore,
    private readonly byReport: () => boolean,
  ) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  private statuses(): readonly StatusDef[] {
    return this.store.statusesOf(this.entries()[0]?.state);
  }

  private items(entries: ReportEntry[]): ClaimItem[] {
    const f = this.filter.trim().toLowerCase();
    return entries.flatMap((entry) =>
      (entry.state.result?.claims ?? [])
        .filter((claim) => !f || claim.text.toLowerCase().includes(f))
        .map((claim) => {
          const r = this.store.statusOf(entry.state, claim);
          return { entry, claim, status: r.status, changed: r.changed };
        }),
    );
  }

  /** Claims verified (and unchanged since) and claims in all, over what the view shows. */
  progress(): { verified: number; total: number } {
    const all = this.items(this.entries());
    return { verified: all.filter((c) => c.status === 'verified' && !c.changed).length, total: all.length };
  }

  unverifiedCount(): number {
    return this.items(this.entries()).filter((c) => c.status === 'unverified').length;
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    if (!node) {
      const entries = this.entries();
      if (this.byReport() && entries.length > 1) return entries.map((entry) => ({ type: 'report', entry }));
      return this.groups(entries);
    }
    if (node.type === 'report') return this.groups([node.entry]);
    if (node.type === 'status') return node.claims.map((c) => ({ type: 'claim', ...c }));
    if (node.type === 'orphans')
      return node.items.map(({ entry, annotation }) => ({ type: 'orphan', entry, annotation }));
    if (node.type === 'checks') return node.items.map(({ entry, finding }) => ({ type: 'finding', entry, finding }));
    if (node.type === 'sources') return node.items.map(({ entry, source }) => ({ type: 'source', entry, source }));
    return [];
  }

  private groups(entries: ReportEntry[]): ClaimNode[] {
    const all = this.items(entries);
    const statuses = this.statuses();
    const order = [
      ...ORDER,
      ...statuses.map((s) => s.id).filter((id) => !ORDER.includes(id) && !TAIL.includes(id)),
      ...TAIL,
    ];
    for (const c of all) if (!order.includes(c.status)) order.splice(order.length - TAIL.length, 0, c.status);
    const label = (id: string) =>
      id === CHANGED ? vscode.l10n.t('Changed since checked') : (statuses.find((s) => s.id === id)?.label ?? id);
    // the report's own figures that do not add up come first: they need an editor most
    const findings = entries.flatMap((entry) =>
      (entry.state.review?.findings ?? []).map((finding) => ({ entry, finding })),
    );
    const checks: ClaimNode[] = findings.length ? [{ type: 'checks', items: findings }] : [];
    const linked = entries.flatMap((entry) => (entry.state.review?.sources ?? []).map((source) => ({ entry, source })));
    if (linked.length) checks.push({ type: 'sources', items: linked });
    const groups: ClaimNode[] = order
      .map((status) => ({
        type: 'status' as const,
        status,
        label: label(status),
        claims: all.filter((c) => (status === CHANGED ? c.changed : !c.changed && c.status === status)),
      }))
      .filter((g) => g.claims.length > 0);
    const orphans = entries.flatMap((entry) =>
      (entry.state.review?.annotations ?? [])
        .filter((a) => a.state === 'orphaned')
        .map((annotation) => ({ entry, annotation })),
    );
    if (orphans.length) groups.push({ type: 'orphans', items: orphans });
    return [...checks, ...groups];
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.type === 'report') {
      const item = new vscode.TreeItem(
        vscode.workspace.asRelativePath(node.entry.uri),
        vscode.TreeItemCollapsibleState.Expanded,
      );
      const claims = this.items([node.entry]);
      item.description = vscode.l10n.t(
        '{0} of {1} verified',
        claims.filter((c) => c.status === 'verified' && !c.changed).length,
        claims.length,
      );
      item.resourceUri = node.entry.uri;
      item.id = `report:${node.entry.uri.toString()}`;
      return item;
    }
    if (node.type === 'status') {
      const attention = node.status !== 'unverified' && node.status !== 'verified';
      const collapsed = node.status === 'verified' || (node.status === 'unverified' && node.claims.length > LONG_GROUP);
      const item = new vscode.TreeItem(
        node.label,
        collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
      );
      item.description = String(node.claims.length);
      item.iconPath = new vscode.ThemeIcon(
        node.status === 'verified' ? 'pass' : attention ? 'warning' : 'circle-outline',
      );
      item.id = `status:${node.status}:${node.claims[0]?.entry.uri.toString() ?? ''}`;
      return item;
    }
    if (node.type === 'checks')
      return groupItem(
        vscode.l10n.t('Checks'),
        node.items.length,
        vscode.l10n.t(
          'Figures of the report that do not add up: a change against its levels, parts against the whole, a rate against its terms, the same figure reported twice.',
        ),
        'error',
        'checks',
      );
    if (node.type === 'finding') {
      const f = node.finding;
      const item = new vscode.TreeItem(`${f.line + 1}: ${f.label}`, vscode.TreeItemCollapsibleState.None);
      item.description = f.message.replace(/\s+/g, ' ').slice(0, 80);
      const tip = new vscode.MarkdownString();
      tip.appendText(f.message);
      item.tooltip = tip;
      item.contextValue = 'finding';
      item.command = {
        command: 'policyLens.reveal',
        title: vscode.l10n.t('Reveal'),
        arguments: [node.entry.uri, f.range],
      };
      item.id = `${node.entry.uri.toString()}#check:${f.check}:${f.range.start}`;
      return item;
    }
    if (node.type === 'sources' || node.type === 'source') return sourceItem(node);
    if (node.type === 'orphans')
      return groupItem(
        vscode.l10n.t('Orphaned tags'),
        node.items.length,
        vscode.l10n.t(
          'Tags whose sentence could not be found again after the report changed. Select the right text and re-attach, or delete them.',
        ),
        'debug-disconnect',
        'orphans',
      );
    if (node.type === 'orphan') {
      const a = node.annotation;
      const item = new vscode.TreeItem(a.quote.replace(/\s+/g, ' ').slice(0, 80), vscode.TreeItemCollapsibleState.None);
      const status = this.statuses().find((s) => s.id === a.status)?.label ?? a.status;
      item.description = status;
      const tip = new vscode.MarkdownString();
      tip.appendMarkdown('**').appendText(status).appendMarkdown('** — ').appendText(a.quote.slice(0, 2000));
      if (a.note) tip.appendMarkdown('\n\n').appendText(a.note.slice(0, 2000));
      item.tooltip = tip;
      item.contextValue = 'orphan';
      item.id = `${node.entry.uri.toString()}#${a.id}`;
      return item;
    }
    const c = node.claim;
    const line = lineOf(node.entry, c);
    const text = c.text.replace(/\s+/g, ' ').slice(0, 80);
    // the line number leads, so it stays in sight however narrow the panel is
    const item = new vscode.TreeItem(
      line !== undefined ? `${line + 1}: ${text}` : text,
      vscode.TreeItemCollapsibleState.None,
    );
    item.description = c.types.map(claimTypeLabel).join(', ');
    const tip = new vscode.MarkdownString();
    tip.appendText(c.text.slice(0, 4000));
    item.tooltip = tip;
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

/** The Sources group and its rows: each linked file with what was found in it; a click opens the file. */
function sourceItem(node: Extract<ClaimNode, { type: 'sources' | 'source' }>): vscode.TreeItem {
  if (node.type === 'sources') {
    const item = new vscode.TreeItem(vscode.l10n.t('Sources'), vscode.TreeItemCollapsibleState.Expanded);
    item.description = String(node.items.length);
    item.tooltip = vscode.l10n.t(
      'Source files linked to the report or to a claim: each figure of the report is looked up in them.',
    );
    item.iconPath = new vscode.ThemeIcon('references');
    item.id = 'sources';
    return item;
  }
  const src = node.source;
  const claimScope = src.scope === 'report' ? null : src.scope;
  const forClaim = claimScope !== null;
  const item = new vscode.TreeItem(src.file, vscode.TreeItemCollapsibleState.None);
  item.description = src.error
    ? vscode.l10n.t('cannot be read')
    : src.pending
      ? vscode.l10n.t('reading…')
      : forClaim
        ? vscode.l10n.t('one claim: {0} match, {1} differ', src.matches, src.differs)
        : vscode.l10n.t('{0} match, {1} differ, {2} not in the source', src.matches, src.differs, src.notInSource);
  const tip = new vscode.MarkdownString();
  tip.appendText(src.path);
  if (src.error) tip.appendMarkdown('\n\n').appendText(src.error);
  item.tooltip = tip;
  item.iconPath = new vscode.ThemeIcon(src.error || src.differs ? 'warning' : 'file-symlink-file');
  item.contextValue = forClaim ? 'claimSource' : 'linkedSource';
  item.resourceUri = vscode.Uri.file(src.path);
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.file(src.path)] };
  item.id = `${node.entry.uri.toString()}#source:${src.path}:${claimScope?.annotationId ?? ''}`;
  return item;
}

/** A claim's 0-based line: from the open document, else from the first of its metrics. */
function lineOf(entry: ReportEntry, claim: Claim): number | undefined {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.uri.toString());
  if (doc) return doc.positionAt(claim.range.start).line;
  const first = claim.metricIds[0];
  return entry.state.result?.metrics.find((m) => m.id === first)?.line;
}

/** A group row of the Claims view (Checks, Orphaned tags): a label, its count, what it holds. */
function groupItem(label: string, count: number, tooltip: string, icon: string, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(count);
  item.tooltip = tooltip;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.id = id;
  return item;
}
