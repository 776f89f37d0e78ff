import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { parseLabels } from './parse-labels.ts';

const path = 'evals/golden/labels.csv';

function errorOf(text: string): InputError {
  try {
    parseLabels({ path, text });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected parseLabels to throw');
}

describe('parseLabels', () => {
  it('reads ratings, labels and not_asked with BOM, CRLF, blank lines and extra columns', () => {
    const text =
      '\uFEFFTranscript,Question,Rating,Note\r\n' +
      '01-alex.txt,q1,4,great\r\n' +
      '\r\n' +
      'folder/02-priya.transcript.vtt,q2,not_asked,\r\n' +
      '03-jordan, q3 , Red flag ,\r\n' +
      '03-jordan,q4,Not asked,\r\n';
    expect(parseLabels({ path, text })).toEqual([
      { transcript: '01-alex', question: 'q1', rating: 4, line: 2 },
      { transcript: '02-priya', question: 'q2', rating: 'not_asked', line: 4 },
      { transcript: '03-jordan', question: 'q3', rating: 1, line: 5 },
      { transcript: '03-jordan', question: 'q4', rating: 'not_asked', line: 6 },
    ]);
  });

  it('maps labels of a custom scale and checks its range', () => {
    const scale = { labels: { '0': 'no', '1': 'yes' }, min: 0, max: 1 };
    const text = 'transcript,question,rating\na,q1,yes\na,q2,0\n';
    expect(parseLabels({ path, text, scale }).map((l) => l.rating)).toEqual([1, 0]);
    expect(() => parseLabels({ path, text: 'transcript,question,rating\na,q1,2\n', scale })).toThrow(/0–1/);
  });

  it('reads the bundled golden labels', () => {
    const labels = parseLabels({
      path,
      text: readFileSync(new URL('../../evals/golden/labels.csv', import.meta.url), 'utf8'),
    });
    expect(labels).toHaveLength(176);
    expect(labels.filter((l) => l.rating === 'not_asked')).toHaveLength(93);
  });

  it.each([
    {
      name: 'a missing column',
      text: 'transcript,rating\na,3\n',
      line: 1,
      match: /transcript,question,rating/,
    },
    { name: 'an empty file', text: '', line: 1, match: /empty file/ },
    {
      name: 'a rating off the scale',
      text: 'transcript,question,rating\na,q1,3\na,q2,5\n',
      line: 3,
      match: /1–4.*`5`/,
    },
    { name: 'a fractional rating', text: 'transcript,question,rating\na,q1,2.5\n', line: 2, match: /`2\.5`/ },
    {
      name: 'an unknown word',
      text: 'transcript,question,rating\na,q1,excellent\n',
      line: 2,
      match: /`excellent`/,
    },
    {
      name: 'an empty rating',
      text: 'transcript,question,rating\na,q1,\n',
      line: 2,
      match: /column `rating`/,
    },
    {
      name: 'an empty question',
      text: 'transcript,question,rating\na,,3\n',
      line: 2,
      match: /column `question`/,
    },
    {
      name: 'a duplicate written with and without extension',
      text: 'transcript,question,rating\n01-alex.txt,q1,3\n01-alex.vtt,q2,3\n01-alex,q1,4\n',
      line: 4,
      match: /`01-alex`, `q1` is already labelled on line 2/,
    },
    {
      name: 'a ragged row',
      text: 'transcript,question,rating\na,q1,3,extra\n',
      line: 2,
      match: /as many cells/,
    },
  ])('rejects $name at line $line', ({ text, line, match }) => {
    const error = errorOf(text);
    expect(error.code).toBe('config_invalid');
    expect(error.file).toBe(path);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(match);
  });
});
