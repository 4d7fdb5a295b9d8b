// Accuracy on the development corpus (real reports of other genres than the seeds), per genre
// and for English separately, scored by the team's scorer. Gold lives in test/gold/dev; the
// reports in the shared corpus-dev (held-out-2 to held-out-5 and dev-en texts are in test/corpus). Skips itself without the shared scorer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, ROOT, SHARED } from '../support/paths';

const GOLD_DIR = path.join(ROOT, 'test', 'gold', 'dev');
/** Gold written from the text alone, for reports the engine was never tuned on (see its README). */
const HELD_OUT_DIR = path.join(ROOT, 'test', 'gold', 'held-out');
const CORPUS_DEV = path.join(SHARED, 'corpus-dev');
/** A second held-out set, of the genres the first lacks (English US releases, a statistics-bureau analysis); its texts are in the project. */
const HELD_OUT_2_DIR = path.join(ROOT, 'test', 'gold', 'held-out-2');
const HELD_OUT_2_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-2');
/** A third held-out set (an EIA weekly, two Census releases, an FOMC statement, a 统计公报 with tables, a work report). */
const HELD_OUT_3_DIR = path.join(ROOT, 'test', 'gold', 'held-out-3');
const HELD_OUT_3_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-3');
/** A fourth (Treasury, Census and USDA releases, a Trustees fact sheet, an awards release; a 统计局 analysis). */
const HELD_OUT_4_DIR = path.join(ROOT, 'test', 'gold', 'held-out-4');
const HELD_OUT_4_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-4');
/** A fifth, Chinese only (a 统计公报 with tables, a provincial work report). */
const HELD_OUT_5_DIR = path.join(ROOT, 'test', 'gold', 'held-out-5');
const HELD_OUT_5_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-5');
const HELD_OUT_6_DIR = path.join(ROOT, 'test', 'gold', 'held-out-6');
const HELD_OUT_6_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-6');
const HELD_OUT_7_DIR = path.join(ROOT, 'test', 'gold', 'held-out-7');
const HELD_OUT_7_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-7');
const HELD_OUT_8_DIR = path.join(ROOT, 'test', 'gold', 'held-out-8');
const HELD_OUT_8_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-8');
const HELD_OUT_9_DIR = path.join(ROOT, 'test', 'gold', 'held-out-9');
const HELD_OUT_9_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-9');
/** A tenth set, central banks outside the US; only its Philippine text (a government work) is in the project. */
const HELD_OUT_10_DIR = path.join(ROOT, 'test', 'gold', 'held-out-10');
const HELD_OUT_10_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-10');
const HELD_OUT_11_DIR = path.join(ROOT, 'test', 'gold', 'held-out-11');
const HELD_OUT_11_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-11');
const HELD_OUT_13_DIR = path.join(ROOT, 'test', 'gold', 'held-out-13');
const HELD_OUT_13_TEXTS = path.join(ROOT, 'test', 'corpus', 'held-out-13');
/** More English development gold: US-government texts (a BLS release, an agency press release); texts in the project. */
const DEV_EN_DIR = path.join(ROOT, 'test', 'gold', 'dev-en');
const DEV_EN_TEXTS = path.join(ROOT, 'test', 'corpus', 'dev-en');

interface Floors {
  metricsF1: number;
  unitAccuracy: number;
  changeAccuracy: number;
  approxAccuracy: number;
  subjectAtHalf: number;
  claimsF1: number;
}

/**
 * Floors just below what the engine measured when they were set (subjects raised after the subject
 * rules of issue 8 §5), on the gold of 01, 04, 06, 07,
 * 08, 09 and 10 (not the targets, which are not all met yet): a drop shows as a
 * failure, a gain should raise the floor. The communiqué gold has no approximate figure, so
 * its approx accuracy reads 0.
 */
