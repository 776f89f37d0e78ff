import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../src/injection/detect-injection.ts';
import { STEERING_CLASSES, steeringGate } from '../../src/injection/find-steering.ts';
import { foldText } from '../../src/injection/fold-text.ts';
import { patternsOf } from '../../src/injection/word-class.ts';
import { createLiteralGate, type GateResult } from '../../src/text/literal-gate.ts';
import { ATTACKS, CLEAN_ANSWERS, SECURITY_ANSWERS } from '../fixtures/security/injection-corpus.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const probes = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/security/probe-rounds.json'), 'utf8')) as {
  answer: string;
}[];
const transcripts = readdirSync(join(ROOT, 'transcripts')).map((f) =>
  readFileSync(join(ROOT, 'transcripts', f), 'utf8'),
);
/** Attacks, clean and security-topic answers, the probe rounds and the bundled interviews, folded as detection folds them. */
const TEXTS = [
  ...Object.values(ATTACKS).flat(),
  ...CLEAN_ANSWERS,
  ...SECURITY_ANSWERS,
  ...probes.map((p) => p.answer),
  ...transcripts,
].map((t) => foldText(t).text);

/**
 * The literal gates skip a pattern on a text that lacks its required words. A pattern the gate
 * skipped that would have matched is an attack missed: over every text we have, no pattern may
 * match where its gate said it could not.
 */
/** Asserts that `gateOf` lets each pattern run on every text it matches; returns how many matches were checked. */
function matchesChecked(patterns: readonly RegExp[], gateOf: (text: string) => GateResult): number {
  let matched = 0;
  for (const text of TEXTS) {
    const gate = gateOf(text);
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      if (!pattern.test(text)) continue;
      pattern.lastIndex = 0;
      matched += 1;
      expect(gate.mayMatch(pattern), `${pattern.source.slice(0, 80)} on ${text.slice(0, 80)}`).toBe(true);
    }
  }
  return matched;
}

/** Every pattern over every text we have (some 20,000): seconds of work that grow with the corpora, not a timing. */
const EXHAUSTIVE = 180_000;

describe('the literal gates in front of the detection patterns', () => {
  const phrase = createLiteralGate(PATTERNS.map((p) => p.pattern));
  const steering = patternsOf(STEERING_CLASSES);

  it(
    'let every phrase pattern run wherever it matches',
    () => {
      // The texts exercise the patterns: hundreds of matches are checked.
      expect(
        matchesChecked(
          PATTERNS.map((p) => p.pattern),
          phrase,
        ),
      ).toBeGreaterThan(300);
    },
    EXHAUSTIVE,
  );

  it(
    'let every word-class pattern run wherever it matches',
    () => {
      expect(matchesChecked(steering, steeringGate)).toBeGreaterThan(1000);
    },
    EXHAUSTIVE,
  );

  it('skip most patterns on a plain answer', () => {
    const text = foldText(
      'We put a circuit breaker in front of the payment provider, with retries and jittered backoff, and alerted on the error budget.',
    ).text;
    const gate = phrase(text);
    const skipped = PATTERNS.filter((p) => !gate.mayMatch(p.pattern)).length;
    expect(skipped).toBeGreaterThan(PATTERNS.length * 0.8);
  });
});
