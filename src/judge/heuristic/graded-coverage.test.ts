import { describe, expect, it } from 'vitest';
import { heuristicVerdict } from './heuristic-verdict.fixture.ts';
import { customQuestion } from './seed-questions.fixture.ts';

/**
 * With one green flag, partial credit spans the 1–4 scale (issue 10): a long model answer said in
 * three of its words is adequate, not strong; an answer that restates the model answer in the
 * question's own words and adds something of its own is half of it. Every case here is our own.
 */
const OFF_TOPIC = 'Answer is off-topic or empty.';

describe('a long green flag said in a few of its terms is adequate, not strong', () => {
  const starter = customQuestion(
    's',
    'How does a bakery keep its sourdough starter alive between bakes?',
    [
      'Feed the starter daily with equal weights of flour and water, keep it covered at room temperature, and discard half before each feeding so acidity stays balanced.',
    ],
    [OFF_TOPIC],
  );

  it('is present but rated adequate, and the rationale says why', async () => {
    const body = await heuristicVerdict(starter, 'Feed it with flour and water.');
    expect(body.findings[0]?.status).toBe('present');
    expect(body.rating).toBe(3);
    expect(body.rationale).toContain('few of its terms');
  });

  it('is strong once the answer says a third of its terms or more', async () => {
    for (const answer of [
      'Feed it daily with flour and water, keep it covered, and discard half first.',
      'You feed the starter flour and water every day and keep it covered in a warm room.',
    ]) {
      expect((await heuristicVerdict(starter, answer)).rating).toBe(4);
    }
  });

  it('leaves a short flag strong on the terms it has', async () => {
    const short = customQuestion('q', 'What order does a queue serve items in?', ['First in, first out.']);
    expect((await heuristicVerdict(short, 'The first item in is the first one out.')).rating).toBe(4);
  });
});

describe("a model answer restated in the question's words is half shown", () => {
  const collector = customQuestion(
    'g',
    'What does the garbage collector do with unreachable objects?',
    ['The garbage collector reclaims the memory of unreachable objects.'],
    [OFF_TOPIC],
  );

  it('earns half the flag when the answer adds words of its own', async () => {
    for (const answer of [
      'The garbage collector gets rid of unreachable objects.',
      'Unreachable objects are thrown away by the garbage collector.',
    ]) {
      const body = await heuristicVerdict(collector, answer);
      expect(body.findings[0]?.status).toBe('absent');
      expect(body.rating).toBe(3);
    }
  });

  it('earns nothing for an answer that only repeats the question', async () => {
    for (const answer of [
      'The garbage collector does something with unreachable objects.',
      'Unreachable objects? The garbage collector.',
    ]) {
      expect((await heuristicVerdict(collector, answer)).rating).toBe(2);
    }
  });

  it('still needs half of the flag: one echoed word is not enough', async () => {
    expect((await heuristicVerdict(collector, 'Objects are instances of classes.')).rating).toBe(2);
  });

  it('is strong when the answer says the flag in its own terms', async () => {
    expect((await heuristicVerdict(collector, 'It frees the memory they hold.')).rating).toBe(4);
  });
});
