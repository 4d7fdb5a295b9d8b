// The Policy Lens language server: hosts the engine in its own process, so nodejieba's
// load time and memory stay out of VS Code's extension host, and a crash here restarts the
// server, not the editor. Analyses the documents the client enables; numbers first, then
// again with word segmentation once nodejieba has loaded.
import {
  CodeActionKind,
  createConnection,
  type CodeAction,
  type CodeLens,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { analyzeSync } from '../core/analyze';
import { IncrementalAnalyzer } from '../core/incremental';
import { loadSegmenter, type Segmenter } from '../core/text/segmenter';
import { readReport } from '../core/text/report-file';
import type { AnalysisResult, TextRange } from '../core/types';
import { lineLenses, reviewActions } from './actions';
import { ReportChecks } from './checks';
import { analyseWindow, FIRST_PASS_MIN_CHARS, firstPassWindow } from './first-pass';
import { hoverAt } from './hover';
import { useLocale } from './locale';
import { ReviewManager } from './review';
import { LinkedSources } from './sources';
import { AnalysisPublisher } from './publish';
import { DocumentSettings } from './settings';
import {
  analysisDeltaNotification,
  analysisNotification,
  analyzeFileRequest,
  analyzeNowRequest,
  deleteAnnotationRequest,
  exportRequest,
  linkSourceRequest,
  reattachRequest,
  resendAnalysisNotification,
  setEnabledNotification,
  trustNotification,
  tagRequest,
  updateAnnotationRequest,
  viewOf,
} from '../shared/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const settings = new DocumentSettings(
  (uri, section) => connection.workspace.getConfiguration({ scopeUri: uri, section }),
  (message) => void connection.window.showErrorMessage(`Policy Lens: ${message}`),
);
let segmenter: Segmenter | null = null;
let segmenterTried = false;
const enabled = new Set<string>();
/** Documents the user asked to analyse despite their size. */
const forced = new Set<string>();
const results = new Map<string, { version: number; result: AnalysisResult }>();
/** Per document: paragraph blocks cached by text, so an edit re-analyses only what it touched. */
const analyzers = new Map<string, IncrementalAnalyzer>();
const timers = new Map<string, NodeJS.Timeout>();
const review = new ReviewManager(
  connection,
  (uri) => settings.get(uri),
  (uri) => results.get(uri)?.result,
);
const checks = new ReportChecks(
  (uri) => results.get(uri)?.result,
  (doc) => review.republish(doc),
);
review.checks = checks;
const sources = new LinkedSources({
  document: (uri) => documents.get(uri),
  analysisOf: (uri) => results.get(uri)?.result,
  segmenter: () => segmenter,
  author: (uri) => settings.get(uri).author,
  review,
});
checks.sources = sources;
review.sources = sources;
const reviewOpened = new Set<string>();
/** What the editor last showed of each report, as the client said. */
const visibleRanges = new Map<string, TextRange>();
/** Settles when the latest analysis sent has been written to the client. */
let lastSent: Promise<void> = Promise.resolve();
const publisher = new AnalysisPublisher({
  full: (n) => {
    // the client starts over with this analysis: its review follows again in full
    review.resend(n.uri);
    lastSent = connection.sendNotification(analysisNotification, n);
  },
  delta: (n) => void (lastSent = connection.sendNotification(analysisDeltaNotification, n)),
});

function analyseNow(doc: TextDocument): void {
  const uri = doc.uri;
  const text = doc.getText();
  if (text.length > settings.get(uri).maxFileSize && !forced.has(uri)) {
    results.delete(uri);
    publisher.tooLarge(uri, doc.version, text.length);
    return;
  }
  const t0 = performance.now();
  const extent = { length: text.length, lineCount: doc.lineCount };
  if (!publisher.holds(uri) && text.length >= FIRST_PASS_MIN_CHARS) {
    // A long report just opened: what the editor shows first, the whole report right after.
    const part = analyseWindow(text, firstPassWindow(text, visibleRanges.get(uri) ?? null), segmenter);
    publisher.publish(uri, doc.version, viewOf(part), extent, performance.now() - t0, true);
    void lastSent.then(
      () => setTimeout(() => analyseLatest(uri), 0),
      () => setTimeout(() => analyseLatest(uri), 0),
    );
    return;
  }
  let analyzer = analyzers.get(uri);
  if (!analyzer) analyzers.set(uri, (analyzer = new IncrementalAnalyzer()));
  const result = analyzer.analyze(text, { segmenter, numbers: false });
  const first = !results.has(uri) && !released.delete(uri);
  results.set(uri, { version: doc.version, result });
  checks.schedule(doc, first ? 'open' : 'edit');
  publisher.publish(uri, doc.version, viewOf(result), extent, performance.now() - t0);
  if (!reviewOpened.has(uri)) {
    reviewOpened.add(uri);
    void review.open(doc).then(() => review.analysed(doc));
  } else reviewWhenSettled(uri);
  if (!segmenterTried) scheduleSegmenterLoad();
}

