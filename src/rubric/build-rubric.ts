import type { DraftFlag, DraftQuestion, DraftRubric } from './draft-schema.ts';
import { hashFlag, hashQuestion, hashRubricVersion } from './hash-rubric.ts';
import type { Diagnostic, Flag, FlagKind, Question, Rubric } from './schema.ts';

/** Where a draft came from: names the file in diagnostics and in `Rubric.source`. */
export interface RubricSource {
  readonly path: string;
  readonly format: Rubric['source']['format'];
}

/** Lower-case ASCII slug: `Interview Rubric.md` → `interview-rubric`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]*$/, '');
}

function buildFlags(questionId: string, kind: FlagKind, drafts: readonly DraftFlag[]): Flag[] {
  const letter = kind === 'green' ? 'g' : 'r';
  return drafts
    .filter((flag) => flag.kind === kind)
    .map((flag, index) => ({
      id: flag.id ?? `${questionId}.${letter}${index + 1}`,
      kind,
      text: flag.text,
      hash: hashFlag(kind, flag.text),
      ...(flag.line === undefined ? {} : { line: flag.line }),
    }));
}

function questionId(draft: DraftQuestion, position: number): string {
  if (draft.id !== undefined) return draft.id;
  return draft.number === null ? `q${position}` : `q${draft.number}`;
}

function buildQuestion(draft: DraftQuestion, position: number): Question {
  const id = questionId(draft, position);
  const greenFlags = buildFlags(id, 'green', draft.flags);
  const redFlags = buildFlags(id, 'red', draft.flags);
  return {
    id,
    number: draft.number,
    section: draft.section,
    text: draft.text,
    greenFlags,
    redFlags,
    aliases: [...draft.aliases],
    hash: hashQuestion(
      draft.text,
      greenFlags.map((f) => f.hash),
      redFlags.map((f) => f.hash),
    ),
    ...(draft.line === undefined ? {} : { line: draft.line }),
  };
}

/** Per-question checks that do not need the other questions. */
function checkQuestion(
  q: Question,
  draft: DraftQuestion,
  format: RubricSource['format'],
): Omit<Diagnostic, 'file'>[] {
  const at = q.line === undefined ? {} : { line: q.line };
  const out: Omit<Diagnostic, 'file'>[] = [];
  if (draft.id === undefined && draft.number === null) {
    const how = format === 'markdown' ? 'a number (`### 3. …`) or `{#id}`' : 'an `id` or a `number`';
    out.push({
      severity: 'warning',
      ...at,
      message: `question has no number and no id: expected ${how}, got neither; using the position-based id \`${q.id}\``,
    });
  }
  if (q.text.trim() === '') {
    out.push({
      severity: 'warning',
      ...at,
      message: `question ${q.id} has no question text: expected text after the number, got nothing`,
    });
  }
  const green = q.greenFlags.length;
  const red = q.redFlags.length;
  if (green === 0 && red === 0) {
    out.push({
      severity: 'error',
      ...at,
      message: `question ${q.id} has no flags: expected green and red flag bullet lists, got none`,
    });
  } else if (green === 0 || red === 0) {
    const [has, lacks] = green === 0 ? ['red', 'green'] : ['green', 'red'];
    out.push({
      severity: 'warning',
      ...at,
      message: `question ${q.id} has only ${has} flags: expected ${lacks} flags too, got none`,
    });
  }
  return out;
}

/** Duplicate question ids and flag ids: each id must name exactly one thing. */
function checkDuplicates(questions: readonly Question[]): Omit<Diagnostic, 'file'>[] {
  const out: Omit<Diagnostic, 'file'>[] = [];
  const seen = new Map<string, number | undefined>();
  const note = (id: string, what: string, line: number | undefined): void => {
    if (!seen.has(id)) {
      seen.set(id, line);
      return;
    }
    const first = seen.get(id);
    out.push({
      severity: 'error',
      ...(line === undefined ? {} : { line }),
      message: `duplicate ${what} id \`${id}\`${first === undefined ? '' : ` (first at line ${first})`}: expected each id once, got it again`,
    });
  };
  for (const q of questions) {
    note(q.id, 'question', q.line);
    for (const flag of [...q.greenFlags, ...q.redFlags]) note(flag.id, 'flag', flag.line);
  }
  return out;
}

/**
 * Turns a draft into a `Rubric`: assigns ids (`q<number>`, `q1.g1`), content hashes and the
 * version, and reports what is wrong across questions. `rubric` is null when any error was found.
 */
export function buildRubric(
  draft: DraftRubric,
  source: RubricSource,
): { rubric: Rubric | null; diagnostics: Diagnostic[] } {
  const questions = draft.questions.map((q, index) => buildQuestion(q, index + 1));
  const found: Omit<Diagnostic, 'file'>[] = questions.flatMap((q, index) => {
    const d = draft.questions[index];
    return d === undefined ? [] : checkQuestion(q, d, source.format);
  });
  found.push(...checkDuplicates(questions));
  if (questions.length === 0) {
    const how =
      source.format === 'markdown'
        ? 'a question heading like `### 1. Question text`'
        : 'a question under `sections[].questions` or `questions`';
    found.push({ severity: 'error', line: 1, message: `no questions: expected at least ${how}, got none` });
  }
  const diagnostics = found.map((d) => ({ file: source.path, ...d }));
  if (diagnostics.some((d) => d.severity === 'error')) return { rubric: null, diagnostics };
  const stem = slugify(fileStem(source.path));
  const title = draft.title ?? fileStem(source.path);
  const rubric: Rubric = {
    id: draft.id ?? (stem === '' || stem === 'stdin' ? slugify(title) || 'rubric' : stem),
    title,
    version: hashRubricVersion(questions, draft.scale, draft.rule),
    sections: [...draft.sections],
    questions,
    scale: draft.scale,
    rule: draft.rule,
    source: { path: source.path, format: source.format },
  };
  return { rubric, diagnostics };
}
