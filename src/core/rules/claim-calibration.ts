// The reliability table behind claim scores: bins of the cue score, each with the precision the
// engine's claims in it had on the development gold and the seeds (claims counted real as the
// scorer counts them), made non-decreasing. Written by scripts/calibrate-claims.mjs; see
// docs/claim-scores.md for the measurement.

export interface CalibrationBin {
  /** The lowest cue score in the bin. */
  from: number;
  /** The calibrated score: the measured share of real claims in the bin (and the bins below it, where pooled). */
  score: number;
  /** Claims in the bin, and how many of them were real, when measured. */
  claims: number;
  real: number;
}

export const CLAIM_SCORE_CALIBRATION: CalibrationBin[] = [
  { from: 0, score: 0.98, claims: 10, real: 10 },
  { from: 0.43, score: 0.98, claims: 188, real: 186 },
  { from: 0.51, score: 1, claims: 287, real: 287 },
  { from: 0.59, score: 1, claims: 172, real: 172 },
  { from: 0.67, score: 1, claims: 32, real: 32 },
  { from: 0.75, score: 1, claims: 14, real: 14 },
  { from: 0.85, score: 1, claims: 2, real: 2 },
];
