/**
 * Throughput of the offline heuristic judge: judges ~5000 synthetic answers (sentences of the
 * labelled test corpus recombined by a seeded generator, 3–9 sentences each, across all eleven
 * seed questions) and prints items per second. A plain script, not a test: timing is never
 * asserted. Run: `node --import tsx bench/heuristic-judge.bench.ts [items]`.
 */
import { createHeuristicJudge } from '../src/judge/heuristic/create-heuristic-judge.ts';
import { LABELLED_ANSWERS } from '../src/judge/heuristic/labelled-answers.fixture.ts';
import { buildSeedQuestions } from '../src/judge/heuristic/seed-questions.fixture.ts';
import type { JudgeRequest } from '../src/judge/schema.ts';
import { createVerdictFormatCache } from '../src/judge/verdict-format.ts';
import { mulberry32 } from '../src/prompt/mulberry32.ts';

const ITEMS = Number(process.argv[2] ?? 5000);
const WARM_UP = 200;

function buildRequests(count: number): JudgeRequest[] {
  const random = mulberry32(42);
  const questions = buildSeedQuestions();
  const sentences = LABELLED_ANSWERS.flatMap((item) => item.answer.split(/(?<=[.!?])\s+/));
  const formatOf = createVerdictFormatCache({ min: 1, max: 4 });
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const question = pick(questions);
    const length = 3 + Math.floor(random() * 7);
    const answer = Array.from({ length }, () => pick(sentences)).join(' ');
    return {
      itemKey: `bench-${index}#${question.id}`,
      question,
      answer,
      sample: 0,
      prompt: { version: 'bench', messages: [], flagOrder: [], nonce: 'bench' },
      format: formatOf(question, []),
    };
  });
}

async function main(): Promise<void> {
  const requests = buildRequests(ITEMS);
  const judge = createHeuristicJudge();
  for (const request of requests.slice(0, WARM_UP)) await judge.judge(request);
  const words = requests.reduce((sum, request) => sum + request.answer.split(/\s+/).length, 0);
  const started = performance.now();
  let ratings = 0;
  for (const request of requests) {
    const verdict = await judge.judge(request);
    if (verdict.outcome === 'ok') ratings += verdict.body.rating;
  }
  const seconds = (performance.now() - started) / 1000;
  const perSecond = Math.round(ITEMS / seconds);
  console.log(
    `heuristic judge: ${ITEMS} items (${Math.round(words / ITEMS)} words on average) in ${seconds.toFixed(2)} s → ${perSecond} items/s (mean rating ${(ratings / ITEMS).toFixed(2)})`,
  );
}

await main();
