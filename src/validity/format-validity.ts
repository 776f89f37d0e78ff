import type { ValidityReport } from './schema.ts';

const fixed = (value: number | null, digits = 3): string => (value === null ? 'n/a' : value.toFixed(digits));

function withCi(estimate: ValidityReport['pearson']): string {
  const ci = estimate.ci95 === null ? '' : ` [${fixed(estimate.ci95[0])}, ${fixed(estimate.ci95[1])}]`;
  return `${fixed(estimate.value)}${ci}`;
}

/** One set's figures as a few plain lines for the terminal. */
export function formatValidity(report: ValidityReport): string {
  const means = report.meanGoldByRating.map(
    (entry) => `${entry.rating}: ${fixed(entry.meanGold, 2)} (n=${entry.n})`,
  );
  return [
    `${report.name}: ${report.items} items, ${report.located} located, ${report.notLocated} not located`,
    `  Pearson r ${withCi(report.pearson)}   Spearman ρ ${withCi(report.spearman)}`,
    `  mean within-question r ${fixed(report.withinQuestion.mean)} over ${report.withinQuestion.questions} questions`,
    `  mean gold by rating ${means.join(' · ')}${report.monotone ? ' (increasing)' : ' (NOT increasing)'}`,
    `  answer-length baseline r ${fixed(report.lengthBaseline)}`,
  ].join('\n');
}
