// Claim scores are calibrated: the reliability table is well formed (bins ascending, scores never
// falling, each score no higher than what was measured) and every claim carries a score from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { calibratedClaimScore } from '../../src/core/claims/calibration';
import { CLAIM_SCORE_CALIBRATION } from '../../src/core/rules/claim-calibration';
import { readReport } from '../../src/core/text/report-file';
import { ROOT } from '../support/paths';

test('the reliability table: ascending bins, non-decreasing scores, none above its pooled measurement', () => {
  const bins = CLAIM_SCORE_CALIBRATION;
  assert.equal(bins[0].from, 0, 'the first bin starts at 0 so every cue score has a bin');
  for (let i = 1; i < bins.length; i++) {
    assert.ok(bins[i].from > bins[i - 1].from, `bin ${i} starts after bin ${i - 1}`);
    assert.ok(bins[i].score >= bins[i - 1].score, `bin ${i} scores no lower than bin ${i - 1}`);
  }
  // A score is the precision of its pool of bins (the bins sharing it), rounded down.
  for (const score of new Set(bins.map((b) => b.score))) {
    const pool = bins.filter((b) => b.score === score);
    const measured = pool.reduce((n, b) => n + b.real, 0) / pool.reduce((n, b) => n + b.claims, 0);
    assert.ok(score <= measured + 1e-9 && score > measured - 0.01, `score ${score} against measured ${measured}`);
  }
});

test('a cue score maps to the score of the highest bin it reaches', () => {
  const bins = CLAIM_SCORE_CALIBRATION;
  assert.equal(calibratedClaimScore(0.35), bins[0].score);
  for (const bin of bins) assert.equal(calibratedClaimScore(bin.from), bin.score);
  assert.equal(calibratedClaimScore(1), bins[bins.length - 1].score);
});

test('claims of the bundled samples carry calibrated scores', async () => {
  const allowed = new Set(CLAIM_SCORE_CALIBRATION.map((b) => b.score));
  for (const sample of ['zh-annual-review.txt', 'en-annual-review.txt']) {
    const file = await readReport(path.join(ROOT, 'samples', sample));
    const { claims } = await analyzeText(file.text, { useSegmenter: false });
    assert.ok(claims.length > 0, `${sample} has claims`);
    for (const c of claims) assert.ok(allowed.has(c.score), `${sample}: score ${c.score} is not in the table`);
  }
});
