import { describe, expect, it } from 'vitest';
import { parseDecisions } from './parse-decisions.ts';

const line = (value: unknown) => JSON.stringify(value);
const ok = { item: 'alex#q1', decision: 'accept', reviewer: 'Ann', at: '2025-03-01T10:00:00.000Z' };

describe('parseDecisions', () => {
  it('reads every well-formed line, skipping blank ones, with a BOM and CRLF line ends', () => {
    const text = `\uFEFF${line(ok)}\r\n\r\n${line({ ...ok, item: 'Zoë Ölçer#q2', decision: 'rate', rating: 3, note: 'ok 👍', at: '2025-03-01T11:00:00+02:00', questionHash: 'abc' })}\n`;
    const { decisions, issues } = parseDecisions(text);
    expect(issues).toEqual([]);
    expect(decisions.map((d) => [d.line, d.decision.item, d.decision.rating])).toEqual([
      [1, 'alex#q1', undefined],
      [3, 'Zoë Ölçer#q2', 3],
    ]);
  });

  it.each<[string, string, RegExp]>([
    ['torn JSON', '{"item":"a#q1","decision":', /expected one JSON object per line/],
    ['an array', '[1,2]', /expected a decision .*the line/],
    ['an unknown decision', line({ ...ok, decision: 'approve' }), /`decision`/],
    ['a misspelt key', line({ ...ok, ratting: 3 }), /ratting/],
    ['no reviewer', line({ ...ok, reviewer: '  ' }), /`reviewer`/],
    ['a time that is not ISO', line({ ...ok, at: 'yesterday' }), /`at`/],
    ['a fractional rating', line({ ...ok, decision: 'rate', rating: 2.5 }), /`rating`/],
    ['an empty item', line({ ...ok, item: '' }), /`item`/],
  ])('reports %s with its line and goes on', (_name, bad, message) => {
    const { decisions, issues } = parseDecisions([line(ok), bad, line(ok)].join('\n'));
    expect(decisions.map((d) => d.line)).toEqual([1, 3]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(2);
    expect(issues[0]?.message).toMatch(message);
  });

  it('finds nothing in an empty file', () => {
    expect(parseDecisions('')).toEqual({ decisions: [], issues: [] });
  });
});
