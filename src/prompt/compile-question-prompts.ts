import { buildVerdictFormat } from '../judge/verdict-format.ts';
import type { Rubric } from '../rubric/schema.ts';
import { renderSystemPrompt } from './render-system-prompt.ts';
import { renderUserPrompt } from './render-user-prompt.ts';

/** The placeholders shown where a real call has the answer and its nonce. */
export const ANSWER_PLACEHOLDER = '{{answer}}';
export const NONCE_PLACEHOLDER = '{{nonce}}';

/**
 * Every question's prompt text as a judge reads it (flags in rubric order, i.e. sample 0), with
 * `{{answer}}` and `{{nonce}}` placeholders, and the JSON Schema the verdict must follow (flags in
 * the same order): what `rubricate compile` shows users.
 */
export function compileQuestionPrompts(
  rubric: Rubric,
): Record<string, { system: string; user: string; responseSchema: Readonly<Record<string, unknown>> }> {
  const system = renderSystemPrompt(rubric);
  return Object.fromEntries(
    rubric.questions.map((question) => {
      const flags = [...question.greenFlags, ...question.redFlags];
      return [
        question.id,
        {
          system,
          user: renderUserPrompt({ question, flags, nonce: NONCE_PLACEHOLDER, answer: ANSWER_PLACEHOLDER }),
          responseSchema: buildVerdictFormat(
            question,
            flags.map((f) => f.id),
            rubric.scale,
          ).jsonSchema,
        },
      ];
    }),
  );
}
