import { describe, expect, it } from 'vitest';
import type { Question } from '../../rubric/schema.ts';
import { buildVerdictFormat } from '../verdict-format.ts';
import { createHeuristicJudge } from './create-heuristic-judge.ts';
import { heuristicVerdict } from './heuristic-verdict.fixture.ts';
import { customQuestion } from './seed-questions.fixture.ts';

/**
 * The defect classes found when the offline judge was measured against human grades (issue 10),
 * each on cases of our own: flags with no content words, flags about the answer's shape, negated
 * clauses in a flag, partial credit, related word forms, compounds and stated orders.
 */
const verdict = heuristicVerdict;

async function statusOf(question: Question, flag: string, answer: string): Promise<string | undefined> {
  return (await verdict(question, answer)).findings.find((finding) => finding.flag === flag)?.status;
}

describe('a flag with no content words is never a free pass', () => {
  it('is judged by its framing words when nothing else is left ("By reference.")', async () => {
    const question = customQuestion('p', 'How are objects passed to a function in Java?', ['By reference.']);
    expect(await statusOf(question, 'p.g1', 'No idea.')).not.toBe('present');
    expect(await statusOf(question, 'p.g1', '(no answer)')).not.toBe('present');
    expect(await statusOf(question, 'p.g1', 'They are passed by reference to the same object.')).toBe(
      'present',
    );
  });

  it('is unclear when no word of it can be matched at all', async () => {
    const question = customQuestion('y', 'Would you do it again?', ['Yes.', 'It is, as it was.']);
    const body = await verdict(question, 'Probably not, it was a lot of work for the team.');
    expect(body.findings.map((finding) => finding.status)).toEqual(['unclear', 'unclear']);
    expect(body.rating).toBe(2);
  });
});

describe('flags about the answer’s shape are judged from its shape, not from their words', () => {
  const stack = customQuestion(
    's',
    'What happens when you pop from a stack?',
    ['Removes and returns the top element; popping an empty stack is an error or returns nothing.'],
    ['Answer is off-topic or empty.'],
  );

  it('an answer that talks about an empty stack is not an empty answer', async () => {
    const answer = 'You take the top element off; if the stack is empty you get an underflow error.';
    expect(await statusOf(stack, 's.r1', answer)).toBe('absent');
  });

  it.each([
    ['a non-answer', "I don't know."],
    ['nothing at all', '   '],
    ['an answer about something else', 'I enjoyed the hiking trip we took in the mountains last summer.'],
  ])('%s is off-topic or empty', async (_, answer) => {
    const body = await verdict(stack, answer);
    expect(body.findings.find((finding) => finding.flag === 's.r1')?.status).toBe('present');
    expect(body.rating).toBe(1);
  });

  it('a content flag that mentions "empty" stays a content flag', async () => {
    const question = customQuestion(
      'c',
      'How should this API report an error?',
      ['Raises a typed error.'],
      ['Returns an empty list on error.'],
    );
    expect(await statusOf(question, 'c.r1', 'It raises a NotFound error with the id.')).toBe('absent');
    expect(await statusOf(question, 'c.r1', 'On error it just returns an empty list to the caller.')).toBe(
      'present',
    );
  });

  it('"too short" and "evasive" look at length and overlap', async () => {
    const question = customQuestion(
      'e',
      'How would you migrate a large table without downtime?',
      ['Backfills in batches behind a dual write, then switches reads.'],
      ['Too short or evasive.'],
    );
    expect(await statusOf(question, 'e.r1', 'Carefully.')).toBe('present');
    expect(
      await statusOf(
        question,
        'e.r1',
        'I would add the new column, dual write from the application, backfill the table in batches, then switch reads.',
      ),
    ).toBe('absent');
  });
});

describe('a negated clause in a flag is not positive evidence', () => {
  const motivation = customQuestion(
    'm',
    'Why do you want to join our team?',
    ['Connects their skills to the team’s problems.'],
    ['Talks only about what the company would give them, not what they would contribute.'],
  );

  it('saying the excluded thing does not meet the flag', async () => {
    const answer = 'I will be able to contribute my experience with payments to the checkout work.';
    expect(await statusOf(motivation, 'm.r1', answer)).not.toBe('present');
  });

  it('the flag is still found when its positive part is said', async () => {
    const answer =
      'Mostly the company would give me a better salary and the company would give me remote work.';
    expect(await statusOf(motivation, 'm.r1', answer)).toBe('present');
  });
});

