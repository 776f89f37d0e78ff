import type { Paragraph } from 'mdast';
import { matchFlagLabel } from './markdown-text.ts';
import type { FlagKind } from './schema.ts';

/** A run of lines of one paragraph: text, or a line that is a flag label. */
export interface Piece {
  readonly text: string;
  readonly line: number;
  readonly label?: FlagKind;
}

/**
 * A paragraph's source lines, split where a line is a flag label (`**Red flags:**`,
 * `__Red flags__`, `Red flags:`). CommonMark folds a label written right under a bullet (no
 * blank line) into that bullet's paragraph as a continuation line, where it would otherwise
 * vanish into the flag text.
 */
export function splitAtLabels(paragraph: Paragraph, source: string): Piece[] {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return [];
  const pieces: Piece[] = [];
  let text: string[] = [];
  let textLine = start.line;
  source
    .slice(start.offset, end)
    .split('\n')
    .forEach((raw, i) => {
      const label = matchFlagLabel(raw.replace(/[*_]+/g, '').trim());
      if (label === null) {
        if (text.length === 0) textLine = start.line + i;
        text.push(raw.trim());
        return;
      }
      if (text.length > 0) pieces.push({ text: text.join(' ').trim(), line: textLine });
      text = [];
      pieces.push({ text: raw.trim(), line: start.line + i, label });
    });
  if (text.length > 0) pieces.push({ text: text.join(' ').trim(), line: textLine });
  return pieces;
}
