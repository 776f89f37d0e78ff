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
    ['a json fence', `\`\`\`json\n${body(all)}\n\`\`\``],
    ['an untagged fence', `\`\`\`\n${body(all)}\n\`\`\`\n`],
    ['an upper-case tag and CRLF', `\`\`\`JSON\r\n${body(all)}\r\n\`\`\``],
    ['a fence on one line', `\`\`\`json ${body(all)}\`\`\``],
    ['a byte-order mark', `\uFEFF${body(all)}`],
  ])('accepts a valid body inside %s', (_name, content) => {
    expect(validateVerdict(content, flags)).toEqual({ ok: true, body: JSON.parse(body(all)) });
  });

  it.each([
    ['leading prose', `Here is my evaluation:\n${body(all)}`],
    ['prose before a fence', `Sure!\n\`\`\`json\n${body(all)}\n\`\`\``],
    ['two fenced blocks', `\`\`\`json\n${body(all)}\n\`\`\`\n\`\`\`json\n${body(all)}\n\`\`\``],
    ['a fence cut off (finish_reason length)', `\`\`\`json\n${body(all).slice(0, 40)}`],
  ])('rejects %s (the judge re-asks)', (_name, content) => {
    expect(validateVerdict(content, flags).ok).toBe(false);
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
