/** `rubricate calibrate`: agreement among raters and interviewer calibration against a run (pure core). */

export {
  buildCalibrationReport,
  type CalibrationInput,
  RUN_RATER,
  ratingRowsOfRun,
} from './build-calibration-report.ts';
export { calibrateInterviewers } from './calibrate-interviewers.ts';
export { checkRatingScales, rescale, type ScaleCheck, type ScaleMismatch } from './check-rating-scales.ts';
export { defaultInterviewerName, keyOfItem } from './collect-interviewer-ratings.ts';
export { computeAgreement } from './compute-agreement.ts';
export { formatCalibration } from './format-calibration.ts';
export { CALIBRATED_MARGIN, labelBias, MIN_CALIBRATION_ITEMS, MIN_LABELLED_BIAS } from './label-bias.ts';
export { parseRatingsCsv, type RatingsCsvInput } from './parse-ratings-csv.ts';
export { readInterviewer } from './read-interviewer.ts';
export * from './schema.ts';
