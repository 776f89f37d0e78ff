import type { Rubric } from './schema.ts';

export type RubricFormat = Rubric['source']['format'];

/**
 * The rubric's format: the extension decides when it is a known one; otherwise the content does
 * (JSON starts with `{`; YAML has a top-level `title:`/`sections:`/`questions:` key and no `##`
 * heading; anything else is read as Markdown).
 */
export function detectRubricFormat(path: string, text: string): RubricFormat {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^(?:title|sections|questions)\s*:/m.test(text) && !/^#{2,6}\s/m.test(text)) return 'yaml';
  return 'markdown';
}
