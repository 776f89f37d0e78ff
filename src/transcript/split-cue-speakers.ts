import type { LabelOccurrence } from './accept-labels.ts';
import type { RawCue } from './scan-caption-blocks.ts';
import type { Segment } from './segment.ts';
import { type LabelledLine, splitLabelledLine } from './speaker-label.ts';
import { speakerKey } from './speaker-name.ts';
import type { CuePiece } from './tokenize-cue-text.ts';

/** A cue with its text as plain pieces (tags dropped, entities decoded). */
export interface CueText {
  readonly cue: RawCue;
  readonly pieces: readonly CuePiece[];
}

/** A cue ready for speaker splitting: voiced, or its speech lines with any label-shaped prefix. */
export interface PreparedCue extends CueText {
  readonly voiced: boolean;
  readonly lines: readonly { readonly text: string; readonly label: LabelledLine | undefined }[];
}

/** `- Ann: Hi?`: SRT and VTT dialogue dashes open a line spoken by someone else. */
const DIALOGUE_DASH = /^\s*[-–—]\s+/;

const hasVoice = (cue: CueText): boolean => cue.pieces.some((p) => p.voice !== undefined);

/** Reads each line's label-shaped prefix once; both the acceptance and the split use it. */
export function prepareCue(cue: CueText): PreparedCue {
  const voiced = hasVoice(cue);
  const lines = voiced ? [] : speechLines(cue).map((text) => ({ text, label: splitLabelledLine(text) }));
  return { ...cue, voiced, lines };
}

/** The cue's speech lines (ruby annotations left out), for cues without voice tags. */
function speechLines(cue: CueText): string[] {
  return cue.pieces
    .filter((p) => !p.ruby)
    .map((p) => p.text)
    .join('')
    .split('\n')
    .map((line) => line.replace(DIALOGUE_DASH, ''));
}

/**
 * The label-shaped line openings in cues without voice tags, and the number of lines with text,
 * for `acceptLabels` to decide which are speakers.
 */
export function collectCueLabels(cues: readonly PreparedCue[]): {
  readonly occurrences: LabelOccurrence[];
  readonly contentLines: number;
} {
  const occurrences: LabelOccurrence[] = [];
  let contentLines = 0;
  for (const cue of cues) {
    for (const { text, label } of cue.lines) {
      if (text.trim() === '') continue;
      contentLines++;
      if (label) occurrences.push(label);
    }
  }
  return { occurrences, contentLines };
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
  cue: PreparedCue,
  accepted: ReadonlySet<string>,
): { speaker?: string; text: string }[] {
  const groups: { speaker?: string; text: string }[] = [];
  for (const { text: line, label } of cue.lines) {
    const last = groups.at(-1);
    if (label && accepted.has(speakerKey(label.speaker)))
      groups.push({ speaker: label.speaker, text: label.text });
    else if (last) last.text += `\n${line}`;
    else groups.push({ text: line });
  }
  return groups;
}

/**
 * One caption cue → its segments: who speaks (from `<v Name>` voice tags, else an accepted
 * `Name:` prefix) and the plain text, all with the cue's timings and timing line.
 */
export function splitCueSpeakers(cue: PreparedCue, accepted: ReadonlySet<string>): Segment[] {
  const groups = cue.voiced ? splitByVoice(cue.pieces) : splitByPrefix(cue, accepted);
  const { start, end, line } = cue.cue;
  return groups.map((group) => ({ ...group, start, end, line }));
}

/** The voice names (`<v Name>`) used anywhere in the file: they declare speakers. */
export function collectVoices(cues: readonly CueText[]): string[] {
  const voices = new Set<string>();
  for (const cue of cues) for (const p of cue.pieces) if (p.voice?.trim()) voices.add(p.voice.trim());
  return [...voices];
}
