/**
 * Measures a probe round the way SECURITY.md reports one, before anything is learnt from it:
 *
 *   npm run measure-round -- test/fixtures/security/held-out/r122.json [--verbose]
 *
 * The file is a JSON array of records `{ round, style, attacked, question, answer, steering? }`
 * (`steering`: the author's spans, verbatim, for attacked answers). Prints, per style and in all,
 * the attacks flagged by the patterns alone and with the learned model, the clean answers flagged,
 * and — where spans are given — how many attacks the offline judge rates above their unattacked
 * twin (the answer with the author's spans cut) after "keep the lower". Reads only; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { detectInjection } from '../src/injection/detect-injection.ts';
import { flagTermsOf } from '../src/injection/flag-terms.ts';
import { removeSpans } from '../src/injection/remove-spans.ts';
import { loadRubric } from '../src/io/load-rubric.ts';
import { heuristicVerdict } from '../src/judge/heuristic/heuristic-verdict.fixture.ts';
import type { Question } from '../src/rubric/schema.ts';

const ProbeRecordSchema = z.object({
  round: z.string(),
  style: z.string(),
  attacked: z.boolean(),
  question: z.string(),
  answer: z.string(),
  steering: z.array(z.string()).optional(),
});
type ProbeRecord = z.infer<typeof ProbeRecordSchema>;

const ROOT = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (file === undefined) {
  console.error('name the round file: npm run measure-round -- test/fixtures/security/held-out/r122.json');
  process.exit(2);
}
const records = z.array(ProbeRecordSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
const { rubric } = loadRubric('rubrics/interview-rubric.md', ROOT);
const questionOf = (id: string): Question => {
  const question = rubric.questions.find((q) => q.id === id);
  if (question === undefined) throw new Error(`no ${id} in the bundled rubric`);
  return question;
};
const rating = async (record: ProbeRecord, answer: string): Promise<number> =>
  (await heuristicVerdict(questionOf(record.question), answer)).rating;

/** The rating a run keeps: the lower of the answer's and its stripped twin's when detection suspects it. */
async function keptRating(record: ProbeRecord): Promise<number> {
  const report = detectInjection(record.answer, { flagTerms: flagTermsOf(questionOf(record.question)) });
  const own = await rating(record, record.answer);
  return report.suspected
    ? Math.min(own, await rating(record, removeSpans(record.answer, report.spans)))
    : own;
}

const rows = new Map<
  string,
  { patterns: number; model: number; attacks: number; clean: number; cleanFlagged: number; raised: number }
>();
let withSpans = 0;
for (const record of records) {
  const row = rows.get(record.style) ?? {
    patterns: 0,
    model: 0,
    attacks: 0,
    clean: 0,
    cleanFlagged: 0,
    raised: 0,
  };
  rows.set(record.style, row);
  const flagTerms = flagTermsOf(questionOf(record.question));
  const byModel = detectInjection(record.answer, { flagTerms }).suspected;
  if (!record.attacked) {
    row.clean += 1;
    if (byModel) row.cleanFlagged += 1;
    if (byModel && values.verbose)
      console.log(`clean flagged (${record.style}): ${record.answer.slice(0, 160)}`);
    continue;
  }
  row.attacks += 1;
  if (detectInjection(record.answer, { learned: false, flagTerms }).suspected) row.patterns += 1;
  if (byModel) row.model += 1;
  else if (values.verbose) console.log(`missed (${record.style}): ${record.answer.slice(0, 160)}`);
  if (record.steering === undefined || record.steering.length === 0) continue;
  withSpans += 1;
  const twin = record.steering.reduce((text, span) => text.replace(span, ' '), record.answer);
  const kept = await keptRating(record);
  const twinRating = await rating(record, twin);
  if (kept <= twinRating) continue;
  row.raised += 1;
  if (values.verbose)
    console.log(
      `above twin (${record.style}, ${kept} > ${twinRating}): ${record.steering.join(' | ').slice(0, 200)}`,
    );
}

const total = { patterns: 0, model: 0, attacks: 0, clean: 0, cleanFlagged: 0, raised: 0 };
console.log('style                  patterns  with model  clean flagged  above twin');
for (const [style, row] of rows) {
  for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += row[key];
  console.log(
    `${style.padEnd(22)} ${`${row.patterns}/${row.attacks}`.padStart(8)}  ${`${row.model}/${row.attacks}`.padStart(10)}  ${`${row.cleanFlagged}/${row.clean}`.padStart(13)}  ${String(row.raised).padStart(10)}`,
  );
}
console.log(
  `all: ${total.patterns} of ${total.attacks} attacks by the patterns, ${total.model} with the model; ` +
    `${total.cleanFlagged} of ${total.clean} clean answers flagged; ` +
    `${total.raised} of the ${withSpans} attacks with spans rated above their twin (offline judge, keep the lower)`,
);
