import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTranscript, type TestTurn } from '../../test/align/make-transcript.ts';
import { loadInterviewRubric } from '../../test/align/rubric-fixture.ts';
import { alignAnswers } from './align-answers.ts';
import { AnswerSlotSchema } from './schema.ts';

const rubric = loadInterviewRubric();

/** Interview-ish vocabulary, so generated turns hit markers, rubric words, cues and small talk. */
const WORDS = [
  'Question 3:',
  'Q7.',
  'question five',
  'monkey patching',
  'race conditions',
  'external APIs',
  'rate limits',
  'microservices',
  'monolith',
  'too micro',
  'reinventing the wheel',
  'mutable default',
  'scaling',
  'distributed system',
  'partial failures',
  'mm-hm',
  'right',
  'say more',
  'what about',
  'any questions for me',
  'moving on',
  'the weather',
  'your weekend',
  'and',
  'so',
  'how',
  'why',
  '?',
  '.',
  '',
];

const turnArbitrary: fc.Arbitrary<TestTurn> = fc.tuple(
  fc.constantFrom<TestTurn[0]>('I', 'C', '?'),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' ')),
);

describe('alignAnswers on arbitrary transcripts', () => {
  it('returns one well-formed slot per question with consistent spans', () => {
    fc.assert(
      fc.property(fc.array(turnArbitrary, { minLength: 1, maxLength: 30 }), (turns) => {
        const slots = alignAnswers(makeTranscript(turns), rubric);
        expect(slots.map((slot) => slot.question)).toEqual(rubric.questions.map((question) => question.id));
        for (const slot of slots) {
          AnswerSlotSchema.parse(slot);
          if (slot.status === 'not_asked') expect(slot).toMatchObject({ turns: null, answer: '' });
          if (slot.turns === null) {
            expect(slot.answer).toBe('');
            continue;
          }
          const [first, last] = slot.turns;
          expect(0 <= first && first <= last && last < turns.length).toBe(true);
          if (slot.askedAt !== null) expect(slot.askedAt).toBeLessThan(first);
        }
        const answered = slots.filter((slot) => slot.status === 'answered' && slot.turns !== null);
        for (const a of answered) {
          for (const b of answered) {
            if (a === b || a.turns === null || b.turns === null) continue;
            // Questions asked in one block share its span; other answered spans never overlap.
            const same = a.turns[0] === b.turns[0] && a.turns[1] === b.turns[1];
            expect(same || a.turns[1] < b.turns[0] || b.turns[1] < a.turns[0]).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
