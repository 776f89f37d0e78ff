/** Test helper: runs a judge on a seed question and returns the verdict body (throws otherwise). */
import type { JudgeModel, JudgeRequest, VerdictBody } from '../schema.ts';
import { buildVerdictFormat } from '../verdict-format.ts';
import { seedQuestion } from './seed-questions.fixture.ts';

/** A request for a seed question; `prompt` is a stub because the heuristic judge ignores it. */
export function requestFor(questionId: string, answer: string, sample = 0): JudgeRequest {
  const question = seedQuestion(questionId);
  return {
    itemKey: `t1#${questionId}`,
    question,
    answer,
    sample,
    prompt: { version: 'test', messages: [], flagOrder: [], nonce: 'nonce' },
    format: buildVerdictFormat(question, [], { min: 1, max: 4 }),
  };
}

/** Judges `answer` and returns the body of an `ok` verdict. */
export async function judgeBody(judge: JudgeModel, questionId: string, answer: string): Promise<VerdictBody> {
  const verdict = await judge.judge(requestFor(questionId, answer));
  if (verdict.outcome !== 'ok')
    throw new Error(`Expected an ok verdict, got ${verdict.outcome}: ${verdict.error}`);
  return verdict.body;
}

/** Flag id → status, for compact assertions. */
export function statusesOf(body: VerdictBody): Record<string, string> {
  return Object.fromEntries(body.findings.map((finding) => [finding.flag, finding.status]));
}
