// Claim review in the language server: loads each report's sidecar, keeps its anchors on
// their sentences while the document is edited, writes tags through the core store, merges
// changes made to the sidecar on disk, and publishes the open items as diagnostics.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { makeAnchor, quoteAt } from '../core/annotations/anchor';
import { followChange } from '../core/annotations/track';
import { checkSourceUrl } from '../core/annotations/source-url';
import { DEFAULT_STATUSES, validateStatus, type Annotation, type StatusDef } from '../core/annotations/model';
import { anchorAll, claimOver, type AnchoredAnnotation } from '../core/annotations/review';
import {
  loadSidecar,
  mergeAnnotations,
  saveSidecar,
  sidecarPath,
  SidecarError,
  type LoadedSidecar,
} from '../core/annotations/sidecar';
import { exportCsv, exportDocument, exportJson, exportW3c } from '../core/annotations/export';
import { textSha256 } from '../core/text/report-file';
import type { AnalysisResult } from '../core/types';
import {
  REVIEW_NOTIFICATION,
  type ExportParams,
  type ReattachParams,
  type ReviewAnnotation,
  type ReviewNotification,
  type TagParams,
} from '../shared/protocol';

export interface ReviewSettings {
  statuses: StatusDef[];
  author: string;
  /** Severity of open items (unverified, needs source); disputed/false are one step higher. 'off' publishes none. */
  diagnostics: 'off' | 'hint' | 'information' | 'warning';
  sidecarDir: string;
  /** Restricted Mode (an untrusted workspace): tags are shown, never written. */
  readOnly: boolean;
}

interface ReviewState {
  loaded: LoadedSidecar | null;
  items: AnchoredAnnotation[];
  error: string | null;
  conflicts: string[];
  /** The text the anchors refer to, to turn the next change into an edit. */
  text: string;
  dirty: boolean;
}

export { diffEdit } from '../core/annotations/track';

export class ReviewManager {
  private readonly states = new Map<string, ReviewState>();

  constructor(
    private readonly connection: Connection,
    private settings: () => ReviewSettings,
    private readonly analysisOf: (uri: string) => AnalysisResult | undefined,
  ) {}

  private static reportPath(uri: string): string | null {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  }

