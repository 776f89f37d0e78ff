import { cohenKappa, meanBiasWithCi95 } from '../stats/index.ts';
import { collectInterviewerRatings, keyOfItem } from './collect-interviewer-ratings.ts';
import { labelBias } from './label-bias.ts';
import { readInterviewer } from './read-interviewer.ts';
import type { InterviewerReport, QuestionBias, RatedItem, RatingRow } from './schema.ts';

interface Paired {
  readonly question: string;
  readonly own: number;
  readonly run: number;
}

/**
 * Each interviewer's ratings against the run's aggregated ratings, over the items where both are
 * numbers: quadratic kappa, mean bias (interviewer − run; positive = lenient) with its 95% CI, a
 * label (rule in `labelBias`) with a plain-language reading, and the mean bias per question. Ratings come from each item's
 * `interviewerRating`, named by `interviewerOf` (transcript id → interviewer; default
 * "interviewer of <transcript>"), and from `extra` CSV rows (see `collectInterviewerRatings`).
 * Interviewers with no item in common with the run are left out: there is nothing to calibrate.
 * Sorted by rater name.
 */
export function calibrateInterviewers(
  items: readonly RatedItem[],
  extra: readonly RatingRow[] = [],
  interviewerOf: Readonly<Record<string, string>> = {},
): InterviewerReport[] {
  const run = new Map<string, RatedItem>();
  for (const item of items)
    if (item.rating !== null) run.set(keyOfItem(item.transcript, item.question), item);
  const reports: InterviewerReport[] = [];
  const ratings = collectInterviewerRatings(items, extra, interviewerOf);
  for (const rater of [...ratings.keys()].sort()) {
    const paired: Paired[] = [];
    for (const [key, own] of ratings.get(rater) ?? []) {
      const item = run.get(key);
      if (item !== undefined && item.rating !== null)
        paired.push({ question: item.question, own, run: item.rating });
    }
    if (paired.length > 0) reports.push(reportInterviewer(rater, paired));
  }
  return reports;
}

function reportInterviewer(rater: string, paired: readonly Paired[]): InterviewerReport {
  const bias = meanBiasWithCi95(paired.map((p) => p.own - p.run));
  const kappa = cohenKappa(
    paired.map((p) => p.own),
    paired.map((p) => p.run),
    { weights: 'quadratic' },
  );
  const figures = {
    rater,
    n: paired.length,
    quadraticKappa: kappa.value,
    // paired is non-empty, so the mean exists; `?? 0` only satisfies the type.
    meanBias: bias.mean ?? 0,
    biasCi95: bias.ci95,
    label: labelBias(bias, kappa.value),
  };
  return {
    ...figures,
    reading: readInterviewer(figures),
    perQuestion: biasPerQuestion(paired),
    notes: kappa.value === null ? { quadraticKappa: kappa.reason } : {},
  };
}

/** Questions in natural order (q2 before q10). */
function biasPerQuestion(paired: readonly Paired[]): QuestionBias[] {
  const diffs = new Map<string, number[]>();
  for (const p of paired) diffs.set(p.question, [...(diffs.get(p.question) ?? []), p.own - p.run]);
  return [...diffs.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([question, values]) => ({
      question,
      n: values.length,
      meanBias: values.reduce((sum, d) => sum + d, 0) / values.length,
    }));
}
