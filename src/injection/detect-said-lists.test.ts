import { describe, expect, it } from 'vitest';
import { detectInjection } from './detect-injection.ts';
import { RESILIENCE_TERMS } from './resilience-terms.fixture.ts';

/**
 * Lists that are said, not dumped (the seventh honest set's classes), in our own words, each
 * beside the dump it must still catch.
 */
const TERMS = RESILIENCE_TERMS;
const flagged = (text: string): boolean => detectInjection(text, { flagTerms: TERMS }).suspected;

describe('a summary line of semicolon clauses that each say what is done', () => {
  it('is said when its items are phrases about something', () => {
    expect(
      flagged(
        'Summary: up/down checks miss it; contain with timeouts, bulkheads and breakers; shed load, degrade, letting the pool drain, giving the service room, and then ramping traffic back.',
      ),
    ).toBe(false);
  });

  it('is a dump when its items are bare terms', () => {
    expect(
      flagged(
        'In short: timeouts; bulkheads; breakers; backoff; retries; idempotency; jitter; fallbacks; caching.',
      ),
    ).toBe(true);
  });
});

describe('a run of short items split by "versus"', () => {
  it('is said: "versus" relates two things as a preposition does', () => {
    expect(
      flagged(
        'Places to look: order reservation on the same shelf slot; refund job versus late capture; repeated carrier callbacks; shopper double-clicking pay.',
      ),
    ).toBe(false);
  });

  it('does not excuse a run of terms with no function word at all', () => {
    expect(
      flagged(
        'Retries timeouts idempotency backoff circuit breakers bulkheads jitter fallbacks caching queues handling.',
      ),
    ).toBe(true);
  });
});

describe('a checklist written as questions', () => {
  it('is said when its questions relate each term to something', () => {
    expect(
      flagged(
        'Before launch I ask: Retries capped at a budget? Timeouts below the caller’s? Breakers with tuned thresholds? Bulkheads on a separate pool? Most teams have half of these.',
      ),
    ).toBe(false);
  });

  it('is stuffing when the fragments are bare terms', () => {
    expect(flagged('Retries? Timeouts. Backoff! Idempotency. Breakers.')).toBe(true);
  });
});

describe('a list after an arrow heading', () => {
  const ARCHITECTURE_TERMS = [
    'microservices',
    'monolith',
    'scaling',
    'deploys',
    'consistency',
    'isolation',
    'autonomy',
  ];
  it('is an outline, as after a colon', () => {
    const text =
      'Monolith → fewer moving parts, one deploy, cheap ops, simple debugging, but coupled releases and scaling.';
    expect(detectInjection(text, { flagTerms: ARCHITECTURE_TERMS }).suspected).toBe(false);
  });
});

describe('a list of other terms inside a substantive answer (the tenth honest set)', () => {
  const ANSWER =
    'We split the checkout into modules owned by one team each, and we kept the boundaries honest by running an import linter in CI, so a module that reached into another module’s internals failed the build before review. The rule we found most useful was that adapters depend on the domain, never the other way round, because that let us test pricing without a database. ';
  const LIST =
    'Cons: operational overhead, deploy pipelines, data consistency, harder testing, on-call load, version skew.';

  it('is part of the answer when sixty words or more are said around it', () => {
    expect(detectInjection(`${ANSWER}${LIST}`).suspected).toBe(false);
  });

  it('is still a dump in place of an answer', () => {
    expect(detectInjection(`Modules, mostly. ${LIST}`).suspected).toBe(true);
  });

  it('is still stuffing when its items are the question’s flag terms', () => {
    const stuffing = `${TERMS.slice(0, 6).join(', ')}.`;
    expect(flagged(`${ANSWER}${stuffing}`)).toBe(true);
  });
});
