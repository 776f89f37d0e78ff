import type { LabelOccurrence } from './accept-labels.ts';
import type { CaptionKind } from './parse-cue-timing.ts';
import type { RawCue } from './scan-caption-blocks.ts';
import type { Segment } from './segment.ts';
import { type LabelledLine, splitLabelledLine } from './speaker-label.ts';
import { speakerKey } from './speaker-name.ts';
import { type CuePiece, cleanSrtText, tokenizeCueText } from './tokenize-cue-text.ts';

/** `- Ann: Hi?`: SRT and VTT dialogue dashes open a line spoken by someone else. */
const DIALOGUE_DASH = /^\s*[-–—]\s+/;

/** A cue read for speakers: voice-tagged pieces, or its lines of speech. */
type CueSpeech =
  | { readonly voiced: true; readonly pieces: readonly CuePiece[] }
  | { readonly voiced: false; readonly lines: readonly string[] };

/**
 * A cue's text as speech: WebVTT through the cue text parser (tags, voices, entities; ruby
 * annotations left out), SRT through its tag and code stripping. Recomputed in each pass rather
 * than kept for every cue, so a million cues hold no second copy of their text.
 */
export function readCueSpeech(cue: RawCue, kind: CaptionKind): CueSpeech {
  const plain = kind === 'srt' || (!cue.text.includes('<') && !cue.text.includes('&'));
  const pieces = plain ? undefined : tokenizeCueText(cue.text);
  if (pieces?.some((p) => p.voice !== undefined)) return { voiced: true, pieces };
  const text = pieces
    ? pieces
        .filter((p) => !p.ruby)
        .map((p) => p.text)
        .join('')
    : kind === 'srt'
      ? cleanSrtText(cue.text)
      : cue.text;
  return { voiced: false, lines: text.split('\n').map((line) => line.replace(DIALOGUE_DASH, '')) };
}

/** One occurrence object per distinct label, so a million labelled lines hold only pointers. */
function occurrenceOf(label: LabelledLine, seen: Map<string, LabelOccurrence>): LabelOccurrence {
  const id = `${label.strong ? 1 : 0}${label.speaker}`;
  const known = seen.get(id);
  if (known) return known;
  const occurrence = { speaker: label.speaker, strong: label.strong };
  seen.set(id, occurrence);
  return occurrence;
}

/**
 * First pass: the label-shaped line openings in cues without voice tags, the number of lines
 * with text (for `acceptLabels` to decide which labels are speakers), and the voice names
 * (`<v Name>`), which declare speakers.
 */
export function collectCueLabels(
  cues: readonly RawCue[],
  kind: CaptionKind,
): { readonly occurrences: LabelOccurrence[]; readonly contentLines: number; readonly voices: string[] } {
  const occurrences: LabelOccurrence[] = [];
  const seen = new Map<string, LabelOccurrence>();
  const voices = new Set<string>();
  let contentLines = 0;
  for (const cue of cues) {
    const speech = readCueSpeech(cue, kind);
    if (speech.voiced) {
      for (const p of speech.pieces) if (p.voice?.trim()) voices.add(p.voice.trim());
      continue;
    }
    for (const line of speech.lines) {
      if (line.trim() === '') continue;
      contentLines++;
      const label = splitLabelledLine(line);
      if (label) occurrences.push(occurrenceOf(label, seen));
    }
  }
  return { occurrences, contentLines, voices: [...voices] };
}

/** Teams/Meet style: `<v Name>` spans; text outside a voice joins the voice before it. */
function splitByVoice(pieces: readonly CuePiece[]): { speaker?: string; text: string }[] {
  const groups: { speaker?: string; text: string }[] = [];
  for (const piece of pieces) {
    if (piece.ruby) continue;
    const last = groups.at(-1);
    const voice = piece.voice?.trim() || undefined;
    if (last && (voice === undefined || voice === last.speaker)) last.text += piece.text;
    else groups.push(voice === undefined ? { text: piece.text } : { speaker: voice, text: piece.text });
  }
  return groups;
}

/** Zoom style: a `Name: ` prefix on a cue line, when the file accepts it as a speaker label. */
function splitByPrefix(
  lines: readonly string[],
  accepted: ReadonlySet<string>,
): { speaker?: string; text: string }[] {
  const groups: { speaker?: string; text: string }[] = [];
  for (const line of lines) {
    const label = splitLabelledLine(line);
    const last = groups.at(-1);
    if (label && accepted.has(speakerKey(label.speaker)))
      groups.push({ speaker: label.speaker, text: label.text });
    else if (last) last.text += `\n${line}`;
    else groups.push({ text: line });
  }
  return groups;
}

/**
 * Second pass: one caption cue → its segments: who speaks (from `<v Name>` voice tags, else an
 * accepted `Name:` prefix) and the plain text, all with the cue's timings and timing line.
 */
export function splitCueSpeakers(cue: RawCue, kind: CaptionKind, accepted: ReadonlySet<string>): Segment[] {
  const speech = readCueSpeech(cue, kind);
  const groups = speech.voiced ? splitByVoice(speech.pieces) : splitByPrefix(speech.lines, accepted);
  const { start, end, line } = cue;
  // Built field by field: an object spread here cost a tenth of the whole reading time.
  return groups.map((group) =>
    group.speaker === undefined
      ? { text: group.text, start, end, line }
      : { speaker: group.speaker, text: group.text, start, end, line },
  );
}
