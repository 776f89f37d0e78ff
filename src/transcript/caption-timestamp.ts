/** Where a timestamp ended in the line, and its value in seconds. */
export interface TimestampRead {
  readonly seconds: number;
  readonly end: number;
}

/** Seconds from whole milliseconds, so `00:00:04.560` is 4.56 and not 4.5600000000000005. */
const toSeconds = (h: number, m: number, s: number, millis: number): number =>
  ((h * 3600 + m * 60 + s) * 1000 + millis) / 1000;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function digitsAt(line: string, at: number): { readonly text: string; readonly end: number } {
  let end = at;
  while (isDigit(line[end])) end++;
  return { text: line.slice(at, end), end };
}

/**
 * The WebVTT spec's "collect a WebVTT timestamp" at `at`: `[hh…:]mm:ss.ttt`, hours of any number
 * of digits, minutes and seconds of exactly two (at most 59), three fraction digits. Followed to
 * the letter so that we read the same cues as browsers and the reference parsers; `undefined`
 * where the algorithm fails (e.g. `00:00:60.000`, `00:00:01,000`).
 */
export function readVttTimestamp(line: string, at: number): TimestampRead | undefined {
  if (!isDigit(line[at])) return undefined;
  const first = digitsAt(line, at);
  const hours = first.text.length !== 2 || Number(first.text) > 59;
  if (line[first.end] !== ':') return undefined;
  const second = digitsAt(line, first.end + 1);
  if (second.text.length !== 2) return undefined;
  let [h, m, s, pos] = [0, Number(first.text), Number(second.text), second.end];
  if (hours || line[pos] === ':') {
    if (line[pos] !== ':') return undefined;
    const third = digitsAt(line, pos + 1);
    if (third.text.length !== 2) return undefined;
    [h, m, s, pos] = [Number(first.text), Number(second.text), Number(third.text), third.end];
  }
  if (line[pos] !== '.') return undefined;
  const fraction = digitsAt(line, pos + 1);
  if (fraction.text.length !== 3 || m > 59 || s > 59) return undefined;
  return { seconds: toSeconds(h, m, s, Number(fraction.text)), end: fraction.end };
}

/**
 * An SRT timestamp at `at`, read as leniently as players do: `hh:mm:ss,mmm` with a comma or a
 * dot, one to three fraction digits or none, and the hours optional (`mm:ss,mmm`). Minutes and
 * seconds must still be below 60.
 */
export function readSrtTimestamp(line: string, at: number): TimestampRead | undefined {
  const parts: number[] = [];
  let pos = at;
  for (;;) {
    const run = digitsAt(line, pos);
    if (run.text === '' || run.text.length > 3) return undefined;
    parts.push(Number(run.text));
    pos = run.end;
    if (line[pos] !== ':' || parts.length === 3) break;
    pos++;
  }
  if (parts.length < 2) return undefined;
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  if (h === undefined || m === undefined || s === undefined || m > 59 || s > 59) return undefined;
  let millis = 0;
  if ((line[pos] === ',' || line[pos] === '.') && isDigit(line[pos + 1])) {
    const fraction = digitsAt(line, pos + 1);
    if (fraction.text.length > 3) return undefined;
    millis = Number(fraction.text.padEnd(3, '0'));
    pos = fraction.end;
  }
  return { seconds: toSeconds(h, m, s, millis), end: pos };
}
