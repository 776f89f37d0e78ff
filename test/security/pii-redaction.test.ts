import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/redact/create-redactor.ts';
import type { Transcript } from '../../src/transcript/schema.ts';
import { NOT_PII, PII_CASES } from '../fixtures/security/pii-corpus.ts';

/** A transcript whose candidate answers with `lines`, one turn each. */
function transcriptOf(lines: readonly string[]): Transcript {
  return {
    id: 'pii',
    source: { path: 'pii.txt', format: 'text', hash: 'h' },
    metadata: { candidate: 'Alex Rivera', interviewer: 'Sam Taylor' },
    speakers: ['Sam Taylor', 'Alex Rivera'],
    turns: lines.map((text, i) => ({
      speaker: i % 2 === 0 ? 'Sam Taylor' : 'Alex Rivera',
      role: i % 2 === 0 ? 'interviewer' : 'candidate',
      text,
    })),
    roles: { method: 'metadata', confident: true },
  };
}

describe('PII redaction corpus', () => {
  const redactor = createRedactor(transcriptOf(PII_CASES.map((c) => c.sentence)), []);

  it('has at least 60 cases over every class', () => {
    expect(PII_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PII_CASES.map((c) => c.cls)).size).toBe(9);
  });

  it.each(PII_CASES.map((c) => [c.cls, c.value, c.sentence] as const))(
    '%s: hides %j',
    (cls, value, sentence) => {
      const out = redactor.redact(sentence);
      expect(out).not.toContain(value);
      const prefix = { date_of_birth: 'DOB', national_id: 'NATIONAL_ID' }[cls as string] ?? cls.toUpperCase();
      expect(out).toMatch(new RegExp(`\\[${prefix}_\\d+\\]`));
      expect(redactor.restore(out)).toBe(sentence);
    },
  );

  it('records every class it redacted, for the run manifest', () => {
    expect(redactor.classes).toEqual([
      'address',
      'date_of_birth',
      'email',
      'handle',
      'national_id',
      'person',
      'phone',
      'postcode',
      'url',
    ]);
  });

  it.each(NOT_PII)('leaves technical text alone: %j', (sentence) => {
    const clean = createRedactor(transcriptOf([sentence]), []);
    expect(clean.redact(sentence)).toBe(sentence);
    expect(clean.classes).toEqual([]);
  });

  it('gives one value one placeholder however often it recurs, and keeps it on restore', () => {
    const text = 'I live at 221B Baker Street. Yes, 221B Baker Street, SW1A 1AA; SW1A 1AA again.';
    const r = createRedactor(transcriptOf([text]), []);
    const out = r.redact(text);
    const addresses = out.match(/\[ADDRESS_\d+\]/g) ?? [];
    expect(new Set(addresses).size).toBe(1);
    expect(addresses).toHaveLength(2);
    expect(r.redact('Baker: 221B Baker Street')).toContain(addresses[0]);
    expect(r.restore(out)).toBe(text);
  });
});

describe('PII detectors run in linear time', () => {
  it.each([
    ['spaces', ' '.repeat(200_000)],
    ['digits and spaces', '1 '.repeat(100_000)],
    ['a run of letters before @', `${'a'.repeat(200_000)}@`],
    ['capitalised words', 'Baker '.repeat(40_000)],
    ['numbers and capitals', '12 Baker '.repeat(25_000)],
    ['dots', 'a.'.repeat(100_000)],
    ['at signs', '@a'.repeat(100_000)],
    ['born and digits', 'born 1 '.repeat(30_000)],
  ])('%s: a 200 KB input is redacted without stalling', (_, text) => {
    const r = createRedactor(transcriptOf([]), []);
    expect(typeof r.redact(text)).toBe('string');
  });
});