describe('partial credit makes the whole scale reachable with one green flag', () => {
  const question = customQuestion(
    'l',
    'What is a linked list?',
    ['A sequence of nodes where each node stores a value and a pointer to the next node.'],
    ['Answer is off-topic or empty.'],
  );

  it.each([
    [
      'every key term',
      'It is a chain of nodes, each node holding a value and a pointer to the next node.',
      4,
    ],
    ['part of the terms', 'It is made of nodes that hold a value.', 3],
    ['one stray term', 'It is a kind of list that you loop over to find a value.', 2],
    ['nothing on topic', 'I would rather talk about my favourite football team and their season.', 1],
  ])('%s', async (_, answer, rating) => {
    expect((await verdict(question, answer)).rating).toBe(rating);
  });

  it('does not add up half-shown flags when the rule needs two whole ones', async () => {
    const two = customQuestion('t', 'How do you keep a cache fresh?', [
      'Sets a time to live on each entry and refreshes it in the background.',
      'Invalidates entries on writes through an event stream.',
    ]);
    const body = await verdict(two, 'Entries get a time limit. Writes can matter too.');
    expect(body.findings.every((finding) => finding.status !== 'present')).toBe(true);
    expect(body.rating).toBe(2);
  });
});

describe('related forms, compounds and stated orders', () => {
  it.each([
    ['a synonym', 'How does the checkout work?', 'Mentions a purchase or a refund.', 'Then they buy it.'],
    [
      'a derived form',
      'Why use an array over a list?',
      'Reads any element directly, or by position.',
      'You can read any element by direct access.',
    ],
  ])(
    'matches %s from the lexical database, which the flag text alone does not',
    async (_, text, flag, answer) => {
      const question = customQuestion('w', text, [flag]);
      expect(await statusOf(question, 'w.g1', answer)).toBe('present');
      const bare = await createHeuristicJudge({ wordNet: null }).judge({
        itemKey: 't#w',
        question,
        answer,
        sample: 0,
        prompt: { version: 'test', messages: [], flagOrder: [], nonce: 'n' },
        format: buildVerdictFormat(question, [], { min: 1, max: 4 }),
      });
      expect(bare.outcome === 'ok' ? bare.body.findings[0]?.status : bare.outcome).toBe('absent');
    },
  );

  it('matches a compound written in one word or two', async () => {
    const question = customQuestion('n', 'Which notation needs no parentheses?', ['Postfix notation.']);
    expect(await statusOf(question, 'n.g1', 'Post fix notation, also called reverse Polish.')).toBe(
      'present',
    );
    const split = customQuestion('k', 'Which notation needs no parentheses?', ['Post fix notation.']);
    expect(await statusOf(split, 'k.g1', 'Postfix notation, where operators come last.')).toBe('present');
  });

  it('needs the stated order when a flag gives one', async () => {
    const question = customQuestion('o', 'In what order does an in-order traversal visit a binary tree?', [
      'Left subtree, then the root, then the right subtree.',
    ]);
    expect(
      await statusOf(question, 'o.g1', 'It visits the left subtree, then the root, then the right subtree.'),
    ).toBe('present');
    expect(
      await statusOf(question, 'o.g1', 'It visits the right subtree, then the root, then the left subtree.'),
    ).not.toBe('present');
  });
});

