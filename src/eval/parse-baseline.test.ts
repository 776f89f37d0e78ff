import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { evaluateAgainstGold } from './evaluate-against-gold.ts';
import { parseBaseline } from './parse-baseline.ts';
import { mixedScenario } from './test-fixtures.ts';
import { toBaseline } from './to-baseline.ts';

const meta = {
  rubricVersion: 'abc123',
  promptVersion: 'judge-v1',
  judge: 'heuristic',
  createdAt: '2025-03-01T12:00:00.000Z',
};

describe('toBaseline and parseBaseline', () => {
  const { items, labels } = mixedScenario();
  const baseline = toBaseline(evaluateAgainstGold(items, labels), meta);

  it('keeps the headline figures overall and per question', () => {
    expect(baseline).toEqual({
      ...meta,
      overall: { quadraticKappa: expect.closeTo(62 / 72, 12), exactAgreement: 0.6, n: 5 },
      perQuestion: {
        q1: { quadraticKappa: 1, exactAgreement: 1, n: 2 },
        q2: { quadraticKappa: 0, exactAgreement: 0.5, n: 2 },
        q3: { quadraticKappa: 0, exactAgreement: 0, n: 1 },
        q4: { quadraticKappa: null, exactAgreement: null, n: 0 },
      },
    });
  });

  it('round-trips through JSON', () => {
    const text = `${JSON.stringify(baseline, null, 2)}\n`;
    expect(parseBaseline({ path: 'baseline.json', text })).toEqual(baseline);
  });

  it.each([
    { name: 'a syntax error', text: '{\n  "rubricVersion": "a",\n  "judge" "x"\n}', line: 3 },
    {
      name: 'a wrongly typed figure',
      text: JSON.stringify(
        { ...baseline, overall: { quadraticKappa: 'high', exactAgreement: 1, n: 1 } },
        null,
        2,
      ),
      line: 6,
    },
    { name: 'a missing key', text: JSON.stringify({ ...meta, perQuestion: {} }, null, 2), line: 1 },
  ])('rejects $name with its line', ({ text, line }) => {
    let error: unknown;
    try {
      parseBaseline({ path: 'baseline.json', text });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'config_invalid', file: 'baseline.json', line });
  });
});

describe('the bundled golden baseline', () => {
  it('parses and covers q1..q11', () => {
    const text = readFileSync(new URL('../../evals/golden/baseline.json', import.meta.url), 'utf8');
    const baseline = parseBaseline({ path: 'evals/golden/baseline.json', text });
    expect(Object.keys(baseline.perQuestion)).toEqual(Array.from({ length: 11 }, (_, i) => `q${i + 1}`));
    expect(baseline.overall.n).toBe(83);
  });
});
