/**
 * Test helper: the seed rubric's questions (rubrics/interview-rubric.md) built by hand, flag texts
 * copied verbatim (curly quotes kept), validated with QuestionSchema so tests use real shapes.
 */
import { createHash } from 'node:crypto';
import { type Flag, type Question, QuestionSchema } from '../../rubric/schema.ts';

interface SeedQuestion {
  readonly section: string;
  readonly text: string;
  readonly green: readonly string[];
  readonly red: readonly string[];
}

const SEED: readonly SeedQuestion[] = [
  {
    section: 'Python / Code Quality',
    text: 'How do you structure Python code in larger systems to keep it maintainable? What patterns or practices do you rely on?',
    green: [
      'Mentions modularization, packages, clear boundaries.',
      'Talks about dependency injection, separation of concerns, or layering.',
      'References linting, type checking, testing, or consistent style.',
    ],
    red: ['“I just put functions in a file.”', 'No concept of architecture or scaling codebases.'],
  },
  {
    section: 'Python / Code Quality',
    text: 'What are some pitfalls around mutability in Python, and how do you avoid them?',
    green: [
      'Understands list/dict as mutable defaults issue.',
      'Talks about side effects, copying, defensive cloning.',
    ],
    red: ['Doesn’t know the mutable default argument bug.', 'Confuses immutability with pass-by-value.'],
  },
  {
    section: 'Python / Code Quality',
    text: 'When is monkey patching appropriate, and when is it dangerous?',
    green: ['Only for tests, mocks, or temporary patches.', 'Calls out readability/maintainability risks.'],
    red: ['Suggests using it in production logic.', 'No awareness of risk or debugging difficulty.'],
  },
  {
    section: 'Architecture / Design',
    text: 'In the checkout/reservation system you just designed, where can race conditions occur, and how would you prevent them?',
    green: [
      'Mentions concurrent checkout, reservation fulfillment.',
      'Proposes locks, transactions, optimistic/pessimistic concurrency.',
    ],
    red: ['“Race conditions aren’t an issue in Python.”', 'Ignores multi-instance or DB-level concurrency.'],
  },
  {
    section: 'Architecture / Design',
    text: 'When integrating with external APIs, how do you design for latency, rate limits, and partial failures? Can you give a specific example from your experience?',
    green: [
      'Talks about retries, timeouts, idempotency, circuit breakers.',
      'Mentions handling rate limits and backoff.',
    ],
    red: ['“Just call the API and hope it works.”', 'No mention of error handling or resiliency.'],
  },
  {
    section: 'Architecture / Design',
    text: 'What does scaling actually mean to you? Give an example of how you’ve scaled a real system',
    green: [
      'Differentiates vertical vs horizontal scaling.',
      'Talks about metrics, bottlenecks, caching, partitioning.',
    ],
    red: ['“Just add more servers.”', 'No discussion of bottlenecks or data consistency.'],
  },
  {
    section: 'Distributed Systems',
    text: 'How do you test a distributed system—beyond unit tests?',
    green: [
      'Mentions chaos testing, integration tests, failure injection.',
      'Talks about observability and traceability.',
    ],
    red: ['“Unit tests are enough.”', "Doesn't recognize nondeterminism issues."],
  },
  {
    section: 'Distributed Systems',
    text: 'Walk me through how you detect and recover from partial failures (e.g., one component slow or unhealthy)',
    green: ['Timeouts, retries, bulkheads, circuit breakers.', 'Differentiates slow vs failed components.'],
    red: ['Treats partial failures as binary.', 'No idea how to isolate faults.'],
  },
  {
    section: 'Software Architecture',
    text: 'What are the real tradeoffs between microservices and a monolith? When would you choose one over the other?',
    green: [
      'Understands operational overhead, ownership, scaling characteristics.',
      'Explains when monoliths are superior.',
    ],
    red: ['“Microservices are always better.”', 'No understanding of boundaries or cost.'],
  },
  {
    section: 'Software Architecture',
    text: 'When is a microservice “too micro”? What does it look like in practice?',
    green: [
      'When changes require coordination across many services.',
      'When service boundaries don’t match domain boundaries.',
    ],
    red: ['Doesn’t understand domain modeling.', 'Suggests splitting for its own sake.'],
  },
  {
    section: 'Judgment / Engineering Philosophy',
    text: 'When does reinventing the wheel make sense? When is it a trap?',
    green: [
      'Rebuild when libraries don’t meet constraints, security concerns, or performance requirements.',
      'Avoid reinvention when stable, well-tested solutions already exist.',
    ],
    red: ['“Always build it yourself.”', '“Always use libraries.” (no nuance)'],
  },
];

function hashOf(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

function toFlags(questionId: string, kind: Flag['kind'], texts: readonly string[]): Flag[] {
  const letter = kind === 'green' ? 'g' : 'r';
  return texts.map((text, index) => ({
    id: `${questionId}.${letter}${index + 1}`,
    kind,
    text,
    hash: hashOf(`${kind}:${text}`),
  }));
}

/** The seed rubric's eleven questions, ids q1…q11, flags q1.g1…, parsed by QuestionSchema. */
export function buildSeedQuestions(): Question[] {
  return SEED.map((seed, index) => {
    const id = `q${index + 1}`;
    const greenFlags = toFlags(id, 'green', seed.green);
    const redFlags = toFlags(id, 'red', seed.red);
    const content = [seed.text, ...greenFlags.map((f) => f.hash), ...redFlags.map((f) => f.hash)].join('\n');
    return QuestionSchema.parse({
      id,
      number: index + 1,
      section: seed.section,
      text: seed.text,
      greenFlags,
      redFlags,
      hash: hashOf(content),
    });
  });
}

/** One seed question by id; throws when the id is unknown, so a typo fails the test loudly. */
export function seedQuestion(id: string): Question {
  const question = buildSeedQuestions().find((candidate) => candidate.id === id);
  if (question === undefined) throw new Error(`Expected a seed question id q1…q11, got ${id}`);
  return question;
}

/** A question of a test's own (id `id`, flags `<id>.g1`…, `<id>.r1`…), parsed by QuestionSchema. */
export function customQuestion(
  id: string,
  text: string,
  green: readonly string[],
  red: readonly string[] = [],
): Question {
  const greenFlags = toFlags(id, 'green', green);
  const redFlags = toFlags(id, 'red', red);
  const content = [text, ...greenFlags.map((f) => f.hash), ...redFlags.map((f) => f.hash)].join('\n');
  return QuestionSchema.parse({
    id,
    number: null,
    section: null,
    text,
    greenFlags,
    redFlags,
    hash: hashOf(content),
  });
}
