import { buildRubric } from './build-rubric.ts';
import { checkRubricShape } from './check-rubric-shape.ts';
import { checkRubricText } from './check-rubric-text.ts';
import { detectRubricFormat } from './detect-rubric-format.ts';
import { parseMarkdownRubric } from './parse-markdown.ts';
import { parseYamlRubric } from './parse-yaml.ts';
import type { Diagnostic, Rubric } from './schema.ts';

const byLine = (a: Diagnostic, b: Diagnostic): number => (a.line ?? 0) - (b.line ?? 0);

/**
 * Compiles a rubric file (Markdown, YAML or JSON, chosen by extension, else by content) into a
 * `Rubric` with stable ids, content hashes and a version. Diagnostics come sorted by line;
 * `rubric` is null when any of them is an error.
 */
export function parseRubric(input: { path: string; text: string }): {
  rubric: Rubric | null;
  diagnostics: Diagnostic[];
} {
  const text = input.text.replace(/^\uFEFF/, '');
  const bad = checkRubricText({ path: input.path, text });
  if (bad !== null) return { rubric: null, diagnostics: [bad] };
  const format = detectRubricFormat(input.path, text);
  const shape = checkRubricShape(input.path, text, format === 'markdown');
  if (shape !== null) return { rubric: null, diagnostics: [shape] };
  const parsed =
    format === 'markdown'
      ? parseMarkdownRubric({ path: input.path, text })
      : parseYamlRubric({ path: input.path, text });
  if (parsed.draft === null) return { rubric: null, diagnostics: [...parsed.diagnostics].sort(byLine) };
  const built = buildRubric(parsed.draft, { path: input.path, format });
  const diagnostics = [...parsed.diagnostics, ...built.diagnostics].sort(byLine);
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { rubric: failed ? null : built.rubric, diagnostics };
}
