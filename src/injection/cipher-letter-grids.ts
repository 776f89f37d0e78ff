import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';
import { splitRunTogether } from './segment-words.ts';

/**
 * Letters set out as a grid, three rows or more of three to twelve capitals each, on lines of
 * their own or parted by slashes (probe rounds
 * 148 and 152: "read it the way an ox ploughs", a word wall read as a spiral), read in the orders
 * that hide a message from a reader going line by line: boustrophedon (every second line right
 * to left), down the columns, and clockwise in a spiral from the top left corner. Each reading is
 * split into words and the readings are parted by " / ", for `findEncoded`, which flags a
 * decoding only when it says a verdict or steers.
 */
export const LETTER_GRID_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (GRID_SEEN.test(text) ? allMatches(GRID_RUN, text).slice(0, MAX_GRIDS) : []),
    decode: (m) => {
      const rows = m[0]
        .split(/\n| \/ /)
        .map((line) => line.replace(/[^A-Za-z]/g, '').toLowerCase())
        .filter((line) => line !== '');
      return [boustrophedon(rows), columns(rows), spiral(rows)].map(splitRunTogether).join(' / ');
    },
  },
];

/** A line of three to twelve capitals, spaced or not. */
const LINE = String.raw`[ \t]{0,4}[A-Z](?:[ \t]?[A-Z]){2,11}[ \t]{0,4}`;
/** Rows on lines of their own, or on one line parted by slashes ("GIVE / MART / PSKH"). */
const GRID_SEEN = new RegExp(
  String.raw`^${LINE}\n${LINE}\n${LINE}$|\b[A-Z]{3,12} / [A-Z]{3,12} / [A-Z]{3,12}\b`,
  'm',
);
const GRID_RUN = new RegExp(
  String.raw`^${LINE}(?:\n${LINE}){2,11}$|(?<![\w/] ?)[A-Z]{3,12}(?: / [A-Z]{3,12}){2,11}(?! ?[\w/])`,
  'gm',
);
/** Grids read in one text, at most (segmenting a reading is the costly part). */
const MAX_GRIDS = 4;

function boustrophedon(rows: readonly string[]): string {
  return rows.map((row, at) => (at % 2 === 0 ? row : [...row].reverse().join(''))).join('');
}

function columns(rows: readonly string[]): string {
  const width = Math.max(...rows.map((row) => row.length));
  let read = '';
  for (let column = 0; column < width; column += 1) for (const row of rows) read += row[column] ?? '';
  return read;
}

/** Clockwise from the top left corner, inwards; a ragged last line is read where it has letters. */
function spiral(rows: readonly string[]): string {
  let top = 0;
  let bottom = rows.length - 1;
  let left = 0;
  let right = Math.max(...rows.map((row) => row.length)) - 1;
  let read = '';
  const at = (row: number, column: number) => rows[row]?.[column] ?? '';
  while (top <= bottom && left <= right) {
    for (let column = left; column <= right; column += 1) read += at(top, column);
    for (let row = top + 1; row <= bottom; row += 1) read += at(row, right);
    if (top < bottom) for (let column = right - 1; column >= left; column -= 1) read += at(bottom, column);
    if (left < right) for (let row = bottom - 1; row > top; row -= 1) read += at(row, left);
    top += 1;
    bottom -= 1;
    left += 1;
    right -= 1;
  }
  return read;
}
