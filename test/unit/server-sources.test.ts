// Linked sources through the real language server (dist/server.js over stdio, as VS Code drives it) with
// real files: link a source to a report, see a match as information and a difference as a warning, the
// hover and the Quick Fixes, accept one (the tag request the client sends), change the source on disk
// (the watcher re-reads it), unlink it; bad sources are refused with a clear error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { analyzeSync } from '../../src/core/analyze';
import { matchReport } from '../../src/core/sources/match';
import { readSource } from '../../src/core/sources/read';
import { loadSegmenter } from '../../src/core/text/segmenter';
import type { LinkedSourceView, ReviewNotification, TagParams } from '../../src/shared/protocol';
import { HAS_SHARED, ROOT, SHARED } from '../support/paths';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'checks', 'changsha-bulletin-2025.html');
// the revenue and its growth as the bulletin gives them; the expenditure mistyped (the bulletin: 1625.77亿元)
const REPORT = '2025年全市完成地方一般公共预算收入1296.87亿元，增长2.56%。\n\n全市完成一般公共预算支出1652.77亿元。\n';

interface SidecarOnDisk {
  sources?: Array<{ file: string; linked?: string; author?: string }>;
  annotations: Array<{
    claimId: string | null;
    status: string;
    note: string;
    sources: Array<Record<string, unknown>>;
    anchor: { quote: { exact: string } };
  }>;
}

async function withServer(fn: (s: Session) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const session = new Session(conn);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) =>
    p.items.map(() => ({ debounceMs: 0, author: 'tester' })),
  );
  conn.onRequest('workspace/codeLens/refresh', () => null);
  conn.onNotification('window/showErrorMessage', () => undefined);
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
    });
    await conn.sendNotification('initialized', {});
    await fn(session);
  } finally {
    conn.dispose();
    child.kill('SIGKILL');
  }
}

class Session {
  diagnostics: Diagnostic[] = [];
  review: ReviewNotification | null = null;
  /** Whether the latest analysis used nodejieba (as the server loads it after the first result). */
  segmented = false;
  /** The claims of the first whole analysis (ids are stable across refinements). */
  claims: Array<{ id: string; text: string }> = [];
  private readonly waiters: Array<() => void> = [];

  constructor(readonly conn: rpc.MessageConnection) {
    for (const method of ['policyLens/analysis', 'policyLens/analysisDelta'])
      conn.onNotification(
        method,
        (n: {
          result?: { segmented?: boolean; claims?: Array<{ id: string; text: string }> };
          delta?: { segmented?: boolean };
        }) => {
          this.segmented = !!(n.result?.segmented ?? n.delta?.segmented);
          if (!this.claims.length && n.result?.claims) this.claims = n.result.claims;
          this.wake();
        },
      );
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics = p.diagnostics;
      this.wake();
    });
    conn.onNotification('policyLens/review', (n: ReviewNotification) => {
      this.review = n;
      this.wake();
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves once `check` holds (re-checked on every notification), or fails after `ms`. */
  async until(what: string, check: () => boolean, ms = 20000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

const coded = (s: Session, code: string) => s.diagnostics.filter((d) => d.code === code);
const readSidecar = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as SidecarOnDisk;

function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-linked-'));
  fs.mkdirSync(path.join(dir, 'data'));
  const report = path.join(dir, 'budget.report.txt');
  const source = path.join(dir, 'data', 'bulletin.html');
  fs.writeFileSync(report, REPORT);
  fs.copyFileSync(FIXTURE, source);
  return { dir, report, source, uri: pathToFileURL(report).href, sidecar: report + '.annotations.json' };
}

async function openReport(s: Session, uri: string, text = REPORT): Promise<void> {
  await s.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'policy-report', version: 1, text },
  });
  await s.conn.sendNotification('policyLens/setEnabled', { uris: [uri] });
  await s.until('the review', () => s.review?.uri === uri);
}

const position = (offset: number) => {
  const before = REPORT.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};

