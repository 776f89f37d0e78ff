import { describe, expect, it } from 'vitest';
import { validateVerdict } from './validate-verdict.ts';

const flags = ['q1.g1', 'q1.g2', 'q1.r1'];
const finding = (flag: string, status = 'absent') => ({ flag, evidence: [], status });
const body = (findings: unknown[], rating: unknown = 3) =>
  JSON.stringify({ findings, injectionSuspected: false, rationale: 'Because.', rating });
const all = flags.map((f) => finding(f));

describe('validateVerdict', () => {
  it('accepts a complete, valid body (also inside one code fence)', () => {
    const valid = validateVerdict(body(all), flags);
    expect(valid).toEqual({ ok: true, body: JSON.parse(body(all)) });
    expect(validateVerdict(`\`\`\`json\n${body(all)}\n\`\`\``, flags).ok).toBe(true);
  });

  it.each([
    ['null content', null, /no content/],
    ['empty content', '  ', /no content/],
    ['truncated JSON', '{"findings": [', /not valid JSON/],
    ['prose', 'The candidate was strong. Rating: 4', /not valid JSON/],
    ['rating out of range', body(all, 7), /^the JSON does not match the schema: rating: Too big/],
    ['rating as a string', body(all, '3'), /rating/],
    [
      'missing rating',
      JSON.stringify({ findings: all, injectionSuspected: false, rationale: 'x' }),
      /rating/,
    ],
    [
      'bad status',
      body([finding('q1.g1', 'maybe'), finding('q1.g2'), finding('q1.r1')]),
      /findings\.0\.status: /,
    ],
    ['unknown flag', body([...all, finding('q9.g1')]), /unknown flag id "q9.g1"/],
    ['duplicate flag', body([...all, finding('q1.g1')]), /"q1.g1" appears more than once/],
    ['missing flag', body([finding('q1.g1')]), /no finding for "q1.g2", "q1.r1"/],
  ])('rejects %s', (_name, content, pattern) => {
    const result = validateVerdict(content, flags);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(pattern);
  });

  it('keeps error messages short', () => {
    const many = Array.from({ length: 500 }, (_, i) => finding(`x${i}`));
    const result = validateVerdict(body(many), flags);
    expect(result.ok ? '' : result.error.length).toBeLessThanOrEqual(801);
  });
});
