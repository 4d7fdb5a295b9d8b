// Claim review in the language server: loads each report's sidecar, keeps its anchors on
// their sentences while the document is edited, writes tags through the core store, merges
// changes made to the sidecar on disk, and publishes the open items as diagnostics.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import {
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { makeAnchor, quoteAt } from '../core/annotations/anchor';
import { followChange } from '../core/annotations/track';
import { checkSourceUrl, safeSourceUrl } from '../core/annotations/source-url';
import { t } from '@vscode/l10n';
import { changedSinceChecked, markChecked, validateStatus, type Annotation } from '../core/annotations/model';
import { anchorAll, claimOver, openReview, type AnchoredAnnotation } from '../core/annotations/review';
import { tagOver as tagOverIn, verdictOf } from '../core/annotations/verdict';
import {
  loadSidecar,
  mergeAnnotations,
  saveSidecar,
  sidecarPath,
  SidecarError,
  type LoadedSidecar,
} from '../core/annotations/sidecar';
import { exportCsv, exportDocument, exportJson, exportW3c, type ExportDocument } from '../core/annotations/export';
import { textSha256 } from '../core/text/report-file';
import type { AnalysisResult, AnalyzeOptions, Claim } from '../core/types';
import type { PolicyLensSettings } from '../shared/settings';
import type { ReportChecks } from './checks';
import type { LinkedSources } from './sources';
import type { LinkedSource } from '../core/annotations/linked-sources';
import { capText } from '../core/output/markdown-text';
import {
  reviewNotification,
  type ClaimReview,
  type ExportParams,
  type ReviewSource,
  type UpdateAnnotationParams,
  type ReattachParams,
  type ReviewAnnotation,
  type ReviewNotification,
  type TagParams,
} from '../shared/protocol';

interface ReviewState {
  loaded: LoadedSidecar | null;
  items: AnchoredAnnotation[];
  error: string | null;
  conflicts: string[];
  /** The text the anchors refer to, to turn the next change into an edit. */
  text: string;
  dirty: boolean;
  /** What the client was last sent (review and diagnostics), to send nothing when nothing changed. */
  sent: { review: string | null; diagnostics: string | null };
}

export { diffEdit } from '../core/annotations/track';

/** The tag over a claim or span, in this report's state. */
const tagOver = (state: ReviewState, span: { range: { start: number; end: number } }) => tagOverIn(state.items, span);

/** The server's verdict on one claim (decided in core, the same for the CLI). */
const reviewOf = (state: ReviewState, claim: { range: { start: number; end: number } }, text: string): ClaimReview =>
  verdictOf(state.items, claim, text);

/**
 * The verdicts of the claims that carry a tag, by claim id. A claim left out is untagged:
 * unverified and unchanged (the client reads it so), which spares a long report's every claim.
 */
function reviewedClaims(
  items: readonly AnchoredAnnotation[],
  claims: readonly Claim[],
  text: string,
): Record<string, ClaimReview> {
  const out: Record<string, ClaimReview> = {};
  if (!items.some((i) => i.anchor.state === 'anchored')) return out;
  for (const c of claims) {
    const verdict = verdictOf(items, c, text);
    if (verdict.annotationId !== null) out[c.id] = verdict;
  }
  return out;
}

/** What in a claim's review needs an editor's attention, and how loudly; null when nothing does. */
function attentionOf(review: ClaimReview): { severity: DiagnosticSeverity } | null {
  if (review.changed) return { severity: DiagnosticSeverity.Warning };
  if (review.status === 'false' || review.status === 'disputed') return { severity: DiagnosticSeverity.Warning };
  if (review.status === 'needs-source') return { severity: DiagnosticSeverity.Information };
  return null;
}

/** A claim or note as it is quoted in a one-line message: spaces folded, long text cut. */
const quoteForMessage = (text: string, max = 60): string => capText(text, max);

