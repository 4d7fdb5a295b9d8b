// The Policy Lens language server: hosts the engine in its own process, so nodejieba's
// load time and memory stay out of VS Code's extension host, and a crash here restarts the
// server, not the editor. Analyses the documents the client enables; numbers first, then
// again with word segmentation once nodejieba has loaded.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSync } from '../core/analyze';
import { IncrementalAnalyzer } from '../core/incremental';
import { loadSegmenter, type Segmenter } from '../core/segmenter';
import { readReport } from '../core/report-file';
import { describeChange, describeValue } from '../core/describe';
import type { AnalysisResult, Metric } from '../core/types';
import {
  ANALYSIS_NOTIFICATION,
  ANALYZE_FILE_REQUEST,
  ANALYZE_NOW_REQUEST,
  SET_ENABLED_NOTIFICATION,
  type AnalysisNotification,
  type AnalyzeFileParams,
  type AnalyzeFileResult,
  type ServerSettings,
  type SetEnabledParams,
} from '../shared/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let settings: ServerSettings = { maxFileSize: 5_000_000, debounceMs: 150 };
let segmenter: Segmenter | null = null;
let segmenterTried = false;
const enabled = new Set<string>();
/** Documents the user asked to analyse despite their size. */
const forced = new Set<string>();
const results = new Map<string, { version: number; result: AnalysisResult }>();
/** Per document: paragraph blocks cached by text, so an edit re-analyses only what it touched. */
const analyzers = new Map<string, IncrementalAnalyzer>();
const timers = new Map<string, NodeJS.Timeout>();

type Slim = AnalysisNotification['result'];
const slim = (r: AnalysisResult): NonNullable<Slim> => ({ metrics: r.metrics, claims: r.claims, headings: r.headings, lang: r.lang, segmented: r.segmented });

function analyseNow(doc: TextDocument): void {
  const uri = doc.uri;
  const text = doc.getText();
  if (text.length > settings.maxFileSize && !forced.has(uri)) {
    results.delete(uri);
    const note: AnalysisNotification = { uri, version: doc.version, result: null, tooLarge: true, size: text.length, elapsedMs: 0 };
    void connection.sendNotification(ANALYSIS_NOTIFICATION, note);
    return;
  }
  const t0 = performance.now();
  let analyzer = analyzers.get(uri);
  if (!analyzer) analyzers.set(uri, (analyzer = new IncrementalAnalyzer()));
  const result = analyzer.analyze(text, { segmenter });
  results.set(uri, { version: doc.version, result });
  const note: AnalysisNotification = { uri, version: doc.version, result: slim(result), tooLarge: false, size: text.length, elapsedMs: performance.now() - t0 };
  void connection.sendNotification(ANALYSIS_NOTIFICATION, note);
  if (!segmenterTried) scheduleSegmenterLoad();
}

/** Loads nodejieba after the first (numbers-only) results are out, then refines every open document. */
function scheduleSegmenterLoad(): void {
  segmenterTried = true;
  setTimeout(() => {
    segmenter = loadSegmenter((m) => connection.console.warn(m));
    if (!segmenter) return;
    for (const uri of enabled) {
      const doc = documents.get(uri);
      if (doc) analyseNow(doc);
    }
  }, 0);
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
  const init = params.initializationOptions as Partial<ServerSettings> | undefined;
  settings = { ...settings, ...init };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
    },
    serverInfo: { name: 'policy-lens-server' },
  };
});

connection.onDidChangeConfiguration((change) => {
  const s = (change.settings as { policyLens?: Partial<ServerSettings> } | undefined)?.policyLens;
  if (s) settings = { ...settings, ...s };
  for (const uri of enabled) {
    const doc = documents.get(uri);
    if (doc) schedule(doc, 0);
  }
});

connection.onNotification(SET_ENABLED_NOTIFICATION, (params: SetEnabledParams) => {
  const next = new Set(params.uris);
  for (const uri of enabled) if (!next.has(uri)) results.delete(uri);
  enabled.clear();
  for (const uri of next) {
    enabled.add(uri);
    const doc = documents.get(uri);
    if (doc && !results.has(uri)) schedule(doc, 0);
  }
});

connection.onRequest(ANALYZE_NOW_REQUEST, (params: { uri: string }) => {
  forced.add(params.uri);
  enabled.add(params.uri);
  const doc = documents.get(params.uri);
  if (doc) analyseNow(doc);
  return true;
});

connection.onRequest(ANALYZE_FILE_REQUEST, async (params: AnalyzeFileParams): Promise<AnalyzeFileResult> => {
  try {
    const file = await readReport(params.path, { maxBytes: settings.maxFileSize * 3 });
    return { path: params.path, error: null, result: slim(analyzeSync(file.text, { segmenter })) };
  } catch (err) {
    return { path: params.path, error: (err as Error).message, result: null };
  }
});

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document, settings.debounceMs));
documents.onDidClose((e) => {
  results.delete(e.document.uri);
  analyzers.delete(e.document.uri);
  forced.delete(e.document.uri);
});

function metricAt(uri: string, offset: number): { metric: Metric; result: AnalysisResult } | null {
  const entry = results.get(uri);
  if (!entry) return null;
  const metric = entry.result.metrics.find((m) => m.range.start <= offset && offset < m.range.end);
  return metric ? { metric, result: entry.result } : null;
}

connection.onHover((params): Hover | null => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const found = metricAt(doc.uri, doc.offsetAt(params.position));
  if (!found) return null;
  const { metric: m, result } = found;
  const claim = result.claims.find((c) => c.metricIds.includes(m.id));
  const rows = [
    `**${m.text.replace(/\s+/g, ' ')}** → ${describeValue(m)}`,
    '',
    `| | |`,
    `|---|---|`,
    `| value | ${m.value} |`,
    `| unit | ${m.unit || '—'} (${m.kind}) |`,
    `| approx | ${m.approx ?? '—'} |`,
    `| change | ${describeChange(m) || '—'} |`,
    `| subject | ${m.subject ?? '—'} |`,
  ];
  if (claim) rows.push('', `Claim (${claim.types.join(', ')}), check-worthiness ${claim.score.toFixed(2)}`);
  return {
    contents: { kind: 'markdown', value: rows.join('\n') },
    range: { start: doc.positionAt(m.range.start), end: doc.positionAt(m.range.end) },
  };
});

documents.listen(connection);
connection.listen();
