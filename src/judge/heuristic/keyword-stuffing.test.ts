import { describe, expect, it } from 'vitest';
import { createHeuristicJudge } from './create-heuristic-judge.ts';
import { judgeBody } from './judge-test-support.fixture.ts';

/**
 * Keyword stuffing (issue 13): an answer that merely lists the rubric's terms must never be rated
 * above the same answer without the list, whatever the list looks like and wherever it sits.
 */
const judge = createHeuristicJudge();

const WEAK: ReadonlyArray<readonly [string, string]> = [
  [
    'q5',
    'We call the vendor from a background job and store what comes back in Postgres. It is fine most days.',
  ],
  ['q7', 'Mostly we write unit tests for each service and run them in CI before we deploy.'],
  ['q1', 'I keep things tidy and try to name functions well so people can read them.'],
  ['q6', 'Scaling means the site stays up when more people use it, we had that problem last year.'],
];

/** Terms of each question's flags, as a stuffer would copy them from the rubric. */
const TERMS: Readonly<Record<string, readonly string[]>> = {
  q5: ['retries', 'timeouts', 'idempotency', 'circuit breakers', 'rate limits', 'backoff'],
  q7: ['chaos testing', 'integration tests', 'failure injection', 'observability', 'traceability'],
  q1: [
    'modularization',
    'packages',
    'dependency injection',
    'separation of concerns',
    'linting',
    'type checking',
  ],
  q6: ['vertical scaling', 'horizontal scaling', 'metrics', 'bottlenecks', 'caching', 'partitioning'],
};

const STYLES: ReadonlyArray<readonly [string, (terms: readonly string[]) => string]> = [
  ['a bare comma list', (terms) => `${terms.join(', ')}.`],
  ['a labelled list', (terms) => `Keywords: ${terms.join('; ')}.`],
  [
    'a run of fragments',
    (terms) => terms.map((term) => `${term[0]?.toUpperCase()}${term.slice(1)}.`).join(' '),
  ],
  ['a bullet list', (terms) => `\n${terms.map((term) => `- ${term}`).join('\n')}\n`],
  ['a slash list', (terms) => `${terms.join('/')}.`],
  ['a dense list with a subject', (terms) => `I know ${terms.slice(0, -1).join(', ')} and ${terms.at(-1)}.`],
  ['a list with "and" between every term', (terms) => `${terms.join(' and ')}.`],
  [
    'a run spoken into a sentence before a remark',
    (terms) => `So yeah, ${terms.join(', ')}, yeah, those are like the pillars of it.`,
  ],
  [
    'a run spoken after a clause',
    (terms) => `And I'm a big believer in ${terms.join(', ')}, like the whole toolbox basically.`,
  ],
  [
    'a run with articles in a sentence about the words',
    (terms) =>
      `It's the kind of thing where, you know, the ${terms.join(', the ')}, those are all the words that go with it.`,
  ],
  [
    'a run spoken without punctuation, as speech recognition writes it',
    (terms) => `so um ${terms.join(' ')} yeah so those are kind of the things`,
  ],
  // Terms packed into play (probe rounds 104 and 106): sentences with verbs, but of a dream, a
  // toast, a joke, plates, an alphabet book, a race call, a board game.
  ['terms in a dream', (terms) => `In the dream ${terms.join(' argued with ')} until I woke up.`],
  ['terms in a toast', (terms) => `At his leaving do I gave a toast to ${terms.join(', to ')}.`],
  [
    'terms in a bar joke',
    (terms) => `So ${terms[0]} and ${terms[1]} walk into a bar, and ${terms.slice(2).join(' and ')} pay.`,
  ],
  ['terms on licence plates', (terms) => `Our licence plates say ${terms.join(', ')}, which the kids love.`],
  ['terms as an alphabet book', (terms) => `${terms.map((term) => `${term[0]} is for ${term}`).join(', ')}.`],
  ['terms in a race call', (terms) => `And they're off, ${terms.join(' ahead of ')} at the bend.`],
  ['terms in a board game', (terms) => `We made a board game where you land on ${terms.join(' or ')}.`],
  // Terms told of, not told (probe round 116): a telling put off or skipped, a telling done
  // elsewhere, a list kept in a keepsake or a playlist.
  ['terms whose telling is spared', (terms) => `I'll spare you the recital of ${terms.join(', ')}.`],
  ['terms put off', (terms) => `I'll get to ${terms.join(' and ')} in a second.`],
  ['terms in the long version', (terms) => `The long version covered ${terms.join(', ')} in detail.`],
  [
    'terms as a playlist',
    (terms) => `My playlist goes ${terms.map((t, i) => `track ${i + 1} "${t}"`).join(', ')}.`,
  ],
  ['terms stitched into a sampler', (terms) => `My cross-stitch sampler has ${terms.join(', ')} on it.`],
  // Terms named as concerns, not said about (probe round 118, as candidates speak).
  ['terms it depends on', (terms) => `It really depends on your ${terms.join(', it depends on your ')}.`],
  [
    'terms as a chain of reactions',
    (terms) =>
      `When I hear the question I think ${terms[0]}, and then right after that ${terms.slice(1).join(', and then ')}.`,
  ],
  // Terms kept on a keepsake (probe round 120).
  [
    'terms printed on mugs',
    (terms) =>
      `Our ${terms[0]} and ${terms[1]} flow, with ${terms[2]} around it, got printed on the team mugs, so that part is in my bones.`,
  ],
  [
    'terms in a notebook',
    (terms) =>
      `Page 34 of my notebook has my whole ${terms[0]} scheme on it, the ${terms[1]} setup and the ${terms[2]} layout.`,
  ],
  // Terms held in an artifact the reader cannot see, and terms chained with "then" (rounds 124-130).
  [
    'terms in notes dropped in the meeting chat',
    (terms) =>
      `my notes are pinned in the meeting chat with the ${terms[0]} bit, the ${terms[1]} part and the ${terms[2]} setup`,
  ],
  [
    'terms chained with "then" in speech',
    (terms) => `${terms[0]} only then ${terms[1]} then ${terms.slice(2).join(' then ')} then yeah`,
  ],
  [
    'terms on the tip of the tongue',
    (terms) => `Oh, what's the word — ${terms.join('? ')}? Something like that.`,
  ],
];

