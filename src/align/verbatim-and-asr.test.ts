import { describe, expect, it } from 'vitest';
import { makeTranscript, type TestTurn } from '../../test/align/make-transcript.ts';
import { loadInterviewRubric } from '../../test/align/rubric-fixture.ts';
import { parseRubric } from '../rubric/parse-rubric.ts';
import type { Rubric } from '../rubric/schema.ts';
import { alignAnswers } from './align-answers.ts';
import type { AnswerSlot } from './schema.ts';

function rubricOf(questions: readonly string[]): Rubric {
  const text = questions
    .map((question, index) => `## ${index + 1}. ${question}\n\n**Green flags:**\n\n- Says something.\n`)
    .join('\n');
  const { rubric } = parseRubric({ path: 'quiz.md', text: `# Quiz\n\n${text}` });
  if (rubric === null) throw new Error('test rubric does not compile');
  return rubric;
}

function slotsOf(rubric: Rubric, turns: readonly TestTurn[]): Map<string, AnswerSlot> {
  return new Map(alignAnswers(makeTranscript(turns), rubric).map((slot) => [slot.question, slot]));
}

describe('a question read out word for word wins alignment', () => {
  // Every question says "hash table", so those words carry no weight between them.
  const shared = rubricOf([
    'What is a hash table?',
    'How does a hash table handle collisions?',
    'When would you use a hash table instead of a sorted array?',
    'What is the cost of resizing a hash table?',
  ]);

  it('even when all its words occur in every question of the rubric', () => {
    const slots = slotsOf(shared, [
      ['I', 'Okay, first one. What is a hash table?'],
      ['C', 'A map from keys to values, backed by an array of buckets.'],
      ['I', 'How does a hash table handle collisions?'],
      ['C', 'Chaining, or open addressing with probing.'],
    ]);
    expect(slots.get('q1')).toMatchObject({ status: 'answered', askedAt: 0, turns: [1, 1] });
    expect(slots.get('q2')).toMatchObject({ status: 'answered', askedAt: 2, turns: [3, 3] });
    expect(slots.get('q3')?.status).toBe('not_asked');
    expect(slots.get('q4')?.status).toBe('not_asked');
  });

  it('tells apart questions that differ only in their numbers', () => {
    const numbered = rubricOf([
      'Why did the meter read 0 volts between pin 2 and pin 3?',
      'Why did the meter read 0 volts between pin 2 and pin 5?',
      'Why did the meter read 9 volts between pin 2 and pin 5?',
    ]);
    const slots = slotsOf(numbered, [
      ['I', 'Why did the meter read 9 volts between pin 2 and pin 5?'],
      ['C', 'Pin 5 sits on the other side of the open switch.'],
      ['I', 'Why did the meter read 0 volts between pin 2 and pin 3?'],
      ['C', 'They are joined by a wire, so they are at the same potential.'],
    ]);
    expect(slots.get('q3')).toMatchObject({ status: 'answered', turns: [1, 1] });
    expect(slots.get('q1')).toMatchObject({ status: 'answered', turns: [3, 3] });
    expect(slots.get('q2')?.status).toBe('not_asked');
  });

  it('finds a question with no content words as a sentence of its own, not inside another question', () => {
    const why = rubricOf(['Which planet is largest?', 'Why?']);
    const asked = slotsOf(why, [
      ['I', 'Which planet is largest?'],
      ['C', 'Jupiter.'],
      ['I', 'Why?'],
      ['C', 'It gathered most of the gas left after the sun formed.'],
    ]);
    expect(asked.get('q2')).toMatchObject({ status: 'answered', askedAt: 2, turns: [3, 3] });
    const notAsked = slotsOf(why, [
      ['I', 'Which planet is largest? Why do you say that, quickly?'],
      ['C', 'Jupiter, it is the biggest by far.'],
    ]);
    expect(notAsked.get('q1')?.status).toBe('answered');
    expect(notAsked.get('q2')?.status).not.toBe('answered');
  });
});

describe('answer spans on ASR-shaped transcripts (many short segments)', () => {
  const rubric = loadInterviewRubric();

  it('cover the whole answer across back-channels and a long aside by the interviewer', () => {
    const turns: TestTurn[] = [
      ['I', 'Thanks for coming in.'],
      ['C', 'Happy to be here.'],
      ['I', 'So when integrating with external APIs,'],
      ['C', 'Mm-hm.'],
      ['I', 'how do you design for latency, rate limits, and partial failures?'],
      ['C', 'So the first thing'],
      ['C', 'is a timeout on every call,'],
      ['I', 'Right.'],
      ['C', 'two seconds for the payment provider,'],
      ['C', 'and then retries with exponential backoff.'],
      ['I', 'Yeah, we had exactly the same trouble with our card processor last year, it was painful.'],
      ['C', 'Exactly, and the retries only go to idempotent endpoints, with an idempotency key.'],
      ['C', 'When the provider sends 429 we honour Retry-After.'],
      ['I', 'Okay, great. Let us move on to scaling. What does scaling actually mean to you?'],
      ['C', 'Handling more load without the latency going up.'],
    ];
    const slot = new Map(alignAnswers(makeTranscript(turns), rubric).map((s) => [s.question, s])).get('q5');
    expect(slot).toMatchObject({ status: 'answered', askedAt: 4, turns: [5, 12] });
    expect(slot?.answer).toContain('honour Retry-After');
    expect(slot?.answer).not.toContain('Mm-hm');
  });
});