describe('words that say the same thing in another form', () => {
  it('a count in digits is the count in words, both ways', async () => {
    const loop = customQuestion('d', 'How is do...while different from while?', [
      'The body runs at least one time before the condition is checked.',
    ]);
    expect(
      await statusOf(loop, 'd.g1', 'Its body runs at least 1 time, then the condition is checked.'),
    ).toBe('present');
    const tree = customQuestion('b', 'What is a binary tree?', ['Each node has at most 2 children.']);
    expect(await statusOf(tree, 'b.g1', 'A tree where each node has at most two children.')).toBe('present');
    // Another number is another term.
    const size = customQuestion('i', 'How many bytes does an int take here?', ['4 bytes.']);
    expect(await statusOf(size, 'i.g1', 'It takes four bytes.')).toBe('present');
    expect(await statusOf(size, 'i.g1', 'It takes eight bytes.')).not.toBe('present');
    expect(await statusOf(size, 'i.g1', 'It takes 8 bytes.')).not.toBe('present');
  });

  it('a bound stated with a negation ("no more than two") meets the flag it bounds', async () => {
    const tree = customQuestion('b', 'What is a binary tree?', [
      'A tree whose nodes have a maximum of two children each.',
    ]);
    expect(await statusOf(tree, 'b.g1', 'A tree where each node has no more than two children.')).toBe(
      'present',
    );
    expect(await statusOf(tree, 'b.g1', 'A tree where nodes have no children.')).not.toBe('present');
  });

  it('a framing verb after a determiner is the topic: "The address of …" asks for an address', async () => {
    const pointer = customQuestion('p', 'What is a pointer?', ['The address of a location in memory.']);
    const answer = 'A pointer is a variable that stores the address of another variable.';
    const wrong = 'A pointer is a variable that stores another variable.';
    const credited = await verdict(pointer, answer);
    const uncredited = await verdict(pointer, wrong);
    expect(credited.rating).toBeGreaterThan(uncredited.rating);
    // As the flag's opening verb it still frames: "Addresses the failure mode" asks about failure modes.
    const framed = customQuestion('f', 'What breaks first under load?', ['Addresses the failure mode.']);
    expect(await statusOf(framed, 'f.g1', 'The failure mode is pool exhaustion under load.')).toBe('present');
  });
});

describe('a misspelt word stands for the word it misspells', () => {
  const passing = customQuestion('r', 'How are large objects passed to functions?', ['By reference.']);

  it.each([
    ['one letter dropped', 'by refrence'],
    ['two letters swapped and one dropped in a long word', 'by refrenece'],
    ['a longer misspelt form', 'they are passed by referance'],
  ])('%s: %j', async (_, answer) => {
    expect(await statusOf(passing, 'r.g1', answer)).toBe('present');
  });

  it('a word too far from any word of the rubric stays itself', async () => {
    expect(await statusOf(passing, 'r.g1', 'by refurbishment')).not.toBe('present');
  });
});

describe('an antonym with the other polarity says the same thing', () => {
  it('a negated antonym meets the term: "no limit" is "unlimited"', async () => {
    const count = customQuestion('c', 'How many constructors can a class have?', ['An unlimited number.']);
    expect(await statusOf(count, 'c.g1', 'There is no limit to how many you declare.')).toBe('present');
    expect(await statusOf(count, 'c.g1', 'There is a limit of one per signature.')).not.toBe('present');
  });

  it('a plain antonym meets a term the flag negates: "open" is "not closed"', async () => {
    const bulb = customQuestion('b', 'Why does bulb A stay dark?', ['Bulb A is not in a closed path.']);
    expect(await statusOf(bulb, 'b.g1', 'Because bulb A sits in an open path.')).toBe('present');
    expect(await statusOf(bulb, 'b.g1', 'Because bulb A sits in a closed path.')).not.toBe('present');
  });

  it('a plain antonym is the opposite, not the term', async () => {
    const calls = customQuestion('s', 'How should the client call the service?', ['Asynchronous calls.']);
    expect(await statusOf(calls, 's.g1', 'It makes asynchronous calls.')).toBe('present');
    expect(await statusOf(calls, 's.g1', 'It makes synchronous calls.')).not.toBe('present');
    expect(await statusOf(calls, 's.g1', 'Calls that are not synchronous.')).toBe('present');
  });
});

describe('an acronym says the words it stands for', () => {
  it('"FIFO" meets a flag that spells out "first in first out"', async () => {
    const queue = customQuestion('q', 'In what order does a queue hand out elements?', [
      'First in, first out.',
    ]);
    expect(await statusOf(queue, 'q.g1', "It's FIFO, like a line at a shop.")).toBe('present');
    expect(await statusOf(queue, 'q.g1', 'By priority, like a hospital triage.')).not.toBe('present');
  });

  it('"TTL" meets "time to live", and an unrelated short word does not', async () => {
    const cache = customQuestion('c', 'How do cache entries expire?', ['Each entry has a time to live.']);
    expect((await verdict(cache, 'Each entry gets a TTL.')).rating).toBeGreaterThan(
      (await verdict(cache, 'Each entry gets a tag.')).rating,
    );
  });
});
