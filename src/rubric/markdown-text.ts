import type { Nodes } from 'mdast';
import type { FlagKind } from './schema.ts';

/**
 * The source text of a node's children exactly as written (curly quotes, escapes and inline
 * markup kept), with soft line breaks joined by one space as Markdown renders them.
 */
export function sourceText(node: Nodes, source: string): string {
  const children = 'children' in node ? node.children : [];
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return '';
  return source
    .slice(first, last)
    .replace(/[ \t]*\r?\n[ \t]*/g, ' ')
    .trim();
}

/** The rendered text of a node (markup dropped): used only to recognise labels. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return '';
  return node.children.map((child) => plainText(child)).join('');
}

/** `**Green flags:**`, `Red flags`, `Green flags (any):` → the kind; anything else → null. */
export function matchFlagLabel(text: string): FlagKind | null {
  const match = /^\s*(green|red)[\s-]*flags?\s*(?:\([^)]*\))?\s*:?\s*$/i.exec(text);
  const kind = match?.[1]?.toLowerCase();
  return kind === 'green' || kind === 'red' ? kind : null;
}

/** Splits a trailing explicit id `{#my-id}` off a heading or bullet text. */
export function splitExplicitId(text: string): { text: string; id?: string } {
  const match = /\s*\{#([A-Za-z0-9_.-]+)\}\s*$/.exec(text);
  if (match?.[1] === undefined) return { text };
  return { text: text.slice(0, match.index).trim(), id: match[1] };
}

// A `##` heading is a question only with punctuation after the number (`## 8. …`), so a section
// such as `## 2024 Hiring Round` stays a section; deeper headings may also use `### 3 …`.
const SECTION_LEVEL_QUESTION = /^(?:q(?:uestion)?\s*)?(\d+)\s*[.):]\s*(.*)$/i;
const QUESTION_LEVEL_QUESTION = /^(?:q(?:uestion)?\s*)?(\d+)(?:\s*[.):]\s*|\s+|$)(.*)$/i;

/** `### 1. How do you …` → `{ number: 1, text: 'How do you …' }`; null when not numbered. */
export function matchNumberedHeading(depth: number, text: string): { number: number; text: string } | null {
  const match = (depth <= 2 ? SECTION_LEVEL_QUESTION : QUESTION_LEVEL_QUESTION).exec(text);
  if (match?.[1] === undefined) return null;
  return { number: Number.parseInt(match[1], 10), text: (match[2] ?? '').trim() };
}
