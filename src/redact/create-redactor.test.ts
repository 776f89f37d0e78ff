import { describe, expect, it } from 'vitest';
import type { Transcript, TranscriptMetadata } from '../transcript/schema.ts';
import { createRedactor } from './create-redactor.ts';

function transcript(
  speakers: readonly string[],
  metadata: TranscriptMetadata = {},
  turns: readonly string[] = [],
): Transcript {
  return {
    id: 't1',
    source: { path: 't1.txt', format: 'text', hash: 'h' },
    metadata,
    speakers: [...speakers],
    turns: turns.map((text, i) => ({
      speaker: speakers[i % Math.max(1, speakers.length)] ?? 'A',
      role: i % 2 === 0 ? 'interviewer' : 'candidate',
      text,
    })),
    roles: { method: 'metadata', confident: true },
  };
}

const PLACEHOLDER = /\[(?:PERSON|EMAIL|PHONE)_\d+\]/g;

describe('createRedactor: what is hidden', () => {
  const redactor = createRedactor(
    transcript(['Interviewer', 'Ana Lopez'], { candidate: 'Ana Lopez', interviewer: 'Dr. Priya Raman' }),
    ['Globex'],
  );

  it.each<[string, string, readonly string[]]>([
    ['full name from metadata', 'Thanks, Ana Lopez.', ['Ana Lopez']],
    ['first name alone', 'Ana here.', ['Ana']],
    ['last name alone, any case', 'LOPEZ speaking', ['LOPEZ']],
    ['possessive keeps its suffix', "That was Ana's idea.", ['Ana']],
    ['interviewer name and parts (title dropped)', 'Dr. Priya Raman and Priya and Raman', ['Priya', 'Raman']],
    ['extra terms from config', 'I worked at Globex for two years.', ['Globex']],
    [
      'email address',
      'Write to ana.lopez+jobs@mail.example.co.uk today',
      ['ana.lopez+jobs@mail.example.co.uk'],
    ],
    ['international phone', 'Call +1 (415) 555-0132 please', ['+1 (415) 555-0132']],
    ['dotted phone', 'or 415.555.0132.', ['415.555.0132']],
    ['spaced phone', 'mobile 07700 900 123', ['07700 900 123']],
  ])('%s', (_, text, hidden) => {
    const out = redactor.redact(text);
    for (const value of hidden) expect(out).not.toContain(value);
    expect(out).toMatch(PLACEHOLDER);
    expect(redactor.restore(out)).toBe(text);
  });

  it('redacts a full name as one placeholder, not as its parts', () => {
    expect(redactor.redact('Ana Lopez')).toMatch(/^\[PERSON_\d+\]$/);
  });

  it.each([
    ['a name inside a longer word', 'I had a banana and an analysis of Lopezville.'],
    ['a date is not a phone number', 'I started on 2023-10-01 and left 2015 - 2018.'],
    ['short figures are not phone numbers', 'We served 12,000 rps at p99 of 45 ms, 1.5 million users.'],
    ['ordinary words', 'The interviewer asked the candidate about the speaker system.'],
  ])('leaves %s alone', (_, text) => {
    expect(redactor.redact(text)).toBe(text);
  });
});

describe('createRedactor: which labels are names', () => {
  it.each([
    ['Interviewer'],
    ['Candidate'],
    ['Speaker 0'],
    ['SPEAKER_01'],
    ['Speaker A'],
    ['Interviewer 2'],
    ['Candidate B'],
    ['0'],
    ['A'],
    ['q'],
  ])('%j is a generic label, not a name', (label) => {
    const redactor = createRedactor(transcript([label]), []);
    expect(redactor.size).toBe(0);
    const text = `${label} said: the interviewer, the candidate and speaker 0 agreed. A 0 q.`;
    expect(redactor.redact(text)).toBe(text);
  });

  it('takes names from speaker labels, but not the role word next to them', () => {
    const redactor = createRedactor(transcript(['Alex (Interviewer)', 'Jo-Anne O’Brien']), []);
    const out = redactor.redact('Alex asked Jo-Anne; O’Brien answered the interviewer.');
    expect(out).not.toMatch(/Alex|Jo-Anne|O’Brien/);
    expect(out).toContain('the interviewer.');
  });

  it('skips name parts shorter than 3 letters ("Al" would hit too many words)', () => {
    const redactor = createRedactor(transcript([], { candidate: 'Al Smith' }), []);
    const out = redactor.redact('Al Smith, Al and Smith: all along, Al.');
    expect(out).not.toContain('Smith');
    expect(out).toContain('all along');
    expect(out.match(/\bAl\b/g)).toHaveLength(2);
  });

  it('ignores empty and blank names', () => {
    expect(createRedactor(transcript(['', '  '], { candidate: ' ' }), ['']).size).toBe(0);
  });

  it('escapes names that contain regular-expression characters', () => {
    const redactor = createRedactor(transcript(['J.R. (Bob) Smith+']), []);
    expect(() => redactor.redact('J.R. (Bob) Smith+ and JxR')).not.toThrow();
    expect(redactor.redact('JxR and Bob')).toMatch(/^JxR and \[PERSON_\d+\]$/);
  });
});

describe('createRedactor: placeholders', () => {
  const t = transcript(['Interviewer', 'Ana Lopez'], { candidate: 'Ana Lopez', interviewer: 'Sam Taylor' }, [
    'Hi Ana, I am Sam.',
    'Hi Sam! Reach me at ana@example.com or +44 20 7946 0958.',
  ]);

  it('are the same for the same value, in any case, across calls and redactors of one transcript', () => {
    const a = createRedactor(t, []);
    const b = createRedactor(t, []);
    const text = 'Ana and ANA, then Sam; ana@example.com';
    expect(a.redact(text)).toBe(b.redact(text));
    const out = a.redact(text);
    const [first, second] = out.match(/\[PERSON_\d+\]/g) ?? [];
    expect(first).toBe(second);
    expect(a.redact(text)).toBe(out);
  });

  it('are numbered by first appearance in the transcript, per kind', () => {
    const r = createRedactor(t, []);
    expect(r.redact('Ana')).toBe('[PERSON_1]');
    expect(r.redact('Sam')).toBe('[PERSON_2]');
    expect(r.redact('ana@example.com')).toBe('[EMAIL_1]');
    expect(r.redact('+44 20 7946 0958')).toBe('[PHONE_1]');
  });

  it('give the same placeholder to a phone number however it is written', () => {
    const r = createRedactor(t, []);
    expect(r.redact('+44 (20) 7946-0958')).toBe(r.redact('+44 20 7946 0958'));
  });

  it('restore what a judge quotes back, and leave unknown placeholders alone', () => {
    const r = createRedactor(t, []);
    const answer = 'Sam, this is Ana Lopez. My email is ana@example.com.';
    const redacted = r.redact(answer);
    expect(redacted).not.toMatch(/Sam|Ana|Lopez|example/);
    expect(r.restore(redacted)).toBe(answer);
    expect(r.restore('[PERSON_1] said [PERSON_99]')).toBe('Ana said [PERSON_99]');
  });

  it('knows placeholders from the transcript before anything is redacted (restore after a resume)', () => {
    const r = createRedactor(t, []);
    expect(r.restore('[PERSON_1] met [PERSON_2]: [EMAIL_1]')).toBe('Ana met Sam: ana@example.com');
  });

  it('does not mutate the transcript', () => {
    const frozen = Object.freeze({ ...t, turns: Object.freeze([...t.turns]) }) as Transcript;
    expect(() => createRedactor(frozen, Object.freeze(['Globex']))).not.toThrow();
  });
});
