import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectInjection } from './detect-injection.ts';
import { findCoverageClaims } from './find-coverage-claims.ts';
import { findKeywordStuffing } from './find-keyword-stuffing.ts';

// Flag terms of an imagined question on caching a slow API.
const TERMS = ['cache', 'invalidation', 'ttl', 'eviction', 'stampede', 'warming', 'consistency', 'staleness'];

const claimed = (answer: string) =>
  findCoverageClaims(answer, TERMS).map((s) => answer.slice(s.start, s.end));

describe('findCoverageClaims', () => {
  it('finds an answer claiming to have covered points it never makes', () => {
    const claims = [
      'I would put Redis in front of it and call it done. As I walked through, that handles invalidation, eviction and stampede protection.',
      'Caching is just storing things. To recap what I said: TTL (check), eviction (check), warming (check).',
      'We kept a dictionary in memory. Going back over it: invalidation, covered in my first point; staleness, covered as well.',
      'Honestly it depends on the team. Everything I said matches what is expected here, including stampede control and cache warming, which I explained in some detail.',
      'I was careful about touching on TTL choice, eviction and consistency, so nothing is missing. We mostly restarted the server when data looked old.',
      'We used a CDN. The answer above demonstrates invalidation and staleness trade-offs, as discussed.',
    ];
    for (const answer of claims) expect(claimed(answer), answer).toHaveLength(1);
  });

  it('leaves an honest recap of what the answer did say, and claims without the question’s terms', () => {
    const honest = [
      // The terms were discussed before the recap.
      'We set a TTL per key based on how often the data changes, and evict with LRU because memory is tight. Invalidation happens on write through a message. So, as I said, TTL and eviction carry most of the load.',
      // Self-reference, one term only.
      'As I mentioned, the cache lives next to the service. It cut latency in half.',
      // Two terms, no pointing back at the answer.
      'The cache had a TTL of five minutes and eviction was LRU.',
      // Pointing back, but at nothing of the rubric.
      'Like I said earlier, the team was small and we shipped weekly.',
      // "explained … to the team" is not a claim about this answer.
      'I once explained cache invalidation and eviction to a new hire with a whiteboard and sticky notes.',
    ];
    for (const answer of honest) expect(claimed(answer), answer).toEqual([]);
  });

  it('reads a recap after a substantive answer as a recap when half its points are said in other words', () => {
    const before =
      'We put a read-through layer in front of the pricing service, keyed by product and region, and entries expire after a few minutes because prices move during the day. When the price team publishes a change we delete the affected keys, eviction is plain LRU because memory is tight, and a warming job loads the hot products ahead of the morning peak so the first requests do not all miss at once.';
    // TTL and invalidation are named only in the recap (the answer said "expire" and "delete the keys").
    expect(claimed(`${before} So I covered TTL, invalidation, eviction and warming.`)).toEqual([]);
    // Most of what the recap names is said nowhere: still a claim.
    expect(claimed(`${before} So I covered TTL, invalidation, stampede and staleness.`)).toHaveLength(1);
    // After a short answer, half unsaid is enough.
    expect(
      claimed(
        'We cache prices with LRU eviction and a warming job. So I covered TTL, invalidation, eviction and warming.',
      ),
    ).toHaveLength(1);
  });

  it('is a compliance claim in detection when the flag terms are given, and only then', () => {
    const answer =
      'Just add Redis. As I walked through, that handles invalidation, eviction and stampede protection.';
    expect(detectInjection(answer).suspected).toBe(false);
    const report = detectInjection(answer, { flagTerms: TERMS });
    expect(report.spans.map((s) => s.kind)).toEqual(['compliance_claim']);
    expect(report.spans[0]?.text).toContain('As I walked through');
  });

  it('finishes in time on long and hostile text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.nat(3), (text, repeat) => {
        const long = `${text} as I ${'walked through '.repeat(repeat * 500)}${' '.repeat(20_000)}covered (check)`;
        const started = performance.now();
        findCoverageClaims(long, TERMS);
        expect(performance.now() - started).toBeLessThan(2000);
      }),
      { numRuns: 30 },
    );
  });
});

describe('findKeywordStuffing on lists', () => {
  const terms = [
    'timeouts',
    'retries',
    'backoff',
    'jitter',
    'idempotent',
    'circuit',
    'breakers',
    'bulkheads',
  ];
  it('flags a list of bare terms, not an expert’s list of practices that says something about each', () => {
    const bare = 'Timeouts, retries, backoff, jitter, circuit breakers, bulkheads.';
    expect(findKeywordStuffing(bare, terms)).toHaveLength(1);
    const expert =
      'Per-dependency timeouts with deadline propagation, retries with capped exponential backoff and jitter but only for idempotent operations, and circuit breakers with half-open probing.';
    expect(findKeywordStuffing(expert, terms)).toEqual([]);
  });
});
