// The editor side of `npm run bench`: the language server (dist/server.js) driven over
// stdio exactly as VS Code drives it. Measures, in one run: time from a one-character edit
// to the updated analysis on a ~1 MB report (the decorations follow from it), the first
// analysis of that report, and the server's peak RSS on a ~10 MB report.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'dist', 'server.js');
if (!existsSync(server)) {
  console.error('bench-extension: dist/server.js is missing; run `npm run build`');
  process.exit(2);
}
const sample = readFileSync(join(root, 'samples', 'zh-annual-review.txt'), 'utf8');
const build = (bytes) => {
  let t = '';
  while (Buffer.byteLength(t) < bytes) t += sample + '\n\n';
  return t;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function withServer(fn) {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const waiters = [];
  conn.onNotification('policyLens/analysis', (n) => {
    for (const w of [...waiters])
      if (w.accept(n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(n);
      }
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
  try {
    return await fn({ conn, next, rss });
  } finally {
    conn.dispose();
    child.kill('SIGKILL');
  }
}

const uri = 'file:///bench/report.report.txt';
const oneMb = build(1024 * 1024);
const edit = await withServer(async ({ conn, next }) => {
  const t0 = performance.now();
  let p = next((n) => n.uri === uri && n.result?.segmented);
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'policy-report', version: 1, text: oneMb },
  });
  await conn.sendNotification('policyLens/setEnabled', { uris: [uri] });
  const first = await p;
  const firstMs = performance.now() - t0;
  const lat = [];
  let version = 1;
  const line = oneMb.slice(0, oneMb.length / 2).split('\n').length - 1;
  for (let i = 0; i < 15; i++) {
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
  }
  return { firstMs, metrics: first.result.metrics.length, latencies: lat };
});

const tenMb = build(10 * 1024 * 1024);
const big = await withServer(async ({ conn, next, rss }) => {
  const p = next((n) => n.uri === uri && n.result?.segmented);
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'policy-report', version: 1, text: tenMb },
  });
  await conn.sendNotification('policyLens/setEnabled', { uris: [uri] });
  const n = await p;
  return { rssMB: rss(), metrics: n.result.metrics.length };
});

const rows = [
  [
    'edit → updated analysis (1 MB)',
    `${median(edit.latencies).toFixed(1)} ms median of ${edit.latencies.length} one-character edits (max ${Math.max(...edit.latencies).toFixed(1)} ms)`,
  ],
  ['first analysis (1 MB, cold)', `${edit.firstMs.toFixed(0)} ms incl. nodejieba load, ${edit.metrics} metrics`],
  ['server peak RSS (10 MB report)', `${big.rssMB.toFixed(0)} MB, ${big.metrics} metrics`],
];
const w = Math.max(...rows.map((r) => r[0].length));
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
console.log(
  JSON.stringify({
    editToAnalysisMsMedian: +median(edit.latencies).toFixed(1),
    firstAnalysis1MBMs: +edit.firstMs.toFixed(0),
    serverPeakRss10MBMB: +big.rssMB.toFixed(0),
  }),
);
// the language servers' pipes would keep this process alive
process.exit(0);
