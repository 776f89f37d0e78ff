import { findFrontMatter } from './read-front-matter.ts';
import { readYamlMetadata } from './read-metadata.ts';
import type { Reading, Segment } from './segment.ts';
import { splitLabelledLine } from './speaker-label.ts';

/** Markdown headings and rules structure a document; they are not anyone's speech. */
export function isMarkdownDecoration(line: string): boolean {
  return /^#{1,6}(?:\s|$)/.test(line) || /^(?:[-*_]\s*){3,}$/.test(line);
}

/**
 * Reads a plain-text or Markdown transcript: `Speaker: text` or `**Speaker:** text` lines, each
 * unlabelled line continuing the turn before it, optional `[00:01:23]` timestamps and optional
 * YAML front matter.
 */
export function readTextLines(text: string, file: string): Reading {
  const lines = text.split('\n');
  const frontMatter = findFrontMatter(lines, file);
  const segments: Segment[] = [];
  for (let i = frontMatter?.bodyIndex ?? 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    if (trimmed === '' || isMarkdownDecoration(trimmed)) continue;
    const labelled = splitLabelledLine(trimmed);
    if (!labelled) {
      segments.push({ text: trimmed, line: i + 1 });
      continue;
    }
    const { speaker, text: said, start } = labelled;
    segments.push({ speaker, text: said, line: i + 1, ...(start === undefined ? {} : { start }) });
  }
  if (!frontMatter) return { segments };
  return { segments, metadata: readYamlMetadata(frontMatter.yaml, file, frontMatter.firstLine) };
}