describe('keyword stuffing never raises the offline judge’s rating', () => {
  for (const [question, weak] of WEAK) {
    const terms = TERMS[question] ?? [];
    it.each(STYLES)(`${question}: %s, appended or inserted`, async (_, stuff) => {
      const plain = (await judgeBody(judge, question, weak)).rating;
      const appended = (await judgeBody(judge, question, `${weak} ${stuff(terms)}`)).rating;
      const sentences = weak.split(/(?<=\.)\s+/);
      const inserted = (
        await judgeBody(judge, question, [sentences[0], stuff(terms), ...sentences.slice(1)].join(' '))
      ).rating;
      expect({ appended, inserted }).toEqual({
        appended: Math.min(appended, plain),
        inserted: Math.min(inserted, plain),
      });
    });
  }

  it('keeps the credit of an answer beside play that names a term or two', async () => {
    const answer =
      'We put a two second timeout on every call, retry with exponential backoff only for idempotent requests, and a circuit breaker stops calls while the error rate is high. My kids made a board game about the timeout once.';
    expect((await judgeBody(judge, 'q5', answer)).rating).toBe(4);
  });

  it('keeps the credit of an answer that tells the terms and then names a keepsake', async () => {
    const answer =
      'We put a two second timeout on every call, retry with exponential backoff only for idempotent requests, and a circuit breaker stops calls while the error rate is high. I even made the team a playlist for on-call nights.';
    expect((await judgeBody(judge, 'q5', answer)).rating).toBe(4);
  });

  it('keeps the credit of an answer that tells the terms and then offers a link in the chat', async () => {
    const answer =
      'We put a two second timeout on every call, retry with exponential backoff only for idempotent requests, and a circuit breaker stops calls while the error rate is high. I can paste the runbook link in the meeting chat.';
    expect((await judgeBody(judge, 'q5', answer)).rating).toBe(4);
  });

  it('still credits answers that say something about the same terms', async () => {
    const answer =
      'We put a two second timeout on every call, retry with exponential backoff only for idempotent requests, and a circuit breaker stops calls while the error rate is high.';
    expect((await judgeBody(judge, 'q5', answer)).rating).toBe(4);
  });
});
