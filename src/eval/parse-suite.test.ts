import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { parseSuite } from './parse-suite.ts';

const path = 'evals/golden/suite.yaml';

function errorOf(text: string): InputError {
  try {
    parseSuite({ path, text });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected parseSuite to throw');
}

describe('parseSuite', () => {
  it('reads every key', () => {
    const text = [
      'rubric: ../../rubrics/interview-rubric.md',
      'transcripts:',
      '  - ../../transcripts/*',
      '  - extra/*.vtt',
      'judge: openai,heuristic',
      'model: gpt-4o-mini,gpt-4.1-mini',
      'samples: 3',
      'baseUrl: http://127.0.0.1:11434/v1',
      'concurrency: 8',
      'thresholds:',
      '  minQuadraticKappa: 0.7',
      '  minExactAgreement: 0.6',
      '  maxRegression: 0.05',
      '  minPerQuestionQuadraticKappa: 0.2',
    ].join('\n');
    expect(parseSuite({ path, text })).toEqual({
      rubric: '../../rubrics/interview-rubric.md',
      transcripts: ['../../transcripts/*', 'extra/*.vtt'],
      judge: 'openai,heuristic',
      model: 'gpt-4o-mini,gpt-4.1-mini',
      samples: 3,
      baseUrl: 'http://127.0.0.1:11434/v1',
      concurrency: 8,
      thresholds: {
        minQuadraticKappa: 0.7,
        minExactAgreement: 0.6,
        maxRegression: 0.05,
        minPerQuestionQuadraticKappa: 0.2,
      },
    });
  });

  it('accepts one glob as a string, no thresholds, and JSON', () => {
    const expected = { rubric: 'r.md', transcripts: ['t/*'], thresholds: {} };
    expect(parseSuite({ path, text: 'rubric: r.md\ntranscripts: t/*\n' })).toEqual(expected);
    expect(parseSuite({ path, text: '{ "rubric": "r.md", "transcripts": ["t/*"] }' })).toEqual(expected);
  });

  it.each([
    {
      name: 'unknown top-level key',
      text: 'rubric: r.md\ntranscripts: t/*\nmodels: x\n',
      line: 3,
      match: /`models`/,
    },
    {
      name: 'unknown threshold',
      text: 'rubric: r.md\ntranscripts: t/*\nthresholds:\n  minAgreement: 0.5\n',
      line: 4,
      match: /`thresholds\.minAgreement`/,
    },
    { name: 'missing rubric', text: 'transcripts: t/*\n', line: 1, match: /missing key `rubric`/ },
    {
      name: 'samples below 1',
      text: 'rubric: r.md\ntranscripts: t/*\nsamples: 0\n',
      line: 3,
      match: /`samples`.*got 0/,
    },
    {
      name: 'kappa threshold above 1',
      text: 'rubric: r.md\ntranscripts: t/*\nthresholds:\n  minQuadraticKappa: 1.5\n',
      line: 4,
      match: /`thresholds\.minQuadraticKappa`.*1\.5/,
    },
    {
      name: 'negative regression',
      text: 'rubric: r.md\ntranscripts: t/*\nthresholds:\n  maxRegression: -0.1\n',
      line: 4,
      match: /`thresholds\.maxRegression`/,
    },
    { name: 'empty glob list', text: 'rubric: r.md\ntranscripts: []\n', line: 2, match: /`transcripts`/ },
    {
      name: 'bad base URL',
      text: 'rubric: r.md\ntranscripts: t\nbaseUrl: nope\n',
      line: 3,
      match: /`baseUrl`.*nope/,
    },
    { name: 'YAML syntax error', text: 'rubric: r.md\ntranscripts: [t/*\n', line: 3, match: /YAML/ },
    { name: 'duplicate key', text: 'rubric: r.md\nrubric: s.md\ntranscripts: t\n', line: 2, match: /unique/ },
    { name: 'empty file', text: '', line: 1, match: /expected a mapping.*empty document/ },
    { name: 'a list', text: '- rubric\n', line: 1, match: /expected a mapping.*\["rubric"\]/ },
  ])('rejects $name at line $line', ({ text, line, match }) => {
    const error = errorOf(text);
    expect(error.code).toBe('config_invalid');
    expect(error.file).toBe(path);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(match);
    expect(error.message.startsWith(`${path}:${line}: `)).toBe(true);
  });

  it('lists every problem, the first line first', () => {
    const error = errorOf(
      'rubric: r.md\ntranscripts: t\nconcurrency: 0\nthresholds:\n  minExactAgreement: 2\n',
    );
    expect(error.line).toBe(3);
    expect(error.message).toContain(`\n${path}:5: \`thresholds.minExactAgreement\``);
  });
});

describe('the bundled golden suite', () => {
  it('parses, with every threshold set', () => {
    const text = readFileSync(new URL('../../evals/golden/suite.yaml', import.meta.url), 'utf8');
    const suite = parseSuite({ path: 'evals/golden/suite.yaml', text });
    expect(suite).toMatchObject({ rubric: '../../rubrics/interview-rubric.md', judge: 'heuristic' });
    expect(Object.keys(suite.thresholds).sort()).toEqual([
      'maxRegression',
      'minExactAgreement',
      'minPerQuestionQuadraticKappa',
      'minQuadraticKappa',
    ]);
  });
});
