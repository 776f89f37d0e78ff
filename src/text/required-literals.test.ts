import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiteralGate } from './literal-gate.ts';
import { literalsTable, requiredLiterals } from './literal-table.ts';

const sorted = (pattern: RegExp) => requiredLiterals(pattern)?.slice().sort() ?? null;

describe('requiredLiterals', () => {
  it('reads a word, its alternatives and its optional parts', () => {
    expect(sorted(/\bscore\b/i)).toEqual(['score']);
    expect(sorted(/\brat(?:ed|ing)\b/gi)).toEqual(['rated', 'rating']);
    expect(sorted(/\b(?:give|award)\s+(?:it\s+)?(?:a\s+)?(?:four|4)\b/gi)).toEqual(['award', 'give']);
    expect(sorted(/colou?r/i)).toEqual(['color', 'colour']);
  });

  it('keeps the most selective part of a sequence', () => {
    // "to" is too short to select anything; "grader" is what every match holds.
    expect(sorted(/\bto\s+the\s+grader\b/i)).toEqual(['grader']);
    expect(sorted(/(?:ab|cd)\w+(?:evaluator|grader)s?/i)).toEqual(['evaluator', 'grader']);
  });

  it('breaks literals at characters it cannot vouch for', () => {
    // é (non-ASCII) is not a literal; the rest of the word still is.
    expect(sorted(/[ée]valuateur/i)).toEqual(['valuateur']);
    // With the u and i flags, "s" also matches ſ (U+017F) and "k" the Kelvin sign.
    expect(sorted(/scoring/iu)).toEqual(['coring']);
    expect(sorted(/keep/iu)).toEqual(['eep']);
  });

  it('lets a pattern its parser cannot read always run', () => {
    // A source the parser rejects (here an unterminated group), standing for a newer engine's syntax.
    const pattern = { source: '(score', flags: 'g', unicode: false, ignoreCase: false } as unknown as RegExp;
    expect(requiredLiterals(pattern)).toBeNull();
    expect(createLiteralGate([pattern])('nothing here').mayMatch(pattern)).toBe(true);
  });

  it('has nothing to require of patterns that can match without a literal', () => {
    expect(requiredLiterals(/\d+/)).toBeNull();
    expect(requiredLiterals(/(?:score)?\w+/)).toBeNull();
    expect(requiredLiterals(/ab|score/)).toBeNull();
    expect(requiredLiterals(/[^x]{3}/)).toBeNull();
    expect(requiredLiterals(/(a)\1/)).toBeNull();
  });

  // Soundness, the property a prefilter lives by: whenever a pattern matches a text, the gate lets
  // it run on that text. Random patterns from a small grammar, random texts from an alphabet with
  // upper case, accents, ſ and the Kelvin sign, and the patterns' own literals as pieces.
  const ALPHABET = ['a', 'b', 'c', 's', 'k', 'A', 'S', 'K', 'é', 'ſ', '\u212a', ' ', '-', '1'];
  const atom = fc.oneof(
    fc.constantFrom('a', 'b', 'c', 's', 'k', 'ab', 'sk', 'abc', 'score', 'e\u0301'),
    fc.constantFrom('[ab]', '[sk]', '[a-c]', '[^a]', '\\w', '\\s', '.', '\\d', '\\b', '(?=a)', '(?<!b)'),
    // Look-behinds that put what follows at a word's start, and ones that do not.
    fc.constantFrom('(?<!\\w)', '(?<![\\w-])', '(?<=^|\\s)', '(?<=[ -])', '(?<=a)', '(?<![a-c])'),
  );
  // A quantifier applies to a sequence of atoms only: nested quantifiers ("(?:(?:x)*)+") or
  // overlapping alternatives under one ("(?:.|\w)+") make the oracle itself, V8's backtracking
  // matcher, exponential on some texts (a CI run hung 30 s on one). The gate's soundness on such
  // nesting is covered by every detection pattern over every corpus text (test/security/literal-gate.test.ts).
  const regex = fc.letrec((tie) => ({
    sequence: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('sequence'), tie('sequence')).map(([x, y]) => `${x}${y}`),
    ),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('node'), tie('node')).map(([x, y]) => `${x}${y}`),
      fc.tuple(tie('node'), tie('node')).map(([x, y]) => `(?:${x}|${y})`),
      fc
        .tuple(tie('sequence'), fc.constantFrom('?', '*', '+', '{2}', '{1,3}', '{0,2}'))
        .map(([x, q]) => `(?:${x})${q}`),
    ),
  })).node;

  it('never rejects a text its pattern matches', () => {
    fc.assert(
      fc.property(
        regex,
        fc.constantFrom('g', 'gi', 'giu', 'gu'),
        fc.array(
          fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom('score', 'SCORE', 'sCoRe', 'abc', 'ſcore')),
          {
            maxLength: 30,
          },
        ),
        (source, flags, pieces) => {
          const pattern = new RegExp(source, flags);
          const text = pieces.join('');
          const gate = createLiteralGate([pattern])(text);
          pattern.lastIndex = 0;
          if (pattern.test(text))
            expect(gate.mayMatch(pattern), `${pattern} on ${JSON.stringify(text)}`).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('createLiteralGate', () => {
  it('lets a pattern run only where one of its words occurs', () => {
    const grader = /\bgrader\b/gi;
    const score = /\bscor(?:e|ing)\b/gi;
    const digits = /\d+/g;
    const gate = createLiteralGate([grader, score, digits]);
    const plain = gate('We retried with backoff and it held.');
    expect([plain.mayMatch(grader), plain.mayMatch(score), plain.mayMatch(digits)]).toEqual([
      false,
      false,
      true,
    ]);
    const loud = gate('Dear GRADER, the Scoring is off');
    expect([loud.mayMatch(grader), loud.mayMatch(score)]).toEqual([true, true]);
    // A pattern the gate was not built with always runs.
    expect(plain.mayMatch(/x/)).toBe(true);
  });

  it('finds literals that overlap or sit inside one another', () => {
    const a = /she/;
    const b = /hers/;
    const c = /\bhe\w+/;
    const gate = createLiteralGate([a, b, c])('ushers');
    // ("he" is too common a word to select texts: c always runs.)
    expect([gate.mayMatch(a), gate.mayMatch(b), gate.mayMatch(c)]).toEqual([true, true, true]);
    // "ai" must begin a word for d: inside "said" it does not.
    const d = /\bai\w*/i;
    expect(createLiteralGate([d])('she said').mayMatch(d)).toBe(false);
    expect(createLiteralGate([d])('an aide said').mayMatch(d)).toBe(true);
  });

  it('reads a two-letter word after a boundary or a space as a word start', () => {
    expect(sorted(/\bai\b/i)).toEqual(['\u0001ai']);
    expect(sorted(/to[\s\u00a0]{1,3}(?:the[\s\u00a0]{1,3})?(?:ai|bot)s?\b/i)).toEqual(['\u0001ai', 'bot']);
    expect(sorted(/(?:^|[.!?]\s{0,3})ps\b/i)).toEqual(['\u0001ps']);
    // Not after a letter, a class that may hold one, or an optional part that may be empty.
    expect(requiredLiterals(/[^ ]ai/i)).toBeNull();
    expect(requiredLiterals(/\wai/i)).toBeNull();
    expect(requiredLiterals(/(?:x\s)?ai/i)).toBeNull();
    // A longer literal needs no mark; a one-letter word is too common even so.
    expect(sorted(/\bgrader\b/i)).toEqual(['grader']);
    expect(requiredLiterals(/\ba\b/i)).toBeNull();
    // A common two-letter word selects nothing: the other part of the sequence is used.
    expect(sorted(/\bto\s+(?:the\s+)?(?:ai|llm)\b/i)).toEqual(['\u0001ai', 'llm']);
    expect(requiredLiterals(/\bto\b/i)).toBeNull();
  });

  it('reads a look-behind for a non-word character as a word start', () => {
    expect(sorted(/(?<=^|[.!?\n]\s{0,3})(?:ai|bot)\s{0,2},/gi)).toEqual(['\u0001ai', 'bot']);
    expect(sorted(/(?<![\w#])ai\b/gi)).toEqual(['\u0001ai']);
    // Not one that lets a digit or "_" (word characters to `\b`) or a letter come before.
    expect(requiredLiterals(/(?<![a-z])ai/gi)).toBeNull();
    expect(requiredLiterals(/(?<=x)ai/gi)).toBeNull();
  });

  it('requires a two-character word start only of two word characters', () => {
    // The gate looks word starts up by a pair of word characters: "a+" could never be found.
    expect(requiredLiterals(/\b(?:a\+|grader)/gi)).toBeNull();
  });

  it("prefers a concatenation's rarer words to frequent ones", () => {
    // "the" and "this" are in nearly every answer; "new" or "old" in few.
    expect(sorted(/\b(?:the|this)\s+(?:new|old)\b/i)).toEqual(['new', 'old']);
  });
});

describe('the table of computed literals (what the build defines for the bundle)', () => {
  it('holds each pattern computed, by flags and source, with what was returned', () => {
    const pattern = /\bcircuit[\s-]breakers?\b|\bbulkheads?\b/gi;
    const literals = requiredLiterals(pattern);
    expect(literalsTable()[`gi/${pattern.source}`]).toEqual(literals);
    expect(requiredLiterals(new RegExp(pattern.source, 'gi'))).toBe(literals);
  });
});