  async open(doc: TextDocument): Promise<void> {
    const path = ReviewManager.reportPath(doc.uri);
    const text = doc.getText();
    const state: ReviewState = { loaded: null, items: [], error: null, conflicts: [], text, dirty: false };
    this.states.set(doc.uri, state);
    if (!path) return this.publish(doc);
    try {
      state.loaded = await loadSidecar(
        sidecarPath(path, this.settings().sidecarDir || undefined),
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
    if (followChange(state.items, previous, text)) state.dirty = true;
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
    if (!state?.dirty || !state.loaded || state.error || this.settings().readOnly) return;
    const sha = textSha256(doc.getText());
    for (const item of state.items) if (item.anchor.state === 'anchored') item.annotation.anchor.docSha256 = sha;
    await this.write(doc, state);
  }

  private async write(doc: TextDocument, state: ReviewState, deleted: string[] = []): Promise<void> {
    if (!state.loaded) return;
    if (this.settings().readOnly)
      throw new Error('Policy Lens does not write review tags in Restricted Mode: trust this workspace to tag claims');
    state.loaded.data.document.sha256 = textSha256(doc.getText());
    try {
      const res = await saveSidecar(state.loaded, state.loaded.data, { deleted });
      state.dirty = false;
      if (res.merged) this.reanchor(doc, state);
      if (res.conflicts.length) {
        state.conflicts = res.conflicts.map((c) => c.id);
        void this.connection.window.showWarningMessage(
          `Policy Lens: ${res.conflicts.length} tag(s) were changed in ${state.loaded.file} by someone else too; their version was kept. Yours: ${res.conflicts.map((c) => `${c.ours.status} on “${c.ours.anchor.quote.exact.slice(0, 30)}”`).join('; ')}`,
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
        sidecarPath(path, this.settings().sidecarDir || undefined),
        path,
        textSha256(doc.getText()),
      );
      if (state.loaded && !state.error && state.loaded.diskHash !== fresh.diskHash) {
        const m = mergeAnnotations(state.loaded.base, state.loaded.data.annotations, fresh.data.annotations);
        fresh.data.annotations = m.merged;
        if (m.conflicts.length) {
          state.conflicts = m.conflicts.map((c) => c.id);
          void this.connection.window.showWarningMessage(
            `Policy Lens: the annotations file changed on disk; ${m.conflicts.length} tag(s) changed on both sides — the version on disk was kept.`,
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
      if (state.dirty && !this.settings().readOnly) await this.write(doc, state);
    } catch (err) {
      state.error = err instanceof SidecarError ? err.message : (err as Error).message;
    }
    this.publish(doc);
  }

  async tag(doc: TextDocument, p: TagParams): Promise<ReviewAnnotation> {
    const state = this.states.get(doc.uri);
    if (!state?.loaded) throw new Error(state?.error ?? 'only saved files on disk can carry review tags');
    if (state.error) throw new Error(state.error);
    const result = this.analysisOf(doc.uri);
    const claim =
      p.claimId !== undefined
        ? result?.claims.find((c) => c.id === p.claimId)
        : result?.claims.find((c) => c.range.start <= (p.offset ?? -1) && (p.offset ?? -1) < c.range.end);
    if (!claim) throw new Error(p.claimId !== undefined ? `no claim ${p.claimId}` : 'no claim at the cursor');
    const { statuses, author } = this.settings();
    if (p.status) validateStatus(p.status, statuses);
    if (p.source?.url) p.source = { ...p.source, url: checkSourceUrl(p.source.url) }; // only plain http(s) links
    const now = new Date().toISOString();
    const change: Record<string, unknown> = {};
    if (p.status) change.status = p.status;
    if (p.source) change.source = p.source;
    if (p.note !== undefined) change.note = p.note;
    let item = state.items.find(
      (i) =>
        i.anchor.state === 'anchored' &&
        i.anchor.range.start < claim.range.end &&
        claim.range.start < i.anchor.range.end,
    );
    if (!item) {
      const text = doc.getText();
      const annotation: Annotation = {
        id: `a-${randomUUID()}`,
        claimId: claim.id,
        status: p.status ?? statuses[0]?.id ?? 'unverified',
        sources: [],
        note: '',
        author,
        created: now,
        updated: now,
        history: [],
        anchor: makeAnchor(text, claim.range.start, claim.range.end, textSha256(text)),
      };
      state.loaded.data.annotations.push(annotation);
      item = { annotation, anchor: { state: 'anchored', range: { ...claim.range }, method: 'position', score: 1 } };
      state.items.push(item);
    }
    const a = item.annotation;
    if (p.status) a.status = p.status;
    if (p.source) a.sources.push(p.source);
    if (p.note !== undefined) a.note = p.note;
    a.anchor = makeAnchor(doc.getText(), claim.range.start, claim.range.end, textSha256(doc.getText())); // re-tagged: the quote follows
    a.updated = now;
    a.history.push({ at: now, author, change });
    await this.write(doc, state);
    this.publish(doc);
    return this.view(item);
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
    if (!state || !item) throw new Error('no such annotation');
    const text = doc.getText();
    item.annotation.anchor = {
      quote: quoteAt(text, p.range.start, p.range.end),
      position: { ...p.range },
      docSha256: textSha256(text),
    };
    item.annotation.claimId = claimOver(this.analysisOf(doc.uri)?.claims ?? [], p.range.start, p.range.end)?.id ?? null;
    item.annotation.history.push({
      at: new Date().toISOString(),
      author: this.settings().author,
      change: { reattached: p.range },
    });
    item.anchor = { state: 'anchored', range: { ...p.range }, method: 'position', score: 1 };
    await this.write(doc, state);
    this.publish(doc);
  }

  export(docs: TextDocument[], p: ExportParams): string {
    const exported = docs.map((doc) => {
      const state = this.states.get(doc.uri);
      const analysis = this.analysisOf(doc.uri);
      const text = doc.getText();
      return exportDocument(
        {
          reportPath: ReviewManager.reportPath(doc.uri) ?? doc.uri,
          report: { text, encoding: 'utf-8', sha256: textSha256(text) },
          analysis: analysis ?? { metrics: [], claims: [], numbers: [], headings: [], lang: 'zh', segmented: false },
          sidecar: state?.loaded ?? ({} as LoadedSidecar),
          items: state?.items ?? [],
        },
        ReviewManager.reportPath(doc.uri) ?? doc.uri,
      );
    });
    if (p.format === 'csv') return exportCsv(exported);
    if (p.format === 'w3c')
      return exportW3c(exported, (path) => (path.startsWith('/') ? pathToFileURL(path).href : path));
    return exportJson(exported);
  }

  private view(i: AnchoredAnnotation): ReviewAnnotation {
    const a = i.annotation;
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
    };
  }

  private publish(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    if (!state) return;
    const note: ReviewNotification = {
      uri: doc.uri,
      version: doc.version,
      sidecar: state.loaded?.file ?? '',
      annotations: state.items.map((i) => this.view(i)),
      error: state.error,
      conflicts: state.conflicts,
    };
    void this.connection.sendNotification(REVIEW_NOTIFICATION, note);
    this.publishDiagnostics(doc, state);
  }

  private publishDiagnostics(doc: TextDocument, state: ReviewState): void {
    const level = this.settings().diagnostics;
    const result = this.analysisOf(doc.uri);
    if (level === 'off' || !result) {
      void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const severity = {
      hint: DiagnosticSeverity.Hint,
      information: DiagnosticSeverity.Information,
      warning: DiagnosticSeverity.Warning,
    }[level];
    const higher = severity === DiagnosticSeverity.Hint ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning;
    const statuses = this.settings().statuses;
    const label = (id: string) => statuses.find((s) => s.id === id)?.label ?? id;
    const diagnostics: Diagnostic[] = [];
    for (const c of result.claims) {
      const item = state.items.find(
        (i) =>
          i.anchor.state === 'anchored' && i.anchor.range.start < c.range.end && c.range.start < i.anchor.range.end,
      );
      const status = item?.annotation.status ?? 'unverified';
      if (status === 'verified') continue;
      const serious = status === 'disputed' || status === 'false';
      diagnostics.push({
        range: { start: doc.positionAt(c.range.start), end: doc.positionAt(c.range.end) },
        severity: serious ? higher : severity,
        source: 'Policy Lens',
        message: `${label(status)}: ${c.types.join(', ')} claim${item?.annotation.note ? ` — ${item.annotation.note}` : ''}`,
        code: status,
      });
    }
    void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics });
  }

  statusOfClaim(
    uri: string,
    claim: { range: { start: number; end: number } },
  ): { status: string; annotation: Annotation | null } {
    const state = this.states.get(uri);
    const item = state?.items.find(
      (i) =>
        i.anchor.state === 'anchored' &&
        i.anchor.range.start < claim.range.end &&
        claim.range.start < i.anchor.range.end,
    );
    return { status: item?.annotation.status ?? 'unverified', annotation: item?.annotation ?? null };
  }
}

export const defaultReviewSettings = (): ReviewSettings => ({
  statuses: [...DEFAULT_STATUSES],
  author: 'unknown',
  diagnostics: 'information',
  sidecarDir: '',
  readOnly: false,
});
