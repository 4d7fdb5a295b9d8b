// Accuracy on the shared seed corpus, scored by the team's scorer exactly as CI and the
// reviewers score it. Skips itself when ../shared is not beside the project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, HAS_SHARED, SHARED } from '../support/paths';

const TARGETS = {
  metricsF1: 0.95,
  unitAccuracy: 0.97,
  changeAccuracy: 0.95,
  approxAccuracy: 0.9,
  subjectAtHalf: 0.8,
  claimsF1: 0.88,
};

test('seed corpus meets the accuracy targets', { skip: HAS_SHARED ? false : 'no ../shared beside the project' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-acc-'));
  const pred = path.join(dir, 'out.json');
  execFileSync(process.execPath, [CLI, 'extract', path.join(SHARED, 'corpus'), '--format', 'json', '--out', pred], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const scorer = path.join(SHARED, 'eval', 'score.mjs');
  const gold = path.join(SHARED, 'eval', 'gold');
  const report = execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred], { encoding: 'utf8' });
  console.log(report.trim().split('\n').slice(-2).join('\n'));
  const { summary } = JSON.parse(
    execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' }),
  );
  const got = {
    metricsF1: summary.metrics.f1,
    unitAccuracy: summary.unitAccuracy,
    changeAccuracy: summary.changeAccuracy,
    approxAccuracy: summary.approxAccuracy,
    subjectAtHalf: summary.subject.atHalf,
    claimsF1: summary.claims.f1,
  };
  const misses = Object.entries(TARGETS).filter(([k, min]) => got[k as keyof typeof got] < min);
  assert.deepEqual(
    misses.map(([k, min]) => `${k} ${got[k as keyof typeof got].toFixed(3)} < ${min}`),
    [],
  );
});
