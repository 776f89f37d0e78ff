import { decodeHTML } from 'entities';

/** A backslash before ASCII punctuation is a Markdown escape (`\[laughs\]`, `\*`): the backslash goes. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Speech text as written in a text or caption file → the words said: HTML character references
 * decoded the way browsers do (named, numeric, and the legacy ones such as `&amp` without `;`),
 * and, in text and Markdown, Markdown backslash escapes removed.
 */
export function decodeSpeech(text: string, markdownEscapes: boolean): string {
  const decoded = text.includes('&') ? decodeHTML(text) : text;
  return markdownEscapes && decoded.includes('\\') ? decoded.replace(MARKDOWN_ESCAPE, '$1') : decoded;
}
