import type { Turn } from './schema.ts';
import { type Segment, UNKNOWN_SPEAKER } from './segment.ts';

/** A turn before roles are assigned. */
export type SpokenTurn = Omit<Turn, 'role'>;

/** Collapses whitespace (line breaks included) and drops control characters. */
export function normalizeText(text: string): string {
  return text
    .replace(/(?![\t\n\v\f\r])\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Segments → turns. A segment without a label belongs to the speaker before it (or to
 * `unknown` when it comes first); empty segments are dropped; then consecutive segments of one
 * speaker merge into one turn, texts joined with a space, keeping the first start, the last end
 * and the first line.
 */
export function mergeSegments(segments: readonly Segment[]): SpokenTurn[] {
  const turns: SpokenTurn[] = [];
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
    const last = turns.at(-1);
    if (last?.speaker !== speaker) {
      const { speaker: _label, text: _raw, ...timing } = segment;
      const opener = anchor ?? segment;
      turns.push({
        speaker,
        text,
        ...timing,
        ...(opener.start === undefined ? {} : { start: opener.start }),
        ...(opener.line === undefined ? {} : { line: opener.line }),
      });
      continue;
    }
    const start = last.start ?? segment.start;
    const end = segment.end ?? last.end;
    turns[turns.length - 1] = {
      ...last,
      text: `${last.text} ${text}`,
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
    };
  }
  return turns;
}
