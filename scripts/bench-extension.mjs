// The editor side of `npm run bench`: the language server (dist/server.js) driven over
// stdio exactly as VS Code drives it, the client's state kept as the extension keeps it
// (whole analyses and deltas applied with the client's own code). Measures, in one run:
// on a ~1 MB report, the first (numbers-first) result after opening, the result with word
// segmentation, and the time from a one-character edit to the updated result at the client,
// with what the server sent per edit; on a ~10 MB report, the server's peak RSS.
// BENCH_BASELINE_SERVER=path/to/server.js runs the edit measurement on that build too, in the
// same run, and reports the ratio (machines here are shared and noisy). BENCH_SERVER_ARGS: Node
// options for the server process, by default those the extension starts it with
// (SERVER_EXEC_ARGV in src/extension/client.ts); BENCH_BASELINE_SERVER_ARGS the same for the
// baseline (none by default, as builds before them); BENCH_PARTS=rss or edit runs one part.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'dist', 'server.js');
const assembleModule = join(root, 'dist', 'assemble.js');
for (const f of [server, assembleModule])
  if (!existsSync(f)) {
    console.error(`bench-extension: ${f} is missing; run \`npm run build\``);
    process.exit(2);
  }
const { AnalysisAssembler } = require(assembleModule);
const baseline = process.env.BENCH_BASELINE_SERVER ? resolve(process.env.BENCH_BASELINE_SERVER) : null;
const EDITS = Number(process.env.BENCH_EDITS ?? 21);
const argsOf = (v) => v.split(' ').filter(Boolean);
/** SERVER_EXEC_ARGV, read from the client's source so the bench cannot drift from it. */
const extensionArgs = () => {
  const m = /SERVER_EXEC_ARGV = \[([^\]]*)\]/.exec(readFileSync(join(root, 'src', 'extension', 'client.ts'), 'utf8'));
  if (!m) throw new Error('bench-extension: SERVER_EXEC_ARGV not found in src/extension/client.ts');
  return [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]).join(' ');
};
const serverArgs = argsOf(process.env.BENCH_SERVER_ARGS ?? extensionArgs());
const baselineArgs = argsOf(process.env.BENCH_BASELINE_SERVER_ARGS ?? '');
const parts = new Set((process.env.BENCH_PARTS ?? 'edit,rss').split(','));

const sample = readFileSync(join(root, 'samples', 'zh-annual-review.txt'), 'utf8');
const build = (bytes) => {
  let t = '';
  while (Buffer.byteLength(t) < bytes) t += sample + '\n\n';
  return t;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function withServer(serverPath, fn) {
  const args = serverPath === server ? serverArgs : baselineArgs;
  const child = spawn(process.execPath, [...args, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  /** What the client holds per document, as src/extension/state.ts holds it (steps assembled aside). */
  const held = new Map();
  const assembler = new AnalysisAssembler();
  const waiters = [];
  let receivedChars = 0;
  const arrived = (state) => {
    held.set(state.uri, state);
    for (const w of [...waiters])
      if (w.accept(state)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(state);
      }
  };
  const take = (uri, arrival) => {
    if (arrival.kind === 'lost') throw new Error('a delta against a version the bench does not hold');
    if (arrival.kind === 'held') arrived({ uri, ...arrival.held });
  };
  conn.onNotification('policyLens/analysis', (n) => {
    receivedChars += JSON.stringify(n).length;
    take(n.uri, assembler.full(n));
  });
  conn.onNotification('policyLens/analysisDelta', (n) => {
    receivedChars += JSON.stringify(n).length;
    take(n.uri, assembler.delta(held.get(n.uri), n));
  });
  for (const method of ['policyLens/review', 'textDocument/publishDiagnostics'])
    conn.onNotification(method, (n) => {
      receivedChars += JSON.stringify(n).length;
    });
  conn.onNotification('window/logMessage', () => {});
  // The server pulls its settings per document, as from VS Code: answer with the bench's own.
  const benchSettings = { maxFileSize: 50_000_000, debounceMs: 0 };
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => benchSettings));
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
  });
  await conn.sendNotification('initialized', {});
  const next = (accept) => new Promise((resolve) => waiters.push({ accept, resolve }));
  const rss = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  };
  const takeReceived = () => {
    const n = receivedChars;
    receivedChars = 0;
    return n;
  };
  try {
    return await fn({ conn, next, rss, takeReceived });
  } finally {
    conn.dispose();
    child.kill('SIGKILL');
  }
}

const uri = 'file:///bench/report.report.txt';
const oneMb = build(1024 * 1024);

