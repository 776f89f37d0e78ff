import type { Turn } from './schema.ts';
import { type Segment, UNKNOWN_SPEAKER } from './segment.ts';

/** A turn before roles are assigned. */
export type SpokenTurn = Omit<Turn, 'role'>;

const CONTROL = /(?![\t\n\v\f\r])\p{Cc}/u;
const CONTROLS = /(?![\t\n\v\f\r])\p{Cc}/gu;

/** Collapses whitespace (line breaks included) and drops control characters. */
export function normalizeText(text: string): string {
  const visible = CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
  return visible.replace(/\s+/g, ' ').trim();
}

/** A turn being built: its texts are joined once, at the end (a million cues stay linear). */
interface OpenTurn {
  readonly speaker: string;
  readonly texts: string[];
  readonly start: number | undefined;
  end: number | undefined;
  readonly line: number | undefined;
}

function close(turn: OpenTurn): SpokenTurn {
  return {
    speaker: turn.speaker,
    text: turn.texts.join(' '),
    ...(turn.start === undefined ? {} : { start: turn.start }),
    ...(turn.end === undefined ? {} : { end: turn.end }),
    ...(turn.line === undefined ? {} : { line: turn.line }),
  };
}

/**
 * Segments → turns. A segment without a label belongs to the speaker before it (or to
 * `unknown` when it comes first); empty segments are dropped; then consecutive segments of one
 * speaker merge into one turn, texts joined with a space, keeping the first start, the last end
 * and the first line.
 */
export function mergeSegments(segments: readonly Segment[]): SpokenTurn[] {
  const turns: SpokenTurn[] = [];
  let open: OpenTurn | undefined;
  let speaker = UNKNOWN_SPEAKER;
  // A label line with no text (`Sam:` then the words below) still marks where the turn starts.
  let anchor: Segment | undefined;
  for (const segment of segments) {
    if (segment.speaker !== undefined) {
      speaker = segment.speaker;
      anchor = segment;
    }
    const text = normalizeText(segment.text);
    if (text === '') continue;
    if (open?.speaker === speaker) {
      open.texts.push(text);
      if (segment.end !== undefined) open.end = segment.end;
      continue;
    }
    if (open) turns.push(close(open));
    const opener = anchor ?? segment;
    open = {
      speaker,
      texts: [text],
      start: opener.start ?? segment.start,
      end: segment.end,
      line: opener.line ?? segment.line,
    };
  }
  if (open) turns.push(close(open));
  return turns;
}
