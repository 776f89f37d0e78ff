import { isMarkdownDecoration } from './is-markdown-decoration.ts';
import { readTimestampLine } from './speaker-header.ts';

/** `| a | b |` and `|---|---|`: a Markdown table row. */
const TABLE_ROW = /^\|.*\|$/;
/** `- [Intro](#intro)`, `1. [Part 2](#part-2)`: a table-of-contents entry, a link and nothing else. */
const LINK_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+\[[^\]]{0,200}\]\([^)\s]{0,500}\)$/;
/** `![figure](x.png)`, `<!-- comment -->`, `[TOC]`. */
const OTHER = /^(?:!\[[^\]]{0,200}\]\([^)]{0,500}\)|<!--.*-->|\[(?:TOC|toc)\])$/;

/**
 * A trimmed line that is document structure rather than speech: a Markdown heading, rule, table
 * row, table-of-contents link, image or comment, or a timestamp alone on its line. Such lines are
 * never turns.
 */
export function isSilentLine(line: string): boolean {
  if (line.length > 600) return false;
  return (
    isMarkdownDecoration(line) ||
    TABLE_ROW.test(line) ||
    LINK_ITEM.test(line) ||
    OTHER.test(line) ||
    readTimestampLine(line) !== undefined
  );
}
