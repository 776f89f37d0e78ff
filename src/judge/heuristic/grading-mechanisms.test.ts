import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../rubric/schema.ts';
import { compileQuestion } from './compile-question.ts';
import { heuristicVerdict } from './heuristic-verdict.fixture.ts';
import { customQuestion } from './seed-questions.fixture.ts';

/**
 * How the offline judge grades short exam-style answers (issue 10's held-out set is one): terse
 * lists, topic words that rubric writers also use to frame flags, and graded partial credit.
 * Every case here is our own.
 */
const verdict = heuristicVerdict;

const OFF_TOPIC = 'Answer is off-topic or empty.';
/** A question with one green flag and the catch-all red flag "off-topic or empty" (its findings[1]). */
const offTopicQuestion = (id: string, text: string, green: string) =>
  customQuestion(id, text, [green], [OFF_TOPIC]);

describe('a whole answer that is a bare list is a terse answer, not stuffing', () => {
  const colours = offTopicQuestion(
    'c',
    'Which primary colours does an RGB screen mix?',
    'Red, green and blue light.',
  );

  it('is neither empty nor off-topic, and earns at most half a flag', async () => {
    const body = await verdict(colours, 'Red, green, blue.');
    expect(body.findings.map((finding) => finding.status)).toEqual(['unclear', 'absent']);
    expect(body.rating).toBe(3);
  });

  it('still counts for nothing beside an answer that says something else', async () => {
    const plain = await verdict(colours, 'Screens glow in tiny dots that you see from afar.');
    const listed = await verdict(
      colours,
      'Screens glow in tiny dots that you see from afar. Red, green, blue.',
    );
    expect(listed.rating).toBeLessThanOrEqual(plain.rating);
  });
});

describe('words that frame a flag only where they open it', () => {
  const termsOf = (question: Question): string[] => {
    const [flag] = compileQuestion(question, stemmer).greens;
    return flag?.kind === 'topic' ? flag.slots.flatMap((slot) => slot.alternatives) : [];
  };

  it('keeps "address" and "call" inside a flag and in the question', () => {
    const question = customQuestion('a', 'What does the unary star operator give back?', [
      'The memory address of a function call frame.',
    ]);
    expect(termsOf(question)).toEqual(['memori', 'address', 'function', 'call', 'frame']);
  });

  it('drops them where they open the flag', () => {
    const question = customQuestion('b', 'How do you deal with slow peers?', [
      'Addresses timeouts and backpressure.',
    ]);
    expect(termsOf(question)).toEqual(['timeout', 'backpressur']);
  });

  it('so a right answer in the question’s words is on topic', async () => {
    const question = offTopicQuestion(
      'd',
      'What does the address-of operator return?',
      'The location in memory of its operand.',
    );
    const body = await verdict(question, 'the address of the variable it is applied to');
    expect(body.findings[1]?.status).toBe('absent');
  });
});

describe('a flag spread over the whole answer earns credit by its share of key terms', () => {
  const bees = offTopicQuestion(
    'h',
    'Why do bees dance?',
    'Bees dance to tell hive mates the direction of the flowers from the hive over a long distance.',
  );

  it('counts key terms across sentences that are not neighbours', async () => {
    const body = await verdict(
      bees,
      'The angle gives the direction. It looks odd to us. The run gives the distance. It is quick. This helps the others in the hive find flowers.',
    );
    expect(body.findings[0]?.status).toBe('present');
    expect(body.rating).toBe(4);
  });

  it('forgives a typo or a longer form of a key term', async () => {
    const body = await verdict(bees, 'The waggle gives the directon and the distence.');
    expect(body.rating).toBe(3);
  });

  it('does not count negated or hedged mentions', async () => {
    const body = await verdict(
      bees,
      'It is not about direction. I guess distance, maybe. Flowers are not involved.',
    );
    expect(body.rating).toBe(2);
  });
});

describe('a term the flag negates is contradicted by a plain mention', () => {
  const leaf = customQuestion('f', 'What is a sink in a directed graph?', [
    'A vertex that has no outgoing edges.',
  ]);

  it('is met by the negation, said any way', async () => {
    expect((await verdict(leaf, 'A vertex without outgoing edges.')).findings[0]?.status).toBe('present');
    expect(
      (await verdict(leaf, 'It is a vertex with zero edges going out, none at all.')).rating,
    ).toBeGreaterThan(2);
  });

  it('is not met by the opposite claim', async () => {
    const body = await verdict(leaf, 'A vertex with outgoing edges to every other vertex.');
    expect(body.findings[0]?.status).not.toBe('present');
    expect(body.rating).toBeLessThan(4);
  });
});

describe('the off-topic test forgives a longer derived form of a topic term', () => {
  it('"pointing" is on topic for a question about pointers', async () => {
    const question = offTopicQuestion('p', 'What is a pointer?', 'The address of a location in memory.');
    const body = await verdict(question, 'Something that is pointing at another place.');
    expect(body.findings[1]?.status).toBe('absent');
  });
});

describe('a parenthetical "(or …)" in a flag is another way to say it', () => {
  const heap = offTopicQuestion(
    'e',
    'How many swaps can one insertion into a binary heap take?',
    'As many as the height of the heap (or the logarithm of its size).',
  );

  it('meets the flag when said in full', async () => {
    const body = await verdict(heap, 'The logarithm of the size, since it climbs one level per swap.');
    expect(body.findings[0]?.status).toBe('present');
  });

  it('earns partial credit when half said, and is on topic', async () => {
    const body = await verdict(heap, 'About the logarithm of n.');
    expect(body.findings[1]?.status).toBe('absent');
    expect(body.rating).toBe(3);
  });

  it('is on topic even with no other word of the flag', async () => {
    const body = await verdict(heap, 'Logarithm, base two.');
    expect(body.findings[1]?.status).toBe('absent');
  });

  it('keeps a parenthetical note out of the flag', async () => {
    const noted = customQuestion('n', 'How do you keep a cache fresh?', [
      'Sets a time to live (ask for an example).',
    ]);
    const body = await verdict(noted, 'I would ask for an example.');
    expect(body.findings[0]?.status).not.toBe('present');
  });
});

describe('a whole answer the injection detector reads as a list of terms', () => {
  it('is judged as a terse answer, still reported as suspected', async () => {
    const question = offTopicQuestion(
      'k',
      'Which delimiters does the parser accept?',
      'Round brackets, square brackets, curly brackets and angle brackets.',
    );
    const body = await verdict(question, 'Round brackets square brackets curly brackets angle brackets');
    expect(body.injectionSuspected).toBe(true);
    expect(body.findings[1]?.status).toBe('absent');
    expect(body.rating).toBe(3);
  });
});
