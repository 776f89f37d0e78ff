import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFlag, hashQuestion, normaliseWhitespace } from './hash-rubric.ts';
import { parseRubric } from './parse-rubric.ts';
import type { Rubric } from './schema.ts';

const seedText = readFileSync(new URL('../../rubrics/interview-rubric.md', import.meta.url), 'utf8');

function compile(text: string, path = 'interview-rubric.md'): Rubric {
  const { rubric, diagnostics } = parseRubric({ path, text });
  if (rubric === null) throw new Error(JSON.stringify(diagnostics));
  return rubric;
}

/** Every hash in a rubric, keyed by what it belongs to. */
function hashes(r: Rubric): Record<string, string> {
  const out: Record<string, string> = { version: r.version };
  for (const q of r.questions) {
    out[q.id] = q.hash;
    for (const f of [...q.greenFlags, ...q.redFlags]) out[f.id] = f.hash;
  }
  return out;
}

const seed = hashes(compile(seedText));

describe('hashes ignore whitespace-only edits', () => {
  it.each([
    ['trailing spaces on every line', seedText.replace(/\n/g, '   \n')],
    ['CRLF line endings', seedText.replace(/\n/g, '\r\n')],
    ['extra blank lines', seedText.replace(/\n\n/g, '\n\n\n\n')],
    ['no blank line between label and list', seedText.replace(/:\*\*\n\n-/g, ':**\n-')],
    [
      'a bullet reflowed over two lines',
      seedText.replace('- Mentions modularization, packages,', '- Mentions modularization,\n  packages,'),
    ],
    [
      'double spaces inside a question',
      seedText.replace('### 2. What are some', '###   2.  What  are   some'),
    ],
    ['`*` bullets instead of `-`', seedText.replace(/^- /gm, '* ')],
  ])('%s', (_name, text) => {
    expect(hashes(compile(text))).toEqual(seed);
  });

  it('for YAML too (folded text, different indentation)', () => {
    const a = compile(
      'title: T\nquestions:\n  - number: 1\n    text: How do you test?\n    greenFlags: [Mentions chaos testing.]\n    redFlags: [None]\n',
      'a.yaml',
    );
    const b = compile(
      'title: T\nquestions:\n    -   number: 1\n        text: >-\n          How do\n          you   test?\n        greenFlags:\n          - "Mentions  chaos testing. "\n        redFlags: [None]\n',
      'b.yaml',
    );
    expect(hashes(b)).toEqual(hashes(a));
  });

  it('for any whitespace between the words of a flag (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z’“”.,]{1,8}$/);
    const space = fc.stringMatching(/^[ \t\n\r\u00a0]{1,4}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), space, space, (words, sep, edge) => {
        expect(hashFlag('green', `${edge}${words.join(sep)}${edge}`)).toBe(
          hashFlag('green', words.join(' ')),
        );
      }),
    );
  });
});

describe('hashes change with content', () => {
  const changed = (text: string): string[] => {
    const after = hashes(compile(text));
    return Object.keys(seed).filter((key) => after[key] !== seed[key]);
  };

  it.each([
    ['one flag word', seedText.replace('defensive cloning', 'defensive copying'), ['version', 'q2', 'q2.g2']],
    [
      'a curly quote to a straight one',
      seedText.replace('“Just add more servers.”', '"Just add more servers."'),
      ['version', 'q6', 'q6.r1'],
    ],
    [
      'question text only',
      seedText.replace('When is monkey patching appropriate', 'When is monkey-patching appropriate'),
      ['version', 'q3'],
    ],
    [
      'flag order within a list',
      seedText.replace(
        '- Treats partial failures as binary.\n- No idea how to isolate faults.',
        '- No idea how to isolate faults.\n- Treats partial failures as binary.',
      ),
      ['version', 'q8', 'q8.r1', 'q8.r2'],
    ],
    [
      'a flag moved from green to red',
      seedText.replace(
        '- Calls out readability/maintainability risks.\n\n**Red flags:**\n',
        '\n**Red flags:**\n\n- Calls out readability/maintainability risks.\n',
      ),
      ['version', 'q3', 'q3.g2', 'q3.r1', 'q3.r2'],
    ],
    ['the rating rule (front matter)', `---\nrule: { strongMinGreen: 3 }\n---\n${seedText}`, ['version']],
    [
      'the scale labels (front matter)',
      `---\nscale: { min: 1, max: 4, labels: { "1": red, "2": weak, "3": ok, "4": strong } }\n---\n${seedText}`,
      ['version'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(changed(text)).toEqual(expected);
  });

  it('changes the version, not the question hash, when a question id changes', () => {
    const renamed = compile(seedText.replace('When is it a trap?', 'When is it a trap? {#reinvent}'));
    const q = renamed.questions[10];
    expect(q?.id).toBe('reinvent');
    expect(q?.text).toBe('When does reinventing the wheel make sense? When is it a trap?');
    expect(q?.hash).toBe(seed.q11);
    expect(q?.greenFlags[0]?.id).toBe('reinvent.g1');
    expect(renamed.version).not.toBe(seed.version);
  });

  it('changes the version when aliases change (YAML)', () => {
    const base = 'title: T\nquestions:\n  - number: 1\n    text: Q\n    greenFlags: [a]\n    redFlags: [b]\n';
    const a = compile(base, 'a.yaml');
    const b = compile(base.replace('text: Q', 'text: Q\n    aliases: [first question]'), 'a.yaml');
    expect(b.questions[0]?.hash).toBe(a.questions[0]?.hash);
    expect(b.version).not.toBe(a.version);
  });

  it('keeps kind in the flag hash and flags in the question hash', () => {
    expect(hashFlag('green', 'x')).not.toBe(hashFlag('red', 'x'));
    expect(hashQuestion('q', [hashFlag('green', 'x')], [])).not.toBe(
      hashQuestion('q', [], [hashFlag('red', 'x')]),
    );
    expect(hashFlag('green', 'x')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('normalises whitespace runs to one space', () => {
    expect(normaliseWhitespace('  a \t b\r\n\nc  ')).toBe('a b c');
  });
});
