// Characters that GitHub-flavoured Markdown could read as syntax or raw HTML. CommonMark lets any
// ASCII punctuation be backslash-escaped, so untrusted text renders literally.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~#!]/g;

/** Escapes untrusted text for one line of Markdown prose; newlines become spaces. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** Escapes untrusted text for a GFM table cell: `|` is escaped and newlines become `<br>`. */
export function escapeMarkdownCell(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeMarkdownText(line))
    .join('<br>');
}

/** Shortens text to at most `max` characters, marking the cut with an ellipsis. */
export function truncateText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
