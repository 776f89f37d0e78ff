import { formatTable } from './format-table.ts';
import type { CalibrationReport, InterviewerReport, PairAgreement } from './schema.ts';

const MISSING = '—';

/** Human-readable tables of a calibration report, for the terminal (`calibrate` without `--json`). */
export function formatCalibration(report: CalibrationReport): string {
  const { krippendorffAlpha: alpha } = report;
  const lines = [
    `Agreement among ${report.raters} rater${plural(report.raters)} on ${report.items} item${plural(report.items)}`,
    ...formatTable([
      [
        "Krippendorff's alpha",
        `nominal ${fixed(alpha.nominal)}  ordinal ${fixed(alpha.ordinal)}  interval ${fixed(alpha.interval)}`,
      ],
      ["Fleiss' kappa", fixed(report.fleissKappa)],
    ]),
  ];
  // Pairs who rated nothing in common (interviewers of different transcripts) are noise in text;
  // the JSON keeps them all.
  const shared = report.pairs.filter((p) => p.n > 0);
  if (shared.length > 0) lines.push('', 'Rater pairs', ...formatTable(pairRows(shared)));
  const hidden = report.pairs.length - shared.length;
  if (hidden > 0) lines.push(`  (${hidden} pair(s) with no items in common not shown; see --json)`);
  if (report.interviewers.length > 0) {
    lines.push(
      '',
      'Interviewers against the run (bias = interviewer − run: + lenient, − severe)',
      ...formatTable(interviewerRows(report.interviewers)),
    );
  }
  const notes = noteLines(report);
  if (notes.length > 0) lines.push('', 'Why some values are missing', ...formatTable(notes));
  return `${lines.join('\n')}\n`;
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
  const agreement = Object.entries(report.notes).flatMap(([path, reason]) => {
    const pair = /^pairs\[(\d+)\]\.(.+)$/.exec(path);
    const p = pair ? report.pairs[Number(pair[1])] : undefined;
    // Pairs with nothing in common are not shown above, so neither are their notes.
    if (p !== undefined && p.n === 0) return [];
    return [[p && pair ? `${p.a}–${p.b} ${pair[2]}` : path, reason]];
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
