// A claim's score is calibrated: the cue score (how many figures, which types, a basis) is read
// through a reliability table measured on gold, so a score is the share of real claims among the
// claims that get it, and a threshold means "at least this share are real claims".
import { CLAIM_SCORE_CALIBRATION } from '../rules/claim-calibration';

/** The measured precision of the cue-score bin holding `cueScore`. */
export function calibratedClaimScore(cueScore: number): number {
  let score = CLAIM_SCORE_CALIBRATION[0].score;
  for (const bin of CLAIM_SCORE_CALIBRATION) if (cueScore >= bin.from) score = bin.score;
  return score;
}