test('a linked source: match as information, difference as warning, hover, accept writes exactly that claim', async () => {
  const ws = workspace();
  await withServer(async (s) => {
    await openReport(s, ws.uri);
    const linked = await s.conn.sendRequest<LinkedSourceView[]>('policyLens/linkSource', {
      uri: ws.uri,
      path: ws.source,
    });
    assert.deepEqual(
      linked.map((l) => [l.file, l.scope]),
      [['data/bulletin.html', 'report']],
    );
    const onDisk = readSidecar(ws.sidecar);
    assert.equal(onDisk.sources?.[0].file, 'data/bulletin.html', 'the link is in the sidecar, relative to the report');
    assert.equal(onDisk.sources?.[0].author, 'tester');
    assert.deepEqual(onDisk.annotations, [], 'linking tags nothing');

    await s.until('source diagnostics', () => coded(s, 'source.differs').length > 0);
    const matches = coded(s, 'source.matches');
    const differs = coded(s, 'source.differs');
    assert.deepEqual(
      matches.map((d) => REPORT.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)),
      ['1296.87亿元', '2.56%'],
    );
    assert.ok(matches.every((d) => d.severity === 3 && /matches data\/bulletin\.html at line 4/u.test(d.message)));
    assert.equal(differs.length, 1);
    assert.equal(differs[0].severity, 2);
    assert.match(differs[0].message, /the source says 1625\.77亿元 at line 4; the report says 1652\.77亿元/u);
    assert.equal(differs[0].relatedInformation?.[0].location.uri, pathToFileURL(ws.source).href);
    assert.equal(differs[0].relatedInformation?.[0].location.range.start.line, 3);
    const listed = s.review?.sources?.[0];
    assert.deepEqual([listed?.matches, listed?.differs, listed?.pending], [2, 1, false], 'the Claims view counts');

    const revenueAt = REPORT.indexOf('1296.87');
    const hover = await s.conn.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: ws.uri },
      position: position(revenueAt + 2),
    });
    const hoverText =
      hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(hoverText, /Matches data\/bulletin\\?\.html/u);
    assert.match(hoverText, /line 4/u);
    assert.match(hoverText, /全年地方一般公共预算收入1296\\?\.87亿元/u, 'the source quote');

    const spendAt = REPORT.indexOf('1652.77');
    const disputeActions = await s.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: { start: position(spendAt), end: position(spendAt) },
      context: { diagnostics: [] },
    });
    assert.ok(disputeActions.some((a) => a.title === 'Mark disputed: source says 1625.77亿元'));

    const actions = await s.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: { start: position(revenueAt), end: position(revenueAt) },
      context: { diagnostics: [] },
    });
    const accept = actions.find((a) => a.title === 'Accept: verified against data/bulletin.html');
    assert.ok(accept?.command, `an Accept action among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(accept.command.command, 'policyLens.tagClaim');
    // what the client's policyLens.tagClaim sends for it (the status is given: no prompt)
    const params = accept.command.arguments?.[0] as TagParams;
    await s.conn.sendRequest('policyLens/tag', params);
    const tagged = readSidecar(ws.sidecar);
    assert.equal(tagged.annotations.length, 1, 'exactly one claim tagged');
    const [a] = tagged.annotations;
    assert.equal(a.status, 'verified');
    assert.equal(a.claimId, params.claimId);
    assert.match(a.anchor.quote.exact, /1296\.87亿元/u);
    assert.doesNotMatch(a.anchor.quote.exact, /1652\.77/u, 'not the other claim');
    assert.deepEqual(a.sources, [
      {
        citation: 'data/bulletin.html',
        quote: '全年地方一般公共预算收入1296.87亿元，比上年增长2.6%。',
        file: 'data/bulletin.html',
        line: 4,
      },
    ]);
    assert.equal(tagged.sources?.length, 1, 'the report link is kept');
    const again = await s.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: { start: position(revenueAt), end: position(revenueAt) },
      context: { diagnostics: [] },
    });
    assert.ok(!again.some((x) => x.title.startsWith('Accept:')), 'accepted once: not offered again');
  });
});

test('the source changed on disk is read again; unlinking removes its findings and keeps the tags', async () => {
  const ws = workspace();
  await withServer(async (s) => {
    await openReport(s, ws.uri);
    await s.conn.sendRequest('policyLens/linkSource', { uri: ws.uri, path: ws.source });
    await s.until('the difference', () => coded(s, 'source.differs').length === 1);
    // the bulletin corrected to the report's figure: the warning turns into a match
    fs.writeFileSync(ws.source, fs.readFileSync(ws.source, 'utf8').replace('1625.77', '1652.77'));
    await s.until('the re-read source', () => coded(s, 'source.differs').length === 0);
    assert.ok(coded(s, 'source.matches').some((d) => d.range.start.line === 2));
    await s.conn.sendRequest('policyLens/tag', { uri: ws.uri, offset: REPORT.indexOf('1652.77'), status: 'verified' });
    const unlinked = await s.conn.sendRequest<LinkedSourceView[]>('policyLens/linkSource', {
      uri: ws.uri,
      path: ws.source,
      unlink: true,
    });
    assert.deepEqual(unlinked, []);
    await s.until('no source findings', () => !s.diagnostics.some((d) => String(d.code).startsWith('source.')));
    const onDisk = readSidecar(ws.sidecar);
    assert.deepEqual(onDisk.sources, []);
    assert.equal(onDisk.annotations.length, 1, 'the tag stays');
  });
});

test('a source linked to one claim: only that claim’s figures are looked up, its tag names the file', async () => {
  const ws = workspace();
  await withServer(async (s) => {
    await openReport(s, ws.uri);
    const spending = s.claims.find((c) => c.text.includes('1652.77'));
    assert.ok(spending, 'the expenditure claim');
    const linked = await s.conn.sendRequest<LinkedSourceView[]>('policyLens/linkSource', {
      uri: ws.uri,
      path: ws.source,
      claimId: spending.id,
    });
    assert.equal(linked.length, 1);
    assert.notEqual(linked[0].scope, 'report');
    await s.until('the difference', () => coded(s, 'source.differs').length === 1);
    await s.until('the look-up settled', () => s.review?.sources?.[0]?.pending === false);
    assert.deepEqual(coded(s, 'source.matches'), [], 'the revenue claim is not looked up');
    const onDisk = readSidecar(ws.sidecar);
    assert.equal(onDisk.sources, undefined, 'no report-wide link');
    assert.equal(onDisk.annotations.length, 1);
    assert.equal(onDisk.annotations[0].claimId, spending.id);
    assert.equal(onDisk.annotations[0].status, 'unverified', 'linking sets no status');
    assert.deepEqual(onDisk.annotations[0].sources, [{ citation: 'data/bulletin.html', file: 'data/bulletin.html' }]);
  });
});

test('a source that cannot be read is refused with a clear error, and nothing is written', async () => {
  const ws = workspace();
  // a format no reader handles (PDF and .xlsx are read since the source formats grew)
  const xls = path.join(ws.dir, 'data', 'bulletin.xls');
  fs.writeFileSync(xls, 'not a workbook');
  await withServer(async (s) => {
    await openReport(s, ws.uri);
    await assert.rejects(
      s.conn.sendRequest('policyLens/linkSource', { uri: ws.uri, path: xls }),
      /old Excel workbooks \(\.xls\) are not read/u,
    );
    await assert.rejects(
      s.conn.sendRequest('policyLens/linkSource', { uri: ws.uri, path: path.join(ws.dir, 'data', 'gone.csv') }),
      /no such source file/u,
    );
    await assert.rejects(
      s.conn.sendRequest('policyLens/linkSource', { uri: ws.uri, path: ws.report }),
      /cannot be its own source/u,
    );
    assert.ok(!fs.existsSync(ws.sidecar), 'no sidecar written');
  });
});

/** What the core matcher finds for the whole text at once: the counts the editor must show. */
async function expectedCounts(text: string, source: string) {
  const segmenter = loadSegmenter();
  const results = matchReport(text, analyzeSync(text, { segmenter }).metrics, await readSource(source, segmenter));
  return {
    matches: results.filter((r) => r.outcome === 'matches').length,
    differs: results.filter((r) => r.outcome === 'differs').length,
    notInSource: results.filter((r) => r.outcome === 'not-in-source').length,
  };
}

test(
  'on a long report, the editor’s cached look-ups give what the core matcher gives for the whole text, before and after an edit',
  { skip: !HAS_SHARED && 'the shared corpus is not here' },
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-linked-'));
    const report = path.join(dir, 'work.report.txt');
    const source = path.join(dir, 'communique.txt');
    // a provincial work report and a city communiqué: many figures, few of them shared
    let text = fs.readFileSync(path.join(SHARED, 'corpus-dev', '01_zhejiang-gov-work-report-2026.txt'), 'utf8');
    fs.writeFileSync(report, text);
    fs.copyFileSync(path.join(SHARED, 'corpus-dev', '05_fuzhou-stat-communique-2025.txt'), source);
    const uri = pathToFileURL(report).href;
    await withServer(async (s) => {
      await openReport(s, uri, text);
      await s.until('the segmented analysis', () => s.segmented);
      await s.conn.sendRequest('policyLens/linkSource', { uri, path: source });
      const counts = () => {
        const v = s.review?.sources?.[0];
        return v && !v.pending ? { matches: v.matches, differs: v.differs, notInSource: v.notInSource } : null;
      };
      let expected = await expectedCounts(text, source);
      assert.ok(expected.matches + expected.differs + expected.notInSource > 100, 'a long report');
      await s.until(`counts ${JSON.stringify(expected)}`, () => JSON.stringify(counts()) === JSON.stringify(expected));
      // an edit in the middle: 金融业增加值增长7.9% becomes 4.9% (the communiqué's figure for that name)
      const at = text.indexOf('金融业增加值增长7.9%') + '金融业增加值增长'.length;
      assert.ok(at > 0);
      text = text.slice(0, at) + '4.9%' + text.slice(at + 4);
      await s.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text }],
      });
      const before = expected;
      expected = await expectedCounts(text, source);
      assert.notDeepEqual(expected, before, 'the edit changes what is found');
      await s.until(
        `counts after the edit ${JSON.stringify(expected)}`,
        () => JSON.stringify(counts()) === JSON.stringify(expected),
        30000,
      );
    });
  },
);