/** A source from the card, checked: a URL must be http(s) and well formed, a citation non-empty. */
function checkedSource(src: ReviewSource, index: number): ReviewSource {
  const out: ReviewSource = {};
  const url = src.url?.trim();
  const citation = src.citation?.trim();
  if (url) {
    const safe = safeSourceUrl(url);
    if (!safe) throw new Error(t('source {0}: only plain http and https links are kept ({1})', index + 1, url));
    out.url = safe;
  }
  if (citation) out.citation = citation;
  if (!out.url && !out.citation) throw new Error(t('source {0} has neither a URL nor a citation', index + 1));
  const quote = src.quote?.trim();
  if (quote) out.quote = quote;
  // a linked source's file and line (written by "Accept: verified against …") stay with it
  if (src.file?.trim()) out.file = src.file.trim();
  if (src.line !== undefined && Number.isInteger(src.line) && src.line > 0) out.line = src.line;
  return out;
}

export class ReviewManager {
  private readonly states = new Map<string, ReviewState>();
  /** Whether the client re-asks for CodeLenses on request, so no lens shows a stale status. */
  canRefreshLenses = false;
  /** Restricted Mode (an untrusted workspace): tags are shown, never written. */
  readOnly = false;
  /** The consistency checks, whose findings join the review's diagnostics. */
  checks: ReportChecks | undefined;
  /** The linked sources, listed with the review and refreshed when the tags or the sidecar change. */
  sources: LinkedSources | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly settings: (uri: string) => PolicyLensSettings,
    private readonly analysisOf: (uri: string) => AnalysisResult | undefined,
  ) {}

  private static reportPath(uri: string): string | null {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  }

  async open(doc: TextDocument): Promise<void> {
    const path = ReviewManager.reportPath(doc.uri);
    const text = doc.getText();
    const state: ReviewState = {
      loaded: null,
      items: [],
      error: null,
      conflicts: [],
      text,
      dirty: false,
      sent: { review: null, diagnostics: null },
    };
    this.states.set(doc.uri, state);
    if (!path) return this.publish(doc);
    try {
      state.loaded = await loadSidecar(
        sidecarPath(path, this.settings(doc.uri).sidecarDir || undefined),
        path,
        textSha256(text),
      );
      state.items = anchorAll(
        state.loaded.data.annotations,
        text,
        textSha256(text),
        this.analysisOf(doc.uri)?.claims ?? [],
      );
    } catch (err) {
      state.error =
        err instanceof SidecarError ? err.message : `cannot read the annotations: ${(err as Error).message}`;
      void this.connection.window.showErrorMessage(`Policy Lens: ${state.error}`);
    }
    this.publish(doc);
  }

  close(uri: string): void {
    this.states.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Moves anchors with an edit, as the editor reports it. */
  changed(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    if (!state) return;
    const text = doc.getText();
    const previous = state.text;
    state.text = text;
    // nothing to move: spare a long report the two passes over its text that finding the edit takes
    if (!state.items.some((i) => i.anchor.state === 'anchored')) return;
    if (followChange(state.items, previous, text)) state.dirty = true;
  }

  /** The checks' findings for an open report changed: republish its review and diagnostics. */
  republish(doc: TextDocument): void {
    if (this.states.has(doc.uri)) this.publish(doc);
  }

  /** After a new analysis: relink anchored annotations to the claims they sit on. */
  analysed(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    const result = this.analysisOf(doc.uri);
    if (!state || !result) return;
    for (const item of state.items) {
      if (item.anchor.state === 'anchored')
        item.annotation.claimId =
          claimOver(result.claims, item.anchor.range.start, item.anchor.range.end)?.id ?? item.annotation.claimId;
    }
    this.publish(doc);
  }

  /** On save of the report: persist anchors that moved with the edits. */
  async saved(doc: TextDocument): Promise<void> {
    const state = this.states.get(doc.uri);
    if (!state?.dirty || !state.loaded || state.error || this.readOnly) return;
    const sha = textSha256(doc.getText());
    for (const item of state.items) if (item.anchor.state === 'anchored') item.annotation.anchor.docSha256 = sha;
    await this.write(doc, state);
  }

  private async write(doc: TextDocument, state: ReviewState, deleted: string[] = []): Promise<void> {
    if (!state.loaded) return;
    if (this.readOnly)
      throw new Error(
        t('Policy Lens does not write review tags in Restricted Mode: trust this workspace to tag claims'),
      );
    state.loaded.data.document.sha256 = textSha256(doc.getText());
    try {
      const res = await saveSidecar(state.loaded, state.loaded.data, { deleted });
      state.dirty = false;
      if (res.merged) this.reanchor(doc, state);
      if (res.conflicts.length) {
        state.conflicts = res.conflicts.map((c) => c.id);
        void this.connection.window.showWarningMessage(
          `Policy Lens: ${t(
            '{0} tag(s) were changed in {1} by someone else too; their version was kept. Yours: {2}',
            res.conflicts.length,
            state.loaded.file,
            res.conflicts.map((c) => `${c.ours.status} “${quoteForMessage(c.ours.anchor.quote.exact, 30)}”`).join('; '),
          )}`,
        );
      }
    } catch (err) {
      const msg = err instanceof SidecarError ? err.message : (err as Error).message;
      void this.connection.window.showErrorMessage(`Policy Lens: ${msg}`);
      throw err;
    }
  }

  private reanchor(doc: TextDocument, state: ReviewState): void {
    if (!state.loaded) return;
    const text = doc.getText();
    state.items = anchorAll(
      state.loaded.data.annotations,
      text,
      textSha256(text),
      this.analysisOf(doc.uri)?.claims ?? [],
    );
  }

  /** The sidecar changed on disk (git pull, another window): merge it in. */
  async sidecarChanged(doc: TextDocument): Promise<void> {
    const state = this.states.get(doc.uri);
    const path = ReviewManager.reportPath(doc.uri);
    if (!state || !path) return;
    try {
      const fresh = await loadSidecar(
        sidecarPath(path, this.settings(doc.uri).sidecarDir || undefined),
        path,
        textSha256(doc.getText()),
      );
      // our own write coming back through the file watcher (or nothing new): the anchors that
      // followed the editor's edits are the truth; re-finding them in the edited text would
      // orphan a tag whose figure was just typed over
      if (state.loaded && !state.error && state.loaded.diskHash === fresh.diskHash) return;
      if (state.loaded && !state.error && state.loaded.diskHash !== fresh.diskHash) {
        const m = mergeAnnotations(state.loaded.base, state.loaded.data.annotations, fresh.data.annotations);
        fresh.data.annotations = m.merged;
        if (m.conflicts.length) {
          state.conflicts = m.conflicts.map((c) => c.id);
          void this.connection.window.showWarningMessage(
            `Policy Lens: ${t(
              'the annotations file changed on disk; {0} tag(s) changed on both sides — the version on disk was kept.',
              m.conflicts.length,
            )}`,
          );
        }
        const unsaved = m.merged.some((a) => !fresh.base.some((b) => JSON.stringify(b) === JSON.stringify(a)));
        state.loaded = fresh;
        state.dirty = unsaved;
      } else if (!state.loaded || state.error) {
        state.loaded = fresh;
      }
      state.error = null;
      this.reanchor(doc, state);
      if (state.dirty && !this.readOnly) await this.write(doc, state);
    } catch (err) {
      state.error = err instanceof SidecarError ? err.message : (err as Error).message;
    }
    this.publish(doc);
  }

  async tag(doc: TextDocument, p: TagParams): Promise<ReviewAnnotation> {
    const state = this.writable(doc);
    const result = this.analysisOf(doc.uri);
    const text = doc.getText();
    let span: { start: number; end: number };
    let claimId: string | null;
    if (p.range) {
      if (p.range.start < 0 || p.range.end > text.length || p.range.end <= p.range.start)
        throw new Error(
          t('no text at {0}–{1} (offsets are UTF-16 code units, 0–{2})', p.range.start, p.range.end, text.length),
        );
      span = { ...p.range };
      claimId = claimOver(result?.claims ?? [], span.start, span.end)?.id ?? null;
    } else {
      const claim =
        p.claimId !== undefined
          ? result?.claims.find((c) => c.id === p.claimId)
          : result?.claims.find((c) => c.range.start <= (p.offset ?? -1) && (p.offset ?? -1) < c.range.end);
      if (!claim) throw new Error(p.claimId !== undefined ? t('no claim {0}', p.claimId) : t('no claim at the cursor'));
      span = { ...claim.range };
      claimId = claim.id;
    }
    const { statuses, author } = this.settings(doc.uri);
    if (p.status) validateStatus(p.status, statuses);
    if (p.source?.url) p.source = { ...p.source, url: checkSourceUrl(p.source.url) }; // only plain http(s) links
    const now = new Date().toISOString();
    const change: Record<string, unknown> = {};
    if (p.status) change.status = p.status;
    if (p.source) change.source = p.source;
    if (p.note !== undefined) change.note = p.note;
    let item = tagOver(state, { range: span });
    if (!item) {
      const annotation: Annotation = {
        id: `a-${randomUUID()}`,
        claimId,
        status: p.status ?? statuses[0]?.id ?? 'unverified',
        sources: [],
        note: '',
        author,
        created: now,
        updated: now,
        history: [],
        anchor: makeAnchor(text, span.start, span.end, textSha256(text)),
      };
      state.loaded.data.annotations.push(annotation);
      item = { annotation, anchor: { state: 'anchored', range: span, method: 'position', score: 1 } };
      state.items.push(item);
    }
    const a = item.annotation;
    if (p.status) a.status = p.status;
    if (p.source) a.sources.push(p.source);
    if (p.note !== undefined) a.note = p.note;
    // re-tagged: the editor looked at the text as it is now, so the stored quote follows it
    a.anchor = makeAnchor(text, span.start, span.end, textSha256(text));
    item.anchor = { state: 'anchored', range: { ...span }, method: 'position', score: 1 };
    a.updated = now;
    a.history.push({ at: now, author, change });
    // setting a status is a check of the text as it reads now
    if (p.status && item.anchor.state === 'anchored')
      markChecked(a, text.slice(item.anchor.range.start, item.anchor.range.end), now);
    await this.write(doc, state);
    this.publish(doc);
    return this.view(item, text);
  }

  /** The annotation card's save: status, the whole list of sources and the note, in one change. */
  async update(doc: TextDocument, p: UpdateAnnotationParams): Promise<ReviewAnnotation> {
    const state = this.writable(doc);
    const item = state.items.find((i) => i.annotation.id === p.annotationId);
    if (!item) throw new Error(t('no such annotation: it was deleted or the sidecar changed; reopen the card'));
    const { statuses, author } = this.settings(doc.uri);
    validateStatus(p.status, statuses);
    const sources = p.sources.map((src, i) => checkedSource(src, i));
    const a = item.annotation;
    const now = new Date().toISOString();
    const change: Record<string, unknown> = {};
    if (a.status !== p.status) change.status = p.status;
    if (JSON.stringify(a.sources) !== JSON.stringify(sources)) change.sources = sources;
    if (a.note !== p.note) change.note = p.note;
    a.status = p.status;
    a.sources = sources;
    a.note = p.note;
    a.updated = now;
    a.history.push({ at: now, author, change });
    const text = doc.getText();
    if (item.anchor.state === 'anchored')
      markChecked(a, text.slice(item.anchor.range.start, item.anchor.range.end), now);
    await this.write(doc, state);
    this.publish(doc);
    return this.view(item, text);
  }

  /** An open report's report-wide linked sources and its tags, or null when its sidecar cannot be used. */
  linksOf(uri: string): { sources: LinkedSource[]; items: AnchoredAnnotation[] } | null {
    const state = this.states.get(uri);
    if (!state?.loaded || state.error) return null;
    return { sources: state.loaded.data.sources ?? [], items: state.items };
  }

  /** Links or unlinks report-wide sources: the same safe, merging write as a tag. */
  async setLinkedSources(doc: TextDocument, change: (list: LinkedSource[]) => LinkedSource[]): Promise<void> {
    const state = this.writable(doc);
    const before = state.loaded.data.sources;
    state.loaded.data.sources = change(before ?? []);
    try {
      await this.write(doc, state);
    } catch (err) {
      state.loaded.data.sources = before;
      throw err;
    }
    this.publish(doc);
  }

  /** The review state of a report that can take a write, or a clear error saying why not. */
  private writable(doc: TextDocument): ReviewState & { loaded: LoadedSidecar } {
    const state = this.states.get(doc.uri);
    if (!state?.loaded) throw new Error(state?.error ?? t('only saved files on disk can carry review tags'));
    if (state.error) throw new Error(state.error);
    return state as ReviewState & { loaded: LoadedSidecar };
  }

  async remove(doc: TextDocument, annotationId: string): Promise<void> {
    const state = this.states.get(doc.uri);
    if (!state?.loaded || state.error) return;
    state.loaded.data.annotations = state.loaded.data.annotations.filter((a) => a.id !== annotationId);
    state.items = state.items.filter((i) => i.annotation.id !== annotationId);
    await this.write(doc, state, [annotationId]);
    this.publish(doc);
  }

  async reattach(doc: TextDocument, p: ReattachParams): Promise<void> {
    const state = this.states.get(doc.uri);
    const item = state?.items.find((i) => i.annotation.id === p.annotationId);
    if (!state || !item) throw new Error(t('no such annotation'));
    const text = doc.getText();
    item.annotation.anchor = {
      quote: quoteAt(text, p.range.start, p.range.end),
      position: { ...p.range },
      docSha256: textSha256(text),
    };
    item.annotation.claimId = claimOver(this.analysisOf(doc.uri)?.claims ?? [], p.range.start, p.range.end)?.id ?? null;
    item.annotation.history.push({
      at: new Date().toISOString(),
      author: this.settings(doc.uri).author,
      change: { reattached: p.range },
    });
    item.anchor = { state: 'anchored', range: { ...p.range }, method: 'position', score: 1 };
    await this.write(doc, state);
    this.publish(doc);
  }

  /**
   * The review of open reports (as edited) and of reports on disk, exported. Paths are shown
   * relative to `p.root` when they lie under it; W3C targets keep absolute file URLs.
   */
  async export(docs: TextDocument[], p: ExportParams, analyze: AnalyzeOptions): Promise<string> {
    const display = (file: string) => {
      if (!p.root) return file;
      const rel = path.relative(p.root, file);
      return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
    };
    const absolute = new Map<string, string>();
    const exported: ExportDocument[] = docs.map((doc) => {
      const state = this.states.get(doc.uri);
      const analysis = this.analysisOf(doc.uri);
      const text = doc.getText();
      const file = ReviewManager.reportPath(doc.uri) ?? doc.uri;
      absolute.set(display(file), file);
      return exportDocument(
        {
          reportPath: file,
          report: { text, encoding: 'utf-8', sha256: textSha256(text) },
          analysis: analysis ?? { metrics: [], claims: [], numbers: [], headings: [], lang: 'zh', segmented: false },
          sidecar: state?.loaded ?? ({} as LoadedSidecar),
          items: state?.items ?? [],
        },
        display(file),
      );
    });
    const open = new Set(docs.map((d) => ReviewManager.reportPath(d.uri)));
    for (const file of p.paths ?? []) {
      if (open.has(file)) continue;
      const review = await openReview(file, {
        sidecarDir: this.settings(pathToFileURL(file).href).sidecarDir || undefined,
        analyze,
      });
      absolute.set(display(file), file);
      exported.push(exportDocument(review, display(file)));
    }
    if (p.format === 'csv') return exportCsv(exported);
    if (p.format === 'w3c') return exportW3c(exported, (shown) => pathToFileURL(absolute.get(shown) ?? shown).href);
    return exportJson(exported);
  }

  /** The review of a report that is not open, read from its sidecar on disk (nothing written). */
  async ofFile(
    file: string,
    report: { text: string; sha256: string },
    analysis: AnalysisResult,
  ): Promise<ReviewNotification> {
    const uri = pathToFileURL(file).href;
    const settings = this.settings(uri);
    const note: ReviewNotification = {
      uri,
      version: 0,
      sidecar: sidecarPath(file, settings.sidecarDir || undefined),
      annotations: [],
      claims: {},
      statuses: settings.statuses,
      findings: [],
      error: null,
      conflicts: [],
    };
    try {
      const loaded = await loadSidecar(note.sidecar, file, report.sha256);
      const items = anchorAll(loaded.data.annotations, report.text, report.sha256, analysis.claims);
      note.annotations = items.map((i) => this.view(i, report.text));
      note.claims = reviewedClaims(items, analysis.claims, report.text);
    } catch (err) {
      note.error = err instanceof SidecarError ? err.message : (err as Error).message;
    }
    return note;
  }

  private view(i: AnchoredAnnotation, text: string): ReviewAnnotation {
    const a = i.annotation;
    const now = i.anchor.state === 'anchored' ? text.slice(i.anchor.range.start, i.anchor.range.end) : null;
    return {
      id: a.id,
      claimId: i.anchor.state === 'anchored' ? a.claimId : null,
      status: a.status,
      sources: a.sources,
      note: a.note,
      author: a.author,
      updated: a.updated,
      state: i.anchor.state,
      range: i.anchor.range,
      quote: a.anchor.quote.exact,
      checkedText: now !== null && changedSinceChecked(a, now) ? (a.checked?.text ?? null) : null,
      history: a.history,
    };
  }

  /**
   * Sends the report's review and diagnostics, each only when it differs from what the client
   * holds: after a pause in typing a long report usually has nothing new to send.
   */
  private publish(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    if (!state) return;
    const text = doc.getText();
    const claims = this.analysisOf(doc.uri)?.claims ?? [];
    this.sources?.refresh(doc);
    const note: ReviewNotification = {
      uri: doc.uri,
      version: doc.version,
      sidecar: state.loaded?.file ?? '',
      annotations: state.items.map((i) => this.view(i, text)),
      claims: reviewedClaims(state.items, claims, text),
      statuses: this.settings(doc.uri).statuses,
      findings: this.checks?.inconsistencies(doc.uri) ?? [],
      sources: this.sources?.views(doc.uri) ?? [],
      error: state.error,
      conflicts: state.conflicts,
    };
    // the version alone changes with every edit; it is not news
    const content = JSON.stringify({ ...note, version: 0 });
    if (content !== state.sent.review) {
      state.sent.review = content;
      void this.connection.sendNotification(reviewNotification, note);
      if (this.canRefreshLenses) void this.connection.sendRequest(CodeLensRefreshRequest.type);
    }
    this.publishDiagnostics(doc, state, claims);
  }

  /** The client lost what it held of a report (it was sent the analysis whole): send the review again. */
  resend(uri: string): void {
    const state = this.states.get(uri);
    if (state) state.sent = { review: null, diagnostics: null };
  }

  private publishDiagnostics(doc: TextDocument, state: ReviewState, claims: readonly Claim[]): void {
    const diagnostics = this.diagnosticsOf(doc, state, claims);
    const content = JSON.stringify(diagnostics);
    if (content === state.sent.diagnostics) return;
    state.sent.diagnostics = content;
    void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics });
  }

  private diagnosticsOf(doc: TextDocument, state: ReviewState, claims: readonly Claim[]): Diagnostic[] {
    const { diagnostics: level, statuses } = this.settings(doc.uri);
    if (level === 'off' || !this.analysisOf(doc.uri)) return [];
    const text = doc.getText();
    const label = (id: string) => statuses.find((s) => s.id === id)?.label ?? id;
    const diagnostics: Diagnostic[] = [];
    for (const c of claims) {
      const review = reviewOf(state, c, text);
      const attention = attentionOf(review);
      if (!attention && level !== 'all') continue;
      if (review.status === 'verified' && !review.changed) continue;
      const note = review.annotationId
        ? state.items.find((i) => i.annotation.id === review.annotationId)?.annotation.note
        : undefined;
      const head = review.changed ? t('Changed since {0}', label(review.status)) : label(review.status);
      diagnostics.push({
        range: { start: doc.positionAt(c.range.start), end: doc.positionAt(c.range.end) },
        severity: attention?.severity ?? DiagnosticSeverity.Hint,
        source: 'Policy Lens',
        message: `${head}: “${quoteForMessage(c.text)}”${note ? ` — ${quoteForMessage(note)}` : ''}`,
        code: review.changed ? 'changed' : review.status,
      });
    }
    if (this.checks) diagnostics.push(...this.checks.diagnostics(doc));
    return diagnostics;
  }

  /** A claim's review: status, its tag, and whether the text changed since the status was set. */
  statusOfClaim(
    uri: string,
    claim: { range: { start: number; end: number } },
    text: string,
  ): ClaimReview & { annotation: Annotation | null; checkedText: string | null } {
    const state = this.states.get(uri);
    const item = state ? tagOver(state, claim) : undefined;
    const review = state ? reviewOf(state, claim, text) : { status: 'unverified', annotationId: null, changed: false };
    return {
      ...review,
      annotation: item?.annotation ?? null,
      checkedText: review.changed ? (item?.annotation.checked?.text ?? null) : null,
    };
  }
}
