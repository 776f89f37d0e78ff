import { describe, expect, it } from 'vitest';
import { parseLabels } from '../eval/parse-labels.ts';
import { DEFAULT_SCALE } from '../rubric/schema.ts';
import { planSuiteLabels, type SuiteLabel } from './plan-suite-labels.ts';

const label = (transcript: string, question: string, rating: SuiteLabel['rating'], line = 1): SuiteLabel => ({
  transcriptFile: `${transcript}.txt`,
  transcript,
  question,
  rating,
  line,
});
const plan = (text: string | null, labels: SuiteLabel[], force = false) =>
  planSuiteLabels({ path: 'suite/labels.csv', text, scale: DEFAULT_SCALE, labels, force });

describe('planSuiteLabels', () => {
  it('starts a missing labels.csv with its header', () => {
    expect(plan(null, [label('alex', 'q1', 3), label('bo', 'q2', 'not_asked')])).toEqual({
      kind: 'ok',
      text: 'transcript,question,rating\nalex.txt,q1,3\nbo.txt,q2,not_asked\n',
      added: 2,
      replaced: 0,
      unchanged: 0,
    });
  });

  it('appends after the last row, leaves equal labels alone, and keeps the file readable by eval', () => {
    const text = 'transcript,question,rating\nalex.txt,q1,3\n\n';
    const result = plan(text, [label('alex', 'q1', 3), label('alex', 'q2', 2)]);
    expect(result).toMatchObject({ kind: 'ok', added: 1, unchanged: 1 });
    if (result.kind !== 'ok') return;
    expect(result.text).toBe('transcript,question,rating\nalex.txt,q1,3\nalex.txt,q2,2\n');
    expect(parseLabels({ path: 'x', text: result.text })).toHaveLength(2);
  });

  it('keeps the column order, extra columns and CRLF line ends of the file', () => {
    const text = 'rating,note,transcript,question\r\n4,kept,alex,q1\r\n';
    const result = plan(text, [label('bo', 'q1', 1)]);
    expect(result).toMatchObject({
      kind: 'ok',
      text: 'rating,note,transcript,question\r\n4,kept,alex,q1\r\n1,,bo.txt,q1\r\n',
    });
  });

  it('refuses a conflicting label, naming both lines, unless forced', () => {
    const text = 'transcript,question,rating,note\nalex.txt,q1,3,from the panel\nbo.txt,q1,2,\n';
    expect(plan(text, [label('alex', 'q1', 1, 4)])).toEqual({
      kind: 'conflict',
      issues: [
        {
          line: 4,
          message:
            'suite/labels.csv:2 already labels `alex` q1 as 3, the decision says 1; pass --force to replace it',
        },
      ],
    });
    const forced = plan(text, [label('alex', 'q1', 1, 4), label('bo', 'q1', 'not_asked')], true);
    expect(forced).toMatchObject({ kind: 'ok', replaced: 2, added: 0 });
    if (forced.kind !== 'ok') return;
    expect(forced.text).toBe(
      'transcript,question,rating,note\nalex.txt,q1,1,from the panel\nbo.txt,q1,not_asked,\n',
    );
  });

  it('neutralises a transcript name a spreadsheet would run as a formula, and quotes commas', () => {
    const result = plan(null, [{ ...label('x', 'q1', 2), transcriptFile: '=HYPERLINK("evil"),1.txt' }]);
    expect(result.kind === 'ok' && result.text.split('\n')[1]).toBe(`"'=HYPERLINK(""evil""),1.txt",q1,2`);
  });

  it('rejects a labels.csv that eval could not read, naming the line', () => {
    expect(() => plan('transcript,question,rating\nalex.txt,q1,9\n', [label('bo', 'q1', 2)])).toThrow(
      /labels\.csv:2: expected a rating that is an integer 1–4/,
    );
  });
});
