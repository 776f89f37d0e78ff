/**
 * Splits YAML front matter (`---` … `---` at the very top) off a Markdown rubric. Hand-written
 * because it is one rule, and blanking the block (instead of cutting it) keeps every line number
 * of the Markdown body valid for diagnostics.
 */
export function splitFrontMatter(text: string): { body: string; frontMatter: string | null } {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { body: text, frontMatter: null };
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end === -1) return { body: text, frontMatter: null };
  const frontMatter = lines.slice(1, end).join('\n');
  const body = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  return { body, frontMatter };
}