/**
 * Tags and diagnostics follow the analysis once edits pause: they cover every claim of the
 * report, so sending them per keystroke would cost a long report more than its analysis.
 */
const REVIEW_SETTLE_MS = 150;
const reviewTimers = new Map<string, NodeJS.Timeout>();

function reviewWhenSettled(uri: string): void {
  clearTimeout(reviewTimers.get(uri));
  reviewTimers.set(
    uri,
    setTimeout(() => {
      reviewTimers.delete(uri);
      const doc = documents.get(uri);
      if (doc && results.has(uri)) review.analysed(doc);
    }, REVIEW_SETTLE_MS),
  );
}

/** The whole analysis after a first pass, unless a scheduled run has already made it. */
function analyseLatest(uri: string): void {
  const doc = documents.get(uri);
  if (doc && enabled.has(uri) && results.get(uri)?.version !== doc.version) analyseNow(doc);
}

/**
 * A full garbage collection, when the process allows one (SERVER_EXEC_ARGV has --expose-gc):
 * V8 would keep the let-go analyses' pages until its heap next grows, and nodejieba's
 * dictionaries are allocated outside it, so they would come on top (~60 MB on a 10 MB report).
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Documents whose analysis was let go before a re-analysis of every block (not opened anew). */
const released = new Set<string>();

/**
 * Loads nodejieba after the first (numbers-only) results are out, then refines every open
 * document. Its load blocks this process for seconds, so it waits until the first result has
 * been written to the client, not merely queued. With words every block is analysed again,
 * so the numbers-only analyses are let go first: the dictionaries (~240 MB) and the new
 * analyses never share the process with them (the client shows its copy until the new one is
 * whole; nothing else runs in between, as all of this is synchronous).
 */
function scheduleSegmenterLoad(): void {
  segmenterTried = true;
  const load = () => {
    for (const uri of enabled) {
      results.delete(uri);
      analyzers.delete(uri);
      publisher.release(uri);
      released.add(uri);
    }
    collectGarbage();
    segmenter = loadSegmenter((m) => connection.console.warn(m));
    // without words the numbers-only analyses are made again: the server holds none now
    for (const uri of enabled) {
      const doc = documents.get(uri);
      if (doc) analyseNow(doc);
    }
    released.clear();
  };
  void lastSent.then(
    () => setTimeout(load, 0),
    () => setTimeout(load, 0),
  );
}

function schedule(doc: TextDocument, delay: number): void {
  if (!enabled.has(doc.uri)) return;
  const old = timers.get(doc.uri);
  if (old) clearTimeout(old);
  // Debounced; a newer edit cancels the pending run, and a stale version is never analysed.
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current && enabled.has(current.uri)) analyseNow(current);
    }, delay),
  );
}

connection.onInitialize((params): InitializeResult => {
  settings.canPull = !!params.capabilities.workspace?.configuration;
  // Restricted Mode until the client says the workspace is trusted (clients that never say: trusted)
  const init = params.initializationOptions as { trusted?: unknown } | undefined;
  review.readOnly = init?.trusted === false;
  review.canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
  useLocale(params.locale);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'policy-lens-server' },
  };
});

/** Settings changed: pull them again for every open report, re-analyse and republish. */
connection.onDidChangeConfiguration(() => {
  settings.clear();
  for (const uri of enabled) {
    const doc = documents.get(uri);
    if (doc) void settings.load(uri).then(() => schedule(doc, 0));
  }
});

connection.onNotification(trustNotification, (params) => {
  review.readOnly = !params.trusted;
});

connection.onNotification(setEnabledNotification, (params) => {
  for (const [uri, range] of Object.entries(params.visible ?? {})) visibleRanges.set(uri, range);
  const next = new Set(params.uris);
  for (const uri of enabled)
    if (!next.has(uri)) {
      results.delete(uri);
      publisher.forget(uri);
    }
  enabled.clear();
  for (const uri of next) {
    enabled.add(uri);
    const doc = documents.get(uri);
    if (doc && !results.has(uri)) schedule(doc, 0);
  }
});

