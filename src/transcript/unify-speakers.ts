import type { Segment } from './segment.ts';
import { cleanSpeakerName, speakerKey } from './speaker-name.ts';

/**
 * Gives every spelling of one speaker the spelling seen first: `Dana Lee`, `dana lee`, `Dana
 * Lee (she/her)` and a copy with a zero-width space are one speaker (`speakerKey`), so a
 * look-alike label cannot make a second speaker. Lazy: segments pass through one at a time.
 */
export function* unifySpeakers(segments: Iterable<Segment>): Generator<Segment> {
  const shown = new Map<string, string>();
  for (const segment of segments) {
    if (segment.speaker === undefined) {
      yield segment;
      continue;
    }
    const clean = cleanSpeakerName(segment.speaker);
    const key = speakerKey(clean) || clean;
    const first = shown.get(key) ?? clean;
    shown.set(key, first);
    yield first === segment.speaker ? segment : { ...segment, speaker: first };
  }
}
