import type { JudgeRequest } from '../../src/judge/schema.ts';
import { buildVerdictFormat } from '../../src/judge/verdict-format.ts';
import type { Question } from '../../src/rubric/schema.ts';

/** A question with two green flags and one red flag, ids `q<n>.g1`, `q<n>.g2`, `q<n>.r1`. */
export function makeQuestion(n: number): Question {
  const flag = (id: string, kind: 'green' | 'red', text: string) => ({
    id: `q${n}.${id}`,
    kind,
    text,
    hash: id,
  });
  return {
    id: `q${n}`,
    number: n,
    section: 'Engineering',
    text: `Question ${n}: tell me about a production incident you owned.`,
    greenFlags: [flag('g1', 'green', 'Names a metric'), flag('g2', 'green', 'Owns the fix')],
    redFlags: [flag('r1', 'red', 'Blames others')],
    aliases: [],
    hash: `hash-q${n}`,
  };
}

/** A judge request in the shape the prompt stage renders (flag lines, nonce-delimited answer). */
export function makeJudgeRequest(
  index: number,
  overrides: { answer?: string; sample?: number } = {},
): JudgeRequest {
  const question = makeQuestion(1 + (index % 5));
  const answer =
    overrides.answer ?? `Answer number ${index}: I measured p99 latency and fixed the cache myself.`;
  const nonce = `n${index}x`;
  const flags = [...question.greenFlags, ...question.redFlags].map((f) => `- [${f.id}] ${f.text}`).join('\n');
  const flagOrder = [...question.greenFlags, ...question.redFlags].map((f) => f.id);
  return {
    itemKey: `t${index}#${question.id}`,
    format: buildVerdictFormat(question, flagOrder, { min: 1, max: 4 }),
    question,
    answer,
    sample: overrides.sample ?? 0,
    prompt: {
      version: 'test-v1',
      nonce,
      flagOrder: [...question.greenFlags, ...question.redFlags].map((f) => f.id),
      messages: [
        { role: 'system', content: 'You are a strict interview evaluator. Reply with JSON only.' },
        {
          role: 'user',
          content: `${question.text}\nFlags:\n${flags}\n<answer-${nonce}>\n${answer}\n</answer-${nonce}>`,
        },
      ],
    },
  };
}