connection.onRequest(analyzeNowRequest, (params) => {
  forced.add(params.uri);
  enabled.add(params.uri);
  const doc = documents.get(params.uri);
  if (doc) analyseNow(doc);
  return true;
});

connection.onNotification(resendAnalysisNotification, (params) => publisher.resend(params.uri));

connection.onRequest(analyzeFileRequest, async (params) => {
  try {
    const limits = await settings.load(pathToFileURL(params.path).href);
    const file = await readReport(params.path, { maxBytes: limits.maxFileSize * 3 });
    const result = analyzeSync(file.text, { segmenter });
    return {
      path: params.path,
      error: null,
      result: viewOf(result),
      review: await review.ofFile(params.path, file, result),
    };
  } catch (err) {
    return { path: params.path, error: (err as Error).message, result: null, review: null };
  }
});

documents.onDidOpen((e) => void settings.load(e.document.uri).then(() => schedule(e.document, 0)));
documents.onDidChangeContent((e) => {
  review.changed(e.document);
  schedule(e.document, settings.get(e.document.uri).debounceMs);
});
documents.onDidSave((e) => {
  void review.saved(e.document);
  if (results.has(e.document.uri)) checks.schedule(e.document, 'save');
});
documents.onDidClose((e) => {
  results.delete(e.document.uri);
  publisher.forget(e.document.uri);
  visibleRanges.delete(e.document.uri);
  analyzers.delete(e.document.uri);
  review.close(e.document.uri);
  checks.forget(e.document.uri);
  reviewOpened.delete(e.document.uri);
  clearTimeout(reviewTimers.get(e.document.uri));
  reviewTimers.delete(e.document.uri);
  forced.delete(e.document.uri);
  settings.forget(e.document.uri);
});

const docOf = (uri: string) => {
  const doc = documents.get(uri);
  if (!doc) throw new Error(`${uri} is not open`);
  return doc;
};
connection.onRequest(tagRequest, (p) => review.tag(docOf(p.uri), p));
connection.onRequest(updateAnnotationRequest, (p) => review.update(docOf(p.uri), p));
connection.onRequest(deleteAnnotationRequest, (p) => review.remove(docOf(p.uri), p.annotationId));
connection.onRequest(reattachRequest, (p) => review.reattach(docOf(p.uri), p));
connection.onRequest(linkSourceRequest, (p) => sources.link(p));
connection.onRequest(exportRequest, (p) => review.export(p.uris.map(docOf), p, { useSegmenter: segmenter !== null }));
connection.onDidChangeWatchedFiles((e) => {
  for (const change of e.changes) {
    if (!change.uri.endsWith('.annotations.json')) continue;
    for (const uri of reviewOpened) {
      const doc = documents.get(uri);
      // the sidecar of an open report (beside it, or in the configured folder)
      if (doc && change.uri.endsWith(`${uri.split('/').pop()}.annotations.json`)) void review.sidecarChanged(doc);
    }
  }
});

connection.onCodeLens((params): CodeLens[] => {
  const entry = results.get(params.textDocument.uri);
  const doc = documents.get(params.textDocument.uri);
  if (!entry || !doc || !settings.get(doc.uri).codeLens) return [];
  return lineLenses(doc, entry.result, review, settings.get(doc.uri).statuses);
});

connection.onCodeAction((params): CodeAction[] => {
  const entry = results.get(params.textDocument.uri);
  const doc = documents.get(params.textDocument.uri);
  if (!entry || !doc) return [];
  return [
    ...checks.actions(doc, params.range, entry.result),
    ...reviewActions(doc, params.range, entry.result, review, settings.get(doc.uri).statuses),
  ];
});

connection.onHover((params): Hover | null => {
  const doc = documents.get(params.textDocument.uri);
  const entry = doc ? results.get(doc.uri) : undefined;
  if (!doc || !entry) return null;
  const offset = doc.offsetAt(params.position);
  const hover = hoverAt(doc, offset, entry.result, review, settings.get(doc.uri).statuses);
  const findings = checks.hoverRows(doc.uri, offset);
  if (!findings.length) return hover;
  const head = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { contents: { kind: 'markdown', value: [head, ...findings].join('\n') }, range: hover?.range };
});

documents.listen(connection);
connection.listen();
