import { describe, expect, it } from 'vitest';
import { buildVerdictFormat } from '../verdict-format.ts';
import { validateVerdict } from './validate-verdict.ts';

const flag = (id: string, kind: 'green' | 'red') => ({ id, kind, text: id, hash: id });
const question = {
  id: 'q1',
  greenFlags: [flag('q1.g1', 'green'), flag('q1.g2', 'green')],
  redFlags: [flag('q1.r1', 'red')],
};
// The prompt showed the flags in this (shuffled) order.
const order = ['q1.r1', 'q1.g1', 'q1.g2'];
const format = buildVerdictFormat(question, order, { min: 1, max: 4 });
const finding = (status = 'absent', evidence: string[] = []) => ({ evidence, status });
const all = Object.fromEntries(order.map((id) => [id, finding()]));
const body = (findings: unknown, rating: unknown = 3) =>
  JSON.stringify({ findings, injectionSuspected: false, rationale: 'Because.', rating });
const internal = {
  findings: order.map((id) => ({ flag: id, evidence: [], status: 'absent' })),
  injectionSuspected: false,
  rationale: 'Because.',
  rating: 3,
};

describe('validateVerdict', () => {
  it('accepts a complete, valid body and returns findings as a list in the prompt order', () => {
    expect(validateVerdict(body(all), format)).toEqual({ ok: true, body: internal });
    const quoted = body({ ...all, 'q1.g1': finding('present', ['I used a queue']) });
    const result = validateVerdict(quoted, format);
    expect(result.ok && result.body.findings[1]).toEqual({
      flag: 'q1.g1',
      evidence: ['I used a queue'],
      status: 'present',
    });
  });

  it.each([
    ['a json fence', `\`\`\`json\n${body(all)}\n\`\`\``],
    ['an untagged fence', `\`\`\`\n${body(all)}\n\`\`\`\n`],
    ['an upper-case tag and CRLF', `\`\`\`JSON\r\n${body(all)}\r\n\`\`\``],
    ['a fence on one line', `\`\`\`json ${body(all)}\`\`\``],
    ['a byte-order mark', `\uFEFF${body(all)}`],
  ])('accepts a valid body inside %s', (_name, content) => {
    expect(validateVerdict(content, format)).toEqual({ ok: true, body: internal });
  });

  it.each([
    ['leading prose', `Here is my evaluation:\n${body(all)}`],
    ['prose before a fence', `Sure!\n\`\`\`json\n${body(all)}\n\`\`\``],
    ['two fenced blocks', `\`\`\`json\n${body(all)}\n\`\`\`\n\`\`\`json\n${body(all)}\n\`\`\``],
    ['a fence cut off (finish_reason length)', `\`\`\`json\n${body(all).slice(0, 40)}`],
  ])('rejects %s (the judge re-asks)', (_name, content) => {
    expect(validateVerdict(content, format).ok).toBe(false);
  });

  it.each([
    ['null content', null, /no content/],
    ['empty content', '  ', /no content/],
    ['truncated JSON', '{"findings": {', /not valid JSON/],
    ['prose', 'The candidate was strong. Rating: 4', /not valid JSON/],
    ['rating off the scale', body(all, 7), /^the JSON does not match the schema: rating: /],
    ['rating 0', body(all, 0), /rating/],
    ['rating as a string', body(all, '3'), /rating/],
    ['rating not an integer', body(all, 2.5), /rating/],
    [
      'missing rating',
      JSON.stringify({ findings: all, injectionSuspected: false, rationale: 'x' }),
      /rating/,
    ],
    ['bad status', body({ ...all, 'q1.g1': finding('maybe') }), /findings\.q1\.g1\.status: /],
    ['status missing', body({ ...all, 'q1.g1': { evidence: [] } }), /findings\.q1\.g1\.status/],
    ['evidence not a list', body({ ...all, 'q1.g1': { evidence: 'x', status: 'present' } }), /evidence/],
    ['an invented flag', body({ ...all, 'q9.g1': finding() }), /q9\.g1/],
    ['a missing flag', body({ 'q1.g1': finding() }), /findings\.q1\.r1/],
    ['findings as the old list shape', body(order.map((id) => ({ flag: id, ...finding() }))), /findings/],
    ['an extra top-level key', JSON.stringify({ ...JSON.parse(body(all)), score: 4 }), /score/],
    ['an extra key in a finding', body({ ...all, 'q1.g1': { ...finding(), note: 'x' } }), /note/],
  ])('rejects %s', (_name, content, pattern) => {
    const result = validateVerdict(content, format);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(pattern);
  });

  it('keeps error messages short', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, finding('?')]));
    const result = validateVerdict(body(many, 'x'), format);
    expect(result.ok ? '' : result.error.length).toBeLessThanOrEqual(801);
  });

  it('reads a fence-like answer in linear time (no backtracking on long output)', () => {
    const long = `\`\`\`${' '.repeat(200_000)}x`;
    expect(validateVerdict(long, format).ok).toBe(false);
  });
});
