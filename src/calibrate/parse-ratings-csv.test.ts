import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { parseRatingsCsv } from './parse-ratings-csv.ts';
import { type RatingRow, RatingRowSchema } from './schema.ts';

const FIXTURE = 'test/fixtures/ratings/three-raters.csv';
const fixtureText = readFileSync(new URL(`../../${FIXTURE}`, import.meta.url), 'utf8');

const parse = (text: string): RatingRow[] => parseRatingsCsv({ path: 'r.csv', text });
const ratingsOf = (rows: readonly RatingRow[]): RatingRow['rating'][] => rows.map((row) => row.rating);

describe('parseRatingsCsv: the fixture (3 raters × 10 items, one empty cell, one label)', () => {
  const rows = parseRatingsCsv({ path: FIXTURE, text: fixtureText });

  it('keeps every rated row and skips the empty cell', () => {
    expect(rows).toHaveLength(29);
    expect(rows.find((row) => row.item === 'i07' && row.rater === 'cai')).toBeUndefined();
    for (const row of rows) RatingRowSchema.parse(row);
  });

  it('maps the label `strong` to 4, keeps `question`, drops other columns, records the line', () => {
    expect(rows[0]).toEqual({ item: 'i01', rater: 'ana', rating: 4, question: 'q1', line: 2 });
    expect(rows.find((row) => row.item === 'i10' && row.rater === 'ana')).toEqual({
      item: 'i10',
      rater: 'ana',
      rating: 4,
      question: 'q5',
      line: 29,
    });
  });
});

