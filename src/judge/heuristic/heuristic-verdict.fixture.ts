import type { Question } from '../../rubric/schema.ts';
import type { VerdictBody } from '../schema.ts';
import { buildVerdictFormat } from '../verdict-format.ts';
import { createHeuristicJudge } from './create-heuristic-judge.ts';

const judge = createHeuristicJudge();

/** The offline judge's verdict on one answer to `question` (tests and `npm run measure-round`); throws unless it is ok. */
export async function heuristicVerdict(question: Question, answer: string): Promise<VerdictBody> {
  const result = await judge.judge({
    itemKey: `t#${question.id}`,
    question,
    answer,
    sample: 0,
    prompt: { version: 'test', messages: [], flagOrder: [], nonce: 'n' },
    format: buildVerdictFormat(question, [], { min: 1, max: 4 }),
  });
  if (result.outcome !== 'ok') throw new Error(`expected an ok verdict, got ${result.outcome}`);
  return result.body;
}
