#!/usr/bin/env node
// Scores the engine on blind gold sets, pooled by script: each set is a folder with `txt/` (the texts) and `gold/`
// (their gold, the format of ../shared/eval/gold). Used for the held-out rounds of docs/held-out-*-eval.md; the sets
// themselves stay outside the project (see docs/held-out-brief.md for how they are made).
//
//   node scripts/eval-sets.mjs [--engine dist/cli.js] [--by-set] [--out DIR] SET_DIR...
//
// Prints, per script (English, traditional and simplified Chinese), metric F1 / unit / change / approx / subject share
// with char-F1 >= 0.5 / claims F1, from the shared scorer. Needs ../shared/eval/score.mjs (or POLICY_LENS_SHARED).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const engine = resolve(option('--engine', join(root, 'dist', 'cli.js')));
const out = resolve(option('--out', join(root, 'out', 'eval-sets')));
const bySetAt = args.indexOf('--by-set');
const bySet = bySetAt >= 0;
if (bySet) args.splice(bySetAt, 1);
const shared = resolve(process.env.POLICY_LENS_SHARED ?? join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'score.mjs');
if (!args.length) {
  console.error('usage: node scripts/eval-sets.mjs [--engine dist/cli.js] [--by-set] [--out DIR] SET_DIR...');
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`no scorer at ${scorer} (set POLICY_LENS_SHARED or put ../shared beside the project)`);
  process.exit(2);
}
if (!existsSync(engine)) {
  console.error(`no engine at ${engine} (run npm run build first)`);
  process.exit(2);
}

// Characters only one script writes: enough to tell a set's script from its texts.
const TRADITIONAL_ONLY = /[們這為與萬億國臺個來發會對說過還進並於經總動實務產業數據]/gu;
const SIMPLIFIED_ONLY = /[们这为与万亿国台个来发会对说过还进并于经总动实务产业数据]/gu;
const CJK = /[\u3400-\u9fff]/gu;
function scriptOf(texts) {
  const all = texts.join('');
  const cjk = all.match(CJK)?.length ?? 0;
  if (cjk < all.length / 10) return 'English';
  const traditional = all.match(TRADITIONAL_ONLY)?.length ?? 0;
  const simplified = all.match(SIMPLIFIED_ONLY)?.length ?? 0;
  return traditional > simplified ? 'traditional Chinese' : 'simplified Chinese';
}

const score = (goldDir, predFile) =>
  JSON.parse(
    execFileSync('node', [scorer, '--gold', goldDir, '--pred', predFile, '--json'], { maxBuffer: 1 << 30 }).toString(),
  ).summary;
const figures = (s) =>
  [
    (100 * s.metrics.f1).toFixed(1),
    s.unitAccuracy.toFixed(3),
    s.changeAccuracy.toFixed(3),
    s.approxAccuracy.toFixed(3),
    s.subject.atHalf.toFixed(3),
    (100 * s.claims.f1).toFixed(1),
  ].join(' / ');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const pools = new Map();
for (const dir of args.map((d) => resolve(d))) {
  const txt = join(dir, 'txt');
  const gold = join(dir, 'gold');
  if (!existsSync(txt) || !existsSync(gold)) {
    console.error(`skipped ${dir}: no txt/ or gold/`);
    continue;
  }
  const pred = join(out, `${basename(dir)}.json`);
  writeFileSync(pred, execFileSync('node', [engine, 'extract', txt, '--format', 'json'], { maxBuffer: 1 << 30 }));
  const texts = readdirSync(txt).map((f) => readFileSync(join(txt, f), 'utf8'));
  const script = scriptOf(texts);
  if (bySet) console.log(`${basename(dir)} (${script}): ${figures(score(gold, pred))}`);
  const pool = pools.get(script) ?? { sets: 0, golds: [], docs: [] };
  pool.sets++;
  for (const f of readdirSync(gold).filter((f) => f.endsWith('.gold.json'))) pool.golds.push(join(gold, f));
  pool.docs.push(...JSON.parse(readFileSync(pred, 'utf8')).documents);
  pools.set(script, pool);
}
for (const [script, pool] of pools) {
  const dir = join(out, `pool-${script.replace(/\s+/g, '-')}`);
  mkdirSync(dir, { recursive: true });
  for (const g of pool.golds) symlinkSync(g, join(dir, basename(g)));
  const pred = `${dir}.json`;
  writeFileSync(pred, JSON.stringify({ documents: pool.docs }));
  const s = score(dir, pred);
  console.log(
    `${script}, ${pool.sets} sets, ${s.documents} texts, ${s.metrics.tp + s.metrics.fn} metrics: ${figures(s)}`,
  );
}
