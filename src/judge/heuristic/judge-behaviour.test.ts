import { describe, expect, it } from 'vitest';
import { createHeuristicJudge } from './create-heuristic-judge.ts';
import { judgeBody, statusesOf } from './judge-test-support.fixture.ts';

/**
 * Each flag kind of the seed rubric on realistic answers: clear green, clear red, mixed, vague,
 * negated, hypothetical, and the absence-type red flag rules.
 */
const judge = createHeuristicJudge();

interface Case {
  readonly name: string;
  readonly question: string;
  readonly answer: string;
  readonly expected: Readonly<Record<string, string>>;
  readonly rating?: number;
}

const STRONG_Q5 =
  'We wrapped every call in a two second timeout and retried with exponential backoff, only for idempotent requests. When the provider throttled us we honoured Retry-After, and a circuit breaker stopped calls while their error rate was high.';
const SUBSTANTIVE_NO_RESILIENCE =
  'We call the vendor API from a background job and store the response in Postgres. The frontend polls our own endpoint every few seconds to show the status to the user.';

const CASES: readonly Case[] = [
  // Clear green.
  {
    name: 'clear green: every green, no red',
    question: 'q5',
    answer: STRONG_Q5,
    rating: 4,
    expected: { 'q5.g1': 'present', 'q5.g2': 'present', 'q5.r1': 'absent', 'q5.r2': 'absent' },
  },
  {
    name: 'list flag: one item said in full suffices',
    question: 'q1',
    answer: 'We split the service into packages.',
    expected: { 'q1.g1': 'present', 'q1.g2': 'absent', 'q1.g3': 'absent', 'q1.r1': 'absent' },
  },
  {
    name: 'variants: back off, throttling',
    question: 'q5',
    answer: 'We back off exponentially whenever the API throttles us.',
    expected: { 'q5.g2': 'present' },
  },
  {
    name: 'variants: DI',
    question: 'q1',
    answer: 'We use DI, so handlers receive their collaborators from outside.',
    expected: { 'q1.g2': 'present' },
  },
  {
    name: '"X vs Y" needs both sides (one side only)',
    question: 'q6',
    answer: 'We scaled out horizontally behind a load balancer.',
    expected: { 'q6.g1': 'absent' },
  },
  {
    name: '"X vs Y" needs both sides (both)',
    question: 'q6',
    answer: 'We scaled up to a bigger box first, then scaled out horizontally.',
    expected: { 'q6.g1': 'present' },
  },
  {
    name: 'a topic spread over two sentences',
    question: 'q2',
    answer: 'The default value is evaluated once. So a list you put there is shared.',
    expected: { 'q2.g1': 'present', 'q2.r1': 'absent' },
  },
  {
    name: 'behavioural red needs its terms in full',
    question: 'q3',
    answer: 'Monkey patching in production is dangerous, so I only do it in tests.',
    expected: { 'q3.g1': 'present', 'q3.r1': 'absent' },
  },
  // Clear red.
  {
    name: 'quoted red, verbatim',
    question: 'q6',
    answer: 'Just add more servers.',
    rating: 1,
    expected: { 'q6.r1': 'present' },
  },
  {
    name: 'quoted red, close variant',
    question: 'q7',
    answer: 'Honestly, unit tests are usually enough for us.',
    rating: 1,
    expected: { 'q7.r1': 'present' },
  },
  {
    name: 'quoted red with its own negation',
    question: 'q4',
    answer: "Race conditions aren't really a problem in Python thanks to the GIL.",
    rating: 1,
    expected: { 'q4.r1': 'present' },
  },
  {
    name: 'quoted red contradicted is not the flag',
    question: 'q4',
    answer: "Race conditions absolutely happen in Python; the GIL doesn't protect a read-modify-write.",
    expected: { 'q4.r1': 'absent' },
  },
  {
    name: '"I wouldn\'t say …" is not the flag',
    question: 'q9',
    answer: "I wouldn't say microservices are always better.",
    expected: { 'q9.r1': 'absent' },
  },
  {
    name: 'negated stance is not the flag',
    question: 'q7',
    answer: 'Unit tests are not enough on their own for a distributed system.',
    expected: { 'q7.r1': 'absent' },
  },
  {
    name: 'without its stance word it is not the flag',
    question: 'q6',
    answer: 'Adding servers helped, once we knew the bottleneck.',
    expected: { 'q6.r1': 'absent', 'q6.g2': 'present' },
  },
  {
    name: "someone else's view → unclear",
    question: 'q9',
    answer: 'Some people say microservices are always better.',
    expected: { 'q9.r1': 'unclear' },
  },
  // Negated.
  {
    name: 'negated: "we never wrote tests"',
    question: 'q1',
    answer: 'On that team we never wrote tests and nobody ran a linter.',
    expected: { 'q1.g3': 'absent' },
  },
  {
    name: 'negated: "I don\'t use locks"',
    question: 'q4',
    answer: "I don't use locks.",
    expected: { 'q4.g2': 'absent' },
  },
  {
    name: 'negated: "no retries"',
    question: 'q5',
    answer: 'There were no retries.',
    expected: { 'q5.g1': 'absent' },
  },
  {
    name: 'negated: "without a circuit breaker"',
    question: 'q8',
    answer: 'We ran everything without a circuit breaker.',
    expected: { 'q8.g1': 'absent' },
  },
  {
    name: 'negation stops at a new clause',
    question: 'q4',
    answer: "We don't use locks, we use optimistic concurrency with a version column.",
    expected: { 'q4.g2': 'present' },
  },
  // Hypothetical.
  {
    name: 'hypothetical: heard of but never used',
    question: 'q5',
    answer: "I've heard of circuit breakers but never used them.",
    expected: { 'q5.g1': 'unclear', 'q5.r2': 'unclear' },
    rating: 2,
  },
  {
    name: 'hedged: "I guess"',
    question: 'q7',
    answer: 'I guess integration tests would help.',
    expected: { 'q7.g1': 'unclear' },
  },
  // Absence-type red flags.
  {
    name: 'absence: substantive, no term, no green → present',
    question: 'q5',
    answer: SUBSTANTIVE_NO_RESILIENCE,
    rating: 1,
    expected: { 'q5.g1': 'absent', 'q5.g2': 'absent', 'q5.r2': 'present' },
  },
  {
    name: 'absence: too short to tell → unclear',
    question: 'q5',
    answer: 'We call the API.',
    rating: 2,
    expected: { 'q5.r2': 'unclear' },
  },
  {
    name: 'absence: a green present → absent',
    question: 'q5',
    answer: 'We retry failed calls.',
    expected: { 'q5.g1': 'present', 'q5.r2': 'absent' },
    rating: 3,
  },
  {
    name: 'absence: a topic term said → absent',
    question: 'q5',
    answer:
      'If the vendor returns an error we show a friendly message and log it, and the job runs again later.',
    expected: { 'q5.r2': 'absent' },
  },
  {
    name: 'absence: a denied topic term does not count',
    question: 'q5',
    answer:
      "We didn't do any error handling at all. The vendor API was called straight from the web request and whatever came back was passed on to the browser as is.",
    expected: { 'q5.r2': 'present' },
    rating: 1,
  },
  // Mixed and vague.
  {
    name: 'mixed: a green and a quoted red → red wins',
    question: 'q6',
    answer: 'We cached the product pages. Other than that we would just add more servers.',
    rating: 1,
    expected: { 'q6.g2': 'present', 'q6.r1': 'present' },
  },
  {
    name: 'vague but substantive: no green, absence red present',
    question: 'q6',
    answer:
      'Scaling is about making sure the system can grow with the business. We scaled our platform a lot over the last two years as the customer base grew and it went fine.',
    expected: { 'q6.g1': 'absent', 'q6.g2': 'absent', 'q6.r1': 'absent', 'q6.r2': 'present' },
    rating: 1,
  },
];

describe('heuristic judge behaviour', () => {
  it.each(CASES)('$name', async ({ question, answer, expected, rating }) => {
    const body = await judgeBody(judge, question, answer);
    expect(statusesOf(body)).toMatchObject(expected);
    if (rating !== undefined) expect(body.rating).toBe(rating);
    for (const finding of body.findings) {
      for (const quote of finding.evidence) expect(answer).toContain(quote);
      if (finding.status === 'present' && finding.flag.includes('.g'))
        expect(finding.evidence.length).toBeGreaterThan(0);
    }
  });
});