const GENRES: Array<{ name: string; prefixes: string[]; floors: Floors }> = [
  {
    name: 'provincial government work reports',
    prefixes: ['01', '02', '03'],
    // Raised with the number rules of issue 8 §2/§3 (metric F1 0.975 → 0.997, approx 0.941 → 1.000). Subjects 0.954 →
    // 0.945: two of the newly matched index values (收入倍差 1.96, 1.81) get the subject widened by the subject
    // completion, below char-F1 0.5 against the gold's short one; no subject matched before fell below 0.5.
    floors: {
      metricsF1: 0.99,
      unitAccuracy: 0.99,
      changeAccuracy: 0.99,
      approxAccuracy: 0.99,
      subjectAtHalf: 0.94,
      claimsF1: 0.95,
    },
  },
  {
    name: 'city statistical communiqués',
    prefixes: ['04', '05'],
    floors: {
      metricsF1: 0.99,
      unitAccuracy: 0.99,
      changeAccuracy: 0.99,
      approxAccuracy: 0,
      subjectAtHalf: 0.97,
      claimsF1: 0.99,
    },
  },
  {
    name: 'city budget-execution report (PDF text)',
    prefixes: ['06'],
    floors: {
      metricsF1: 0.99,
      unitAccuracy: 0.99,
      changeAccuracy: 0.99,
      approxAccuracy: 0.99,
      subjectAtHalf: 0.9,
      claimsF1: 0.99,
    },
  },
  {
    name: 'Hong Kong budget speech (traditional characters)',
    prefixes: ['07'],
    floors: {
      metricsF1: 0.97,
      unitAccuracy: 0.99,
      changeAccuracy: 0.99,
      approxAccuracy: 0.99,
      subjectAtHalf: 0.9,
      claimsF1: 0.94,
    },
  },
  {
    name: 'English (ONS bulletins, US Treasury statement)',
    prefixes: ['08', '09', '10'],
    floors: {
      // raised from 0.98 after the English rules of dev-en (measured 0.990)
      metricsF1: 0.985,
      unitAccuracy: 0.99,
      changeAccuracy: 0.99,
      approxAccuracy: 0.99,
      subjectAtHalf: 0.9,
      // raised from 0.93 after the English release claim rules (measured 0.984)
      claimsF1: 0.98,
    },
  },
];

const goldFiles = fs.existsSync(GOLD_DIR) ? fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith('.gold.json')) : [];
const skipReason = !fs.existsSync(CORPUS_DEV)
  ? `no shared corpus-dev at ${CORPUS_DEV} (set POLICY_LENS_SHARED or put ../shared beside the project)`
  : goldFiles.length === 0
    ? `no development gold in ${path.relative(ROOT, GOLD_DIR)} yet`
    : false;

