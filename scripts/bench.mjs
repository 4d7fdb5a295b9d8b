// npm run bench: the engine's throughput beside nodejieba's own `tag` on the same ~5 MB
// Chinese text in the same run (reported as a ratio: machines here are shared and noisy),
// time to first result, and peak RSS. A benchmark, not a test: it asserts nothing.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const enginePath = join(root, 'dist', 'engine.js');
if (!existsSync(enginePath)) {
  console.error('bench: dist/engine.js is missing; run `npm run build` first');
  process.exit(2);
}
const engine = require(enginePath);
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 5 * 1024 * 1024);
// BENCH_BASELINE_ENGINE=path/to/old/engine.js: also times that build's analysis in the same runs (an A/B).
const baselinePath = process.env.BENCH_BASELINE_ENGINE;
const baseline = baselinePath ? require(resolve(process.cwd(), baselinePath)) : null;
const REPS = Number(process.env.BENCH_REPS ?? 3);

// Material: the bundled Chinese sample, plus the shared seed corpus when it is beside the project.
const pieces = [readFileSync(join(root, 'samples', 'zh-annual-review.txt'), 'utf8')];
const corpus = join(process.env.POLICY_LENS_SHARED ?? join(root, '..', 'shared'), 'corpus');
if (existsSync(corpus)) for (const f of readdirSync(corpus).sort()) pieces.push(readFileSync(join(corpus, f), 'utf8'));
const unit = pieces.join('\n\n');
let text = '';
while (Buffer.byteLength(text) < TARGET_BYTES) text += unit + '\n\n';
const mb = Buffer.byteLength(text) / 1024 / 1024;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// Cold start in a fresh process: first metrics of the first 64 KB (numbers first, no segmenter),
// and the segmenter's own load.
const first64kFile = join(mkdtempSync(join(tmpdir(), 'policy-lens-bench-')), 'first64k.txt');
writeFileSync(first64kFile, text.slice(0, 64 * 1024));
const cold = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '-e',
      `
    const t0 = process.hrtime.bigint();
    const e = require(${JSON.stringify(enginePath)});
    const r = e.analyzeSync(require('fs').readFileSync(${JSON.stringify(first64kFile)}, 'utf8'), { segmenter: null });
    const first = Number(process.hrtime.bigint() - t0) / 1e6;
    const t1 = process.hrtime.bigint();
    const seg = e.loadSegmenter();
    const load = Number(process.hrtime.bigint() - t1) / 1e6;
    console.log(JSON.stringify({ firstResultMs: first, metrics: r.metrics.length, segmenterLoadMs: load, segmenter: !!seg }));
  `,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  ),
);

const jieba = require('nodejieba');
const segmenter = engine.loadSegmenter((m) => console.error(m));
if (!segmenter) {
  console.error('bench: nodejieba is not available; cannot compare');
  process.exit(1);
}
jieba.tag('预热'); // loaded by loadSegmenter with verified dictionaries

const jiebaTimes = [];
const fullTimes = [];
const fastTimes = [];
const baselineTimes = [];
let result;
const runFull = () =>
  fullTimes.push(
    time(() => {
      result = engine.analyzeSync(text, { segmenter });
    }),
  );
// The baseline tags with its own segmenter wrapper (how it calls nodejieba is part of what is compared); both
// wrappers share the one native nodejieba, loaded with the same dictionaries.
const baselineSegmenter = baseline ? (baseline.loadSegmenter?.((m) => console.error(m)) ?? segmenter) : null;
const runBaseline = () =>
  baseline && baselineTimes.push(time(() => baseline.analyzeSync(text, { segmenter: baselineSegmenter })));
for (let i = 0; i < REPS; i++) {
  jiebaTimes.push(time(() => jieba.tag(text)));
  // This build and the baseline take turns going first, one right after the other: a run that always
  // came last (after the numbers-first run) was slower with the same bundle on both sides.
  if (i % 2) {
    runBaseline();
    runFull();
  } else {
    runFull();
    runBaseline();
  }
  fastTimes.push(time(() => engine.analyzeSync(text, { segmenter: null })));
}
const baselineMBs = baseline ? mb / median(baselineTimes) : null;
const jiebaMBs = mb / median(jiebaTimes);
const fullMBs = mb / median(fullTimes);
const fastMBs = mb / median(fastTimes);
const rssMB = process.resourceUsage().maxRSS / 1024;

const rows = [
  ['text', `${mb.toFixed(2)} MB (${pieces.length} reports repeated), ${REPS} runs, medians`],
  ['nodejieba tag', `${jiebaMBs.toFixed(2)} MB/s`],
  ['engine (segmenter on)', `${fullMBs.toFixed(2)} MB/s  → ${(fullMBs / jiebaMBs).toFixed(2)}× nodejieba tag`],
  ['engine (numbers first)', `${fastMBs.toFixed(2)} MB/s  → ${(fastMBs / jiebaMBs).toFixed(2)}× nodejieba tag`],
  ...(baseline
    ? [
        [
          'baseline (segmenter on)',
          `${baselineMBs.toFixed(2)} MB/s  → ${(baselineMBs / jiebaMBs).toFixed(2)}× nodejieba tag; this build ${(fullMBs / baselineMBs).toFixed(2)}× it`,
        ],
      ]
    : []),
  ['found', `${result.metrics.length} metrics, ${result.claims.length} claims`],
  ['first result (cold, 64 KB)', `${cold.firstResultMs.toFixed(0)} ms for ${cold.metrics} metrics, numbers first`],
  ['segmenter load (cold)', `${cold.segmenterLoadMs.toFixed(0)} ms`],
  ['peak RSS', `${rssMB.toFixed(0)} MB`],
];
const w = Math.max(...rows.map((r) => r[0].length));
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);

const extension = join(root, 'scripts', 'bench-extension.mjs');
if (existsSync(extension)) execFileSync(process.execPath, [extension], { stdio: 'inherit' });

console.log(
  JSON.stringify({
    textMB: +mb.toFixed(2),
    jiebaTagMBs: +jiebaMBs.toFixed(3),
    engineMBs: +fullMBs.toFixed(3),
    engineNumbersFirstMBs: +fastMBs.toFixed(3),
    ratioEngineToJiebaTag: +(fullMBs / jiebaMBs).toFixed(3),
    ...(baseline
      ? { baselineEngineMBs: +baselineMBs.toFixed(3), ratioEngineToBaseline: +(fullMBs / baselineMBs).toFixed(3) }
      : {}),
    firstResultMs: +cold.firstResultMs.toFixed(1),
    segmenterLoadMs: +cold.segmenterLoadMs.toFixed(1),
    peakRssMB: +rssMB.toFixed(0),
  }),
);
