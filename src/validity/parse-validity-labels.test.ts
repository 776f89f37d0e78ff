import { describe, expect, it } from 'vitest';
import { parseValidityLabels } from './parse-validity-labels.ts';

describe('parseValidityLabels', () => {
  it('reads gold or rating columns, keys by transcript id, and skips non-numeric grades', () => {
    const labels = parseValidityLabels(
      'transcript,question,rating\n01-alex.txt,q1,4\n01-alex.txt,q2,not_asked\nEM-12,q3,2.5\n',
      'labels.csv',
    );
    expect([...labels.gold]).toEqual([
      ['01-alex#q1', 4],
      ['EM-12#q3', 2.5],
    ]);
    expect(labels.skipped).toBe(1);
  });

  it('names the file and line of a row it cannot read', () => {
    expect(() => parseValidityLabels('transcript,score\nx,1\n', 'set/labels.csv')).toThrow(
      /set\/labels\.csv:2/,
    );
  });
});
