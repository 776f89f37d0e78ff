/**
 * Agreement statistics for `score`, `calibrate` and `eval`: small, exact, pure functions.
 *
 * Hand-written because npm has no well-kept package for them: `krippendorff` (the only match) is a
 * single 0.1.0 release, and there is no maintained Cohen/Fleiss kappa package. Every function is
 * checked against published worked examples (see the colocated tests).
 */

export { type CohenKappaOptions, cohenKappa } from './cohen-kappa.ts';
export { buildCoincidences, type Coincidences } from './coincidence-matrix.ts';
export { fleissKappa } from './fleiss-kappa.ts';
export { krippendorffAlpha } from './krippendorff-alpha.ts';
export { meanBiasWithCi95 } from './mean-bias.ts';
export { lowerMedian, median } from './median.ts';
export { percentAgreement } from './percent-agreement.ts';
export { ratingSpread } from './rating-spread.ts';
export * from './schema.ts';
export { regularizedIncompleteBeta, studentTQuantile } from './student-t.ts';
