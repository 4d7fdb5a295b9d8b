// Linked sources in the editor: the source files linked to an open report (its sidecar's list) or to one
// of its claims (a tag's source that names a file), each read once with the report engine and watched on
// disk; every metric of the report is looked up in them (src/core/sources) when typing pauses, cached per
// metric and its surroundings so an edit looks up only what it touched. How the findings show is
// source-findings.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver/node';
import {
  linkedSourcePath,
  resolveLinkedSource,
  withLinkedSource,
  withoutLinkedSource,
  type LinkedSource,
} from '../core/annotations/linked-sources';
import type { AnchoredAnnotation } from '../core/annotations/review';
import { matchReport } from '../core/sources/match';
import { readSource, SOURCE_EXTENSIONS, sourceFormatOf } from '../core/sources/read';
import type { SourceDocument, SourceMatch } from '../core/sources/types';
import type { Segmenter } from '../core/text/segmenter';
import type { AnalysisResult } from '../core/types';
import type { LinkedSourceView, LinkSourceParams, ReviewSource, TagParams } from '../shared/protocol';
import { lineBatches, metricKeys } from './source-cache';
import {
  findingActions,
  findingDiagnostics,
  findingHoverRows,
  type SourceFinding,
  type SourceLink,
} from './source-findings';

/** What the sources need of the server: its documents, analyses, segmenter, settings and review store. */
export interface SourcesHost {
  document(uri: string): TextDocument | undefined;
  analysisOf(uri: string): AnalysisResult | undefined;
  segmenter(): Segmenter | null;
  author(uri: string): string;
  review: {
    /** The report's linked sources and anchored tags, or null when its sidecar cannot be used. */
    linksOf(uri: string): { sources: LinkedSource[]; items: AnchoredAnnotation[] } | null;
    setLinkedSources(doc: TextDocument, change: (list: LinkedSource[]) => LinkedSource[]): Promise<void>;
    tag(doc: TextDocument, p: TagParams): Promise<unknown>;
    /** Publishes the report's review and diagnostics again (they include the source findings). */
    republish(doc: TextDocument): void;
  };
}

interface SourceEntry {
  doc: SourceDocument | null;
  error: string | null;
  segmented: boolean;
  loading: boolean;
  /** The file changed while it was being read: read it again after. */
  again: boolean;
}

interface ReportState {
  links: SourceLink[];
  findings: SourceFinding[];
  /** Per source path: metric key → its lookup, reused while the metric and its lines read the same. */
  cache: Map<string, Map<string, SourceMatch>>;
  generation: number;
}

const RELOAD_DELAY_MS = 300;

const linkKey = (l: SourceLink) => `${l.path}\u0000${typeof l.scope === 'string' ? '' : l.scope.annotationId}`;

/** A claim source that names a local source file: its `file`, or a citation that is a relative path to one. */
function claimSourceFile(reportPath: string, s: ReviewSource): string | null {
  const named = s.file ?? (s.citation && !/^[a-z][a-z0-9+.-]*:/iu.test(s.citation) ? s.citation : undefined);
  if (!named || !SOURCE_EXTENSIONS.includes(path.extname(named).toLowerCase())) return null;
  const file = resolveLinkedSource(reportPath, named);
  return s.file || fs.existsSync(file) ? file : null;
}

