import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffRubrics, formatRubricDiff } from './diff-rubrics.ts';
import { RubricDiffSchema } from './diff-schema.ts';
import { parseRubric } from './parse-rubric.ts';
import type { Rubric } from './schema.ts';

const seedText = readFileSync(new URL('../../rubrics/interview-rubric.md', import.meta.url), 'utf8');

function compile(text: string): Rubric {
  const { rubric, diagnostics } = parseRubric({ path: 'interview-rubric.md', text });
  if (rubric === null) throw new Error(JSON.stringify(diagnostics));
  return rubric;
}

const seed = compile(seedText);
const q11Block = seedText.slice(seedText.indexOf('### 11.'));
const q12 =
  '\n### 12. How do you review code?\n\n**Green flags:**\n- Reads tests first.\n\n**Red flags:**\n- Rubber-stamps.\n';

interface Case {
  name: string;
  text: string;
  added?: string[];
  removed?: string[];
  changed?: Record<string, { textChanged: boolean; added: string[]; removed: string[]; changed: string[] }>;
  ruleChanged?: boolean;
}

const cases: Case[] = [
  { name: 'a question added', text: seedText + q12, added: ['q12'] },
  { name: 'a question removed', text: seedText.replace(q11Block, ''), removed: ['q11'] },
  {
    name: 'a flag reworded',
    text: seedText.replace('defensive cloning', 'defensive copies'),
    changed: { q2: { textChanged: false, added: [], removed: [], changed: ['q2.g2'] } },
  },
  {
    name: 'a flag inserted first (later flags renumber but are not "changed")',
    text: seedText.replace(
      '- Only for tests, mocks',
      '- Knows unittest.mock.patch.\n- Only for tests, mocks',
    ),
    changed: { q3: { textChanged: false, added: ['q3.g1'], removed: [], changed: [] } },
  },
  {
    name: 'a flag removed',
    text: seedText.replace('- No idea how to isolate faults.\n', ''),
    changed: { q8: { textChanged: false, added: [], removed: ['q8.r2'], changed: [] } },
  },
  {
    name: 'question text changed, flags kept',
    text: seedText.replace('When is monkey patching appropriate', 'When is monkey-patching appropriate'),
    changed: { q3: { textChanged: true, added: [], removed: [], changed: [] } },
  },
  { name: 'the rule changed', text: `---\nrule: { strongMinGreen: 1 }\n---\n${seedText}`, ruleChanged: true },
];

describe('diffRubrics', () => {
  it('finds nothing between a rubric and a whitespace-reflowed copy', () => {
    const diff = diffRubrics(seed, compile(seedText.replace(/\n/g, '  \n')));
    expect(diff).toEqual(RubricDiffSchema.parse(diff));
    expect(diff).toMatchObject({
      versionChanged: false,
      addedQuestions: [],
      removedQuestions: [],
      changedQuestions: [],
      ruleChanged: false,
      scaleChanged: false,
    });
    expect(formatRubricDiff(diff)).toBe(`rubric interview-rubric: no changes (version ${seed.version})`);
  });

  it.each(cases)('$name', ({ text, added = [], removed = [], changed = {}, ruleChanged = false }) => {
    const diff = RubricDiffSchema.parse(diffRubrics(seed, compile(text)));
    expect(diff.versionChanged).toBe(true);
    expect(diff.addedQuestions.map((q) => q.id)).toEqual(added);
    expect(diff.removedQuestions.map((q) => q.id)).toEqual(removed);
    expect(diff.ruleChanged).toBe(ruleChanged);
    const got = Object.fromEntries(
      diff.changedQuestions.map((q) => [
        q.id,
        {
          textChanged: q.textChanged,
          added: q.addedFlags.map((f) => f.id),
          removed: q.removedFlags.map((f) => f.id),
          changed: q.changedFlags.map((f) => f.id),
        },
      ]),
    );
    expect(got).toEqual(changed);
  });
});

describe('formatRubricDiff', () => {
  it('prints added, removed and changed questions and flags', () => {
    const text = seedText.replace(q11Block, '').replace('defensive cloning', 'defensive copies') + q12;
    const out = formatRubricDiff(diffRubrics(seed, compile(text)));
    expect(out.split('\n')).toEqual([
      expect.stringMatching(/^rubric interview-rubric: version [0-9a-f]{16} → [0-9a-f]{16}$/),
      '+ q12 How do you review code?',
      '- q11 When does reinventing the wheel make sense? When is it a trap?',
      '~ q2 What are some pitfalls around mutability in Python, and how do you avoid them?',
      '    ~ q2.g2 (green) Talks about side effects, copying, defensive copies.',
      '        was: Talks about side effects, copying, defensive cloning.',
    ]);
  });
});
