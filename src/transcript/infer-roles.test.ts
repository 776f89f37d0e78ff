import { describe, expect, it } from 'vitest';
import { inferRoles } from './infer-roles.ts';
import type { TranscriptMetadata } from './schema.ts';

const turns = (...pairs: [string, string][]) => pairs.map(([speaker, text]) => ({ speaker, text }));

const interview = turns(
  ['Sam', 'Thanks for coming. Tell me about your last project.'],
  ['Jane', 'I built the billing pipeline at Acme, processing two million events a day with Kafka.'],
  ['Sam', 'How did you handle retries?'],
  ['Jane', 'With idempotency keys, a dead-letter queue and exponential backoff on the consumers.'],
  ['Sam', 'Why Kafka?'],
  ['Jane', 'We needed replay. Do you mean versus a plain queue? Replay was the deciding factor for us.'],
);

describe('inferRoles from speech', () => {
  it('finds the interviewer (most questions) and the candidate (most words) of two speakers', () => {
    expect(inferRoles(interview, {})).toEqual({
      roles: { Sam: 'interviewer', Jane: 'candidate' },
      inference: {
        method: 'inferred',
        confident: true,
        note: 'Sam asks 3 of 4 questions: interviewer; Jane speaks the most words (44): candidate',
      },
    });
  });

  it('makes a second speaker who asks questions an interviewer, and one who asks none unknown', () => {
    const panel = [
      ...interview,
      ...turns(['Ken', 'Can you give an example?'], ['Jane', 'Sure.'], ['Note Taker', 'Noted.']),
    ];
    const { roles, inference } = inferRoles(panel, {});
    expect(roles).toEqual({
      Sam: 'interviewer',
      Jane: 'candidate',
      Ken: 'interviewer',
      'Note Taker': 'unknown',
    });
    expect(inference.method).toBe('inferred');
  });

  it('is not confident when the interviewer speaks more than the candidate', () => {
    const { roles, inference } = inferRoles(
      turns(
        [
          'Sam',
          'Let me explain the team at length first, it is a long story with many parts. What do you do?',
        ],
        ['Jane', 'Backend work.'],
        ['Sam', 'Why?'],
        ['Jane', 'I like it.'],
      ),
      {},
    );
    expect(roles).toEqual({ Sam: 'interviewer', Jane: 'candidate' });
    expect(inference).toMatchObject({
      method: 'inferred',
      confident: false,
      note: expect.stringMatching(/not clear-cut/),
    });
  });

  it.each([
    [
      'one speaker',
      turns(['Sam', 'Why?'], ['Sam', 'How?']),
      { Sam: 'unknown' },
      'only one speaker label (Sam): roles cannot be told apart',
    ],
    [
      'only unlabelled speech',
      turns(['unknown', 'What now?']),
      { unknown: 'unknown' },
      'no speaker labels recognised: roles cannot be told apart',
    ],
    [
      'no question',
      turns(['A', 'I went home.'], ['B', 'I stayed.']),
      { A: 'unknown', B: 'unknown' },
      'no speaker asks a question (A, B): roles cannot be told apart',
    ],
    [
      'a tie in questions',
      turns(['A', 'Why?'], ['B', 'How?']),
      { A: 'unknown', B: 'unknown' },
      'two speakers ask the most questions alike (A, B): roles cannot be told apart',
    ],
  ])('cannot tell with %s', (_name, input, roles, note) => {
    expect(inferRoles(input, {})).toEqual({ roles, inference: { method: 'none', confident: false, note } });
  });
});

describe('inferRoles from labels', () => {
  it.each([
    [
      'Interviewer / Candidate',
      turns(['Interviewer', 'Hi.'], ['Candidate', 'Hello?']),
      { Interviewer: 'interviewer', Candidate: 'candidate' },
    ],
    ['Q / A', turns(['Q', 'Go on.'], ['A', 'Why?']), { Q: 'interviewer', A: 'candidate' }],
    [
      'Interviewer and a name',
      turns(['Interviewer 1', 'Hi.'], ['Jane', 'Hello.'], ['Interviewer 2', 'Hey.']),
      { 'Interviewer 1': 'interviewer', Jane: 'candidate', 'Interviewer 2': 'interviewer' },
    ],
    [
      'Candidate and a name',
      turns(['Sam', 'Hi.'], ['Candidate', 'Hello.']),
      { Sam: 'interviewer', Candidate: 'candidate' },
    ],
  ])('%s', (_name, input, roles) => {
    const result = inferRoles(input, {});
    expect(result.roles).toEqual(roles);
    expect(result.inference).toMatchObject({ method: 'inferred', confident: true });
  });

  it('does not read a lone ASR label `A` as the candidate', () => {
    const result = inferRoles(turns(['A', 'Why?'], ['B', 'Because of the long story I am telling now.']), {});
    expect(result.roles).toEqual({ A: 'interviewer', B: 'candidate' });
    expect(result.inference.note).toMatch(/^A asks 1 of 1 questions/);
  });
});

describe('inferRoles from metadata', () => {
  const labels = turns(['Speaker 0', 'I ask things?'], ['Speaker 1', 'Why?'], ['Speaker 0', 'Hm.']);

  it.each<[string, TranscriptMetadata, Record<string, string>, boolean]>([
    [
      'roles win over speech',
      { roles: { 'Speaker 0': 'candidate', 'Speaker 1': 'interviewer' } },
      { 'Speaker 0': 'candidate', 'Speaker 1': 'interviewer' },
      true,
    ],
    [
      'a candidate name makes the others interviewers',
      { candidate: 'speaker 0' },
      { 'Speaker 0': 'candidate', 'Speaker 1': 'interviewer' },
      true,
    ],
    [
      'an interviewer name leaves one candidate',
      { interviewer: 'Speaker 0' },
      { 'Speaker 0': 'interviewer', 'Speaker 1': 'candidate' },
      true,
    ],
  ])('%s', (_name, metadata, roles, confident) => {
    const result = inferRoles(labels, metadata);
    expect(result.roles).toEqual(roles);
    expect(result.inference).toMatchObject({ method: 'metadata', confident });
  });

  it('matches a full name in metadata to a first-name label', () => {
    const result = inferRoles(turns(['Sam', 'Why?'], ['Jane', 'Because.']), { candidate: 'Jane Doe' });
    expect(result.roles).toEqual({ Sam: 'interviewer', Jane: 'candidate' });
    expect(result.inference.note).toBe('metadata: Jane is candidate; taken as Sam interviewer');
  });

  it('notes metadata names that match no label and falls back to speech', () => {
    const result = inferRoles(interview, { candidate: 'Zed Zulu' });
    expect(result.roles).toEqual({ Sam: 'interviewer', Jane: 'candidate' });
    expect(result.inference.method).toBe('inferred');
    expect(result.inference.note).toMatch(
      /^metadata names candidate `Zed Zulu`, but no speaker label matches it; Sam asks/,
    );
  });

  it('keeps the unlabelled speaker unknown', () => {
    const result = inferRoles(turns(['unknown', 'Intro.'], ['Sam', 'Why?'], ['Jane', 'Because.']), {
      interviewer: 'Sam',
    });
    expect(result.roles).toEqual({ unknown: 'unknown', Sam: 'interviewer', Jane: 'candidate' });
  });
});
