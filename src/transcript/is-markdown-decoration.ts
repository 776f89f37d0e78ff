/** Markdown headings and rules structure a document; they are not anyone's speech. */
export function isMarkdownDecoration(line: string): boolean {
  return /^#{1,6}(?:\s|$)/.test(line) || /^(?:[-*_]\s*){3,}$/.test(line);
}
