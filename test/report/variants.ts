import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { Report } from '../../src/report/schema.ts';
import { FIXTURE_REPORT } from './fixture.ts';

/** Text a candidate or a file name could carry to break each output format. */
export const NASTY = 'x|y\n<b>&"quoted"\'</b> ]]> \u0001 =cmd()';

/** The fixture with every free-text field of one review item replaced by nasty text. */
export function withNastyItem(report: Report = FIXTURE_REPORT): Report {
  const items = report.items.map((item): ItemResult => {
    if (item.key !== 'alice-chen#q2') return item;
    return {
      ...item,
      transcript: NASTY,
      key: `${NASTY}#q2`,
      reviewNotes: item.reviewNotes.map((note) => `${note} ${NASTY}`),
      findings: item.findings.map((finding) => ({
        ...finding,
        evidence: finding.evidence.map((evidence) => ({ ...evidence, quote: NASTY })),
      })),
    };
  });
  return { ...report, items };
}

/** The fixture with its review queue blown up to `count` items with long notes. */
export function withHugeQueue(count: number, report: Report = FIXTURE_REPORT): Report {
  const template = report.items.find((item) => item.key === 'alice-chen#q4');
  if (template === undefined) throw new Error('fixture changed: alice-chen#q4 missing');
  const items = Array.from(
    { length: count },
    (_, index): ItemResult => ({
      ...template,
      key: `candidate-${String(index).padStart(4, '0')}#q4`,
      transcript: `candidate-${String(index).padStart(4, '0')}`,
      reviewNotes: template.reviewNotes.map((note) => `${note} ${'detail '.repeat(30)}`),
      reviewPriority: index % 7,
    }),
  );
  return { ...report, items };
}
