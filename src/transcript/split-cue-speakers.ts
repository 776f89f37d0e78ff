import { tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import type { Segment } from './segment.ts';
import { splitLabelledLine } from './speaker-label.ts';

interface Piece {
  readonly voice?: string;
  readonly text: string;
}

/** Flattens cue nodes to text pieces, each tagged with the `<v Name>` voice it sits in. */
function collectPieces(nodes: readonly VTTNode[], voice: string | undefined, out: Piece[]): void {
  for (const node of nodes) {
    if (node.type === 'text')
      out.push(voice === undefined ? { text: node.data } : { voice, text: node.data });
    // Ruby text (`<rt>`) is a reading aid for the base text, not more speech.
    else if (node.type !== 'rt')
      collectPieces(node.children, node.type === 'v' ? node.voice?.trim() || voice : voice, out);
  }
}

/** Teams/Meet style: `<v Name>` spans; text outside a voice joins the voice before it. */
function splitByVoice(pieces: readonly Piece[]): { speaker?: string; text: string }[] {
  const groups: { speaker?: string; text: string }[] = [];
  for (const piece of pieces) {
    const last = groups.at(-1);
    if (last && (piece.voice === undefined || piece.voice === last.speaker)) last.text += piece.text;
    else
      groups.push(
        piece.voice === undefined ? { text: piece.text } : { speaker: piece.voice, text: piece.text },
      );
  }
  return groups;
}

/** Zoom style: a `Name: ` prefix on a cue line; lines without one continue the line before. */
function splitByPrefix(text: string): { speaker?: string; text: string }[] {
  const groups: { speaker?: string; text: string }[] = [];
  // `{\an8}` and the like are SSA positioning codes that some SRT writers leave in the text.
  for (const raw of text.replace(/\{\\[^}]*\}/g, '').split('\n')) {
    const line = raw.replace(/^\s*[-–]\s+/, '');
    const labelled = splitLabelledLine(line);
    const last = groups.at(-1);
    if (labelled) groups.push({ speaker: labelled.speaker, text: labelled.text });
    else if (last) last.text += `\n${line}`;
    else groups.push({ text: line });
  }
  return groups;
}

/**
 * One caption cue → its segments: who speaks (from `<v Name>` voice tags, else a `Name:` prefix)
 * and the plain text, with every other tag stripped and entities decoded by the tokenizer.
 */
export function splitCueSpeakers(cue: VTTCue, line: number): Segment[] {
  const pieces: Piece[] = [];
  collectPieces(tokenizeVTTCue(cue), undefined, pieces);
  const groups = pieces.some((p) => p.voice !== undefined)
    ? splitByVoice(pieces)
    : splitByPrefix(pieces.map((p) => p.text).join(''));
  return groups.map((group) => ({
    ...group,
    start: cue.startTime,
    end: cue.endTime,
    line,
  }));
}
