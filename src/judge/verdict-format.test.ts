import { describe, expect, it } from 'vitest';
import { buildVerdictFormat, createVerdictFormatCache, scaleValues } from './verdict-format.ts';

const flag = (id: string, kind: 'green' | 'red') => ({ id, kind, text: id, hash: id });
const question = {
  id: 'q7',
  number: 7,
  section: null,
  text: 'How do you test?',
  greenFlags: [flag('q7.g1', 'green'), flag('q7.g2', 'green')],
  redFlags: [flag('q7.r1', 'red')],
  aliases: [],
  hash: 'h7',
};

describe('buildVerdictFormat', () => {
  const format = buildVerdictFormat(question, ['q7.r1', 'q7.g1', 'q7.g2'], { min: 1, max: 4 });
  const schema = format.jsonSchema as {
    properties: Record<
      string,
      { properties?: Record<string, unknown>; required?: string[]; enum?: unknown[] }
    >;
  };

  it('has one required key per flag, in the given order, and nothing else', () => {
    const findings = schema.properties.findings;
    expect(Object.keys(findings?.properties ?? {})).toEqual(['q7.r1', 'q7.g1', 'q7.g2']);
    expect(findings?.required).toEqual(['q7.r1', 'q7.g1', 'q7.g2']);
    expect(format.flagIds).toEqual(['q7.r1', 'q7.g1', 'q7.g2']);
    expect(format.name).toBe('verdict_q7');
  });

  it('puts evidence before status, and the rating is an integer enum of the scale', () => {
    const finding = schema.properties.findings?.properties?.['q7.g1'] as { properties: object };
    expect(Object.keys(finding.properties)).toEqual(['evidence', 'status']);
    expect(schema.properties.rating).toMatchObject({ type: 'integer', enum: [1, 2, 3, 4] });
    expect(Object.keys(schema.properties)).toEqual(['findings', 'injectionSuspected', 'rationale', 'rating']);
  });

  it('follows a rubric scale other than 1–4', () => {
    const wide = buildVerdictFormat(question, [], { min: 0, max: 5 });
    expect((wide.jsonSchema as typeof schema).properties.rating?.enum).toEqual([0, 1, 2, 3, 4, 5]);
    expect(scaleValues({ min: 2, max: 3 })).toEqual([2, 3]);
  });

  it('keeps every flag even when the order given misses or repeats some, and drops unknown ids', () => {
    const partial = buildVerdictFormat(question, ['q7.g2', 'q7.g2', 'zz.g9'], { min: 1, max: 4 });
    expect(partial.flagIds).toEqual(['q7.g2', 'q7.g1', 'q7.r1']);
  });

  it('hashes the schema: the order and the scale change the hash, the same inputs do not', () => {
    const again = buildVerdictFormat(question, ['q7.r1', 'q7.g1', 'q7.g2'], { min: 1, max: 4 });
    expect(again.hash).toBe(format.hash);
    expect(buildVerdictFormat(question, [], { min: 1, max: 4 }).hash).not.toBe(format.hash);
    expect(buildVerdictFormat(question, ['q7.r1', 'q7.g1', 'q7.g2'], { min: 1, max: 5 }).hash).not.toBe(
      format.hash,
    );
  });

  it('is frozen, so no caller can change a schema other calls share', () => {
    expect(Object.isFrozen(format.jsonSchema)).toBe(true);
    expect(() => {
      (format.jsonSchema as Record<string, unknown>).extra = 1;
    }).toThrow();
  });

  it('names a question id with odd characters in a way OpenAI accepts', () => {
    const odd = buildVerdictFormat({ ...question, id: 'design/π 1' }, [], { min: 1, max: 4 });
    expect(odd.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
  });
});

describe('createVerdictFormatCache', () => {
  it('compiles each (question, order) once', () => {
    const formatOf = createVerdictFormatCache({ min: 1, max: 4 });
    const a = formatOf(question, ['q7.g1', 'q7.g2', 'q7.r1']);
    expect(formatOf(question, ['q7.g1', 'q7.g2', 'q7.r1'])).toBe(a);
    expect(formatOf(question, ['q7.r1', 'q7.g1', 'q7.g2'])).not.toBe(a);
  });
});
