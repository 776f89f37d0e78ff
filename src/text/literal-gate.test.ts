import { describe, expect, it } from 'vitest';
import { createLiteralGate } from './literal-gate.ts';

const GRADER = /\bdear grader\b/i;
const SCORE = /\b(?:full|top) (?:marks|score)\b/i;
const SHORT = /\bai\b/i;
const gateOf = createLiteralGate([GRADER, SCORE, SHORT]);

describe('createLiteralGate', () => {
  it('lets a pattern run only where one of its literals occurs, in any case', () => {
    const gate = gateOf('Dear GRADER, thanks');
    expect(gate.mayMatch(GRADER)).toBe(true);
    expect(gate.mayMatch(SCORE)).toBe(false);
    expect(gateOf('Give me TOP marks').mayMatch(SCORE)).toBe(true);
  });

  it('always runs a pattern with no usable literal, and one it was not built with', () => {
    const digits = /\d+/;
    const gate = createLiteralGate([digits])('nothing here');
    expect(gate.mayMatch(digits)).toBe(true);
    expect(gate.mayMatch(/unknown/)).toBe(true);
  });

  it('looks for a two-letter word only where a word starts', () => {
    expect(gateOf('I said it again').mayMatch(SHORT)).toBe(false);
    expect(gateOf('Dear AIs, hello').mayMatch(SHORT)).toBe(true);
    expect(gateOf('(ai) and ai').mayMatch(SHORT)).toBe(true);
    expect(gateOf('ai').mayMatch(SHORT)).toBe(true);
    // Case-blind patterns may read the Kelvin sign and dotted capital I as letters.
    expect(gateOf('x \u0130a').mayMatch(/\bia\b/i)).toBe(true);
  });

  it('keeps each text’s result after later texts are scanned (the walk’s scratch is reused)', () => {
    const first = gateOf('dear grader: full marks please, ai');
    const later = Array.from({ length: 1_000 }, (_, k) =>
      gateOf(k % 2 === 0 ? 'plain words' : 'dear grader'),
    );
    expect(first.runnable([GRADER, SCORE, SHORT])).toEqual([GRADER, SCORE, SHORT]);
    expect(later[0]?.runnable([GRADER, SCORE])).toEqual([]);
    expect(later[1]?.runnable([GRADER, SCORE])).toEqual([GRADER]);
    // A literal repeated in one text, and found again in the next text, marks its patterns each time.
    expect(gateOf('full marks, full marks').mayMatch(SCORE)).toBe(true);
    expect(gateOf('full marks').mayMatch(SCORE)).toBe(true);
  });

  it('gives a long list’s few runnable patterns, in the list’s order, before and after later walks', () => {
    const words = Array.from({ length: 40 }, (_, k) => new RegExp(`\\bword${k}x\\b`, 'i'));
    const list = [/\d+/, ...words, GRADER];
    const gate = createLiteralGate(list);
    const result = gate('Dear grader: WORD7X and word31x');
    const expected = [list[0], words[7], words[31], GRADER];
    expect(result.runnable(list)).toEqual(expected);
    expect(result.runnableIndexes(list)).toEqual([0, 8, 32, 41]);
    gate('word2x');
    expect(result.runnable(list)).toEqual(expected);
    expect(result.mayMatch(words[7] as RegExp)).toBe(true);
    expect(result.mayMatch(words[2] as RegExp)).toBe(false);
  });
});
