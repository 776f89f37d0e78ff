import { describe, expect, it } from 'vitest';
import { alignAnswers } from '../../src/align/align-answers.ts';
import { HOLDOUT_INTERVIEWS } from './holdout-interviews.ts';
import { makeTranscript } from './make-transcript.ts';
import { loadInterviewRubric } from './rubric-fixture.ts';

/** Same rule as the gold test: answered with the fragment in the answer, or not asked. */
describe('alignment accuracy on interviews the aligner was not tuned on', () => {
  it('aligns at least 90% of (interview, question) items', () => {
    const rubric = loadInterviewRubric();
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const interview of HOLDOUT_INTERVIEWS) {
      const slots = alignAnswers(makeTranscript(interview.turns, interview.name), rubric);
      for (const slot of slots) {
        total += 1;
        const quote = interview.asked[slot.question];
        const ok =
          quote === undefined
            ? slot.status === 'not_asked'
            : slot.status === 'answered' && slot.answer.includes(quote);
        if (ok) right += 1;
        else
          misses.push(
            `${interview.name} ${slot.question}: ${slot.status} ${JSON.stringify(slot.turns)} ${slot.note ?? ''}`,
          );
      }
    }
    console.log(
      `holdout alignment accuracy ${right}/${total} = ${(right / total).toFixed(3)}\n${misses.join('\n')}`,
    );
    expect(total).toBe(HOLDOUT_INTERVIEWS.length * rubric.questions.length);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
