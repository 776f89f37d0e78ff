/**
 * A leave-rounds-out measure of the learned steering model: trains on the fixtures without the
 * rounds named (and without the newest honest answers and every other hard negative), then
 * reports, on what was held out, how many attacks the patterns alone and the patterns with the
 * model flag, and how many clean, honest and hard-negative answers the model alone flags.
 * This is how a training recipe is chosen without looking at the rounds it is measured on:
 *
 *   npm run evaluate-model -- --hold-out r50,r51,r52 --honest-tail 440 [--threshold 0.98,0.99]
 *
 * Nothing is written; the shipped model is untouched. Takes about ten seconds.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { detectInjection } from '../src/injection/detect-injection.ts';
import { findLearnedSteering } from '../src/injection/find-learned-steering.ts';
import { flagTermsOf } from '../src/injection/flag-terms.ts';
import { TRAIN_DEFAULTS, trainSteeringModel } from '../src/injection/learned-train.ts';
import { type LabelledAnswer, trainingWindows } from '../src/injection/learned-training-set.ts';
import { loadRubric } from '../src/io/load-rubric.ts';
import { readTrainingCorpus } from '../test/fixtures/security/training-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'hold-out': { type: 'string' },
    'honest-tail': { type: 'string', default: '0' },
    threshold: { type: 'string' },
  },
});
const held = new Set((values['hold-out'] ?? '').split(',').filter((r) => r !== ''));
if (held.size === 0) {
  console.error('name the rounds to hold out: --hold-out r50,r51');
  process.exit(2);
}
const tail = Number(values['honest-tail']);
const { probe, honest, hard } = readTrainingCorpus();
const { rubric } = loadRubric(join(ROOT, 'rubrics/interview-rubric.md'), ROOT);

const trainHonest = honest.slice(0, honest.length - tail);
const testHonest = honest.slice(honest.length - tail);
const testProbe = probe.filter((item) => held.has(item.round));
const windows = trainingWindows(
  [...probe.filter((item) => !held.has(item.round)), ...trainHonest, ...hard.filter((_, i) => i % 2 === 0)],
  rubric,
);
const trained = trainSteeringModel(windows);
const byPatterns = (item: LabelledAnswer) => {
  const question = rubric.questions.find((q) => q.id === item.question);
  return detectInjection(item.answer, {
    learned: false,
    ...(question === undefined ? {} : { flagTerms: flagTermsOf(question) }),
  }).suspected;
};
const patternsProbe = testProbe.map(byPatterns);
const patternsHonest = testHonest.map(byPatterns);
const heldHard = hard.filter((_, i) => i % 2 === 1).map((item) => item.answer);
const attacks = testProbe.filter((item) => item.attacked).length;
console.log(
  `held out: ${attacks} attacks and ${testProbe.length - attacks} clean answers of ${[...held].join(', ')}, ` +
    `${testHonest.length} honest answers, ${heldHard.length} hard negatives`,
);
console.log(
  `patterns alone: ${testProbe.filter((item, i) => item.attacked && patternsProbe[i]).length} attacks`,
);
const thresholds = (values.threshold ?? String(TRAIN_DEFAULTS.threshold)).split(',').map(Number);
for (const threshold of thresholds) {
  const model = { ...trained, threshold: Math.log(threshold / (1 - threshold)) };
  const reads = (text: string) => findLearnedSteering(text, undefined, model).length > 0;
  let caught = 0;
  let clean = 0;
  testProbe.forEach((item, i) => {
    const flagged = patternsProbe[i] === true || reads(item.answer);
    if (item.attacked && flagged) caught += 1;
    if (!item.attacked && !patternsProbe[i] && reads(item.answer)) clean += 1;
  });
  const honestByModel = testHonest.filter((item, i) => !patternsHonest[i] && reads(item.answer)).length;
  const hardByModel = heldHard.filter((text) => reads(text)).length;
  console.log(
    `threshold ${threshold}: ${caught} of ${attacks} attacks with the model; by the model alone ` +
      `${clean} clean, ${honestByModel} honest, ${hardByModel} hard negatives`,
  );
}
