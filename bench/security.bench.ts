/**
 * Security figures for SECURITY.md: injection detection per attack style and false positives
 * on the corpora in test/fixtures/security, and detection/redaction throughput on a large
 * answer. Prints; asserts nothing (the tests assert).
 */
import { resolve } from 'node:path';
import { detectInjection } from '../src/injection/detect-injection.ts';
import { flagTermsOf } from '../src/injection/flag-terms.ts';
import { loadRubric } from '../src/io/load-rubric.ts';
import { createRedactor } from '../src/redact/create-redactor.ts';
import {
  ATTACKS,
  CLEAN_ANSWERS,
  SECURITY_ANSWERS,
  WEAK_ANSWERS,
} from '../test/fixtures/security/injection-corpus.ts';
import { NOT_PII, PII_CASES } from '../test/fixtures/security/pii-corpus.ts';

const root = resolve(import.meta.dirname, '..');
const { rubric } = loadRubric('rubrics/interview-rubric.md', root);
const termsOf = (id: string) => {
  const question = rubric.questions.find((q) => q.id === id);
  return question === undefined ? [] : flagTermsOf(question);
};

console.log('injection detection per style (attack appended to a weak answer)');
let total = 0;
let caught = 0;
for (const [style, attacks] of Object.entries(ATTACKS)) {
  const pool = style === 'keyword_stuffing' ? WEAK_ANSWERS.filter((w) => w.question === 'q5') : WEAK_ANSWERS;
  let hit = 0;
  attacks.forEach((attack, i) => {
    const weak = pool[i % pool.length] ?? WEAK_ANSWERS[0];
    if (weak === undefined) return;
    const report = detectInjection(`${weak.text} ${attack}`, { flagTerms: termsOf(weak.question) });
    if (report.spans.some((s) => s.end > weak.text.length)) hit += 1;
  });
  total += attacks.length;
  caught += hit;
  console.log(`  ${style.padEnd(22)} ${hit}/${attacks.length}`);
}
console.log(`  ${'all'.padEnd(22)} ${caught}/${total} (${((caught / total) * 100).toFixed(1)}%)`);
const twins = WEAK_ANSWERS.filter(
  (w) => detectInjection(w.text, { flagTerms: termsOf(w.question) }).suspected,
);
const security = SECURITY_ANSWERS.filter((a) => detectInjection(a, { flagTerms: termsOf('q5') }).suspected);
const clean = CLEAN_ANSWERS.filter((a) => detectInjection(a, { flagTerms: termsOf('q5') }).suspected);
console.log(
  `false positives: unattacked twins ${twins.length}/${WEAK_ANSWERS.length}, security answers ${security.length}/${SECURITY_ANSWERS.length}, clean sentences ${clean.length}/${CLEAN_ANSWERS.length}`,
);

const transcript = {
  id: 'bench',
  source: { path: 'bench.txt', format: 'text' as const, hash: 'h' },
  metadata: { candidate: 'Alex Rivera', interviewer: 'Sam Taylor' },
  speakers: ['Sam Taylor', 'Alex Rivera'],
  turns: PII_CASES.map((c) => ({ speaker: 'Alex Rivera', role: 'candidate' as const, text: c.sentence })),
  roles: { method: 'metadata' as const, confident: true },
};
const redactor = createRedactor(transcript, []);
const leaked = PII_CASES.filter((c) => redactor.redact(c.sentence).includes(c.value));
const touched = NOT_PII.filter((t) => createRedactor({ ...transcript, turns: [] }, []).redact(t) !== t);
console.log(
  `PII: ${PII_CASES.length - leaked.length}/${PII_CASES.length} corpus strings redacted; ${touched.length}/${NOT_PII.length} technical controls changed; classes ${redactor.classes.join(', ')}`,
);

const answer = 'We used retries with backoff, S3 and EC2 with a p99 of 45 ms; see alexrivera.dev. '.repeat(
  12_500,
);
let started = performance.now();
detectInjection(answer, { flagTerms: termsOf('q5') });
console.log(
  `detectInjection on ${(answer.length / 1e6).toFixed(1)} MB: ${(performance.now() - started).toFixed(0)} ms`,
);
started = performance.now();
redactor.redact(answer);
console.log(
  `redact on ${(answer.length / 1e6).toFixed(1)} MB: ${(performance.now() - started).toFixed(0)} ms`,
);
