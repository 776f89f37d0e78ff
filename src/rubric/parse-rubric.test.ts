import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRubric } from './parse-rubric.ts';
import { type Rubric, RubricSchema } from './schema.ts';

const read = (relative: string): { path: string; text: string } => ({
  path: relative,
  text: readFileSync(new URL(`../../${relative}`, import.meta.url), 'utf8'),
});
const seed = read('rubrics/interview-rubric.md');

function compile(input: { path: string; text: string }): Rubric {
  const { rubric, diagnostics } = parseRubric(input);
  expect(diagnostics).toEqual([]);
  if (rubric === null) throw new Error(`${input.path} did not compile`);
  return rubric;
}

const flagText = (r: Rubric, id: string): string | undefined =>
  r.questions.flatMap((q) => [...q.greenFlags, ...q.redFlags]).find((f) => f.id === id)?.text;

describe('parseRubric on the seed rubric', () => {
  const rubric = compile(seed);

  it('compiles to 11 questions in 5 sections, in order of appearance', () => {
    expect(RubricSchema.parse(rubric)).toEqual(rubric);
    expect(rubric.id).toBe('interview-rubric');
    expect(rubric.title).toBe('Interview Questions With Green-Flag / Red-Flag Guidance');
    expect(rubric.source).toEqual({ path: 'rubrics/interview-rubric.md', format: 'markdown' });
    expect(rubric.questions.map((q) => q.id)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      'q10',
      'q11',
    ]);
    expect(rubric.sections).toEqual([
      'Python / Code Quality',
      'Architecture / Design',
      'Distributed Systems',
      'Software Architecture',
      'Judgment / Engineering Philosophy',
    ]);
    expect(rubric.questions.map((q) => q.section)).toEqual([
      ...Array(3).fill('Python / Code Quality'),
      ...Array(3).fill('Architecture / Design'),
      ...Array(2).fill('Distributed Systems'),
      ...Array(2).fill('Software Architecture'),
      'Judgment / Engineering Philosophy',
    ]);
  });

  it('reads the `## 8.` heading as question 8 in Distributed Systems, not as a section', () => {
    const q8 = rubric.questions[7];
    expect(q8).toMatchObject({ id: 'q8', number: 8, section: 'Distributed Systems', line: 94 });
    expect(q8?.text).toBe(
      'Walk me through how you detect and recover from partial failures (e.g., one component slow or unhealthy)',
    );
    expect(q8?.greenFlags.map((f) => f.text)).toEqual([
      'Timeouts, retries, bulkheads, circuit breakers.',
      'Differentiates slow vs failed components.',
    ]);
  });

  it('gives every question its green and red flags with stable ids', () => {
    expect(rubric.questions.map((q) => [q.greenFlags.length, q.redFlags.length])).toEqual([
      [3, 2],
      ...Array(10).fill([2, 2]),
    ]);
    expect(rubric.questions[0]?.greenFlags.map((f) => f.id)).toEqual(['q1.g1', 'q1.g2', 'q1.g3']);
    expect(rubric.questions[10]?.redFlags.map((f) => [f.id, f.kind, f.line])).toEqual([
      ['q11.r1', 'red', 143],
      ['q11.r2', 'red', 144],
    ]);
  });

  it.each([
    ['q1.r1', '“I just put functions in a file.”'],
    ['q2.r1', 'Doesn’t know the mutable default argument bug.'],
    ['q4.r1', '“Race conditions aren’t an issue in Python.”'],
    ['q7.r2', "Doesn't recognize nondeterminism issues."],
    ['q10.g2', 'When service boundaries don’t match domain boundaries.'],
    ['q11.r2', '“Always use libraries.” (no nuance)'],
  ])('keeps flag %s exactly as written', (id, text) => {
    expect(flagText(rubric, id)).toBe(text);
  });

  it('keeps question text exactly as written, without the number', () => {
    expect(rubric.questions[9]?.text).toBe(
      'When is a microservice “too micro”? What does it look like in practice?',
    );
    expect(rubric.questions[5]?.text).toBe(
      'What does scaling actually mean to you? Give an example of how you’ve scaled a real system',
    );
  });

  it('detects Markdown by content when the path has no extension', () => {
    expect(compile({ path: '<stdin>', text: seed.text }).version).toBe(rubric.version);
  });
});

describe('YAML and JSON equivalents of the seed', () => {
  const markdown = compile(seed);
  const summary = (r: Rubric) =>
    r.questions.map((q) => ({
      id: q.id,
      hash: q.hash,
      section: q.section,
      flags: [...q.greenFlags, ...q.redFlags].map((f) => [f.id, f.hash, f.text]),
    }));

  it.each([
    ['test/fixtures/rubrics/interview-rubric.yaml', 'yaml'],
    ['test/fixtures/rubrics/interview-rubric.json', 'json'],
  ] as const)('%s compiles to the same questions, flags, hashes and version', (path, format) => {
    const other = compile(read(path));
    expect(other.source.format).toBe(format);
    expect(summary(other)).toEqual(summary(markdown));
    expect(other.sections).toEqual(markdown.sections);
    expect(other.version).toBe(markdown.version);
    expect(other.id).toBe('interview-rubric');
  });
});

describe('parseRubric never throws', () => {
  it.each(['notes.md', 'rubric.yaml', 'rubric.json', 'stdin'])('on arbitrary text as %s', (path) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const { rubric, diagnostics } = parseRubric({ path, text });
        expect(rubric === null).toBe(diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });

  it('on Markdown-shaped noise', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '# T',
        '## S',
        '### 1. Q',
        '## 2. Q',
        '**Green flags:**',
        '**Red flags:**',
        '- a',
        '* b',
        '',
        '---',
      ),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const { rubric, diagnostics } = parseRubric({ path: 'r.md', text: lines.join('\n') });
        expect(rubric === null).toBe(diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });
});