function scoreGenre(files: string[], from = GOLD_DIR, texts = CORPUS_DEV): Floors & { summaryLine: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-dev-'));
  const goldDir = path.join(dir, 'gold');
  fs.mkdirSync(goldDir);
  const reports: string[] = [];
  for (const f of files) {
    fs.copyFileSync(path.join(from, f), path.join(goldDir, f));
    const document = (JSON.parse(fs.readFileSync(path.join(from, f), 'utf8')) as { document: string }).document;
    reports.push(path.join(texts, document));
  }
  const pred = path.join(dir, 'pred.json');
  execFileSync(process.execPath, [CLI, 'extract', ...reports, '--format', 'json', '--out', pred], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const scorer = path.join(SHARED, 'eval', 'score.mjs');
  const out = execFileSync(process.execPath, [scorer, '--gold', goldDir, '--pred', pred, '--json'], {
    encoding: 'utf8',
  });
  const { summary } = JSON.parse(out) as {
    summary: {
      metrics: { f1: number };
      unitAccuracy: number;
      changeAccuracy: number;
      approxAccuracy: number;
      subject: { atHalf: number };
      claims: { f1: number };
    };
  };
  const got = {
    metricsF1: summary.metrics.f1,
    unitAccuracy: summary.unitAccuracy,
    changeAccuracy: summary.changeAccuracy,
    approxAccuracy: summary.approxAccuracy,
    subjectAtHalf: summary.subject.atHalf,
    claimsF1: summary.claims.f1,
  };
  const summaryLine = Object.entries(got)
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join(', ');
  return { ...got, summaryLine };
}

test('development corpus: each genre stays at or above its accuracy floors', { skip: skipReason }, () => {
  const failures: string[] = [];
  let scored = 0;
  for (const genre of GENRES) {
    const files = goldFiles.filter((f) => genre.prefixes.some((p) => f.startsWith(`${p}_`)));
    if (files.length === 0) continue;
    scored++;
    const got = scoreGenre(files);
    console.log(`${genre.name} (${files.length} reports): ${got.summaryLine}`);
    for (const [key, floor] of Object.entries(genre.floors) as Array<[keyof Floors, number]>)
      if (got[key] < floor) failures.push(`${genre.name}: ${key} ${got[key].toFixed(3)} < floor ${floor}`);
  }
  assert.ok(scored > 0, `gold files in ${GOLD_DIR} match no known genre: ${goldFiles.join(', ')}`);
  assert.deepEqual(failures, []);
});

/** Issue 8's targets for reports the engine has not seen. */
const HELD_OUT_TARGETS: Floors = {
  metricsF1: 0.97,
  unitAccuracy: 0.97,
  changeAccuracy: 0.95,
  approxAccuracy: 0.93,
  subjectAtHalf: 0.9,
  claimsF1: 0.92,
};

/**
 * Held-out-2 floors, just below what the engine measured after the merges of stop 14. The set's gold was written
 * before the engine saw it (fbe095b: English metrics 0.948, change 0.641, subjects 0.772, claims 0.833; Chinese
 * 0.968, 0.873, 0.877, 0.977); its error categories (not its sentences) then guided the number, change and claim
 * rules, so only the subject column is still a held-out figure. A drop shows as a failure.
 */
const HELD_OUT_2_FLOORS: Record<'English' | 'Chinese', Floors> = {
  English: {
    // metrics and claims raised after the English rules of dev-en (measured 1.000 and 0.972); subjects after the
    // subject rules of stop 15, which were tuned on this set (0.755 → 0.960), then 0.940 in stop 26: a physical
    // quantity now measures its "of" phrase (13 of the 14 cases a search of the English gold found agree; the 14th,
    // "equivalent to", is left out), and here `up to 90 GW of clean energy` takes `clean energy` where the gold has
    // `clean energy that repurposed mine land could generate`.
    metricsF1: 0.99,
    unitAccuracy: 0.98,
    changeAccuracy: 0.99,
    approxAccuracy: 0.99,
    subjectAtHalf: 0.94,
    claimsF1: 0.97, // 0.972 → 0.982 with the English claim rules of session 12 (headlines, forecasts; in-sample)
  },
  Chinese: {
    metricsF1: 0.99,
    unitAccuracy: 0.99,
    changeAccuracy: 0.99,
    approxAccuracy: 0.99,
    // 0.885 → 0.969 with the subject rules of stop 15 (tuned on this set)
    subjectAtHalf: 0.96,
    claimsF1: 0.98,
  },
};

/**
 * Held-out-3 floors, just below what the engine measured at the end of stop 15. Its gold was written before the
 * engine saw it; measured clean after the merges of stop 15 (English, four US releases: metric F1 0.952, unit 0.810,
 * change 0.440, subject 0.560, claims 0.876; Chinese: 0.996, 0.993, 0.985, 0.985, 0.977). The English rate units,
 * ranges of changes, lone-verb subjects and slash fractions were then written with its error categories in view,
 * so its English columns are no longer held out. English subjects stay far below the target: a measured gap.
 */
const HELD_OUT_3_FLOORS: Record<'English' | 'Chinese', Floors> = {
  English: {
    metricsF1: 0.99,
    unitAccuracy: 0.97,
    // 0.860 → 1.000 and 0.892 → 0.987 with the English change and claim rules of issue 8 §8 (written with this
    // set's error categories in view: in-sample).
    changeAccuracy: 0.99,
    approxAccuracy: 0.99,
    subjectAtHalf: 0.97, // 0.991 after stop 18 (English subjects as written, in-sample)
    claimsF1: 0.98,
  },
  Chinese: {
    metricsF1: 0.99,
    unitAccuracy: 0.99,
    changeAccuracy: 0.98,
    approxAccuracy: 0.99,
    subjectAtHalf: 0.98,
    // 0.977 → 0.985 with the Chinese claim rules of stop 18 (a rank reached, a first of its kind).
    claimsF1: 0.98,
  },
};

/**
 * Held-out-4 floors, just below what the engine measured at the end of stop 16. Its gold was written before the
 * engine saw it and measured clean twice: on the engine of stop 15 (English, five US releases: metric F1 0.970,
 * unit 0.927, change 0.682, approx 0.917, subject 0.591, claims 0.746; Chinese, a 统计局 analysis: 1.000, 0.992,
 * 0.975, 1.000, 0.885, 0.980) and after the merges of stop 16 (English 0.970, 0.945, 0.697, 0.917, 0.598, 0.723;
 * Chinese unchanged but for the mean subject score). The English gains of stop 16 on held-out-3 (subjects 0.611 →
 * 0.991) did not carry over: the measured gap. Three English rules were then written with its error categories in
 * view (a base after ", following"; a change "at an annual rate of"; a forecast release's own numbers), so its
 * English columns are no longer held out.
 */
const HELD_OUT_4_FLOORS: Record<'English' | 'Chinese', Floors> = {
  // Raised at the end of stop 17 (English, in-sample: unit 1.000, change 0.924, subject 0.701; Chinese, still never
  // tuned on: subject 0.885 → 0.902 with the Chinese subject rules of stop 17, measured clean).
  English: {
    metricsF1: 0.96,
    unitAccuracy: 0.99,
    changeAccuracy: 0.91,
    approxAccuracy: 0.91,
    // 0.725 after stop 18 (in-sample; more metrics matched, metric F1 0.970 → 0.979); 0.712 after stop 33: two WASDE
    // changes newly found (a 0.4-million-ton drop, metric F1 0.983 → 0.988) whose long gold subjects the engine misses
    subjectAtHalf: 0.71,
    // 0.797 → 0.947 with the English claim rules of session 12 (a paragraph of forecasts, a projection beside a
    // reported figure or last year's projection), written with its WASDE and Trustees errors in view (in-sample)
    claimsF1: 0.94,
  },
  Chinese: {
    metricsF1: 0.99,
    unitAccuracy: 0.99,
    changeAccuracy: 0.97,
    approxAccuracy: 0.99,
    // 0.902 → 0.984 and 0.980 → 0.990 with the Chinese subject and claim rules of stop 18 (breakdown heads, lists
    // named in a figureless clause, 完成数), written with this set's error categories in view: in-sample now.
    subjectAtHalf: 0.97,
    claimsF1: 0.98,
  },
};

/**
 * Held-out-5 floors (Chinese only), just below what the engine measured clean after the merges of stop 16 (metric
 * F1 0.998, unit 0.992, change 1.000, approx 1.000, subject 0.951, claims 0.959; before them the subject was 0.939).
 * Not tuned on. The English floors are unused: the set has no English text.
 */
const HELD_OUT_5_FLOORS: Record<'English' | 'Chinese', Floors> = {
  English: HELD_OUT_4_FLOORS.English,
  Chinese: {
    metricsF1: 0.99,
    unitAccuracy: 0.99,
    changeAccuracy: 0.99,
    approxAccuracy: 0.99,
    // 0.954 → 0.970 with the Chinese subject rules of stop 17 (held-out-5 03 was their tuning data: in-sample).
    subjectAtHalf: 0.96,
    // 0.963 → 0.980 with the Chinese claim rules of stop 18 (a rank reached, a first of its kind, 入围).
    claimsF1: 0.97,
  },
};

/**
 * Held-out-6 floors, just below what the engine measured at the end of stop 17. Its gold was written before the engine
 * saw it (commit 05d4508) and measured clean on the engine of stop 16 (English, three US releases and an ONS bulletin:
 * metric F1 0.983, unit 0.976, change 0.750, subject 0.612, claims 0.836; Chinese, a 太原 economy report: 1.000,
 * 1.000, 0.977, approx 0.556, subject 0.753, claims 0.955) and after the first English subject rules of stop 17
 * (English subject 0.647). The rules written after that with its error categories in view (narrow PDF columns, dash
 * ranges, 成多, 拉动 contributors) make those columns in-sample. The English gold has no approximate figure: the scorer
 * reads 0 there, so that floor is 0.
 */
const HELD_OUT_6_FLOORS: Record<'English' | 'Chinese', Floors> = {
  English: {
    metricsF1: 0.99,
    unitAccuracy: 0.97,
    changeAccuracy: 0.71,
    approxAccuracy: 0,
    subjectAtHalf: 0.86, // 0.830 after stop 18, 0.864 after stop 19 (in-sample)
    claimsF1: 0.96, // 0.924 → 0.970 with the English claim rules of session 12 (in-sample)
  },
  Chinese: {
    metricsF1: 0.99,
    unitAccuracy: 0.99,
    changeAccuracy: 0.97,
    approxAccuracy: 0.99,
    // 0.849 → 0.973 and 0.955 → 0.971 with the Chinese rules of stop 18 (a speed against an earlier period, 前N个月
    // as a time frame, a share across a semicolon; “四升四降”), written with this set's error categories in view.
    subjectAtHalf: 0.96,
    claimsF1: 0.96,
  },
};

/**
 * Held-out-7 floors (English only: two Treasury releases, two ONS bulletins), just below what the engine measured at
 * the end of stop 17. Its gold was committed (d659fe9) before any engine ran on it and measured clean on two engines:
 * stop 16's (d614faf) and stop 17's at a209283, after all of that stop's English subject and change rules written
 * on the other sets. Both gave metric F1 0.942, unit 1.000, change 0.904, approx 1.000, subject 0.554; claims F1
 * 0.968 and 0.975: the English subject rules of stop 17 did not carry over to it. The rules written after that with
 * its error categories in view (index values, a fronted month, places in a list, bracketed bases, headings) make it
 * in-sample.
 * The Chinese floors are unused.
 */
const HELD_OUT_7_FLOORS: Record<'English' | 'Chinese', Floors> = {
  // measured 0.996, 1.000, 0.942, 1.000, 0.736, 0.975
  English: {
    metricsF1: 0.99,
    unitAccuracy: 0.99,
    changeAccuracy: 0.93,
    approxAccuracy: 0.99,
    // 0.816 after stop 18, 0.920 after stop 19 (in-sample); 0.904 at stop 40: this gold names the regions of a ranking
    // list (`followed by the South East (9.6%)`), where the later rule (H50-2, H115-5) takes the measure.
    subjectAtHalf: 0.9,
    claimsF1: 0.98, // 0.975 → 0.994 with the English claim rules of session 12 (in-sample)
  },
  Chinese: HELD_OUT_6_FLOORS.Chinese,
};

/**
 * Held-out-8 (docs/held-out-8-eval.md): measured clean once, after the rules of stop 18 were merged (Chinese: 1.000,
 * 1.000, 0.988, 1.000, 0.968, 0.994; English: 1.000, 0.939, no gold change, 1.000, 0.394, 0.824). English subjects on
 * these two releases are the measured gap; the floors hold what carried to unseen reports.
 */
const HELD_OUT_8_FLOORS: Record<'English' | 'Chinese', Floors> = {
  English: {
    metricsF1: 0.99,
    unitAccuracy: 0.93,
    // The English gold states no change: the scorer's ratio is 0 of 0.
    changeAccuracy: 0,
    approxAccuracy: 0.99,
    // 0.394 measured clean; 0.697 with the recipient, value and running-total rules written after it; 0.818 after stop 19
    // (in-sample).
    subjectAtHalf: 0.81,
    claimsF1: 0.86, // 0.824 → 0.875 with the English headline rule of session 12 (in-sample)
  },
  Chinese: {
    metricsF1: 0.99,
    unitAccuracy: 0.99,
    changeAccuracy: 0.98,
    approxAccuracy: 0.99,
    subjectAtHalf: 0.96,
    claimsF1: 0.99,
  },
};

/**
 * Held-out-9 (docs/held-out-9-eval.md), four US government releases: measured clean once, before its errors were read
 * (0.962, 0.875, 0.600, 1.000, 0.551, 0.799); the floors hold the figures after the rules written from them
 * (in-sample): 0.977, 0.954, 0.742, 1.000, 0.698, 0.880.
 */
const HELD_OUT_9_FLOORS: Record<'English' | 'Chinese', Floors> = {
  // stop 20 (held-out-10's general rules): 0.981, 0.962, 0.742, 1.000, 0.715, 0.914
  English: {
    metricsF1: 0.97,
    unitAccuracy: 0.96,
    changeAccuracy: 0.74,
    approxAccuracy: 0.99,
    subjectAtHalf: 0.7,
    claimsF1: 0.9,
  },
  Chinese: HELD_OUT_6_FLOORS.Chinese,
};

/**
 * Held-out-10 (docs/held-out-10-eval.md), five central banks' texts: measured clean once on all five (0.891, 0.990,
 * 0.880, 1.000, 0.696, 0.689). Only 03 (Bangko Sentral ng Pilipinas) is in the project; the floors hold its figures
 * after the rules written from the five (in-sample): 1.000, 1.000, 0.944, 1.000, 0.857, 0.857.
 */
const HELD_OUT_10_FLOORS: Record<'English' | 'Chinese', Floors> = {
  English: {
    metricsF1: 0.99,
    unitAccuracy: 0.99,
    changeAccuracy: 0.94,
    approxAccuracy: 0.99,
    subjectAtHalf: 0.85,
    claimsF1: 0.85,
  },
  Chinese: HELD_OUT_6_FLOORS.Chinese,
};

/**
 * Held-out-11 (docs/held-out-11-12-eval.md), eight statistical agencies' releases (US, Canada, New Zealand, Ireland,
 * UK): measured clean once, before its errors were read (0.940, 1.000, 0.890, 1.000, 0.737, 0.962); the floors hold the
 * figures after the rules written from it (in-sample): 1.000, 0.992, 0.989, 1.000, 0.865, 0.981.
 */
const HELD_OUT_11_FLOORS: Record<'English' | 'Chinese', Floors> = {
  English: {
    metricsF1: 0.99,
    unitAccuracy: 0.98,
    changeAccuracy: 0.97,
    approxAccuracy: 0.99,
    subjectAtHalf: 0.84,
    claimsF1: 0.96,
  },
  Chinese: HELD_OUT_6_FLOORS.Chinese,
};

/**
 * Held-out-13 (docs/held-out-13-14-eval.md), six agencies' English releases in the project (a seventh, a California
 * budget summary, stays out): measured clean once on the six with this stop's engine before its errors were read
 * (0.957, 0.974, 1.000, 1.000, 0.714, 0.960); the floors hold the figures after the rules written from it (in-sample):
 * 0.957, 0.974, 1.000, 1.000, 0.753, 0.960.
 */
const HELD_OUT_13_FLOORS: Record<'English' | 'Chinese', Floors> = {
  English: {
    metricsF1: 0.95,
    unitAccuracy: 0.96,
    changeAccuracy: 0.98,
    approxAccuracy: 0.99,
    subjectAtHalf: 0.73,
    claimsF1: 0.94,
  },
  Chinese: HELD_OUT_6_FLOORS.Chinese,
};

const heldOutFiles = fs.existsSync(HELD_OUT_DIR)
  ? fs.readdirSync(HELD_OUT_DIR).filter((f) => f.endsWith('.gold.json'))
  : [];

test(
  "held-out reports (never tuned on): the issue's targets",
  { skip: !fs.existsSync(CORPUS_DEV) ? `no shared corpus-dev at ${CORPUS_DEV}` : heldOutFiles.length === 0 },
  () => {
    const got = scoreGenre(heldOutFiles, HELD_OUT_DIR);
    console.log(`held-out (${heldOutFiles.length} reports): ${got.summaryLine}`);
    const failures = (Object.entries(HELD_OUT_TARGETS) as Array<[keyof Floors, number]>)
      .filter(([key, target]) => got[key] < target)
      .map(([key, target]) => `${key} ${got[key].toFixed(3)} < target ${target}`);
    assert.deepEqual(failures, []);
  },
);

/**
 * English texts are named by their country (us, uk; the central banks of held-out-10: sg, ph, th, in; the statistical
 * agencies of held-out-11 and -13: ca, nz, ie, au).
 */
const isEnglishRelease = (f: string) => /_(?:us|uk|ca|nz|ie|au|sg|ph|th|in)-/.test(f);

for (const set of [
  {
    name: 'held-out-2',
    title: 'held-out-2 (English US releases; a statistics-bureau analysis and a work report): per language',
    gold: HELD_OUT_2_DIR,
    texts: HELD_OUT_2_TEXTS,
    floors: HELD_OUT_2_FLOORS,
  },
  {
    name: 'held-out-3',
    title: 'held-out-3 (EIA, Census and FOMC releases; a communiqué with tables and a work report): per language',
    gold: HELD_OUT_3_DIR,
    texts: HELD_OUT_3_TEXTS,
    floors: HELD_OUT_3_FLOORS,
  },
  {
    name: 'held-out-4',
    title:
      'held-out-4 (Treasury, Census and USDA releases, a Trustees fact sheet, an awards release; a 统计局 analysis)',
    gold: HELD_OUT_4_DIR,
    texts: HELD_OUT_4_TEXTS,
    floors: HELD_OUT_4_FLOORS,
  },
  {
    name: 'held-out-5',
    title: 'held-out-5 (a 统计公报 with tables, a provincial work report): Chinese',
    gold: HELD_OUT_5_DIR,
    texts: HELD_OUT_5_TEXTS,
    floors: HELD_OUT_5_FLOORS,
  },
  {
    name: 'held-out-6',
    title: 'held-out-6 (Census, Treasury and Beige Book releases, an ONS bulletin; a 统计局 economy report)',
    gold: HELD_OUT_6_DIR,
    texts: HELD_OUT_6_TEXTS,
    floors: HELD_OUT_6_FLOORS,
  },
  {
    name: 'held-out-7',
    title: 'held-out-7 (Treasury TIC and AIG releases, ONS house prices and public sector finances): English',
    gold: HELD_OUT_7_DIR,
    texts: HELD_OUT_7_TEXTS,
    floors: HELD_OUT_7_FLOORS,
  },
  {
    name: 'held-out-8',
    title: 'held-out-8 (a 湖北 work report, a 平顶山 communiqué with tables; SBA/Treasury and Treasury/IRS releases)',
    gold: HELD_OUT_8_DIR,
    texts: HELD_OUT_8_TEXTS,
    floors: HELD_OUT_8_FLOORS,
  },
  {
    name: 'held-out-9',
    title:
      'held-out-9 (HUD/Treasury housing scorecard, Treasury Marketplace data, IRS report card, IRS/DOE 48C): English',
    gold: HELD_OUT_9_DIR,
    texts: HELD_OUT_9_TEXTS,
    floors: HELD_OUT_9_FLOORS,
  },
  {
    name: 'held-out-10',
    title:
      "held-out-10 (Bangko Sentral ng Pilipinas Monetary Board highlights; the other banks' texts stay out): English",
    gold: HELD_OUT_10_DIR,
    texts: HELD_OUT_10_TEXTS,
    floors: HELD_OUT_10_FLOORS,
  },
  {
    name: 'held-out-11',
    title: 'held-out-11 (DOL, StatCan, BEA, Stats NZ, CSO, CBO, NCES and ONS releases): English',
    gold: HELD_OUT_11_DIR,
    texts: HELD_OUT_11_TEXTS,
    floors: HELD_OUT_11_FLOORS,
  },
  {
    name: 'held-out-13',
    title:
      'held-out-13 (BJS, ABS, StatCan labour force, MHCLG housing supply, CSO yearbook, USDA ERS food prices): English',
    gold: HELD_OUT_13_DIR,
    texts: HELD_OUT_13_TEXTS,
    floors: HELD_OUT_13_FLOORS,
  },
]) {
  const files = fs.existsSync(set.gold) ? fs.readdirSync(set.gold).filter((f) => f.endsWith('.gold.json')) : [];
  test(
    set.title,
    // The texts and gold are in the project; only the scorer is shared.
    { skip: !fs.existsSync(path.join(SHARED, 'eval')) ? `no shared scorer at ${SHARED}/eval` : files.length === 0 },
    () => {
      const failures: string[] = [];
      for (const [language, subset] of [
        ['English', files.filter(isEnglishRelease)],
        ['Chinese', files.filter((f) => !isEnglishRelease(f))],
      ] as const) {
        if (subset.length === 0) continue;
        const got = scoreGenre(subset, set.gold, set.texts);
        console.log(`${set.name}, ${language} (${subset.length} reports): ${got.summaryLine}`);
        for (const [key, floor] of Object.entries(set.floors[language]) as Array<[keyof Floors, number]>)
          if (got[key] < floor) failures.push(`${language}: ${key} ${got[key].toFixed(3)} < floor ${floor}`);
      }
      assert.deepEqual(failures, []);
    },
  );
}

/**
 * dev-en floors, just below what the engine measured after the English rules of issue 8 (BLS CPI release and
 * Treasury press release, scored together). Its gold was written before the engine ran on it; it is development
 * material, tuned on. The CPI gold has no approximate figure; the Treasury one has ten.
 */
const DEV_EN_FLOORS: Floors = {
  // measured 1.000, 0.990, 1.000, 1.000, 0.854, 0.978 (before the rules: 0.985, 0.990, 0.986, 1.000, 0.880, 0.944)
  metricsF1: 0.99,
  unitAccuracy: 0.98,
  changeAccuracy: 0.99,
  approxAccuracy: 0.99,
  subjectAtHalf: 0.89, // 0.903 after stop 18
  claimsF1: 0.98, // 0.978 → 0.986 with the English claim rules of session 12
};

const devEnFiles = fs.existsSync(DEV_EN_DIR) ? fs.readdirSync(DEV_EN_DIR).filter((f) => f.endsWith('.gold.json')) : [];

test(
  'dev-en (English US-government texts in the project): stays at or above its floors',
  // The texts and gold are in the project; only the scorer is shared.
  { skip: !fs.existsSync(path.join(SHARED, 'eval')) ? `no shared scorer at ${SHARED}/eval` : devEnFiles.length === 0 },
  () => {
    const got = scoreGenre(devEnFiles, DEV_EN_DIR, DEV_EN_TEXTS);
    console.log(`dev-en (${devEnFiles.length} reports): ${got.summaryLine}`);
    const failures = (Object.entries(DEV_EN_FLOORS) as Array<[keyof Floors, number]>)
      .filter(([key, floor]) => got[key] < floor)
      .map(([key, floor]) => `${key} ${got[key].toFixed(3)} < floor ${floor}`);
    assert.deepEqual(failures, []);
  },
);
