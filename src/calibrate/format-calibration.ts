import { formatTable } from './format-table.ts';
import { MIN_CALIBRATION_ITEMS } from './label-bias.ts';
import type { CalibrationReport, InterviewerReport, PairAgreement } from './schema.ts';

const MISSING = '—';

/** Human-readable tables of a calibration report, for the terminal (`calibrate` without `--json`). */
export function formatCalibration(report: CalibrationReport): string {
  const { krippendorffAlpha: alpha } = report;
  const lines = [
    `Agreement over ${report.pairsCompared} rater pair${plural(report.pairsCompared)} that share items (${report.raters} rater${plural(report.raters)}; ${report.sharedItems} of ${report.items} item${plural(report.items)} rated by two or more)`,
    ...formatTable([
      [
        "Krippendorff's alpha",
        `nominal ${fixed(alpha.nominal)}  ordinal ${fixed(alpha.ordinal)}  interval ${fixed(alpha.interval)}`,
      ],
      ["Fleiss' kappa", fixed(report.fleissKappa)],
    ]),
  ];
  if (report.pairs.length > 0) lines.push('', 'Rater pairs', ...formatTable(pairRows(report.pairs)));
  if (report.pairsWithoutSharedItems > 0) {
    lines.push(
      `  (${report.pairsWithoutSharedItems} pair${plural(report.pairsWithoutSharedItems)} of raters share no item and ${report.pairsWithoutSharedItems === 1 ? 'is' : 'are'} left out)`,
    );
  }
  if (report.interviewers.length > 0) {
    lines.push(
      '',
      `Interviewers against the run (bias = interviewer − run: + lenient, − severe; a label needs ≥ ${MIN_CALIBRATION_ITEMS} items)`,
      ...formatTable(interviewerRows(report.interviewers)),
      '',
      ...report.interviewers.map((r) => `  ${r.rater}: ${r.reading}`),
    );
  }
  const context = contextLines(report);
  if (context.length > 0) lines.push('', ...context);
  const notes = noteLines(report);
  if (notes.length > 0) lines.push('', 'Why some values are missing', ...formatTable(notes));
  return `${lines.join('\n')}\n`;
}

function contextLines(report: CalibrationReport): string[] {
  const lines: string[] = [];
  if (report.scale !== null && (report.rescaled.length > 0 || report.scale.source !== 'default')) {
    lines.push(
      `Scale: every rating read on ${report.scale.min}–${report.scale.max} (${report.scale.source === 'run' ? "the run's rubric" : '--scale'}).`,
    );
  }
  for (const r of report.rescaled) {
    lines.push(
      `  ${r.rater}: rescaled from ${r.from.min}–${r.from.max} to ${r.to.min}–${r.to.max} (linear, rounded to whole points).`,
    );
  }
  if (report.reviewedItems > 0) {
    lines.push(
      `Reviewed: ${report.reviewedItems} run item${plural(report.reviewedItems)} use a reviewer's final rating (reviewed.jsonl).`,
    );
  }
  return lines;
}

function pairRows(pairs: readonly PairAgreement[]): string[][] {
  return [
    ['a', 'b', 'n', 'agreement', 'kappa', 'linear', 'quadratic'],
    ...pairs.map((p) => [
      p.a,
      p.b,
      String(p.n),
      p.percentAgreement === null ? MISSING : `${(p.percentAgreement * 100).toFixed(1)}%`,
      fixed(p.cohenKappa),
      fixed(p.linearKappa),
      fixed(p.quadraticKappa),
    ]),
  ];
}

function interviewerRows(interviewers: readonly InterviewerReport[]): string[][] {
  return [
    ['rater', 'n', 'quadratic κ', 'mean bias', '95% CI', 'label', 'per question (bias, n)'],
    ...interviewers.map((r) => [
      r.rater,
      String(r.n),
      fixed(r.quadraticKappa),
      signed(r.meanBias),
      r.biasCi95 === null ? MISSING : `[${signed(r.biasCi95[0])}, ${signed(r.biasCi95[1])}]`,
      r.label,
      r.perQuestion.map((q) => `${q.question} ${signed(q.meanBias)} (${q.n})`).join(' · '),
    ]),
  ];
}

/** `pairs[3].linearKappa` reads better as `alice–bob linearKappa`. */
function noteLines(report: CalibrationReport): string[][] {
  const agreement = Object.entries(report.notes).map(([path, reason]) => {
    const pair = /^pairs\[(\d+)\]\.(.+)$/.exec(path);
    const p = pair ? report.pairs[Number(pair[1])] : undefined;
    return [p && pair ? `${p.a}–${p.b} ${pair[2]}` : path, reason];
  });
  const interviewers = report.interviewers.flatMap((r) =>
    Object.entries(r.notes).map(([stat, reason]) => [`${r.rater} ${stat}`, reason]),
  );
  return [...agreement, ...interviewers];
}

function fixed(value: number | null): string {
  return value === null ? MISSING : value.toFixed(3);
}

function signed(value: number): string {
  const text = value.toFixed(2);
  return value > 0 && text !== '0.00' ? `+${text}` : text === '-0.00' ? '0.00' : text;
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}
