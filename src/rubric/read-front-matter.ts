import type { DraftRubric } from './draft-schema.ts';
import { locateYaml } from './locate-yaml.ts';
import { mergeRule, RubricFrontMatterSchema } from './rubric-file-schema.ts';
import { DEFAULT_SCALE, type Diagnostic } from './schema.ts';
import { zodIssuesToDiagnostics } from './zod-diagnostics.ts';

/** Rubric-wide settings from a Markdown rubric's front matter. */
export type FrontMatterSettings = Pick<DraftRubric, 'scale' | 'rule'> &
  Partial<Pick<DraftRubric, 'id' | 'title'>>;

/**
 * Reads `id`, `title`, `scale` and `rule` from front matter text (which starts on line 2 of the
 * file). Falls back to the defaults when there is none; `settings` is null on errors.
 */
export function readFrontMatter(
  text: string | null,
  file: string,
): { settings: FrontMatterSettings | null; diagnostics: Diagnostic[] } {
  const defaults: FrontMatterSettings = { scale: DEFAULT_SCALE, rule: mergeRule(undefined) };
  if (text === null || text.trim() === '') return { settings: defaults, diagnostics: [] };
  const located = locateYaml(text, file, 1);
  if (located.diagnostics.some((d) => d.severity === 'error'))
    return { settings: null, diagnostics: located.diagnostics };
  const parsed = RubricFrontMatterSchema.safeParse(located.value ?? {}, { reportInput: true });
  if (!parsed.success) {
    return {
      settings: null,
      diagnostics: [...located.diagnostics, ...zodIssuesToDiagnostics(parsed.error.issues, located, file)],
    };
  }
  const { id, title, scale, rule } = parsed.data;
  const settings: FrontMatterSettings = {
    scale: scale ?? DEFAULT_SCALE,
    rule: mergeRule(rule),
    ...(id === undefined ? {} : { id }),
    ...(title === undefined || title === '' ? {} : { title }),
  };
  return { settings, diagnostics: located.diagnostics };
}
