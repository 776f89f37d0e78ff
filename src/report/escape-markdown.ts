import { escapeHtml } from './escape-html.ts';
import { sanitizeIdentifier, sanitizeText } from './sanitize-text.ts';

// Characters that GitHub-flavoured Markdown could read as syntax or raw HTML. CommonMark lets any
// ASCII punctuation be backslash-escaped, so untrusted text renders literally.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~#!]/g;

/**
 * Escapes untrusted text for one line of Markdown prose; newlines become spaces. Control,
 * escape, bidi and zero-width characters are dropped first (`sanitizeText`): a report.md is
 * read in terminals and diff views as often as in a browser.
 */
export function escapeMarkdownText(text: string): string {
  return sanitizeText(text)
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** Escapes untrusted text for a GFM table cell: `|` is escaped and newlines become `<br>`. */
export function escapeMarkdownCell(text: string): string {
  return sanitizeText(text)
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeMarkdownText(line))
    .join('<br>');
}

/** Shortens text to at most `max` characters, marking the cut with an ellipsis. */
export function truncateText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * Escapes untrusted text for raw HTML inside Markdown, such as `<details><summary>…</summary>`:
 * there CommonMark reads an HTML block, where backslash escapes do nothing and a tag would pass
 * through, so the text is HTML-escaped instead, and kept on one line (a newline could end the
 * block and let the rest be read as Markdown).
 */
export function escapeMarkdownHtml(text: string): string {
  // Markdown punctuation as character references too, for renderers that read Markdown in HTML.
  return escapeHtml(sanitizeIdentifier(text).replace(/\s+/g, ' ')).replace(
    /[\\`*_[\]!|~#()]/g,
    (ch) => `&#${ch.charCodeAt(0)};`,
  );
}
