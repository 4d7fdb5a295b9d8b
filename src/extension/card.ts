// The annotation card: a webview to edit one tag in full — status, any number of sources (add,
// edit, remove), note, history — or delete it. A strict Content Security Policy; the page builds
// its DOM with textContent and form values only, so no text from a sidecar is ever parsed as HTML.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import {
  deleteAnnotationRequest,
  tagRequest,
  updateAnnotationRequest,
  type ReviewAnnotation,
  type ReviewSource,
} from '../shared/protocol';
import type { Services } from './services';
import { describeHistoryChange, type HistoryWords } from '../core/annotations/history-text';

/** What the card edits: a claim (tagged or not yet), or a span of text to tag. */
export interface CardTarget {
  uri: string;
  claimId?: string;
  annotationId?: string;
  range?: { start: number; end: number };
}

interface SaveMessage {
  type: 'save';
  status: string;
  sources: ReviewSource[];
  note: string;
}
type CardMessage = { type: 'ready' } | SaveMessage | { type: 'delete' };

function isCardMessage(m: unknown): m is CardMessage {
  if (!m || typeof m !== 'object') return false;
  const type = (m as { type?: unknown }).type;
  return type === 'ready' || type === 'save' || type === 'delete';
}

/** The words of a history line, in the editor's language. */
function historyWords(statuses: ReadonlyArray<{ id: string; label: string }>): HistoryWords {
  return {
    status: vscode.l10n.t('Status'),
    sourceAdded: vscode.l10n.t('Source added'),
    sources: vscode.l10n.t('Sources'),
    noSources: vscode.l10n.t('none'),
    note: vscode.l10n.t('Note'),
    noteCleared: vscode.l10n.t('Note cleared'),
    reattached: vscode.l10n.t('Reattached to the text'),
    statusLabel: (id) => statuses.find((s) => s.id === id)?.label ?? id,
  };
}

/** The strings of the page, in the editor's language. */
function cardStrings() {
  return {
    claim: vscode.l10n.t('Claim'),
    status: vscode.l10n.t('Status'),
    sources: vscode.l10n.t('Sources'),
    url: vscode.l10n.t('URL'),
    citation: vscode.l10n.t('Citation'),
    quote: vscode.l10n.t('Quoted passage'),
    remove: vscode.l10n.t('Remove'),
    addSource: vscode.l10n.t('Add a source'),
    note: vscode.l10n.t('Note'),
    history: vscode.l10n.t('History'),
    save: vscode.l10n.t('Save'),
    deleteTag: vscode.l10n.t('Delete tag'),
    changed: vscode.l10n.t('The text changed since this status was set. It read:'),
    noHistory: vscode.l10n.t('Not tagged yet.'),
  };
}