describe('parseRatingsCsv: tolerated input', () => {
  it.each<[string, string, RatingRow[]]>([
    [
      'BOM and CRLF line ends',
      '\ufeffitem,rater,rating\r\nx,ann,3\r\ny,ann,2\r\n',
      [
        { item: 'x', rater: 'ann', rating: 3, line: 2 },
        { item: 'y', rater: 'ann', rating: 2, line: 3 },
      ],
    ],
    [
      'columns in any order, header case and spaces, blank lines, spaces around cells',
      ' Rating , RATER,Item\n\n 3 , ann , x \n',
      [{ item: 'x', rater: 'ann', rating: 3, line: 3 }],
    ],
    [
      'transcript and question columns kept, an empty one omitted',
      'transcript,question,item,rater,rating\nt1,q2,t1#q2,ann,4\n,,t2#q1,ann,1\n',
      [
        { item: 't1#q2', rater: 'ann', rating: 4, transcript: 't1', question: 'q2', line: 2 },
        { item: 't2#q1', rater: 'ann', rating: 1, line: 3 },
      ],
    ],
    [
      'known labels in any spelling become scale numbers',
      'item,rater,rating\na,r,Red flag\nb,r,WEAK\nc,r,adequate\nd,r,strong\ne,r,red-flag\nf,r,2\n',
      ['a', 'b', 'c', 'd', 'e', 'f'].map((item, i) => ({
        item,
        rater: 'r',
        rating: [1, 2, 3, 4, 1, 2][i] ?? 0,
        line: i + 2,
      })),
    ],
    [
      'not_asked and empty cells are missing ratings',
      'item,rater,rating\na,r,not_asked\nb,r,\nc,r,Not asked\nd,r,1\n',
      [{ item: 'd', rater: 'r', rating: 1, line: 5 }],
    ],
    [
      'a quoted cell with a comma and a line break',
      'item,rater,rating,comment\na,r,2,"short, then\nlong"\nb,r,3,\n',
      [
        { item: 'a', rater: 'r', rating: 2, line: 3 },
        { item: 'b', rater: 'r', rating: 3, line: 4 },
      ],
    ],
    ['a header and no rows', 'item,rater,rating\n', []],
    [
      'rows of empty cells, as spreadsheets export them',
      'item,rater,rating\na,r,1\n,,\n , , \n',
      [{ item: 'a', rater: 'r', rating: 1, line: 2 }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each<[string, string, RatingRow['rating'][]]>([
    [
      'an unknown label keeps every label nominal',
      'item,rater,rating\na,r,strong\nb,r,great\nc,r,3\n',
      ['strong', 'great', 3],
    ],
    ['numbers may be decimals or signed', 'item,rater,rating\na,r,2.5\nb,r,-1\nc,r,.5\n', [2.5, -1, 0.5]],
  ])('%s', (_name, text, expected) => {
    expect(ratingsOf(parse(text))).toEqual(expected);
  });

  it('maps labels with a given scale', () => {
    const scale = { labels: { '0': 'no hire', '1': 'hire' }, min: 0, max: 1 };
    const rows = parseRatingsCsv({
      path: 'r.csv',
      text: 'item,rater,rating\na,r,Hire\nb,r,no-hire\n',
      scale,
    });
    expect(ratingsOf(rows)).toEqual([1, 0]);
  });
});

describe('parseRatingsCsv: errors name the file and line', () => {
  it.each<[string, string, number | undefined, string]>([
    [
      'a header without the rating column',
      'item,rater,score\na,r,3\n',
      1,
      'expected a header with columns item,rater,rating; got `item,rater,score`',
    ],
    [
      'data where the header should be',
      'a,r,3\nb,r,4\n',
      1,
      'expected a header with columns item,rater,rating; got `a,r,3`',
    ],
    ['an empty file', '', 1, 'expected a header with columns item,rater,rating; got an empty file'],
    [
      'a repeated header column',
      'item,rater,rating,Item\na,r,3,b\n',
      1,
      'expected each header column once; `item` appears twice',
    ],
    [
      'a rating that is neither a number nor a label',
      'item,rater,rating\na,r,3\nb,r,3/4\n',
      3,
      'expected a rating that is a number (e.g. 3) or a label (e.g. strong), got `3/4`',
    ],
    [
      'NA for a missing rating',
      'item,rater,rating\na,r,NA\n',
      2,
      'expected a rating (a number or a label), got `NA`; leave the cell empty for a missing rating',
    ],
    [
      'a duplicate (item, rater) pair',
      'item,rater,rating\na,r,3\nb,r,2\na,r,4\n',
      4,
      'expected one rating per (item, rater); `r` already rated `a` on line 2',
    ],
    [
      'a duplicate pair where one rating is empty',
      'item,rater,rating\na,r,\na,r,4\n',
      3,
      'expected one rating per (item, rater); `r` already rated `a` on line 2',
    ],
    [
      'an empty item',
      'item,rater,rating\n,r,3\n',
      2,
      'expected an item id in column `item`, got an empty cell',
    ],
    [
      'an empty rater',
      'item,rater,rating\na, ,3\n',
      2,
      'expected a rater name in column `rater`, got an empty cell',
    ],
    [
      'a row with too many cells',
      'item,rater,rating\na,r,3\nb,r,3,extra\n',
      3,
      'expected every row to have as many cells as the header: Invalid Record Length: columns length is 3, got 4 on line 3',
    ],
  ])('%s', (_name, text, line, detail) => {
    const error = captureError(() => parse(text));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'usage', file: 'r.csv', line, detail });
    expect(error.message).toBe(`r.csv:${line}: ${detail}`);
  });

  it('reports an unclosed quote at its line', () => {
    const error = captureError(() => parse('item,rater,rating\na,r,3\nb,"r,3\n'));
    expect(error).toMatchObject({ code: 'usage', file: 'r.csv', line: 3 });
    expect(error.message).toMatch(/^r\.csv:3: Quote Not Closed/);
  });
});

describe('parseRatingsCsv: arbitrary input', () => {
  it('yields valid rows or an InputError, never another throw', () => {
    const cell = fc.oneof(
      fc.constantFrom('', '3', 'strong', 'NA', '"', 'a,b', '\n'),
      fc.string({ maxLength: 6 }),
    );
    const text = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 })
      .map((rows) => ['item,rater,rating', ...rows.map((row) => row.join(','))].join('\n'));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (input) => {
        try {
          for (const row of parse(input)) RatingRowSchema.parse(row);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

function captureError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, got ${String(error)}`);
  }
  throw new Error('expected a throw, got none');
}
