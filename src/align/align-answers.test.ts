import { describe, expect, it } from 'vitest';
import { makeTranscript, type TestTurn } from '../../test/align/make-transcript.ts';
import { loadInterviewRubric } from '../../test/align/rubric-fixture.ts';
import { alignAnswers } from './align-answers.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align-options.ts';
import { type AnswerSlot, AnswerSlotSchema } from './schema.ts';

const rubric = loadInterviewRubric();

function align(turns: readonly TestTurn[]): Map<string, AnswerSlot> {
  const slots = alignAnswers(makeTranscript(turns), rubric);
  for (const slot of slots) AnswerSlotSchema.parse(slot);
  return new Map(slots.map((slot) => [slot.question, slot]));
}

function slotOf(slots: Map<string, AnswerSlot>, question: string): AnswerSlot {
  const slot = slots.get(question);
  if (slot === undefined) throw new Error(`no slot for ${question}`);
  return slot;
}

const GREETING: readonly TestTurn[] = [
  ['I', 'Hi Sam, thanks for joining. Can you hear me okay?'],
  ['C', 'Yes, loud and clear. Thanks for having me.'],
];

describe('alignAnswers', () => {
  it('returns one slot per rubric question, in rubric order', () => {
    const slots = alignAnswers(makeTranscript([...GREETING]), rubric);
    expect(slots.map((slot) => slot.question)).toEqual(rubric.questions.map((question) => question.id));
  });

  it('finds a question read out in the rubric’s own words', () => {
    const slots = align([
      ...GREETING,
      ['I', 'When is monkey patching appropriate, and when is it dangerous?'],
      ['C', 'Only in tests, to stub a clock or a network client. In production code it hides behaviour.'],
    ]);
    expect(slotOf(slots, 'q3')).toMatchObject({
      status: 'answered',
      method: 'similarity',
      askedAt: 2,
      turns: [3, 3],
      answer: 'Only in tests, to stub a clock or a network client. In production code it hides behaviour.',
    });
    expect(slotOf(slots, 'q3').confidence).toBeGreaterThan(0.8);
  });

  it.each([
    ['q11', 'When would you build something in-house rather than pull in an existing library?'],
    [
      'q5',
      "Say you depend on a third-party payment API that's slow and throttles you. How do you design around it?",
    ],
    ['q2', 'What gotchas have you hit with mutable objects in Python?'],
    ['q8', 'Walk me through noticing that one dependency is degraded, and recovering from it.'],
    ['q9', 'Microservices or a monolith: where do you land, and why?'],
  ])('finds the paraphrased question %s', (question, asked) => {
    const slots = align([...GREETING, ['I', asked], ['C', 'Here is my answer, in some detail.']]);
    expect(slotOf(slots, question)).toMatchObject({ status: 'answered', askedAt: 2, turns: [3, 3] });
  });

  it('keeps follow-ups and their answers in the span, without the interviewer’s words', () => {
    const slots = align([
      ...GREETING,
      ['I', 'When you integrate with external APIs, how do you handle latency and rate limits?'],
      ['C', 'Timeouts on every call and retries with backoff.'],
      ['I', 'Can you say more about the retries?'],
      ['C', 'Only on 429 and 5xx, honouring Retry-After.'],
      ['I', 'How would a circuit breaker help there?'],
      ['C', 'It stops us hammering a provider that is down.'],
      ['I', 'Okay. Tell me about a project you are proud of.'],
      ['C', 'The route optimiser we shipped last year.'],
    ]);
    expect(slotOf(slots, 'q5')).toMatchObject({
      status: 'answered',
      turns: [3, 7],
      answer:
        'Timeouts on every call and retries with backoff.\n\nOnly on 429 and 5xx, honouring Retry-After.\n\nIt stops us hammering a provider that is down.',
    });
  });

  it('keeps an answer together across a back-channel', () => {
    const slots = align([
      ...GREETING,
      ['I', 'How do you test a distributed system beyond unit tests?'],
      ['C', 'Contract tests between services first.'],
      ['I', 'Mm-hm.'],
      ['C', 'Then failure injection in staging.'],
      ['I', 'Right, right.'],
      ['C', 'And tracing, so failures can be followed across services.'],
    ]);
    expect(slotOf(slots, 'q7')).toMatchObject({ status: 'answered', turns: [3, 7] });
    expect(slotOf(slots, 'q7').answer.split('\n\n')).toHaveLength(3);
  });

  it('leaves small talk and off-rubric questions out of every span', () => {
    const slots = align([
      ...GREETING,
      ['I', 'How was your weekend? Did you do anything fun?'],
      ['C', 'I went hiking with my sister.'],
      ['I', 'So how do you organize a large Python codebase so it stays maintainable?'],
      ['C', 'Packages per domain with clear boundaries, and type checking in CI.'],
      ['I', 'Great. What are your salary expectations?'],
      ['C', 'Around one ninety.'],
      ['I', 'Any questions for me?'],
      ['C', 'What does on-call look like?'],
    ]);
    expect(slotOf(slots, 'q1')).toMatchObject({
      status: 'answered',
      askedAt: 4,
      turns: [5, 5],
      answer: 'Packages per domain with clear boundaries, and type checking in CI.',
    });
    const others = [...slots.values()].filter((slot) => slot.question !== 'q1');
    expect(others.every((slot) => slot.status === 'not_asked')).toBe(true);
  });

  it.each([
    ['Question 5: tell me about a time things went wrong with a dependency.', 'q5'],
    ['Q2. Anything about Python that bites people?', 'q2'],
    ['Okay, question nine, the last one.', 'q9'],
    ['Moving on to question number 6.', 'q6'],
  ])('lets an explicit marker win: %s', (asked, question) => {
    const slots = align([...GREETING, ['I', asked], ['C', 'My answer.']]);
    expect(slotOf(slots, question)).toMatchObject({
      status: 'answered',
      method: 'marker',
      askedAt: 2,
      turns: [3, 3],
      confidence: DEFAULT_ALIGN_OPTIONS.markerConfidence,
    });
  });

  it('reports a question that was not asked', () => {
    const slots = align([
      ...GREETING,
      ['I', 'When does reinventing the wheel make sense?'],
      ['C', 'When no library meets our constraints.'],
    ]);
    const slot = slotOf(slots, 'q8');
    expect(slot).toMatchObject({
      status: 'not_asked',
      turns: null,
      askedAt: null,
      method: 'none',
      answer: '',
    });
    expect(slot.note).toMatch(/No interviewer turn/);
    expect(slot.confidence).toBeGreaterThan(0.5);
  });

  it('splits two rubric questions asked back to back', () => {
    const slots = align([
      ...GREETING,
      ['I', 'What are the real tradeoffs between microservices and a monolith?'],
      ['C', 'A monolith is cheaper to run; services buy independent deploys.'],
      ['I', 'When is a microservice too micro?'],
      ['C', 'When every change needs three services released together.'],
    ]);
    expect(slotOf(slots, 'q9')).toMatchObject({ status: 'answered', askedAt: 2, turns: [3, 3] });
    expect(slotOf(slots, 'q10')).toMatchObject({ status: 'answered', askedAt: 4, turns: [5, 5] });
  });

  it('gives two questions asked in one breath the same span', () => {
    const slots = align([
      ...GREETING,
      [
        'I',
        'Question 9 and question 10 together: monolith or microservices, and when is a service too small?',
      ],
      ['C', 'Start with a monolith; a service is too small when it cannot change on its own.'],
    ]);
    for (const question of ['q9', 'q10']) {
      expect(slotOf(slots, question)).toMatchObject({ status: 'answered', method: 'marker', turns: [3, 3] });
    }
  });

  it('gives each question of a turn that asks two in separate parts the same span', () => {
    const slots = align([
      ...GREETING,
      [
        'I',
        'Two quick ones. How do you keep a large Python codebase maintainable, and what trouble have mutable default arguments caused you?',
      ],
      ['C', 'Packages per domain with small interfaces.'],
      ['I', 'Mm-hm.'],
      ['C', 'And a list default is shared between calls, so I default to None.'],
      ['I', 'Thanks. What does scaling mean to you?'],
      ['C', 'Finding the bottleneck before adding machines.'],
    ]);
    for (const question of ['q1', 'q2']) {
      expect(slotOf(slots, question)).toMatchObject({ status: 'answered', askedAt: 2, turns: [3, 5] });
    }
    expect(slotOf(slots, 'q6')).toMatchObject({ status: 'answered', turns: [7, 7] });
  });

  it('does not split one question that merely has two clauses', () => {
    const slots = align([
      ...GREETING,
      ['I', 'When is monkey patching appropriate, and when is it dangerous?'],
      ['C', 'Fine in tests; dangerous in production.'],
    ]);
    const asked = [...slots.values()]
      .filter((slot) => slot.status !== 'not_asked')
      .map((slot) => slot.question);
    expect(asked).toEqual(['q3']);
  });

  it.each([
    [
      'q5',
      'With the payment provider we use timeouts, backoff when they rate limit us, and idempotency keys on retries.',
    ],
    [
      'q8',
      'Per-component latency alerts, so a slow component is told apart from a failed one; bulkheads isolate the fault.',
    ],
  ])(
    'lets the answer decide between two questions the turn matches about equally (%s)',
    (question, answer) => {
      const slots = align([...GREETING, ['I', 'How do you handle partial failures?'], ['C', answer]]);
      const other = question === 'q5' ? 'q8' : 'q5';
      expect(slotOf(slots, question)).toMatchObject({ status: 'answered', askedAt: 2, turns: [3, 3] });
      expect(slotOf(slots, other).status).toBe('not_asked');
    },
  );

  it('starts the span at the first asking when the question is asked again after a clarification', () => {
    const slots = align([
      ...GREETING,
      ['I', 'How do you test a distributed system?'],
      ['C', 'Do you mean before or after it ships?'],
      ['I', 'Both. How do you test a distributed system beyond unit tests?'],
      ['C', 'Contract tests, then failure injection in staging.'],
    ]);
    expect(slotOf(slots, 'q7')).toMatchObject({ status: 'answered', askedAt: 2, turns: [3, 5] });
  });

  it('marks everything ambiguous, with capped confidence, when speaker roles are unknown', () => {
    const slots = align([
      ['?', 'Hi, thanks for joining.'],
      ['?', 'When is monkey patching appropriate, and when is it dangerous?'],
      ['?', 'Only in tests; in production it hides behaviour.'],
    ]);
    const q3 = slotOf(slots, 'q3');
    expect(q3).toMatchObject({ status: 'ambiguous', askedAt: 1, turns: [2, 2] });
    expect(q3.confidence).toBeLessThanOrEqual(DEFAULT_ALIGN_OPTIONS.unknownRoleMaxConfidence);
    expect(q3.note).toMatch(/roles are unknown/);
    const q8 = slotOf(slots, 'q8');
    expect(q8).toMatchObject({ status: 'ambiguous', turns: null });
    expect(q8.confidence).toBeLessThanOrEqual(DEFAULT_ALIGN_OPTIONS.unknownRoleMaxConfidence);
  });

  it('flags a weak but plausible match as ambiguous, with a note', () => {
    const slots = align([...GREETING, ['I', 'How do you keep code clean?'], ['C', 'Linters, mostly.']]);
    const slot = slotOf(slots, 'q1');
    expect(slot.status).toBe('ambiguous');
    expect(slot.note).toMatch(/below/);
  });

  it('does not mutate its arguments', () => {
    const transcript = makeTranscript([
      ...GREETING,
      ['I', 'What does scaling mean to you?'],
      ['C', 'Growth.'],
    ]);
    const before = JSON.stringify([transcript, rubric]);
    alignAnswers(transcript, rubric);
    expect(JSON.stringify([transcript, rubric])).toBe(before);
  });

  it('is deterministic', () => {
    const transcript = makeTranscript([
      ...GREETING,
      ['I', 'Where could race conditions occur?'],
      ['C', 'At checkout.'],
    ]);
    expect(alignAnswers(transcript, rubric)).toEqual(alignAnswers(transcript, rubric));
  });
});
