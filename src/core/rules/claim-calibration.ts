// The reliability table behind claim scores: bins of the cue score, each with the precision the
// engine's claims in it had on all the project's gold and the seeds (claims counted real as the
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
  { from: 0, score: 0.97, claims: 12, real: 12 },
  { from: 0.43, score: 0.97, claims: 381, real: 371 },
  { from: 0.51, score: 0.99, claims: 654, real: 653 },
  { from: 0.59, score: 0.99, claims: 335, real: 335 },
  { from: 0.67, score: 0.99, claims: 105, real: 104 },
  { from: 0.75, score: 1, claims: 59, real: 59 },
  { from: 0.85, score: 1, claims: 8, real: 8 },
];