export class AnnotationCard implements vscode.Disposable {
  private static current: AnnotationCard | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    private readonly services: Services,
    private readonly panel: vscode.WebviewPanel,
    private target: CardTarget,
  ) {
    panel.webview.html = this.pageHtml();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      services.store.onDidChange((s) => {
        if (s.uri === this.target.uri) void this.post();
      }),
    );
  }

  /** Opens the card for `target` (one card at a time: it follows the last claim opened). */
  static show(services: Services, target: CardTarget): AnnotationCard {
    if (AnnotationCard.current) {
      AnnotationCard.current.target = target;
      AnnotationCard.current.panel.reveal(vscode.ViewColumn.Beside, true);
      void AnnotationCard.current.post(true);
      return AnnotationCard.current;
    }
    const panel = vscode.window.createWebviewPanel(
      'policyLens.card',
      vscode.l10n.t('Policy Lens: tag'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    AnnotationCard.current = new AnnotationCard(services, panel, target);
    return AnnotationCard.current;
  }

  /** The open card, for tests. */
  static get open(): AnnotationCard | undefined {
    return AnnotationCard.current;
  }

  /** The tag the card edits now, if the claim has one. */
  annotation(): ReviewAnnotation | undefined {
    const state = this.services.store.get(this.target.uri);
    const review = state?.review;
    if (!review) return undefined;
    const id =
      this.target.annotationId ?? (this.target.claimId ? review.claims[this.target.claimId]?.annotationId : undefined);
    return id ? review.annotations.find((a) => a.id === id) : undefined;
  }

  private claimText(): string {
    const state = this.services.store.get(this.target.uri);
    const claim = this.target.claimId ? state?.result?.claims.find((c) => c.id === this.target.claimId) : undefined;
    if (claim) return claim.text;
    const a = this.annotation();
    if (a) return a.quote;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.target.uri);
    return doc && this.target.range ? doc.getText().slice(this.target.range.start, this.target.range.end) : '';
  }

  /** Sends the tag to the page; `force` also replaces what the user is typing (after a save). */
  private async post(force = false): Promise<void> {
    await this.panel.webview.postMessage({ type: 'load', force, ...this.view() });
  }

  /** What the page shows: its strings, the claim, the statuses and the tag with its history (also for tests). */
  view() {
    const a = this.annotation();
    const statuses = this.services.store.statusesOf(this.services.store.get(this.target.uri));
    return {
      strings: cardStrings(),
      claim: this.claimText(),
      statuses: statuses.map((s) => ({ id: s.id, label: s.label })),
      annotation: a
        ? {
            status: a.status,
            sources: a.sources,
            note: a.note,
            checkedText: a.checkedText,
            history: a.history.map((h) => ({
              at: h.at,
              author: h.author,
              change: describeHistoryChange(h.change, historyWords(statuses)),
            })),
          }
        : null,
    };
  }

  /** Saves the card; answers the tag as stored. Also what tests call. */
  async save(status: string, sources: ReviewSource[], note: string): Promise<ReviewAnnotation> {
    let a = this.annotation();
    if (!a) {
      a = await this.services.server.request(tagRequest, {
        uri: this.target.uri,
        claimId: this.target.claimId,
        range: this.target.claimId ? undefined : this.target.range,
        status,
      });
      this.target = { ...this.target, annotationId: a.id };
    }
    return this.services.server.request(updateAnnotationRequest, {
      uri: this.target.uri,
      annotationId: a.id,
      status,
      sources,
      note,
    });
  }

  private async receive(m: unknown): Promise<void> {
    if (!isCardMessage(m)) return;
    try {
      if (m.type === 'ready') await this.post();
      else if (m.type === 'save') {
        await this.save(m.status, m.sources, m.note);
        await this.post(true);
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Lens: tag saved'), 3000);
      } else if (m.type === 'delete') {
        const a = this.annotation();
        if (!a) return;
        const ok = await vscode.window.showWarningMessage(
          vscode.l10n.t('Delete this tag and its sources?'),
          { modal: true },
          vscode.l10n.t('Delete'),
        );
        if (!ok) return;
        await this.services.server.request(deleteAnnotationRequest, { uri: this.target.uri, annotationId: a.id });
        this.panel.dispose();
      }
    } catch (err) {
      void vscode.window.showErrorMessage(`Policy Lens: ${(err as Error).message}`);
    }
  }

  /** The page: a strict Content Security Policy, a nonce for its one script and its one style. */
  pageHtml(): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      "img-src 'none'",
      "form-action 'none'",
    ].join('; ');
    return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 12px; }
  .claim { border-left: 3px solid var(--vscode-textLink-foreground); padding: 4px 8px; white-space: pre-wrap; }
  .changed { border-left: 3px solid var(--vscode-editorWarning-foreground); padding: 4px 8px; white-space: pre-wrap; }
  label { display: block; margin-top: 10px; font-weight: 600; }
  input, select, textarea { width: 100%; box-sizing: border-box; color: var(--vscode-input-foreground);
    background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); padding: 3px; }
  .source { border: 1px solid var(--vscode-panel-border); padding: 6px; margin-top: 6px; }
  button { margin-top: 8px; margin-right: 6px; color: var(--vscode-button-foreground); background: var(--vscode-button-background);
    border: none; padding: 4px 10px; cursor: pointer; }
  button.secondary { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
  ul { padding-left: 18px; } li { margin: 2px 0; }
</style>
</head>
<body>
<div id="root"></div>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  let data = null;
  let dirty = false;
  root.addEventListener('input', () => { dirty = true; });
  const el = (tag, props, children) => {
    const e = document.createElement(tag);
    Object.assign(e, props || {});
    for (const c of children || []) e.append(c);
    return e;
  };
  function sourceBox(s, src) {
    const url = el('input', { value: src.url || '', placeholder: s.url, className: 'url' });
    const citation = el('input', { value: src.citation || '', placeholder: s.citation, className: 'citation' });
    const quote = el('input', { value: src.quote || '', placeholder: s.quote, className: 'quote' });
    const box = el('div', { className: 'source' }, [url, citation, quote]);
    // a linked source's file and line are not edited here, but kept on save
    box.dataset.file = src.file || '';
    box.dataset.line = src.line ? String(src.line) : '';
    const remove = el('button', { textContent: s.remove, className: 'secondary' });
    remove.addEventListener('click', () => box.remove());
    box.append(remove);
    return box;
  }
  function render() {
    const s = data.strings;
    const a = data.annotation;
    root.replaceChildren();
    root.append(el('label', { textContent: s.claim }), el('div', { className: 'claim', textContent: data.claim }));
    if (a && a.checkedText) root.append(el('p', { textContent: s.changed }), el('div', { className: 'changed', textContent: a.checkedText }));
    const status = el('select', { id: 'status' });
    for (const st of data.statuses) status.append(el('option', { value: st.id, textContent: st.label, selected: a ? a.status === st.id : false }));
    root.append(el('label', { textContent: s.status }), status);
    const list = el('div', { id: 'sources' });
    for (const src of (a ? a.sources : [])) list.append(sourceBox(s, src));
    const add = el('button', { textContent: s.addSource, className: 'secondary' });
    add.addEventListener('click', () => list.append(sourceBox(s, {})));
    root.append(el('label', { textContent: s.sources }), list, add);
    const note = el('textarea', { id: 'note', rows: 4, value: a ? a.note : '' });
    root.append(el('label', { textContent: s.note }), note);
    const save = el('button', { textContent: s.save });
    save.addEventListener('click', () => {
      const sources = [...list.querySelectorAll('.source')].map((b) => ({
        url: b.querySelector('.url').value.trim() || undefined,
        citation: b.querySelector('.citation').value.trim() || undefined,
        quote: b.querySelector('.quote').value.trim() || undefined,
        file: b.dataset.file || undefined,
        line: b.dataset.line ? Number(b.dataset.line) : undefined,
      })).filter((x) => x.url || x.citation || x.quote);
      vscode.postMessage({ type: 'save', status: status.value, sources, note: note.value });
    });
    root.append(el('div', {}, [save]));
    if (a) {
      const del = el('button', { textContent: s.deleteTag, className: 'secondary' });
      del.addEventListener('click', () => vscode.postMessage({ type: 'delete' }));
      root.lastChild.append(del);
    }
    root.append(el('label', { textContent: s.history }));
    const hist = el('ul');
    for (const h of (a ? a.history : [])) hist.append(el('li', { textContent: h.at + ' · ' + h.author + ' · ' + h.change }));
    if (!a) hist.append(el('li', { textContent: s.noHistory }));
    root.append(hist);
  }
  window.addEventListener('message', (event) => {
    // an update from the editor never overwrites what the user is typing; a save does
    if (event.data && event.data.type === 'load' && (!dirty || event.data.force)) {
      data = event.data;
      dirty = false;
      render();
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
</script>
</body>
</html>`;
  }

  dispose(): void {
    if (AnnotationCard.current === this) AnnotationCard.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
