import type { DraftFlag, DraftQuestion, DraftRubric } from './draft-schema.ts';
import { type LocatedYaml, locateYaml } from './locate-yaml.ts';
import { mergeRule, type RubricFile, RubricFileSchema } from './rubric-file-schema.ts';
import { DEFAULT_SCALE, type Diagnostic, type FlagKind } from './schema.ts';
import { zodIssuesToDiagnostics } from './zod-diagnostics.ts';

type QuestionInput = NonNullable<RubricFile['questions']>[number];
type FlagInput = NonNullable<QuestionInput['greenFlags']>[number];
type Path = readonly (string | number)[];

function toFlags(
  kind: FlagKind,
  inputs: readonly FlagInput[] | undefined,
  path: Path,
  located: LocatedYaml,
): DraftFlag[] {
  const key = kind === 'green' ? 'greenFlags' : 'redFlags';
  return (inputs ?? []).map((input, index) => {
    const line = located.lineOf([...path, key, index]);
    if (typeof input === 'string') return { kind, text: input, line };
    return { kind, text: input.text, line, ...(input.id === undefined ? {} : { id: input.id }) };
  });
}

function toQuestion(
  input: Omit<QuestionInput, 'section'>,
  section: string | null,
  path: Path,
  located: LocatedYaml,
): DraftQuestion {
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    number: input.number ?? null,
    section,
    text: input.text,
    aliases: input.aliases ?? [],
    flags: [
      ...toFlags('green', input.greenFlags, path, located),
      ...toFlags('red', input.redFlags, path, located),
    ],
    line: located.lineOf(path),
  };
}

/** Flattens sections (or a flat `questions` list with `section` fields) into the draft's order. */
function toDraft(
  file: RubricFile,
  located: LocatedYaml,
  path: string,
): { draft: DraftRubric; diagnostics: Diagnostic[] } {
  const sections: string[] = [];
  const questions: DraftQuestion[] = [];
  const diagnostics: Diagnostic[] = [];
  (file.sections ?? []).forEach((section, i) => {
    sections.push(section.title);
    if (section.questions.length === 0) {
      const line = located.lineOf(['sections', i]);
      diagnostics.push({
        severity: 'warning',
        file: path,
        line,
        message: `section \`${section.title}\` has no questions: expected at least one, got an empty list`,
      });
    }
    section.questions.forEach((q, j) => {
      questions.push(toQuestion(q, section.title, ['sections', i, 'questions', j], located));
    });
  });
  (file.questions ?? []).forEach(({ section, ...q }, j) => {
    if (section !== undefined && !sections.includes(section)) sections.push(section);
    questions.push(toQuestion(q, section ?? null, ['questions', j], located));
  });
  const draft: DraftRubric = {
    ...(file.id === undefined ? {} : { id: file.id }),
    title: file.title,
    sections,
    questions,
    scale: file.scale ?? DEFAULT_SCALE,
    rule: mergeRule(file.rule),
  };
  return { draft, diagnostics };
}

/**
 * Parses a YAML or JSON rubric (shape: `RubricFileSchema`). Syntax errors, unknown keys and wrong
 * types become diagnostics naming the key path and line; `draft` is null when there are any.
 */
export function parseYamlRubric(input: { path: string; text: string }): {
  draft: DraftRubric | null;
  diagnostics: Diagnostic[];
} {
  const located = locateYaml(input.text, input.path);
  if (located.diagnostics.some((d) => d.severity === 'error'))
    return { draft: null, diagnostics: located.diagnostics };
  const value = located.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`;
    const message = `expected a mapping with \`title\` and \`sections\` (or \`questions\`), got ${got}`;
    return {
      draft: null,
      diagnostics: [
        ...located.diagnostics,
        { severity: 'error', file: input.path, line: located.lineOf([]), message },
      ],
    };
  }
  const parsed = RubricFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return {
      draft: null,
      diagnostics: [
        ...located.diagnostics,
        ...zodIssuesToDiagnostics(parsed.error.issues, located, input.path),
      ],
    };
  }
  const { draft, diagnostics } = toDraft(parsed.data, located, input.path);
  return { draft, diagnostics: [...located.diagnostics, ...diagnostics] };
}
