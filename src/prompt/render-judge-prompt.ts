import type { RenderedPrompt } from '../judge/schema.ts';
import type { Question, Rubric } from '../rubric/schema.ts';
import { deriveNonce } from './derive-nonce.ts';
import { orderFlags } from './order-flags.ts';
import { renderSystemPrompt } from './render-system-prompt.ts';
import { renderUserPrompt } from './render-user-prompt.ts';
import { PROMPT_VERSION } from './version.ts';

/**
 * The judge prompt for one (item, sample): a system message that is the same for every call on
 * this rubric, then a user message with the question, its flags (shuffled per sample, seeded) and
 * the answer inside nonce-carrying delimiters. Deterministic: the same arguments give the same
 * prompt, byte for byte.
 */
export function renderJudgePrompt(args: {
  rubric: Rubric;
  question: Question;
  answer: string;
  sample: number;
  itemKey: string;
  secret: string;
}): RenderedPrompt {
  const { rubric, question, answer, sample, itemKey, secret } = args;
  const flags = orderFlags(question, itemKey, sample);
  const nonce = deriveNonce(secret, itemKey, sample);
  return {
    version: PROMPT_VERSION,
    messages: [
      { role: 'system', content: renderSystemPrompt(rubric) },
      { role: 'user', content: renderUserPrompt({ question, flags, nonce, answer }) },
    ],
    flagOrder: flags.map((flag) => flag.id),
    nonce,
  };
}