export class LinkedSources {
  private readonly reports = new Map<string, ReportState>();
  private readonly sources = new Map<string, SourceEntry>();
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private readonly reloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly host: SourcesHost) {}

  /** The links of an open report as its sidecar and tags name them now. */
  private linksOf(uri: string): SourceLink[] {
    const linked = this.host.review.linksOf(uri);
    if (!linked || !uri.startsWith('file:')) return [];
    const reportPath = fileURLToPath(uri);
    const links: SourceLink[] = linked.sources.map((s) => ({
      file: s.file,
      path: resolveLinkedSource(reportPath, s.file),
      scope: 'report',
      range: null,
    }));
    const reportWide = new Set(links.map((l) => l.path));
    for (const item of linked.items) {
      if (item.anchor.state !== 'anchored') continue;
      for (const s of item.annotation.sources) {
        const file = claimSourceFile(reportPath, s);
        if (!file) continue;
        const link: SourceLink = {
          file: linkedSourcePath(reportPath, file),
          path: file,
          scope: { claimId: item.annotation.claimId, annotationId: item.annotation.id },
          range: { ...item.anchor.range },
        };
        // a file the report links already covers the claim; a tag naming one file twice is one link
        if (reportWide.has(file) || links.some((l) => linkKey(l) === linkKey(link))) continue;
        links.push(link);
      }
    }
    return links;
  }

  /**
   * The report's links may have changed (opened, tagged, sidecar changed on disk): when they did, read
   * the new sources and look the report up again. Cheap when nothing changed.
   */
  refresh(doc: TextDocument): void {
    const links = this.linksOf(doc.uri);
    let report = this.reports.get(doc.uri);
    const same =
      report &&
      report.links.length === links.length &&
      report.links.every(
        (l, i) => linkKey(l) === linkKey(links[i]) && JSON.stringify(l.range) === JSON.stringify(links[i].range),
      );
    if (same) return;
    if (!report) {
      if (links.length === 0) return;
      report = { links, findings: [], cache: new Map(), generation: 0 };
      this.reports.set(doc.uri, report);
    }
    report.links = links;
    for (const l of links) this.ensureLoaded(l.path);
    this.release();
    void this.lookUp(doc.uri);
  }

  /** The report's analysis changed (typing paused): look its figures up again. */
  analysed(doc: TextDocument): void {
    if (this.reports.get(doc.uri)?.links.length) void this.lookUp(doc.uri);
  }

  forget(uri: string): void {
    const report = this.reports.get(uri);
    if (!report) return;
    report.generation++;
    this.reports.delete(uri);
    this.release();
  }

  /** Links (or unlinks) a source file to a report or a claim, through the review store's safe write. */
  async link(p: LinkSourceParams): Promise<LinkedSourceView[]> {
    const doc = this.host.document(p.uri);
    if (!doc) throw new Error(t('{0} is not open', p.uri));
    if (!p.uri.startsWith('file:')) throw new Error(t('only saved files on disk can carry review tags'));
    const reportPath = fileURLToPath(p.uri);
    const absolute = path.resolve(p.path);
    const file = linkedSourcePath(reportPath, absolute);
    if (p.unlink) {
      await this.host.review.setLinkedSources(doc, (list) => withoutLinkedSource(list, file));
    } else {
      if (absolute === reportPath) throw new Error(t('a report cannot be its own source'));
      sourceFormatOf(absolute); // an unsupported format is refused with the formats that work
      let isFile = false;
      try {
        isFile = (await fs.promises.stat(absolute)).isFile();
      } catch {
        isFile = false;
      }
      if (!isFile) throw new Error(t('{0}: no such source file', absolute));
      if (p.claimId)
        await this.host.review.tag(doc, { uri: p.uri, claimId: p.claimId, source: { citation: file, file } });
      else
        await this.host.review.setLinkedSources(doc, (list) =>
          withLinkedSource(list, { file, linked: new Date().toISOString(), author: this.host.author(p.uri) }),
        );
    }
    this.refresh(doc);
    return this.views(p.uri);
  }

  private ensureLoaded(file: string): void {
    if (this.sources.has(file)) return;
    this.sources.set(file, { doc: null, error: null, segmented: false, loading: false, again: false });
    this.watch(file);
    void this.load(file);
  }

  private async load(file: string): Promise<void> {
    const entry = this.sources.get(file);
    if (!entry) return;
    if (entry.loading) {
      entry.again = true;
      return;
    }
    entry.loading = true;
    entry.again = false;
    const segmenter = this.host.segmenter();
    try {
      entry.doc = await readSource(file, segmenter);
      entry.error = null;
      entry.segmented = segmenter !== null;
    } catch (err) {
      entry.doc = null;
      entry.error = (err as Error).message;
    }
    entry.loading = false;
    if (entry.again && this.sources.get(file) === entry) return this.load(file);
    for (const report of this.reports.values()) report.cache.delete(file);
    for (const [uri, report] of this.reports) if (report.links.some((l) => l.path === file)) void this.lookUp(uri);
  }

  /** Watches the source's folder (an editor's save may replace the file), reloading it when it changes. */
  private watch(file: string): void {
    if (this.watchers.has(file)) return;
    try {
      const watcher = fs.watch(path.dirname(file), { persistent: false }, (_event, name) => {
        if (name !== null && name.toString() !== path.basename(file)) return;
        clearTimeout(this.reloadTimers.get(file));
        this.reloadTimers.set(
          file,
          setTimeout(() => {
            this.reloadTimers.delete(file);
            const entry = this.sources.get(file);
            if (entry) void this.load(file);
          }, RELOAD_DELAY_MS),
        );
      });
      watcher.on('error', () => this.unwatch(file));
      this.watchers.set(file, watcher);
    } catch {
      // a folder that cannot be watched (gone, no permission): the link shows the read error instead
    }
  }

  private unwatch(file: string): void {
    this.watchers.get(file)?.close();
    this.watchers.delete(file);
    clearTimeout(this.reloadTimers.get(file));
    this.reloadTimers.delete(file);
  }

  /** Drops the sources no open report links any more. */
  private release(): void {
    const used = new Set([...this.reports.values()].flatMap((r) => r.links.map((l) => l.path)));
    for (const file of [...this.sources.keys()])
      if (!used.has(file)) {
        this.sources.delete(file);
        this.unwatch(file);
      }
  }

  /** Looks the report's metrics up in every linked source that has been read; a newer call cancels this one. */
  private async lookUp(uri: string): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve)); // never inside the caller's publish
    const report = this.reports.get(uri);
    const doc = this.host.document(uri);
    const analysis = this.host.analysisOf(uri);
    if (!report || !doc || !analysis) return;
    const generation = ++report.generation;
    const text = doc.getText();
    const keys = metricKeys(text, analysis.metrics);
    const findings: SourceFinding[] = [];
    const seen = new Set<string>();
    const nextCache = new Map<string, Map<string, SourceMatch>>();
    for (const link of report.links) {
      const entry = this.sources.get(link.path);
      if (!entry?.doc) continue;
      if (!entry.segmented && this.host.segmenter() && !entry.loading) void this.load(link.path);
      const cache = nextCache.get(link.path) ?? new Map<string, SourceMatch>();
      nextCache.set(link.path, cache);
      const old = report.cache.get(link.path);
      const wanted = analysis.metrics.filter(
        (m) => m.subject && (!link.range || (link.range.start <= m.range.start && m.range.end <= link.range.end)),
      );
      const missing = wanted.filter((m) => !cache.has(keys.get(m)!) && !old?.has(keys.get(m)!));
      for (const batch of lineBatches(missing, analysis.metrics)) {
        for (const match of matchReport(text, batch, entry.doc)) {
          const metric = batch.find((m) => m.id === match.metric.id);
          if (metric) cache.set(keys.get(metric)!, match);
        }
        await new Promise((resolve) => setImmediate(resolve));
        if (report.generation !== generation) return;
      }
      for (const m of wanted) {
        const key = keys.get(m)!;
        const match = cache.get(key) ?? old?.get(key);
        if (!match) continue;
        cache.set(key, match);
        const dedupe = `${m.id}\u0000${link.path}`;
        if (match.outcome === 'not-in-source' || seen.has(dedupe)) continue;
        seen.add(dedupe);
        findings.push({ link, metric: m, match });
      }
    }
    if (report.generation !== generation || this.host.document(uri) !== doc) return;
    report.cache = nextCache;
    report.findings = findings;
    this.host.review.republish(doc);
  }

  /** The report's linked sources and what was found in each, for the Claims view. */
  views(uri: string): LinkedSourceView[] {
    const report = this.reports.get(uri);
    if (!report) return [];
    return report.links.map((link) => {
      const entry = this.sources.get(link.path);
      const counted = { matches: 0, differs: 0, notInSource: 0 };
      for (const m of report.cache.get(link.path)?.values() ?? []) {
        if (m.outcome === 'matches') counted.matches++;
        else if (m.outcome === 'differs') counted.differs++;
        else counted.notInSource++;
      }
      const counts = typeof link.scope === 'string' ? counted : this.claimCounts(report, link);
      return {
        file: link.file,
        path: link.path,
        scope: link.scope,
        error: entry?.error ?? null,
        pending: !entry || entry.loading || (!entry.doc && !entry.error),
        ...counts,
      };
    });
  }

  private claimCounts(
    report: ReportState,
    link: SourceLink,
  ): Pick<LinkedSourceView, 'matches' | 'differs' | 'notInSource'> {
    const mine = report.findings.filter((f) => linkKey(f.link) === linkKey(link));
    return {
      matches: mine.filter((f) => f.match.outcome === 'matches').length,
      differs: mine.filter((f) => f.match.outcome === 'differs').length,
      notInSource: 0,
    };
  }

  diagnostics(doc: TextDocument): Diagnostic[] {
    return findingDiagnostics(doc, this.reports.get(doc.uri)?.findings ?? []);
  }

  /** Hover lines for the source findings of the metric under `offset`. */
  hoverRows(uri: string, offset: number): string[] {
    return findingHoverRows(this.reports.get(uri)?.findings ?? [], offset);
  }

  /** "Accept: verified against SOURCE" and "Mark disputed: source says X", each on the claim of its figure. */
  actions(doc: TextDocument, range: Range, analysis: AnalysisResult): CodeAction[] {
    return findingActions(doc, range, analysis, this.reports.get(doc.uri)?.findings ?? [], (claimId, status, source) =>
      this.alreadyTagged(doc.uri, claimId, status, source),
    );
  }

  /** The claim's tag already has this status with this source: offering the same click again would only repeat it. */
  private alreadyTagged(uri: string, claimId: string, status: string, source: ReviewSource): boolean {
    return (this.host.review.linksOf(uri)?.items ?? []).some(
      (i) =>
        i.anchor.state === 'anchored' &&
        i.annotation.claimId === claimId &&
        i.annotation.status === status &&
        i.annotation.sources.some((s) => s.file === source.file && s.line === source.line && s.quote === source.quote),
    );
  }

  dispose(): void {
    for (const file of [...this.watchers.keys()]) this.unwatch(file);
  }
}
