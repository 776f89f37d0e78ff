import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE, type RatingRule } from '../rubric/schema.ts';
import { customQuestion, seedQuestion } from './heuristic/seed-questions.fixture.ts';
import { rateByCredit, rateByRule } from './rate-by-rule.ts';
import type { FlagFinding, FlagStatus } from './schema.ts';

const q5 = seedQuestion('q5');

function findings(statuses: Record<string, FlagStatus>): FlagFinding[] {
  return Object.entries(statuses).map(([flag, status]) => ({ flag, evidence: [], status }));
}

const STRICT: RatingRule = { ...DEFAULT_RULE, strongMinGreen: 3 };
const LENIENT: RatingRule = { ...DEFAULT_RULE, strongMinGreen: 1 };
const SHIFTED: RatingRule = {
  kind: 'flag-count',
  redFlagRating: 0,
  weakRating: 5,
  adequateRating: 7,
  strongRating: 10,
  strongMinGreen: 2,
};

describe('rateByRule', () => {
  it.each([
    ['no flag present → weak', {}, DEFAULT_RULE, 2],
    ['one green → adequate', { 'q5.g1': 'present' }, DEFAULT_RULE, 3],
    ['both greens → strong', { 'q5.g1': 'present', 'q5.g2': 'present' }, DEFAULT_RULE, 4],
    [
      'a red present beats both greens',
      { 'q5.g1': 'present', 'q5.g2': 'present', 'q5.r2': 'present' },
      DEFAULT_RULE,
      1,
    ],
    ['unclear greens do not count', { 'q5.g1': 'unclear', 'q5.g2': 'unclear' }, DEFAULT_RULE, 2],
    [
      'unclear and absent reds do not count',
      { 'q5.g1': 'present', 'q5.r1': 'unclear', 'q5.r2': 'absent' },
      DEFAULT_RULE,
      3,
    ],
    [
      'strongMinGreen above the green count is capped at it',
      { 'q5.g1': 'present', 'q5.g2': 'present' },
      STRICT,
      4,
    ],
    ['strongMinGreen 1 makes one green strong', { 'q5.g2': 'present' }, LENIENT, 4],
    [
      'unknown flag ids are ignored',
      { 'q9.g1': 'present', 'q5.r9': 'present', 'q5.g1': 'present' },
      DEFAULT_RULE,
      3,
    ],
    ['a custom rule returns its own values (red)', { 'q5.r1': 'present' }, SHIFTED, 0],
    ['a custom rule returns its own values (weak)', {}, SHIFTED, 5],
    ['a custom rule returns its own values (adequate)', { 'q5.g1': 'present' }, SHIFTED, 7],
    [
      'a custom rule returns its own values (strong)',
      { 'q5.g1': 'present', 'q5.g2': 'present' },
      SHIFTED,
      10,
    ],
  ] as const)('%s', (_name, statuses, rule, expected) => {
    expect(rateByRule(findings(statuses), q5, rule)).toBe(expected);
  });

  it('never rates a question without green flags strong', () => {
    const noGreens = { ...q5, greenFlags: [] };
    expect(rateByRule(findings({}), noGreens, DEFAULT_RULE)).toBe(2);
    expect(rateByRule(findings({ 'q5.r1': 'present' }), noGreens, DEFAULT_RULE)).toBe(1);
  });
});

describe('rateByCredit', () => {
  const single = customQuestion(
    's',
    'What is a queue?',
    ['First in, first out.'],
    ['Answer is off-topic or empty.'],
  );

  it.each([
    ['present', { 's.g1': 'present' }, 0, 4],
    ['present in full', { 's.g1': 'present' }, 1, 4],
    ['present but only half shown (a long flag said in few of its terms)', { 's.g1': 'present' }, 0.5, 3],
    ['half shown', { 's.g1': 'absent' }, 0.5, 3],
    ['barely shown', { 's.g1': 'absent' }, 0.3, 2],
    ['a red flag beats credit', { 's.g1': 'absent', 's.r1': 'present' }, 0.9, 1],
  ] as const)('one green flag, %s', (_, statuses, credit, rating) => {
    expect(rateByCredit(findings(statuses), new Map([['s.g1', credit]]), single, DEFAULT_RULE)).toBe(rating);
  });

  it('is rateByRule when strong needs two whole green flags', () => {
    const credits = new Map([
      ['q5.g1', 0.9],
      ['q5.g2', 0.9],
    ]);
    expect(rateByCredit(findings({}), credits, q5, DEFAULT_RULE)).toBe(2);
    expect(rateByCredit(findings({ 'q5.g1': 'present' }), credits, q5, DEFAULT_RULE)).toBe(3);
  });

  it('takes the best of alternative green flags when any one makes the answer strong', () => {
    const credits = new Map([
      ['q5.g1', 0.3],
      ['q5.g2', 0.3],
    ]);
    expect(rateByCredit(findings({}), credits, q5, LENIENT)).toBe(2);
    expect(rateByCredit(findings({}), new Map([['q5.g2', 0.6]]), q5, LENIENT)).toBe(3);
  });
});
