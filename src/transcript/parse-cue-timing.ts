import { readSrtTimestamp, readVttTimestamp, type TimestampRead } from './caption-timestamp.ts';

/** The two caption dialects: WebVTT (spec rules) and SRT (as players read it). */
export type CaptionKind = 'vtt' | 'srt';

/** A timing line read: start and end in seconds, and the cue settings after them (WebVTT). */
export interface CueTiming {
  readonly start: number;
  readonly end: number;
  readonly settings: string;
}

/** ASCII whitespace as the WebVTT spec skips it around timestamps. */
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';

function skipSpace(line: string, at: number): number {
  let pos = at;
  while (isSpace(line[pos])) pos++;
  return pos;
}

/**
 * The spec's "collect WebVTT cue timings and settings" (SRT: the same with SRT timestamps):
 * `start --> end [settings]`, whitespace around the arrow optional. `undefined` when the line
 * is no valid timing line, which makes its cue one to skip.
 */
export function parseCueTiming(line: string, kind: CaptionKind): CueTiming | undefined {
  const read: (l: string, at: number) => TimestampRead | undefined =
    kind === 'vtt' ? readVttTimestamp : readSrtTimestamp;
  const start = read(line, skipSpace(line, 0));
  if (!start) return undefined;
  const arrow = skipSpace(line, start.end);
  if (line.slice(arrow, arrow + 3) !== '-->') return undefined;
  const end = read(line, skipSpace(line, arrow + 3));
  if (!end) return undefined;
  // SRT has no settings; some writers put display coordinates (`X1:… Y1:…`) there, ignored alike.
  return { start: start.seconds, end: end.seconds, settings: line.slice(end.end).trim() };
}

const PERCENT = /^\d+(?:\.\d+)?%$/;
const LINE_NUMBER = /^-?\d+(?:\.\d+)?$/;

const inRange = (value: string): boolean => Number.parseFloat(value) <= 100;

/** Whether one `name:value` setting is valid WebVTT (spec §"parse the WebVTT cue settings"). */
function isValidSetting(name: string, value: string): boolean {
  const [main = '', align, ...extra] = value.split(',');
  if (extra.length > 0) return false;
  switch (name) {
    case 'vertical':
      return value === 'rl' || value === 'lr';
    case 'line':
      return (
        (LINE_NUMBER.test(main) || (PERCENT.test(main) && inRange(main))) &&
        (align === undefined || ['start', 'center', 'end'].includes(align))
      );
    case 'position':
      return (
        PERCENT.test(main) &&
        inRange(main) &&
        (align === undefined || ['line-left', 'center', 'line-right', 'auto'].includes(align))
      );
    case 'size':
      return align === undefined && PERCENT.test(main) && inRange(main);
    case 'align':
      return ['start', 'center', 'end', 'left', 'right'].includes(value);
    case 'region':
      return value !== '' && !value.includes('-->');
    default:
      return false;
  }
}

/**
 * The cue settings a WebVTT reader ignores: unknown names, values it cannot parse (e.g.
 * `position:50.00%,middle`, `align:middle` from older drafts). The cue itself is still read;
 * these only become warnings.
 */
export function findIgnoredSettings(settings: string): string[] {
  if (settings === '') return [];
  return settings.split(/[ \t\f]+/).filter((setting) => {
    if (setting === '') return false;
    const colon = setting.indexOf(':');
    return colon <= 0 || !isValidSetting(setting.slice(0, colon), setting.slice(colon + 1));
  });
}