async function editRun(serverPath) {
  return withServer(serverPath, async ({ conn, next, takeReceived }) => {
    const t0 = performance.now();
    const firstLook = next((n) => n.uri === uri && !!n.result);
    const whole = next((n) => n.uri === uri && !!n.result && !n.partial);
    let p = next((n) => n.uri === uri && n.result?.segmented && !n.partial);
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'policy-report', version: 1, text: oneMb },
    });
    // the editor shows the middle of the report (a restored scroll position)
    const visible = { start: Math.floor(oneMb.length / 2), end: Math.floor(oneMb.length / 2) + 3000 };
    await conn.sendNotification('policyLens/setEnabled', { uris: [uri], visible: { [uri]: visible } });
    const look = await firstLook;
    const firstLookMs = performance.now() - t0;
    const covers = look.result.metrics.some((m) => m.range.start >= visible.start && m.range.start < visible.end);
    await whole;
    const numbersFirstMs = performance.now() - t0;
    const first = await p;
    const segmentedMs = performance.now() - t0;
    // let the review notification and diagnostics of the first analysis go out first
    await new Promise((r) => setTimeout(r, 500));
    takeReceived();
    const lat = [];
    const sent = [];
    let version = 1;
    const line = oneMb.slice(0, oneMb.length / 2).split('\n').length - 1;
    for (let i = 0; i < EDITS; i++) {
      version++;
      p = next((n) => n.uri === uri && n.version === version);
      const t = performance.now();
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          { range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: i % 2 ? '' : '1' },
        ],
      });
      const n = await p;
      lat.push(performance.now() - t);
      if (!n.result) throw new Error('no result after edit');
      // what the server sent for the previous edit (analysis, review, diagnostics) has all arrived by now
      if (i > 0) sent.push(takeReceived());
    }
    // tags and diagnostics, which follow once edits pause
    await new Promise((r) => setTimeout(r, 1000));
    const settled = takeReceived();
    return {
      settled,
      firstLookMs,
      covers,
      partial: look.partial,
      numbersFirstMs,
      segmentedMs,
      metrics: first.result.metrics.length,
      latencies: lat,
      sent,
    };
  });
}

const edit = parts.has('edit') ? await editRun(server) : null;
const before = baseline && edit ? await editRun(baseline) : null;

const tenMb = build(10 * 1024 * 1024);
const rssRun = (serverPath) =>
  withServer(serverPath, async ({ conn, next, rss }) => {
    const p = next((n) => n.uri === uri && n.result?.segmented && !n.partial);
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'policy-report', version: 1, text: tenMb },
    });
    await conn.sendNotification('policyLens/setEnabled', { uris: [uri] });
    const n = await p;
    // the review notification and diagnostics follow the analysis
    await new Promise((r) => setTimeout(r, 1000));
    return { rssMB: rss(), metrics: n.result.metrics.length };
  });
const big = parts.has('rss') ? await rssRun(server) : null;
const bigBefore = baseline && big ? await rssRun(baseline) : null;

const kb = (chars) => `${(chars / 1024).toFixed(1)} K chars`;
const editRow = (r) =>
  `${median(r.latencies).toFixed(1)} ms median of ${r.latencies.length} one-character edits (max ${Math.max(...r.latencies).toFixed(1)} ms); sent per edit ${kb(median(r.sent))} median, then ${kb(r.settled)} once edits paused`;
const rows = [
  ['server Node options', `${serverArgs.join(' ') || '(none)'}; baseline: ${baselineArgs.join(' ') || '(none)'}`],
];
const json = { serverArgs, ...(baseline ? { baselineArgs } : {}) };
if (edit) {
  rows.push(['edit → updated result at client (1 MB)', editRow(edit)]);
  if (before)
    rows.push(
      ['  same, baseline server', editRow(before)],
      ['  ratio this / baseline', `${(median(edit.latencies) / median(before.latencies)).toFixed(3)}`],
    );
  rows.push([
    'first highlights after opening (1 MB)',
    `${edit.firstLookMs.toFixed(0)} ms, ${edit.partial ? 'the blocks around the visible range' : 'the whole report'}${edit.covers ? ', visible range covered' : ', visible range NOT covered'}`,
  ]);
  if (before) rows.push(['  same, baseline server', `${before.firstLookMs.toFixed(0)} ms`]);
  rows.push(
    ['whole numbers-first result (1 MB)', `${edit.numbersFirstMs.toFixed(0)} ms`],
    [
      'first segmented result (1 MB)',
      `${edit.segmentedMs.toFixed(0)} ms incl. nodejieba load, ${edit.metrics} metrics`,
    ],
  );
  Object.assign(json, {
    editToResultMsMedian: +median(edit.latencies).toFixed(1),
    editSentCharsMedian: median(edit.sent),
    editSettledChars: edit.settled,
    ...(before
      ? {
          baselineEditToResultMsMedian: +median(before.latencies).toFixed(1),
          baselineEditSentCharsMedian: median(before.sent),
          baselineEditSettledChars: before.settled,
          baselineFirstHighlights1MBMs: +before.firstLookMs.toFixed(0),
        }
      : {}),
    firstHighlights1MBMs: +edit.firstLookMs.toFixed(0),
    wholeNumbersFirst1MBMs: +edit.numbersFirstMs.toFixed(0),
    firstSegmented1MBMs: +edit.segmentedMs.toFixed(0),
  });
}
if (big) {
  rows.push(['server peak RSS (10 MB report)', `${big.rssMB.toFixed(0)} MB, ${big.metrics} metrics`]);
  if (bigBefore) rows.push(['  same, baseline server', `${bigBefore.rssMB.toFixed(0)} MB`]);
  json.serverPeakRss10MBMB = +big.rssMB.toFixed(0);
  if (bigBefore) json.baselineServerPeakRss10MBMB = +bigBefore.rssMB.toFixed(0);
}
const w = Math.max(...rows.map((r) => r[0].length));
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
console.log(JSON.stringify(json));
// the language servers' pipes would keep this process alive
process.exit(0);
