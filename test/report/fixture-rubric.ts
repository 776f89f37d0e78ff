import type { Flag, Question, Rubric } from '../../src/rubric/schema.ts';

function flags(questionId: string, kind: 'green' | 'red', texts: readonly string[]): Flag[] {
  return texts.map((text, index) => ({
    id: `${questionId}.${kind === 'green' ? 'g' : 'r'}${index + 1}`,
    kind,
    text,
    hash: `${questionId}${kind}${index}`.padEnd(16, '0'),
  }));
}

function question(
  number: number,
  section: string,
  text: string,
  greens: readonly string[],
  reds: readonly string[],
): Question {
  const id = `q${number}`;
  return {
    id,
    number,
    section,
    text,
    greenFlags: flags(id, 'green', greens),
    redFlags: flags(id, 'red', reds),
    aliases: [],
    hash: `${id}hash`.padEnd(16, 'a'),
  };
}

/** Four questions of the seed rubric, with its curly quotes. */
export const FIXTURE_RUBRIC: Rubric = {
  id: 'interview-rubric',
  title: 'Interview Questions With Green-Flag / Red-Flag Guidance',
  version: '3f9a1c2b7d4e5f60',
  sections: ['Python / Code Quality', 'Architecture / Design'],
  questions: [
    question(
      1,
      'Python / Code Quality',
      'How do you structure Python code in larger systems to keep it maintainable? What patterns or practices do you rely on?',
      [
        'Mentions modularization, packages, clear boundaries.',
        'Talks about dependency injection, separation of concerns, or layering.',
        'References linting, type checking, testing, or consistent style.',
      ],
      ['“I just put functions in a file.”', 'No concept of architecture or scaling codebases.'],
    ),
    question(
      2,
      'Python / Code Quality',
      'What are some pitfalls around mutability in Python, and how do you avoid them?',
      [
        'Understands list/dict as mutable defaults issue.',
        'Talks about side effects, copying, defensive cloning.',
      ],
      ['Doesn’t know the mutable default argument bug.', 'Confuses immutability with pass-by-value.'],
    ),
    question(
      3,
      'Python / Code Quality',
      'When is monkey patching appropriate, and when is it dangerous?',
      ['Only for tests, mocks, or temporary patches.', 'Calls out readability/maintainability risks.'],
      ['Suggests using it in production logic.', 'No awareness of risk or debugging difficulty.'],
    ),
    question(
      4,
      'Architecture / Design',
      'In the checkout/reservation system you just designed, where can race conditions occur, and how would you prevent them?',
      [
        'Mentions concurrent checkout, reservation fulfillment.',
        'Proposes locks, transactions, optimistic/pessimistic concurrency.',
      ],
      ['“Race conditions aren’t an issue in Python.”', 'Ignores multi-instance or DB-level concurrency.'],
    ),
  ],
  scale: { labels: { '1': 'red_flag', '2': 'weak', '3': 'adequate', '4': 'strong' }, min: 1, max: 4 },
  rule: {
    kind: 'flag-count',
    redFlagRating: 1,
    weakRating: 2,
    adequateRating: 3,
    strongRating: 4,
    strongMinGreen: 2,
  },
  source: { path: 'rubrics/interview-rubric.md', format: 'markdown' },
};
