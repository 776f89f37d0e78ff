import type { Turn } from './schema.ts';
import { type Segment, UNKNOWN_SPEAKER } from './segment.ts';

/** A turn before roles are assigned. */
export type SpokenTurn = Omit<Turn, 'role'>;

const CONTROL = /(?![\t\n\v\f\r])\p{Cc}/u;
const CONTROLS = /(?![\t\n\v\f\r])\p{Cc}/gu;

/** Whitespace other than single spaces: only then does collapsing change the text. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** Collapses whitespace (line breaks included) and drops control characters. */
export function normalizeText(text: string): string {
  const visible = CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
  // Most segments need no change: keep them as they are (a slice of the file, not a copy).
  return (UNEVEN_SPACE.test(visible) ? visible.replace(/\s+/g, ' ') : visible).trim();
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
  // Assigned field by field rather than spread: this runs once per turn, a million times.
  const closed: SpokenTurn = { speaker: turn.speaker, text: turn.texts.join(' ') };
  if (turn.start !== undefined) closed.start = turn.start;
  if (turn.end !== undefined) closed.end = turn.end;
  if (turn.line !== undefined) closed.line = turn.line;
  return closed;
}

/**
 * Segments → turns. A segment without a label belongs to the speaker before it (or to
 * `unknown` when it comes first); empty segments are dropped; then consecutive segments of one
 * speaker merge into one turn, texts joined with a space, keeping the first start, the last end
 * and the first line.
 */
export function mergeSegments(segments: Iterable<Segment>): SpokenTurn[] {
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
